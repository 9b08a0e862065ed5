import { html } from 'lit';
import { msg } from '@lit/localize';
import { renderCatalog, renderFilters } from './catalog.js';
import type { PanelView } from './panel-view.js';

// "Browse all services": the whole catalog, folded by need, with a search box that narrows it as one types
// (name, feature or language) and the filters; the way back to choosing by need. A catalog of a few services is
// shown at once, whole.

/** `guided`: the way back to the need-first steps; without it (few services) the catalog alone, nothing to narrow. */
export function renderBrowse(view: PanelView, guided?: () => void) {
  if (!guided) return renderCatalog(view);
  return html`<div class="browse">
    <p class="browse-all">
      <button type="button" class="link" id="guided" @click=${guided}>
        ${msg('Choose by need instead', { desc: 'Link from the whole catalog back to the need-first steps.' })}
      </button>
    </p>
    <div class="field search">
      <label for="search">${msg('Search services', { desc: 'Label of the search box over the whole catalog.' })}</label>
      <input type="search" id="search" aria-describedby="search-hint" .value=${view.filters.search}
        @input=${(event: Event) => view.setFilter('search', (event.target as HTMLInputElement).value)} />
      <p class="hint" id="search-hint">${msg('By name, service or language, e.g. “Spanish” or “summary”.', {
        desc: 'Hint under the search box of the catalog; the examples are a language and a service.',
      })}</p>
    </div>
    ${renderFilters(view)} ${renderCatalog(view)}
  </div>`;
}
