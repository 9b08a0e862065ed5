import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { EntryVendorTaskCreationMode, isFinalTaskStatus } from '../../reach/enums.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { taskProgress } from '../../reach/task-rules.js';
import { featureLabel, statusLabel } from '../shared/labels.js';
import { formatCount, formatDate } from '../shared/format.js';
import { taskTitle } from '../shared/task-labels.js';
import type { AccountListController } from './account-list-controller.js';
import { forTask, orderedBy } from './task-words.js';

export interface AccountListView {
  tasks: readonly EntryVendorTask[];
  list: AccountListController;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  /** Filtered in the browser by creation mode (the count then is of the loaded tasks only). */
  byCreationMode: boolean;
  selected: EntryVendorTask | undefined;
  /** The server's time now (unix seconds). */
  now: number;
  select: (id: string | undefined) => void;
  /** The name of a task's REACH profile, when the session may list profiles. */
  profileName: (task: EntryVendorTask) => string | undefined;
  /** The tasks chosen for an action on several at once (kept by id while rows come and go). */
  chosen: ReadonlySet<string>;
  choose: (id: string, on: boolean) => void;
  /** The selected task's card, drawn by the task card module. */
  card: (task: EntryVendorTask) => TemplateResult;
}

/** The account view: how many are loaded, the windowed list (with "Load more"), and the task opened beside it. */
export function renderAccountList(view: AccountListView) {
  const { tasks, list, selected } = view;
  // Only the rows in view exist: tell screen readers the real size of the list (-1: not known yet).
  const setSize = view.byCreationMode
    ? list.morePages
      ? -1
      : tasks.length
    : Math.max(tasks.length, list.reachableTotal);
  const rowWindow = list.rowWindow;
  return html`${renderSummary(view)}
    <div class="master-detail">
      <div class="list-pane">
        <div class="scroller" part="list" role="list" aria-label=${msg('Tasks')} aria-busy=${list.loadingMore ? 'true' : 'false'} ${ref(rowWindow.scrollerRef)} @scroll=${rowWindow.onScroll}>
          ${rowWindow.rows(
            tasks,
            (task) => task.id,
            (task) => renderRow(view, task, setSize),
          )}
        </div>
        ${
          list.morePages
            ? html`<div class="more">
              <button part="button" ?disabled=${list.loadingMore} @click=${() => list.loadMore()}>
                ${list.loadingMore ? msg('Loading more…') : loadMoreLabel(Math.min(list.pageSize, list.reachableTotal - list.ids.length))}
              </button>
            </div>`
            : nothing
        }
      </div>
      <section id="detail" class="detail-pane" aria-label=${msg('Selected task')}>
        ${
          selected
            ? html`<div class="detail-bar">
                <button id="detail-close" part="button" @click=${() => view.select(undefined)}>${forTask(msg('Close'), taskTitle(selected, view.catalog.get(selected.catalogItemId)))}</button>
              </div>
              ${view.card(selected)}`
            : html`<p class="hint placeholder">${msg('Open a task to see all about it and what you can do with it.')}</p>`
        }
      </section>
    </div>`;
}

/**
 * One row of the account list: always the same height (measured by the row window), so only the rows in
 * view exist; the whole task opens beside (or above) the list.
 */
function renderRow(
  { list, catalog, selected, now, select, chosen, choose, profileName }: AccountListView,
  task: EntryVendorTask,
  setSize: number,
): TemplateResult {
  const item = catalog.get(task.catalogItemId);
  const title = taskTitle(task, item);
  const entryName = task.entryId ? (list.entryName(task.entryId) ?? task.entryId) : '';
  const progress = taskProgress(task, now);
  const isSelected = selected?.id === task.id;
  const line =
    task.errDescription && isFinalTaskStatus(task.status)
      ? task.errDescription
      : html`<bdi>${item?.name ?? featureLabel(task.serviceFeature ?? 0)}</bdi> · ${formatDate(task.createdAt, true)}${
          task.creationMode === EntryVendorTaskCreationMode.AUTOMATIC
            ? html` · ${orderedBy(task, profileName(task))}`
            : nothing
        }`;
  return html`<div class="row status-${task.status}" role="listitem" part="task" data-id=${task.id} aria-setsize=${setSize} aria-posinset=${list.positionOf(task.id)} aria-current=${isSelected ? 'true' : 'false'}>
    <div class="row-head">
      <input
        type="checkbox"
        class="choose"
        .checked=${live(chosen.has(task.id))}
        aria-label=${msg(str`Select: ${title}, ${entryName}`, { id: 'monitor.choose-row', desc: 'Checkbox of a task in the account list, to act on several tasks at once.' })}
        @change=${(event: Event) => choose(task.id, (event.target as HTMLInputElement).checked)}
      />
      <span class="title">${title}</span>
      <button id=${`open-${task.id}`} part="button" class="open" aria-expanded=${isSelected ? 'true' : 'false'} aria-controls="detail" @click=${() => select(isSelected ? undefined : task.id)}>
        ${
          isSelected
            ? msg(html`Close<span class="visually-hidden">: ${title}, <bdi>${entryName}</bdi></span>`, {
                id: 'monitor.close-row',
                desc: 'Button of a task in the account list that closes its details; screen readers also hear the task and its entry name.',
              })
            : msg(html`Open<span class="visually-hidden">: ${title}, <bdi>${entryName}</bdi></span>`, {
                id: 'monitor.open-row',
                desc: 'Button of a task in the account list that opens its details; screen readers also hear the task and its entry name.',
              })
        }
      </button>
    </div>
    <span class="row-line"><span class="badge" part="status">${statusLabel(task.status)}</span> <span class="entry" dir="auto">${entryName}</span></span>
    <span class="row-line muted">${line}</span>
    ${progress === undefined || isFinalTaskStatus(task.status) ? nothing : html`<progress max="100" value=${Math.round(progress * 100)} aria-label=${msg(str`${title}: progress`)}></progress>`}
  </div>`;
}

function renderSummary({ tasks, list, byCreationMode }: AccountListView) {
  const capped = list.total > list.reachableTotal;
  return html`<p class="summary muted">
    ${tasksLoadedText(list.ids.length, list.total)} ${byCreationMode ? creationModeMatchText(tasks.length) : nothing}
    ${capped && !list.morePages ? listLimitText(list.reachableTotal) : nothing}
  </p>`;
}

function loadMoreLabel(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('Load 1 more task', {
      id: 'monitor.load-more.one',
      desc: 'Button under the task list that loads the next page of tasks.',
    }),
    other: msg(str`Load ${shown} more tasks`, {
      id: 'monitor.load-more.other',
      desc: 'Button under the task list that loads the next page of tasks.',
    }),
  });
}

/** "8 of 120 tasks loaded.": the noun agrees with the total. */
function tasksLoadedText(loaded: number, total: number): string {
  const [shownLoaded, shownTotal] = [formatCount(loaded), formatCount(total)];
  return plural(total, {
    one: msg(str`${shownLoaded} of 1 task loaded.`, {
      id: 'monitor.tasks-loaded.one',
      desc: 'Above the account list: how many of the matching tasks are loaded; the form follows the total.',
    }),
    other: msg(str`${shownLoaded} of ${shownTotal} tasks loaded.`, {
      id: 'monitor.tasks-loaded.other',
      desc: 'Above the account list: how many of the matching tasks are loaded; the form follows the total.',
    }),
  });
}

function creationModeMatchText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('1 of them matches the creation mode (filtered among the loaded tasks).', {
      id: 'monitor.creation-mode-matches.one',
      desc: 'After "N of M tasks loaded.": how many of the loaded tasks match the creation-mode filter.',
    }),
    other: msg(str`${shown} of them match the creation mode (filtered among the loaded tasks).`, {
      id: 'monitor.creation-mode-matches.other',
      desc: 'After "N of M tasks loaded.": how many of the loaded tasks match the creation-mode filter.',
    }),
  });
}

function listLimitText(count: number): string {
  // The limit is large: one form serves every language.
  return msg(str`Kaltura lists at most the first ${formatCount(count)} tasks: narrow the filters to see the others.`, {
    id: 'monitor.list-limit.other',
    desc: 'When more tasks match than Kaltura can list: the most it lists.',
  });
}
