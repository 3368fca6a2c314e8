import { RapportError } from '../errors.js';
import { describe } from './open.js';

const STORAGE_FULL =
  "The browser's storage for this site is full, so this change was not saved; free some space (for example by removing old data) and try again";

/**
 * Any failure of a transaction as a RapportError: ours pass through, a full
 * disk says so, anything else the browser reports is `unavailable` with its
 * reason. Whatever it was, the transaction did not commit.
 */
export function toRapportError(error: unknown, transactionError?: DOMException | null): RapportError {
  if (error instanceof RapportError) return error;
  if (isQuota(error) || isQuota(transactionError)) return RapportError.unavailable(STORAGE_FULL, error);
  return RapportError.unavailable(`The browser could not save or read this data, and nothing was changed: ${describe(error)}`, error);
}

function isQuota(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'QuotaExceededError';
}
