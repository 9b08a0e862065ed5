// "Export to CSV": what it sends and the notice of where the file went, loaded when the button is pointed at,
// focused or pressed (LazyModule).
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { ExportState } from './csv-export-controller.js';

export { CsvExportController } from './csv-export-controller.js';

/** Where the export went (and the sandbox's download link), or why it failed. */
export function renderExportNotice(state: ExportState) {
  if (state.kind === 'sent') {
    return html`<div class="notice" part="notice" role="status">
      <p>${msg(html`Kaltura is preparing the CSV file and will e-mail it to <bdi>${state.to}</bdi>.`)}</p>
      ${
        state.url
          ? html`<p><a href=${state.url} download="reach-tasks.csv" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Download the CSV file')}</a> <span class="hint">${msg('(the local sandbox keeps the file for download instead of e-mailing it)')}</span></p>`
          : nothing
      }
    </div>`;
  }
  if (state.kind === 'error')
    return html`<p class="notice error" part="notice" role="alert">${msg('The export failed.')} ${state.message}</p>`;
  return nothing;
}
