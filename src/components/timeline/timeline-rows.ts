import type { Message } from '../../domain/schemas/message.js';

/** One row of the virtual list: a day heading, the "new messages" mark, the start of history, or an entry. */
export type TimelineRow =
  | { kind: 'day'; key: string; label: string }
  | { kind: 'unread'; key: string }
  | { kind: 'start'; key: string }
  | { kind: 'entry'; key: string; message: Message };

export type RowOptions = {
  /** Formats a day heading; equal labels mean the same day in the viewer's time zone. */
  dayLabel: (date: Date) => string;
  /** Id of the first unread entry, where the "new messages" mark goes. */
  firstUnreadId?: string;
  /** True when the oldest message is held: a "beginning of history" row leads. */
  atOldest: boolean;
};

/** Interleaves day headings and the unread mark with the messages, oldest first. */
export function buildRows(messages: readonly Message[], options: RowOptions): TimelineRow[] {
  const rows: TimelineRow[] = [];
  if (options.atOldest) rows.push({ kind: 'start', key: 'start' });
  let lastDay = '';
  for (const message of messages) {
    const day = options.dayLabel(new Date(message.occurredAt));
    if (day !== lastDay) {
      rows.push({ kind: 'day', key: `day:${message.id}`, label: day });
      lastDay = day;
    }
    if (message.id === options.firstUnreadId) rows.push({ kind: 'unread', key: 'unread' });
    rows.push({ kind: 'entry', key: message.id, message });
  }
  return rows;
}

/**
 * The first unread entry: the oldest of the newest `unreadCount` messages
 * from the contact. Undefined when nothing is unread or it is not held.
 */
export function firstUnreadId(messages: readonly Message[], unreadCount: number): string | undefined {
  if (unreadCount <= 0) return undefined;
  let remaining = unreadCount;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    if (messages[i].direction !== 'inbound') continue;
    remaining -= 1;
    if (remaining === 0) return messages[i].id;
  }
  return undefined;
}
