// @ts-check
/**
 * `actionDefinition/list` (KALTURA_AGENTS_MANAGER_API.md §1): the action types an agent may use, built
 * from the partner's enabled REACH catalog items (per vendor and language) and its active REACH profiles,
 * plus the native `publish_entry`.
 */
import { rawOf } from '../journal.js';
import { CatalogItemStatus, ReachProfileStatus, ServiceFeature as F } from '../reach/enums.js';

/** REACH-backed action types and the catalog items' serviceFeature behind each. */
export const REACH_ACTION_FEATURES = /** @type {const} */ ({
  captions: F.CAPTIONS,
  translation: F.TRANSLATION,
  dubbing: F.DUBBING,
  audio_description: F.AUDIO_DESCRIPTION,
  chaptering: F.CHAPTERING,
  summary: F.SUMMARY,
  moderation: F.MODERATION,
  metadata_enrichment: F.METADATA_ENRICHMENT,
});
export const NATIVE_ACTION_TYPES = /** @type {const} */ (['publish_entry']);
export const ACTION_TYPES = [...Object.keys(REACH_ACTION_FEATURES), ...NATIVE_ACTION_TYPES];

/** @type {Record<string, string[]>} */
const TAGS = {
  captions: ['captions', 'accessibility'],
  translation: ['translation', 'localization'],
  dubbing: ['dubbing', 'localization'],
  audio_description: ['audio_description', 'accessibility'],
  chaptering: ['chaptering', 'ai'],
  summary: ['summary', 'ai'],
  moderation: ['moderation', 'ai'],
  metadata_enrichment: ['metadata_enrichment', 'ai'],
  publish_entry: ['publish', 'native'],
};

/** @param {string} type */
export const isReachAction = (type) => Object.hasOwn(REACH_ACTION_FEATURES, type);

/**
 * The language an item stands for in an action: what translation and dubbing produce, what the others hear.
 * @param {Record<string, any>} item
 */
const actionLanguage = (item) => item.targetLanguage ?? item.sourceLanguage;

/**
 * The partner's enabled, active catalog items for an action type.
 * @param {Record<string, any>} state @param {number} partnerId @param {string} type
 */
export function enabledItemsFor(state, partnerId, type) {
  const feature = REACH_ACTION_FEATURES[/** @type {keyof typeof REACH_ACTION_FEATURES} */ (type)];
  // A read, also inside writing calls (actions/create): scanned unwrapped, so that the call journals none of it.
  const catalogItems = rawOf(state.catalogItems);
  return rawOf(state.partnerCatalogItems)
    .filter((/** @type {any} */ row) => row.partnerId === partnerId && row.status !== CatalogItemStatus.DELETED)
    .map((/** @type {any} */ row) => catalogItems[row.catalogItemId])
    .filter((item) => item && item.serviceFeature === feature && item.status === CatalogItemStatus.ACTIVE);
}

/** @param {Record<string, any>} state @param {number} partnerId */
export function activeProfiles(state, partnerId) {
  return Object.values(state.reachProfiles).filter(
    (profile) => profile.partnerId === partnerId && profile.status === ReachProfileStatus.ACTIVE,
  );
}

/**
 * @param {Record<string, any>} state @param {number} partnerId
 * @returns {{ totalCount: number, objects: Record<string, any>[] }}
 */
export function listActionDefinitions(state, partnerId) {
  const reachProfiles = activeProfiles(state, partnerId).map((profile) => ({ id: profile.id, name: profile.name }));
  const objects = ACTION_TYPES.map((type) => {
    if (!isReachAction(type)) return { objectType: 'ActionDefinition', type, tags: TAGS[type] };
    /** @type {Map<string, { name: string, languages: { language: string, catalogItemId: number }[] }>} */
    const vendors = new Map();
    for (const item of enabledItemsFor(state, partnerId, type)) {
      const name = state.vendors?.[item.vendorPartnerId]?.name ?? `Vendor ${item.vendorPartnerId}`;
      if (!vendors.has(name)) vendors.set(name, { name, languages: [] });
      vendors.get(name)?.languages.push({ language: actionLanguage(item), catalogItemId: item.id });
    }
    // A type without items or profiles stays listed, empty: the UI shows it unavailable, with the reason.
    return { objectType: 'ActionDefinition', type, tags: TAGS[type], vendors: [...vendors.values()], reachProfiles };
  });
  return { totalCount: objects.length, objects };
}
