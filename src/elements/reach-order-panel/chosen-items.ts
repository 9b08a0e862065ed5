import { turnAroundSpan, VendorServiceFeature } from '../../reach/enums.js';
import type { MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';
import { inputProblems, type InputProblems, type OrderInput } from '../../reach/task-data.js';
import { byCatalogOrder, isSelectable, type ItemView } from './panel-view.js';

// What choosing a service brings into the order or takes out of it, and what a chosen one still needs (loaded with
// the order parts: nothing is chosen before).

/** An item's input problems; one chained after captions has no captions to choose yet. */
export function chainedInputProblems(view: ItemView, input: OrderInput, entry: MediaEntry): InputProblems {
  const problems = inputProblems(view.item, input, entry);
  if (view.captionsFirst) delete problems.captionAssetId;
  return problems;
}

/** When the captions a chained order waits for are expected (unix seconds), if that can be told. */
export function captionsReadyAt(
  { item, captionsOrder }: NonNullable<ItemView['captionsFirst']>,
  now: number,
): number | undefined {
  if (captionsOrder) return captionsOrder.expectedFinishTime;
  const span = turnAroundSpan(item.turnAroundTime);
  return span.unit === 'seconds' ? now + span.amount : undefined;
}

/** What choosing `view` (or no longer choosing it) changes in the selection. */
interface SelectionChange {
  readonly selected: ReadonlySet<number>;
  /** Brought into the order with it: the captions a translation starts from. */
  readonly added: readonly VendorCatalogItem[];
  /** Translations it takes out: no captions of their language are chosen any more. */
  readonly unchained: readonly ItemView[];
}

/**
 * Chooses `view` or not. A translation brings the captions it starts from; captions unticked take with them
 * only the translations left without any captions of their language chosen (others follow the captions chosen).
 */
export function changeSelection(
  items: readonly ItemView[],
  selected: ReadonlySet<number>,
  view: ItemView,
  checked: boolean,
): SelectionChange {
  const next = new Set(selected);
  if (checked) {
    const captions = view.captionsFirst && !view.captionsFirst.captionsOrder ? view.captionsFirst.item : undefined;
    next.add(view.item.id);
    if (captions) next.add(captions.id);
    return { selected: next, added: captions && !selected.has(captions.id) ? [captions] : [], unchained: [] };
  }
  next.delete(view.item.id);
  const captionsChosen = (language: string | undefined) =>
    items.some(
      (other) =>
        other.item.serviceFeature === VendorServiceFeature.CAPTIONS &&
        other.item.sourceLanguage === language &&
        next.has(other.item.id) &&
        isSelectable(other),
    );
  const unchained = items.filter(
    (other) =>
      other.captionsFirst?.item.id === view.item.id &&
      !other.captionsFirst.captionsOrder &&
      next.has(other.item.id) &&
      !captionsChosen(other.item.sourceLanguage),
  );
  for (const other of unchained) next.delete(other.item.id);
  return { selected: next, added: [], unchained };
}

/** The selected items that can still be ordered, in catalog order. */
export function selectedViews(items: readonly ItemView[], selected: ReadonlySet<number>): ItemView[] {
  return items.filter((view) => selected.has(view.item.id) && isSelectable(view)).sort(byCatalogOrder);
}
