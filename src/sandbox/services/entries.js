// @ts-check
/**
 * baseentry and media: get, list (kaltura-rules §6.2 defaults), clone, update, updateContent (clips).
 * A clip's content is never transcoded: the entry remembers `_clip` (source, range, burned-in
 * captions) and plays its source's file; it turns READY a few sandbox seconds after
 * updateContent, lazily on the sandbox clock.
 */
import { assertCanEditEntry, findEntry, isEntitled, requireEntry } from '../access.js';
import { ApiError } from '../errors.js';
import { emitPlatformEvent } from '../events.js';
import { containsText, csvValues, filterTests, listResponse, pageOf, sortByOrder } from '../lists.js';
import { applyInput, defineService, onClockTick, validateForUpdate } from '../registry.js';
import { abortTasksOfDeletedEntry } from '../reach/lifecycle.js';
import { transcriptRange } from '../seed/transcripts.js';
import { onCommit, rawOf, touchedMembers } from '../journal.js';
import { inKeyOrder, newObjectId } from '../store.js';
import { copyAssets, ensureSourceFlavor } from './assets.js';
import { entryCategoryIds } from './categories.js';
import { EntryType } from '../../reach/wire-enums.js';
import { CloneOption, CloneRule, EntryStatus } from './entry-types.js';

/** @typedef {import('../dispatch.js').ActionContext} ActionContext */

/** Sandbox seconds between updateContent and the clip being READY. */
export const CLIP_PROCESSING_SECONDS = 5;
const STATUS_FILTERS = ['statusEqual', 'statusNotEqual', 'statusIn', 'statusNotIn'];
const MODERATION_FILTERS = [
  'moderationStatusEqual',
  'moderationStatusNotEqual',
  'moderationStatusIn',
  'moderationStatusNotIn',
];
const HIDDEN_FROM_SEARCH = [-2, -1];

/** @param {Record<string, any>} entry */
const rootOf = (entry) => entry.rootEntryId ?? entry.id;

/** @type {Record<string, (entry: Record<string, any>) => number | string>} */
const ORDERABLE = {
  createdAt: (entry) => Number(entry.createdAt ?? 0),
  updatedAt: (entry) => Number(entry.updatedAt ?? 0),
  name: (entry) => String(entry.name ?? '').toLowerCase(),
  duration: (entry) => Number(entry.msDuration ?? 0),
  mediaType: (entry) => Number(entry.mediaType ?? 0),
  partnerSortValue: (entry) => Number(entry.partnerSortValue ?? 0),
  plays: (entry) => Number(entry.plays ?? 0),
  views: (entry) => Number(entry.views ?? 0),
  recent: (entry) => Number(entry.createdAt ?? 0),
};

/**
 * Applies §6.2's implicit conditions: unless idEqual / redirectFromEntryId is given, only READY
 * entries without a status filter, moderation not pending/rejected, and not hidden from search.
 * @param {Record<string, any>} filter
 */
function withListDefaults(filter) {
  if (filter.idEqual !== undefined || filter.redirectFromEntryId !== undefined) return filter;
  const effective = { ...filter };
  if (!STATUS_FILTERS.some((name) => filter[name] !== undefined)) effective.statusEqual = EntryStatus.READY;
  if (!MODERATION_FILTERS.some((name) => filter[name] !== undefined)) effective.moderationStatusNotIn = '1,3';
  const displayGiven = ['parentEntryIdEqual', 'idIn', 'displayInSearchEqual', 'displayInSearchIn'].some(
    (name) => filter[name] !== undefined,
  );
  if (!displayGiven) effective._hideFromSearch = true;
  return effective;
}

/**
 * @param {Record<string, any>} state
 * @param {Record<string, any>} entry
 * @param {Record<string, any>} filter
 */
function matchesFilter(state, entry, filter) {
  /** @param {string} name @param {(value: any) => boolean} test */
  const check = (name, test) => filter[name] === undefined || test(filter[name]);
  const { inList, notInList } = filterTests(filter);
  const categories = () => entryCategoryIds(state, entry);
  const text = [entry.name, entry.description, entry.tags].filter(Boolean).join(' ');
  const seconds = Math.round(Number(entry.msDuration ?? 0) / 1000);
  return (
    check('idEqual', (id) => entry.id === id) &&
    inList('idIn', entry.id) &&
    notInList('idNotIn', entry.id) &&
    check('nameLike', (name) => containsText(entry.name, name)) &&
    check('nameEqual', (name) => entry.name === name) &&
    check('nameMultiLikeOr', (names) => csvValues(names).some((name) => containsText(entry.name, name))) &&
    check('nameMultiLikeAnd', (names) => csvValues(names).every((name) => containsText(entry.name, name))) &&
    check('userIdEqual', (user) => entry.userId === user) &&
    inList('userIdIn', entry.userId) &&
    notInList('userIdNotIn', entry.userId) &&
    check('creatorIdEqual', (user) => entry.creatorId === user) &&
    check('tagsLike', (tag) => containsText(entry.tags, tag)) &&
    check('tagsMultiLikeOr', (tags) => csvValues(tags).some((tag) => containsText(entry.tags, tag))) &&
    check('tagsMultiLikeAnd', (tags) => csvValues(tags).every((tag) => containsText(entry.tags, tag))) &&
    check('freeText', (words) =>
      String(words)
        .trim()
        .split(/\s+/)
        .every((word) => containsText(text, word)),
    ) &&
    check('descriptionLike', (words) => containsText(entry.description, words)) &&
    check('categoriesIdsMatchOr', (ids) => csvValues(ids).some((id) => categories().includes(id))) &&
    check('categoriesIdsMatchAnd', (ids) => csvValues(ids).every((id) => categories().includes(id))) &&
    check('categoriesIdsNotContains', (ids) => !csvValues(ids).some((id) => categories().includes(id))) &&
    check('categoriesIdsEmpty', (empty) => empty === -1 || (categories().length === 0) === (empty === 1)) &&
    check('categoryAncestorIdIn', (ids) => categories().some((id) => isWithinAny(state, id, csvValues(ids)))) &&
    check('statusEqual', (status) => entry.status === status) &&
    check('statusNotEqual', (status) => entry.status !== status) &&
    inList('statusIn', entry.status) &&
    notInList('statusNotIn', entry.status) &&
    check('moderationStatusEqual', (status) => Number(entry.moderationStatus) === status) &&
    check('moderationStatusNotEqual', (status) => Number(entry.moderationStatus) !== status) &&
    (entry.moderationStatus === undefined || inList('moderationStatusIn', entry.moderationStatus)) &&
    (entry.moderationStatus === undefined || notInList('moderationStatusNotIn', entry.moderationStatus)) &&
    check('typeEqual', (type) => String(entry.type ?? EntryType.MEDIA_CLIP) === type) &&
    inList('typeIn', entry.type ?? EntryType.MEDIA_CLIP) &&
    check('mediaTypeEqual', (type) => Number(entry.mediaType) === type) &&
    inList('mediaTypeIn', entry.mediaType) &&
    check('createdAtGreaterThanOrEqual', (time) => Number(entry.createdAt) >= time) &&
    check('createdAtLessThanOrEqual', (time) => Number(entry.createdAt) <= time) &&
    check('updatedAtGreaterThanOrEqual', (time) => Number(entry.updatedAt) >= time) &&
    check('updatedAtLessThanOrEqual', (time) => Number(entry.updatedAt) <= time) &&
    check('referenceIdEqual', (id) => entry.referenceId === id) &&
    inList('referenceIdIn', entry.referenceId) &&
    check('rootEntryIdEqual', (id) => rootOf(entry) === id) &&
    inList('rootEntryIdIn', rootOf(entry)) &&
    check('parentEntryIdEqual', (id) => entry.parentEntryId === id) &&
    check('isRoot', (isRoot) => isRoot === -1 || (rootOf(entry) === entry.id) === (isRoot === 1)) &&
    check('displayInSearchEqual', (value) => Number(entry.displayInSearch ?? 1) === value) &&
    inList('displayInSearchIn', entry.displayInSearch ?? 1) &&
    (!filter._hideFromSearch || !HIDDEN_FROM_SEARCH.includes(Number(entry.displayInSearch ?? 1))) &&
    check('durationLessThan', (limit) => seconds < limit) &&
    check('durationGreaterThan', (limit) => seconds > limit) &&
    check('durationLessThanOrEqual', (limit) => seconds <= limit) &&
    check('durationGreaterThanOrEqual', (limit) => seconds >= limit)
  );
}

/**
 * Is category `categoryId` one of `ancestorIds` or below one of them?
 * @param {Record<string, any>} state
 * @param {string} categoryId
 * @param {string[]} ancestorIds
 */
function isWithinAny(state, categoryId, ancestorIds) {
  const fullIds = String(state.categories[categoryId]?.fullIds ?? categoryId).split('>');
  return fullIds.some((id) => ancestorIds.includes(id));
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {Record<string, any> | null} filter
 * @param {Record<string, any> | null} pager
 * @param {{ mediaOnly: boolean, responseClass: string }} kind
 */
function listEntries(ctx, filter, pager, { mediaOnly, responseClass }) {
  const effective = withListDefaults(filter ?? {});
  const matches = Object.values(ctx.state.entries).filter(
    (entry) =>
      Number(entry.partnerId) === ctx.partnerId &&
      entry.status !== EntryStatus.DELETED &&
      isEntitled(ctx, entry) &&
      (!mediaOnly || String(entry.type ?? EntryType.MEDIA_CLIP) === EntryType.MEDIA_CLIP) &&
      matchesFilter(ctx.state, entry, effective),
  );
  // Sandbox choice where the server leaves the order to the search engine: newest first.
  const ordered = sortByOrder(matches, effective.orderBy || '-createdAt', ORDERABLE);
  return listResponse(responseClass, pageOf(ordered, pager, { sphinx: true }), matches.length);
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {string} entryId
 * @param {Record<string, any>[] | null} cloneOptions
 */
function cloneEntry(ctx, entryId, cloneOptions) {
  const source = requireEntry(ctx, entryId);
  assertCanEditEntry(ctx, source);
  const excluded = new Set(
    (cloneOptions ?? []).filter((option) => option.rule === CloneRule.EXCLUDE).map((option) => option.itemType),
  );
  const now = Math.floor(ctx.clock.now());
  const id = newObjectId(ctx.state);
  const copyFlavors = !excluded.has(CloneOption.FLAVORS);
  /** @type {Record<string, any>} */
  const clone = {
    ...structuredClone(rawOf(source)),
    id,
    rootEntryId: source.id,
    createdAt: now,
    updatedAt: now,
    version: 0,
    plays: 0,
    views: 0,
  };
  delete clone._readyAt;
  if (excluded.has('1')) clone.userId = ctx.ks?.userId ?? clone.userId;
  if (excluded.has('2')) delete clone.categoriesIds;
  if (!copyFlavors) {
    // Spec §6.3: a clone without flavors has no content yet.
    clone.status = EntryStatus.NO_CONTENT;
    clone.msDuration = 0;
    delete clone._clip;
    delete clone.transcript;
    delete clone._spokenTopic;
  }
  ctx.state.entries[id] = clone;
  const hasContent = source.status === EntryStatus.READY || source.status === EntryStatus.NO_CONTENT;
  copyAssets(ctx.state, source.id, id, now, {
    flavors: copyFlavors && hasContent,
    captions: !excluded.has(CloneOption.CAPTIONS) && copyFlavors,
  });
  return clone;
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {string} entryId
 * @param {Record<string, any>} input
 */
function updateEntry(ctx, entryId, input) {
  const entry = requireEntry(ctx, entryId);
  assertCanEditEntry(ctx, entry);
  validateForUpdate(input, entry);
  const { objectType, ...changes } = input;
  const previous = Object.fromEntries(Object.keys(changes).map((field) => [field, entry[field]]));
  applyInput(entry, changes);
  entry.updatedAt = Math.floor(ctx.clock.now());
  const changed = Object.keys(previous).filter((field) => entry[field] !== previous[field]);
  if (changed.length > 0)
    emitPlatformEvent(ctx, { type: 'entryUpdated', entry, changed, previous, at: entry.updatedAt });
  return entry;
}

/**
 * media.updateContent with a KalturaOperationResource (or a plain KalturaEntryResource) on an
 * entry without content: the entry becomes a clip of the source.
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {string} entryId
 * @param {Record<string, any>} resource
 */
function updateContent(ctx, entryId, resource) {
  const entry = findEntry(ctx, entryId);
  if (!entry || String(entry.type ?? EntryType.MEDIA_CLIP) !== EntryType.MEDIA_CLIP)
    throw new ApiError('ENTRY_ID_NOT_FOUND', { ENTRY_ID: entryId });
  assertCanEditEntry(ctx, entry);
  const isOperation = resource.objectType === 'KalturaOperationResource';
  const entryResource = isOperation ? resource.resource : resource;
  if (!entryResource || entryResource.objectType !== 'KalturaEntryResource') {
    throw new ApiError('RESOURCE_TYPE_NOT_SUPPORTED', { RES_TYPE: entryResource?.objectType ?? resource.objectType });
  }
  if (entry.replacingEntryId) throw new ApiError('ENTRY_REPLACEMENT_ALREADY_EXISTS');
  // Sandbox choice: partners have no entry-replacement feature, so only empty entries take content.
  if (entry.status !== EntryStatus.NO_CONTENT)
    throw new ApiError('FEATURE_FORBIDDEN', { FEATURE: 'FEATURE_ENTRY_REPLACEMENT' });
  if (!entryResource.entryId) throw new ApiError('RESOURCE_ENTRY_ID_MISSING');
  const source = requireEntry(ctx, entryResource.entryId);
  if (source.status !== EntryStatus.READY) throw new ApiError('ORIGINAL_FLAVOR_ASSET_IS_MISSING');

  const sourceClip = source._clip ?? {
    sourceEntryId: source.id,
    offsetMs: 0,
    durationMs: Number(source.msDuration ?? 0),
  };
  const clipAttributes = (isOperation ? (resource.operationAttributes ?? []) : []).find(
    (/** @type {Record<string, any>} */ attributes) => attributes.objectType === 'KalturaClipAttributes',
  );
  const offsetMs = Math.max(0, Number(clipAttributes?.offset ?? 0));
  const available = sourceClip.durationMs - offsetMs;
  const durationMs = Math.min(Number(clipAttributes?.duration ?? available), available);
  const now = Math.floor(ctx.clock.now());
  entry._clip = {
    // A clip of a clip points at the original file, shifted by the first clip's offset.
    sourceEntryId: sourceClip.sourceEntryId,
    offsetMs: sourceClip.offsetMs + offsetMs,
    durationMs: Math.max(0, durationMs),
    captionAssetId: clipAttributes?.captionAttributes?.[0]?.captionAssetId,
  };
  if (clipAttributes) entry.operationAttributes = [clipAttributes];
  // The clip speaks its range of the source, so what REACH transcribes on it matches the video.
  entry.transcript = transcriptRange(source, offsetMs, Math.max(0, durationMs));
  entry.msDuration = Math.max(0, durationMs);
  entry.status = EntryStatus.PRECONVERT;
  entry._readyAt = now + CLIP_PROCESSING_SECONDS;
  // An impossible range fails later, as a real conversion would.
  entry._clipFails = durationMs <= 0;
  entry.updatedAt = now;
  return entry;
}

/**
 * Whether the clock has yet to move the entry (an import or a conversion to finish).
 * @param {Record<string, any>} entry
 */
function hasStepToCome(entry) {
  return entry._importedAt !== undefined || entry._readyAt !== undefined;
}

/**
 * The ids of the entries with a step to come, per entries collection: found by one scan of a new collection
 * (seed, reset, loaded state), then kept up to date with what writing calls touch, so that the tick before
 * every call looks at these few instead of every entry. Ids that no longer have a step are dropped at the next
 * tick.
 * @type {WeakMap<object, Set<string>>}
 */
const entriesWithSteps = new WeakMap();

/** @param {Record<string, any>} entries the raw collection */
function entriesWithStepsIn(entries) {
  let ids = entriesWithSteps.get(entries);
  if (!ids) {
    ids = new Set(Object.keys(entries).filter((id) => hasStepToCome(entries[id])));
    entriesWithSteps.set(entries, ids);
  }
  return ids;
}

onCommit((state, touched) => {
  const ids = entriesWithSteps.get(state.entries);
  if (!ids) return;
  for (const id of touchedMembers(state.entries, touched))
    if (state.entries[id] && hasStepToCome(state.entries[id])) ids.add(id);
});

/**
 * An entry's status steps as the server's jobs move it (entryStatus): IMPORT "0" until `_importedAt`
 * (a URL being fetched; ERROR_IMPORTING "-2" when `_importFails`), then PRECONVERT "1" until `_readyAt`,
 * then READY "2" (or ERROR_CONVERTING "-1" for an impossible clip) — and `entryReady` is raised.
 * Entries due together move in the collection's order.
 */
onClockTick((ctx) => {
  const now = ctx.clock.now();
  const { entries } = ctx.state;
  const withSteps = entriesWithStepsIn(entries);
  /** @type {Record<string, any>[]} */
  const due = [];
  for (const id of withSteps) {
    const entry = entries[id];
    if (!entry || !hasStepToCome(entry)) withSteps.delete(id);
    else if (entry._importedAt <= now || entry._readyAt <= now) due.push(entry);
  }
  for (const entry of inKeyOrder(entries, due)) {
    if (entry._importedAt !== undefined && entry._importedAt <= now) {
      entry.status = entry._importFails ? EntryStatus.ERROR_IMPORTING : EntryStatus.PRECONVERT;
      entry.updatedAt = entry._importedAt;
      if (entry._importFails) delete entry._readyAt;
      delete entry._importedAt;
      delete entry._importFails;
    }
    if (entry._readyAt === undefined || entry._readyAt > now) continue;
    entry.status = entry._clipFails ? EntryStatus.ERROR_CONVERTING : EntryStatus.READY;
    entry.updatedAt = entry._readyAt;
    delete entry._readyAt;
    delete entry._clipFails;
    if (entry.status !== EntryStatus.READY) continue;
    ensureSourceFlavor(ctx.state, entry, entry.updatedAt);
    emitPlatformEvent(ctx, { type: 'entryReady', entry, at: entry.updatedAt });
  }
});

/**
 * Deletion is soft, as on the server: the entry keeps status DELETED ("3"), get answers ENTRY_ID_NOT_FOUND,
 * and its waiting REACH tasks are aborted. Answers nothing (null).
 * @param {ActionContext} ctx
 * @param {string} entryId
 */
function deleteEntry(ctx, entryId) {
  const entry = requireEntry(ctx, entryId);
  assertCanEditEntry(ctx, entry);
  entry.status = EntryStatus.DELETED;
  entry.updatedAt = Math.floor(ctx.clock.now());
  abortTasksOfDeletedEntry(ctx.state, entry.id, ctx.clock.now());
  return null;
}

/**
 * @param {string} entryClass
 * @param {string} filterClass
 * @param {string} responseClass
 * @param {string} entryParam
 * @param {boolean} mediaOnly
 */
function entryActions(entryClass, filterClass, responseClass, entryParam, mediaOnly) {
  return {
    get: {
      params: [
        { name: 'entryId', type: 'string' },
        { name: 'version', type: 'int', default: -1 },
      ],
      /** @param {ActionContext} ctx @param {any} args */
      run: (ctx, { entryId }) => requireEntry(ctx, entryId),
    },
    list: {
      params: [
        { name: 'filter', type: `object:${filterClass}`, default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      /** @param {ActionContext} ctx @param {any} args */
      run: (ctx, { filter, pager }) => listEntries(ctx, filter, pager, { mediaOnly, responseClass }),
    },
    update: {
      writes: true,
      params: [
        { name: 'entryId', type: 'string' },
        { name: entryParam, type: `object:${entryClass}` },
      ],
      /** @param {ActionContext} ctx @param {any} args */
      run: (ctx, args) => updateEntry(ctx, args.entryId, args[entryParam]),
    },
    delete: {
      writes: true,
      params: [{ name: 'entryId', type: 'string' }],
      /** @param {ActionContext} ctx @param {any} args */
      run: (ctx, { entryId }) => deleteEntry(ctx, entryId),
    },
  };
}

defineService('baseentry', {
  actions: {
    ...entryActions('KalturaBaseEntry', 'KalturaBaseEntryFilter', 'KalturaBaseEntryListResponse', 'baseEntry', false),
    clone: {
      writes: true,
      params: [
        { name: 'entryId', type: 'string' },
        { name: 'cloneOptions', type: 'array:KalturaBaseEntryCloneOptionItem', default: null },
      ],
      run: (ctx, { entryId, cloneOptions }) => cloneEntry(ctx, entryId, cloneOptions),
    },
  },
});

defineService('media', {
  actions: {
    ...entryActions('KalturaMediaEntry', 'KalturaMediaEntryFilter', 'KalturaMediaListResponse', 'mediaEntry', true),
    updateContent: {
      writes: true,
      params: [
        { name: 'entryId', type: 'string' },
        { name: 'resource', type: 'object:KalturaResource' },
        { name: 'conversionProfileId', type: 'int', default: null },
      ],
      run: (ctx, { entryId, resource }) => updateContent(ctx, entryId, resource),
    },
  },
});
