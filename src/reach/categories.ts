import type { ApiCall } from '../api/client.js';
import * as z from 'zod/mini';
import { apiCall, MAX_PAGE_SIZE } from './call.js';
import { listResponse, wireNumber, wireString, type ListResponse } from './schemas.js';

export const categorySchema = z.object({
  id: wireString,
  name: z._default(wireString, ''),
  /** Names from the root, joined with ">". */
  fullName: z.optional(wireString),
  parentId: z.optional(wireNumber),
  depth: z.optional(wireNumber),
});
export type Category = z.output<typeof categorySchema>;

/** The account's categories (or those named by `idIn`), by full name: one page holds them on most accounts. */
export function listCategories(idIn?: readonly string[]): ApiCall<ListResponse<Category>> {
  return apiCall(
    'category',
    'list',
    {
      filter: { objectType: 'KalturaCategoryFilter', idIn: idIn && idIn.length > 0 ? idIn.join(',') : undefined, orderBy: '+fullName' },
      pager: { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 },
    },
    listResponse(categorySchema),
  );
}
