import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { attachmentLimitFor } from '../../domain/attachments.js';
import { attachmentPurposeFor } from '../../domain/external-communication.js';
import { DIRECTIONS, EXTERNAL_CHANNELS, EXTERNAL_TYPES, NOTE_MAX_LENGTH } from '../../domain/index.js';
import type { Formatters } from '../../i18n/format.js';
import { format, type Strings } from '../../i18n/strings.js';
import { toLocalInputValue, type Draft, type DraftErrors, type DraftField } from './external-comm-draft.js';

/** What the field renderers need from the element: its words, its state and where changes go. */
export type FieldsView = {
  words: Strings['externalCommForm'];
  formatters: Formatters;
  draft: Draft;
  errors: DraftErrors;
  sourceName?: string;
  userName: string;
  checkingFile: boolean;
  change: (patch: Partial<Draft>) => void;
  chooseFile: (event: Event) => void;
  removeFile: () => void;
};

/** `aria-describedby` for a field: its hint, then its error when it has one. */
const describedBy = (view: FieldsView, field: DraftField, hint = true) =>
  [hint ? `${field}-hint` : '', view.errors[field] ? `${field}-error` : ''].filter(Boolean).join(' ') || undefined;

const errorFor = (view: FieldsView, field: DraftField) =>
  view.errors[field]
    ? html`<span class="field-error" id="${field}-error" part="field-error">${view.errors[field]}</span>`
    : nothing;

const value = (event: Event) => (event.target as HTMLInputElement).value;

export function renderKind(view: FieldsView): TemplateResult {
  const { words } = view;
  return html`<div class="field" part="field kind">
    <label for="kind">${words.addKind}</label>
    <select id="kind" class="input" part="select" autofocus
      @change=${(e: Event) => view.change({ kind: value(e) as Draft['kind'] })}>
      ${(['external', 'note'] as const).map((kind) =>
        html`<option value=${kind} ?selected=${view.draft.kind === kind}>${words.kinds[kind]}</option>`)}
    </select>
  </div>`;
}

export function renderOccurredAt(view: FieldsView): TemplateResult {
  const { words, formatters } = view;
  const offset = new Intl.DateTimeFormat(formatters.locale, { timeZone: formatters.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(new Date()).find((part) => part.type === 'timeZoneName')?.value;
  const zone = offset ? `${formatters.timeZone} (${offset})` : formatters.timeZone;
  return html`<div class="field" part="field occurred-at">
    <label for="occurredAt">${words.occurredAt}</label>
    <input id="occurredAt" class="input" type="datetime-local" part="input" required
      max=${toLocalInputValue(new Date())} .value=${live(view.draft.occurredAt)}
      aria-invalid=${view.errors.occurredAt ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(view, 'occurredAt'))}
      @input=${(e: Event) => view.change({ occurredAt: value(e) })} />
    <span class="hint" id="occurredAt-hint">${format(words.timeZone, { zone })}</span>
    ${errorFor(view, 'occurredAt')}
  </div>`;
}

function renderSelect<T extends string>(
  view: FieldsView, field: 'channel' | 'direction' | 'type', label: string, options: readonly T[],
  optionLabel: (option: T) => string, help: string,
): TemplateResult {
  return html`<div class="field" part="field ${field}">
    <label for=${field}>${label}</label>
    <select id=${field} class="input" part="select"
      aria-invalid=${view.errors[field] ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(view, field))}
      @change=${(e: Event) => view.change({ [field]: value(e) } as Partial<Draft>)}>
      ${options.map((option) => html`<option value=${option} ?selected=${view.draft[field] === option}>${optionLabel(option)}</option>`)}
    </select>
    <span class="hint" id="${field}-hint">${help}</span>
    ${errorFor(view, field)}
  </div>`;
}

export function renderSettings(view: FieldsView): TemplateResult {
  const { words, draft } = view;
  const source = view.sourceName;
  const channelLabel = (channel: (typeof EXTERNAL_CHANNELS)[number]) =>
    channel === 'listing' && source ? source : words.channels[channel];
  const channelHelp = draft.channel === 'listing'
    ? format(words.channelHelp.listing, { source: source ?? words.channels.listing })
    : words.channelHelp[draft.channel];
  return html`<div class="settings" part="settings">
    ${renderSelect(view, 'channel', words.channel, EXTERNAL_CHANNELS, channelLabel, channelHelp)}
    ${renderSelect(view, 'direction', words.direction, DIRECTIONS.toReversed(), (d) => words.directions[d], words.directionHelp[draft.direction])}
    ${renderSelect(view, 'type', words.type, EXTERNAL_TYPES, (t) => words.types[t], words.typeHelp[draft.type])}
  </div>`;
}

export function renderText(view: FieldsView): TemplateResult {
  const { words, draft } = view;
  const note = draft.kind === 'note';
  const call = !note && draft.channel === 'call';
  const label = note ? words.note : call ? words.description : words.message;
  const hint = note ? format(words.noteHint, { max: NOTE_MAX_LENGTH }) : call ? words.descriptionHint : words.messageHint;
  return html`<div class="field" part="field text">
      <label for="text">${label}</label>
      <textarea id="text" class="input" part="textarea" rows="5" maxlength=${ifDefined(note ? NOTE_MAX_LENGTH : undefined)}
        .value=${live(draft.text)} aria-invalid=${view.errors.text ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy(view, 'text'))}
        @input=${(e: Event) => view.change({ text: value(e) })}></textarea>
      <span class="hint" id="text-hint">${hint}</span>
      ${errorFor(view, 'text')}
    </div>
    ${call
      ? html`<div class="field duration" part="field duration">
          <label for="duration">${words.duration}</label>
          <input id="duration" class="input" type="text" inputmode="numeric" part="input" autocomplete="off"
            .value=${live(draft.duration)} aria-invalid=${view.errors.duration ? 'true' : 'false'}
            aria-describedby=${ifDefined(describedBy(view, 'duration', false))}
            @input=${(e: Event) => view.change({ duration: value(e) })} />
          ${errorFor(view, 'duration')}
        </div>`
      : nothing}`;
}

export function renderAttachment(view: FieldsView): TemplateResult {
  const { words, draft, formatters } = view;
  const purpose = attachmentPurposeFor(draft.channel);
  const size = formatters.fileSize(attachmentLimitFor(purpose, draft.channel));
  const hint = format(purpose === 'call' ? words.attachHintCall : words.attachHintMessage, { size });
  const file = draft.file;
  return html`<div class="field" part="field attachment">
    <label for="attachment">${words.attach}</label>
    <input id="attachment" type="file" part="file-input" accept=${purpose === 'call' ? 'audio/*' : 'image/*,application/pdf'}
      aria-invalid=${view.errors.attachment ? 'true' : 'false'} aria-describedby=${ifDefined(describedBy(view, 'attachment'))}
      @change=${view.chooseFile} />
    <span class="hint" id="attachment-hint">${view.checkingFile ? words.checkingFile : hint}</span>
    ${file
      ? html`<span class="attached" part="attached">
          <span>${format(words.attached, { name: file.name, size: formatters.fileSize(file.size) })}</span>
          <button type="button" class="button link" part="remove-file" @click=${view.removeFile}>
            ${format(words.removeFile, { name: file.name })}</button>
        </span>`
      : nothing}
    ${errorFor(view, 'attachment')}
  </div>`;
}

export function renderAssignedTo(view: FieldsView): TemplateResult {
  const { words } = view;
  return html`<div class="field" part="field assigned-to">
    <label for="assignedTo">${words.assignedTo}</label>
    <input id="assignedTo" class="input" part="input" readonly .value=${view.userName} aria-describedby="assignedTo-hint" />
    <span class="hint" id="assignedTo-hint">${words.assignedToHint}</span>
  </div>`;
}

/** Every field the kind of entry has: a note is its text alone. */
export function renderFields(view: FieldsView): TemplateResult {
  const note = view.draft.kind === 'note';
  return html`${renderKind(view)}
    ${note ? nothing : html`<p class="intro">${view.words.intro}</p>${renderOccurredAt(view)}${renderSettings(view)}`}
    ${renderText(view)}
    ${note ? nothing : html`${renderAttachment(view)}${renderAssignedTo(view)}`}`;
}
