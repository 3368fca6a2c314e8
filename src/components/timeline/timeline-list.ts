import { html, render } from 'lit';
import { state } from 'lit/decorators.js';
import { RapportElement } from '../shared/rapport-element.js';
import { averageHeight, FIRST_ROWS, nextSlice, type Anchor, type Placed, type Slice } from './row-window.js';
import type { TimelineRow } from './timeline-rows.js';

/** Runs once the next frame has been painted and the browser is idle (soon after, at the latest). */
const afterPaint = (run: () => void) =>
  requestAnimationFrame(() => ('requestIdleCallback' in self ? requestIdleCallback(run, { timeout: 50 }) : setTimeout(run)));

/**
 * The scrolling list under rp-timeline: mounts the rows around the view (a
 * slice of those held), stands in for the rest with spacers of their estimated
 * height, and keeps the entry in view where it is while rows come and go.
 * Plain flow layout: nothing is measured before the first paint.
 */
export abstract class TimelineList extends RapportElement {
  @state() protected rows: TimelineRow[] = [];
  /** The rows in the DOM; the rest are spacers of their estimated height. */
  @state() protected slice: Slice = { from: 0, to: 0 };

  /** Each mounted row's own box, by key, rendered apart so a row keeps its DOM (and focus) while the slice moves. */
  private boxes = new Map<string, HTMLElement>();
  private boxesIn?: HTMLElement;
  /** Estimated height of a row not in the DOM, from the average of those measured. */
  private rowHeight = 100;
  /** Run once after the next render: puts the view back where it belongs. */
  private place?: () => void;
  private fillQueued = false;
  /** Where the view was when last settled: at the end, or an entry at some offset. A resize puts it back there. */
  private kept: Anchor | 'end' = 'end';
  private observed?: Element;
  private readonly resizes = new ResizeObserver(() => {
    const kept = this.kept;
    if (kept === 'end') this.toEnd();
    else this.restore(kept);
    this.queueFill(true);
  });

  /** Every row held, or undefined while nothing is loaded. */
  protected abstract buildRows(): TimelineRow[] | undefined;
  /** Renders one row; asked once per pass over the mounted rows. */
  protected abstract rowRenderer(): (row: TimelineRow) => unknown;
  /** Which rows are in view, after each settled scroll or change. */
  protected abstract inView(first: number, last: number): void;

  protected get list(): HTMLElement | null {
    return this.renderRoot.querySelector('.list');
  }

  /** The scroller; the element renders it where it belongs, and the rows go in it. */
  protected renderScroller(label: string) {
    return html`<div class="list" part="list" role="list" aria-label=${label} tabindex="0"
      @scroll=${() => this.queueFill(true)}></div>`;
  }

  protected override updated(): void {
    const list = this.list;
    if (!list) return;
    this.renderRows(list);
    if (list !== this.observed) this.resizes.observe((this.observed = list));
    const { from, to } = this.slice;
    list.style.setProperty('--above', `${from * this.rowHeight}px`);
    list.style.setProperty('--below', `${(this.rows.length - to) * this.rowHeight}px`);
    // Content that changed while the view was at the end (a new entry, attachments arriving) keeps it there.
    const place = this.place ?? (this.kept === 'end' ? () => this.toEnd() : undefined);
    this.place = undefined;
    place?.();
    this.queueFill(false);
  }

  /** Puts the slice's rows in the list, in order, moving none that stay (moving one would drop its focus). */
  private renderRows(list: HTMLElement): void {
    if (this.boxesIn !== list) this.boxes = new Map();
    this.boxesIn = list;
    const rows = this.rows.slice(this.slice.from, this.slice.to);
    const keys = new Set(rows.map((row) => row.key));
    for (const [key, box] of this.boxes) if (!keys.has(key)) box.remove();
    const renderRow = this.rowRenderer();
    const boxes = new Map<string, HTMLElement>();
    let next = list.firstElementChild;
    for (const row of rows) {
      const box = this.boxes.get(row.key) ?? document.createElement('div');
      render(renderRow(row), box, { host: this });
      boxes.set(row.key, box);
      if (box === next) next = box.nextElementSibling;
      else list.insertBefore(box, next);
    }
    this.boxes = boxes;
  }

  /** Mounts the newest rows only (about a view's worth, for a quick first paint) and shows the end. */
  protected showNewest(): void {
    const rows = this.buildRows();
    if (!rows) return;
    this.rows = rows;
    this.slice = { from: Math.max(0, rows.length - FIRST_ROWS), to: rows.length };
    this.place = () => this.toEnd();
    this.kept = 'end';
  }

  private toEnd(): void {
    const list = this.list;
    if (list) list.scrollTop = list.scrollHeight;
  }

  /** The mounted rows' boxes in the list's content, in order. */
  private placed(list: HTMLElement): Placed[] {
    const { from } = this.slice;
    return [...list.children].map((element, offset) => {
      const row = element as HTMLElement;
      return { index: from + offset, top: row.offsetTop, bottom: row.offsetTop + row.offsetHeight };
    });
  }

  /** The first entry in view and how far below the top of the view it is. */
  private anchor(): Anchor | undefined {
    const list = this.list;
    if (!list) return undefined;
    const placed = this.placed(list).filter((row) => row.bottom > list.scrollTop);
    const row = placed.find((candidate) => this.rows[candidate.index]?.kind === 'entry') ?? placed[0];
    const key = row && this.rows[row.index]?.key;
    return key === undefined ? undefined : { key, offset: row.top - list.scrollTop };
  }

  private restore(anchor: Anchor): void {
    const list = this.list;
    const index = this.rows.findIndex((row) => row.key === anchor.key) - this.slice.from;
    const element = list?.children[index] as HTMLElement | undefined;
    if (list && element) list.scrollTop = element.offsetTop - anchor.offset;
  }

  /** Rebuilds the rows from the history, keeping the entry at the top of the view where it is. */
  protected refresh(toEnd = false): void {
    const rows = this.buildRows();
    if (!rows) return;
    const anchor = this.anchor();
    const before = this.rows;
    const { from, to } = this.slice;
    this.rows = rows;
    const was = anchor ? before.findIndex((row) => row.key === anchor.key) : -1;
    const now = anchor ? rows.findIndex((row) => row.key === anchor.key) : -1;
    if (now < 0) {
      if (!anchor || toEnd) return this.showNewest();
      this.slice = { from: Math.min(from, rows.length), to: Math.min(to, rows.length) };
      return;
    }
    this.slice = { from: Math.max(0, now - (was - from)), to: toEnd ? rows.length : Math.min(rows.length, now + (to - was)) };
    this.place = toEnd ? () => this.toEnd() : () => this.restore(anchor!);
  }

  protected queueFill(now: boolean): void {
    if (this.fillQueued) return;
    this.fillQueued = true;
    // After a render, wait for its paint: the first frame shows only what fills the view.
    if (now) requestAnimationFrame(this.fill);
    else afterPaint(this.fill);
  }

  /** Mounts the rows around the view and drops the rest; tells the element which rows are in view. */
  private fill = (): void => {
    this.fillQueued = false;
    const list = this.list;
    // A hidden list (display: none, a collapsed column) has nothing in view to fill around.
    if (!list || !this.isConnected || !list.clientHeight || this.rows.length === 0) return;
    if (this.isUpdatePending) return this.queueFill(false);
    const placed = this.placed(list);
    this.rowHeight = averageHeight(placed, this.rowHeight);
    const top = list.scrollTop;
    const view = { top, bottom: top + list.clientHeight, height: list.clientHeight };
    this.kept = list.scrollHeight - view.bottom < 2 ? 'end' : this.anchor() ?? 'end';
    const next = nextSlice(this.slice, placed, view, this.rows.length, this.rowHeight);
    if (next) {
      const anchor = next.jumpTo === undefined ? this.anchor() : { key: this.rows[next.jumpTo].key, offset: 0 };
      this.slice = { from: next.from, to: next.to };
      if (anchor) this.place = () => this.restore(anchor);
      return;
    }
    const visible = placed.filter((row) => row.bottom > view.top && row.top < view.bottom);
    const first = visible[0]?.index ?? 0;
    const last = visible.at(-1)?.index ?? 0;
    this.inView(first, last);
  };
}
