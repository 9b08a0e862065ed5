import { html, nothing } from 'lit';
import { msg } from '@lit/localize';

/** No task to show: why (`text`), and "Order enrichment" when an order panel on the page can order one. */
export function renderEmptyTasks(text: string, monitor: HTMLElement, entryId: string | undefined) {
  const panel = orderPanel(monitor, entryId);
  return html`<div class="empty" part="notice">
    <p>${text}</p>
    ${
      panel
        ? html`<button part="button" class="primary" @click=${() => focusPanel(panel)}>${msg('Order enrichment')}</button>`
        : nothing
    }
  </div>`;
}

/** An order panel on the same page (for this entry, in an entry's view): the empty list points to it. */
function orderPanel(monitor: HTMLElement, entryId: string | undefined): HTMLElement | undefined {
  const root = monitor.getRootNode() as Document | ShadowRoot;
  const panels = [...root.querySelectorAll<HTMLElement>('reach-order-panel')];
  const entryOf = (panel: HTMLElement) =>
    (panel as HTMLElement & { entryId?: string }).entryId ?? panel.getAttribute('entry-id');
  return entryId ? panels.find((panel) => entryOf(panel) === entryId) : panels[0];
}

/** Brings the order panel into view and puts the keyboard there. */
function focusPanel(panel: HTMLElement): void {
  if (!panel.hasAttribute('tabindex')) panel.tabIndex = -1;
  panel.scrollIntoView({ block: 'nearest' });
  panel.focus({ preventScroll: true });
}
