import { html, nothing } from 'lit';
import type { Contact, Conversation, Message } from '../../domain/index.js';
import { fullName } from '../../domain/index.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import { channelIcon } from '../timeline/icons.js';
import { unreadByContact } from './web-chat.js';

export const initialsOf = (name: string) =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((word) => word[0]).join('').toUpperCase() || '?';

export type RowContext = {
  words: Strings['inbox'];
  formatters: Formatters;
  selectedId?: string;
  onSelect: (conversation: Conversation) => void;
};

/** One row of the contacts panel: avatar, name, time, the latest message, its channel and the unread count. */
export function renderConversationRow(
  conversation: Conversation, contact: Contact | undefined, latest: Message | null | undefined, context: RowContext,
) {
  const { words, formatters } = context;
  const name = contact ? fullName(contact) : '';
  const selected = conversation.id === context.selectedId;
  const preview = latest === null ? words.noMessages : latest ? latest.subject || latest.body : '';
  const at = conversation.lastMessageAt;
  return html`<div role="listitem" class="row-item">
    <button type="button" class="row" part="row${selected ? ' row-selected' : ''}" data-id=${conversation.id}
      aria-current=${selected ? 'true' : 'false'} @click=${() => context.onSelect(conversation)}>
      <span class="avatar" part="avatar" aria-hidden="true">${contact ? initialsOf(name) : ''}</span>
      <span class="row-main">
        <span class="row-top">
          <span class="name" part="name">${name || '…'}</span>
          ${at ? html`<time part="time" datetime=${at}>${formatters.relativeTime(at)}</time>` : nothing}
        </span>
        <span class="row-bottom">
          ${latest ? html`<span class="channel" part="channel">${channelIcon(latest.channel, words.channelNames[latest.channel])}</span>` : nothing}
          <span class="preview" part="preview">${preview}</span>
          ${latest && unreadByContact(latest) ? html`<span class="badge muted" part="unread-by-contact">${words.unreadByContact}</span>` : nothing}
          ${conversation.unreadCount > 0 ? html`<span class="badge" part="unread-count"
            >${format(words.unreadCount, { n: conversation.unreadCount })}</span>` : nothing}
        </span>
      </span>
    </button>
  </div>`;
}
