import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { formatClock, formatCount, formatDate } from '../format.js';
import { entryKindLabel } from '../order-text.js';
import { categoryPathLabel } from '../labels.js';
import { plural } from '../../../i18n/plural.js';
import { entryDurationMs } from '../../../reach/entry.js';
import { thumbnailSrc } from '../../../reach/safe-url.js';
import type { MediaEntry } from '../../../reach/schemas.js';
import { ownMediaOnly, type MediaFilters, type MediaPickerController } from './media-picker-controller.js';

export { mediaPickerStyles } from './media-picker.styles.js';

export interface MediaPickerView {
  picker: MediaPickerController;
  /** What the list is for, e.g. "Media to run the agent on". */
  label: string;
  /** Prefix of the ids drawn, unique in the shadow root. */
  idPrefix: string;
}

/** "3 selected", for the picker's footer and the bar of the element that holds it. */
export function selectedCountText(count: number): string {
  if (count === 0) return msg('No media selected');
  return plural(count, {
    one: msg('1 selected', {
      id: 'media-picker.selected.one',
      desc: 'How many media entries are chosen in the media picker.',
    }),
    other: msg(str`${formatCount(count)} selected`, {
      id: 'media-picker.selected.other',
      desc: 'How many media entries are chosen in the media picker.',
    }),
  });
}

/**
 * A media picker: search, filters (category, media type, duration, date, only mine), a page of video and
 * audio entries with checkboxes, pages, and how many are selected. The state is the controller's.
 */
export function renderMediaPicker(view: MediaPickerView): TemplateResult {
  const { picker } = view;
  const ownOnly = picker.details ? ownMediaOnly(picker.details) : false;
  const choose = (key: keyof MediaFilters) => (event: Event) =>
    picker.setFilters({ [key]: (event.target as HTMLSelectElement).value });
  return html`<section class="media-picker" part="media-picker" aria-label=${view.label}>
    <div class="picker-toolbar">
      <label class="picker-search">
        <span class="visually-hidden">${msg('Search media')}</span>
        <input
          type="search"
          placeholder=${msg('Search media')}
          .value=${live(picker.filters.search)}
          @input=${(event: Event) => picker.setFilters({ search: (event.target as HTMLInputElement).value })}
        />
      </label>
      <div class="picker-filters" role="group" aria-label=${msg('Filters')}>
        <label class="small-field">
          <span>${msg('Category')}</span>
          <select @change=${choose('categoryId')}>
            <option value="" ?selected=${picker.filters.categoryId === ''}>${msg('All categories')}</option>
            ${picker.categories.map(
              (category) =>
                html`<option value=${category.id} ?selected=${picker.filters.categoryId === String(category.id)}>${categoryPathLabel(category)}</option>`,
            )}
          </select>
        </label>
        <label class="small-field">
          <span>${msg('Media type')}</span>
          <select @change=${choose('mediaType')}>
            <option value="" ?selected=${picker.filters.mediaType === ''}>${msg('Video and audio')}</option>
            <option value="video" ?selected=${picker.filters.mediaType === 'video'}>${msg('Video')}</option>
            <option value="audio" ?selected=${picker.filters.mediaType === 'audio'}>${msg('Audio')}</option>
          </select>
        </label>
        <label class="small-field">
          <span>${msg('Duration')}</span>
          <select @change=${choose('duration')}>
            <option value="" ?selected=${picker.filters.duration === ''}>${msg('Any length')}</option>
            <option value="short" ?selected=${picker.filters.duration === 'short'}>${msg('Under 5 minutes')}</option>
            <option value="medium" ?selected=${picker.filters.duration === 'medium'}>${msg('5 to 20 minutes')}</option>
            <option value="long" ?selected=${picker.filters.duration === 'long'}>${msg('Over 20 minutes')}</option>
          </select>
        </label>
        <label class="small-field">
          <span>${msg('Created')}</span>
          <select @change=${choose('since')}>
            <option value="" ?selected=${picker.filters.since === ''}>${msg('Any time')}</option>
            <option value="week" ?selected=${picker.filters.since === 'week'}>${msg('In the last 7 days')}</option>
            <option value="month" ?selected=${picker.filters.since === 'month'}>${msg('In the last 30 days')}</option>
            <option value="year" ?selected=${picker.filters.since === 'year'}>${msg('In the last year')}</option>
          </select>
        </label>
        <label class="picker-mine">
          <input
            type="checkbox"
            .checked=${live(picker.filters.mine || ownOnly)}
            ?disabled=${ownOnly}
            @change=${(event: Event) => picker.setFilters({ mine: (event.target as HTMLInputElement).checked })}
          />
          <span>${msg('Only my media')}</span>
        </label>
      </div>
    </div>
    <p class="hint">${ownOnly ? msg('Only video and audio entries you own are listed.') : msg('Only video and audio entries are listed.')}</p>
    ${renderPage(view)}
    <div class="picker-footer">
      <p class="picker-count">${selectedCountText(picker.selected.length)}</p>
      ${
        picker.selected.length > 0
          ? html`<button type="button" class="link" @click=${() => picker.clearSelection()}>${msg('Clear selection')}</button>`
          : nothing
      }
    </div>
  </section>`;
}

function renderPage(view: MediaPickerView) {
  const { picker } = view;
  const load = picker.load;
  if (load.kind === 'error') {
    return html`<div class="notice error" role="alert">
      <p>${msg('The media could not be loaded.')} <span class="muted">${load.error.message}</span></p>
      <button type="button" @click=${() => void picker.reload()}>${msg('Try again')}</button>
    </div>`;
  }
  const shown = load.kind === 'ready' ? load : load.shown;
  if (!shown) return html`<p class="picker-empty muted">${msg('Loading media…')}</p>`;
  if (shown.entries.length === 0) return html`<p class="picker-empty">${msg('No video or audio entries match.')}</p>`;
  const pages = Math.max(1, Math.ceil(shown.total / picker.pageSize));
  return html`<ul class="picker-entries" aria-label=${view.label} aria-busy=${load.kind === 'loading' ? 'true' : 'false'}>
      ${shown.entries.map((entry) => renderEntry(view, entry))}
    </ul>
    ${
      pages > 1
        ? html`<nav class="picker-pager" aria-label=${msg('Pages')}>
          <button type="button" ?disabled=${picker.page <= 1} @click=${() => picker.goTo(picker.page - 1)}>${msg('Previous')}</button>
          <span>${msg(str`Page ${formatCount(picker.page)} of ${formatCount(pages)}`)}</span>
          <button type="button" ?disabled=${picker.page >= pages} @click=${() => picker.goTo(picker.page + 1)}>${msg('Next')}</button>
        </nav>`
        : nothing
    }`;
}

function renderEntry(view: MediaPickerView, entry: MediaEntry) {
  const id = `${view.idPrefix}-${entry.id}`;
  const seconds = entryDurationMs(entry) / 1000;
  const thumbnail = thumbnailSrc(entry.thumbnailUrl, 160, 90);
  return html`<li class="picker-entry">
    <input
      type="checkbox"
      id=${id}
      .checked=${live(view.picker.isSelected(entry.id))}
      @change=${(event: Event) => view.picker.toggle(entry, (event.target as HTMLInputElement).checked)}
    />
    <label for=${id}>
      ${thumbnail ? html`<img class="thumb" part="thumbnail" alt="" loading="lazy" src=${thumbnail} />` : html`<span class="thumb"></span>`}
      <span class="picker-name"><bdi>${entry.name || entry.id}</bdi></span>
      <span class="picker-meta muted">${entryKindLabel(entry)} · ${formatClock(seconds)}${entry.createdAt ? ` · ${formatDate(entry.createdAt)}` : ''}</span>
    </label>
  </li>`;
}
