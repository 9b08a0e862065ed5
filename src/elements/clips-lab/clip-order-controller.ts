import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import { ReachTaskCreatedEvent } from '../../events.js';
import { plural } from '../../i18n/plural.js';
import { EntryVendorTaskStatus, isFinalTaskStatus } from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask } from '../../reach/order-rules.js';
import { activeProfiles, creditState, creditVerdict, estimatePrice, type CreditVerdict } from '../../reach/pricing.js';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import {
  DEFAULT_CLIP_SECONDS,
  defaultOrderInput,
  inputProblems,
  taskJobData,
  type OrderInput,
} from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import { forgetProfiles, profilesOf } from '../../state/lookups.js';
import { placeOrders, reconcileOrder, type OrderAttempt, type OrderOutcome } from '../../state/order.js';
import { isolate, orderErrorText } from '../shared/order-text.js';
import { LabController, listEntryTasks, type LabData, type LabHost } from './lab-data.js';

/** Order form fields as typed. */
export interface OrderForm {
  itemId: number | undefined;
  profileId: number | undefined;
  language: string;
  maxSeconds: string;
  instruction: string;
}

/** Why the last order did not go through; `retry` when its outcome is unknown and must be checked, never re-sent. */
export interface OrderProblem {
  message: string;
  retry?: { request: NewTask; attempt: OrderAttempt; error: KalturaApiError };
}

/**
 * The clips order: the form as typed, its checks, the order in flight and its outcome, and "Generate
 * again" (the form opened once more when clips exist). Orders go through `placeOrders`, which never
 * re-sends; an order another element placed and this one joined is shown, but fires nothing here.
 */
export class ClipOrderController extends LabController implements ReactiveController {
  form: OrderForm = {
    itemId: undefined,
    profileId: undefined,
    language: '',
    maxSeconds: String(DEFAULT_CLIP_SECONDS),
    instruction: '',
  };
  /** What is wrong with the longest clip typed, once the user tried to order. */
  error: string | undefined;
  ordering = false;
  problem: OrderProblem | undefined;
  /** Clips exist and the order form is open for a new set. */
  again = false;
  /** The active profiles with their credit as last read. */
  profiles: ReachProfile[] = [];
  /** The session may not read profiles: no price or credit is shown, and orders go without a profile (the server picks it). */
  profilesHidden = false;
  /** The order was sent from the form: once the form gives way to the task's status line, that takes the focus. */
  #focusStatus = false;

  constructor(
    lab: LabHost,
    private readonly data: () => LabData | undefined,
  ) {
    super(lab);
  }

  /** Away from the page the focus is gone: an order still under way does not take it back. */
  hostDisconnected(): void {
    this.#focusStatus = false;
  }

  /** A new load: the profiles as read, and choices that still fit what was loaded. */
  loaded(data: LabData, profiles: readonly ReachProfile[] | undefined): void {
    this.profilesHidden = profiles === undefined;
    this.profiles = activeProfiles(profiles ?? []);
    this.#defaultChoices(data);
  }

  /** Another entry: nothing of the last one's order is shown. */
  reset(): void {
    this.error = undefined;
    this.problem = undefined;
    this.again = false;
    this.changed();
  }

  get item(): VendorCatalogItem | undefined {
    return this.data()?.catalog.find((item) => item.id === this.form.itemId);
  }

  get profile(): ReachProfile | undefined {
    return this.profiles.find((profile) => profile.id === this.form.profileId);
  }

  /** The version of the entry's source flavor, which the server's duplicate rule compares (kaltura-rules §4.5). */
  get sourceVersion(): number | undefined {
    return this.data()?.flavors.find((flavor) => flavor.isOriginal)?.version;
  }

  /** The existing order that stops `item` from being ordered for this entry again: the server would refuse it. */
  blockingTask(item: VendorCatalogItem): EntryVendorTask | undefined {
    return blockingTask(item, this.lab.clipsTasks(), this.sourceVersion);
  }

  verdict(item: VendorCatalogItem, profile: ReachProfile): CreditVerdict {
    return creditVerdict(
      creditState(profile, this.lab.serverNow()),
      estimatePrice(item, entryDurationMs(this.data()?.source)),
    );
  }

  change(change: Partial<OrderForm>): void {
    this.form = { ...this.form, ...change };
    if (change.itemId !== undefined) this.#defaultChoices();
    if (change.maxSeconds !== undefined && this.error) this.error = this.#checkMaxSeconds();
    if (this.problem && !this.problem.retry) this.problem = undefined;
    this.changed();
  }

  /** Opens the form for a new set of clips, on a service that can still be ordered. */
  openAgain(): void {
    const item = this.item;
    const orderable = this.data()?.catalog.find((candidate) => !this.blockingTask(candidate));
    if (item && orderable && this.blockingTask(item)) this.change({ itemId: orderable.id });
    if (!this.problem?.retry) this.problem = undefined;
    this.again = true;
    this.lab.focusAfterUpdate('order-heading');
  }

  closeAgain(): void {
    this.again = false;
    this.error = undefined;
    this.lab.focusAfterUpdate('order-again');
  }

  /** The credit left, read again: an order spent some, or a failed one was refunded. */
  async reloadProfiles({ refunded = false } = {}): Promise<void> {
    const session = this.lab.session();
    // A session that may not read the profiles has no credit to show.
    if (!session || this.profilesHidden) return;
    if (refunded) forgetProfiles(session);
    try {
      const profiles = await profilesOf(session);
      if (session === this.lab.session()) {
        this.profiles = activeProfiles(profiles);
        this.changed();
      }
    } catch {
      // The credit shown stays as it was; the next load asks again.
    }
  }

  async submit(event: Event): Promise<void> {
    event.preventDefault();
    const session = this.lab.session();
    const data = this.data();
    // A double click or a held Enter key sends one order; an order of unknown outcome is checked first.
    if (this.ordering || this.problem?.retry || !session || !data) return;
    const { item, profile } = this;
    if (!item || (!profile && !this.profilesHidden) || this.blockingTask(item)) return;
    this.error = this.#checkMaxSeconds();
    if (this.error) {
      this.lab.focusAfterUpdate('clip-length');
      return;
    }
    if (profile && this.verdict(item, profile) !== 'ok') return;
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
    const retry = this.problem?.retry;
    const session = this.lab.session();
    if (!retry || !session || this.ordering) return;
    await this.#send(
      () => reconcileOrder(session, retry.request, retry.attempt, retry.error),
      new Set(retry.attempt.knownTaskIds),
    );
    if (this.problem?.retry === retry) this.problem = undefined;
  }

  async #send(order: () => Promise<OrderOutcome>, known: ReadonlySet<string>, saying?: string): Promise<void> {
    const root = this.lab.element.renderRoot as ShadowRoot;
    this.#focusStatus = root.querySelector('form.order')?.contains(root.activeElement) ?? false;
    this.ordering = true;
    if (saying) {
      this.problem = undefined;
      this.lab.announce(saying);
    }
    this.changed();
    try {
      await this.#handleOutcome(await order(), known);
    } finally {
      this.ordering = false;
      this.changed();
    }
  }

  /** `known`: the clips tasks of the entry the lab knew when the order was sent. */
  async #handleOutcome(outcome: OrderOutcome, known: ReadonlySet<string>): Promise<void> {
    switch (outcome.kind) {
      case 'created':
        this.again = false;
        // The form gave way to the task's status line: focus follows, rather than drop to the page.
        if (this.#focusStatus) this.lab.focusAfterUpdate('task-status');
        this.#focusStatus = false;
        // A joined order was placed by another element of the page: it fires the event, not this one.
        if (!outcome.joined) this.lab.element.dispatchEvent(new ReachTaskCreatedEvent(outcome.task));
        // The order spent credit: show the profile as the server now has it.
        void this.reloadProfiles();
        this.lab.announce(msg('AI clips ordered. The clips appear here when they are ready.'));
        return;
      case 'failed':
        if (
          outcome.error.code === 'ENTRY_VENDOR_TASK_DUPLICATION' &&
          (await this.#orderedMeanwhile(outcome.request, known))
        ) {
          this.again = false;
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
    this.changed();
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
    this.problem = retry ? { message, retry } : { message };
    this.lab.reportError(error);
    this.lab.announce(message);
  }

  #defaultChoices(data = this.data()): void {
    const catalog = data?.catalog ?? [];
    const item = catalog.find((candidate) => candidate.id === this.form.itemId) ?? catalog[0];
    const profileIds = this.profiles.map((profile) => profile.id);
    const profileId = profileIds.includes(this.form.profileId ?? NaN)
      ? this.form.profileId
      : profileIds.includes(item?.defaultReachProfileId ?? NaN)
        ? item?.defaultReachProfileId
        : profileIds[0];
    const language = this.form.language || (item ? defaultOrderInput(item, data?.captions ?? []).outputLanguage : '');
    this.form = { ...this.form, itemId: item?.id, profileId, language };
  }

  /** The form as the order panel's input for the item: one set of rules and one wire shape for both elements. */
  #orderInput(item: VendorCatalogItem): OrderInput {
    const { language, maxSeconds, instruction } = this.form;
    return {
      ...defaultOrderInput(item, this.data()?.captions ?? []),
      outputLanguage: language,
      clipsDuration: maxSeconds,
      instruction,
    };
  }

  #checkMaxSeconds(): string | undefined {
    const item = this.item;
    const source = this.data()?.source;
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
