import {
  ATTACHMENT_SNIFF_BYTES, checkAttachment, type AttachmentCheck,
} from '../../domain/attachments.js';
import {
  attachmentPurposeFor, callBody, isInTheFuture, MAX_CALL_MINUTES, parseCallMinutes,
} from '../../domain/external-communication.js';
import {
  ExternalCommunicationInputSchema, issuesByField, type FieldIssue, NoteBodySchema, validate,
  type Direction, type ExternalChannel, type ExternalCommunicationInput, type ExternalType,
} from '../../domain/index.js';
import { format, type Strings } from '../../i18n/strings.js';

/** What the window can add: seed 000's Add dropdown. */
export type AddKind = 'external' | 'note';

/** Everything the person has chosen or typed, exactly as the controls hold it. */
export type Draft = {
  kind: AddKind;
  /** A `datetime-local` value, in the agent's own time zone. */
  occurredAt: string;
  channel: ExternalChannel;
  direction: Direction;
  type: ExternalType;
  text: string;
  /** Minutes, as typed; only read for a call. */
  duration: string;
  file?: File;
};

/** The fields an error can be tied to. */
export type DraftField = 'occurredAt' | 'channel' | 'direction' | 'type' | 'text' | 'duration' | 'attachment';
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft(now = new Date()): Draft {
  return {
    kind: 'external', occurredAt: toLocalInputValue(now), channel: 'sms', direction: 'outbound',
    type: 'initial', text: '', duration: '',
  };
}

/** Whether closing would lose something the person typed or chose. */
export function isDirty(draft: Draft): boolean {
  return draft.text.trim() !== '' || draft.duration.trim() !== '' || draft.file !== undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` in the browser's (the agent's) time zone, as `datetime-local` holds it. */
export function toLocalInputValue(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A `datetime-local` value read in the agent's time zone, as an ISO instant; undefined when not a time. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const FIELD_OF_INPUT: Record<string, DraftField> = {
  occurredAt: 'occurredAt', channel: 'channel', direction: 'direction', type: 'type', body: 'text', attachmentIds: 'attachment',
};

/** An adapter's validation issues, each tied to the control it is about (`attachmentIds.0` → Attach File). */
export function errorsFromIssues(issues: readonly FieldIssue[]): DraftErrors {
  const errors: DraftErrors = {};
  for (const { field, message } of issues) {
    const target = FIELD_OF_INPUT[field.split('.')[0]];
    if (target && !errors[target]) errors[target] = message;
  }
  return errors;
}

type Built<T> = { ok: true; value: T } | { ok: false; errors: DraftErrors };

/**
 * Turns the draft into the adapter's input, checked by the domain schema and
 * the rules the schema cannot hold (a future time, a call's duration), with
 * each problem tied to the field it belongs to.
 */
export function buildExternalInput(
  draft: Draft, conversationId: string, words: Strings['externalCommForm'], now = Date.now(),
): Built<Omit<ExternalCommunicationInput, 'attachmentIds'>> {
  const errors: DraftErrors = {};
  const occurredAt = fromLocalInputValue(draft.occurredAt);
  if (!occurredAt) errors.occurredAt = words.missingTime;
  else if (isInTheFuture(occurredAt, now)) errors.occurredAt = words.futureTime;

  const checked = validate(ExternalCommunicationInputSchema, {
    conversationId, channel: draft.channel, direction: draft.direction, type: draft.type,
    body: draft.text, occurredAt: occurredAt ?? new Date(now).toISOString(),
  });
  if (!checked.ok) {
    const byField = issuesByField(checked.issues);
    for (const field of ['channel', 'direction', 'type'] as const) {
      if (byField.has(field)) errors[field] = byField.get(field);
    }
    if (byField.has('body')) errors.text = draft.text.trim() === '' ? words.emptyText : byField.get('body');
    if (byField.has('occurredAt') && !errors.occurredAt) errors.occurredAt = words.missingTime;
  }

  let minutes = 0;
  if (draft.channel === 'call') {
    const duration = parseCallMinutes(draft.duration);
    if (duration.ok) minutes = duration.minutes;
    else errors.duration = duration.reason === 'required' ? words.durationRequired : format(words.durationInvalid, { max: MAX_CALL_MINUTES });
  }

  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  const value = { ...checked.value };
  if (draft.channel === 'call') value.body = callBody(value.body, minutes);
  return { ok: true, value };
}

/** A note's body, checked by the note schema. */
export function buildNoteBody(draft: Draft): Built<string> {
  const checked = validate(NoteBodySchema, draft.text);
  if (checked.ok) return { ok: true, value: draft.text.trim() };
  return { ok: false, errors: { text: checked.issues[0]?.message } };
}

/** Checks a chosen file by its first bytes and its size against what the channel takes. */
export async function checkFile(file: File, channel: ExternalChannel): Promise<AttachmentCheck> {
  const firstBytes = new Uint8Array(await file.slice(0, ATTACHMENT_SNIFF_BYTES).arrayBuffer());
  return checkAttachment(
    { name: file.name, size: file.size, firstBytes },
    { purpose: attachmentPurposeFor(channel), channel },
  );
}
