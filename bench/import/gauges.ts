// In Chromium: the three figures the issue gives "for scale" on its reference
// machine, measured here on the same 100,000-row text, so an import's time can
// be read against the machine's speed at the hour it ran (shared machines swing
// by half and more): papaparse alone parses the rows in about 0.35 s, zod
// validates them in about 0.33 s, libphonenumber checks their phones in about 0.6 s.
import Papa from 'papaparse';
import * as z from 'zod/mini';
import { parsePhoneNumberFromString as parseWithMin } from 'libphonenumber-js/min';
import { parsePhoneNumberFromString as parseWithMax } from 'libphonenumber-js/max';
import { makeContactsCsv } from '../fixtures/contacts-csv.js';
import { parseContactsCsv } from '../../src/domain/csv/index.js';
import { ContactInputSchema } from '../../src/domain/index.js';

const PHONE_COLUMNS = ['Mobile', 'Work Phone', 'Home Phone', 'Other Phone'];

/** Median of three timed runs of `work`, in ms. */
function median3(work: () => void): number {
  const times = [0, 1, 2].map(() => {
    const began = performance.now();
    work();
    return performance.now() - began;
  });
  return Math.round(times.sort((a, b) => a - b)[1]!);
}

(async () => {
  try {
    const text = makeContactsCsv(100_000);
    const records = Papa.parse<string[]>(text, { delimiter: ',' }).data;
    const header = records[0]!;
    const rows = records.slice(1).filter((row) => row.length === header.length);
    const phoneAt = PHONE_COLUMNS.map((column) => header.indexOf(column));
    const phones = rows.flatMap((row) => phoneAt.map((at) => row[at]!).filter((cell) => cell.trim() !== ''));
    // The contacts as the importer reads them, before any check: what zod is asked to validate.
    const { rows: read } = await parseContactsCsv(text, { checkContacts: false });
    const inputs = read.flatMap((row) => (row.input ? [row.input] : []));
    let valid = 0;
    const result = {
      rows: rows.length,
      papaparseMs: median3(() => Papa.parse(text, { delimiter: ',' })),
      papaparseHeaderMs: median3(() => Papa.parse(text, { header: true })),
      contacts: inputs.length,
      zodMs: median3(() => {
        valid = 0;
        for (const input of inputs) if (z.safeParse(ContactInputSchema, input).success) valid += 1;
      }),
      zodValid: valid,
      phones: phones.length,
      phonesMinMs: median3(() => phones.forEach((phone) => parseWithMin(phone)?.isValid())),
      phonesMaxMs: median3(() => phones.forEach((phone) => parseWithMax(phone)?.isValid())),
    };
    (window as unknown as { benchResult: unknown }).benchResult = result;
  } catch (error) {
    (window as unknown as { benchError: string }).benchError = String((error as Error).stack ?? error);
  }
})();
