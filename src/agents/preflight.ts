// What running an agent on chosen entries would order, before it runs: per entry and action, the
// catalog item, its price and why it would be skipped, under the same rules the server applies to
// any REACH order (src/reach/order-rules.ts, pricing.ts, task-data.ts).
import { entryDurationMs } from '../reach/entry.js';
import { ReachProfileStatus, VendorServiceFeature } from '../reach/enums.js';
import { blockingTask, entryRefusal, type EntryRefusal } from '../reach/order-rules.js';
import { creditState, estimatePrice, type CreditState, type PriceEstimate } from '../reach/pricing.js';
import type { CaptionAsset, EntryVendorTask, MediaEntry, ReachProfile, VendorCatalogItem } from '../reach/schemas.js';
import { inputRefusal, type InputRefusal } from '../reach/task-data.js';
import type { WorkflowAction } from './schemas.js';

export type StepSkip =
  | { readonly reason: EntryRefusal | InputRefusal }
  | { readonly reason: 'duplicate'; readonly task: EntryVendorTask }
  /** The action names a catalog item the account does not have (any more). */
  | { readonly reason: 'no-catalog-item' }
  /** The action's REACH profile is missing or not active. */
  | { readonly reason: 'no-profile' };

export interface PlannedStep {
  action: WorkflowAction;
  /** The REACH service ordered; undefined for a native action (publish_entry). */
  item: VendorCatalogItem | undefined;
  skip: StepSkip | undefined;
  /** What it would cost; undefined when skipped or native. */
  price: PriceEstimate | undefined;
}

export interface PlannedEntry {
  entry: MediaEntry;
  steps: PlannedStep[];
  /** No step would order anything. */
  skipped: boolean;
}

export interface ProfileTotal {
  profile: ReachProfile;
  /** What the fixed-price steps would charge to this profile. */
  total: number;
  credit: CreditState;
  /** The total is more than the credit left. */
  exceeds: boolean;
}

export interface Preflight {
  entries: PlannedEntry[];
  /** What each profile pays; undefined when the session may not read the profiles (the server checks the credit). */
  totals: ProfileTotal[] | undefined;
}

export interface PreflightInput {
  actions: readonly WorkflowAction[];
  entries: readonly MediaEntry[];
  catalog: readonly VendorCatalogItem[];
  /**
   * The partner's profiles; undefined when the session may not read them (a USER session): no step is skipped
   * for its profile then, as the server may well run it.
   */
  profiles: readonly ReachProfile[] | undefined;
  /** Each entry's tasks (for duplicates). */
  tasks: ReadonlyMap<string, readonly EntryVendorTask[]>;
  /** Each entry's caption assets (a translation needs source captions). */
  captions: ReadonlyMap<string, readonly CaptionAsset[]>;
  /** Server time, unix seconds. */
  now: number;
}

export function planRun(input: PreflightInput): Preflight {
  const items = new Map(input.catalog.map((item) => [item.id, item]));
  const profiles = new Map((input.profiles ?? []).map((profile) => [profile.id, profile]));
  const totals = new Map<number, number>();
  const entries = input.entries.map((entry): PlannedEntry => {
    // A translation after a captions step of the same run waits for those captions instead of being skipped.
    let ordersCaptions = false;
    const steps = input.actions.map((action): PlannedStep => {
      if (action.catalog_item_id === undefined) return { action, item: undefined, skip: undefined, price: undefined };
      const item = items.get(action.catalog_item_id);
      if (!item) return { action, item, skip: { reason: 'no-catalog-item' }, price: undefined };
      const profile = action.reach_profile_id === undefined ? undefined : profiles.get(action.reach_profile_id);
      const skip = whySkipped(entry, item, profile, input, ordersCaptions);
      if (!skip && item.serviceFeature === VendorServiceFeature.CAPTIONS) ordersCaptions = true;
      if (skip) return { action, item, skip, price: undefined };
      const price = estimatePrice(item, entryDurationMs(entry));
      if (price.kind === 'fixed' && profile) totals.set(profile.id, (totals.get(profile.id) ?? 0) + price.amount);
      return { action, item, skip, price };
    });
    return { entry, steps, skipped: steps.every((step) => step.skip !== undefined) };
  });
  return {
    entries,
    totals:
      input.profiles &&
      [...totals].map(([id, total]) => {
        const profile = profiles.get(id)!;
        const credit = creditState(profile, input.now);
        return { profile, total, credit, exceeds: total > credit.remaining };
      }),
  };
}

function whySkipped(
  entry: MediaEntry,
  item: VendorCatalogItem,
  profile: ReachProfile | undefined,
  input: PreflightInput,
  captionsComing: boolean,
): StepSkip | undefined {
  const known = input.profiles !== undefined;
  if (known && (!profile || (profile.status ?? ReachProfileStatus.ACTIVE) !== ReachProfileStatus.ACTIVE))
    return { reason: 'no-profile' };
  const refusal = entryRefusal(entry, item);
  if (refusal) return { reason: refusal };
  const task = blockingTask(item, input.tasks.get(entry.id) ?? []);
  if (task) return { reason: 'duplicate', task };
  const inputProblem = inputRefusal(item, input.captions.get(entry.id) ?? []);
  if (inputProblem && !(inputProblem === 'needs-source-captions' && captionsComing)) return { reason: inputProblem };
  return undefined;
}
