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
  if (hasEndDate(normalized) && normalized.toDate !== undefined)
    normalized.toDate = Math.floor(normalized.toDate / DAY) * DAY + DAY - 1;
  return normalized;
}

/**
 * Start of the recurrence period that contains `now` (a reoccurring credit restarts every day / week /
 * month / year from fromDate), or null for credits that do not recur.
 * @param {VendorCredit} credit @param {number} now
 */
export function currentPeriodStart(credit, now) {
  if (credit.objectType !== 'KalturaReoccurringVendorCredit' || credit.fromDate === undefined) return null;
  return periodStartAt(credit.fromDate, credit.frequency, now);
}

const DAY_SECONDS = 86_400;

/**
 * The start of the period holding `now`, as stepping `+1 frequency` from `start` would find it (the server
 * steps with strtotime), computed arithmetically so that no start date, however far back, costs a loop.
 * A month (year) step from the 29th–31st (29 February) overflows into the next month once, as strtotime does;
 * from a day up to the 28th every step keeps the day, so the remaining steps are counted at once.
 * @param {number} start @param {string | undefined} frequency @param {number} now
 */
function periodStartAt(start, frequency, now) {
  if (!(start <= now)) return start;
  if (frequency === 'day' || frequency === 'week') {
    const length = (frequency === 'day' ? 1 : 7) * DAY_SECONDS;
    return start + Math.floor((now - start) / length) * length;
  }
  const months = frequency === 'month' ? 1 : 12;
  let current = start;
  while (new Date(current * 1000).getUTCDate() > 28) {
    const next = addPeriod(current, frequency);
    if (next > now) return current;
    current = next;
  }
  const from = new Date(current * 1000);
  const to = new Date(now * 1000);
  let steps = Math.floor(
    ((to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth())) / months,
  );
  if (steps > 0 && addMonths(current, steps * months) > now) steps -= 1;
  return steps > 0 ? addMonths(current, steps * months) : current;
}

/** @param {number} time @param {number} count */
function addMonths(time, count) {
  const date = new Date(time * 1000);
  date.setUTCMonth(date.getUTCMonth() + count);
  return date.getTime() / 1000;
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
