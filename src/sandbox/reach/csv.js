// @ts-check
/** The task report exportToCsv produces (one row per task, Excel-friendly RFC 4180 quoting). */
import { ServiceFeature, ServiceType, TaskStatus, TurnAroundTime } from './enums.js';

/** @param {Record<string, number>} values @returns {Map<number, string>} */
const namesOf = (values) => new Map(Object.entries(values).map(([name, value]) => [value, name]));
const STATUS_NAMES = namesOf(TaskStatus);
const FEATURE_NAMES = namesOf(ServiceFeature);
const TYPE_NAMES = namesOf(ServiceType);
const TURNAROUND_NAMES = namesOf(TurnAroundTime);

/** @type {Array<[string, (task: Record<string, any>, entry: Record<string, any> | undefined) => unknown]>} */
const COLUMNS = [
  ['Task ID', (task) => task.id],
  ['Entry ID', (task) => task.entryId],
  ['Entry Name', (_, entry) => entry?.name],
  ['Status', (task) => STATUS_NAMES.get(task.status)],
  ['Service Type', (task) => TYPE_NAMES.get(task.serviceType)],
  ['Service Feature', (task) => FEATURE_NAMES.get(task.serviceFeature)],
  ['Turnaround Time', (task) => TURNAROUND_NAMES.get(task.turnAroundTime)],
  ['Catalog Item ID', (task) => task.catalogItemId],
  ['REACH Profile ID', (task) => task.reachProfileId],
  ['Price', (task) => task.price],
  ['Requested By', (task) => task.userId],
  ['Moderated By', (task) => task.moderatingUser],
  ['Created At', (task) => isoTime(task.createdAt)],
  ['Expected Finish Time', (task) => isoTime(task.expectedFinishTime)],
  ['Finish Time', (task) => isoTime(task.finishTime)],
  ['Accuracy', (task) => task.accuracy],
  ['Notes', (task) => task.notes],
  ['Error Description', (task) => task.errDescription],
];

/** @param {Record<string, any>} state @param {Array<Record<string, any>>} tasks */
export function tasksToCsv(state, tasks) {
  const header = COLUMNS.map(([title]) => title);
  const rows = tasks.map((task) => COLUMNS.map(([, value]) => value(task, state.entries[task.entryId])));
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * A text cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, tab, carriage return first) is
 * prefixed with `'`, so that user-written text (entry names, notes) never runs in Excel; numbers stay numbers.
 * @param {unknown} value
 */
function csvField(value) {
  const raw = value === undefined || value === null ? '' : String(value);
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** @param {number | undefined} time */
function isoTime(time) {
  return time ? new Date(time * 1000).toISOString() : '';
}
