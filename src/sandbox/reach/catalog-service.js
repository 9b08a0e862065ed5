// @ts-check
/** reach_vendorcatalogitem: list and get (kaltura-rules §3.3). */
import { ApiError } from '../errors.js';
import { listResponse, pageOf, sortByOrder } from '../lists.js';
import { defineService } from '../registry.js';
import { mayUse, Permission } from '../roles.js';
import { forcedServiceFeature } from './classes.js';
import { CatalogItemStatus } from './enums.js';
import { compileFilter } from './filtering.js';

const ORDERABLE = {
  id: (/** @type {any} */ item) => item.id,
  createdAt: (/** @type {any} */ item) => item.createdAt,
  updatedAt: (/** @type {any} */ item) => item.updatedAt,
};

/**
 * A catalog item the partner may see: not DELETED.
 * @param {Record<string, any>} state @param {unknown} id
 */
export function findCatalogItem(state, id) {
  const item = state.catalogItems[String(id)];
  return item && item.status !== CatalogItemStatus.DELETED ? item : undefined;
}

/**
 * The partner's enablement row for an item (DELETED rows do not count; DEPRECATED ones do).
 * @param {Record<string, any>} state @param {number | null} partnerId @param {number} catalogItemId
 */
export function partnerCatalogItem(state, partnerId, catalogItemId) {
  return state.partnerCatalogItems.find(
    (/** @type {any} */ row) =>
      row.partnerId === partnerId && row.catalogItemId === catalogItemId && row.status !== CatalogItemStatus.DELETED,
  );
}

/**
 * `pricing` is read only with KMC_ACCESS (or the admin console's REACH_ADMIN_PERMISSION,
 * object.KalturaVendorCatalogItem.ini): a basic user session sees the item without it.
 * @param {import('../dispatch.js').ActionContext} ctx @param {Record<string, any>} item
 */
function asSeenBy(ctx, item) {
  if (mayUse(ctx, [Permission.KMC_ACCESS])) return item;
  const { pricing: _hidden, ...withoutPricing } = item;
  return withoutPricing;
}

defineService('reach_vendorcatalogitem', {
  actions: {
    list: {
      reach: true,
      params: [
        { name: 'filter', type: 'object:KalturaVendorCatalogItemFilter', optional: true },
        { name: 'pager', type: 'object:KalturaFilterPager', optional: true },
      ],
      run(ctx, { filter, pager }) {
        const forcedFeature = filter ? forcedServiceFeature(filter.objectType) : undefined;
        const effective = forcedFeature === undefined ? filter : { ...filter, serviceFeatureEqual: forcedFeature };
        if (effective?.partnerIdEqual !== undefined && effective.partnerIdEqual !== ctx.partnerId) {
          return listResponse('KalturaVendorCatalogItemListResponse', [], 0);
        }
        // A partner sees the items enabled for it (with their default profile), unless asking for one id.
        const restricted = effective?.idEqual === undefined;
        const matchesFilter = compileFilter(effective, { skip: ['partnerIdEqual'], fieldOf: { catalogItemId: 'id' } });
        const matches = Object.values(ctx.state.catalogItems).flatMap((item) => {
          if (item.status === CatalogItemStatus.DELETED) return [];
          const enabled = ctx.state.partnerCatalogItems.find(
            (/** @type {any} */ row) =>
              row.partnerId === ctx.partnerId &&
              row.catalogItemId === item.id &&
              row.status === CatalogItemStatus.ACTIVE,
          );
          if (restricted && !enabled) return [];
          if (!matchesFilter(item)) return [];
          return [enabled ? { ...item, defaultReachProfileId: enabled.defaultReachProfileId } : item];
        });
        const ordered = sortByOrder(matches, effective?.orderBy || '-id', ORDERABLE);
        return listResponse(
          'KalturaVendorCatalogItemListResponse',
          pageOf(ordered, pager).map((item) => asSeenBy(ctx, item)),
          ordered.length,
        );
      },
    },
    get: {
      reach: true,
      params: [{ name: 'id', type: 'int' }],
      run(ctx, { id }) {
        const item = findCatalogItem(ctx.state, id);
        if (!item) throw new ApiError('CATALOG_ITEM_NOT_FOUND', { ID: id });
        return asSeenBy(ctx, item);
      },
    },
  },
});
