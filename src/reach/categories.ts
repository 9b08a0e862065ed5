import type { ApiCall } from '../api/client.js';
import * as z from 'zod/mini';
import { apiCall, MAX_PAGE_SIZE } from './call.js';
import { listResponse, wireNumber, wireString, type ListResponse } from './schemas.js';

const optionalNumber = z.optional(wireNumber);
const optionalString = z.optional(wireString);

/** KalturaCategory: the fields a category tree and a category's name need. `fullIds` is the path of ids, `>`-separated. */
export const categorySchema = z.object({
  id: wireNumber,
  parentId: optionalNumber,
  depth: optionalNumber,
  name: z._default(wireString, ''),
  /** Names from the root, joined with ">". */
  fullName: optionalString,
  fullIds: optionalString,
  entriesCount: optionalNumber,
});
export type Category = z.output<typeof categorySchema>;

/**
 * The partner's categories (or those named by `idIn`), parents before children (by full name). One page:
 * accounts with more than 500 categories see the first 500.
 */
export function listCategories(idIn?: readonly (string | number)[]): ApiCall<ListResponse<Category>> {
  return apiCall(
    'category',
    'list',
    {
      filter: {
        objectType: 'KalturaCategoryFilter',
        idIn: idIn && idIn.length > 0 ? idIn.join(',') : undefined,
        orderBy: '+fullName',
      },
      pager: { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 },
    },
    listResponse(categorySchema),
  );
}
