import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A `blob:` URL for the CSV the element offers, made again only when its text changes, and released when
 * replaced or when the element leaves the page.
 */
export class CsvLinkController implements ReactiveController {
  #text: string | undefined;
  #url: string | undefined;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  url(text: string): string {
    if (text !== this.#text || !this.#url) {
      this.#release();
      this.#text = text;
      this.#url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    }
    return this.#url;
  }

  hostDisconnected(): void {
    this.#release();
  }

  #release(): void {
    if (this.#url) URL.revokeObjectURL(this.#url);
    this.#url = this.#text = undefined;
  }
}
