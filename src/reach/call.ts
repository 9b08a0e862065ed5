import type { ApiCall } from '../api/client.js';
import type { WireParams } from '../api/encode.js';
import type * as z from 'zod/mini';
import { parseResponse } from './schemas.js';

type Schema<T> = z.ZodMiniType<T>;

/** One typed api_v3 call whose answer is validated with `schema` at the edge. */
export function apiCall<T>(
  service: string,
  action: string,
  params: WireParams,
  schema: Schema<T>,
  mutates = false,
): ApiCall<T> {
  const where = `${service}.${action}`;
  return { service, action, params, mutates, parse: (raw) => parseResponse(schema, raw, where) };
}

export interface Pager {
  pageSize?: number;
  pageIndex?: number;
}

/** Kaltura's pager: at most 500 a page (kaltura-rules §5.4). */
export const MAX_PAGE_SIZE = 500;

export function pagerParams(pager: Pager | undefined): WireParams | undefined {
  if (!pager) return undefined;
  return {
    objectType: 'KalturaFilterPager',
    pageSize: Math.min(pager.pageSize ?? 30, MAX_PAGE_SIZE),
    pageIndex: pager.pageIndex ?? 1,
  };
}
