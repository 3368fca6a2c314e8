import type { FieldIssue } from '../domain/validation.js';
import type { RapportErrorLike } from './adapter.js';

export const ERROR_CODES = ['validation', 'not-found', 'conflict', 'permission', 'unavailable'] as const;
export type RapportErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every failure an adapter reports. `code` says what kind of failure it is, so
 * an element can say what to do next; `issues` names each bad field of a
 * `validation` failure; `current` carries the stored record of a `conflict`.
 */
export class RapportError extends Error {
  override readonly name = 'RapportError';

  constructor(
    readonly code: RapportErrorCode,
    message: string,
    readonly details: { issues?: FieldIssue[]; current?: unknown; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
  }

  get issues(): FieldIssue[] {
    return this.details.issues ?? [];
  }

  static validation(issues: FieldIssue[], message?: string): RapportError {
    return new RapportError('validation', message ?? issuesSummary(issues), { issues });
  }

  static notFound(what: string, id: string): RapportError {
    return new RapportError('not-found', `${what} ${id} was not found`);
  }

  static permission(message: string): RapportError {
    return new RapportError('permission', message);
  }

  static conflict(message: string, current?: unknown): RapportError {
    return new RapportError('conflict', message, { current });
  }

  static unavailable(message: string, cause?: unknown): RapportError {
    return new RapportError('unavailable', message, { cause });
  }
}

/** A RapportError as plain data: how an import reports a refused row in its place. */
export function plainError(error: RapportError): RapportErrorLike {
  return { code: error.code, message: error.message, issues: error.issues };
}

/**
 * A `validation` failure as plain data, worded as `RapportError.validation`
 * words it: how an import reports a refused row without building an Error.
 */
export function validationFailure(issues: FieldIssue[]): RapportErrorLike {
  return { code: 'validation', message: issuesSummary(issues), issues };
}

function issuesSummary(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
}

export function isRapportError(error: unknown, code?: RapportErrorCode): error is RapportError {
  return error instanceof RapportError && (code === undefined || error.code === code);
}
