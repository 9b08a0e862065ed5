import type { ApiCall } from '../api/client.js';
import * as z from 'zod/mini';
import { apiCall, MAX_PAGE_SIZE } from './call.js';
import { listResponse, wireNumber, wireString, type ListResponse } from './schemas.js';

const optionalNumber = z.optional(wireNumber);
const optionalString = z.optional(wireString);

/** KalturaCategory: the fields a category tree needs. `fullIds` is the path of ids, `>`-separated. */
export const categorySchema = z.object({
  id: wireNumber,
  parentId: optionalNumber,
  depth: optionalNumber,
  name: optionalString,
  fullName: optionalString,
  fullIds: optionalString,
  entriesCount: optionalNumber,
});
export type Category = z.output<typeof categorySchema>;

/** The partner's categories, parents before children (one page: accounts with more than 500 see the first 500). */
export function listCategories(): ApiCall<ListResponse<Category>> {
  return apiCall(
    'category',
    'list',
    { filter: { objectType: 'KalturaCategoryFilter', orderBy: '+fullName' }, pager: { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 } },
    listResponse(categorySchema),
  );
}
