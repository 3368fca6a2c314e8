import type { Contact, ContactInput, Staff } from '../../domain/index.js';
import type { ImportResult, RapportErrorLike } from '../adapter.js';
import { RapportError } from '../errors.js';
import { invalid } from '../rules/index.js';
import { insertContact, prepareContact, type PreparedContact } from './contacts.js';
import type { IdbDatabase } from './database.js';
import { toRapportError } from './failures.js';

/** Rows written per transaction: big enough that commits are rare, small enough that a failure loses one batch's work. */
export const IMPORT_BATCH = 1000;

/**
 * Checks every row first, then writes the good ones in transactions of
 * `IMPORT_BATCH` rows. A bad row is reported in its place and never stops the
 * others. If a batch cannot be written (a full disk), its rows and every row
 * after it are reported as not saved: nothing unsaved is ever reported saved.
 */
export async function importContacts(db: IdbDatabase, user: Staff, inputs: ContactInput[]): Promise<ImportResult> {
  if (!Array.isArray(inputs)) invalid('(input)', 'Import takes a list of contacts');
  const { staff } = await db.settings();
  const results: ImportResult['results'] = new Array(inputs.length);
  const valid: { index: number; prepared: PreparedContact }[] = [];
  inputs.forEach((input, index) => {
    try {
      valid.push({ index, prepared: prepareContact(staff, user, input) });
    } catch (error) {
      if (!(error instanceof RapportError)) throw error;
      results[index] = { ok: false, error: plain(error) };
    }
  });
  for (let start = 0; start < valid.length; start += IMPORT_BATCH) {
    const batch = valid.slice(start, start + IMPORT_BATCH);
    let saved: Contact[];
    try {
      saved = await db.run('readwrite', user, async (ctx) => {
        const at = ctx.nowIso();
        const inserted = [];
        for (const { prepared } of batch) {
          const row = await insertContact(ctx, prepared, at);
          // When a later row throws, the batch aborts; these writes then fail with it, and that is already reported.
          row.written.catch(() => undefined);
          inserted.push(row);
        }
        await Promise.all(inserted.map(({ written }) => written));
        return inserted.map(({ contact }) => contact);
      });
    } catch (error) {
      const failure = plain(toRapportError(error));
      for (const { index } of valid.slice(start)) results[index] = { ok: false, error: failure };
      break;
    }
    batch.forEach(({ index }, at) => (results[index] = { ok: true, contact: saved[at]! }));
  }
  return { results };
}

function plain(error: RapportError): RapportErrorLike {
  return { code: error.code, message: error.message, issues: error.issues };
}
