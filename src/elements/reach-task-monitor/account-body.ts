// The account view's selection bar and list, wired to their controllers and to the monitor: part of the account
// view's part (account-view.ts), so a page that monitors one entry does not download it.
import { html } from 'lit';
import type { EntryVendorTask } from '../../reach/schemas.js';
import type { AccountListController } from './account-list-controller.js';
import { renderAccountList } from './account-list.js';
import type { AccountViewHost } from './account-view-controller.js';
import type { BulkAction, BulkModerationController } from './bulk-moderation-controller.js';
import { renderBulkModeration } from './bulk-moderation.js';

export interface AccountBody {
  monitor: AccountViewHost;
  list: AccountListController;
  bulk: BulkModerationController;
  /** The tasks shown now, in order. */
  tasks: readonly EntryVendorTask[];
  now: number;
  /** The task opened beside the list. */
  selected: EntryVendorTask | undefined;
  select: (id: string | undefined) => void;
}

/** The bulk moderation of the selection, above the list of tasks. */
export function renderAccountBody(body: AccountBody) {
  const { monitor, list, bulk, tasks } = body;
  const byCreationMode = !!monitor.filters.applied.creationMode;
  const catalog = monitor.catalog();
  return html`${renderBulkModeration({
    bulk,
    matching: byCreationMode ? tasks.length : list.reachableTotal,
    moderates: monitor.details()?.isAdmin ?? false,
    catalog,
    entryName: (task) => (task.entryId ? (list.entryName(task.entryId) ?? task.entryId) : ''),
    selectAll: () => void selectAllMatching(body),
    open: (action) => openBulk(body, action),
    run: (action) => void runBulk(body, action),
  })}
  ${renderAccountList({
    tasks,
    list,
    catalog,
    byCreationMode,
    selected: body.selected,
    now: body.now,
    select: body.select,
    profileName: (task) => monitor.profileName(task),
    chosen: bulk.selected,
    choose: (id, on) => bulk.toggle(id, on),
    card: (task) => monitor.card(task),
  })}`;
}

/** Every task of the filter; filtered by creation mode (in the browser), the ones loaded that match. */
async function selectAllMatching({ monitor, list, bulk, tasks }: AccountBody): Promise<void> {
  if (monitor.filters.applied.creationMode) for (const task of tasks) bulk.toggle(task.id, true);
  else await bulk.selectAllMatching(list.filter);
}

/** Opens (or closes) the confirmation of an action on the selection, with the keyboard in it. */
function openBulk({ monitor, bulk }: AccountBody, action: BulkAction | undefined): void {
  bulk.open(action);
  if (action) monitor.focusAfterUpdate(action === 'approve' ? 'bulk-yes' : 'bulk-reason');
}

async function runBulk({ monitor, bulk }: AccountBody, action: BulkAction): Promise<void> {
  await bulk.run(action);
  monitor.focusAfterUpdate('bulk-outcome');
}
