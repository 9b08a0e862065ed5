// An agent being created or edited, and how it becomes (or changes) the Agents Manager's three objects:
// a trigger, actions and the agent that ties them.
import { AgentsErrorCode, type AgentsClient } from './client.js';
import { createActions, createAgent, createTrigger, deleteActions, deleteTrigger } from './calls.js';
import { updateActions, updateAgent, updateTrigger } from './adapter.js';
import { KalturaApiError } from '../api/errors.js';
import {
  TriggerSystemName,
  type ActionDefinition,
  type Agent,
  type TriggerParameters,
  type WorkflowAction,
} from './schemas.js';

export type DraftTrigger =
  | typeof TriggerSystemName.ENTRY_READY
  | typeof TriggerSystemName.ENTRY_ADDED_TO_CATEGORY
  | typeof TriggerSystemName.RUN_ON_DEMAND;

export interface DraftAction {
  on: boolean;
  catalogItemId: number | undefined;
  profileId: number | undefined;
}

export interface AgentDraft {
  name: string;
  description: string;
  trigger: DraftTrigger;
  categoryIds: string[];
  includeSubcategories: boolean;
  /** By action type. */
  actions: Record<string, DraftAction>;
}

export type DraftProblem = 'name-required' | 'category-required' | 'action-required';

/** Why an action type cannot be chosen: no REACH profile is active, or no catalog item is enabled for it. */
export type ActionUnavailable = 'no-profile' | 'no-catalog-item';

/** Native actions need neither a catalog item nor a profile. */
export const NATIVE_ACTIONS: readonly string[] = ['publish_entry'];

export function actionUnavailable(definition: ActionDefinition): ActionUnavailable | undefined {
  if (NATIVE_ACTIONS.includes(definition.type)) return undefined;
  if (!definition.vendors.some((vendor) => vendor.languages.length > 0)) return 'no-catalog-item';
  if (definition.reachProfiles.length === 0) return 'no-profile';
  return undefined;
}

export function emptyDraft(): AgentDraft {
  return {
    name: '',
    description: '',
    trigger: TriggerSystemName.ENTRY_READY,
    categoryIds: [],
    includeSubcategories: true,
    actions: {},
  };
}

export function draftOf(agent: Agent): AgentDraft {
  const systemName = agent.trigger?.systemName;
  const trigger: DraftTrigger =
    systemName === TriggerSystemName.ENTRY_ADDED_TO_CATEGORY
      ? TriggerSystemName.ENTRY_ADDED_TO_CATEGORY
      : systemName === TriggerSystemName.RUN_ON_DEMAND
        ? TriggerSystemName.RUN_ON_DEMAND
        : TriggerSystemName.ENTRY_READY;
  const actions: Record<string, DraftAction> = {};
  for (const action of agent.actions?.workflowActions ?? []) {
    actions[action.type] = { on: true, catalogItemId: action.catalog_item_id, profileId: action.reach_profile_id };
  }
  return {
    name: agent.name,
    description: agent.description ?? '',
    trigger,
    categoryIds: agent.trigger?.triggerParameters?.categoryIds ?? [],
    includeSubcategories: agent.trigger?.triggerParameters?.includeSubcategories ?? false,
    actions,
  };
}

/** The chosen actions, in the order of the definitions; a REACH action takes the first language and profile unless one was chosen. */
export function workflowActions(draft: AgentDraft, definitions: readonly ActionDefinition[]): WorkflowAction[] {
  return definitions.flatMap((definition): WorkflowAction[] => {
    const chosen = draft.actions[definition.type];
    if (!chosen?.on || actionUnavailable(definition)) return [];
    if (NATIVE_ACTIONS.includes(definition.type))
      return [{ type: definition.type, catalog_item_id: undefined, reach_profile_id: undefined }];
    const catalogItemId =
      chosen.catalogItemId ?? definition.vendors.flatMap((vendor) => vendor.languages)[0]?.catalogItemId;
    const profileId = chosen.profileId ?? definition.reachProfiles[0]?.id;
    return [{ type: definition.type, catalog_item_id: catalogItemId, reach_profile_id: profileId }];
  });
}

export function draftProblems(draft: AgentDraft, definitions: readonly ActionDefinition[]): DraftProblem[] {
  const problems: DraftProblem[] = [];
  if (!draft.name.trim()) problems.push('name-required');
  if (draft.trigger === TriggerSystemName.ENTRY_ADDED_TO_CATEGORY && draft.categoryIds.length === 0)
    problems.push('category-required');
  if (workflowActions(draft, definitions).length === 0) problems.push('action-required');
  return problems;
}

function triggerParameters(draft: AgentDraft): TriggerParameters {
  return draft.trigger === TriggerSystemName.ENTRY_ADDED_TO_CATEGORY
    ? { categoryIds: draft.categoryIds, includeSubcategories: draft.includeSubcategories }
    : {};
}

/** The wire form of workflow actions: a native action carries only its type. */
function wireActions(actions: readonly WorkflowAction[]): WorkflowAction[] {
  return actions.map((action) => (action.catalog_item_id === undefined ? { type: action.type } : action));
}

/**
 * Creates the trigger, the actions and the agent. An automatic agent starts inactive (the user
 * activates it, with the confirmation); an on-demand one is enabled, as it is never activated. When a
 * later call fails, what was created before it is deleted again (best effort) so no orphan is left.
 */
export async function createFromDraft(
  client: AgentsClient,
  draft: AgentDraft,
  definitions: readonly ActionDefinition[],
): Promise<Agent> {
  const created: (() => Promise<unknown>)[] = [];
  try {
    const trigger = await client.call(createTrigger(draft.trigger, triggerParameters(draft)));
    created.push(() => client.call(deleteTrigger(trigger.id)));
    const actions = await client.call(createActions(wireActions(workflowActions(draft, definitions))));
    created.push(() => client.call(deleteActions(actions.id)));
    const status = draft.trigger === TriggerSystemName.RUN_ON_DEMAND ? 'Enabled' : 'Disabled';
    const agent = await client.call(
      createAgent({
        name: draft.name.trim(),
        description: draft.description.trim(),
        triggerId: trigger.id,
        actionsId: actions.id,
        status,
      }),
    );
    return agent.trigger && agent.actions
      ? agent
      : { ...agent, trigger: agent.trigger ?? trigger, actions: agent.actions ?? actions };
  } catch (error) {
    // Only a refusal is certain to have created nothing more; after an unknown outcome nothing is undone blindly.
    if (error instanceof KalturaApiError && error.kind === 'api')
      for (const undo of created.reverse()) await undo().catch(() => undefined);
    throw error;
  }
}

/** Saves an edited agent: its trigger, its actions, then its name and description. */
export async function updateFromDraft(
  client: AgentsClient,
  agent: Agent,
  draft: AgentDraft,
  definitions: readonly ActionDefinition[],
): Promise<Agent> {
  const triggerId = agent.triggerId ?? agent.trigger?.id;
  const actionsId = agent.actionsId ?? agent.actions?.id;
  if (!triggerId || !actionsId)
    throw new KalturaApiError({
      code: AgentsErrorCode.NOT_FOUND,
      message: 'The agent has no trigger or actions to change.',
      kind: 'api',
    });
  const trigger = await client.call(
    updateTrigger(triggerId, { systemName: draft.trigger, triggerParameters: triggerParameters(draft) }),
  );
  const actions = await client.call(updateActions(actionsId, wireActions(workflowActions(draft, definitions))));
  const updated = await client.call(
    updateAgent(agent.id, { name: draft.name.trim(), description: draft.description.trim() }),
  );
  return { ...updated, trigger: updated.trigger ?? trigger, actions: updated.actions ?? actions };
}
