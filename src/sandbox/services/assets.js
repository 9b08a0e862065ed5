// @ts-check
/**
 * flavorasset and caption_captionasset. Every flavor of every entry serves the sample file of
 * its media type (see media-files.js); caption content lives in the state (`content`).
 */
import { findEntry } from '../access.js';
import { ApiError } from '../errors.js';
import { csvValues, filterTests, listResponse, pageOf, sortByOrder } from '../lists.js';
import { defineClass, defineEnum, defineService, fields, onClockTick, RawResponse } from '../registry.js';
import { onCommit, rawOf, touchedMembers } from '../journal.js';
import { inKeyOrder, newObjectId } from '../store.js';
import { captionDownloadUrl, flavorDownloadUrl, serveFlavorUrl } from '../download-urls.js';
import { CaptionAssetStatus, CaptionType, EntryStatus, EntryType, FlavorAssetStatus } from '../../reach/wire-enums.js';

const CAPTION_EXTENSIONS = { 1: 'srt', 3: 'vtt' };
const CAPTION_CONTENT_TYPES = { srt: 'application/x-subrip; charset=utf-8', vtt: 'text/vtt; charset=utf-8' };

defineEnum('KalturaFlavorAssetStatus', 'int', FlavorAssetStatus);
defineEnum('KalturaCaptionAssetStatus', 'int', CaptionAssetStatus);
defineEnum('KalturaCaptionType', 'string', CaptionType);

const assetFields = {
  id: 'string ro',
  entryId: 'string ro',
  partnerId: 'int ro',
  version: 'int ro',
  size: 'int ro',
  tags: 'string',
  fileExt: 'string io',
  createdAt: 'time ro',
  updatedAt: 'time ro',
  deletedAt: 'time ro',
  description: 'string ro',
  partnerData: 'string',
  partnerDescription: 'string',
  actualSourceAssetParamsIds: 'string',
  sizeInBytes: 'bigint ro',
};
defineClass('KalturaAsset', { props: fields(assetFields) });
defineClass('KalturaFlavorAsset', {
  parent: 'KalturaAsset',
  props: fields({
    flavorParamsId: 'int io',
    width: 'int ro',
    height: 'int ro',
    bitrate: 'int ro',
    frameRate: 'float ro',
    isOriginal: 'bool ro',
    isWeb: 'bool ro',
    containerFormat: 'string ro',
    videoCodecId: 'string ro',
    status: 'enum:KalturaFlavorAssetStatus ro',
    language: 'string',
    label: 'string',
    isDefault: 'enum:KalturaNullableBoolean',
  }),
});
defineClass('KalturaCaptionAsset', {
  parent: 'KalturaAsset',
  props: fields({
    captionParamsId: 'int io',
    language: 'string',
    languageCode: 'string ro',
    isDefault: 'enum:KalturaNullableBoolean',
    label: 'string',
    format: 'enum:KalturaCaptionType io',
    source: 'string',
    status: 'enum:KalturaCaptionAssetStatus ro',
    parentId: 'string',
    accuracy: 'int',
    displayOnPlayer: 'bool',
    associatedTranscriptIds: 'string',
  }),
});
defineClass('KalturaFlavorAssetListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaFlavorAsset' }),
});
defineClass('KalturaCaptionAssetListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaCaptionAsset' }),
});

const assetFilterFields = {
  idEqual: 'string',
  idIn: 'string',
  entryIdEqual: 'string',
  entryIdIn: 'string',
  tagsLike: 'string',
  createdAtGreaterThanOrEqual: 'time',
  createdAtLessThanOrEqual: 'time',
  updatedAtGreaterThanOrEqual: 'time',
  updatedAtLessThanOrEqual: 'time',
};
defineClass('KalturaAssetBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: fields(assetFilterFields),
});
defineClass('KalturaAssetFilter', { parent: 'KalturaAssetBaseFilter', props: fields({ typeIn: 'string' }) });
defineClass('KalturaFlavorAssetBaseFilter', {
  parent: 'KalturaAssetFilter',
  abstract: true,
  props: fields({
    flavorParamsIdEqual: 'int',
    flavorParamsIdIn: 'string',
    statusEqual: 'enum:KalturaFlavorAssetStatus',
    statusIn: 'string',
    statusNotIn: 'string',
  }),
});
defineClass('KalturaFlavorAssetFilter', { parent: 'KalturaFlavorAssetBaseFilter' });
defineClass('KalturaCaptionAssetBaseFilter', {
  parent: 'KalturaAssetFilter',
  abstract: true,
  props: fields({
    captionParamsIdEqual: 'int',
    formatEqual: 'enum:KalturaCaptionType',
    formatIn: 'string',
    statusEqual: 'enum:KalturaCaptionAssetStatus',
    statusIn: 'string',
    statusNotIn: 'string',
    languageEqual: 'string',
    languageIn: 'string',
    labelEqual: 'string',
  }),
});
defineClass('KalturaCaptionAssetFilter', { parent: 'KalturaCaptionAssetBaseFilter' });

/**
 * Entries that have content get a source flavor when the seed (or a clip) gave them none.
 * @param {Record<string, any>} state
 * @param {Record<string, any>} entry
 * @param {number} now
 * @param {{ id?: string, version?: number }} [options] a seeded flavor's own id and source version
 */
export function ensureSourceFlavor(state, entry, now, { id, version = 1 } = {}) {
  if (flavorsOf(state, entry.id).length > 0) return;
  const flavorId = id ?? newObjectId(state);
  const isAudio = Number(entry.mediaType) === 5;
  const bitrate = isAudio ? 96 : 900;
  storeFlavor(state, {
    objectType: 'KalturaFlavorAsset',
    id: flavorId,
    entryId: entry.id,
    partnerId: entry.partnerId,
    version,
    flavorParamsId: 0,
    fileExt: 'webm',
    containerFormat: 'webm',
    videoCodecId: isAudio ? undefined : 'vp9',
    width: isAudio ? 0 : 1280,
    height: isAudio ? 0 : 720,
    bitrate,
    // KB, as Kaltura counts it: duration × bitrate (kbit/s) / 8.
    size: Math.ceil((Number(entry.msDuration ?? 0) / 1000) * (bitrate / 8)),
    isOriginal: true,
    isWeb: true,
    status: FlavorAssetStatus.READY,
    tags: 'source,web',
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * Flavor ids per entry id, per flavors collection, so that finding an entry's flavors does not scan every
 * flavor. Flavors are stored through `storeFlavor` only and never deleted; an id a rolled-back call left here
 * is skipped when read.
 * @type {WeakMap<object, Map<string, string[]>>}
 */
const flavorIdsByEntry = new WeakMap();

/** @param {Record<string, any>} flavorAssets the raw collection */
function flavorIndexOf(flavorAssets) {
  let index = flavorIdsByEntry.get(flavorAssets);
  if (!index) {
    index = new Map();
    for (const flavor of Object.values(flavorAssets)) indexFlavor(index, flavor);
    flavorIdsByEntry.set(flavorAssets, index);
  }
  return index;
}

/**
 * An entry's flavors, in the order they were stored (unwrapped: take one through `state` to change it).
 * @param {Record<string, any>} state @param {string} entryId
 * @returns {Record<string, any>[]}
 */
export function flavorsOf(state, entryId) {
  const flavorAssets = rawOf(state.flavorAssets);
  const ids = new Set(flavorIndexOf(flavorAssets).get(entryId));
  return [...ids].map((id) => flavorAssets[id]).filter((flavor) => flavor?.entryId === entryId);
}

/**
 * Stores a new flavor asset (the one way flavors are added).
 * @param {Record<string, any>} state @param {Record<string, any>} flavor
 */
export function storeFlavor(state, flavor) {
  const index = flavorIndexOf(rawOf(state.flavorAssets));
  state.flavorAssets[flavor.id] = flavor;
  indexFlavor(index, flavor);
}

/** @param {Map<string, string[]>} index @param {Record<string, any>} flavor */
function indexFlavor(index, flavor) {
  const ids = index.get(flavor.entryId);
  if (ids) ids.push(flavor.id);
  else index.set(flavor.entryId, [flavor.id]);
}

/**
 * The ids of READY entries that may have no flavor yet, per entries collection: found by one scan of a new
 * collection (seed, reset, loaded state), then taken from what writing calls touch (a clone made without its
 * flavors, say). Entries that turn READY on the clock get their flavor there.
 * @type {WeakMap<object, Set<string>>}
 */
const maybeWithoutFlavor = new WeakMap();

onCommit((state, touched) => {
  const ids = maybeWithoutFlavor.get(state.entries);
  if (!ids) return;
  for (const id of touchedMembers(state.entries, touched))
    if (state.entries[id]?.status === EntryStatus.READY) ids.add(id);
});

onClockTick((ctx) => {
  const { entries, flavorAssets } = ctx.state;
  let ids = maybeWithoutFlavor.get(entries);
  if (!ids) {
    const withFlavors = new Set(Object.values(flavorAssets).map((flavor) => flavor.entryId));
    ids = new Set(Object.keys(entries).filter((id) => !withFlavors.has(id)));
    maybeWithoutFlavor.set(entries, ids);
  }
  if (ids.size === 0) return;
  const ready = [...ids].map((id) => entries[id]).filter((entry) => entry?.status === EntryStatus.READY);
  ids.clear();
  for (const entry of inKeyOrder(entries, ready)) ensureSourceFlavor(ctx.state, entry, Math.floor(ctx.clock.now()));
});

/**
 * Copies an entry's flavor and/or caption assets to another entry (baseEntry.clone).
 * @param {Record<string, any>} state
 * @param {string} fromEntryId
 * @param {string} toEntryId
 * @param {number} now
 * @param {{ flavors: boolean, captions: boolean }} which
 */
export function copyAssets(state, fromEntryId, toEntryId, now, which) {
  for (const [collection, wanted] of /** @type {const} */ ([
    ['flavorAssets', which.flavors],
    ['captionAssets', which.captions],
  ])) {
    if (!wanted) continue;
    for (const asset of Object.values(state[collection]).filter((candidate) => candidate.entryId === fromEntryId)) {
      const id = newObjectId(state);
      const copy = { ...structuredClone(rawOf(asset)), id, entryId: toEntryId, createdAt: now, updatedAt: now };
      if (collection === 'flavorAssets') storeFlavor(state, copy);
      else state[collection][id] = copy;
    }
  }
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {'flavorAssets' | 'captionAssets'} collection
 * @param {unknown} id
 */
function findAsset(ctx, collection, id) {
  const asset = typeof id === 'string' ? ctx.state[collection][id] : undefined;
  return asset && Number(asset.partnerId) === ctx.partnerId && findEntry(ctx, asset.entryId) ? asset : undefined;
}

/**
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {'flavorAssets' | 'captionAssets'} collection
 * @param {Record<string, any>} filter
 */
function listAssets(ctx, collection, filter) {
  const { equals, inList } = filterTests(filter);
  return Object.values(ctx.state[collection]).filter(
    (asset) =>
      findAsset(ctx, collection, asset.id) &&
      equals('idEqual', asset.id) &&
      inList('idIn', asset.id) &&
      equals('entryIdEqual', asset.entryId) &&
      inList('entryIdIn', asset.entryId) &&
      equals('statusEqual', asset.status) &&
      inList('statusIn', asset.status) &&
      (filter.statusNotIn === undefined || !csvValues(filter.statusNotIn).includes(String(asset.status))) &&
      equals('flavorParamsIdEqual', asset.flavorParamsId) &&
      inList('flavorParamsIdIn', asset.flavorParamsId) &&
      equals('formatEqual', asset.format) &&
      inList('formatIn', asset.format) &&
      equals('languageEqual', asset.language) &&
      inList('languageIn', asset.language) &&
      equals('labelEqual', asset.label) &&
      (filter.createdAtGreaterThanOrEqual === undefined || asset.createdAt >= filter.createdAtGreaterThanOrEqual) &&
      (filter.createdAtLessThanOrEqual === undefined || asset.createdAt <= filter.createdAtLessThanOrEqual),
  );
}

const ASSET_ORDER = {
  createdAt: (/** @type {any} */ asset) => Number(asset.createdAt ?? 0),
  updatedAt: (/** @type {any} */ asset) => Number(asset.updatedAt ?? 0),
};

/**
 * A READY flavor the session may fetch (flavorAssetService::getUrl / getDownloadUrl): found, entitled, READY.
 * @param {import('../dispatch.js').ActionContext} ctx
 * @param {unknown} id
 */
function readyFlavor(ctx, id) {
  const flavor = findAsset(ctx, 'flavorAssets', id);
  if (!flavor) throw new ApiError('FLAVOR_ASSET_ID_NOT_FOUND', { ID: id });
  if (Number(flavor.status) !== FlavorAssetStatus.READY) throw new ApiError('FLAVOR_ASSET_IS_NOT_READY');
  return flavor;
}

/** @param {Record<string, any>} caption */
function captionExtension(caption) {
  return CAPTION_EXTENSIONS[/** @type {1 | 3} */ (Number(caption.format))] ?? 'srt';
}

defineService('flavorasset', {
  actions: {
    get: {
      params: [{ name: 'id', type: 'string' }],
      run(ctx, { id }) {
        const flavor = findAsset(ctx, 'flavorAssets', id);
        if (!flavor) throw new ApiError('FLAVOR_ASSET_ID_NOT_FOUND', { ID: id });
        return flavor;
      },
    },
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaAssetFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        // The server refuses an unbounded flavor list (kaltura-rules §3.5).
        if (!filter?.entryIdEqual && !filter?.entryIdIn) {
          throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', {
            PROP_NAME: 'KalturaFlavorAssetFilter::entryIdEqual/KalturaFlavorAssetFilter::entryIdIn',
          });
        }
        const matches = sortByOrder(listAssets(ctx, 'flavorAssets', filter), filter.orderBy, ASSET_ORDER);
        return listResponse('KalturaFlavorAssetListResponse', pageOf(matches, pager), matches.length);
      },
    },
    getUrl: {
      params: [
        { name: 'id', type: 'string' },
        { name: 'storageId', type: 'int', default: null },
        { name: 'forceProxy', type: 'bool', default: false },
      ],
      run(ctx, { id }) {
        const flavor = readyFlavor(ctx, id);
        const entry = ctx.state.entries[flavor.entryId];
        // A media clip's flavor is served unsigned through serveFlavor; any other entry's is a signed download.
        const isMediaClip = String(entry.type ?? EntryType.MEDIA_CLIP) === EntryType.MEDIA_CLIP;
        return isMediaClip ? serveFlavorUrl(ctx, flavor, entry) : flavorDownloadUrl(ctx, flavor);
      },
    },
    getDownloadUrl: {
      params: [
        { name: 'id', type: 'string' },
        { name: 'useCdn', type: 'bool', default: false },
      ],
      run(ctx, { id }) {
        return flavorDownloadUrl(ctx, readyFlavor(ctx, id));
      },
    },
  },
});

defineService('caption_captionasset', {
  actions: {
    get: {
      params: [{ name: 'captionAssetId', type: 'string' }],
      run(ctx, { captionAssetId }) {
        const caption = findAsset(ctx, 'captionAssets', captionAssetId);
        if (!caption) throw new ApiError('CAPTION_ASSET_ID_NOT_FOUND', { ID: captionAssetId });
        return caption;
      },
    },
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaAssetFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        const matches = sortByOrder(listAssets(ctx, 'captionAssets', filter ?? {}), filter?.orderBy, ASSET_ORDER);
        return listResponse('KalturaCaptionAssetListResponse', pageOf(matches, pager), matches.length);
      },
    },
    getUrl: {
      params: [
        { name: 'id', type: 'string' },
        { name: 'storageId', type: 'int', default: null },
      ],
      run(ctx, { id }) {
        const caption = findAsset(ctx, 'captionAssets', id);
        if (!caption) throw new ApiError('CAPTION_ASSET_ID_NOT_FOUND', { ID: id });
        return captionDownloadUrl(ctx, caption);
      },
    },
    serve: {
      ks: 'optional',
      params: [{ name: 'captionAssetId', type: 'string' }],
      run(ctx, { captionAssetId }) {
        // Without a KS Kaltura serves only what an anonymous viewer is entitled to; the sandbox plays a partner
        // whose entries all need a session (kaltura-rules §5.10): the asset is not found.
        const caption = ctx.ks ? findAsset(ctx, 'captionAssets', captionAssetId) : undefined;
        if (!caption) throw new ApiError('CAPTION_ASSET_ID_NOT_FOUND', { ID: captionAssetId });
        const extension = captionExtension(caption);
        return new RawResponse(String(caption.content ?? ''), CAPTION_CONTENT_TYPES[extension]);
      },
    },
  },
});
