import { html, nothing } from 'lit';
import { format, type Strings } from '../../i18n/strings.js';
import { canResume, type BatchFigures, type BatchOutcome } from '../../domain/batch-run.js';
import type { MissingValues } from './batch-plan.js';
import { wildcardKeysOf } from './conversation-context.js';

type Words = Strings['sendMessage'];

/** The missing wildcards' names as the person reads them, for the prompt and the report. */
export function wildcardNames(tokens: string[], words: Words): string {
  return wildcardKeysOf(tokens).map((key) => words.wildcardLabels[key]).join(', ');
}

/**
 * The records missing wildcard values, named before anything is sent, with the
 * person's choice: skip them, or send them the fallback text in place of the
 * missing values. Never "Hi ,".
 */
export function renderMissingRecords(words: Words, options: {
  missing: MissingValues[]; names: (tokens: string[]) => string; skip: boolean; fallback: string;
  onSkip: (skip: boolean) => void; onFallback: (value: string) => void; back: () => void; proceed: () => void;
}) {
  const batch = words.batch;
  const { skip, fallback } = options;
  return html`<div class="prompt" role="alert" part="missing-wildcards">
    <strong>${format(batch.missingHeading, { n: options.missing.length })}</strong>
    <ul class="names">${options.missing.map((entry) => html`<li>${format(batch.missingRecord,
      { name: entry.name, names: options.names(entry.missing) })}</li>`)}</ul>
    <fieldset>
      <legend>${batch.missingChoice}</legend>
      <label><input type="radio" name="missing-choice" .checked=${skip} @change=${() => options.onSkip(true)} />
        ${batch.skipMissing}</label>
      <label><input type="radio" name="missing-choice" .checked=${!skip} @change=${() => options.onSkip(false)} />
        ${batch.useFallback}</label>
    </fieldset>
    ${skip ? nothing : html`<div class="field"><label for="fallback">${words.fallback}</label>
      <input id="fallback" class="input" .value=${fallback}
        @input=${(e: Event) => options.onFallback((e.target as HTMLInputElement).value)} /></div>`}
    <span class="actions">
      <button type="button" class="button" @click=${options.back}>${batch.goBack}</button>
      <button type="button" class="button primary" ?disabled=${!skip && fallback.trim() === ''}
        @click=${options.proceed}>${batch.continue}</button>
    </span>
  </div>`;
}

export function renderProblem(problem: string | undefined) {
  return problem ? html`<p class="alert" role="alert" part="problem">${problem}</p>` : nothing;
}

/** A batch that ran (the report, Done, and Resume when records are left) or one interrupted before a reload. */
export function renderOutcomes(words: Words, options: {
  locale: string; resuming: boolean; figures: BatchFigures; outcomes: BatchOutcome[]; canceled: boolean;
  startOver: () => void; close: () => void; resume: () => void;
}) {
  const batch = words.batch;
  const { figures, resuming } = options;
  return html`<div class="dialog-body" part="body">
      ${resuming ? html`<p class="alert" role="alert">${format(batch.resumeHeading, {
        sent: figures.sent + figures.scheduled, left: figures.failed + figures.pending })}</p>` : nothing}
      <rp-batch-report locale=${options.locale} .outcomes=${options.outcomes} ?canceled=${options.canceled}></rp-batch-report>
    </div>
    <footer class="dialog-footer actions" part="footer">
      ${resuming ? html`<button type="button" class="button" @click=${options.startOver}>${batch.startOver}</button>`
        : html`<button type="button" class="button" @click=${options.close}>${batch.done}</button>`}
      ${canResume(figures) ? html`<button type="button" class="button primary" @click=${options.resume}>
        ${resuming ? batch.resume : batch.retryFailed}</button>` : nothing}
    </footer>`;
}
