import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import type { ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { turnAroundSpan } from '../../reach/enums.js';
import { languageLabel } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { featureLabel, turnaroundLabel } from '../shared/labels.js';
import { formatCount } from '../shared/format.js';
import type { FiltersController } from './filters-controller.js';
import { statusGroupLabel } from './status-chips.js';
import {
  CreationModeChoice,
  DEFAULT_FILTERS,
  SORTS,
  STATUS_GROUPS,
  itemLanguage,
  type AccountFilters,
  type Sort,
  type StatusGroup,
} from './task-query.js';

/** What the filter form draws from, and what it does. */
export interface FiltersView {
  draft: AccountFilters;
  applied: AccountFilters;
  problem: string | undefined;
  open: boolean;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  profiles: readonly ReachProfile[];
  toggle: () => void;
  change: <K extends keyof AccountFilters>(key: K, value: AccountFilters[K]) => void;
  apply: (event: Event) => void;
  reset: () => void;
}

const number = (event: Event) => Number((event.target as HTMLSelectElement).value);
const value = (event: Event) => (event.target as HTMLInputElement).value;

/** The form of these filters, with the catalog's and the account's choices (wired here, in the account view's part). */
export function renderFilterForm(
  filters: FiltersController,
  catalog: ReadonlyMap<number, VendorCatalogItem>,
  profiles: readonly ReachProfile[],
) {
  return renderFilters({
    draft: filters.draft,
    applied: filters.applied,
    problem: filters.problem,
    open: filters.open,
    catalog,
    profiles,
    toggle: () => filters.toggle(),
    change: (key, value) => filters.change(key, value),
    apply: (event) => filters.apply(event),
    reset: () => filters.reset(),
  });
}

/** The account view's filter form (id `filters`), folded behind a button that counts the filters applied. */
function renderFilters(view: FiltersView) {
  const active = activeFilterCount(view.applied);
  const toggle = html`<button part="button" class="filters-toggle" aria-expanded=${view.open ? 'true' : 'false'} aria-controls="filters" @click=${view.toggle}>
    ${
      active
        ? plural(active, {
            one: msg('Filters (1 applied)', {
              id: 'monitor.filters-applied.one',
              desc: 'Button that shows or hides the filters, with how many are applied.',
            }),
            other: msg(str`Filters (${formatCount(active)} applied)`, {
              id: 'monitor.filters-applied.other',
              desc: 'Button that shows or hides the filters, with how many are applied.',
            }),
          })
        : msg('Filters')
    }
  </button>`;
  if (!view.open) return toggle;
  return html`${toggle}<form id="filters" class="filters" part="filters" aria-label=${msg('Filter tasks')} @submit=${view.apply}>
    ${renderWhatFields(view)} ${renderWhenFields(view)}
    ${view.problem ? html`<p id="form-problem" class="error problem" role="alert">${view.problem}</p>` : nothing}
    <div class="form-actions">
      <button part="button" class="primary" type="submit">${msg('Apply filters')}</button>
      <button part="button" type="button" @click=${view.reset}>${msg('Clear filters')}</button>
    </div>
  </form>`;
}

/** Status, service, language, turnaround, catalog item and profile. */
function renderWhatFields(view: FiltersView) {
  const { draft, catalog, profiles, change } = view;
  const items = [...catalog.values()]
    .filter(
      (item) =>
        (!draft.feature || item.serviceFeature === draft.feature) &&
        (!draft.language || itemLanguage(item) === draft.language) &&
        (!draft.turnaround || item.turnAroundTime === draft.turnaround),
    )
    .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? ''));
  const features = [...new Set([...catalog.values()].map((item) => item.serviceFeature))].sort((a, b) =>
    featureLabel(a).localeCompare(featureLabel(b)),
  );
  return html`<div class="field">
      <label for="status">${msg('Status')}</label>
      <select id="status" aria-describedby="status-hint" .value=${live(draft.status)} @change=${(event: Event) => change('status', value(event) as StatusGroup)}>
        ${(Object.keys(STATUS_GROUPS) as StatusGroup[]).map((group) => html`<option value=${group} ?selected=${draft.status === group}>${statusGroupLabel(group)}</option>`)}
      </select>
      <span id="status-hint" class="hint">${msg('Cancelled orders are not listed.')}</span>
    </div>
    <div class="field">
      <label for="feature">${msg('Service')}</label>
      <select id="feature" @change=${(event: Event) => change('feature', number(event))}>
        <option value="0" ?selected=${!draft.feature}>${msg('Any service')}</option>
        ${features.map((feature) => html`<option value=${feature} ?selected=${draft.feature === feature}>${featureLabel(feature)}</option>`)}
      </select>
    </div>
    ${renderLanguageField(view)} ${renderTurnaroundField(view)}
    <div class="field">
      <label for="item">${msg('Catalog item')}</label>
      <select id="item" @change=${(event: Event) => change('catalogItemId', number(event))}>
        <option value="0" ?selected=${!draft.catalogItemId}>${msg('Any catalog item')}</option>
        ${items.map((item) => html`<option value=${item.id} ?selected=${draft.catalogItemId === item.id}>${item.name ?? String(item.id)}</option>`)}
      </select>
    </div>
    ${
      // No profiles to choose from when the session may not read them (a USER session).
      profiles.length
        ? html`<div class="field">
          <label for="profile">${msg('Profile')}</label>
          <select id="profile" @change=${(event: Event) => change('profileId', number(event))}>
            <option value="0" ?selected=${!draft.profileId}>${msg('Any profile')}</option>
            ${profiles.map((profile) => html`<option value=${profile.id} ?selected=${draft.profileId === profile.id}>${profile.name ?? String(profile.id)}</option>`)}
          </select>
        </div>`
        : nothing
    }`;
}

/** Creation dates, how it was ordered, sorting and the text search. */
function renderWhenFields({ draft, problem, change }: FiltersView) {
  const invalid = problem ? 'true' : 'false';
  const describedBy = ifDefined(problem ? 'form-problem' : undefined);
  return html`<div class="field">
      <label for="from">${msg('Created from')}</label>
      <input id="from" type="date" .value=${live(draft.createdFrom)} aria-invalid=${invalid} aria-describedby=${describedBy} @input=${(event: Event) => change('createdFrom', value(event))} />
    </div>
    <div class="field">
      <label for="to">${msg('Created to')}</label>
      <input id="to" type="date" .value=${live(draft.createdTo)} aria-invalid=${invalid} aria-describedby=${describedBy} @input=${(event: Event) => change('createdTo', value(event))} />
    </div>
    <div class="field">
      <label for="mode">${msg('Ordered', { id: 'monitor.filter-ordered', desc: 'Label of the filter by how tasks were ordered: manually, automatically or either.' })}</label>
      <select id="mode" aria-describedby="mode-hint" @change=${(event: Event) => change('creationMode', number(event))}>
        <option value=${CreationModeChoice.ANY} ?selected=${!draft.creationMode}>${msg('Manually or automatically')}</option>
        <option value=${CreationModeChoice.MANUAL} ?selected=${draft.creationMode === CreationModeChoice.MANUAL}>${msg('Manually')}</option>
        <option value=${CreationModeChoice.AUTOMATIC} ?selected=${draft.creationMode === CreationModeChoice.AUTOMATIC}>${msg('Automatically (rule or agent)')}</option>
        <option value=${CreationModeChoice.RULE} ?selected=${draft.creationMode === CreationModeChoice.RULE}>${msg("By a profile's rule")}</option>
      </select>
      <span id="mode-hint" class="hint">${msg('Looks only through the tasks loaded so far.')}</span>
    </div>
    <div class="field">
      <label for="sort">${msg('Sort by')}</label>
      <select id="sort" @change=${(event: Event) => change('sort', value(event) as Sort)}>
        ${SORTS.map((sort) => html`<option value=${sort} ?selected=${draft.sort === sort}>${sortLabel(sort)}</option>`)}
      </select>
    </div>
    <div class="field search">
      <label for="text">${msg('Search')}</label>
      <input id="text" type="search" .value=${live(draft.text)} aria-describedby="text-hint" @input=${(event: Event) => change('text', value(event))} />
      <span id="text-hint" class="hint">${msg('Matches the user who ordered and the notes.')}</span>
    </div>`;
}

/** The languages the catalog's items deliver in, by name. */
function renderLanguageField({ draft, catalog, change }: FiltersView) {
  const languages = [...new Set([...catalog.values()].map(itemLanguage).filter((wire) => wire !== undefined))]
    .map((wire) => ({ wire, name: languageLabel(wire, displayLocale()) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return html`<div class="field">
    <label for="language">${msg('Language')}</label>
    <select id="language" @change=${(event: Event) => change('language', value(event))}>
      <option value="" ?selected=${!draft.language}>${msg('Any language')}</option>
      ${languages.map(({ wire, name }) => html`<option value=${wire} ?selected=${draft.language === wire}>${name}</option>`)}
    </select>
  </div>`;
}

/** The turnarounds the catalog's items offer, quickest first. */
function renderTurnaroundField({ draft, catalog, change }: FiltersView) {
  const turnarounds = [...new Set([...catalog.values()].map((item) => item.turnAroundTime))].sort(
    (a, b) => turnaroundOrder(a) - turnaroundOrder(b),
  );
  return html`<div class="field">
    <label for="turnaround">${msg('Turnaround')}</label>
    <select id="turnaround" @change=${(event: Event) => change('turnaround', number(event))}>
      <option value="0" ?selected=${!draft.turnaround}>${msg('Any turnaround')}</option>
      ${turnarounds.map((turnaround) => html`<option value=${turnaround} ?selected=${draft.turnaround === turnaround}>${turnaroundLabel(turnaround)}</option>`)}
    </select>
  </div>`;
}

/** Quickest first; a business day counts as a day, best effort comes last. */
function turnaroundOrder(turnAroundTime: number): number {
  const span = turnAroundSpan(turnAroundTime);
  if (span.unit === 'bestEffort') return Number.POSITIVE_INFINITY;
  return span.unit === 'businessDays' ? span.amount * 86400 : span.amount;
}

function activeFilterCount(filters: AccountFilters): number {
  const keys = [
    'status',
    'feature',
    'language',
    'turnaround',
    'catalogItemId',
    'profileId',
    'createdFrom',
    'createdTo',
    'creationMode',
    'text',
  ] as const;
  return keys.filter((key) => filters[key] !== DEFAULT_FILTERS[key]).length;
}

function sortLabel(sort: Sort): string {
  switch (sort) {
    case '-createdAt':
      return msg('Newest first');
    case '+createdAt':
      return msg('Oldest first');
    case '-updatedAt':
      return msg('Recently updated');
    case '+status':
      return msg('Status', { id: 'sort.status', desc: 'Option of "Sort by": by task status.' });
    case '-price':
      return msg('Price, highest first');
    case '+price':
      return msg('Price, lowest first');
    case '+expectedFinishTime':
      return msg('Expected finish, soonest first');
    case '-expectedFinishTime':
      return msg('Expected finish, latest first');
  }
}
