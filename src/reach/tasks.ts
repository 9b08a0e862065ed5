import type { ApiCall } from '../api/client.js';
import type { WireParams } from '../api/encode.js';
import { apiCall, pagerParams, type Pager } from './call.js';
import { entryVendorTaskSchema, listResponse, type EntryVendorTask, type ListResponse } from './schemas.js';
import * as z from 'zod/mini';

const SERVICE = 'reach_entryvendortask';
const taskList = listResponse(entryVendorTaskSchema);

/** KalturaEntryVendorTaskFilter fields (kaltura-rules §1.2). `*In` take arrays here and go out as CSV. */
export interface TaskFilter {
  idIn?: readonly string[];
  entryIdEqual?: string;
  statusIn?: readonly number[];
  catalogItemIdIn?: readonly number[];
  reachProfileIdIn?: readonly number[];
  userIdEqual?: string;
  createdAtGreaterThanOrEqual?: number;
  createdAtLessThanOrEqual?: number;
  updatedAtGreaterThanOrEqual?: number;
  freeText?: string;
  /** e.g. `-createdAt`, `+price`, `-expectedFinishTime` */
  orderBy?: string;
}

/** Kaltura caps IN lists on sphinx-backed lists at about 150 values (kaltura-rules §5.4). */
export const MAX_IN_VALUES = 150;

export function taskFilterParams(filter: TaskFilter): WireParams {
  const csv = (values: readonly (string | number)[] | undefined) =>
    values && values.length > 0 ? values.join(',') : undefined;
  return {
    objectType: 'KalturaEntryVendorTaskFilter',
    idIn: csv(filter.idIn),
    entryIdEqual: filter.entryIdEqual,
    statusIn: csv(filter.statusIn),
    catalogItemIdIn: csv(filter.catalogItemIdIn),
    reachProfileIdIn: csv(filter.reachProfileIdIn),
    userIdEqual: filter.userIdEqual,
    createdAtGreaterThanOrEqual: filter.createdAtGreaterThanOrEqual,
    createdAtLessThanOrEqual: filter.createdAtLessThanOrEqual,
    updatedAtGreaterThanOrEqual: filter.updatedAtGreaterThanOrEqual,
    freeText: filter.freeText || undefined,
    orderBy: filter.orderBy,
  };
}

export function listTasks(filter: TaskFilter, pager?: Pager): ApiCall<ListResponse<EntryVendorTask>> {
  return apiCall(SERVICE, 'list', { filter: taskFilterParams(filter), pager: pagerParams(pager) }, taskList);
}

/** The current state of up to MAX_IN_VALUES tasks (aborted ones are missing: the server hides them). */
export function listTasksById(ids: readonly string[]): ApiCall<EntryVendorTask[]> {
  if (ids.length > MAX_IN_VALUES) throw new RangeError(`At most ${MAX_IN_VALUES} ids per call`);
  const call = listTasks({ idIn: ids }, { pageSize: MAX_IN_VALUES });
  return { ...call, parse: (raw) => call.parse(raw).objects };
}

/** Splits ids into chunks the server accepts; calls made in one tick share one HTTP request. */
export function chunkIds(ids: readonly string[]): string[][] {
  const chunks: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_IN_VALUES) chunks.push(ids.slice(start, start + MAX_IN_VALUES));
  return chunks;
}

export function getTask(id: string): ApiCall<EntryVendorTask> {
  return apiCall(SERVICE, 'get', { id }, entryVendorTaskSchema);
}

/** What the order form sends; the server fills in the rest. */
export interface NewTask {
  entryId: string;
  catalogItemId: number;
  reachProfileId?: number;
  notes?: string;
  taskJobData?: WireParams;
}

/** Spends credit: never retried automatically (see KalturaClient). */
export function addTask(task: NewTask): ApiCall<EntryVendorTask> {
  const entryVendorTask: WireParams = {
    objectType: 'KalturaEntryVendorTask',
    entryId: task.entryId,
    catalogItemId: task.catalogItemId,
    reachProfileId: task.reachProfileId,
    notes: task.notes || undefined,
    taskJobData: task.taskJobData,
  };
  return apiCall(SERVICE, 'add', { entryVendorTask }, entryVendorTaskSchema, true);
}

export function approveTask(id: string): ApiCall<EntryVendorTask> {
  return apiCall(SERVICE, 'approve', { id }, entryVendorTaskSchema, true);
}

export function rejectTask(id: string, rejectReason?: string): ApiCall<EntryVendorTask> {
  return apiCall(SERVICE, 'reject', { id, rejectReason: rejectReason || undefined }, entryVendorTaskSchema, true);
}

export function abortTask(id: string, abortReason?: string): ApiCall<EntryVendorTask> {
  return apiCall(SERVICE, 'abort', { id, abortReason: abortReason || undefined }, entryVendorTaskSchema, true);
}

/** Kaltura e-mails the CSV to the user and answers with the address it was sent to. */
export function exportTasksToCsv(filter: TaskFilter): ApiCall<string> {
  return apiCall(SERVICE, 'exportToCsv', { filter: taskFilterParams(filter) }, z.string(), true);
}
