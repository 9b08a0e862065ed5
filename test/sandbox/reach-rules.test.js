// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { captionCues, toSrt, toVtt } from '../../src/sandbox/reach/caption-text.js';
import {
  currentCredit,
  currentPeriodStart,
  hasEnoughCredit,
  isCreditActive,
  normalizeCreditDates,
  syncCreditPeriod,
  UNLIMITED_CREDIT,
} from '../../src/sandbox/reach/credit.js';
import { PriceFunction, ServiceFeature } from '../../src/sandbox/reach/enums.js';
import { pricingUnits, requiresPayment, taskPrice } from '../../src/sandbox/reach/pricing.js';
import { addBusinessDays, expectedFinishTime } from '../../src/sandbox/reach/turnaround.js';

const utc = (/** @type {string} */ iso) => Date.parse(iso) / 1000;
/** @param {string} priceFunction @param {number} pricePerUnit @param {Record<string, any>} [extra] */
const item = (priceFunction, pricePerUnit, extra = {}) => ({
  serviceFeature: ServiceFeature.CLIPS,
  pricing: { priceFunction, pricePerUnit },
  ...extra,
});

describe('price (kaltura-rules §4.1)', () => {
  test('duration prices round the entry length up to whole units', () => {
    assert.equal(taskPrice(item(PriceFunction.PRICE_PER_MINUTE, 1), 125_000), 3, '2 min 05 s bills 3 minutes');
    assert.equal(taskPrice(item(PriceFunction.PRICE_PER_MINUTE, 1), 120_000), 2, 'exactly 2 minutes bills 2');
    assert.equal(taskPrice(item(PriceFunction.PRICE_PER_SECOND, 0.1), 1_200), 0.2, '1.2 s bills 2 seconds');
    assert.equal(
      taskPrice(item(PriceFunction.PRICE_PER_HOUR, 30), 3_600_001),
      60,
      'one hour and a millisecond bills 2 hours',
    );
    assert.equal(taskPrice(item(PriceFunction.PRICE_PER_TOKEN, 0.001), 1500), 1.5);
  });

  test('fixedPriceAddons are added for captions-family items only', () => {
    const captions = {
      ...item(PriceFunction.PRICE_PER_MINUTE, 1.5),
      serviceFeature: ServiceFeature.CAPTIONS,
      fixedPriceAddons: 5,
    };
    assert.equal(taskPrice(captions, 360_000), 14);
    assert.equal(taskPrice({ ...captions, serviceFeature: ServiceFeature.TRANSLATION }, 360_000), 14);
    assert.equal(taskPrice({ ...captions, serviceFeature: ServiceFeature.DUBBING }, 360_000), 9);
  });

  test('units: sent unitsUsed wins, job-data duration beats the entry, tokens and pay-per-use have none', () => {
    const perMinute = item(PriceFunction.PRICE_PER_MINUTE, 1);
    const entry = { msDuration: 125_000 };
    assert.equal(pricingUnits(perMinute, {}, entry), 125_000);
    assert.equal(pricingUnits(perMinute, { unitsUsed: 42 }, entry), 42);
    assert.equal(pricingUnits(perMinute, { taskJobData: { entryDuration: 60_000 } }, entry), 60_000);
    assert.equal(pricingUnits(item(PriceFunction.PRICE_PER_TOKEN, 1), {}, entry), null);
    assert.equal(pricingUnits({ ...perMinute, payPerUse: true }, {}, entry), null);
    assert.equal(pricingUnits(perMinute, { entryObjectType: 3 }, entry), null);
  });

  test('an item with pricePerUnit 0 (or no pricing) needs no payment', () => {
    assert.equal(requiresPayment(item(PriceFunction.PRICE_PER_MINUTE, 0)), false);
    assert.equal(requiresPayment({}), false);
    assert.equal(requiresPayment(item(PriceFunction.PRICE_PER_MINUTE, 0.5)), true);
  });
});

describe('credit (kaltura-rules §1.4, §4.3)', () => {
  const now = utc('2026-06-15T12:00:00Z');
  const timeRange = {
    objectType: 'KalturaTimeRangeVendorCredit',
    credit: 100,
    overageCredit: 20,
    addOn: 5,
    fromDate: utc('2026-01-01T00:00:00Z'),
    toDate: utc('2026-12-31T23:59:59Z'),
  };

  test('current credit is credit + overage + add-on inside the window and 0 outside it', () => {
    assert.equal(currentCredit(timeRange, now), 125);
    assert.equal(currentCredit(timeRange, utc('2027-01-01T00:00:00Z')), 0);
    assert.equal(isCreditActive(timeRange, utc('2027-01-01T00:00:00Z')), false);
    assert.equal(
      currentCredit({ ...timeRange, objectType: 'KalturaVendorCredit' }, utc('2030-01-01T00:00:00Z')),
      125,
      'a plain credit never ends',
    );
    assert.equal(
      currentCredit({ objectType: 'KalturaUnlimitedVendorCredit', credit: -9999, fromDate: 0 }, now),
      UNLIMITED_CREDIT,
    );
  });

  test('an order may use the credit exactly up; pay-per-use needs strictly positive headroom', () => {
    const profile = { credit: timeRange, usedCredit: 120 };
    assert.equal(hasEnoughCredit(profile, 5, false, now), true);
    assert.equal(hasEnoughCredit(profile, 5.01, false, now), false);
    assert.equal(hasEnoughCredit({ ...profile, usedCredit: 125 }, 0, true, now), false);
    assert.equal(hasEnoughCredit({ ...profile, usedCredit: 124 }, 0, true, now), true);
    assert.equal(hasEnoughCredit({ ...profile, usedCredit: 10_000 }, 0, false, now), true, 'free orders always pass');
  });

  test('dates are stored as whole UTC days', () => {
    const normalized = normalizeCreditDates({
      ...timeRange,
      fromDate: utc('2026-03-10T15:30:00Z'),
      toDate: utc('2026-03-20T01:00:00Z'),
    });
    assert.equal(normalized.fromDate, utc('2026-03-10T00:00:00Z'));
    assert.equal(normalized.toDate, utc('2026-03-20T23:59:59Z'));
  });

  test('a monthly credit restarts its used credit when a new month begins', () => {
    const credit = { ...timeRange, objectType: 'KalturaReoccurringVendorCredit', frequency: 'month' };
    assert.equal(currentPeriodStart(credit, now), utc('2026-06-01T00:00:00Z'));
    /** @type {{ credit: any, usedCredit: number, _creditPeriodStart?: number }} */
    const profile = { credit, usedCredit: 80 };
    syncCreditPeriod(profile, now);
    assert.equal(profile.usedCredit, 80, 'the first sync only notes the period');
    syncCreditPeriod(profile, utc('2026-06-30T00:00:00Z'));
    assert.equal(profile.usedCredit, 80);
    syncCreditPeriod(profile, utc('2026-07-01T00:00:01Z'));
    assert.equal(profile.usedCredit, 0);
  });
});

describe('expectedFinishTime (kaltura-rules §4.6)', () => {
  test('best effort is a week, immediate is now, other values are seconds', () => {
    const now = utc('2026-11-18T10:00:00Z');
    assert.equal(expectedFinishTime(-1, now), now + 7 * 86_400);
    assert.equal(expectedFinishTime(0, now), now);
    assert.equal(expectedFinishTime(7200, now), now + 7200);
  });

  test('business days are 06:00–18:00 New York windows, Monday to Friday', () => {
    // Friday 17:00 EST: one hour left that day, eleven on Monday.
    assert.equal(addBusinessDays(utc('2026-11-20T22:00:00Z'), 1), utc('2026-11-23T22:00:00Z'));
    // Ordered on a Saturday: Monday's whole window.
    assert.equal(addBusinessDays(utc('2026-11-21T12:00:00Z'), 1), utc('2026-11-23T23:00:00Z'));
    // Wednesday 03:00 EST (before the window): three full windows, ending Friday 18:00.
    assert.equal(expectedFinishTime(3, utc('2026-11-18T08:00:00Z')), utc('2026-11-20T23:00:00Z'));
  });

  test('the New York wall clock is kept across the end of daylight saving time', () => {
    // Friday 30 Oct 2026 17:00 EDT (UTC-4) + 1 business day → Monday 2 Nov 17:00 EST (UTC-5).
    assert.equal(addBusinessDays(utc('2026-10-30T21:00:00Z'), 1), utc('2026-11-02T22:00:00Z'));
  });
});

describe('caption files from a transcript', () => {
  const transcript = [
    { start: 0, end: 6, text: 'Every living thing we know of is built from cells, the smallest units of life.' },
    { start: 6.4, end: 8, text: 'Hello there.' },
  ];

  test('SRT: numbered cues, comma milliseconds, at most two lines within the line length', () => {
    const srt = toSrt(captionCues(transcript, { maxLineLength: 26 }));
    const blocks = srt.trim().split(/\n\n/);
    blocks.forEach((block, index) => {
      const [number, timing, ...lines] = block.split('\n');
      assert.equal(number, String(index + 1));
      assert.match(timing, /^\d\d:\d\d:\d\d,\d\d\d --> \d\d:\d\d:\d\d,\d\d\d$/);
      assert.ok(lines.length >= 1 && lines.length <= 2, block);
      assert.ok(
        lines.every((line) => line.length <= 26),
        block,
      );
    });
    assert.equal(
      blocks.map((block) => block.split('\n').slice(2).join(' ')).join(' '),
      transcript.map((cue) => cue.text).join(' '),
    );
    assert.match(srt, /00:00:06,400 --> 00:00:08,000\nHello there\./);
  });

  test('WebVTT: header, dot milliseconds, transformed text', () => {
    const vtt = toVtt(captionCues(transcript, { transform: (text) => `[es] ${text}` }));
    assert.ok(vtt.startsWith('WEBVTT\n\n00:00:00.000 --> '));
    assert.match(vtt, /00:00:06\.400 --> 00:00:08\.000\n\[es\] Hello there\./);
  });
});
