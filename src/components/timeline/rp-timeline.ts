import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import type { VisibilityChangedEvent } from '@lit-labs/virtualizer/events.js';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { RapportAdapter, RapportChange } from '../../adapters/adapter.js';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import { RpReplyRequestEvent } from '../../events/timeline.js';
import { format } from '../../i18n/strings.js';
import { baseStyles } from '../../styles/shared.js';
import { RapportElement } from '../shared/rapport-element.js';
import { dayLabeller, zonedFormat } from './day-label.js';
import { HistoryWindow } from './history-window.js';
import { renderEntry, type EntryContext } from './render-entry.js';
import { attachmentUrl } from './safe-content.js';
import { timelineStyles } from './rp-timeline.styles.js';
import { buildRows, firstUnreadId, type TimelineRow } from './timeline-rows.js';
import '../../i18n/en/timeline.js';

/** The virtualizer's flow layout, rendering 400 px beyond the viewport instead of 1000, so the DOM stays small. */
class CompactFlow extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 400;
  }
}

type Pin = { index: number; block: ScrollLogicalPosition };

/**
 * The communication history of one conversation: every message sent,
 * received, scheduled or logged, newest at the bottom, grouped by day. Older
 * pages load as the person scrolls up; only what is on screen is in the DOM.
 *
 * @fires rp-reply-request - The person chose Reply on an entry; `detail` has `conversationId` and `message`.
 * @csspart list - The scrolling list of entries (focusable).
 * @csspart entry - Each entry; also `entry-contact|agent|bot|system` and `entry-inbound|outbound`.
 * @csspart avatar - The author's avatar (initials, photo, robot or system mark).
 * @csspart bubble - The entry's box. @csspart meta - Author, channel and address line.
 * @csspart author - The author's name. @csspart address - The number or address used.
 * @csspart icon - Every icon. @csspart external - The "External communication" line.
 * @csspart subject - An email's subject. @csspart body - The text. @csspart link - A link in the text.
 * @csspart attachments - The attachment list; `attachment`, `thumbnail`, `audio`, `file` inside it.
 * @csspart footer - Time, status and actions. @csspart time - The entry's time. @csspart status - Its status.
 * @csspart action - Every action button; also `reply`, `cancel`, `retry`.
 * @csspart day-separator - A day's heading. @csspart unread-separator - The "New messages" mark.
 * @csspart start - The "beginning of history" mark. @csspart state - Loading, empty and error messages.
 * @csspart latest - The "Jump to the latest message" button. @csspart image-dialog - The enlarged image.
 * @cssproperty [--rp-timeline-height=32rem] - The element's height.
 * @cssproperty [--rp-timeline-background=var(--rp-color-bg)] - Behind the entries.
 * @cssproperty [--rp-timeline-inbound=var(--rp-color-inbound)] - The contact's bubbles.
 * @cssproperty [--rp-timeline-outbound=var(--rp-color-outbound)] - The organisation's bubbles.
 */
@customElement('rp-timeline')
export class RpTimeline extends RapportElement {
  static override styles = [baseStyles, timelineStyles];

  /** The conversation whose history is shown. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** How many messages each request to the adapter asks for (an older page, when scrolled to the top). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private rows: TimelineRow[] = [];
  @state() private paging = false;
  @state() private atBottom = true;
  @state() private busy = new Set<string>();
  @state() private announcement = '';
  @state() private actionError = '';
  @state() private viewing?: Attachment;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('[part="list"]') private list?: HTMLElement;

  private history?: HistoryWindow;
  private staff = new Map<string, { name: string; avatarUrl?: string }>();
  private unreadCount = 0;
  private unreadId?: string;
  private pin?: Pin;
  private first = 0;
  private unsubscribe?: () => void;
  private subscribedTo?: RapportAdapter;

  private readonly loader = new Task(this, {
    args: () => [this.backend, this.conversationId] as const,
    task: async ([backend, conversationId], { signal }) => {
      if (!backend || !conversationId) return;
      const history = new HistoryWindow(backend, conversationId, () => this.pageSize);
      const [conversation, staff] = await Promise.all([
        backend.getConversation(conversationId),
        backend.listStaff().catch(() => []),
        history.loadLatest(signal),
      ]);
      signal.throwIfAborted();
      this.staff = new Map(staff.map((person) => [person.id, person]));
      this.history = history;
      this.unreadCount = conversation.unreadCount;
      this.unreadId = firstUnreadId(history.messages, conversation.unreadCount);
      this.refresh({ index: Infinity, block: 'end' });
      void this.stickToEnd();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribedTo = undefined;
  }

  protected override updated(): void {
    if (this.backend !== this.subscribedTo) this.listen();
    if (this.viewing && this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  /** Scrolls to the newest entry, loading it first when the person has paged far back. */
  async scrollToLatest(): Promise<void> {
    await this.loader.taskComplete;
    if (this.history && !this.history.atNewest) await this.history.loadLatest();
    this.refresh({ index: Infinity, block: 'end' });
    await this.stickToEnd();
  }

  /**
   * The virtualizer places the newest entry from estimated heights; once it
   * has measured the real ones the end moves. Follow it until it holds still.
   */
  private async stickToEnd(): Promise<void> {
    let placed = -1;
    for (let attempt = 0; attempt < 8; attempt += 1) {
      await this.updateComplete;
      await new Promise(requestAnimationFrame);
      const list = this.list;
      // Stop when the person has scrolled up meanwhile: their place wins.
      if (!list || (placed >= 0 && list.scrollTop < placed - 50)) return;
      const gap = list.scrollHeight - list.clientHeight - list.scrollTop;
      if (gap < 2 && attempt > 0) return;
      list.scrollTop = list.scrollHeight;
      placed = list.scrollTop;
    }
  }

  private listen(): void {
    this.unsubscribe?.();
    this.subscribedTo = this.backend;
    this.unsubscribe = this.backend?.subscribe((change) => this.onChange(change));
  }

  private onChange(change: RapportChange): void {
    if (change.type !== 'message' || !this.history) return;
    const { message } = change;
    const applied = this.history.apply(message);
    if (applied !== 'added') {
      if (applied) this.refresh();
      return;
    }
    if (message.direction === 'inbound') {
      this.unreadCount += 1;
      this.unreadId ??= message.id;
      const words = this.strings.timeline;
      this.announcement = format(words.announceInbound, { author: message.author.name, body: message.body });
    }
    if (!this.atBottom) return this.refresh();
    this.refresh({ index: Infinity, block: 'end' });
    void this.stickToEnd();
    void this.markRead();
  }

  private refresh(pin?: Pin): void {
    const history = this.history;
    if (!history) return;
    const rows = buildRows(history.messages, {
      dayLabel: dayLabeller(this.formatters),
      firstUnreadId: this.unreadId,
      atOldest: history.atOldest,
    });
    if (pin) this.pin = { ...pin, index: pin.index === Infinity ? rows.length - 1 : pin.index };
    this.rows = rows;
  }

  /** Keeps the entry at the top of the view where it is while pages come and go around it. */
  private async page(direction: 'older' | 'newer'): Promise<void> {
    const history = this.history;
    if (!history || this.paging) return;
    const anchor = this.rows.slice(this.first).find((row) => row.kind === 'entry')?.key;
    this.paging = true;
    try {
      await (direction === 'older' ? history.loadOlder() : history.loadNewer());
      this.refresh();
      const index = this.rows.findIndex((row) => row.key === anchor);
      if (index >= 0) this.pin = { index, block: 'start' };
    } catch (error) {
      this.actionError = this.describeError(error);
    } finally {
      this.paging = false;
    }
  }

  private async markRead(): Promise<void> {
    if (this.unreadCount <= 0 || !this.backend || !this.conversationId) return;
    this.unreadCount = 0;
    try {
      await this.backend.markConversationRead(this.conversationId);
    } catch {
      // Marking read is a convenience; the next view of the newest entry tries again.
      this.unreadCount = 1;
    }
  }

  private onVisibility = (event: VisibilityChangedEvent): void => {
    const history = this.history;
    if (!history) return;
    this.first = event.first;
    const end = this.rows.length - 1;
    this.atBottom = history.atNewest && event.last >= end;
    if (event.first <= 2 && !history.atOldest) void this.page('older');
    else if (event.last >= end - 2 && !history.atNewest) void this.page('newer');
    if (this.atBottom) void this.markRead();
  };

  private async act(message: Message, run: () => Promise<Message>, action: string): Promise<void> {
    if (this.busy.has(message.id)) return;
    this.busy = new Set(this.busy).add(message.id);
    this.actionError = '';
    try {
      this.history?.apply(await run());
      this.refresh();
    } catch (error) {
      this.actionError = format(this.strings.timeline.actionFailed, { action, reason: this.describeError(error) });
    } finally {
      const busy = new Set(this.busy);
      busy.delete(message.id);
      this.busy = busy;
    }
  }

  private entryContext(): EntryContext {
    const words = this.strings.timeline;
    return {
      words,
      formatters: this.formatters,
      zoned: zonedFormat(this.activeLocale),
      staff: this.staff,
      busy: this.busy,
      onReply: (message) =>
        this.dispatchEvent(new RpReplyRequestEvent({ conversationId: message.conversationId, message })),
      onCancel: (message) => this.act(message, () => this.backend!.cancelScheduledMessage(message.id), words.cancelScheduled),
      onRetry: (message) => this.act(message, () => this.backend!.retryMessage(message.id), words.retry),
      onOpenImage: (attachment) => (this.viewing = attachment),
    };
  }

  private renderRow(row: TimelineRow, context: EntryContext) {
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

  private renderList() {
    const words = this.strings.timeline;
    if (this.rows.every((row) => row.kind !== 'entry')) {
      return html`<p class="state status" part="state">${words.empty}</p>`;
    }
    const context = this.entryContext();
    const pin = this.pin;
    this.pin = undefined;
    return html`<div class="list" part="list" role="list" aria-label=${words.label} tabindex="0"
        @visibilityChanged=${this.onVisibility}>
        ${virtualize({
          items: this.rows,
          // The directive can ask for a row of a range that has just shrunk (a page dropped); it renders nothing.
          keyFunction: (row?: TimelineRow) => row?.key,
          renderItem: (row?: TimelineRow) => (row ? this.renderRow(row, context) : html``),
          scroller: true,
          layout: pin ? { type: CompactFlow, pin } : { type: CompactFlow },
        })}
      </div>
      ${this.paging ? html`<div class="older-loading" part="state">${words.loadingOlder}</div>` : nothing}
      ${this.atBottom
        ? nothing
        : html`<button class="latest" part="latest" @click=${() => this.scrollToLatest()}>${words.jumpToLatest}</button>`}`;
  }

  private renderImage() {
    const image = this.viewing;
    if (!image) return nothing;
    return html`<dialog part="image-dialog" aria-label=${image.name} @close=${() => (this.viewing = undefined)}>
      <form method="dialog"><button class="action" part="action">${this.strings.timeline.closeImage}</button></form>
      <img src=${attachmentUrl(image.url) ?? ''} alt=${image.name} />
    </dialog>`;
  }

  protected override render() {
    const { common, timeline: words } = this.strings;
    if (!this.backend) return html`<p class="state status" part="state">${common.noAdapter}</p>`;
    if (this.session?.account.tier === 'standard') return html`<p class="state status" part="state">${common.standardTier}</p>`;
    return html`${this.loader.render({
        initial: () => html`<p class="state status" part="state">${words.empty}</p>`,
        pending: () => html`<p class="state status" part="state" role="status">${words.loading}</p>`,
        error: (error) => html`<div class="state" part="state" role="alert">
          <p class="status error">${format(words.loadError, { reason: this.describeError(error) })}</p>
          <button class="button" part="action retry" @click=${() => this.loader.run()}>${common.retry}</button>
        </div>`,
        complete: () => (this.conversationId ? this.renderList() : html`<p class="state status" part="state">${words.empty}</p>`),
      })}
      ${this.actionError ? html`<p class="alert" part="state" role="alert">${this.actionError}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${this.renderImage()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-timeline': RpTimeline;
  }
}
