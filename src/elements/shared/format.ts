import { displayLocale } from '../../i18n/localization.js';

/** 754 s → "12:34"; 3723 s → "1:02:03". Media-player style, the same in every language. */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const two = (value: number) => String(value).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(rest)}` : `${minutes}:${two(rest)}`;
}

/** A duration in words for screen readers and labels: "12 minutes, 34 seconds". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(displayLocale(), { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const parts = [
    hours ? unit(hours, 'hour') : '',
    minutes ? unit(minutes, 'minute') : '',
    rest || seconds === 0 ? unit(rest, 'second') : '',
  ];
  return new Intl.ListFormat(displayLocale(), { style: 'narrow', type: 'unit' }).format(parts.filter(Boolean));
}

/** A count in the user's locale: 1,234 (en), 1234 or 1.234 (es). */
export function formatCount(count: number): string {
  return new Intl.NumberFormat(displayLocale()).format(count);
}

/** Credit amounts: REACH credit is a plain number (often dollars, but the account decides). */
export function formatCredit(amount: number): string {
  return new Intl.NumberFormat(displayLocale(), { maximumFractionDigits: 2 }).format(amount);
}

// Building an Intl.DateTimeFormat costs far more than using one: long lists format thousands of dates.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Unix seconds → a date (and time) in the user's locale. */
export function formatDate(unixSeconds: number, withTime = false): string {
  const key = `${displayLocale()}|${withTime}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      displayLocale(),
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' },
    );
    dateFormats.set(key, format);
  }
  return format.format(unixSeconds * 1000);
}

/**
 * "in 3 minutes", "2 hours ago". `nowSeconds` is the server's time (the session's `tasks.now()`): the
 * timestamps are the server's, and its clock is often ahead of or behind the browser's.
 */
export function formatRelative(unixSeconds: number, nowSeconds: number): string {
  const delta = unixSeconds - nowSeconds;
  const format = new Intl.RelativeTimeFormat(displayLocale(), { numeric: 'auto' });
  const abs = Math.abs(delta);
  if (abs < 60) return format.format(Math.round(delta), 'second');
  if (abs < 3600) return format.format(Math.round(delta / 60), 'minute');
  if (abs < 86400) return format.format(Math.round(delta / 3600), 'hour');
  return format.format(Math.round(delta / 86400), 'day');
}

const readyFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A time to come, as short as is still clear: "7:34 PM" today, "Tue 9:00 AM" within the week, "Dec 14,
 * 9:00 AM" later. `nowSeconds` is the server's time; both are shown in the browser's time zone.
 */
export function formatTimeAhead(unixSeconds: number, nowSeconds: number): string {
  const [at, now] = [new Date(unixSeconds * 1000), new Date(nowSeconds * 1000)];
  const days = (at.getTime() - now.getTime()) / 86_400_000;
  const span = at.toDateString() === now.toDateString() ? 'today' : days < 6 ? 'week' : 'later';
  const key = `${displayLocale()}|${span}`;
  let format = readyFormats.get(key);
  if (!format) {
    const date: Intl.DateTimeFormatOptions =
      span === 'today' ? {} : span === 'week' ? { weekday: 'short' } : { month: 'short', day: 'numeric' };
    format = new Intl.DateTimeFormat(displayLocale(), { ...date, hour: 'numeric', minute: '2-digit' });
    readyFormats.set(key, format);
  }
  return format.format(at);
}

export function formatPercent(value: number): string {
  return new Intl.NumberFormat(displayLocale(), { style: 'percent', maximumFractionDigits: 0 }).format(value / 100);
}
