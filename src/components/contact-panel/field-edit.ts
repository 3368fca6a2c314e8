import { html, nothing } from 'lit';
import { isRapportError } from '../../adapters/errors.js';
import type { Contact, ContactPatch } from '../../domain/index.js';
import { format, type Strings } from '../../i18n/strings.js';

/** Saves a patch on top of the version the edit started from; the panel wires it to the adapter. */
export type SaveContact = (patch: ContactPatch, version: number) => Promise<Contact>;

/**
 * One edit in progress: what the person typed, the contact it started from, and
 * — after a refusal — the problem or the newer contact someone else saved.
 */
export type FieldEdit = {
  key: string;
  draft: string;
  /** A custom attribute's name, when adding one. */
  name?: string;
  base: Contact;
  error?: string;
  conflict?: Contact;
  busy?: boolean;
};

/** The contact an edit applies to now: the newer one after a conflict, so "Apply my change" can succeed. */
export function baseOf(edit: FieldEdit): Contact {
  return edit.conflict ?? edit.base;
}

/**
 * Runs one save: the edit ends on success; on a conflict it keeps the person's
 * text and records the contact that is current now; any other refusal becomes
 * words beside the field, again keeping the text.
 */
export async function runSave(
  edit: FieldEdit, patch: ContactPatch, save: SaveContact, describe: (error: unknown) => string,
): Promise<FieldEdit | undefined> {
  try {
    await save(patch, baseOf(edit).version);
    return undefined;
  } catch (error) {
    if (isRapportError(error, 'conflict') && error.details.current) {
      return { ...edit, busy: false, error: undefined, conflict: error.details.current as Contact };
    }
    return { ...edit, busy: false, error: describe(error) };
  }
}

/** The box shown after a conflict: the value now stored, and the choice to apply the person's edit again. */
export function renderConflict(
  edit: FieldEdit, current: string, words: Strings['contactPanel'],
  actions: { apply: () => void; keep: () => void },
) {
  if (!edit.conflict) return nothing;
  return html`<div class="conflict" part="conflict" role="alert">
    <strong>${words.conflictTitle}</strong>
    <span class="current-value">${format(words.currentValue, { value: current || words.notSet })}</span>
    <span class="your-value">${format(words.yourValue, { value: edit.draft || words.notSet })}</span>
    <span class="actions">
      <button type="button" class="button primary" ?disabled=${edit.busy} @click=${actions.apply}>${words.applyMine}</button>
      <button type="button" class="button" @click=${actions.keep}>${words.keepCurrent}</button>
    </span>
  </div>`;
}
