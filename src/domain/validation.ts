import * as z from 'zod/mini';
import { parseFast } from './fast-parse.js';

/** One problem with one field, e.g. `{ field: 'phones.mobile.number', message: 'Must start with "+"…' }`. */
export type FieldIssue = { field: string; message: string };

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/**
 * Checks `input` against `schema` and gives either the parsed value (defaults
 * filled, strings trimmed) or every problem, each named by its field's dotted path.
 */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown): Validated<z.output<S>> {
  // Input that is already right takes the compiled road; zod parses the rest and words the issues.
  const fast = parseFast(schema, input);
  if (fast) return { ok: true, value: fast.value };
  const result = safeParse(schema, input);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, issues: result.error.issues.map(toFieldIssue) };
}

/**
 * zod's `safeParse` with its plain error class: `z.safeParse` makes the error
 * of a failed parse an Error, whose stack is captured, and an import refuses
 * thousands of rows. The issues are the same.
 */
const safeParse = z.core._safeParse(z.core.$ZodError);

function toFieldIssue(issue: z.core.$ZodIssue): FieldIssue {
  const field = issue.path.map(String).join('.') || '(input)';
  if (issue.code === 'unrecognized_keys') {
    return { field, message: `Unknown field(s): ${issue.keys.join(', ')}` };
  }
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return { field, message: /required/.test(issue.message) ? issue.message : 'Is required' };
  }
  return { field, message: issue.message };
}

/** Groups issues by field, for showing each next to its input. */
export function issuesByField(issues: readonly FieldIssue[]): Map<string, string> {
  const byField = new Map<string, string>();
  for (const issue of issues) if (!byField.has(issue.field)) byField.set(issue.field, issue.message);
  return byField;
}
