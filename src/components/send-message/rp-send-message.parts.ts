import { html, nothing } from 'lit';
import { noChannelReason, outboundOptions, type ChannelAvailability, type SendableChannel } from '../../domain/channels.js';
import type { Session } from '../../domain/index.js';
import { format, type Strings } from '../../i18n/strings.js';
import { wildcardKeysOf, type ConversationContext } from './conversation-context.js';
import type { SingleSendController } from './single-send-controller.js';

type Words = Strings['sendMessage'];

/** Closing with text in the draft: keep it for next time, throw it away, or go back to it. */
export function renderKeepDraftPrompt(words: Words, actions: { keep: () => void; discard: () => void; edit: () => void }) {
  return html`<div class="discard-prompt" role="alertdialog" aria-labelledby="keep-title" aria-describedby="keep-body"
    part="discard-prompt">
    <strong id="keep-title">${words.keepDraftTitle}</strong>
    <span id="keep-body">${words.keepDraftBody}</span>
    <span class="discard-actions">
      <button type="button" class="button" autofocus @click=${actions.edit}>${words.keepEditing}</button>
      <button type="button" class="button danger" @click=${actions.discard}>${words.discardDraft}</button>
      <button type="button" class="button primary" @click=${actions.keep}>${words.keepDraft}</button>
    </span>
  </div>`;
}

/** Wildcards with no value for this record, named before anything is sent. */
export function renderMissingWarning(words: Words, options: {
  labels: string[]; fallback: string; onFallback: (value: string) => void; back: () => void; send: () => void;
}) {
  return html`<div class="prompt" role="alert" part="missing-wildcards">
    <strong>${format(words.missingTitle, { names: options.labels.join(', ') })}</strong>
    <span>${words.missingBody}</span>
    <div class="field"><label for="fallback">${words.fallback}</label>
      <input id="fallback" class="input" .value=${options.fallback}
        @input=${(e: Event) => options.onFallback((e.target as HTMLInputElement).value)} /></div>
    <span class="actions">
      <button type="button" class="button" @click=${options.back}>${words.goBack}</button>
      <button type="button" class="button primary" ?disabled=${options.fallback.trim() === ''}
        @click=${options.send}>${words.sendWithFallback}</button>
    </span>
  </div>`;
}

/** A failure in words; Retry sends the same draft under the same key. */
export function renderProblem(problem: { text: string; retry: boolean } | undefined, strings: Strings, retry: () => void) {
  if (!problem) return nothing;
  return html`<div class="alert" role="alert" part="problem">
    <span>${problem.text}</span>
    ${problem.retry ? html`<button type="button" class="button" @click=${retry}>${strings.common.retry}</button>` : nothing}
  </div>`;
}

/** What holds this send back: wildcards without a value (asking for a fallback), or a failure with Retry. */
export function renderSendProblems(strings: Strings, singleSend: SingleSendController, actions: {
  back: () => void; send: (fallback?: string) => void;
}) {
  const words = strings.sendMessage;
  const missing = singleSend.missing;
  return html`${missing ? renderMissingWarning(words, {
    labels: wildcardKeysOf(missing).map((key) => words.wildcardLabels[key]),
    fallback: singleSend.fallback, onFallback: (value) => singleSend.setFallback(value),
    back: actions.back, send: () => actions.send(singleSend.fallback),
  }) : nothing}
    ${renderProblem(singleSend.problem, strings, () => actions.send())}`;
}

/** Why nothing can be sent, and the From/To choices when there is more than one (seed 003). */
export function renderFooterExtras(words: Words, options: {
  session: Session; context: ConversationContext; availability: ChannelAvailability[]; channel?: SendableChannel;
  from?: string; to?: string; onFrom: (value: string) => void; onTo: (value: string) => void;
}) {
  const { session, context, channel, availability } = options;
  if (!channel) {
    const code = noChannelReason(availability);
    const text = code ? format(words.noChannel, { reason: words.channelReasons[code] }) : words.noChannelForContact;
    return html`<p class="alert" part="no-channel">${text}</p>`;
  }
  const choices = outboundOptions({ account: session.account, contact: context.contact, channel });
  const select = (id: string, label: string, values: string[], current: string | undefined, pick: (v: string) => void) =>
    values.length > 1 ? html`<span class="field"><label for=${id}>${label}</label>
      <select id=${id} class="input" @change=${(e: Event) => pick((e.target as HTMLSelectElement).value)}>
        ${values.map((value) => html`<option value=${value} ?selected=${value === current}>${value}</option>`)}
      </select></span>` : nothing;
  return html`${select('from', words.from, choices.from, options.from, options.onFrom)}
    ${select('to', words.to, choices.to.map((choice) => choice.value), options.to, options.onTo)}`;
}

/** The dialog's body when there is no form to show: loading, a load failure (with Retry), or why not. */
export function renderNotice(text: string, role: 'status' | 'alert' = 'alert', action?: { label: string; run: () => void }) {
  return html`<div class="dialog-body" part="body">
    <p class=${role === 'status' ? 'status' : 'alert'} role=${role}>${text}
      ${action ? html`<button type="button" class="button" @click=${action.run}>${action.label}</button>` : nothing}</p>
  </div>`;
}
