// REACH automation on the wire: a profile's rules and dictionaries (reach_reachprofile.update) and the
// Boolean event notification templates rules name (eventnotification_eventnotificationtemplate).
import type { ApiCall } from '../api/client.js';
import type { WireParams, WireValue } from '../api/encode.js';
import { apiCall, MAX_PAGE_SIZE } from './call.js';
import { EventNotificationTemplateStatus, EventNotificationTemplateType } from './enums.js';
import {
  eventNotificationTemplateSchema,
  listResponse,
  reachProfileSchema,
  type Dictionary,
  type EventNotificationTemplate,
  type ListResponse,
  type ReachProfile,
  type ReachProfileRule,
} from './schemas.js';

const PROFILE_SERVICE = 'reach_reachprofile';
const TEMPLATE_SERVICE = 'eventnotification_eventnotificationtemplate';

/** KalturaReachProfile::MAX_DICTIONARY_LENGTH, counted by the server's strlen: UTF-8 bytes, not characters. */
export const MAX_DICTIONARY_BYTES = 10_000;

/** How much of the limit a dictionary uses, as the server counts it. */
export function dictionaryBytes(data: string): number {
  return new TextEncoder().encode(data).length;
}

/**
 * The first language that has more than one dictionary, which the server refuses
 * (DICTIONARY_LANGUAGE_DUPLICATION), or undefined.
 */
export function duplicateDictionaryLanguage(dictionaries: readonly Pick<Dictionary, 'language'>[]): string | undefined {
  const seen = new Set<string>();
  for (const { language } of dictionaries) {
    if (seen.has(language)) return language;
    seen.add(language);
  }
  return undefined;
}

/** Read-only fields the server fills in on rule pieces; a rule sent back goes without them. */
const SERVER_SET = new Set(['type', 'relatedObjects']);

/** A parsed value as a wire value: what is neither a scalar, an array nor an object is not sent. */
function wireValueOf(value: unknown): WireValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (Array.isArray(value)) return value.map(wireValueOf);
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !SERVER_SET.has(key))
        .map(([key, item]) => [key, wireValueOf(item)]),
    );
  }
  return undefined;
}

/**
 * A rule as the update sends it: every field the server returned (unknown ones too) except those it sets
 * itself, with `objectType`s on the rule and its pieces.
 */
export function ruleParams(rule: ReachProfileRule): WireParams {
  return wireValueOf({ ...rule, objectType: rule.objectType ?? 'KalturaRule' }) as WireParams;
}

export interface ProfileAutomation {
  /** The whole rules array, in order (the server replaces the stored one). */
  rules?: readonly ReachProfileRule[];
  dictionaries?: readonly Pick<Dictionary, 'language' | 'data'>[];
}

/** Saves a profile's rules and/or dictionaries in one update. */
export function updateProfileAutomation(profileId: number, automation: ProfileAutomation): ApiCall<ReachProfile> {
  const reachProfile: { [key: string]: WireValue } = { objectType: 'KalturaReachProfile' };
  if (automation.rules) reachProfile.rules = automation.rules.map(ruleParams);
  if (automation.dictionaries) {
    reachProfile.dictionaries = automation.dictionaries.map(({ language, data }) => ({
      objectType: 'KalturaDictionary',
      language,
      data: data ?? '',
    }));
  }
  return apiCall(PROFILE_SERVICE, 'update', { id: profileId, reachProfile }, reachProfileSchema, true);
}

/** One profile, e.g. to see whether someone else changed it (`updatedAt`) before saving. */
export function getReachProfile(profileId: number): ApiCall<ReachProfile> {
  return apiCall(PROFILE_SERVICE, 'get', { id: profileId }, reachProfileSchema);
}

const templateList = listResponse(eventNotificationTemplateSchema);
const booleanTemplates = {
  objectType: 'KalturaEventNotificationTemplateFilter',
  typeEqual: EventNotificationTemplateType.BOOLEAN,
};
const onePage = { objectType: 'KalturaFilterPager', pageSize: MAX_PAGE_SIZE, pageIndex: 1 };

/** The partner's own Boolean templates (the ones its rules can name), newest first. */
export function listBooleanTemplates(): ApiCall<ListResponse<EventNotificationTemplate>> {
  return apiCall(TEMPLATE_SERVICE, 'list', { filter: booleanTemplates, pager: onePage }, templateList);
}

/** Kaltura's system Boolean templates, which a partner clones to use. */
export function listSystemBooleanTemplates(): ApiCall<ListResponse<EventNotificationTemplate>> {
  return apiCall(TEMPLATE_SERVICE, 'listTemplates', { filter: booleanTemplates, pager: onePage }, templateList);
}

export interface TemplateCopy {
  name: string;
  /** A system name of the partner's own: two ACTIVE templates may not share one, and a clone keeps the system template's. */
  systemName?: string;
  /** key → value, e.g. `{ trigger_tags: 'lecture' }` */
  parameters?: Readonly<Record<string, string>>;
}

function parameterParams(parameters: Readonly<Record<string, string>>): WireValue {
  return Object.entries(parameters).map(([key, value]) => ({
    objectType: 'KalturaEventNotificationParameter',
    key,
    value: { objectType: 'KalturaStringValue', value },
  }));
}

/**
 * Copies a (system) Boolean template into the partner's account. The copy is as DISABLED as its source:
 * `status` is read-only here (sending it is refused), `setTemplateStatus` activates the copy.
 */
export function cloneBooleanTemplate(templateId: number, copy: TemplateCopy): ApiCall<EventNotificationTemplate> {
  const eventNotificationTemplate: { [key: string]: WireValue } = {
    objectType: 'KalturaBooleanNotificationTemplate',
    name: copy.name,
  };
  if (copy.systemName !== undefined) eventNotificationTemplate.systemName = copy.systemName;
  if (copy.parameters) eventNotificationTemplate.userParameters = parameterParams(copy.parameters);
  return apiCall(
    TEMPLATE_SERVICE,
    'clone',
    { id: templateId, eventNotificationTemplate },
    eventNotificationTemplateSchema,
    true,
  );
}

/** Sets a template's parameters (the whole list). */
export function setTemplateParameters(
  templateId: number,
  parameters: Readonly<Record<string, string>>,
): ApiCall<EventNotificationTemplate> {
  const eventNotificationTemplate = {
    objectType: 'KalturaBooleanNotificationTemplate',
    userParameters: parameterParams(parameters),
  };
  return apiCall(
    TEMPLATE_SERVICE,
    'update',
    { id: templateId, eventNotificationTemplate },
    eventNotificationTemplateSchema,
    true,
  );
}

export function setTemplateStatus(
  templateId: number,
  status: typeof EventNotificationTemplateStatus.ACTIVE | typeof EventNotificationTemplateStatus.DISABLED,
): ApiCall<EventNotificationTemplate> {
  return apiCall(TEMPLATE_SERVICE, 'updateStatus', { id: templateId, status }, eventNotificationTemplateSchema, true);
}
