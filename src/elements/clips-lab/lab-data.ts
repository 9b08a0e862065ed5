import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { displayLocale } from '../../i18n/localization.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { CLIP_ENTRY_STATUSES } from '../../reach/clip-suggestions.js';
import { getEntry, listCaptionAssets, listEntries, listFlavorAssets } from '../../reach/entries.js';
import { CaptionAssetStatus, VendorCatalogItemStatus, VendorServiceFeature } from '../../reach/enums.js';
import type {
  CaptionAsset,
  EntryVendorTask,
  FlavorAsset,
  MediaEntry,
  ReachProfile,
  VendorCatalogItem,
} from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { listTasks } from '../../reach/tasks.js';
import { catalogOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';

/** What one load of the lab brings for its entry (the clips tasks go to the session's task store). */
export interface LabData {
  entryId: string;
  source: MediaEntry;
  /** The account's AI clips services. */
  catalog: VendorCatalogItem[];
  flavors: FlavorAsset[];
  /** The entry's READY captions. */
  captions: CaptionAsset[];
  details: SessionDetails;
}

/**
 * Everything the lab needs for an entry, asked in one tick: one HTTP request. The entry's tasks go into the
 * session's store; the clips made from it and the profiles (with their credit) come beside the data, for
 * the controllers that keep them (`profiles` undefined: the session may not read them).
 */
export async function loadLabData(
  session: ReachSession,
  entryId: string,
  signal: AbortSignal,
): Promise<{ data: LabData; clipEntries: MediaEntry[]; profiles: ReachProfile[] | undefined }> {
  const [source, children, tasks, catalog, profiles, flavors, captions, details] = await Promise.all([
    session.call(getEntry(entryId), { signal }),
    session.call(listClipEntries(entryId), { signal }),
    session.call(listEntryTasks(entryId), { signal }),
    catalogOf(session),
    readableProfilesOf(session),
    session.call(listFlavorAssets(entryId), { signal }),
    session.call(listCaptionAssets(entryId), { signal }),
    session.details(),
  ]);
  signal.throwIfAborted();
  session.tasks.upsert(tasks.objects);
  const data: LabData = {
    entryId,
    source,
    catalog: [...catalog.values()].filter(
      (item) => item.serviceFeature === VendorServiceFeature.CLIPS && item.status !== VendorCatalogItemStatus.DELETED,
    ),
    flavors: flavors.objects,
    captions: captions.objects.filter(
      (caption) => caption.status === undefined || caption.status === CaptionAssetStatus.READY,
    ),
    details,
  };
  return { data, clipEntries: children.objects, profiles };
}

/**
 * What the lab's controllers may ask of it: the session, and the base element's protected voice
 * (announcements, `reach-error`, focus after the next update).
 */
export interface LabHost {
  /** The lab itself: controllers add themselves to it, ask it to draw again and fire its events. */
  element: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  session(): ReachSession | undefined;
  entryId(): string | undefined;
  /**
   * Counts the entries the lab has started afresh on: an action asked under one count and run (once its part came)
   * under another is dropped, even if the same entry came back meanwhile.
   */
  entriesShown(): number;
  /** Aborted when the lab leaves its session: for the calls it makes besides its load. */
  signal(): AbortSignal;
  announce(text: string): void;
  /** Fires `reach-error` for what a call threw (nothing for an aborted one). */
  reportError(failure: unknown): void;
  focusAfterUpdate(id: string): void;
  /** The server's time now (unix seconds). */
  serverNow(): number;
  /** The entry's clips tasks from the session's store, newest first. */
  clipsTasks(): EntryVendorTask[];
  /** Where the host page shows an entry (a checked http(s) address), if it said. */
  entryHref(entryId: string): string | undefined;
}

/** A controller of the lab: added to it on creation; `changed()` when what the lab draws from it changed. */
export abstract class LabController {
  constructor(protected readonly lab: LabHost) {
    lab.element.addController(this as ReactiveController);
  }

  protected changed(): void {
    this.lab.element.requestUpdate();
  }
}

/** The clips made from `entryId`: entries of their own, saved or still being made. */
export function listClipEntries(entryId: string) {
  return listEntries(
    { rootEntryIdIn: [entryId], statusIn: CLIP_ENTRY_STATUSES, orderBy: '+createdAt' },
    { pageSize: MAX_PAGE_SIZE },
  );
}

/** Every task of the entry, newest first (the store keeps them; the lab shows the clips ones). */
export function listEntryTasks(entryId: string) {
  return listTasks({ entryIdEqual: entryId, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE });
}

/** The captions to show (and to burn in): the default asset, else one in the page's language, else the first. */
export function previewCaption(captions: readonly CaptionAsset[]): CaptionAsset | undefined {
  const language = displayLocale().split('-')[0];
  return (
    captions.find((caption) => caption.isDefault) ??
    captions.find((caption) => caption.languageCode === language) ??
    captions[0]
  );
}
