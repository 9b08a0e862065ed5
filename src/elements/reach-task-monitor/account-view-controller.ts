import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import type { ReachSession } from '../../state/session.js';
import { LazyModule } from '../shared/lazy-module.js';
import type { AccountListController } from './account-list-controller.js';
import type * as AccountView from './account-view.js';
import type { BulkModerationController, BulkModerationOptions } from './bulk-moderation-controller.js';
import type { FiltersController } from './filters-controller.js';
import type { MonitorData } from './monitor-data.js';
import { countStatuses, type StatusCounts } from './status-counts.js';
import type { AccountFilters } from './task-query.js';

/** What the account view reads of the monitor, and asks of it (`allowed`: the moderation the server allows now). */
export interface AccountViewHost extends BulkModerationOptions {
  readonly filters: FiltersController;
  pageSize(): number;
  /** What the last load read. */
  catalog(): ReadonlyMap<number, VendorCatalogItem>;
  profiles(): readonly ReachProfile[];
  /** The session may not read the account's REACH profiles. */
  profilesHidden(): boolean;
  details(): SessionDetails | undefined;
  profileName(task: EntryVendorTask): string | undefined;
  card(task: EntryVendorTask): TemplateResult;
  focusAfterUpdate(id: string): void;
}

/**
 * The monitor's account view (no entry-id): its part (account-view.ts: list, bulk moderation, chips and filter form),
 * loaded the first time it is shown, the controllers made from it, the first page of a load handed over once that
 * code has come, and the status chips' counts.
 */
export class AccountViewController {
  readonly part: LazyModule<typeof AccountView>;
  /** The list and its selection: made when the part has loaded. */
  list: AccountListController | undefined;
  #bulk: BulkModerationController | undefined;
  /** The task opened beside the list. */
  #selectedId: string | undefined;
  /** How many tasks await approval, failed, are in progress (the other filters applied). */
  #counts: StatusCounts | undefined;
  /** Counts asked so far: only the latest answer is shown. */
  #countsAsked = 0;
  /** The first page of the last load, kept until the list's code has come. */
  #firstPage: MonitorData | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly monitor: AccountViewHost,
  ) {
    this.part = new LazyModule(host, {
      load: () => import('./account-view.js'),
      styles: (view) => [view.accountViewStyles],
      // The list read while its code came (or failed: "Try again") is shown now.
      loaded: (view) => this.#showFirstPage(view),
      failed: (error) => monitor.reportError(error),
    });
  }

  /** A new load: what was shown of the last list goes, and the counts asked before it are not shown. */
  start(applied: AccountFilters): void {
    const { filters } = this.monitor;
    // The task opened beside the list closes (the load's own updates draw it: "Loading tasks…", then the list).
    this.#selectedId = undefined;
    // A selection belongs to its filter: other filters, other tasks (a reload of the same keeps it).
    if (applied !== filters.loadedWith) this.#bulk?.clear();
    filters.loadedWith = applied;
    this.#countsAsked += 1;
    this.list?.start();
    this.#firstPage = undefined;
  }

  /** What a load read: its counts, and (in the account view) its first page, shown once the list's code is here. */
  took(data: MonitorData, listed: boolean): void {
    this.#counts = data.counts;
    if (!listed) return;
    this.#firstPage = data;
    const view = this.part.loaded;
    if (view) this.#showFirstPage(view);
  }

  /** A task changed status: the chips count again (the list keeps its tasks). */
  async recount(session: ReachSession): Promise<void> {
    const filter = this.list?.filter;
    if (!filter) return;
    const asked = ++this.#countsAsked;
    try {
      const counts = await countStatuses(session, filter, this.monitor.signal());
      if (asked !== this.#countsAsked) return;
      this.#counts = counts;
      this.host.requestUpdate();
    } catch {
      // The last counts stay until the next change or load.
    }
  }

  /** The account view's controllers, made once its part has loaded. */
  #controllers(view: typeof AccountView): AccountControllers {
    const list = (this.list ??= new view.AccountListController(this.host, this.monitor, this.monitor.pageSize));
    const bulk = (this.#bulk ??= new view.BulkModerationController(this.host, this.monitor));
    return { list, bulk };
  }

  /** Opens task `id` beside the list (`undefined`: closes it). */
  select(id: string | undefined): void {
    const previous = this.#selectedId;
    this.#selectedId = id;
    // Keyboard users land on what opened, and back on the row they came from (either updates the monitor).
    if (id) this.monitor.focusAfterUpdate('detail-close');
    else if (previous) this.monitor.focusAfterUpdate(`open-${previous}`);
  }

  /** Shows the first page of the last load, once the list's code is here. */
  #showFirstPage(view: typeof AccountView): void {
    const data = this.#firstPage;
    if (!data) return;
    this.#firstPage = undefined;
    const { list } = this.#controllers(view);
    list.filter = data.filter;
    if (data.page) list.addPage(data.page.objects, data.page.totalCount);
  }

  /** The word to a user session, the status chips and the filter form, once their code is here. */
  renderTop() {
    const { monitor } = this;
    const { filters } = monitor;
    // Its code comes with the tasks' first load; the list below says "Loading…" meanwhile, or why it did not come.
    const view = this.part.loaded;
    if (!view) return nothing;
    return html`${view.renderRoleNotice(monitor.details(), monitor.profilesHidden())}${view.renderStatusChips({
      counts: this.#counts,
      current: filters.applied.status,
      choose: (group) => filters.chooseStatus(group),
    })}
      ${view.renderFilterForm(filters, monitor.catalog(), monitor.profiles())}`;
  }

  /** The selection bar and the list of `tasks` (once their code is here). */
  render(tasks: readonly EntryVendorTask[], now: number) {
    const { monitor } = this;
    const selected = this.#selectedId ? monitor.session()?.tasks.get(this.#selectedId) : undefined;
    const select = (id: string | undefined) => this.select(id);
    return this.part.render((view) =>
      view.renderAccountBody({ monitor, ...this.#controllers(view), tasks, now, selected, select }),
    );
  }
}

interface AccountControllers {
  list: AccountListController;
  bulk: BulkModerationController;
}
