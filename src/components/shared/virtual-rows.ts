import { nothing } from 'lit';

/*
 * keyFunction and renderItem for <lit-virtualizer> that survive a list shrinking under it.
 * @lit-labs/virtualizer 2.1 can render the range it measured for the previous items after
 * the items were replaced by fewer (lit/lit#4833): a search narrowing 50 rows to one, typed
 * while the first page was still being laid out, asked for rows 1–49 of a one-row list.
 * Such a position holds undefined: it gets a key of its own and renders nothing, and the
 * virtualizer's next range, measured on the new items, is right.
 */

/** Keys a row by its id; a position past the end of the items by its index. */
export const keyById = (item: { id: string } | undefined, index: number): unknown => item?.id ?? index;

/** Wraps a row renderer so a position past the end of the items renders nothing. */
export function renderPresent<T>(render: (item: T, index: number) => unknown) {
  return (item: T | undefined, index: number): unknown => (item === undefined ? nothing : render(item, index));
}
