// @ts-check
/** reach_reachprofile: list, get, update (kaltura-rules §3.4). */
import { ApiError } from '../errors.js';
import { listResponse, pageOf, sortByOrder } from '../lists.js';
import { applyInput, classProps, defineService, NULL_FIELD, validateForUpdate } from '../registry.js';
import { mayUse, Permission } from '../roles.js';
import { normalizeCreditDates, syncCreditPeriod } from './credit.js';
import { ReachProfileStatus } from './enums.js';
import { compileFilter } from './filtering.js';
import { storedRules, validateRules } from './rules.js';

const MAX_DICTIONARY_LENGTH = 10_000;
const ORDERABLE = {
  id: (/** @type {any} */ profile) => profile.id,
  createdAt: (/** @type {any} */ profile) => profile.createdAt,
  updatedAt: (/** @type {any} */ profile) => profile.updatedAt,
};

/**
 * The partner's profile, if not DELETED.
 * @param {{ state: Record<string, any>, partnerId: number | null }} ctx @param {unknown} id
 */
export function findProfile(ctx, id) {
  const profile = ctx.state.reachProfiles[String(id)];
  if (!profile || profile.partnerId !== ctx.partnerId || profile.status === ReachProfileStatus.DELETED)
    return undefined;
  return profile;
}

/**
 * KalturaReachProfile::validateForUpdate: one dictionary per language, each at most 10 000 characters —
 * counted as the server's strlen counts them, in UTF-8 bytes ("é" counts 2). Checked in order, so the
 * first offending dictionary names the error.
 * @param {Array<{ language?: string, data?: string }>} dictionaries
 */
function validateDictionaries(dictionaries) {
  const seen = new Set();
  for (const dictionary of dictionaries) {
    if (seen.has(dictionary.language))
      throw new ApiError('DICTIONARY_LANGUAGE_DUPLICATION', { LANGUAGE: dictionary.language });
    seen.add(dictionary.language);
    if (Buffer.byteLength(typeof dictionary.data === 'string' ? dictionary.data : '', 'utf8') > MAX_DICTIONARY_LENGTH) {
      throw new ApiError('MAX_DICTIONARY_LENGTH_EXCEEDED', {
        LANGUAGE: dictionary.language,
        LENGTH: MAX_DICTIONARY_LENGTH,
      });
    }
  }
}

/**
 * Credit objects' own validation (KalturaVendorCredit and subclasses).
 * @param {Record<string, any>} credit
 */
function validateCredit(credit) {
  const className = credit.objectType;
  const required = ['fromDate'];
  if (className !== 'KalturaUnlimitedVendorCredit') required.push('credit');
  if (className === 'KalturaTimeRangeVendorCredit' || className === 'KalturaReoccurringVendorCredit')
    required.push('toDate');
  if (className === 'KalturaReoccurringVendorCredit') required.push('frequency');
  for (const prop of required) {
    if (credit[prop] === undefined || credit[prop] === NULL_FIELD)
      throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: `${className}::${prop}` });
  }
  if (credit.overageCredit < 0) throw new ApiError('OVERAGE_CREDIT_CANNOT_BE_NEGATIVE');
  if (credit.toDate !== undefined && credit.fromDate > credit.toDate)
    throw new ApiError('INVALID_CREDIT_DATES', { FROM: credit.fromDate, TO: credit.toDate });
}

/**
 * NullableBoolean settings are stored as booleans and written back as JSON true/false, as the server
 * does (kaltura-rules §1.4); NULL_VALUE (-1) unsets the setting.
 * @param {Record<string, any>} input a deserialized KalturaReachProfile
 */
function storeNullableBooleans(input) {
  for (const [prop, definition] of Object.entries(classProps('KalturaReachProfile'))) {
    if (definition.type !== 'enum:KalturaNullableBoolean' || typeof input[prop] !== 'number') continue;
    input[prop] = input[prop] === -1 ? NULL_FIELD : input[prop] === 1;
  }
}

defineService('reach_reachprofile', {
  actions: {
    list: {
      reach: true,
      permissions: [Permission.ADMIN_BASE, Permission.KMC_ACCESS],
      params: [
        { name: 'filter', type: 'object:KalturaReachProfileFilter', optional: true },
        { name: 'pager', type: 'object:KalturaFilterPager', optional: true },
      ],
      run(ctx, { filter, pager }) {
        const matchesFilter = compileFilter(filter);
        const matches = Object.keys(ctx.state.reachProfiles)
          .map((id) => findProfile(ctx, id))
          .filter((profile) => profile !== undefined && matchesFilter(profile));
        const ordered = sortByOrder(matches, filter?.orderBy, ORDERABLE);
        return listResponse('KalturaReachProfileListResponse', pageOf(ordered, pager), ordered.length);
      },
    },
    get: {
      reach: true,
      permissions: [Permission.ADMIN_BASE, Permission.KMC_ACCESS],
      params: [{ name: 'id', type: 'int' }],
      run(ctx, { id }) {
        const profile = findProfile(ctx, id);
        if (!profile) throw new ApiError('REACH_PROFILE_NOT_FOUND', { ID: id });
        return profile;
      },
    },
    update: {
      reach: true,
      writes: true,
      permissions: [Permission.ADMIN_BASE],
      params: [
        { name: 'id', type: 'int' },
        { name: 'reachProfile', type: 'object:KalturaReachProfile' },
      ],
      run(ctx, { id, reachProfile }) {
        const profile = findProfile(ctx, id);
        if (!profile) throw new ApiError('REACH_PROFILE_NOT_FOUND', { ID: id });
        // KalturaReachProfile::validateForUpdate: dictionaries, a credit sent, rules, then the generic checks.
        if (Array.isArray(reachProfile.dictionaries)) validateDictionaries(reachProfile.dictionaries);
        // A credit is validated before its fields are dropped for want of permission, so a session whose credit
        // would be ignored is still refused implausible dates (kaltura-rules §4.9).
        if (reachProfile.credit && reachProfile.credit !== NULL_FIELD) validateCredit(reachProfile.credit);
        if (Array.isArray(reachProfile.rules)) validateRules(reachProfile.rules);
        // credit and usedCredit need REACH_ADMIN_PERMISSION, the admin console's (object.KalturaReachProfile.ini):
        // a partner's own sessions, admin ones too, have their values ignored. (Sandbox: a role may hold it, see Seed.)
        validateForUpdate(reachProfile, profile, { mayUse: () => mayUse(ctx, [Permission.REACH_ADMIN]) });
        if (Array.isArray(reachProfile.rules)) reachProfile.rules = storedRules(reachProfile.rules);
        if (reachProfile.credit && reachProfile.credit !== NULL_FIELD) {
          reachProfile.credit = normalizeCreditDates(reachProfile.credit);
          delete profile._creditPeriodStart;
        }
        storeNullableBooleans(reachProfile);
        applyInput(profile, reachProfile);
        syncCreditPeriod(profile, ctx.clock.now());
        profile.updatedAt = Math.floor(ctx.clock.now());
        return profile;
      },
    },
  },
});
