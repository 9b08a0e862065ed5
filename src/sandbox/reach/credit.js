// @ts-check
/** REACH profile credit (kaltura-rules §1.4 credit objects, §4.3 credit check). All times are unix seconds. */

/** `KalturaUnlimitedVendorCredit.credit` and the current credit of an unlimited profile. */
export const UNLIMITED_CREDIT = -9999;

const DAY = 86_400;

/**
 * @typedef {{ objectType: string, credit?: number, fromDate?: number, toDate?: number,
 *   overageCredit?: number, addOn?: number, frequency?: string }} VendorCredit
 */

/** @param {VendorCredit} credit @param {number} now */
export function isCreditActive(credit, now) {
  if (credit.fromDate !== undefined && now < credit.fromDate) return false;
  return !(hasEndDate(credit) && credit.toDate !== undefined && now > credit.toDate);
}

/**
 * Credit available right now: credit + overage + add-on inside the validity window, 0 outside it,
 * UNLIMITED_CREDIT for unlimited profiles.
 * @param {VendorCredit} credit @param {number} now
 */
export function currentCredit(credit, now) {
  if (credit.objectType === 'KalturaUnlimitedVendorCredit') return UNLIMITED_CREDIT;
  if (!isCreditActive(credit, now)) return 0;
  return (credit.credit ?? 0) + (credit.overageCredit ?? 0) + (credit.addOn ?? 0);
}

/**
 * The order rule of `kReachUtils::isEnoughCreditLeft`. Pay-per-use tasks have no price yet, so they
 * need strictly positive headroom.
 * @param {{ credit: VendorCredit, usedCredit?: number }} profile
 * @param {number} price @param {boolean} payPerUse @param {number} now
 */
export function hasEnoughCredit(profile, price, payPerUse, now) {
  const allowed = currentCredit(profile.credit, now);
  if (allowed === UNLIMITED_CREDIT) return true;
  if (!payPerUse && price === 0) return true;
  const remaining = allowed - ((profile.usedCredit ?? 0) + price);
  return payPerUse ? remaining > 0 : remaining >= 0;
}

/**
 * The server stores fromDate as the start of its UTC day and toDate as the end of its UTC day.
 * @param {VendorCredit} credit @returns {VendorCredit}
 */
export function normalizeCreditDates(credit) {
  const normalized = { ...credit };
  if (normalized.fromDate !== undefined) normalized.fromDate = Math.floor(normalized.fromDate / DAY) * DAY;
  if (hasEndDate(normalized) && normalized.toDate !== undefined) normalized.toDate = Math.floor(normalized.toDate / DAY) * DAY + DAY - 1;
  return normalized;
}

/**
 * Start of the recurrence period that contains `now` (a reoccurring credit restarts every day / week /
 * month / year from fromDate), or null for credits that do not recur.
 * @param {VendorCredit} credit @param {number} now
 */
export function currentPeriodStart(credit, now) {
  if (credit.objectType !== 'KalturaReoccurringVendorCredit' || credit.fromDate === undefined) return null;
  let start = credit.fromDate;
  for (let next = addPeriod(start, credit.frequency); next <= now; next = addPeriod(next, credit.frequency)) start = next;
  return start;
}

/**
 * Mirrors the daily credit sync for reoccurring credit: when a new period has begun, usedCredit restarts
 * from 0 (a profile seen for the first time only notes its period). Mutates the stored profile; returns
 * true when it changed.
 * @param {{ credit: VendorCredit, usedCredit?: number, _creditPeriodStart?: number }} profile @param {number} now
 */
export function syncCreditPeriod(profile, now) {
  const periodStart = currentPeriodStart(profile.credit, now);
  if (periodStart === null || periodStart === profile._creditPeriodStart) return false;
  if (profile._creditPeriodStart !== undefined) profile.usedCredit = 0;
  profile._creditPeriodStart = periodStart;
  return true;
}

/** @param {VendorCredit} credit */
function hasEndDate(credit) {
  return credit.objectType === 'KalturaTimeRangeVendorCredit' || credit.objectType === 'KalturaReoccurringVendorCredit';
}

/** @param {number} time @param {string | undefined} frequency */
function addPeriod(time, frequency) {
  const date = new Date(time * 1000);
  if (frequency === 'day') date.setUTCDate(date.getUTCDate() + 1);
  else if (frequency === 'week') date.setUTCDate(date.getUTCDate() + 7);
  else if (frequency === 'month') date.setUTCMonth(date.getUTCMonth() + 1);
  else date.setUTCFullYear(date.getUTCFullYear() + 1);
  return date.getTime() / 1000;
}
