import { msg, str } from '@lit/localize';
import { formatCount } from '../shared/format.js';
import { entryDurationMs } from '../../reach/entry.js';
import { blockingTask, entryRefusal, tasksCancelledByOrder } from '../../reach/order-rules.js';
import { estimatePrice, type CreditState, type CreditVerdict, type PriceEstimate } from '../../reach/pricing.js';
import type { MediaEntry, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import { defaultOrderInput, inputProblems, inputRefusal, taskJobData } from '../../reach/task-data.js';
import type { NewTask } from '../../reach/tasks.js';
import { blockingTaskText, cancelsOrderText, entryRefusalText, inputRefusalText } from '../shared/order-text.js';
import type { BulkData, BulkEntry } from './bulk-data.js';
import type { BulkResult } from './bulk-order-controller.js';
import { byCatalogOrder, creditCheck } from './panel-view.js';
import { unitsRequiredText } from './service-text.js';

// What the bulk order's render modules draw from: one line per (entry, service) of the pre-flight, its
// price or why it cannot be ordered (the single panel's rules, src/reach/order-rules.ts), the totals
// against the profile's credit, and the bulk order as one view object built by the shell on each render.

/** One service for one entry. */
export interface BulkLine {
  /** `${entryId}:${catalogItemId}`. */
  readonly key: string;
  readonly entryId: string;
  readonly entry: MediaEntry | undefined;
  readonly item: VendorCatalogItem;
  readonly estimate: PriceEstimate;
  /** Why it cannot be ordered; undefined when it will be. */
  readonly refusal: string | undefined;
  /** What ordering it does besides (cancels an order on an earlier version of the media). */
  readonly warning: string | undefined;
  /** What is sent when it is ordered. */
  readonly request: NewTask;
}

export interface ServiceTotal {
  readonly item: VendorCatalogItem;
  readonly orderable: number;
  readonly refused: number;
  /** Credits charged when ordered (fixed prices only). */
  readonly credits: number;
}

export interface BulkPlan {
  readonly lines: readonly BulkLine[];
  readonly orderable: readonly BulkLine[];
  readonly services: readonly ServiceTotal[];
  readonly total: number;
  readonly verdict: CreditVerdict;
}

export const lineKey = (entryId: string, catalogItemId: number) => `${entryId}:${catalogItemId}`;

/**
 * Why `item` cannot be ordered for this entry, or undefined, in the server's order of checks. No edit right is
 * asked: an entry the session can see may be ordered for (kaltura-rules §6.4).
 */
function refusalOf(found: BulkEntry | undefined, item: VendorCatalogItem, estimate: PriceEstimate) {
  if (!found) return msg('No such entry on this account, or your session may not see it.');
  const { entry, tasks, captionAssets, sourceVersion } = found;
  const refusal = entryRefusal(entry, item);
  if (refusal) return entryRefusalText(refusal, entry, item);
  if (estimate.kind === 'units-required') return unitsRequiredText();
  const blocking = blockingTask(item, tasks, sourceVersion);
  if (blocking) return blockingTaskText(blocking);
  const input = inputRefusal(item, captionAssets);
  if (input) return inputRefusalText(input, item);
  if (Object.keys(inputProblems(item, defaultOrderInput(item, captionAssets), entry)).length > 0)
    return msg('Needs details that are given for one entry at a time: order it from the panel of this entry.');
  return undefined;
}

function lineOf(data: BulkData, entryId: string, item: VendorCatalogItem, profile: ReachProfile | undefined): BulkLine {
  const found = data.entries.get(entryId);
  const estimate = estimatePrice(item, entryDurationMs(found?.entry));
  const refusal = refusalOf(found, item, estimate);
  const cancels = found && !refusal ? tasksCancelledByOrder(item, found.tasks, found.sourceVersion) : [];
  const request: NewTask = { entryId, catalogItemId: item.id, ...(profile ? { reachProfileId: profile.id } : {}) };
  const jobData = found ? taskJobData(item, defaultOrderInput(item, found.captionAssets)) : undefined;
  if (jobData) request.taskJobData = jobData;
  return {
    key: lineKey(entryId, item.id),
    entryId,
    entry: found?.entry,
    item,
    estimate,
    refusal,
    warning: cancels.length > 0 ? cancelsOrderText(cancels) : undefined,
    request,
  };
}

/**
 * The pre-flight: every chosen service for every entry (those in `only`, when given), entry by entry;
 * totals per service and overall, checked against the credit as the server applies it, one order after the other.
 */
export function planBulk(
  data: BulkData,
  services: readonly VendorCatalogItem[],
  profile: ReachProfile | undefined,
  credit: CreditState | undefined,
  only?: ReadonlySet<string>,
): BulkPlan {
  const chosen = services.map((item) => ({ item })).sort(byCatalogOrder);
  const lines: BulkLine[] = [];
  for (const entryId of data.entryIds)
    for (const { item } of chosen)
      if (!only || only.has(lineKey(entryId, item.id))) lines.push(lineOf(data, entryId, item, profile));
  const orderable = lines.filter((line) => !line.refusal);
  const { verdict, total } = creditCheck(credit, orderable);
  const totals = chosen.map(({ item }): ServiceTotal => {
    const ofItem = lines.filter((line) => line.item.id === item.id);
    const ordered = ofItem.filter((line) => !line.refusal);
    const credits = ordered.reduce((sum, line) => sum + (line.estimate.kind === 'fixed' ? line.estimate.amount : 0), 0);
    return { item, orderable: ordered.length, refused: ofItem.length - ordered.length, credits };
  });
  return { lines, orderable, services: totals, total, verdict };
}

/** The bulk order as its render modules see it. */
export interface BulkView {
  readonly data: BulkData;
  /** The services that can be chosen (the account's catalog). */
  readonly catalog: readonly VendorCatalogItem[];
  readonly chosen: ReadonlySet<number>;
  readonly profiles: readonly ReachProfile[];
  readonly profile: ReachProfile | undefined;
  readonly credit: CreditState | undefined;
  readonly plan: BulkPlan;
  readonly results: ReadonlyMap<string, BulkResult>;
  readonly phase: 'preflight' | 'placing' | 'done';
  /** Lines sent so far and to send, while placing. */
  readonly progress: { readonly done: number; readonly total: number };
  /** The pre-flight is limited to lines that failed before ("Retry the failed ones"). */
  readonly retrying: boolean;
  /** The entries came from the media picker (so they can be chosen again). */
  readonly picked: boolean;
  readonly now: number;
  /** The list shows only the lines that will not be (or were not) ordered. */
  readonly notOrderedOnly: boolean;
  chooseProfile(id: number): void;
  showNotOrderedOnly(on: boolean): void;
  toggle(item: VendorCatalogItem, checked: boolean): void;
  place(): void;
  retryFailed(): void;
  startOver(): void;
  chooseEntries(): void;
}

/** After a bulk order: how many were created and how many not (shown, and announced). */
export function outcomeText(created: number, failed: number): string {
  return msg(str`Ordered: ${formatCount(created)}. Not ordered: ${formatCount(failed)}.`, {
    id: 'bulk.outcome',
    desc: 'After a bulk order: how many orders were created and how many were not.',
  });
}
