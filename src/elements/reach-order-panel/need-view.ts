import { VendorCatalogItemStatus, VendorServiceType } from '../../reach/enums.js';
import type { CaptionAsset } from '../../reach/schemas.js';
import { catalogLanguage } from '../shared/order-text.js';
import { byCatalogOrder, isSelectable, turnaroundOrder, type ItemView } from './panel-view.js';

// The order panel's need-first way to a choice, once the need is known (loaded with the order parts): in which
// language (and into which ones), then which service of that need (machine or professional, how soon, at what
// price), one recommended.

/** The services of one need and language among which the user picks one. */
export interface QualityGroup {
  /** The language of the result: the target of a translation, else the spoken language. */
  readonly language: string;
  readonly options: readonly ItemView[];
  readonly recommended: ItemView | undefined;
}

/** Services that could be ordered for the entry (some may be blocked by an order already placed). */
const offered = (items: readonly ItemView[], need: number) =>
  items.filter((view) => !view.unavailable && view.item.serviceFeature === need);

/** Whether a need makes its result in another language, chosen separately (translation, dubbing, sign language). */
export function takesTargets(items: readonly ItemView[], need: number): boolean {
  return offered(items, need).some((view) => view.item.targetLanguage);
}

/** The spoken languages a need is offered for, the most offered first. */
export function spokenLanguages(items: readonly ItemView[], need: number): string[] {
  const counts = new Map<string, number>();
  for (const { item } of offered(items, need))
    if (item.sourceLanguage) counts.set(item.sourceLanguage, (counts.get(item.sourceLanguage) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([language]) => language);
}

/**
 * The language spoken in the entry, as far as the panel can tell: Kaltura keeps no spoken language on an entry,
 * so it is the language of the entry's captions (the default ones first) when the need is offered in it, else
 * the language the need is offered in most.
 */
export function presetSpoken(
  items: readonly ItemView[],
  need: number,
  captionAssets: readonly CaptionAsset[],
): string | undefined {
  const languages = spokenLanguages(items, need);
  const captioned = [...captionAssets]
    .sort((a, b) => Number(Boolean(b.isDefault)) - Number(Boolean(a.isDefault)))
    .map((asset) => asset.language)
    .find((language) => language !== undefined && languages.includes(language));
  return captioned ?? languages[0];
}

/** The languages a need can make from `spoken`, by name. */
export function targetLanguages(items: readonly ItemView[], need: number, spoken: string | undefined): string[] {
  const targets = offered(items, need)
    .filter((view) => view.item.sourceLanguage === spoken)
    .flatMap((view) => (view.item.targetLanguage ? [view.item.targetLanguage] : []));
  return [...new Set(targets)].sort((a, b) => catalogLanguage(a).localeCompare(catalogLanguage(b)));
}

/** The services to choose from: one group per target language wanted, or one group in the spoken language. */
export function qualityGroups(
  items: readonly ItemView[],
  need: number,
  spoken: string | undefined,
  targets: readonly string[],
): QualityGroup[] {
  const ofSpoken = offered(items, need).filter(
    (view) => !view.item.sourceLanguage || view.item.sourceLanguage === spoken,
  );
  const group = (language: string, options: ItemView[]): QualityGroup => {
    const recommended = recommendedOf(options);
    // The recommended one first, the rest in catalog order (machine before professional, soonest first).
    const rest = options.filter((option) => option !== recommended).sort(byCatalogOrder);
    return { language, options: recommended ? [recommended, ...rest] : rest, recommended };
  };
  if (takesTargets(items, need))
    return targets.map((target) =>
      group(
        target,
        ofSpoken.filter((view) => view.item.targetLanguage === target),
      ),
    );
  return ofSpoken.length > 0 ? [group(spoken ?? '', ofSpoken)] : [];
}

/**
 * The one service recommended among those of a need and language. A machine service meets most needs (search,
 * a transcript to edit, a first translation) at the lowest price and soonest, and professional fidelity is an
 * upgrade people choose knowingly (for compliance, public-facing media), so: machine before professional,
 * current before deprecated, cheapest, soonest ready, then catalog order. Only what can be chosen now is
 * recommended; none when nothing can.
 */
export function recommendedOf(options: readonly ItemView[]): ItemView | undefined {
  const professional = (view: ItemView) => (view.item.serviceType === VendorServiceType.MACHINE ? 0 : 1);
  const deprecated = (view: ItemView) => (view.item.status === VendorCatalogItemStatus.DEPRECATED ? 1 : 0);
  const price = ({ estimate }: ItemView) =>
    estimate.kind === 'fixed' ? estimate.amount : estimate.kind === 'free' ? 0 : Number.MAX_VALUE;
  const [best] = options
    .filter(isSelectable)
    .sort(
      (a, b) =>
        professional(a) - professional(b) ||
        deprecated(a) - deprecated(b) ||
        price(a) - price(b) ||
        turnaroundOrder(a.item.turnAroundTime) - turnaroundOrder(b.item.turnAroundTime) ||
        byCatalogOrder(a, b),
    );
  return best;
}
