import { msg } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { getEntry, listCaptionAssets, listFlavorAssets } from '../../reach/entries.js';
import { VendorCatalogItemStatus } from '../../reach/enums.js';
import { entryRefusal } from '../../reach/order-rules.js';
import { activeProfiles } from '../../reach/pricing.js';
import type { CaptionAsset, MediaEntry, ReachProfile, VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { listTasks } from '../../reach/tasks.js';
import { catalogOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';
import { entryRefusalText } from '../shared/order-text.js';

/** What the order panel loads for one entry. */
export interface PanelData {
  entry: MediaEntry;
  details: SessionDetails;
  /** As loaded; after an order the credit left is read again into the panel's `profiles`. */
  profiles: ReachProfile[];
  catalog: VendorCatalogItem[];
  captionAssets: CaptionAsset[];
  /** Version of the entry's source flavor (duplicate rule: docs/kaltura-rules.md, "Duplicate orders"). */
  sourceVersion: number | undefined;
  /** FEATURE_FORBIDDEN: the account has no REACH. */
  reachForbidden: boolean;
  /**
   * SERVICE_FORBIDDEN on the profiles: the session may not read them (a USER session without a role), so
   * there are no profiles, credit or prices to show; orders go without a profile and the server chooses it.
   */
  profilesHidden: boolean;
}

export const ORDERABLE_STATUSES: ReadonlySet<number> = new Set([
  VendorCatalogItemStatus.ACTIVE,
  VendorCatalogItemStatus.DEPRECATED,
]);

/**
 * Everything the panel needs, asked in one tick: one HTTP request. The entry's tasks go into the session's
 * store. Rejects with the failure that leaves nothing to show (a KalturaApiError); without REACH
 * (FEATURE_FORBIDDEN) the entry is still shown, with that refusal.
 */
export async function loadPanelData(session: ReachSession, entryId: string, signal: AbortSignal): Promise<PanelData> {
  const options = { signal };
  // Profiles and catalog are the session's shared look-ups (asked once, in this same tick).
  const [details, profiles, catalog, entry, tasks, captions, flavors] = await Promise.allSettled([
    session.details(),
    readableProfilesOf(session),
    catalogOf(session),
    session.call(getEntry(entryId), options),
    session.call(listTasks({ entryIdEqual: entryId }, { pageSize: MAX_PAGE_SIZE }), options),
    session.call(listCaptionAssets(entryId), options),
    session.call(listFlavorAssets(entryId), options),
  ]);
  signal.throwIfAborted();
  const failures = [entry, details, profiles, catalog, tasks, captions, flavors]
    .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    .map((result) => toApiError(result.reason));
  const forbidden = failures.find((error) => error.code === 'FEATURE_FORBIDDEN');
  // Without REACH the entry can still be shown with that refusal; without the entry there is nothing to show.
  const fatal =
    forbidden && (entry.status === 'rejected' || details.status === 'rejected')
      ? forbidden
      : forbidden
        ? undefined
        : failures[0];
  if (fatal) throw fatal;
  const value = <T>(result: PromiseSettledResult<T>, fallback: T): T =>
    result.status === 'fulfilled' ? result.value : fallback;
  if (tasks.status === 'fulfilled') session.tasks.upsert(tasks.value.objects);
  return {
    entry: value(entry, undefined)!,
    details: value(details, undefined)!,
    profiles: value(profiles, undefined) ?? [],
    catalog: [...value(catalog, new Map<number, VendorCatalogItem>()).values()].filter((item) =>
      ORDERABLE_STATUSES.has(item.status),
    ),
    captionAssets: value(captions, { objects: [], totalCount: 0 }).objects,
    sourceVersion: value(flavors, { objects: [], totalCount: 0 }).objects.find((flavor) => flavor.isOriginal)?.version,
    reachForbidden: forbidden !== undefined,
    profilesHidden: profiles.status === 'fulfilled' && profiles.value === undefined,
  };
}

/** The profile most catalog items default to, if active; else the first active one. */
export function defaultProfileId(data: Pick<PanelData, 'profiles' | 'catalog'>): number | undefined {
  const active = activeProfiles(data.profiles);
  const counts = new Map<number, number>();
  for (const item of data.catalog)
    if (item.defaultReachProfileId)
      counts.set(item.defaultReachProfileId, (counts.get(item.defaultReachProfileId) ?? 0) + 1);
  const preferred = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => id)
    .find((id) => active.some((profile) => profile.id === id));
  return preferred ?? active[0]?.id;
}

/**
 * A reason nothing at all can be ordered here, or undefined. No edit right is asked: the entry loaded, so the
 * session is entitled to it and may order for it (kaltura-rules §6.4).
 */
export function panelRefusal(data: PanelData, profiles: readonly ReachProfile[]): string | undefined {
  if (data.reachForbidden)
    return msg('REACH is not enabled for this account. Ask your Kaltura administrator to enable it.');
  const [first] = data.catalog;
  const refusal = first ? entryRefusal(data.entry, first) : undefined;
  if (first && (refusal === 'entry-not-ready' || refusal === 'entry-type-not-supported'))
    return entryRefusalText(refusal, data.entry, first);
  if (!data.profilesHidden && activeProfiles(profiles).length === 0)
    return msg('There is no active REACH profile on this account, so nothing can be ordered.');
  if (data.catalog.length === 0) return msg('No REACH services are enabled for this account.');
  return undefined;
}
