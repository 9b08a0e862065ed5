import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import { ReachTaskCreatedEvent } from '../../events.js';
import { plural } from '../../i18n/plural.js';
import { EntryVendorTaskStatus, isFinalTaskStatus } from '../../reach/enums.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { defaultOrderInput, inputProblems, taskJobData, type OrderInput } from '../../reach/task-data.js';
import { mayEditEntry } from '../../reach/session-info.js';
import type { NewTask } from '../../reach/tasks.js';
import { placeOrders, reconcileOrder, type OrderOutcome } from '../../state/order.js';
import { isolate, orderErrorText } from '../shared/order-text.js';
import type { ClipOrderController, OrderProblem } from './clip-order-controller.js';
import { listEntryTasks, type LabHost } from './lab-data.js';

/**
 * The order step of the lab, loaded on first use (on intent: the pointer on, or the focus in, the order form):
 * checks the form, sends the order through `placeOrders`, which never re-sends, and says how it went. An order
 * another element placed and this one joined is shown, but fires nothing here.
 */
export class ClipOrderSender {
  constructor(
    private readonly lab: LabHost,
    private readonly order: ClipOrderController,
  ) {}

  async submit(): Promise<void> {
    const session = this.lab.session();
    const data = this.order.data();
    // A double click or a held Enter key sends one order; an order of unknown outcome is checked first.
    if (this.order.ordering || this.order.problem?.retry || !session || !data) return;
    // Pressed before this step came, the session may meanwhile have lost the right to order for the entry.
    if (!mayEditEntry(data.details, data.source)) return;
    const { item, profile } = this.order;
    if (!item || (!profile && !this.order.profilesHidden) || this.order.blockingTask(item)) return;
    this.order.error = this.checkMaxSeconds();
    if (this.order.error) {
      this.lab.focusAfterUpdate('clip-length');
      return;
    }
    if (profile && this.order.verdict(item, profile) !== 'ok') return;
    const request: NewTask = {
      entryId: data.entryId,
      catalogItemId: item.id,
      ...(profile ? { reachProfileId: profile.id } : {}),
      taskJobData: taskJobData(item, this.#orderInput(item)),
    };
    const known = new Set(this.lab.clipsTasks().map((task) => task.id));
    await this.#send(
      () => placeOrders(session, [request]).then(([outcome]) => outcome!),
      known,
      msg('Ordering AI clips…'),
    );
  }

  /** Finds out what an order of unknown outcome did; never sends it again. */
  async checkAgain(): Promise<void> {
    const retry = this.order.problem?.retry;
    const session = this.lab.session();
    if (!retry || !session || this.order.ordering) return;
    await this.#send(
      () => reconcileOrder(session, retry.request, retry.attempt, retry.error),
      new Set(retry.attempt.knownTaskIds),
    );
    if (this.order.problem?.retry === retry) this.order.problem = undefined;
  }

  async #send(order: () => Promise<OrderOutcome>, known: ReadonlySet<string>, saying?: string): Promise<void> {
    const root = this.lab.element.renderRoot as ShadowRoot;
    this.order.focusStatus = root.querySelector('form.order')?.contains(root.activeElement) ?? false;
    this.order.ordering = true;
    if (saying) {
      this.order.problem = undefined;
      this.lab.announce(saying);
    }
    this.lab.element.requestUpdate();
    try {
      await this.#handleOutcome(await order(), known);
    } finally {
      this.order.ordering = false;
      this.lab.element.requestUpdate();
    }
  }

  /** `known`: the clips tasks of the entry the lab knew when the order was sent. */
  async #handleOutcome(outcome: OrderOutcome, known: ReadonlySet<string>): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        this.order.again = false;
        // The form gave way to the task's status line: focus follows, rather than drop to the page.
        if (this.order.focusStatus) this.lab.focusAfterUpdate('task-status');
        this.order.focusStatus = false;
        // A joined order was placed by another element of the page: it fires the event, not this one.
        if (!outcome.joined) this.lab.element.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
        // The order spent credit: show the profile as the server now has it.
        void this.order.reloadProfiles();
        this.lab.announce(msg('AI clips ordered. The clips appear here when they are ready.'));
        return;
      case 'failed':
        if (
          outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION' &&
          (await this.#orderedMeanwhile(outcome.request, known))
        ) {
          this.order.again = false;
          this.lab.announce(msg('AI clips were already ordered for this entry.'));
          return;
        }
        this.#stopped(
          outcome.error,
          outcome.reconciled
            ? msg('The order did not reach the server, and nothing was ordered or charged. You can order again.')
            : `${orderErrorText(outcome.error)} ${isolate(outcome.error.message)}`,
        );
        return;
      case 'unknown':
        this.#stopped(
          outcome.error,
          msg(
            'The server did not answer, and it is not known yet whether the clips were ordered. Check again before ordering anything.',
          ),
          { request: outcome.request, attempt: outcome.attempt, error: outcome.error },
        );
        return;
    }
  }

  /**
   * Refused as a duplicate: ordered meanwhile (in another tab, say), which the lab then shows; or refused
   * because of an order the lab knew of (the item takes no second order), a refusal like any other.
   */
  async #orderedMeanwhile(request: NewTask, known: ReadonlySet<string>): Promise<boolean> {
    const session = this.lab.session();
    if (!session) return false;
    try {
      session.tasks.upsert(
        (await session.call(listEntryTasks(request.entryId), { signal: this.lab.signal() })).objects,
      );
    } catch (error) {
      this.lab.reportError(error);
    }
    this.lab.element.requestUpdate();
    return this.lab
      .clipsTasks()
      .some(
        (task) =>
          task.catalogItemId === request.catalogItemId &&
          !known.has(task.id) &&
          (!isFinalTaskStatus(task.status) || task.status === EntryVendorTaskStatus.READY),
      );
  }

  #stopped(error: KalturaApiError, message: string, retry?: OrderProblem['retry']): void {
    this.order.problem = retry ? { message, retry } : { message };
    this.lab.reportError(error);
    this.lab.announce(message);
  }

  /** The form as the order panel's input for the item: one set of rules and one wire shape for both elements. */
  #orderInput(item: VendorCatalogItem): OrderInput {
    const { language, maxSeconds, instruction } = this.order.form;
    return {
      ...defaultOrderInput(item, this.order.data()?.captions ?? []),
      outputLanguage: language,
      clipsDuration: maxSeconds,
      instruction,
    };
  }

  /** What is wrong with the longest clip typed, if anything. */
  checkMaxSeconds(): string | undefined {
    const item = this.order.item;
    const source = this.order.data()?.source;
    if (!item || !source) return undefined;
    const found = inputProblems(item, this.#orderInput(item), source).clipsDuration;
    switch (found?.problem) {
      case undefined:
        return undefined;
      case 'required':
        return msg('Enter the longest a clip may be, in seconds.');
      case 'whole-number':
        return msg('Enter a whole number of seconds, such as 30.');
      case 'too-small': {
        const seconds = found.min ?? 1;
        return plural(seconds, {
          one: msg('Enter 1 or more seconds.', {
            id: 'clips.length-too-small.one',
            desc: 'Error under "Longest clip (seconds)": the least it may be.',
          }),
          other: msg(str`Enter ${seconds} or more seconds.`, {
            id: 'clips.length-too-small.other',
            desc: 'Error under "Longest clip (seconds)": the least it may be.',
          }),
        });
      }
      case 'too-large': {
        const seconds = found.max ?? 0;
        return plural(seconds, {
          one: msg('Enter 1 or fewer seconds: a clip cannot be longer than the entry.', {
            id: 'clips.length-too-large.one',
            desc: 'Error under "Longest clip (seconds)": the most it may be, the length of the entry.',
          }),
          other: msg(str`Enter ${seconds} or fewer seconds: a clip cannot be longer than the entry.`, {
            id: 'clips.length-too-large.other',
            desc: 'Error under "Longest clip (seconds)": the most it may be, the length of the entry.',
          }),
        });
      }
    }
  }
}
