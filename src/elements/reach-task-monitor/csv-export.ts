import { html, type LitElement } from 'lit';
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
        this.#asked = undefined;
        context.reportError(error);
      },
    });
  }

  /** A new list: the notice of the last export goes. */
  reset(): void {
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
    if (!exported) return this.#part.renderFailure(() => this.#start());
    return this.#part.loaded?.renderExportNotice(exported.state);
  }

  #start(): void {
    const filter = this.filter();
    // Pressed before its code came: "Exporting…" until it comes, then the export, once.
    this.#asked = filter;
    this.#part.use(() => {
      this.#asked = undefined;
      void this.#export?.export(filter);
    });
    this.host.requestUpdate();
  }
}
