import { ReachProfileStatus, VendorCatalogItemPriceFunction, VendorServiceFeature } from './enums.js';
import type { ReachProfile, VendorCatalogItem } from './schemas.js';

/** The server's marker for unlimited credit (ReachProfileCreditValues::UNLIMITED_CREDIT). */
export const UNLIMITED_CREDIT = -9999;

/** Only an active profile can be ordered with; a profile without a status (older servers) counts as active. */
export function isActiveProfile(profile: ReachProfile): boolean {
  return (profile.status ?? ReachProfileStatus.ACTIVE) === ReachProfileStatus.ACTIVE;
}

export function activeProfiles(profiles: readonly ReachProfile[]): ReachProfile[] {
  return profiles.filter(isActiveProfile);
}

/** Catalog items of the captions family add `fixedPriceAddons` to the price (kaltura-rules §4.1). */
const CAPTIONS_FAMILY: ReadonlySet<number> = new Set([
  VendorServiceFeature.CAPTIONS,
  VendorServiceFeature.TRANSLATION,
  VendorServiceFeature.LIVE_CAPTION,
  VendorServiceFeature.LIVE_TRANSLATION,
]);

export type PriceEstimate =
  /** Charged when ordered; `amount` is what the server will charge. */
  | { readonly kind: 'fixed'; readonly amount: number }
  /** Pay-per-use items are priced when the vendor finishes. */
  | { readonly kind: 'on-completion'; readonly pricePerUnit: number }
  /**
   * Charged when ordered, but by units (tokens) the order itself must state: the server cannot count
   * them and answers MISSING_MANDATORY_PARAMETER `unitsUsed` (kaltura-rules §4.1, §4.2 step 14). Not orderable here.
   */
  | { readonly kind: 'units-required'; readonly pricePerUnit: number }
  | { readonly kind: 'free' }
  /** The session may not read prices (a USER session without a role): the catalog item came without `pricing`. */
  | { readonly kind: 'unknown' };

/** How a per-duration price is made up: `units` started `unit`s at `pricePerUnit`, plus `addOns`. */
export interface PriceBreakdown {
  readonly pricePerUnit: number;
  readonly unit: 'second' | 'minute' | 'hour';
  readonly units: number;
  readonly addOns: number;
}

/**
 * The price the server will charge for ordering `item` on an entry of `msDuration`, computed exactly as
 * the server does (kaltura-rules §4.1): per *started* second, minute or hour, plus fixed add-ons.
 */
export function estimatePrice(item: VendorCatalogItem, msDuration: number): PriceEstimate {
  if (!item.pricing) return { kind: 'unknown' };
  const pricePerUnit = item.pricing?.pricePerUnit ?? 0;
  if (!pricePerUnit) return { kind: 'free' };
  if (item.payPerUse) return { kind: 'on-completion', pricePerUnit };
  if (item.pricing?.priceFunction === VendorCatalogItemPriceFunction.PRICE_PER_TOKEN)
    return { kind: 'units-required', pricePerUnit };
  const { units, addOns } = priceBreakdown(item, msDuration);
  return { kind: 'fixed', amount: roundCredit(units * pricePerUnit + addOns) };
}

/** The parts of a price charged per second, minute or hour (kaltura-rules §4.1), to show how it is made up. */
export function priceBreakdown(item: VendorCatalogItem, msDuration: number): PriceBreakdown {
  const priceFunction = item.pricing?.priceFunction;
  const seconds = msDuration / 1000;
  const unit =
    priceFunction === VendorCatalogItemPriceFunction.PRICE_PER_SECOND
      ? 'second'
      : priceFunction === VendorCatalogItemPriceFunction.PRICE_PER_HOUR
        ? 'hour'
        : 'minute';
  const units = Math.ceil(unit === 'second' ? seconds : unit === 'hour' ? seconds / 3600 : seconds / 60);
  const addOns = CAPTIONS_FAMILY.has(item.serviceFeature) ? (item.fixedPriceAddons ?? 0) : 0;
  return { pricePerUnit: item.pricing?.pricePerUnit ?? 0, unit, units, addOns };
}

/** Floats like 0.1 × 3: keep what the server would print. */
function roundCredit(amount: number): number {
  return Math.round(amount * 1e6) / 1e6;
}

export interface CreditState {
  unlimited: boolean;
  /** Within the credit's dates (for a recurring credit: its whole range). */
  active: boolean;
  /** credit + overage + add-on while active, else 0. */
  allowed: number;
  used: number;
  /** allowed − used; Infinity when unlimited. */
  remaining: number;
  fromDate: number | undefined;
  toDate: number | undefined;
  /** The period has ended (as opposed to not started yet). */
  expired: boolean;
}

/** A profile's credit now (kaltura-rules §1.4). */
export function creditState(profile: ReachProfile, nowSeconds: number): CreditState {
  const credit = profile.credit ?? {};
  const used = profile.usedCredit ?? 0;
  const fromDate = credit.fromDate;
  const toDate = credit.toDate;
  const unlimited = credit.credit === UNLIMITED_CREDIT || credit.objectType === 'KalturaUnlimitedVendorCredit';
  const started = fromDate === undefined || nowSeconds >= fromDate;
  const expired = toDate !== undefined && nowSeconds > toDate;
  const active = started && !expired;
  const allowed = unlimited
    ? Infinity
    : active
      ? (credit.credit ?? 0) + (credit.overageCredit ?? 0) + (credit.addOn ?? 0)
      : 0;
  return {
    unlimited,
    active,
    allowed,
    used,
    remaining: unlimited ? Infinity : allowed - used,
    fromDate,
    toDate,
    expired,
  };
}

/**
 * `units-required`: a paid, non-pay-per-use item priced per token, which the server refuses without
 * `unitsUsed` (MISSING_MANDATORY_PARAMETER) — the elements do not send it, so they cannot order it.
 */
export type CreditVerdict = 'ok' | 'expired' | 'not-started' | 'exceeded' | 'units-required';

/**
 * Whether the server will accept an order of this price on this profile, in the order of §4.2 step 14:
 * CREDIT_EXPIRED outside the credit's dates (unlimited credit too), then the missing `unitsUsed`, then
 * the credit check of §4.3. `alsoOrdering` is the fixed price of orders placed before it together.
 */
export function creditVerdict(state: CreditState, estimate: PriceEstimate, alsoOrdering = 0): CreditVerdict {
  // Free, or a price this session may not read: the server decides.
  if (estimate.kind === 'free' || estimate.kind === 'unknown') return 'ok';
  // The period applies to unlimited credit as well (it has a fromDate): check it first.
  if (!state.active) return state.expired ? 'expired' : 'not-started';
  if (estimate.kind === 'units-required') return 'units-required';
  if (state.unlimited) return 'ok';
  if (estimate.kind === 'on-completion') return state.remaining - alsoOrdering > 0 ? 'ok' : 'exceeded';
  if (estimate.amount === 0) return 'ok';
  return state.remaining - alsoOrdering - estimate.amount >= 0 ? 'ok' : 'exceeded';
}
