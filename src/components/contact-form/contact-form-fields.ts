import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { COUNTRY_CODES, CONTACT_LEVELS, CONTACT_TYPES, LANGUAGES, countryName } from '../../domain/index.js';
import { format, type Strings } from '../../i18n/strings.js';
import type { FormField, FormValues } from './form-values.js';

type Words = Strings['contactForm'];

/** What the field renderers need from the element. */
export type FieldContext = {
  words: Words;
  locale: string;
  values: FormValues;
  errors: ReadonlyMap<string, string>;
};

/** Each field's label, in the active language. */
export function labelOf(words: Words, field: FormField): string {
  const labels: Record<FormField, string> = {
    type: words.type, level: words.level, firstName: words.firstName, lastName: words.lastName,
    countryCode: words.countryCode, 'phones.mobile': words.mobile, 'emails.primary': words.email,
    company: words.company, jobTitle: words.jobTitle, department: words.department, birthDate: words.birthDate,
    language: words.language, group: words.group, 'phones.work': words.work, 'phones.home': words.home,
    'phones.other': words.otherPhone, 'emails.other': words.otherEmail, 'address.street': words.street,
    'address.city': words.city, 'address.state': words.state, 'address.zip': words.zip,
    'address.country': words.country, 'social.facebook': words.facebook, 'social.whatsapp': words.whatsapp,
    'social.wechat': words.wechat, 'social.twitter': words.twitter, 'social.linkedin': words.linkedin,
  };
  return labels[field];
}

const idOf = (field: string) => `f-${field.replace('.', '-')}`;

function wrap(ctx: FieldContext, field: FormField, control: TemplateResult, hint?: string): TemplateResult {
  const error = ctx.errors.get(field);
  const required = field === 'lastName';
  return html`<div class="field" part="field">
    <label for=${idOf(field)}>${labelOf(ctx.words, field)}${required
      ? html` <span class="required" aria-hidden="true">*</span>` : nothing}</label>
    ${control}
    ${hint ? html`<span class="hint" id=${`${idOf(field)}-hint`}>${hint}</span>` : nothing}
    ${error ? html`<span class="field-error" id=${`${idOf(field)}-error`} part="field-error">${error}</span>` : nothing}
  </div>`;
}

function describedBy(ctx: FieldContext, field: FormField, hint?: string): string | typeof nothing {
  const ids = [hint ? `${idOf(field)}-hint` : '', ctx.errors.has(field) ? `${idOf(field)}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : nothing;
}

/** A text input bound to one field. */
export function textField(
  ctx: FieldContext, field: FormField,
  options: { type?: string; autocomplete?: string; inputmode?: string; hint?: string } = {},
): TemplateResult {
  return wrap(ctx, field, html`<input class="input" id=${idOf(field)} name=${field} part="input"
    type=${options.type ?? 'text'} autocomplete=${options.autocomplete ?? 'off'}
    inputmode=${options.inputmode ?? nothing}
    .value=${live(ctx.values[field])}
    ?required=${field === 'lastName'} aria-required=${field === 'lastName' ? 'true' : nothing}
    aria-invalid=${ctx.errors.has(field) ? 'true' : 'false'}
    aria-describedby=${describedBy(ctx, field, options.hint)} />`, options.hint);
}

function selectField(ctx: FieldContext, field: FormField, options: [string, string][], hint?: string): TemplateResult {
  const value = ctx.values[field];
  return wrap(ctx, field, html`<select class="input" id=${idOf(field)} name=${field} part="input"
    aria-invalid=${ctx.errors.has(field) ? 'true' : 'false'} aria-describedby=${describedBy(ctx, field, hint)}>
    ${options.map(([code, label]) => html`<option value=${code} ?selected=${code === value}>${label}</option>`)}
  </select>`, hint);
}

export const typeField = (ctx: FieldContext) =>
  selectField(ctx, 'type', CONTACT_TYPES.map((code) => [code, ctx.words.types[code]]));

export const levelField = (ctx: FieldContext) =>
  selectField(ctx, 'level', CONTACT_LEVELS.map((code) => [code, ctx.words.levels[code]]));

export const languageField = (ctx: FieldContext) =>
  selectField(ctx, 'language', [['', ctx.words.noChoice], ...LANGUAGES.map((code): [string, string] => [code, ctx.words.languages[code]])]);

let countryOptions: { locale: string; options: [string, string][] } | undefined;

/** Countries by name in the active language, sorted as that language sorts. */
function countries(locale: string): [string, string][] {
  if (countryOptions?.locale !== locale) {
    const collator = new Intl.Collator(locale);
    const options = COUNTRY_CODES.map((code): [string, string] => [code, countryName(code, locale)])
      .sort((a, b) => collator.compare(a[1], b[1]));
    countryOptions = { locale, options };
  }
  return countryOptions.options;
}

export const countryField = (ctx: FieldContext, field: 'countryCode' | 'address.country', hint?: string) =>
  selectField(ctx, field, [['', ctx.words.noChoice], ...countries(ctx.locale).map(([code, name]): [string, string] =>
    [code, field === 'countryCode' ? `${name} (${code})` : name])], hint);

export const phoneField = (ctx: FieldContext, field: FormField) =>
  textField(ctx, field, { type: 'tel', autocomplete: field === 'phones.mobile' ? 'tel' : 'off', inputmode: 'tel' });

/** Seed 002's Advanced sections, after the quick fields. */
export function advancedSections(ctx: FieldContext): TemplateResult {
  const w = ctx.words;
  return html`
    <fieldset part="section"><legend>${w.personal}</legend>
      ${textField(ctx, 'company', { autocomplete: 'organization' })}
      ${textField(ctx, 'jobTitle', { autocomplete: 'organization-title' })}
      ${textField(ctx, 'department')}
      ${textField(ctx, 'birthDate', { type: 'date', autocomplete: 'bday' })}
      ${languageField(ctx)}
      ${textField(ctx, 'group')}
    </fieldset>
    <fieldset part="section"><legend>${w.contactNumber}</legend>
      ${phoneField(ctx, 'phones.work')} ${phoneField(ctx, 'phones.home')} ${phoneField(ctx, 'phones.other')}
    </fieldset>
    <fieldset part="section"><legend>${w.contactEmail}</legend>
      ${textField(ctx, 'emails.other', { type: 'email' })}
    </fieldset>
    <fieldset part="section"><legend>${w.contactAddress}</legend>
      ${textField(ctx, 'address.street', { autocomplete: 'street-address' })}
      ${textField(ctx, 'address.city', { autocomplete: 'address-level2' })}
      ${textField(ctx, 'address.state', { autocomplete: 'address-level1' })}
      ${textField(ctx, 'address.zip', { autocomplete: 'postal-code' })}
      ${countryField(ctx, 'address.country')}
    </fieldset>
    <fieldset part="section"><legend>${w.socialMedia}</legend>
      ${textField(ctx, 'social.facebook')} ${textField(ctx, 'social.whatsapp')} ${textField(ctx, 'social.wechat')}
      ${textField(ctx, 'social.twitter')} ${textField(ctx, 'social.linkedin')}
    </fieldset>`;
}

/** The form-wide message, with what a conflicting edit changed meanwhile listed under it. */
export function formAlert(words: Words, alert: string, changes: readonly { field: FormField; value: string }[]) {
  return alert ? html`<div class="alert" role="alert" part="alert">${alert}
    ${changes.length ? html`<ul class="changes">${changes.map((change) => html`<li>${format(words.changedField,
      { field: labelOf(words, change.field), value: change.value || words.emptyValue })}</li>`)}</ul>` : nothing}
  </div>` : nothing;
}

/** Quick Create's fields (seed 002): Type, Level, names, Country Code, Mobile and Email. */
export function quickCreateFields(ctx: FieldContext): TemplateResult {
  return html`<div class="grid">
    ${typeField(ctx)} ${levelField(ctx)}
    ${textField(ctx, 'firstName', { autocomplete: 'given-name' })}
    ${textField(ctx, 'lastName', { autocomplete: 'family-name' })}
    ${countryField(ctx, 'countryCode', ctx.words.countryCodeHint)}
    ${phoneField(ctx, 'phones.mobile')}
    ${textField(ctx, 'emails.primary', { type: 'email', autocomplete: 'email' })}
  </div>`;
}
