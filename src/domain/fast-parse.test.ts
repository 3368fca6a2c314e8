import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { demoData } from '../adapters/memory/demo-data.js';
import { seededRandom } from '../adapters/memory/timing.js';
import { parseFast } from './fast-parse.js';
import {
  AccountSchema, ChangeLogEntrySchema, ContactInputSchema, ContactSchema, ConversationSchema, MessageSchema, NoteSchema,
  PageVisitSchema, StaffSchema, TemplateInputSchema, TemplateSchema,
} from './schemas/index.js';
import { validate } from './validation.js';

/** JSON that keeps key order and tells a key set to undefined from one left out. */
function exactly(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (item === undefined ? '(undefined)' : item));
}

/** The rule the fast path lives by: when it answers, it answers what zod answers. */
function expectSameAsZod(schema: z.ZodMiniType, input: unknown, label: string): 'fast' | 'declined' {
  const fast = parseFast(schema, input);
  if (!fast) return 'declined';
  const zod = z.safeParse(schema, input);
  expect(zod.success, `${label}: zod refuses what the fast path took`).to.equal(true);
  expect(exactly(fast.value), label).to.equal(exactly(zod.data));
  return 'fast';
}

/** Contact inputs mixing right, untidy and wrong values in every field. */
function contactInputs(count: number): unknown[] {
  const next = seededRandom(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const absent = Symbol('absent');
  // Per field: values zod takes (tidy or not), then values it refuses, picked one time in twenty.
  const fields: Record<string, [taken: readonly unknown[], refused: readonly unknown[]]> = {
    type: [[absent, 'lead', 'customer', 'other', undefined], ['Lead', '', 3]],
    level: [[absent, 'primary', 'tertiary', undefined], ['first']],
    // Lengths count code points: 100 emoji are 200 UTF-16 units and still fit a 100-character field.
    firstName: [[absent, 'Ana', '  Ana  ', '', undefined, '😀'.repeat(100)], ['x'.repeat(101), '😀'.repeat(101), null, 7]],
    lastName: [['Rossi', ' Rossi ', 'Müller', 'X', '😀', ' Li '], [absent, '   ', '', 'y'.repeat(101), undefined]],
    company: [[absent, 'Acme', '\tAcme\n', undefined], ['z'.repeat(201)]],
    birthDate: [[absent, '1980-12-14', '2000-02-29', undefined], ['1900-02-29', '2999-01-01', '14/12/1980']],
    language: [[absent, 'en', 'th', undefined], ['English']],
    phones: [[absent, {}, { mobile: { number: '+85212345678' } }, { mobile: undefined }, { fax: { number: '+85212345678' } },
      { mobile: { number: '+85212345678', textable: true }, home: { number: '+390212345678', landline: true, dnc: false } }],
    [{ work: { number: '12345' } }, { home: { number: '+390212345678', dnc: 'yes' } }, [], null]],
    emails: [[absent, {}, { primary: 'ana@example.com' }, { other: 'a@b.co', primary: undefined }], [{ primary: 'not an email' }]],
    address: [[absent, {}, { street: ' 1 Harbour Road ', country: 'HK' }, { city: 'Milano', extra: 1 }], [{ country: 'Hong Kong' }, { zip: '1'.repeat(21) }]],
    social: [[absent, {}, { linkedin: 'ana', twitter: '  @ana ' }], [{ facebook: 12 }]],
    vip: [[absent, true, false, undefined], ['true']],
    crmManaged: [[absent, {}, { lastName: { editable: false } }, { email: { editable: true, syncedAt: '2026-11-02T15:00:00Z' } }],
      [{ email: { editable: true, syncedAt: 'yesterday' } }, { email: {} }]],
    customAttributes: [[absent, {}, { ' Fleet size ': '12' }, { Plan: 'Gold', Region: 'North' },
      JSON.parse('{"__proto__": "kept out", "Tier": "2"}') as unknown, Object.assign(Object.create(null) as object, { Tier: '1' })],
    [{ '   ': 'x' }, { Note: 5 }]],
    sharedWith: [[absent, [], ['staff-1'], ['staff-1', 'staff-1', 'staff-2']], [[''], 'staff-1']],
    ownerId: [[absent, 'staff-1', undefined], ['']],
    unexpected: [[absent, 'dropped', { nested: true }], []],
  };
  const inputs: unknown[] = [];
  for (let index = 0; index < count; index += 1) {
    const input: Record<string, unknown> = {};
    for (const [key, [taken, refused]] of Object.entries(fields)) {
      const value = refused.length > 0 && next() < 0.05 ? pick(refused) : pick(taken);
      if (value !== absent) input[key] = value;
    }
    inputs.push(input);
  }
  return inputs;
}

describe('parseFast', () => {
  it('gives exactly what zod gives for 3,000 mixed contact inputs, and declines exactly what zod refuses', () => {
    let taken = 0;
    let refused = 0;
    contactInputs(3_000).forEach((input, index) => {
      const answer = expectSameAsZod(ContactInputSchema, input, `contact input ${index}: ${exactly(input)}`);
      const zodTakes = z.safeParse(ContactInputSchema, input).success;
      expect(answer === 'fast', `contact input ${index} is taken by zod but declined: ${exactly(input)}`).to.equal(zodTakes);
      if (zodTakes) taken += 1;
      else refused += 1;
    });
    // Both kinds are well represented, so the comparison means something either way.
    expect(taken).to.be.greaterThan(100);
    expect(refused).to.be.greaterThan(100);
  });

  it('takes every record of the demo data and matches zod on each', () => {
    const data = demoData();
    const sets: [z.ZodMiniType, readonly unknown[] | undefined, string][] = [
      [StaffSchema, data.staff, 'staff'], [AccountSchema, [data.account], 'account'], [ContactSchema, data.contacts, 'contacts'],
      [ConversationSchema, data.conversations, 'conversations'], [MessageSchema, data.messages, 'messages'],
      [TemplateSchema, data.templates, 'templates'], [NoteSchema, data.notes, 'notes'], [PageVisitSchema, data.pageVisits, 'pageVisits'],
      [ChangeLogEntrySchema, data.changeLog, 'changeLog'],
    ];
    let fast = 0;
    for (const [schema, records, name] of sets) {
      (records ?? []).forEach((record, index) => {
        if (expectSameAsZod(schema, record, `${name}.${index}`) === 'fast') fast += 1;
      });
    }
    expect(fast, 'records taken by the fast path').to.be.greaterThan(50);
  });

  it('hands back new objects, never the caller’s, with object defaults fresh each time', () => {
    const phones = { mobile: { number: '+85212345678' } };
    const input = { lastName: 'Rossi', phones, sharedWith: ['staff-1'] };
    const first = parseFast(ContactInputSchema, input)!.value;
    const second = parseFast(ContactInputSchema, { lastName: 'Lee' })!.value;
    const third = parseFast(ContactInputSchema, { lastName: 'Chen' })!.value;
    expect(first.phones).to.deep.equal(phones);
    expect(first.phones).not.to.equal(phones);
    expect(first.phones.mobile).not.to.equal(phones.mobile);
    expect(first.sharedWith).not.to.equal(input.sharedWith);
    expect(second.address).not.to.equal(third.address);
  });

  it('counts lengths as zod does, in code points, with checks spelt out or left to zod', () => {
    const schemas = [
      z.string().check(z.minLength(2)), z.string().check(z.maxLength(2)), z.string().check(z.trim(), z.minLength(2), z.maxLength(3)),
      z.string().check(z.regex(/^a+$/g)), z.string().check(z.refine((value) => value !== 'no')),
      // A length check with a `when` of its own is zod's to run.
      z.string().check(z.maxLength(1, { when: () => false } as never)),
    ];
    const inputs = ['', 'a', 'ab', 'aaa', 'aa', 'abcd', '😀', '😀😀', '😀😀😀', ' 😀😀 ', 'no', 7];
    const answers = schemas.map((schema) => inputs.map((input) => {
      const answer = expectSameAsZod(schema, input, `${exactly(input)}`);
      expect(answer === 'fast', `${exactly(input)} taken by zod`).to.equal(z.safeParse(schema, input).success);
      return answer;
    }));
    // A string of two code points in two to three UTF-16 units fits "at least 2"; one emoji (two units) does not.
    expect(answers[0]).to.deep.equal(['declined', 'declined', 'fast', 'fast', 'fast', 'fast', 'declined', 'fast', 'fast', 'fast', 'fast', 'declined']);
    // A global pattern is read from its start every time: "aa" right after "aaa" still matches.
    expect(answers[3]!.slice(0, 6)).to.deep.equal(['declined', 'fast', 'declined', 'fast', 'fast', 'declined']);
    expect(answers[5]![5], 'four letters, the check skipped').to.equal('fast');
  });

  it('matches zod at the edges of numbers, records, optionals over defaults and coercion', () => {
    const cases: [z.ZodMiniType, unknown[]][] = [
      [z.number(), [1, -0.5, Number.NaN, Number.POSITIVE_INFINITY, '1']],
      // A `constructor` key makes an object look like a class instance to zod: it refuses it as a record.
      [z.record(z.string(), z.unknown()), [{ a: 1 }, { constructor: () => undefined }, { constructor: class {} }, { constructor: 'text' }, new Date(0)]],
      [z.object({ value: z.optional(z._default(z.string(), 'x')) }), [{}, { value: undefined }, { value: 'y' }]],
      [z.coerce.number(), ['12', 12]],
    ];
    for (const [schema, inputs] of cases) {
      for (const input of inputs) {
        const answer = expectSameAsZod(schema, input, String(input));
        if (answer === 'fast') continue;
        // Declined: either zod refuses it too, or the schema is one the fast path leaves to zod.
        expect(validate(schema, input).ok, `validate() of ${String(input)}`).to.equal(z.safeParse(schema, input).success);
      }
    }
    expect(parseFast(z.number(), Number.NaN)).to.equal(undefined);
    expect(parseFast(z.record(z.string(), z.unknown()), { constructor: () => undefined })).to.equal(undefined);
    expect(parseFast(z.record(z.string(), z.unknown()), { a: 1 })).to.deep.equal({ value: { a: 1 } });
  });

  it('declines what it does not know, and validate() still answers through zod', () => {
    const union = z.union([z.string(), z.number()]);
    expect(parseFast(union, 'a')).to.equal(undefined);
    expect(validate(union, 4)).to.deep.equal({ ok: true, value: 4 });
    const withUnion = z.object({ name: z.string(), value: union });
    expect(parseFast(withUnion, { name: 'a', value: 1 })).to.equal(undefined);
    expect(validate(withUnion, { name: 'a', value: 1 })).to.deep.equal({ ok: true, value: { name: 'a', value: 1 } });
    // An async check is zod's too (its safeParse refuses it as async).
    expect(parseFast(z.string().check(z.refine(async () => true)), 'a')).to.equal(undefined);
  });

  it('leaves a schema that holds itself to zod', () => {
    const Node = z.object({
      name: z.string(),
      get children() {
        return z.optional(z.array(Node));
      },
    });
    const tree = { name: 'root', children: [{ name: 'leaf' }] };
    expect(parseFast(Node, tree)).to.equal(undefined);
    expect(validate(Node, tree)).to.deep.equal({ ok: true, value: tree });
  });

  it('still reports every issue in zod’s words when it declines', () => {
    const result = validate(ContactInputSchema, { lastName: ' ', emails: { primary: 'nope' } });
    expect(result).to.deep.equal({
      ok: false,
      issues: [
        { field: 'lastName', message: 'Last Name is required' },
        { field: 'emails.primary', message: 'Must be a valid email address (e.g. name@example.com)' },
      ],
    });
  });

  it('matches zod on template inputs: takes the right ones, trimmed, and declines the rest', () => {
    const taken = [
      { name: ' Welcome ', body: 'Hello {First Name}', messageType: 'email', scope: 'global', subject: ' Hi ' },
      { name: 'Short', body: 'Hi', messageType: 'text', scope: 'local', id: 't1' },
    ];
    const refused = [
      { name: '', body: 'Hi', messageType: 'text', scope: 'local' },
      { name: 'Bad', body: 'Hi', messageType: 'pigeon', scope: 'local' },
      { name: 'No body', body: '', messageType: 'text', scope: 'global' },
    ];
    for (const input of taken) expect(expectSameAsZod(TemplateInputSchema, input, exactly(input)), exactly(input)).to.equal('fast');
    for (const input of refused) {
      expect(expectSameAsZod(TemplateInputSchema, input, exactly(input)), exactly(input)).to.equal('declined');
      expect(z.safeParse(TemplateInputSchema, input).success, exactly(input)).to.equal(false);
    }
    expect(parseFast(TemplateInputSchema, taken[0])!.value).to.include({ name: 'Welcome', subject: 'Hi' });
  });
});
