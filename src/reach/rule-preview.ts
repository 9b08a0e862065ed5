// What a REACH profile's rules would have ordered for past entries (kaltura-rules §4.8: kReachManager's automatic
// path, as the sandbox's src/sandbox/reach/rules.js runs it). Apart from profile-rules.ts: only the preview needs it.
import { entryDurationMs } from './entry.js';
import { blockingTask, entryRefusal } from './order-rules.js';
import { estimatePrice } from './pricing.js';
import { idsOf, type RuleDraft } from './profile-rules.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from './schemas.js';

/** The entries a preview looks at: created this many days before now (server clock), at most `PREVIEW_MAX_ENTRIES`. */
export const PREVIEW_DAYS = 30;
export const PREVIEW_MAX_ENTRIES = 500;

export interface PreviewOrder {
  readonly entry: MediaEntry;
  readonly item: VendorCatalogItem;
  /** What the order would have cost (0 when free or priced on delivery). */
  readonly cost: number;
  /** An order of the item already exists for the entry, so the server would have skipped it. */
  readonly duplicateOf?: EntryVendorTask;
}

/**
 * What a rule set would have ordered for these entries, rule by rule in order as the server evaluates them:
 * the rules without conditions when an entry becomes ready, the category rules for the categories it is in,
 * each pass stopping after a matching rule that stops processing. Boolean-template rules depend on what
 * changed when, which past data does not tell: they are left out. Items the account lacks, or that refuse the
 * entry (type, length), would have been skipped by the server and are left out too.
 */
export function previewOrders(
  drafts: readonly RuleDraft[],
  entries: readonly MediaEntry[],
  tasks: readonly EntryVendorTask[],
  catalog: ReadonlyMap<number, VendorCatalogItem>,
): PreviewOrder[] {
  const orders: PreviewOrder[] = [];
  for (const entry of entries) {
    if (entry.parentEntryId) continue; // Child entries get nothing from rules.
    const categories = new Set(idsOf(entry.categoriesIds));
    const itemIds = new Set<number>();
    for (const pass of ['always', 'category'] as const) {
      for (const draft of drafts) {
        if (draft.trigger.kind !== pass) continue;
        if (draft.trigger.kind === 'category' && !draft.trigger.categoryIds.some((id) => categories.has(id))) continue;
        for (const id of draft.catalogItemIds) itemIds.add(id);
        if (draft.stopProcessing) break;
      }
    }
    const entryTasks = tasks.filter((task) => task.entryId === entry.id);
    for (const id of itemIds) {
      const item = catalog.get(id);
      const refusal = item && entryRefusal(entry, item);
      // The automatic path orders for an entry still converting (the task waits for it).
      if (!item || (refusal && refusal !== 'entry-not-ready')) continue;
      // The automatic path counts an existing order of the item as a duplicate, even a delivered one of a resubmittable
      // item (kaltura-rules §4.8). The preview reads no flavors: orders on other versions of the media count too.
      const duplicateOf = blockingTask({ ...item, allowResubmission: false }, entryTasks);
      const estimate = estimatePrice(item, entryDurationMs(entry));
      orders.push({
        entry,
        item,
        cost: estimate.kind === 'fixed' ? estimate.amount : 0,
        ...(duplicateOf ? { duplicateOf } : {}),
      });
    }
  }
  return orders;
}
