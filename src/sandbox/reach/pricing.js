// @ts-check
/** Task price (kaltura-rules §4.1): units from the entry length, a price function, captions-family add-ons. */
import { EntryObjectType, PriceFunction, ServiceFeature } from './enums.js';

const MS_PER_UNIT = {
  [PriceFunction.PRICE_PER_SECOND]: 1000,
  [PriceFunction.PRICE_PER_MINUTE]: 60_000,
  [PriceFunction.PRICE_PER_HOUR]: 3_600_000,
};

/** Items extending VendorCaptionsCatalogItem add `fixedPriceAddons` to every price. */
const CAPTIONS_FAMILY = new Set([
  ServiceFeature.CAPTIONS,
  ServiceFeature.TRANSLATION,
  ServiceFeature.LIVE_CAPTION,
  ServiceFeature.LIVE_TRANSLATION,
]);

/**
 * A zero or missing pricePerUnit means the item is free: no price and no credit checks at all.
 * @param {{ pricing?: { pricePerUnit?: number } }} item
 */
export function requiresPayment(item) {
  return Boolean(item.pricing?.pricePerUnit);
}

/**
 * The units a task is priced on, or null when the client must supply them (tokens) or the item is pay-per-use.
 * @param {{ pricing?: { priceFunction?: string, pricePerUnit?: number }, payPerUse?: boolean }} item
 * @param {{ unitsUsed?: number | null, entryObjectType?: number, taskJobData?: { entryDuration?: number } }} task
 * @param {{ msDuration?: number } | null} entry
 * @returns {number | null}
 */
export function pricingUnits(item, task, entry) {
  if (task.unitsUsed !== undefined && task.unitsUsed !== null) return task.unitsUsed;
  if (!item.pricing || item.payPerUse) return null;
  const isEntryTask = (task.entryObjectType ?? EntryObjectType.ENTRY) === EntryObjectType.ENTRY;
  if (!isEntryTask || !(item.pricing.priceFunction in MS_PER_UNIT)) return null;
  return task.taskJobData?.entryDuration ?? entry?.msDuration ?? 0;
}

/**
 * Duration functions round the length up to whole seconds / minutes / hours; tokens are priced as sent.
 * @param {{ serviceFeature: number, pricing?: { priceFunction?: string, pricePerUnit?: number }, fixedPriceAddons?: number }} item
 * @param {number | null} units milliseconds for duration functions, tokens for PRICE_PER_TOKEN
 */
export function taskPrice(item, units) {
  const pricePerUnit = item.pricing?.pricePerUnit ?? 0;
  const msPerUnit = MS_PER_UNIT[item.pricing?.priceFunction ?? ''];
  const billedUnits = msPerUnit ? Math.ceil((units ?? 0) / msPerUnit) : (units ?? 0);
  const addons = CAPTIONS_FAMILY.has(/** @type {any} */ (item.serviceFeature)) ? (item.fixedPriceAddons ?? 0) : 0;
  return billedUnits * pricePerUnit + addons;
}

/** A float32 has at most 9 significant decimal digits. */
const FLOAT_DIGITS = 9;

/**
 * A task price as the server reads it back (kaltura-rules §4.1): `entry_vendor_task.price` is a MySQL FLOAT
 * (single precision), written out as the shortest decimal that reads back to the same single: 7 minutes at
 * 0.1 is stored 0.7, not 0.7000000000000001.
 * @param {number} price
 */
export function storedPrice(price) {
  const single = Math.fround(price);
  for (let digits = 1; digits < FLOAT_DIGITS; digits++) {
    const shortest = Number(single.toPrecision(digits));
    if (Math.fround(shortest) === single) return shortest;
  }
  return Number(single.toPrecision(FLOAT_DIGITS));
}
