import { nothing, type ReactiveController } from 'lit';
import type { KalturaApiError } from '../../api/errors.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask } from '../../reach/order-rules.js';
import { activeProfiles, creditState, creditVerdict, estimatePrice, type CreditVerdict } from '../../reach/pricing.js';
import type { EntryVendorTask, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { DEFAULT_CLIP_SECONDS, defaultOrderInput } from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import { forgetProfiles, profilesOf } from '../../state/lookups.js';
import type { OrderAttempt } from '../../state/order.js';
import type { LazyModule } from '../shared/lazy-module.js';
import type * as OrderStep from './clip-order-sender.js';
import { LabController, type LabData, type LabHost } from './lab-data.js';

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
 * The clips order: the form as typed, the order in flight and its outcome, and "Generate again" (the form
 * opened once more when clips exist). Checking and sending it is the order step (clip-order-sender.ts), a
 * part loaded on first use: pointer or focus on the form loads it, and a submit before it came waits for it.
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
  focusStatus = false;
  /** What the user last asked of the order step for this entry (sent or checked the order); undefined before. */
  #asked: ((sender: OrderStep.ClipOrderSender) => void) | undefined;

  constructor(
    lab: LabHost,
    readonly data: () => LabData | undefined,
    /** Checking and sending the order (clip-order-sender.ts): loaded on first use. */
    private readonly step: LazyModule<typeof OrderStep>,
  ) {
    super(lab);
  }

  /** The pointer is on, or the focus in, the order form: the order step starts to load. */
  readonly prepare = (): void => this.step.want();

  /**
   * Runs `send` with the order step, at once when it is here, else when it comes: dropped if the lab has shown
   * another entry by then (what the user acted on is gone, even if the same entry came back).
   */
  #sending(send: (sender: OrderStep.ClipOrderSender) => void): void {
    const shown = this.lab.entriesShown();
    this.#asked = send;
    this.step.use(({ ClipOrderSender }) => {
      if (this.lab.entriesShown() === shown) send(new ClipOrderSender(this.lab, this));
    });
  }

  /**
   * Why the order step did not come, once the user asked it for something, with "Try again": which asks for it
   * again and then does what was asked, the focus on the form's button meanwhile (the notice it was on goes).
   */
  renderStepFailure() {
    const asked = this.#asked;
    if (!asked) return nothing;
    return this.step.renderFailure(() => {
      this.lab.focusAfterUpdate('order-submit');
      this.#sending(asked);
    });
  }

  /** Away from the page the focus is gone: an order still under way does not take it back. */
  hostDisconnected(): void {
    this.focusStatus = false;
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
    this.#asked = undefined;
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
    // An error is shown only after the order step checked the form: it is here, and checks again.
    if (change.maxSeconds !== undefined && this.error)
      this.#sending((sender) => (this.error = sender.checkMaxSeconds()));
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

  /** Sends the order once the order step has come (at once when it is here). */
  submit(event: Event): void {
    event.preventDefault();
    this.#sending((sender) => void sender.submit());
  }

  /** Finds out what an order of unknown outcome did; never sends it again. */
  checkAgain(): void {
    this.#sending((sender) => void sender.checkAgain());
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
}
