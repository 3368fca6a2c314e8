/** One page of a listing; `nextCursor` is absent on the last page. */
export type Page<T> = { items: T[]; nextCursor?: string };
