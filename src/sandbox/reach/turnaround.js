// @ts-check
/** expectedFinishTime from a catalog item's turnaround time (kaltura-rules §4.6). Times are unix seconds. */
import { TurnAroundTime } from './enums.js';

const BUSINESS_TIME_ZONE = 'America/New_York';
const BUSINESS_DAY_START_HOUR = 6;
const BUSINESS_DAY_END_HOUR = 18;
const BUSINESS_SECONDS_PER_DAY = (BUSINESS_DAY_END_HOUR - BUSINESS_DAY_START_HOUR) * 3600;
const BEST_EFFORT_SECONDS = 7 * 86_400;

const localParts = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/**
 * @param {number} turnAroundTime KalturaVendorServiceTurnAroundTime
 * @param {number} queueTime when the task entered PENDING
 */
export function expectedFinishTime(turnAroundTime, queueTime) {
  if (turnAroundTime === TurnAroundTime.BEST_EFFORT) return queueTime + BEST_EFFORT_SECONDS;
  if (turnAroundTime === TurnAroundTime.IMMEDIATE) return queueTime;
  if (turnAroundTime >= 1 && turnAroundTime <= 7) return addBusinessDays(queueTime, turnAroundTime);
  return queueTime + turnAroundTime;
}

/**
 * A business day is the 06:00–18:00 window of a Monday–Friday in New York. N business days are N such
 * windows of working time, counted from the queue time (or from the next window when queued outside one).
 * Arithmetic runs on New York wall-clock seconds, so daylight-saving changes fall out of the conversion.
 * @param {number} start unix seconds @param {number} days
 */
export function addBusinessDays(start, days) {
  let wallClock = toWallClock(start);
  let remaining = days * BUSINESS_SECONDS_PER_DAY;
  for (;;) {
    const dayStart = Math.floor(wallClock / 86_400) * 86_400;
    const weekday = new Date(dayStart * 1000).getUTCDay();
    const windowStart = dayStart + BUSINESS_DAY_START_HOUR * 3600;
    const windowEnd = dayStart + BUSINESS_DAY_END_HOUR * 3600;
    const isWeekday = weekday >= 1 && weekday <= 5;
    if (isWeekday && wallClock < windowEnd) {
      const from = Math.max(wallClock, windowStart);
      if (from + remaining <= windowEnd) return fromWallClock(from + remaining);
      remaining -= windowEnd - from;
    }
    wallClock = dayStart + 86_400;
  }
}

/** New York wall-clock time expressed as if it were UTC seconds. @param {number} time */
function toWallClock(time) {
  const parts = Object.fromEntries(
    localParts.formatToParts(new Date(time * 1000)).map((part) => [part.type, Number(part.value)]),
  );
  const wholeSeconds = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) / 1000;
  return wholeSeconds + (time - Math.floor(time));
}

/** Inverse of toWallClock; the second pass settles times next to a daylight-saving switch. @param {number} wallClock */
function fromWallClock(wallClock) {
  let time = wallClock;
  for (let pass = 0; pass < 2; pass++) time += wallClock - toWallClock(time);
  return time;
}
