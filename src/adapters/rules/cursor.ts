import { invalid } from './validate.js';

/**
 * Cursors are opaque to callers: the position after the last item of a page,
 * as base64url JSON, so a list can resume there even after inserts.
 */
export function encodeCursor(position: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(position));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Reads a cursor back; `isPosition` checks its shape. Throws `validation` on the named field when it is not one of ours. */
export function decodeCursor<T>(cursor: string, isPosition: (value: unknown) => value is T, field = 'cursor'): T {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const value: unknown = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0))));
    if (isPosition(value)) return value;
  } catch {
    // Falls through to the validation error below: a garbled cursor is the caller's input problem.
  }
  return invalid(field, 'Is not a cursor this list gave out');
}

/** Orders two items of a list sorted by one key, ties broken by id: negative, zero or positive. */
export function compareKeys(aKey: string | number, aId: string, bKey: string | number, bId: string): number {
  if (aKey < bKey) return -1;
  if (aKey > bKey) return 1;
  return aId < bId ? -1 : aId > bId ? 1 : 0;
}

/** A position in a list sorted by one key, ties broken by id. */
export type KeyPosition = { k: string | number; id: string };

export function isKeyPosition(value: unknown): value is KeyPosition {
  if (!value || typeof value !== 'object') return false;
  const { k, id } = value as Record<string, unknown>;
  return (typeof k === 'string' || typeof k === 'number') && typeof id === 'string';
}
