import { html } from 'lit';
import { msg } from '@lit/localize';

/** The export button of the heading; pointing at it or focusing it fetches what it does (`prefetch`). */
export function renderExportButton(busy: boolean, ready: boolean, start: () => void, prefetch: () => void) {
  return html`<button
    part="button"
    class="export"
    ?disabled=${busy || !ready}
    @click=${start}
    @pointerenter=${prefetch}
    @focusin=${prefetch}
  >
    ${busy ? msg('Exporting…') : msg('Export to CSV')}
  </button>`;
}
