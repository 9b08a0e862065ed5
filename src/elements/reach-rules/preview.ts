import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isAborted, toApiError } from '../../api/errors.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import type { RuleDraft } from '../../reach/profile-rules.js';
import { PREVIEW_DAYS, PREVIEW_MAX_ENTRIES, previewOrders, type PreviewOrder } from '../../reach/rule-preview.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { plural } from '../../i18n/plural.js';
import { formatCount, formatCredit, formatDate } from '../shared/format.js';
import { serviceLabel } from './rule-text.js';
import type { PreviewController } from './preview-controller.js';

// What the rules being edited would have ordered for the entries of the last 30 days, from the account's
// real entries and tasks. Loaded the first time the preview is asked for (reach-rules.ts): it brings its styles,
// its controller and the replay of the rules.
export { previewStyles } from './preview.styles.js';
export { PreviewController } from './preview-controller.js';

export interface PreviewView {
  readonly preview: PreviewController;
  /** The rules as they are now. */
  readonly drafts: readonly RuleDraft[];
  readonly catalog: ReadonlyMap<number, VendorCatalogItem>;
  /** What shows while the entries are read (and while this part loads). */
  readonly reading: () => TemplateResult;
  readonly retry: () => void;
  readonly close: () => void;
}

/** The preview as its look stands: reading, what the rules would have ordered, or why it could not be read. */
export function renderPreview(view: PreviewView) {
  return view.preview.task.render({
    pending: view.reading,
    complete: (data) =>
      renderOrders({
        orders: previewOrders(view.drafts, data.entries, data.tasks, view.catalog),
        truncated: data.truncated,
        tasksTruncated: data.tasksTruncated,
        entriesRead: data.entries.length,
        templatesLeftOut: view.drafts.some((draft) => draft.trigger.kind === 'template'),
        close: view.close,
      }),
    // One the element dropped (it left the page) is no failure: Preview asks again.
    error: (error) =>
      isAborted(error)
        ? nothing
        : html`<div class="notice error" part="notice" role="alert">
        <p>${msg(str`The preview could not be loaded: ${toApiError(error).message}`)}</p>
        <button type="button" @click=${() => view.retry()}>${msg('Try again')}</button>
      </div>`,
  });
}

interface OrdersView {
  readonly orders: readonly PreviewOrder[];
  /** More entries were created in the period than the preview reads. */
  readonly truncated: boolean;
  /** Not every order of the period was read, so some duplicates may not be marked. */
  readonly tasksTruncated: boolean;
  readonly entriesRead: number;
  /** Some rules name Boolean templates, which past data cannot replay. */
  readonly templatesLeftOut: boolean;
  readonly close: () => void;
}

function summary(view: OrdersView): string {
  const ordered = view.orders.filter((order) => !order.duplicateOf);
  const entries = new Set(ordered.map((order) => order.entry.id)).size;
  const cost = formatCredit(ordered.reduce((sum, order) => sum + order.cost, 0));
  const skipped = view.orders.length - ordered.length;
  const orderedText = plural(ordered.length, {
    one: msg(str`1 order for ${formatCount(entries)} entries, about ${cost} credits.`, { id: 'preview-ordered.one' }),
    other: msg(str`${formatCount(ordered.length)} orders for ${formatCount(entries)} entries, about ${cost} credits.`, {
      id: 'preview-ordered.other',
    }),
  });
  const skippedText = plural(skipped, {
    one: msg('1 skipped: already ordered.', { id: 'preview-skipped.one' }),
    other: msg(str`${formatCount(skipped)} skipped: already ordered.`, { id: 'preview-skipped.other' }),
  });
  return `${orderedText} ${skippedText}`;
}

function renderOrders(view: OrdersView) {
  const limit = view.truncated
    ? msg(
        str`Looks only at the newest ${formatCount(PREVIEW_MAX_ENTRIES)} entries created in the last ${PREVIEW_DAYS} days; older ones are not counted.`,
      )
    : msg(
        str`Looks at the ${formatCount(view.entriesRead)} entries created in the last ${PREVIEW_DAYS} days, nothing older.`,
      );
  return html`<section class="preview box" part="preview" aria-labelledby="preview-title">
    <h3 id="preview-title" tabindex="-1">${msg('What these rules would have ordered')}</h3>
    <p class="hint">${limit}</p>
    ${view.tasksTruncated ? html`<p class="hint">${msg(str`Only the newest ${formatCount(MAX_PAGE_SIZE)} orders of the period were checked for duplicates.`)}</p>` : nothing}
    ${view.templatesLeftOut ? html`<p class="hint">${msg('Rules on Boolean templates depend on what changed and when, so they are not part of this preview.')}</p>` : nothing}
    <p class="preview-summary">${summary(view)}</p>
    ${
      view.orders.length === 0
        ? nothing
        : html`<table>
          <thead>
            <tr><th scope="col">${msg('Entry')}</th><th scope="col">${msg('Service')}</th><th scope="col">${msg('Credits')}</th><th scope="col">${msg('Outcome')}</th></tr>
          </thead>
          <tbody>
            ${view.orders.map(
              (order) => html`<tr class=${order.duplicateOf ? 'skipped' : 'ordered'}>
                <td><bdi>${order.entry.name ?? order.entry.id}</bdi> <span class="muted">${order.entry.createdAt ? formatDate(order.entry.createdAt) : ''}</span></td>
                <td>${serviceLabel(order.item)}</td>
                <td>${order.duplicateOf ? '—' : formatCredit(order.cost)}</td>
                <td>${order.duplicateOf ? msg('Skipped: already ordered') : msg('Ordered')}</td>
              </tr>`,
            )}
          </tbody>
        </table>`
    }
    <button type="button" id="close-preview" @click=${() => view.close()}>${msg('Close the preview')}</button>
  </section>`;
}
