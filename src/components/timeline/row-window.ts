/**
 * Which rows of the held history are in the DOM: a slice around what is on
 * screen. The rows above and below the slice are stood in for by padding of
 * their estimated height, so the scroll bar spans everything held and a person
 * can drag to either end. Plain flow layout inside the slice: no row is
 * positioned or measured before it is painted.
 */

/** Rows mounted beyond each edge of the view, so scrolling a little never shows a gap. */
export const AHEAD = 5;
/** Rows mounted for the first paint, at the newest end: about what fills a tall view. */
export const FIRST_ROWS = 10;

export type Slice = { from: number; to: number };

/** Where a row sits relative to the top of the view, to put it back there after the DOM changes. */
export type Anchor = { key: string; offset: number };

/** A mounted row's index among those held and its box within the list's content. */
export type Placed = { index: number; top: number; bottom: number };

/**
 * The slice to mount for a view spanning `top`…`bottom` (list content
 * coordinates), given the mounted rows' boxes; `undefined` keeps the current one.
 * When the view lies outside the mounted rows (the person dragged the scroll
 * bar), `jumpTo` names the row the estimate puts at the top of the view.
 */
export function nextSlice(
  current: Slice,
  placed: readonly Placed[],
  view: { top: number; bottom: number; height: number },
  total: number,
  rowHeight: number,
): (Slice & { jumpTo?: number }) | undefined {
  const visible = placed.filter((row) => row.bottom > view.top && row.top < view.bottom);
  if (visible.length === 0) {
    const jumpTo = Math.min(total - 1, Math.max(0, Math.floor(view.top / rowHeight)));
    const rows = Math.ceil(view.height / rowHeight);
    return { from: Math.max(0, jumpTo - AHEAD), to: Math.min(total, jumpTo + rows + AHEAD), jumpTo };
  }
  const from = Math.max(0, visible[0].index - AHEAD);
  const to = Math.min(total, visible[visible.length - 1].index + 1 + AHEAD);
  return from === current.from && to === current.to ? undefined : { from, to };
}

/** The average height of the mounted rows, the stand-in for those not mounted. */
export function averageHeight(placed: readonly Placed[], fallback: number): number {
  if (placed.length < 3) return fallback;
  const measured = (placed[placed.length - 1].bottom - placed[0].top) / placed.length;
  // Small changes are noise; following them would shift the padding, and the view, on every scroll.
  return Math.abs(measured - fallback) > fallback * 0.15 ? Math.round(measured) : fallback;
}
