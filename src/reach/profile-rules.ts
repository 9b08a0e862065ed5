// A REACH profile's rules as an editor sees them, and as they go back to the server (kaltura-rules §4.8).
import { estimatePrice } from './pricing.js';
import type { ReachProfileRule, RuleAction, RuleCondition, VendorCatalogItem } from './schemas.js';

export const CATEGORY_CONDITION = 'KalturaCategoryEntryCondition';
export const BOOLEAN_CONDITION = 'KalturaBooleanEventNotificationCondition';
export const ADD_TASK_ACTION = 'KalturaAddEntryVendorTaskAction';

/**
 * When a rule orders: every entry that becomes ready, an entry added to a category, a Boolean template, or something
 * this editor does not draw.
 */
export type RuleTrigger =
  | { readonly kind: 'always' }
  | { readonly kind: 'category'; readonly categoryIds: readonly number[] }
  | { readonly kind: 'template'; readonly templateIds: readonly number[] }
  | { readonly kind: 'other' };

/** A rule as the editor changes it; `source` is the rule as loaded, whose other fields are sent back unchanged. */
export interface RuleDraft {
  readonly trigger: RuleTrigger;
  readonly catalogItemIds: readonly number[];
  readonly stopProcessing: boolean;
  readonly source?: ReachProfileRule;
}

/** The ids of a comma-separated list (as rules and entries name categories and items). */
export const idsOf = (csv: string | undefined) =>
  (csv ?? '')
    .split(',')
    .map((id) => Number(id.trim()))
    .filter((id) => Number.isInteger(id) && id > 0);

function triggerOf(conditions: readonly RuleCondition[] | undefined): RuleTrigger {
  if (!conditions || conditions.length === 0) return { kind: 'always' };
  if (conditions.length > 1) return { kind: 'other' };
  const [condition] = conditions as [RuleCondition];
  if (condition.not) return { kind: 'other' };
  if (
    condition.objectType === CATEGORY_CONDITION &&
    condition.categoryUserPermission === undefined &&
    condition.comparison === undefined
  ) {
    const categoryIds = condition.categoryId ? [condition.categoryId] : idsOf(condition.categoryIds);
    return categoryIds.length > 0 ? { kind: 'category', categoryIds } : { kind: 'other' };
  }
  if (condition.objectType === BOOLEAN_CONDITION) {
    const templateIds = idsOf(condition.booleanEventNotificationIds);
    return templateIds.length > 0 ? { kind: 'template', templateIds } : { kind: 'other' };
  }
  return { kind: 'other' };
}

const isAddTask = (action: RuleAction) => (action.objectType ?? ADD_TASK_ACTION) === ADD_TASK_ACTION;

export function draftOf(rule: ReachProfileRule): RuleDraft {
  const catalogItemIds = (rule.actions ?? []).filter(isAddTask).flatMap((action) => idsOf(action.catalogItemIds));
  return {
    trigger: triggerOf(rule.conditions),
    catalogItemIds: [...new Set(catalogItemIds)],
    stopProcessing: rule.stopProcessing ?? false,
    source: rule,
  };
}

function conditionsOf(draft: RuleDraft): RuleCondition[] | undefined {
  const { trigger, source } = draft;
  switch (trigger.kind) {
    case 'always':
      return [];
    case 'category': {
      // A category condition names its categories by categoryId or by categoryIds, never both (the server refuses it).
      const [only] = trigger.categoryIds;
      return [
        trigger.categoryIds.length === 1
          ? { objectType: CATEGORY_CONDITION, not: false, categoryId: only }
          : { objectType: CATEGORY_CONDITION, not: false, categoryIds: trigger.categoryIds.join(',') },
      ];
    }
    case 'template':
      return [
        { objectType: BOOLEAN_CONDITION, not: false, booleanEventNotificationIds: trigger.templateIds.join(',') },
      ];
    case 'other':
      return source?.conditions;
  }
}

/**
 * The rule the update sends: the loaded rule's fields, its conditions as the trigger says, one
 * add-task action with the chosen items (after any other actions it had, kept as they were).
 */
export function ruleOf(draft: RuleDraft): ReachProfileRule {
  const others = (draft.source?.actions ?? []).filter((action) => !isAddTask(action));
  const loaded = (draft.source?.actions ?? []).find(isAddTask);
  const addTask: RuleAction = {
    ...loaded,
    objectType: ADD_TASK_ACTION,
    catalogItemIds: draft.catalogItemIds.join(','),
  };
  const rule: ReachProfileRule = {
    ...draft.source,
    objectType: draft.source?.objectType ?? 'KalturaRule',
    stopProcessing: draft.stopProcessing,
  };
  rule.actions = [addTask, ...others];
  const conditions = conditionsOf(draft);
  if (conditions) rule.conditions = conditions;
  return rule;
}

/** What the items of a rule cost together for ten minutes of media (fixed prices only). */
export function costPerTenMinutes(items: readonly VendorCatalogItem[]): number {
  return items.reduce((sum, item) => {
    const estimate = estimatePrice(item, 600_000);
    return sum + (estimate.kind === 'fixed' ? estimate.amount : 0);
  }, 0);
}
