import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RapportChange } from '../../adapters/adapter.js';
import { outboundOptions, type SendableChannel } from '../../domain/channels.js';
import { fullName } from '../../domain/index.js';
import { RpMessageSentEvent } from '../../events/send-message.js';
import { format } from '../../i18n/strings.js';
import type { ComposerDraft } from '../send-message/composer-draft.js';
import { loadConversationContext, type ConversationContext } from '../send-message/conversation-context.js';
import '../send-message/rp-message-composer.js';
import { RapportElement } from '../shared/rapport-element.js';
import { AdapterSubscription } from '../shared/adapter-subscription.js';
import '../timeline/rp-timeline.js';
import type { RpTimeline } from '../timeline/rp-timeline.js';
import { initialsOf } from './conversation-row.js';
import { InlineComposer } from './inline-composer.js';
import { conversationStyles } from './rp-inbox-conversation.styles.js';
import { latestUnreadWebChat } from './web-chat.js';
import '../../i18n/en/inbox.js';
import '../../i18n/en/sendMessage.js';

/**
 * The inbox's dialog window (seed 003): the top contact bar with the number
 * being texted (or the address emailed) and the outbound number, the
 * conversation's timeline, and the inline composer with its channel selector.
 *
 * @internal
 * @fires back - The narrow layout's back button was pressed.
 * @fires edit-contact - The contact's avatar was pressed (quick edit).
 * @fires toggle-panel - The floating panel button was pressed.
 * @fires new-conversation - "Start a new conversation" was pressed.
 * @fires rp-message-sent - A message was sent from the composer.
 */
@customElement('rp-inbox-conversation')
export class RpInboxConversation extends RapportElement {
  static override styles = conversationStyles;

  /** The conversation shown. */
  @property({ attribute: 'conversation-id' }) conversationId?: string;
  /** Whether the contact panel is out (the toggle says so). */
  @property({ type: Boolean, attribute: 'panel-open' }) panelOpen = false;
  /** One column at a time: show the back button. */
  @property({ type: Boolean }) narrow = false;

  @state() private context?: ConversationContext;
  @state() private problem = '';
  @state() private announcement = '';
  private composer = new InlineComposer(this);
  // Live changes from any view of the store reach this element while it is on the page.
  protected readonly liveChanges = new AdapterSubscription(this, () => this.backend, (change) => this.onChange(change));

  private loader = new Task(this, {
    task: async ([backend, conversationId, session], { signal }) => {
      if (!backend || !conversationId || !session) return undefined;
      const context = await loadConversationContext(backend, conversationId, signal);
      this.context = context;
      this.problem = '';
      this.composer.prepare(session, context);
      return context;
    },
    args: () => [this.backend, this.conversationId, this.session] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.composer.keep();
  }

  /** Puts the caret in the message box. */
  async focusComposer(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector('rp-message-composer')?.focus();
  }

  private onChange(change: RapportChange) {
    const context = this.context;
    if (!context) return;
    if (change.type === 'message' && change.message.conversationId === context.conversation.id) {
      const rest = context.messages.filter((m) => m.id !== change.message.id);
      this.context = { ...context, messages: [...rest, change.message] };
    } else if (change.type === 'contact' && change.action !== 'deleted' && change.contact.id === context.contact.id) {
      this.context = { ...context, contact: change.contact };
      this.composer.refresh(this.context);
    } else if (change.type === 'conversation' && change.conversation.id === context.conversation.id) {
      this.context = { ...context, conversation: change.conversation };
    }
  }

  private emit(name: string) {
    this.dispatchEvent(new CustomEvent(name));
  }

  private async send(event?: Event) {
    event?.preventDefault();
    const backend = this.backend;
    if (!backend || this.composer.busy) return;
    const words = this.strings.inbox;
    this.problem = '';
    const result = await this.composer.send(backend);
    if (!result) return;
    if (result.kind === 'empty') this.problem = words.emptyMessage;
    else if (result.kind === 'missing') this.problem = format(this.strings.sendMessage.missingTitle, { names: result.missing.join(', ') });
    else if (result.kind === 'failed') {
      const error = result.outcome.error;
      this.problem = format(words.sendFailed, { detail: typeof error === 'string' ? error : this.describeError(error) });
    } else {
      this.announcement = format(words.sent, { channel: words.channelNames[result.message.channel] });
      this.dispatchEvent(new RpMessageSentEvent({ message: result.message }));
      void this.renderRoot.querySelector<RpTimeline>('rp-timeline')?.scrollToLatest();
    }
  }

  override render() {
    const { inbox: words, common } = this.strings;
    return html`${this.renderBar()}
      <rp-timeline part="timeline" .adapter=${this.backend} locale=${this.activeLocale}
        conversation-id=${this.conversationId ?? ''}></rp-timeline>
      ${this.loader.render({
        pending: () => (this.context ? this.renderComposer() : html`<p class="status" role="status">${words.conversationLoading}</p>`),
        error: (error) => html`<div class="alert" role="alert" part="state">
          ${format(words.conversationError, { reason: this.describeError(error) })}
          <button type="button" class="button" @click=${() => this.loader.run()}>${common.retry}</button></div>`,
        complete: () => (this.context ? this.renderComposer() : nothing),
      })}
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }

  private renderBar() {
    const words = this.strings.inbox;
    const contact = this.context?.contact;
    const name = contact ? fullName(contact) : '';
    return html`<header class="contact-bar" part="contact-bar">
      ${this.narrow ? html`<button type="button" class="button icon-button" part="back" aria-label=${words.backToList}
        @click=${() => this.emit('back')}>←</button>` : nothing}
      ${contact ? html`<button type="button" class="avatar avatar-button" part="avatar" title=${format(words.editContact, { name })}
        @click=${() => this.emit('edit-contact')}><span aria-hidden="true">${initialsOf(name)}</span
        ><span class="visually-hidden">${format(words.editContact, { name })}</span></button>
        <div class="who"><h2 class="name" part="name">${name}</h2>${this.renderAddressing()}</div>` : html`<div class="who"></div>`}
      <button type="button" class="button icon-button" part="new-conversation" aria-label=${words.newConversation}
        title=${words.newConversation} @click=${() => this.emit('new-conversation')}>+</button>
      <button type="button" class="button icon-button panel-toggle" part="panel-toggle"
        aria-label=${this.panelOpen ? words.hideContactPanel : words.showContactPanel} aria-expanded=${this.panelOpen ? 'true' : 'false'}
        title=${words.contactPanel} @click=${() => this.emit('toggle-panel')}>☰</button>
    </header>`;
  }

  /** Seed 003: the number texted (or address emailed), and the outbound number, on the top contact bar. */
  private renderAddressing() {
    const words = this.strings.inbox;
    const { channel, to, from } = this.composer;
    const context = this.context;
    if (!context || !this.session || !channel) return nothing;
    if (channel === 'webchat') return html`<span class="address" part="address">${format(words.webChatWith, { name: fullName(context.contact) })}</span>`;
    const choices = outboundOptions({ account: this.session.account, contact: context.contact, channel });
    const line = to ? format(channel === 'sms' ? words.textingTo : words.emailingTo, { to }) : '';
    const select = (id: string, label: string, values: string[], current: string | undefined, pick: (v: string) => void) =>
      values.length ? html`<label class="inline-field" for=${id}><span>${label}</span>
        <select id=${id} class="input compact" part="select" @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
          ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${value}</option>`)}
        </select></label>` : nothing;
    return html`<span class="address" part="address">${line}</span>
      <span class="addressing">
        ${choices.to.length > 1 ? select('to', words.to, choices.to.map((c) => c.value), to, (v) => this.composer.setTo(v)) : nothing}
        ${select('from', channel === 'sms' ? words.outboundNumber : words.fromAddress, choices.from, from, (v) => this.composer.setFrom(v))}
      </span>`;
  }

  private renderComposer() {
    const { inbox: words, sendMessage } = this.strings;
    const composer = this.composer;
    const availability = composer.availability;
    const accountLacks = new Set(['feature-off', 'not-in-country', 'standard-tier']);
    const offered = availability.filter((entry) => entry.available || !accountLacks.has(entry.reasonCode ?? ''));
    const unread = latestUnreadWebChat(this.context!.messages);
    const noneReason = offered.length === 0 || !composer.channel
      ? availability.map((e) => (e.reasonCode ? sendMessage.channelReasons[e.reasonCode] : e.reason)).filter(Boolean)[0] ?? ''
      : '';
    return html`${unread ? html`<p class="notice" part="unread-by-contact">${words.unreadByContactLong}</p>` : nothing}
      <form class="composer" part="composer" @submit=${this.send}
        @draft-change=${(e: CustomEvent<Partial<ComposerDraft>>) => composer.patch(e.detail)}>
        <div class="composer-top">
          <label class="inline-field" for="channel"><span>${words.communicationChannel}</span>
            <select id="channel" class="input compact" part="channel-select"
              @change=${(e: Event) => composer.setChannel((e.target as HTMLSelectElement).value as SendableChannel)}>
              ${offered.map((entry) => html`<option value=${entry.channel} ?disabled=${!entry.available}
                ?selected=${entry.channel === composer.channel}>${entry.available ? words.channelNames[entry.channel]
                  : format(words.unavailableChannel, { channel: words.channelNames[entry.channel],
                    reason: entry.reasonCode ? sendMessage.channelReasons[entry.reasonCode] : entry.reason ?? '' })}</option>`)}
            </select></label>
        </div>
        ${noneReason ? html`<p class="alert" part="no-channel">${format(words.noChannel, { reason: noneReason })}</p>` : nothing}
        <rp-message-composer inline .adapter=${this.backend} locale=${this.activeLocale} .draft=${composer.draft}
          .channel=${composer.channel}></rp-message-composer>
        ${this.problem ? html`<p class="alert" role="alert" part="problem">${this.problem}</p>` : nothing}
        <div class="composer-actions">
          <button type="submit" class="button primary" part="send" aria-disabled=${!composer.channel || composer.busy ? 'true' : 'false'}
            aria-busy=${composer.busy ? 'true' : 'false'}>${composer.busy ? words.sending : words.send}</button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'rp-inbox-conversation': RpInboxConversation;
  }
}
