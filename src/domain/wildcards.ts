/**
 * Wildcards (seed 001): tokens such as `{{contact.firstName}}` that a message or a
 * template carries and that are filled from the contact, the record the
 * conversation is about, the agent and the account just before sending.
 */
import type { Account, Contact, ListingContext, Staff } from './schemas/index.js';
import { readListingContext } from './schemas/index.js';
import { PHONE_KINDS } from './values.js';

export const WILDCARD_GROUPS = ['contact', 'vehicle', 'listing', 'agent', 'account'] as const;
export type WildcardGroup = (typeof WILDCARD_GROUPS)[number];

/** Every wildcard, in the order the buttons show them; `label` is the English default. */
export const WILDCARDS = [
  { key: 'contact.firstName', token: '{{contact.firstName}}', group: 'contact', label: 'First Name' },
  { key: 'contact.lastName', token: '{{contact.lastName}}', group: 'contact', label: 'Last Name' },
  { key: 'contact.fullName', token: '{{contact.fullName}}', group: 'contact', label: 'Full Name' },
  { key: 'contact.email', token: '{{contact.email}}', group: 'contact', label: 'Email' },
  { key: 'contact.phone', token: '{{contact.phone}}', group: 'contact', label: 'Phone' },
  { key: 'vehicle.year', token: '{{vehicle.year}}', group: 'vehicle', label: 'Year' },
  { key: 'vehicle.make', token: '{{vehicle.make}}', group: 'vehicle', label: 'Make' },
  { key: 'vehicle.model', token: '{{vehicle.model}}', group: 'vehicle', label: 'Model' },
  { key: 'listing.source', token: '{{listing.source}}', group: 'listing', label: 'Source' },
  { key: 'agent.name', token: '{{agent.name}}', group: 'agent', label: 'Agent Name' },
  { key: 'agent.firstName', token: '{{agent.firstName}}', group: 'agent', label: 'Agent First Name' },
  { key: 'account.name', token: '{{account.name}}', group: 'account', label: 'Account Name' },
] as const;

export type Wildcard = (typeof WILDCARDS)[number];
export type WildcardKey = Wildcard['key'];
/** The value each wildcard takes; an absent or blank value is "missing". */
export type WildcardValues = Partial<Record<WildcardKey, string>>;

const byKey = new Map<string, Wildcard>(WILDCARDS.map((wildcard) => [wildcard.key, wildcard]));

/** The wildcard a key names, or undefined for an unknown one. */
export function findWildcard(key: string): Wildcard | undefined {
  return byKey.get(key);
}

export type WildcardSources = {
  contact?: Partial<Pick<Contact, 'firstName' | 'lastName' | 'phones' | 'emails'>>;
  /** The conversation's `context` (or one already read with `readListingContext`). */
  context?: Record<string, unknown> | ListingContext;
  agent?: Pick<Staff, 'name'>;
  account?: Pick<Account, 'name'>;
  /** Turns a stored E.164 number into what the reader should see; E.164 as stored otherwise. */
  formatPhone?: (e164: string) => string;
};

/** Reads every wildcard's value from what the dialog knows about the conversation. */
export function wildcardValues(sources: WildcardSources): WildcardValues {
  const { contact, agent, account } = sources;
  const { vehicle, listing } = readListingContext((sources.context ?? {}) as Record<string, unknown>);
  const phone = contact?.phones ? firstPhone(contact.phones) : undefined;
  const values: WildcardValues = {
    'contact.firstName': text(contact?.firstName),
    'contact.lastName': text(contact?.lastName),
    'contact.fullName': text([contact?.firstName, contact?.lastName].map(text).filter(Boolean).join(' ')),
    'contact.email': text(contact?.emails?.primary) ?? text(contact?.emails?.other),
    'contact.phone': phone && (sources.formatPhone ? sources.formatPhone(phone) : phone),
    'vehicle.year': text(vehicle?.year),
    'vehicle.make': text(vehicle?.make),
    'vehicle.model': text(vehicle?.model),
    'listing.source': text(listing?.source),
    'agent.name': text(agent?.name),
    'agent.firstName': text(agent?.name)?.split(/\s+/)[0],
    'account.name': text(account?.name),
  };
  for (const key of Object.keys(values) as WildcardKey[]) if (values[key] === undefined) delete values[key];
  return values;
}

function firstPhone(phones: NonNullable<Contact['phones']>): string | undefined {
  for (const kind of PHONE_KINDS) if (phones[kind]?.number) return phones[kind]!.number;
  return undefined;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const trimmed = String(value).trim();
  return trimmed === '' ? undefined : trimmed;
}

export type ResolveOptions = {
  /** Put in place of a missing value, e.g. "there" so "Hi {{contact.firstName}}," reads "Hi there,". */
  fallback?: string;
};

export type ResolvedText = {
  text: string;
  /** Known tokens without a value, each once, in order of first use. */
  missing: string[];
  /** Tokens that name no wildcard, each once; they stay in the text as typed. */
  unknown: string[];
};

// Spaces inside the braces are forgiven: "{{ contact.firstName }}" works too.
const TOKEN = /\{\{\s*([^{}\s]+)\s*\}\}/g;

/**
 * Fills the wildcards in `text` in one pass. Values go in as plain text and are
 * never read again, so a value that itself looks like a token or a replace
 * pattern (`$&`, `$1`) comes out exactly as it was given. Without a fallback a
 * missing value leaves its token in place (never "Hi ,"), and `missing` names it
 * so the sender is warned before sending.
 */
export function resolveWildcards(text: string, values: WildcardValues, options: ResolveOptions = {}): ResolvedText {
  const missing = new Set<string>();
  const unknown = new Set<string>();
  const resolved = text.replace(TOKEN, (written: string, key: string) => {
    const wildcard = byKey.get(key);
    if (!wildcard) {
      unknown.add(written);
      return written;
    }
    const value = values[wildcard.key];
    if (value !== undefined && value.trim() !== '') return value;
    missing.add(wildcard.token);
    return options.fallback ?? written;
  });
  return { text: resolved, missing: [...missing], unknown: [...unknown] };
}

/** The wildcard tokens a text uses, each once (for warning before a batch is built). */
export function wildcardsIn(text: string): WildcardKey[] {
  const keys = new Set<WildcardKey>();
  for (const match of text.matchAll(TOKEN)) {
    const wildcard = byKey.get(match[1]);
    if (wildcard) keys.add(wildcard.key);
  }
  return [...keys];
}

/**
 * Puts `token` in place of the selection (or at the caret) and gives the caret
 * position just after it, as a wildcard button does in the message box.
 */
export function insertAtCaret(
  text: string,
  token: string,
  selectionStart: number,
  selectionEnd: number = selectionStart,
): { text: string; caret: number } {
  let start = clampToText(text, selectionStart);
  let end = clampToText(text, selectionEnd);
  if (start > end) [start, end] = [end, start];
  return { text: text.slice(0, start) + token + text.slice(end), caret: start + token.length };
}

// A caret outside the text, or inside a surrogate pair, moves to the nearest safe place.
function clampToText(text: string, position: number): number {
  let index = Number.isFinite(position) ? Math.min(Math.max(Math.trunc(position), 0), text.length) : text.length;
  if (index > 0 && index < text.length && isLowSurrogate(text.charCodeAt(index)) && isHighSurrogate(text.charCodeAt(index - 1))) {
    index -= 1;
  }
  return index;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
