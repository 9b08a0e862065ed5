// @ts-check
/**
 * REACH profile automation rules: how `reach_reachprofile.update` stores and checks them, and the engine that
 * runs them on platform events, as Kaltura's kReachManager and ReachProfile::fulfillsRules do.
 *
 * Two flows, as on the server:
 * - rules without a Boolean condition ("regular" rules) run when an entry becomes READY — only the rules
 *   without any condition — and when an entry is added to a category — only the rules with conditions.
 *   Rules are evaluated in order; all conditions must hold; `stopProcessing` on a rule that matched ends
 *   the profile's evaluation.
 * - a Boolean condition (KalturaBooleanEventNotificationCondition) makes its rule wait for its templates:
 *   on every entry change, entry status change and category-entry addition, the rule orders the catalog items
 *   of its first action when one of its templates (ACTIVE, the partner's or a system one, for that kind of
 *   event) matches. This flow ignores the rule's other conditions and `stopProcessing`, as the server does.
 * Every ACTIVE profile of the entry's partner takes part. Matching rules order their catalog items that are
 * ACTIVE for the partner through `orderTask` — the REACH rules of `add` (credit, duplicates, entry type and
 * duration; no moderation), with the automatic path's differences (`profileRule`) — with creationMode
 * AUTOMATIC, the profile as reachProfileId, the entry owner as userId, and the category id as `context` when
 * a category addition triggered them. An order those rules refuse is skipped silently, as the server skips it.
 */
import { ApiError } from '../errors.js';
import { onPlatformEvent } from '../events.js';
import { rawOf } from '../journal.js';
import { csvValues } from '../lists.js';
import { NULL_FIELD } from '../registry.js';
import { fulfilledTemplate } from '../event-notification/templates.js';
import {
  EventNotificationEventObjectType as ObjectType,
  EventNotificationEventType as EventType,
} from '../../reach/wire-enums.js';
import { CatalogItemStatus, CreationMode, EntryObjectType, ReachProfileStatus } from './enums.js';
import { orderTask } from './task-service.js';

const BOOLEAN_CONDITION = 'KalturaBooleanEventNotificationCondition';
const CATEGORY_CONDITION = 'KalturaCategoryEntryCondition';
const ADD_TASK_ACTION = 'KalturaAddEntryVendorTaskAction';
/** kReachManager::EMPTY_STRING: Boolean conditions whose ids are "N/A" name no template. */
const NO_TEMPLATES = 'N/A';
const CATEGORY_ENTRY_ACTIVE = 2;

/** @typedef {Record<string, any>} Stored */
/** @typedef {import('../dispatch.js').ActionContext} Ctx */

/** @param {unknown} value */
const isSet = (value) => value !== undefined && value !== null && value !== NULL_FIELD;

/** A deserialized value without its `__null` markers (they mean "not set" inside a rule). @param {unknown} value @returns {any} */
function withoutNullMarkers(value) {
  if (Array.isArray(value)) return value.map(withoutNullMarkers);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, item]) => item !== NULL_FIELD)
      .map(([key, item]) => [key, withoutNullMarkers(item)]),
  );
}

/**
 * KalturaRule::validateForUpdate → each condition's validateForUpdate: a category condition names its
 * categories by `categoryId` or by `categoryIds`, not both. Nothing else is checked — not even that the
 * catalog items exist (the engine skips unknown ones).
 * @param {Stored[]} rules
 */
export function validateRules(rules) {
  for (const rule of rules) {
    for (const condition of Array.isArray(rule.conditions) ? rule.conditions : []) {
      if (
        condition.objectType === CATEGORY_CONDITION &&
        isSet(condition.categoryId) &&
        condition.categoryId &&
        isSet(condition.categoryIds) &&
        condition.categoryIds
      ) {
        throw new ApiError('PROPERTY_VALIDATION_ALL_MUST_BE_NULL_BUT_ONE', { PROP_NAME: 'categoryId/categoryIds' });
      }
    }
  }
}

/**
 * Rules as the server stores and returns them: conditions carry `not` (false unless sent) and actions their
 * `entryObjectType` (ENTRY unless sent), the defaults of the server's kCondition and kAddEntryVendorTaskAction.
 * @param {Stored[]} rules
 */
export function storedRules(rules) {
  return withoutNullMarkers(rules).map((/** @type {Stored} */ rule) => ({
    ...rule,
    ...(Array.isArray(rule.conditions)
      ? {
          conditions: rule.conditions.map((/** @type {Stored} */ condition) => ({
            ...condition,
            not: condition.not ?? false,
          })),
        }
      : {}),
    ...(Array.isArray(rule.actions)
      ? {
          actions: rule.actions.map((/** @type {Stored} */ action) =>
            action.objectType === ADD_TASK_ACTION
              ? { ...action, entryObjectType: action.entryObjectType ?? EntryObjectType.ENTRY }
              : action,
          ),
        }
      : {}),
  }));
}

/** A Boolean condition that names templates. @param {Stored} condition */
function namesTemplates(condition) {
  return (
    condition.objectType === BOOLEAN_CONDITION &&
    Boolean(condition.booleanEventNotificationIds) &&
    condition.booleanEventNotificationIds !== NO_TEMPLATES
  );
}

/**
 * kCategoryEntryCondition: the entry is in one of the categories. A condition that also asks for the
 * uploader's category permission needs a category membership, which the sandbox does not keep: it fails,
 * as on the server for a user who is not a member.
 * @param {Stored} state @param {Stored} condition @param {Stored} entry
 */
function inCategory(state, condition, entry) {
  const wanted = condition.categoryId
    ? [String(condition.categoryId)]
    : String(condition.categoryIds ?? '')
        .split(',')
        .map((id) => id.trim());
  // A read: scanned unwrapped, so that the writing call that fired the rules journals none of the links.
  const member = rawOf(state.categoryEntries).some(
    (/** @type {Stored} */ link) =>
      link.entryId === entry.id &&
      link.partnerId === entry.partnerId &&
      Number(link.status) === CATEGORY_ENTRY_ACTIVE &&
      wanted.includes(String(link.categoryId)),
  );
  return member && !isSet(condition.categoryUserPermission) && !isSet(condition.comparison);
}

/** @param {Stored} state @param {Stored} condition @param {Stored} entry */
function conditionHolds(state, condition, entry) {
  let holds = false;
  if (condition.objectType === CATEGORY_CONDITION) holds = inCategory(state, condition, entry);
  else if (condition.objectType === BOOLEAN_CONDITION) holds = true; // its templates were judged by the other flow
  return condition.not ? !holds : holds;
}

/**
 * ReachProfile::fulfillsRules for the regular rules: the catalog item ids the matching rules order.
 * @param {Stored} state @param {Stored} profile @param {Stored} entry
 * @param {boolean} withoutConditionsOnly true when an entry became READY, false when it was added to a category
 */
function regularRuleOrders(state, profile, entry, withoutConditionsOnly) {
  /** @type {string[]} */
  const catalogItemIds = [];
  for (const rule of profile.rules ?? []) {
    const conditions = Array.isArray(rule.conditions) ? rule.conditions : [];
    const deciding = conditions.find(
      (condition) => condition.objectType !== BOOLEAN_CONDITION || namesTemplates(condition),
    );
    if (deciding && deciding.objectType === BOOLEAN_CONDITION) continue;
    if (deciding && withoutConditionsOnly) continue;
    if (
      !withoutConditionsOnly &&
      (conditions.length === 0 || (conditions.length === 1 && conditions[0].objectType === BOOLEAN_CONDITION))
    )
      continue;
    const fulfilled = conditions.every((condition) => conditionHolds(state, condition, entry));
    if (!fulfilled) continue;
    for (const action of rule.actions ?? [])
      if (action.objectType === ADD_TASK_ACTION) catalogItemIds.push(...csvValues(action.catalogItemIds));
    if (rule.stopProcessing) break;
  }
  return catalogItemIds;
}

/** The partner's ACTIVE profiles, when the partner has REACH. @param {Stored} state @param {number} partnerId @returns {Stored[]} */
function activeProfiles(state, partnerId) {
  if (!state.partners[partnerId]?.reachEnabled) return [];
  return Object.values(rawOf(state.reachProfiles)).filter(
    (profile) => profile.partnerId === partnerId && profile.status === ReachProfileStatus.ACTIVE,
  );
}

/**
 * Orders each catalog item (once, in rule order) that is ACTIVE for the partner, for the profile.
 * @param {Ctx} ctx @param {Stored} profile @param {Stored} entry @param {string[]} catalogItemIds @param {string | undefined} context
 */
function orderFor(ctx, profile, entry, catalogItemIds, context) {
  // EntryHandler: a child entry (e.g. a sign-language video) gets no automatic tasks.
  if (entry.parentEntryId) return;
  const partnerId = Number(entry.partnerId);
  const enabled = [...new Set(catalogItemIds)].filter((id) =>
    rawOf(ctx.state.partnerCatalogItems).some(
      (/** @type {Stored} */ row) =>
        row.partnerId === partnerId && String(row.catalogItemId) === id && row.status === CatalogItemStatus.ACTIVE,
    ),
  );
  const orderer = {
    partnerId,
    userId: String(entry.userId ?? ''),
    creationMode: CreationMode.AUTOMATIC,
    moderated: false,
    profileRule: true,
  };
  for (const catalogItemId of enabled) {
    const input = {
      objectType: 'KalturaEntryVendorTask',
      entryId: entry.id,
      catalogItemId: Number(catalogItemId),
      reachProfileId: profile.id,
      ...(context ? { context } : {}),
    };
    try {
      orderTask(ctx, input, orderer);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  }
}

/**
 * The Boolean flow: rules whose templates match the event order the items of their first action.
 * @param {Ctx} ctx @param {import('../event-notification/templates.js').NotificationEvent} event @param {string | undefined} context
 */
function runBooleanRules(ctx, event, context) {
  const partnerId = Number(event.entry.partnerId);
  for (const profile of activeProfiles(ctx.state, partnerId)) {
    for (const rule of profile.rules ?? []) {
      for (const condition of Array.isArray(rule.conditions) ? rule.conditions : []) {
        if (!namesTemplates(condition)) continue;
        if (!fulfilledTemplate(ctx.state, partnerId, csvValues(condition.booleanEventNotificationIds), event)) continue;
        const action = (rule.actions ?? [])[0];
        if (action?.objectType === ADD_TASK_ACTION)
          orderFor(ctx, profile, event.entry, csvValues(action.catalogItemIds), context);
      }
    }
  }
}

/** @param {Ctx} ctx @param {Stored} entry @param {boolean} withoutConditionsOnly @param {string | undefined} context */
function runRegularRules(ctx, entry, withoutConditionsOnly, context) {
  for (const profile of activeProfiles(ctx.state, Number(entry.partnerId))) {
    orderFor(ctx, profile, entry, regularRuleOrders(ctx.state, profile, entry, withoutConditionsOnly), context);
  }
}

onPlatformEvent((ctx, event) => {
  switch (event.type) {
    case 'entryReady':
      runBooleanRules(
        ctx,
        {
          eventType: EventType.OBJECT_CHANGED,
          objectType: ObjectType.ENTRY,
          entry: event.entry,
          changed: ['status'],
          previous: {},
        },
        undefined,
      );
      runRegularRules(ctx, event.entry, true, undefined);
      break;
    case 'categoryEntryAdded': {
      const context = String(event.category.id);
      runBooleanRules(
        ctx,
        { eventType: EventType.OBJECT_ADDED, objectType: ObjectType.CATEGORYENTRY, entry: event.entry },
        context,
      );
      runRegularRules(ctx, event.entry, false, context);
      break;
    }
    case 'entryUpdated':
      runBooleanRules(
        ctx,
        {
          eventType: EventType.OBJECT_CHANGED,
          objectType: ObjectType.ENTRY,
          entry: event.entry,
          changed: event.changed,
          previous: event.previous,
        },
        undefined,
      );
      break;
  }
});
