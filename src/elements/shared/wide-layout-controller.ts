import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether the element is at least `minInlineSize` px wide, while it is in the page. */
export class WideLayoutController implements ReactiveController {
  wide = false;
  readonly #observer = new ResizeObserver(([entry]) => {
    const wide = (entry?.contentRect.width ?? 0) >= this.minInlineSize;
    // Next frame: the new layout changes the element's size, which must not land in this observation.
    if (wide !== this.wide) {
      requestAnimationFrame(() => {
        this.wide = wide;
        this.host.requestUpdate();
      });
    }
  });

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly minInlineSize: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
