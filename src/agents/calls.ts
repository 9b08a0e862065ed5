// The Agents Manager calls Kaltura documents (KALTURA_AGENTS_MANAGER_API.md), exactly as documented.
// Everything the guide does not document is in adapter.ts.
import { agentsCall, type AgentsCall } from './client.js';
import {
  actionDefinitionSchema,
  actionsSchema,
  agentSchema,
  agentsListSchema,
  deletedSchema,
  triggerSchema,
  type ActionDefinition,
  type Actions,
  type Agent,
  type AgentsList,
  type AgentStatus,
  type Deleted,
  type Trigger,
  type TriggerParameters,
  type TriggerSystemName,
  type WorkflowAction,
} from './schemas.js';

/** The workflow template the guide names for content processing. */
export const PUBLISHING_WORKFLOW = 'publishing_workflow_dag';

export function listActionDefinitions(): AgentsCall<AgentsList<ActionDefinition>> {
  return withTotal(
    agentsCall('actionDefinition/list', {}, agentsListSchema(actionDefinitionSchema), { mutates: false }),
  );
}

export function createTrigger(
  systemName: TriggerSystemName,
  triggerParameters: TriggerParameters = {},
): AgentsCall<Trigger> {
  return agentsCall('trigger/create', { systemName, triggerParameters }, triggerSchema, { mutates: true });
}

export function createActions(workflowActions: readonly WorkflowAction[]): AgentsCall<Actions> {
  return agentsCall('actions/create', { workflowId: PUBLISHING_WORKFLOW, workflowActions }, actionsSchema, {
    mutates: true,
  });
}

export interface NewAgent {
  name: string;
  description?: string | undefined;
  triggerId: string;
  actionsId: string;
  status: AgentStatus;
}

export function createAgent(agent: NewAgent): AgentsCall<Agent> {
  return agentsCall('agent/create', { ...agent }, agentSchema, { mutates: true });
}

/** Every agent of the account. */
export function listAgents(): AgentsCall<AgentsList<Agent>> {
  return withTotal(agentsCall('agent/list', {}, agentsListSchema(agentSchema), { mutates: false }));
}

/** The server does not cascade: delete the agent, then its trigger and its actions. */
export function deleteAgent(id: string): AgentsCall<Deleted> {
  return agentsCall('agent/delete', { id }, deletedSchema, { mutates: true, withPartner: false });
}

export function deleteTrigger(id: string): AgentsCall<Deleted> {
  return agentsCall('trigger/delete', { id }, deletedSchema, { mutates: true, withPartner: false });
}

export function deleteActions(id: string): AgentsCall<Deleted> {
  return agentsCall('actions/delete', { id }, deletedSchema, { mutates: true, withPartner: false });
}

/** A list whose `totalCount` is missing counts its objects. */
export function withTotal<Item>(
  call: AgentsCall<{ totalCount?: number | undefined; objects: Item[] }>,
): AgentsCall<AgentsList<Item>> {
  return {
    ...call,
    parse: (raw) => {
      const list = call.parse(raw);
      return { totalCount: list.totalCount ?? list.objects.length, objects: list.objects };
    },
  };
}
