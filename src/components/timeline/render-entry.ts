import { html, nothing } from 'lit';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import { channelIcon, icon, ROBOT, SYSTEM } from './icons.js';
import { attachmentUrl, linkify } from './safe-content.js';
import type { TimelineRow } from './timeline-rows.js';

/** What an entry needs from its timeline to render and act. */
export type EntryContext = {
  words: Strings['timeline'];
  formatters: Formatters;
  staff: ReadonlyMap<string, { name: string; avatarUrl?: string }>;
  busy: ReadonlySet<string>;
  /**
   * Attachments and the scheduled and failed states, with their actions: rarely
   * needed, so their code loads when an entry first needs it; until then this asks for it.
   */
  extras: (message: Message, context: EntryContext, part: 'attachments' | 'status') => unknown;
  onReply: (message: Message) => void;
  onCancel: (message: Message) => void;
  onRetry: (message: Message) => void;
  onOpenImage: (attachment: Attachment) => void;
};

const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]).join('').toUpperCase() || '?';

function avatar(message: Message, context: EntryContext) {
  const { kind, id, name } = message.author;
  if (kind === 'bot') return html`<span class="avatar bot" part="avatar">${icon(ROBOT)}</span>`;
  if (kind === 'system') return html`<span class="avatar system" part="avatar">${icon(SYSTEM)}</span>`;
  const url = kind === 'agent' && id ? context.staff.get(id)?.avatarUrl : undefined;
  const safe = url ? attachmentUrl(url) : undefined;
  return safe
    ? html`<img class="avatar" part="avatar" src=${safe} alt="" />`
    : html`<span class="avatar" part="avatar" aria-hidden="true">${initials(name)}</span>`;
}

function address(message: Message, words: EntryContext['words']) {
  const { from, to } = message;
  const text = message.direction === 'inbound'
    ? from && format(words.from, { address: from })
    : from && to ? format(words.fromTo, { from, to }) : to ? format(words.to, { address: to }) : from && format(words.from, { address: from });
  return text ? html`<span class="address" part="address">${text}</span>` : nothing;
}

/**
 * The full date and how long ago, written into the tooltip only when the
 * person points at or focuses the time: most entries are never asked.
 */
function showFullDate(this: void, event: Event, formatters: Formatters): void {
  const time = event.currentTarget as HTMLElement;
  const iso = time.getAttribute('datetime')!;
  time.dataset.full = `${formatters.fullDateTime.format(new Date(iso))} (${formatters.relativeTime(iso)})`;
}

function time(iso: string, formatters: Formatters) {
  const full = (event: Event) => showFullDate(event, formatters);
  return html`<time part="time" datetime=${iso} tabindex="0" @pointerenter=${full} @focus=${full}
    >${formatters.time.format(new Date(iso))}</time>`;
}

function summary(message: Message, context: EntryContext) {
  const { words } = context;
  return format(words.summary, {
    author: message.author.name,
    kind: words.kinds[message.author.kind],
    direction: words.direction[message.direction],
    channel: words.channels[message.channel],
    time: context.formatters.dateTime.format(new Date(message.occurredAt)),
  });
}

/** One entry of the history: who, on which channel, when, what, and what can be done with it. */
export function renderEntry(message: Message, context: EntryContext) {
  const { words } = context;
  const { kind } = message.author;
  const side = kind === 'system' ? 'center' : message.direction === 'inbound' ? 'start' : 'end';
  const external = message.external;
  const showStatus = message.direction === 'outbound' && !external && kind !== 'system';
  return html`<div role="listitem" class="row entry ${side} ${kind}" part="entry entry-${kind} entry-${message.direction}">
    <span class="visually-hidden">${summary(message, context)}</span>
    ${avatar(message, context)}
    <div class="bubble" part="bubble">
      <div class="meta" part="meta">
        <span class="author" part="author" aria-hidden="true">${message.author.name}</span>
        <span aria-hidden="true">${channelIcon(message.channel, words.channels[message.channel])}</span>
        ${address(message, words)}
      </div>
      ${external
        ? html`<div class="external" part="external"><strong>${words.external}</strong> · ${format(words.externalDetail, {
            direction: words.externalDirection[message.direction],
            type: words.externalTypes[external.type],
            who: context.staff.get(external.loggedBy)?.name ?? words.unknownStaff,
          })}</div>`
        : nothing}
      ${message.subject ? html`<div class="subject" part="subject">${format(words.subject, { subject: message.subject })}</div>` : nothing}
      ${message.body ? html`<p class="body" part="body">${linkify(message.body)}</p>` : nothing}
      ${message.attachments.length ? context.extras(message, context, 'attachments') : nothing}
      <div class="footer" part="footer">
        ${time(message.occurredAt, context.formatters)} ${!showStatus
          ? nothing
          : message.status === 'scheduled' || message.status === 'failed'
            ? context.extras(message, context, 'status')
            : html`<span class="status ${message.status}" part="status">${words.status[message.status]}</span>`}
        ${kind === 'system'
          ? nothing
          : html`<button class="action" part="action reply" @click=${() => context.onReply(message)}>${words.reply}</button>`}
      </div>
    </div>
  </div>`;
}

/** One row of the list: an entry, a day's heading, the "new messages" mark or the beginning of the history. */
export function renderRow(row: TimelineRow, context: EntryContext) {
  const words = context.words;
  switch (row.kind) {
    case 'entry':
      return renderEntry(row.message, context);
    case 'day':
      return html`<div role="listitem" class="row marker" part="day-separator">${row.label}</div>`;
    case 'unread':
      return html`<div role="listitem" class="row marker unread" part="unread-separator">${words.newMessages}</div>`;
    default:
      return html`<div role="listitem" class="row marker" part="start">${words.beginning}</div>`;
  }
}
