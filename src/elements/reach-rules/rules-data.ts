import {
  getReachProfile,
  listBooleanTemplates,
  ruleParams,
  updateProfileAutomation,
  type ProfileAutomation,
} from '../../reach/automation.js';
import { MAX_PAGE_SIZE } from '../../reach/call.js';
import { listCategories, type Category } from '../../reach/categories.js';
import { listEntries } from '../../reach/entries.js';
import { PREVIEW_DAYS, PREVIEW_MAX_ENTRIES } from '../../reach/profile-rules.js';
import type {
  Dictionary,
  EntryVendorTask,
  EventNotificationTemplate,
  MediaEntry,
  ReachProfile,
  ReachProfileRule,
  VendorCatalogItem,
} from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { listTasks } from '../../reach/tasks.js';
import { catalogOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';

/** What `<reach-rules>` loads for one profile, in one request. */
export interface RulesData {
  profile: ReachProfile;
  details: SessionDetails;
  catalog: Map<number, VendorCatalogItem>;
  categories: Category[];
  /** The partner's own Boolean templates (those a rule can name). */
  templates: EventNotificationTemplate[];
}

export async function loadRulesData(session: ReachSession, profileId: number, signal: AbortSignal): Promise<RulesData> {
  const options = { signal };
  const [details, catalog, profile, categories, templates] = await Promise.all([
    session.details(),
    catalogOf(session),
    session.call(getReachProfile(profileId), options),
    session.call(listCategories(), options),
    session.call(listBooleanTemplates(), options),
  ]);
  return { details, catalog, profile, categories: categories.objects, templates: templates.objects };
}

export interface PreviewData {
  entries: MediaEntry[];
  tasks: EntryVendorTask[];
  /** More entries were created in the period than one look fetches: the preview covers the newest ones. */
  truncated: boolean;
  /** More tasks were ordered in the period than one look fetches: older ones are not checked as duplicates. */
  tasksTruncated: boolean;
}

/** The entries of the last `PREVIEW_DAYS` days (newest `PREVIEW_MAX_ENTRIES`) and the tasks ordered since (newest first, one page). */
export async function loadPreviewData(session: ReachSession, now: number, signal: AbortSignal): Promise<PreviewData> {
  const since = Math.floor(now - PREVIEW_DAYS * 86_400);
  const [entries, tasks] = await Promise.all([
    session.call(
      listEntries({ createdAtGreaterThanOrEqual: since, orderBy: '-createdAt' }, { pageSize: PREVIEW_MAX_ENTRIES }),
      { signal },
    ),
    // A task is never older than its entry: the tasks since then are all the entries' tasks.
    session.call(
      listTasks({ createdAtGreaterThanOrEqual: since, orderBy: '-createdAt' }, { pageSize: MAX_PAGE_SIZE }),
      { signal },
    ),
  ]);
  return {
    entries: entries.objects,
    tasks: tasks.objects,
    truncated: entries.totalCount > entries.objects.length,
    tasksTruncated: tasks.totalCount > tasks.objects.length,
  };
}

type Part = 'rules' | 'dictionaries';

/** What a save found: saved, or someone else changed that part of the profile since it was loaded. */
export type SaveOutcome = { kind: 'saved'; profile: ReachProfile } | { kind: 'conflict'; theirs: ReachProfile };

const sameRules = (a: readonly ReachProfileRule[] | undefined, b: readonly ReachProfileRule[] | undefined) =>
  JSON.stringify((a ?? []).map(ruleParams)) === JSON.stringify((b ?? []).map(ruleParams));
const sameDictionaries = (a: readonly Dictionary[] | undefined, b: readonly Dictionary[] | undefined) =>
  JSON.stringify((a ?? []).map(({ language, data }) => [language, data ?? ''])) ===
  JSON.stringify((b ?? []).map(({ language, data }) => [language, data ?? '']));

/**
 * Saves one part of the profile (the whole rules array, or every dictionary) in one update, after reading
 * the profile again: when that part is no longer what `loaded` held, nothing is sent and the other
 * version comes back. `force` sends anyway (the admin chose their own version).
 */
export async function saveProfilePart(
  session: ReachSession,
  loaded: ReachProfile,
  part: Part,
  automation: ProfileAutomation,
  force: boolean,
): Promise<SaveOutcome> {
  if (!force) {
    const theirs = await session.call(getReachProfile(loaded.id));
    const unchanged =
      part === 'rules'
        ? sameRules(theirs.rules, loaded.rules)
        : sameDictionaries(theirs.dictionaries, loaded.dictionaries);
    if (!unchanged) return { kind: 'conflict', theirs };
  }
  return { kind: 'saved', profile: await session.call(updateProfileAutomation(loaded.id, automation)) };
}
