import type { Contact, ContactInput, Staff } from '../../domain/index.js';
import type { ImportResult } from '../adapter.js';
import { plainError, RapportError, validationFailure } from '../errors.js';
import { checkNewContact, invalid, type PreparedContact } from '../rules/index.js';
import { insertContacts } from './contacts.js';
import type { IdbDatabase } from './database.js';
import { toRapportError } from './failures.js';

/** Rows written per transaction: big enough that commits are rare, small enough that a failure loses one batch's work. */
export const IMPORT_BATCH = 5000;

type Checked = { index: number; prepared: PreparedContact }[];

/**
 * Checks the rows and writes the good ones in transactions of `IMPORT_BATCH`
 * rows. A bad row is reported in its place and never stops the others. Each
 * batch is checked while the one before it is being written, so the checks
 * cost no time of their own. If a batch cannot be written (a full disk), its
 * rows and every row after it are reported as not saved: nothing unsaved is
 * ever reported saved.
 */
export async function importContacts(db: IdbDatabase, user: Staff, inputs: ContactInput[]): Promise<ImportResult> {
  if (!Array.isArray(inputs)) invalid('(input)', 'Import takes a list of contacts');
  const { staff } = await db.settings();
  const results: ImportResult['results'] = new Array(inputs.length);
  const check = (start: number): Checked => {
    const checked: Checked = [];
    for (let index = start; index < Math.min(start + IMPORT_BATCH, inputs.length); index += 1) {
      try {
        const contact = checkNewContact(staff, user, inputs[index]!);
        if (contact.ok) checked.push({ index, prepared: contact.value });
        else results[index] = { ok: false, error: validationFailure(contact.issues) };
      } catch (error) {
        if (!(error instanceof RapportError)) throw error;
        results[index] = { ok: false, error: plainError(error) };
      }
    }
    return checked;
  };
  let batch = check(0);
  for (let start = 0; start < inputs.length; start += IMPORT_BATCH) {
    let issued!: () => void;
    const written = new Promise<void>((resolve) => (issued = resolve));
    const saving = db.run('readwrite', user, async (ctx) => {
      const saved = await insertContacts(ctx, batch.map(({ prepared }) => prepared), ctx.nowIso());
      issued();
      return saved;
    });
    saving.catch(() => issued());
    // Check the next rows while the browser writes this batch.
    await written;
    const next = start + IMPORT_BATCH < inputs.length ? check(start + IMPORT_BATCH) : [];
    let saved: Contact[];
    try {
      saved = await saving;
    } catch (error) {
      const failure = plainError(toRapportError(error));
      const unsaved = [...batch, ...next];
      for (let rest = start + 2 * IMPORT_BATCH; rest < inputs.length; rest += IMPORT_BATCH) unsaved.push(...check(rest));
      for (const { index } of unsaved) results[index] = { ok: false, error: failure };
      break;
    }
    batch.forEach(({ index }, at) => (results[index] = { ok: true, contact: saved[at]! }));
    batch = next;
  }
  return { results };
}
