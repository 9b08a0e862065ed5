import {
  getReachProfile,
  listBooleanTemplates,
  ruleParams,
  updateProfileAutomation,
  type ProfileAutomation,
} from '../../reach/automation.js';
import { listCategories, type Category } from '../../reach/categories.js';
import type {
  Dictionary,
  EventNotificationTemplate,
  ReachProfile,
  ReachProfileRule,
  VendorCatalogItem,
} from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
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
