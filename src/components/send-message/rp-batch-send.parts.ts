import { html, nothing } from 'lit';
import { format, type Strings } from '../../i18n/strings.js';
import type { MissingValues } from './batch-plan.js';

type Words = Strings['sendMessage'];

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
