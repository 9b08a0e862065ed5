import { html, nothing, type LitElement } from 'lit';
import { msg } from '@lit/localize';
import type { TaskFilter } from '../../reach/tasks.js';
import { LazyModule } from '../shared/lazy-module.js';
import type { CsvExportController } from './csv-export-controller.js';
import type * as CsvExportPart from './csv-export-part.js';
import type { MonitorContext } from './monitor-context.js';

/**
 * "Export to CSV" in the heading: the button, its part (csv-export-part.ts: what it sends, the notice of where the
 * file went), loaded on the button's hover, focus or press, and an export pressed before that part had come.
 */
export class ExportButtonController {
  readonly #part: LazyModule<typeof CsvExportPart>;
  #export: CsvExportController | undefined;
  /** The filter of an export pressed before its part had come: the button says "Exporting…" meanwhile. */
  #asked: TaskFilter | undefined;
  /** The last export pressed could not start: its code did not load. */
  #pressFailed = false;

  constructor(
    private readonly host: LitElement,
    context: MonitorContext,
    /** The filter of the tasks shown. */
    private readonly filter: () => TaskFilter,
  ) {
    this.#part = new LazyModule(host, {
      load: () => import('./csv-export-part.js'),
      loaded: (part) => (this.#export = new part.CsvExportController(host, context)),
      failed: (error) => {
        // Said where the notice goes only when an export was pressed (not when a pointer passing by fetched it).
        this.#pressFailed = this.#asked !== undefined;
        this.#asked = undefined;
        context.reportError(error);
      },
    });
  }

  /** A new list: the notice of the last export goes, and an export pressed for the last one is not made. */
  reset(): void {
    this.#asked = undefined;
    this.#pressFailed = false;
    this.#export?.reset();
  }

  /** The button; pointing at it or focusing it fetches what it does. */
  renderButton(ready: boolean) {
    const busy = this.#asked !== undefined || this.#export?.state.kind === 'busy';
    const prefetch = this.#part.want;
    return html`<button
      part="button"
      class="export"
      ?disabled=${busy || !ready}
      @click=${() => this.#start()}
      @pointerenter=${prefetch}
      @focusin=${prefetch}
    >
      ${busy ? msg('Exporting…') : msg('Export to CSV')}
    </button>`;
  }

  /** Where the last export went, or why it failed (nothing before the first). */
  renderNotice() {
    const exported = this.#export;
    if (!exported) return this.#pressFailed ? this.#part.renderFailure(() => this.#start()) : nothing;
    return this.#part.loaded?.renderExportNotice(exported.state);
  }

  #start(): void {
    const filter = this.filter();
    // Pressed before its code came: "Exporting…" until it comes, then the export, once.
    this.#asked = filter;
    this.#pressFailed = false;
    this.#part.use(() => {
      // Another list came meanwhile: what was pressed for the last one is not exported.
      if (this.#asked !== filter) return;
      this.#asked = undefined;
      void this.#export?.export(filter);
    });
    this.host.requestUpdate();
  }
}
