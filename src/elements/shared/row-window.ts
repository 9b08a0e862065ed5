import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { RefOrCallback } from 'lit/directives/ref.js';

/**
 * Renders only the rows near the visible part of a scrolling list whose rows all have the same height,
 * so a list of 10,000 tasks keeps a few dozen row elements in the DOM. (A general virtualizer measures
 * rows of any height; ours never vary, and this does the job in a fraction of the bytes.)
 *
 * Put `scrollerRef` and `onScroll` on the scrolling element and `rows(...)` inside it.
 */
export class RowWindow implements ReactiveController {
  /** Index of the first and one past the last row rendered. */
  first = 0;
  end = 0;
  readonly #host: ReactiveControllerHost;
  readonly #rowHeight: number;
  readonly #overscan: number;
  readonly #onRangeChange: ((lastVisible: number) => void) | undefined;
  #scroller: HTMLElement | undefined;
  #resizeObserver: ResizeObserver | undefined;
  #count = 0;
  #reportedCount = -1;

  constructor(host: ReactiveControllerHost, options: { rowHeight: number; overscan?: number; onRangeChange?: (lastVisible: number) => void }) {
    this.#host = host;
    this.#rowHeight = options.rowHeight;
    this.#overscan = options.overscan ?? 6;
    this.#onRangeChange = options.onRangeChange;
    host.addController(this);
  }

  /** More (or fewer) rows arrived: the end of the list may now be in view. */
  hostUpdated(): void {
    if (this.#scroller && this.#count !== this.#reportedCount) this.#measure();
  }

  hostDisconnected(): void {
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
  }

  readonly scrollerRef: RefOrCallback = (element) => {
    if (element === this.#scroller) return;
    this.#resizeObserver?.disconnect();
    this.#scroller = element as HTMLElement | undefined;
    if (!this.#scroller) return;
    this.#resizeObserver = new ResizeObserver(() => this.#measure());
    this.#resizeObserver.observe(this.#scroller);
  };

  readonly onScroll = () => this.#measure();

  /** Scrolls so that row `index` is in view (e.g. to bring back focus to it). */
  reveal(index: number): void {
    const scroller = this.#scroller;
    if (!scroller) return;
    const top = index * this.#rowHeight;
    if (top < scroller.scrollTop || top + this.#rowHeight > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = top;
    this.#measure();
  }

  rows<T>(items: readonly T[], key: (item: T) => string, renderRow: (item: T) => TemplateResult): TemplateResult {
    this.#count = items.length;
    if (this.end === 0 || this.end > items.length) this.#compute();
    const spacer = (rows: number) => (rows > 0 ? html`<div aria-hidden="true" style=${styleMap({ blockSize: `${rows * this.#rowHeight}px` })}></div>` : nothing);
    return html`${spacer(this.first)}${repeat(items.slice(this.first, this.end), key, renderRow)}${spacer(items.length - this.end)}`;
  }

  /** After a scroll or resize: render the rows now in view, and tell how far the user has got. */
  #measure(): void {
    const before = `${this.first}:${this.end}`;
    const lastVisible = this.#compute();
    if (`${this.first}:${this.end}` !== before) this.#host.requestUpdate();
    this.#reportedCount = this.#count;
    this.#onRangeChange?.(lastVisible);
  }

  /** Returns the index after the last visible row. */
  #compute(): number {
    const scroller = this.#scroller;
    const top = scroller?.scrollTop ?? 0;
    // Before the first layout, assume a screenful so the first rows appear at once.
    const height = scroller?.clientHeight || 900;
    const firstVisible = Math.floor(top / this.#rowHeight);
    const lastVisible = Math.min(this.#count, Math.ceil((top + height) / this.#rowHeight));
    this.first = Math.max(0, firstVisible - this.#overscan);
    this.end = Math.min(this.#count, lastVisible + this.#overscan);
    return lastVisible;
  }
}
