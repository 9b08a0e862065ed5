// @ts-check
/** category (list) and categoryentry (add, list). An entry's categories are its categoryEntries. */
import { assertCanEditEntry, requireEntry } from '../access.js';
import { ApiError } from '../errors.js';
import { emitPlatformEvent } from '../events.js';
import { csvValues, filterTests, listResponse, pageOf, sortByOrder } from '../lists.js';
import { defineClass, defineEnum, defineService, fields, validateForInsert } from '../registry.js';

const ACTIVE = 2;

defineEnum('KalturaCategoryStatus', 'int', { UPDATING: 1, ACTIVE: 2, DELETED: 3, PURGED: 4 });
defineEnum('KalturaCategoryEntryStatus', 'int', { PENDING: 1, ACTIVE: 2, DELETED: 3, REJECTED: 4 });
defineEnum('KalturaPrivacyType', 'int', { ALL: 1, AUTHENTICATED_USERS: 2, MEMBERS_ONLY: 3 });

defineClass('KalturaCategory', {
  props: fields({
    id: 'int ro',
    parentId: 'int',
    depth: 'int ro',
    partnerId: 'int ro',
    name: 'string',
    fullName: 'string ro',
    fullIds: 'string ro',
    entriesCount: 'int ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    description: 'string',
    tags: 'string',
    status: 'enum:KalturaCategoryStatus ro',
    privacy: 'enum:KalturaPrivacyType',
    directSubCategoriesCount: 'int ro',
    referenceId: 'string',
  }),
});
defineClass('KalturaCategoryListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaCategory' }),
});
defineClass('KalturaCategoryBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: fields({
    idEqual: 'int',
    idIn: 'string',
    parentIdEqual: 'int',
    parentIdIn: 'string',
    depthEqual: 'int',
    fullNameEqual: 'string',
    fullNameStartsWith: 'string',
    fullNameIn: 'string',
    fullIdsStartsWith: 'string',
  }),
});
defineClass('KalturaCategoryFilter', {
  parent: 'KalturaCategoryBaseFilter',
  props: fields({ freeText: 'string', ancestorIdIn: 'string' }),
});

defineClass('KalturaCategoryEntry', {
  props: fields({
    categoryId: 'int io',
    entryId: 'string io',
    createdAt: 'time ro',
    categoryFullIds: 'string ro',
    status: 'enum:KalturaCategoryEntryStatus ro',
    creatorUserId: 'string ro',
  }),
});
defineClass('KalturaCategoryEntryListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaCategoryEntry' }),
});
defineClass('KalturaCategoryEntryBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: fields({
    categoryIdEqual: 'int',
    categoryIdIn: 'string',
    entryIdEqual: 'string',
    entryIdIn: 'string',
    categoryFullIdsStartsWith: 'string',
    statusEqual: 'enum:KalturaCategoryEntryStatus',
    statusIn: 'string',
  }),
});
defineClass('KalturaCategoryEntryFilter', { parent: 'KalturaCategoryEntryBaseFilter' });

/**
 * Ids (as strings) of the categories an entry is in: its active category entries plus the
 * entry's own `categoriesIds` (seed data may use either).
 * @param {Record<string, any>} state
 * @param {Record<string, any>} entry
 */
export function entryCategoryIds(state, entry) {
  const linked = state.categoryEntries
    .filter((/** @type {any} */ link) => link.entryId === entry.id && Number(link.status ?? ACTIVE) === ACTIVE)
    .map((/** @type {any} */ link) => String(link.categoryId));
  return [...new Set([...linked, ...csvValues(entry.categoriesIds)])];
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {unknown} id
 */
function findCategory(ctx, id) {
  const category = ctx.state.categories[String(id)];
  return category && Number(category.partnerId) === ctx.partnerId ? category : undefined;
}

defineService('category', {
  actions: {
    get: {
      params: [{ name: 'id', type: 'int' }],
      run(ctx, { id }) {
        const category = findCategory(ctx, id);
        if (!category) throw new ApiError('CATEGORY_NOT_FOUND', { ID: id });
        return category;
      },
    },
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaCategoryFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        const given = filter ?? {};
        const { inList } = filterTests(given);
        const matches = Object.values(ctx.state.categories).filter((category) => {
          const fullName = String(category.fullName ?? category.name ?? '');
          const fullIds = String(category.fullIds ?? category.id);
          return (
            Number(category.partnerId) === ctx.partnerId &&
            (given.idEqual === undefined || Number(category.id) === given.idEqual) &&
            inList('idIn', category.id) &&
            (given.parentIdEqual === undefined || Number(category.parentId ?? 0) === given.parentIdEqual) &&
            inList('parentIdIn', category.parentId ?? 0) &&
            (given.depthEqual === undefined || Number(category.depth ?? 0) === given.depthEqual) &&
            (given.fullNameEqual === undefined || fullName === given.fullNameEqual) &&
            (given.fullNameStartsWith === undefined || fullName.startsWith(given.fullNameStartsWith)) &&
            inList('fullNameIn', fullName) &&
            (given.fullIdsStartsWith === undefined || fullIds.startsWith(given.fullIdsStartsWith)) &&
            (given.ancestorIdIn === undefined ||
              fullIds
                .split('>')
                .slice(0, -1)
                .some((id) => csvValues(given.ancestorIdIn).includes(id))) &&
            (given.freeText === undefined || fullName.toLowerCase().includes(String(given.freeText).toLowerCase()))
          );
        });
        const ordered = sortByOrder(matches, given.orderBy, {
          name: (category) => String(category.name ?? '').toLowerCase(),
          fullName: (category) => String(category.fullName ?? '').toLowerCase(),
          createdAt: (category) => Number(category.createdAt ?? 0),
          depth: (category) => Number(category.depth ?? 0),
        });
        return listResponse('KalturaCategoryListResponse', pageOf(ordered, pager), matches.length);
      },
    },
  },
});

defineService('categoryentry', {
  actions: {
    add: {
      writes: true,
      params: [{ name: 'categoryEntry', type: 'object:KalturaCategoryEntry' }],
      run(ctx, { categoryEntry }) {
        validateForInsert(categoryEntry);
        const entry = requireEntry(ctx, categoryEntry.entryId);
        const category = findCategory(ctx, categoryEntry.categoryId);
        if (!category) throw new ApiError('CATEGORY_NOT_FOUND', { ID: categoryEntry.categoryId });
        assertCanEditEntry(ctx, entry);
        if (entryCategoryIds(ctx.state, entry).includes(String(category.id)))
          throw new ApiError('CATEGORY_ENTRY_ALREADY_EXISTS');
        const link = {
          objectType: 'KalturaCategoryEntry',
          partnerId: ctx.partnerId,
          categoryId: Number(category.id),
          entryId: entry.id,
          createdAt: Math.floor(ctx.clock.now()),
          categoryFullIds: String(category.fullIds ?? category.id),
          status: ACTIVE,
          creatorUserId: ctx.ks?.userId,
        };
        ctx.state.categoryEntries.push(link);
        entry.categoriesIds = entryCategoryIds(ctx.state, entry).join(',');
        category.entriesCount = Number(category.entriesCount ?? 0) + 1;
        emitPlatformEvent(ctx, { type: 'categoryEntryAdded', entry, category, at: link.createdAt });
        return link;
      },
    },
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaCategoryEntryFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        const given = filter ?? {};
        // KalturaCategoryEntryFilter::getListResponse: a session that is not an admin one must name an entry or a category.
        const narrowed = ['entryIdEqual', 'entryIdIn', 'categoryIdEqual', 'categoryIdIn'].some(
          (name) => given[name] !== undefined && given[name] !== '',
        );
        if (!narrowed && !ctx.ks?.isAdmin) throw new ApiError('MUST_FILTER_ON_ENTRY_OR_CATEGORY');
        const { inList } = filterTests(given);
        const matches = ctx.state.categoryEntries.filter(
          (/** @type {any} */ link) =>
            Number(link.partnerId) === ctx.partnerId &&
            (given.categoryIdEqual === undefined || Number(link.categoryId) === given.categoryIdEqual) &&
            inList('categoryIdIn', link.categoryId) &&
            (given.entryIdEqual === undefined || link.entryId === given.entryIdEqual) &&
            inList('entryIdIn', link.entryId) &&
            (given.statusEqual === undefined || Number(link.status ?? ACTIVE) === given.statusEqual) &&
            inList('statusIn', link.status ?? ACTIVE) &&
            (given.categoryFullIdsStartsWith === undefined ||
              String(link.categoryFullIds ?? '').startsWith(given.categoryFullIdsStartsWith)),
        );
        return listResponse('KalturaCategoryEntryListResponse', pageOf(matches, pager), matches.length);
      },
    },
  },
});
