import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RapportAdapter, RapportChange } from '../../adapters/adapter.js';
import type { Attachment } from '../../domain/schemas/attachment.js';
import type { Message } from '../../domain/schemas/message.js';
import { RpReplyRequestEvent } from '../../events/timeline.js';
import { timeline as englishWords } from '../../i18n/en/timeline.js';
import { format, registerEnglish } from '../../i18n/strings.js';
import { dayLabeller } from './day-label.js';
import { HistoryWindow } from './history-window.js';
import { renderRow, type EntryContext } from './render-entry.js';
import { timelineStyles } from './rp-timeline.styles.js';
import { TimelineList } from './timeline-list.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import { buildRows, firstUnreadId, type TimelineRow } from './timeline-rows.js';

// A bare side-effect import of the words can be dropped by a host's bundler (package "sideEffects").
registerEnglish('timeline', englishWords);

type Extras = typeof import('./entry-extras.js');
let extras: Extras | undefined;
let extrasLoading: Promise<Extras> | undefined;
/** Attachments, the image viewer, scheduled and failed states: loaded the first time an entry needs them. */
const loadExtras = () => (extrasLoading ??= import('./entry-extras.js').then((module) => (extras = module)));

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
export class RpTimeline extends TimelineList {
  static override styles = timelineStyles;

  /** The conversation whose history is shown. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;

  /** How many messages each request to the adapter asks for (an older page, when scrolled to the top). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 50;

  @state() private phase: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  @state() private paging = false;
  @state() private atBottom = true;
  @state() private busy = new Set<string>();
  @state() private announcement = '';
  @state() private actionError = '';
  @state() private viewing?: Attachment;

  private history?: HistoryWindow;
  /** Why the history could not be loaded; shown with `phase` 'error', which renders. */
  private loadError?: unknown;
  private styled = false;
  private loaded?: Promise<void>;
  private loadedFor: [RapportAdapter?, string?] = [];
  private staff = new Map<string, { name: string; avatarUrl?: string }>();
  private unreadCount = 0;
  private unreadId?: string;
  constructor() {
    super();
    // Live changes from any view of the store reach this element while it is on the page.
    new AdapterSubscription(this, () => this.backend, (change) => this.onChange(change));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    const [backend, id] = this.loadedFor;
    if (backend !== this.backend || id !== this.conversationId) this.loaded = this.load();
  }

  protected override updated(): void {
    if (extras && !this.styled) {
      this.styled = true;
      const root = this.renderRoot as ShadowRoot;
      const sheet = extras.extraStyles.styleSheet;
      if (sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
    super.updated();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** Loads the history again, after a failure. */
  private reload = () => {
    this.loadedFor = [];
    this.requestUpdate();
  };

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    // Rendered fully means with attachments, once their code is asked for.
    if (extrasLoading && !extras) await extrasLoading.then(() => super.getUpdateComplete());
    return done;
  }

  /** Scrolls to the newest entry, loading it first when the person has paged far back. */
  async scrollToLatest(): Promise<void> {
    await this.loaded;
    if (this.history && !this.history.atNewest) await this.history.loadLatest();
    this.showNewest();
    await this.updateComplete;
  }

  private async load(): Promise<void> {
    const backend = this.backend;
    const conversationId = this.conversationId;
    this.loadedFor = [backend, conversationId];
    this.history = undefined;
    this.rows = [];
    this.phase = backend && conversationId ? 'loading' : 'idle';
    if (!backend || !conversationId) return;
    const current = () => this.loadedFor[0] === backend && this.loadedFor[1] === conversationId;
    try {
      const history = new HistoryWindow(backend, conversationId, () => this.pageSize);
      const [conversation, staff] = await Promise.all([
        backend.getConversation(conversationId),
        backend.listStaff().catch(() => []),
        history.loadLatest(),
      ]);
      if (!current()) return;
      this.staff = new Map(staff.map((person) => [person.id, person]));
      this.history = history;
      this.unreadCount = conversation.unreadCount;
      this.unreadId = firstUnreadId(history.messages, conversation.unreadCount);
      this.phase = 'ready';
      this.showNewest();
    } catch (error) {
      if (!current()) return;
      this.loadError = error;
      this.phase = 'error';
    }
  }

  protected buildRows(): TimelineRow[] | undefined {
    const history = this.history;
    if (!history) return undefined;
    return buildRows(history.messages, {
      dayLabel: dayLabeller(this.formatters),
      firstUnreadId: this.unreadId,
      atOldest: history.atOldest,
    });
  }

  protected inView(first: number, last: number): void {
    const history = this.history!;
    const end = this.rows.length - 1;
    this.atBottom = history.atNewest && last >= end;
    if (first <= 2 && !history.atOldest) void this.page('older');
    else if (last >= end - 2 && !history.atNewest) void this.page('newer');
    if (this.atBottom) void this.markRead();
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
      this.announcement = format(this.strings.timeline.announceInbound, { author: message.author.name, body: message.body });
    }
    this.refresh(this.atBottom);
    if (this.atBottom) void this.markRead();
  }

  private async page(direction: 'older' | 'newer'): Promise<void> {
    const history = this.history;
    if (!history || this.paging) return;
    this.paging = true;
    try {
      await (direction === 'older' ? history.loadOlder() : history.loadNewer());
      this.refresh();
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
      staff: this.staff,
      busy: this.busy,
      extras: (message, context, part) => {
        if (extras) return part === 'status' ? extras.renderStatus(message, context) : extras.renderAttachments(message, context);
        void loadExtras().then(() => this.requestUpdate());
        return nothing;
      },
      onReply: (message) =>
        this.dispatchEvent(new RpReplyRequestEvent({ conversationId: message.conversationId, message })),
      onCancel: (message) => this.act(message, () => this.backend!.cancelScheduledMessage(message.id), words.cancelScheduled),
      onRetry: (message) => this.act(message, () => this.backend!.retryMessage(message.id), words.retry),
      onOpenImage: (attachment) => (this.viewing = attachment),
    };
  }

  protected rowRenderer() {
    const context = this.entryContext();
    return (row: TimelineRow) => renderRow(row, context);
  }

  private renderList() {
    const words = this.strings.timeline;
    if (this.rows.every((row) => row.kind !== 'entry')) return this.state(words.empty);
    return html`${this.renderScroller(words.label)}
      ${this.paging ? html`<div class="older-loading" part="state">${words.loadingOlder}</div>` : nothing}
      ${this.atBottom
        ? nothing
        : html`<button class="latest" part="latest" @click=${() => this.scrollToLatest()}>${words.jumpToLatest}</button>`}`;
  }

  private state(text: string, role?: string) {
    return html`<p class="state" part="state" role=${role ?? nothing}>${text}</p>`;
  }

  protected override render() {
    const { common, timeline: words } = this.strings;
    if (!this.backend) return this.state(common.noAdapter);
    if (this.session?.account.tier === 'standard') return this.state(common.standardTier);
    const viewing = this.viewing;
    return html`${this.phase === 'ready' && this.conversationId
        ? this.renderList()
        : this.phase === 'loading'
          ? this.state(words.loading, 'status')
          : this.phase === 'error'
            ? html`<div class="state" part="state" role="alert">
                <p class="error">${format(words.loadError, { reason: this.describeError(this.loadError) })}</p>
                <button class="action" part="action retry" @click=${this.reload}>${common.retry}</button>
              </div>`
            : this.state(words.empty)}
      ${this.actionError ? html`<p class="alert" part="state" role="alert">${this.actionError}</p>` : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      ${viewing && extras ? extras.renderImageDialog(viewing, words, () => (this.viewing = undefined)) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-timeline': RpTimeline;
  }
}
