import type { ContactInput } from '../../domain/index.js';
import type { ContactCsvRow, CsvFileProblem, RowRepeat } from '../../domain/csv/index.js';
import { CONTACT_CSV_COLUMNS } from '../../domain/csv/columns.js';
import type { PackedContacts } from './existing-contacts.js';

/**
 * What the page sends the Import Contact worker: the file to read, and the
 * contacts a row must not repeat; then, once the file is read, the rows whose
 * cells it wants after all (rows the adapter refused).
 */
export type CsvWorkerRequest =
  | { type: 'read'; file: Blob; existing: PackedContacts }
  | { type: 'cells'; rowNumbers: number[] };

/**
 * A row as the page receives it. The page needs a row's cells only for the
 * error file, so from the worker only a failed row brings them, as one string
 * joined by NUL (which no accepted file contains); a row with a contact comes
 * without, and the few the adapter refuses are asked for at the end. Sending
 * every row's cells was a third of what crossed from the worker, and joining,
 * copying and receiving them cost a quarter of a second over 100,000 rows.
 * Read on the page itself (no worker), a row keeps its cells as an array.
 */
export type WireCsvRow = {
  rowNumber: number;
  input?: ContactInput;
  errors: string[];
  raw?: string[] | string;
  /** The earlier rows it repeats if they are stored: see `ContactCsvRow.repeats`. */
  repeats?: RowRepeat[];
};

/**
 * A batch of rows as it travels. As JSON objects, every row repeated every
 * field name, and building that JSON and parsing it again was a large part of
 * a 100,000-row import; the contacts' values alone, in a known order, cost the
 * worker about the same to write and the page about a third less to read.
 */
export type PackedRows = {
  rowNumbers: number[];
  /** A failed row's problems in its place; 0 where the row was read and its contact is in `values`. */
  errors: (string[] | 0)[];
  /**
   * The contacts of the rows read, one after another, as one flat array: for
   * each, how many values it has, then each value after the number of its
   * place in `slotsFor(customNames)`, in the order reading put them in the
   * contact. A row fills about a third of the places, so the page reads a
   * dozen values a row rather than every place. Cloned as it is, each value
   * arrives a compact string of its own. As one JSON text, the text (twice the
   * size once one character needed two bytes) was built, copied and parsed
   * besides, about 4% of the page's and the worker's CPU in an import; as one
   * text split on the page, every piece kept its post's whole text alive.
   */
  values: (string | number | boolean)[];
  /**
   * The values of the fields whose values repeat from row to row (type,
   * level, language, company, job title, department, group, city, state,
   * country), each once: `values` gives their places here. Each arrives once
   * for the batch, and the contacts holding it share it, where a string for
   * each of 100,000 rows was copied across, received and kept.
   */
  texts: string[];
  /** The custom attributes the contacts hold: places after the fields' in `values`. */
  customNames: string[];
  /** A failed row's cells joined by NUL; 0 for a row with a contact. */
  cells: (string | 0)[];
  /** A row's `repeats`; 0 for a row with none (nearly every row). */
  repeats: (RowRepeat[] | 0)[];
};

/** What the worker sends back, in this order: ready, then progress and rows, then done (then cells when asked), refused or failed. */
export type CsvWorkerReply =
  | { type: 'ready' }
  | { type: 'progress'; fraction: number }
  | ({ type: 'rows' } & PackedRows)
  | { type: 'done'; header: string[]; delimiter: string }
  /** The cells of the rows asked for, in the order asked (an empty list for a number that is no record). */
  | { type: 'cells'; cells: string[][] }
  | { type: 'refused'; code: CsvFileProblem; message: string }
  | { type: 'failed'; message: string };

/**
 * Where one value of a read contact lives: a field, or a key of a group. A
 * phone keeps it as its number; a shared value is one of `PackedRows.texts`.
 */
type Slot = { group?: string; key: string; kind: 'value' | 'phone' | 'shared' };

/** Fields whose values repeat from row to row: a few types and countries, a company's many contacts. */
const SHARED_FIELDS = new Set(['type', 'level', 'language', 'company', 'jobTitle', 'department', 'group', 'address.city', 'address.state', 'address.country']);

/** Every field a file's column can fill, in the columns' order: what reading a row can put in a contact. */
const FIELD_SLOTS: readonly Slot[] = CONTACT_CSV_COLUMNS.map(({ field }): Slot => {
  const [group, key] = field.split('.') as [string, string | undefined];
  const kind = SHARED_FIELDS.has(field) ? 'shared' : group === 'phones' ? 'phone' : 'value';
  return key === undefined ? { key: group, kind } : { group, key, kind };
});

function slotsFor(customNames: readonly string[]): Slot[] {
  return [...FIELD_SLOTS, ...customNames.map((key): Slot => ({ group: 'customAttributes', key, kind: 'value' }))];
}

/** Where each field's value goes in `FIELD_SLOTS`: by its key, or by its group's then its own. */
const FIELD_PLACES = new Map<string, number | Map<string, number>>();
FIELD_SLOTS.forEach(({ group, key }, place) => {
  if (group === undefined) return void FIELD_PLACES.set(key, place);
  let places = FIELD_PLACES.get(group);
  if (!(places instanceof Map)) FIELD_PLACES.set(group, (places = new Map()));
  places.set(key, place);
});

/** The worker's side: a batch of read rows as they travel. */
export function packRows(rows: readonly ContactCsvRow[]): PackedRows {
  const customPlaces = new Map<string, number>();
  for (const { input } of rows) {
    for (const name in input?.customAttributes) if (!customPlaces.has(name)) customPlaces.set(name, FIELD_SLOTS.length + customPlaces.size);
  }
  const texts: string[] = [];
  const textPlaces = new Map<string, number>();
  /** A value as it travels in `place`: a shared one as its place in `texts`. */
  const travelling = (place: number, value: string | boolean) => {
    if (FIELD_SLOTS[place]?.kind !== 'shared' || typeof value !== 'string') return value;
    let at = textPlaces.get(value);
    if (at === undefined) textPlaces.set(value, (at = texts.push(value) - 1));
    return at;
  };
  const values: PackedRows['values'] = [];
  for (const { input } of rows) {
    if (!input) continue;
    const countAt = values.push(0) - 1;
    const fields = input as Record<string, unknown>;
    for (const field in fields) {
      const value = fields[field];
      const places = field === 'customAttributes' ? customPlaces : FIELD_PLACES.get(field);
      if (typeof places === 'number') values.push(places, travelling(places, value as string | boolean));
      else if (places !== undefined) {
        const group = value as Record<string, string | { number: string }>;
        for (const key in group) {
          const member = group[key]!;
          const place = placeIn(places, field, key);
          values.push(place, typeof member === 'string' ? travelling(place, member) : member.number);
        }
      } else throw new Error(`A read contact has no field "${field}"`);
    }
    values[countAt] = (values.length - countAt - 1) / 2;
  }
  return {
    rowNumbers: rows.map((row) => row.rowNumber),
    errors: rows.map((row) => (row.input ? 0 : row.errors)),
    values,
    texts,
    customNames: [...customPlaces.keys()],
    cells: rows.map((row) => (row.input ? 0 : row.raw.join('\0'))),
    repeats: rows.map((row) => row.repeats ?? 0),
  };
}

function placeIn(places: Map<string, number>, group: string, key: string): number {
  const place = places.get(key);
  if (place === undefined) throw new Error(`A read contact has no field "${group}.${key}"`);
  return place;
}

/** The page's side: the rows of a batch, each contact rebuilt as reading the row built it. */
export function rowsOf(packed: PackedRows): WireCsvRow[] {
  const slots = slotsFor(packed.customNames);
  const values = packed.values;
  let at = 0;
  return packed.rowNumbers.map((rowNumber, index): WireCsvRow => {
    const errors = packed.errors[index]!;
    if (errors !== 0) return { rowNumber, errors, raw: packed.cells[index] || '' };
    const input: Record<string, unknown> = {};
    for (let count = values[at++] as number; count > 0; count -= 1) {
      const slot = slots[values[at++] as number]!;
      const value = values[at++]!;
      const holder = slot.group === undefined ? input : ((input[slot.group] as Record<string, unknown> | undefined) ??= {});
      holder[slot.key] = slot.kind === 'phone' ? { number: value } : typeof value === 'number' ? packed.texts[value] : value;
    }
    const repeats = packed.repeats[index];
    return repeats ? { rowNumber, input: input as ContactInput, errors: [], repeats } : { rowNumber, input: input as ContactInput, errors: [] };
  });
}

/** A row's cells, whichever way they travelled; undefined when they stayed with the worker. */
export function cellsOf(row: WireCsvRow): string[] | undefined {
  return typeof row.raw === 'string' ? row.raw.split('\0') : row.raw;
}
