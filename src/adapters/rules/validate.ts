import type * as z from 'zod/mini';
import { validate, type FieldIssue, type Staff } from '../../domain/index.js';
import { RapportError } from '../errors.js';

/**
 * Parses adapter input with a domain schema, or throws a `validation`
 * RapportError naming every bad field. `prefix` names where the input sits in a
 * larger call (e.g. `contacts.3` for one row of seed data).
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = validate(schema, input);
  if (result.ok) return result.value;
  throw RapportError.validation(prefix ? result.issues.map((issue) => withPrefix(issue, prefix)) : result.issues);
}

export function withPrefix(issue: FieldIssue, prefix: string): FieldIssue {
  return { field: issue.field === '(input)' ? prefix : `${prefix}.${issue.field}`, message: issue.message };
}

/** Throws a `validation` error for one field. */
export function invalid(field: string, message: string): never {
  throw RapportError.validation([{ field, message }]);
}

/** A whole number within bounds, or the default when absent; names the field when wrong. */
export function checkLimit(value: unknown, field: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    invalid(field, `Must be a whole number from 1 to ${max}`);
  }
  return value;
}

/** A version the caller read the record at: a positive whole number. */
export function checkVersion(options: { version?: unknown } | undefined): number {
  const version = options?.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    invalid('version', 'The version you last read is required (a positive whole number)');
  }
  return version;
}

export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || value === '') invalid(field, 'Must be an id');
  return value;
}

/** The staff member `id` names; throws `validation` on `field` when there is none. */
export function staffMember(staff: ReadonlyMap<string, Staff>, id: string, field: string): Staff {
  const person = staff.get(id);
  if (!person) throw RapportError.validation([{ field, message: `No staff member has the id ${id}` }]);
  return person;
}
