import type { ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { APPROVAL_FIRST, DEFAULT_FILTERS, filterProblem, type AccountFilters, type StatusGroup } from './task-query.js';

/** The account view's filters: what the form holds, what the list was loaded with, and whether the form is open. */
export class FiltersController {
  applied: AccountFilters = DEFAULT_FILTERS;
  draft: AccountFilters = DEFAULT_FILTERS;
  /** Why the form cannot be applied as it is. */
  problem: string | undefined;
  /** The filters of the list shown now. */
  loadedWith: AccountFilters | undefined;
  /** Folded at first: the status chips above answer what most people look for. */
  open = false;
  /** The view opened on the approval queue, oldest first, by itself: leaving the queue lists newest first again. */
  #queueOrder = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Loads the list again for `applied`. */
    private readonly reload: () => void,
  ) {}

  toggle(): void {
    this.open = !this.open;
    this.host.requestUpdate();
  }

  /** Shows the list with these filters (the form shows them too). */
  show(filters: AccountFilters): void {
    this.#queueOrder = filters === APPROVAL_FIRST;
    this.applied = filters;
    this.draft = filters;
    this.problem = undefined;
    this.reload();
  }

  /** A status chip: filters at once, the form's other filters as applied. */
  chooseStatus(status: StatusGroup): void {
    const sort = this.#queueOrder && status !== APPROVAL_FIRST.status ? DEFAULT_FILTERS.sort : this.applied.sort;
    this.#queueOrder &&= status === APPROVAL_FIRST.status;
    this.applied = { ...this.applied, status, sort };
    this.draft = { ...this.draft, status, sort };
    this.reload();
  }

  change<K extends keyof AccountFilters>(key: K, value: AccountFilters[K]): void {
    const draft = { ...this.draft, [key]: value };
    // The catalog item list follows these: a chosen item they leave out goes.
    if (key === 'feature' || key === 'language' || key === 'turnaround') draft.catalogItemId = 0;
    this.draft = draft;
    this.problem = undefined;
    this.host.requestUpdate();
  }

  apply(event: Event): void {
    event.preventDefault();
    if (filterProblem(this.draft) === 'dates-reversed') {
      this.problem = msg('The "created from" date is after the "created to" date. Change one of them.');
      this.host.requestUpdate();
      return;
    }
    this.problem = undefined;
    this.#queueOrder = false;
    this.applied = this.draft;
    this.reload();
  }

  reset(): void {
    this.#queueOrder = false;
    this.draft = DEFAULT_FILTERS;
    this.applied = DEFAULT_FILTERS;
    this.problem = undefined;
    this.reload();
  }
}
