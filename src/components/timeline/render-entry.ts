import { html, nothing } from 'lit';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import { channelIcon, fileIcon, robotIcon, systemIcon } from './icons.js';
import { attachmentUrl, attachmentView, linkify } from './safe-content.js';

/** What an entry needs from its timeline to render and act. */
export type EntryContext = {
  words: Strings['timeline'];
  formatters: Formatters;
  /** "Mar 4, 2024, 3:42:00 PM EST": a scheduled time, with the viewer's zone. */
  zoned: Intl.DateTimeFormat;
  staff: ReadonlyMap<string, { name: string; avatarUrl?: string }>;
  busy: ReadonlySet<string>;
  onReply: (message: Message) => void;
  onCancel: (message: Message) => void;
  onRetry: (message: Message) => void;
  onOpenImage: (attachment: Attachment) => void;
};

const initials = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]).join('').toUpperCase() || '?';

function avatar(message: Message, context: EntryContext) {
  const { kind, id, name } = message.author;
  if (kind === 'bot') return html`<span class="avatar bot" part="avatar">${robotIcon()}</span>`;
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

function time(iso: string, context: EntryContext) {
  const date = new Date(iso);
  const full = `${context.formatters.fullDateTime.format(date)} (${context.formatters.relativeTime(iso)})`;
  return html`<time part="time" datetime=${iso} tabindex="0" data-full=${full}
    ><span aria-hidden="true">${context.formatters.time.format(date)}</span
    ><span class="visually-hidden">${full}</span></time
  >`;
}

function attachments(message: Message, context: EntryContext) {
  if (message.attachments.length === 0) return nothing;
  const { words, formatters } = context;
  return html`<ul class="attachments" part="attachments" aria-label=${words.attachments}>
    ${message.attachments.map((attachment) => {
      const url = attachmentUrl(attachment.url);
      const size = formatters.fileSize(attachment.size);
      const name = attachment.name;
      if (!url) return html`<li part="attachment">${name} (${size})</li>`;
      const view = attachmentView(attachment.mimeType);
      if (view === 'image') {
        return html`<li part="attachment"><button class="thumb" part="thumbnail" aria-label=${format(words.openImage, { name })}
          @click=${() => context.onOpenImage(attachment)}><img src=${url} alt="" loading="lazy" /></button></li>`;
      }
      if (view === 'audio') {
        return html`<li part="attachment"><audio part="audio" controls preload="none" src=${url}
          aria-label=${format(words.recording, { name })}></audio></li>`;
      }
      return html`<li part="attachment"><a part="file" href=${url} rel="noopener noreferrer"
        target=${view === 'pdf' ? '_blank' : nothing} download=${view === 'pdf' ? nothing : name}
        >${fileIcon()} ${format(words.download, { name, size })}</a></li>`;
    })}
  </ul>`;
}

function status(message: Message, context: EntryContext) {
  const { words } = context;
  const busy = context.busy.has(message.id);
  switch (message.status) {
    case 'scheduled': {
      const when = context.zoned.format(new Date(message.scheduledFor ?? message.occurredAt));
      return html`<span class="status scheduled" part="status">${format(words.status.scheduled, { time: when })}</span>
        <button class="action" part="action cancel" ?disabled=${busy} @click=${() => context.onCancel(message)}>${busy ? words.working : words.cancelScheduled}</button>`;
    }
    case 'failed':
      return html`<span class="status failed" part="status">${message.error ? format(words.failedReason, { reason: message.error }) : words.status.failed}</span>
        <button class="action" part="action retry" ?disabled=${busy} @click=${() => context.onRetry(message)}>${busy ? words.working : words.retry}</button>`;
    default:
      return html`<span class="status ${message.status}" part="status">${words.status[message.status]}</span>`;
  }
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
    ${kind === 'system' ? html`<span class="avatar system" part="avatar">${systemIcon()}</span>` : avatar(message, context)}
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
      ${attachments(message, context)}
      <div class="footer" part="footer">
        ${time(message.occurredAt, context)} ${showStatus ? status(message, context) : nothing}
        ${kind === 'system'
          ? nothing
          : html`<button class="action" part="action reply" @click=${() => context.onReply(message)}>${words.reply}</button>`}
      </div>
    </div>
  </div>`;
}
