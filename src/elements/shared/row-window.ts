import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { repeat } from 'lit/directives/repeat.js';
import type { RefOrCallback } from 'lit/directives/ref.js';

/**
 * Sets an element's block size through the CSSOM (`element.style.blockSize`). Lit's `styleMap` writes the
 * `style` attribute as text on first render, which a strict `style-src 'self'` policy blocks (lit#4719);
 * CSSOM writes are always allowed.
 */
class BlockSizeDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('blockSize() belongs on an element');
  }

  render(_px: number) {
    return nothing;
  }

  override update(part: ElementPart, [px]: [number]) {
    const element = part.element as HTMLElement;
    const value = `${px}px`;
    if (element.style.blockSize !== value) element.style.blockSize = value;
    return nothing;
  }
}

const blockSize = directive(BlockSizeDirective);

/** Pixels in `rem` root ems, at the user's current font size. */
export function remToPx(rem: number): number {
  const root = typeof document === 'undefined' ? undefined : document.documentElement;
  const fontSize = root ? Number.parseFloat(getComputedStyle(root).fontSize) : Number.NaN;
  return rem * (Number.isFinite(fontSize) && fontSize > 0 ? fontSize : 16);
}

export interface RowWindowOptions {
  /**
   * Height of every row, in CSS pixels: a number, or a function asked at every layout (e.g.
   * `() => remToPx(6.25)` for rows sized in rem, so they grow with the user's font size — WCAG 1.4.4).
   * With `measureRows` it is only the first estimate.
   */
  rowHeight: number | (() => number);
  /**
   * Measure one rendered row instead of trusting `rowHeight`: the first row element (a direct child of
   * the scroller) is measured after each update and whenever its size changes (font size, zoom, width).
   * Rows must still all have the same height.
   */
  measureRows?: boolean;
  /** Rows rendered beyond each edge of the visible part. Default 6. */
  overscan?: number;
  /** After each scroll / resize / new rows: the index after the last visible row. */
  onRangeChange?: (lastVisible: number) => void;
}

/**
 * Renders only the rows near the visible part of a scrolling list whose rows all have the same height,
 * so a list of 10,000 tasks keeps a few dozen row elements in the DOM. (A general virtualizer measures
 * rows of any height; ours never vary, and this does the job in a fraction of the bytes.)
 *
 * Put `scrollerRef` and `onScroll` on the scrolling element and `rows(...)` directly inside it. The
 * spacers are sized through the CSSOM, so the list works under a strict style-src CSP.
 */
export class RowWindow implements ReactiveController {
  /** Index of the first and one past the last row rendered. */
  first = 0;
  end = 0;
  readonly #host: ReactiveControllerHost;
  readonly #rowHeightOption: number | (() => number);
  readonly #measureRows: boolean;
  readonly #overscan: number;
  readonly #onRangeChange: ((lastVisible: number) => void) | undefined;
  #scroller: HTMLElement | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #measuredRow: Element | undefined;
  #measuredHeight: number | undefined;
  #count = 0;
  #reportedCount = -1;
  #renderedHeight = 0;

  constructor(host: ReactiveControllerHost, options: RowWindowOptions) {
    this.#host = host;
    this.#rowHeightOption = options.rowHeight;
    this.#measureRows = options.measureRows ?? false;
    this.#overscan = options.overscan ?? 6;
    this.#onRangeChange = options.onRangeChange;
    host.addController(this);
  }

  /** The row height now in use, in CSS pixels (never below 1). */
  get rowHeight(): number {
    const given = typeof this.#rowHeightOption === 'function' ? this.#rowHeightOption() : this.#rowHeightOption;
    const height = (this.#measureRows ? this.#measuredHeight : undefined) ?? given;
    return Number.isFinite(height) && height >= 1 ? height : 1;
  }

  /** More (or fewer) rows arrived, or the row height may have changed. */
  hostUpdated(): void {
    if (!this.#scroller) return;
    if (this.#measureRows) this.#observeFirstRow();
    if (this.#count !== this.#reportedCount || this.rowHeight !== this.#renderedHeight) this.#measure();
  }

  hostConnected(): void {
    if (this.#scroller && !this.#resizeObserver) this.#observe(this.#scroller);
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#measuredRow = undefined;
  }

  readonly scrollerRef: RefOrCallback = (element) => {
    if (element === this.#scroller) return;
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    this.#measuredRow = undefined;
    this.#scroller = element as HTMLElement | undefined;
    if (this.#scroller) this.#observe(this.#scroller);
  };

  readonly onScroll = () => this.#measure();

  /** Scrolls so that row `index` is in view (e.g. to bring back focus to it). */
  reveal(index: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const rowHeight = this.rowHeight;
    const top = index * rowHeight;
    if (top < scroller.scrollTop || top + rowHeight > scroller.scrollTop + scroller.clientHeight)
      scroller.scrollTop = top;
    this.#measure();
  }

  rows<T>(items: readonly T[], key: (item: T) => string, renderRow: (item: T) => TemplateResult): TemplateResult {
    this.#count = items.length;
    if (this.end === 0 || this.end > items.length) this.#compute();
    const rowHeight = this.rowHeight;
    this.#renderedHeight = rowHeight;
    const spacer = (rows: number) =>
      rows > 0 ? html`<div aria-hidden="true" data-row-spacer ${blockSize(rows * rowHeight)}></div>` : nothing;
    return html`${spacer(this.first)}${repeat(items.slice(this.first, this.end), key, renderRow)}${spacer(items.length - this.end)}`;
  }

  #observe(scroller: HTMLElement): void {
    this.#resizeObserver = new ResizeObserver(() => {
      if (this.#measureRows) this.#readRowHeight();
      this.#measure();
    });
    this.#resizeObserver.observe(scroller);
    if (this.#measureRows) this.#observeFirstRow();
  }

  /** Watches the first rendered row, whose height follows font size and zoom. */
  #observeFirstRow(): void {
    const row = this.#scroller?.querySelector(':scope > :not([data-row-spacer])') ?? undefined;
    if (row === this.#measuredRow) return;
    if (this.#measuredRow) this.#resizeObserver?.unobserve(this.#measuredRow);
    this.#measuredRow = row;
    if (row) this.#resizeObserver?.observe(row);
    this.#readRowHeight();
  }

  #readRowHeight(): void {
    const height = this.#measuredRow?.getBoundingClientRect().height;
    if (height && height >= 1) this.#measuredHeight = height;
  }

  /** After a scroll or resize: render the rows now in view, and tell how far the user has got. */
  #measure(): void {
    const before = `${this.first}:${this.end}`;
    const lastVisible = this.#compute();
    if (`${this.first}:${this.end}` !== before || this.rowHeight !== this.#renderedHeight) this.#host.requestUpdate();
    this.#reportedCount = this.#count;
    this.#onRangeChange?.(lastVisible);
  }

  /** Returns the index after the last visible row. */
  #compute(): number {
    const scroller = this.#scroller;
    const rowHeight = this.rowHeight;
    const top = scroller?.scrollTop ?? 0;
    // Before the first layout, assume a screenful so the first rows appear at once.
    const height = scroller?.clientHeight || 900;
    const firstVisible = Math.floor(top / rowHeight);
    const lastVisible = Math.min(this.#count, Math.ceil((top + height) / rowHeight));
    this.first = Math.max(0, Math.min(firstVisible, this.#count) - this.#overscan);
    this.end = Math.min(this.#count, lastVisible + this.#overscan);
    return lastVisible;
  }
}
