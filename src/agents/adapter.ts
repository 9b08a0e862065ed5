// The Agents Manager calls Kaltura has not documented, as we assume them (architecture.md "Agents
// Manager", "Assumed"). They all live here, so that following the real service when its shape is
// published touches this file only.
import { agentsCall, type AgentsCall } from './client.js';
import { withTotal } from './calls.js';
import {
  actionsSchema,
  agentSchema,
  agentsListSchema,
  executionSchema,
  triggerSchema,
  type Actions,
  type Agent,
  type AgentsList,
  type Execution,
  type ExecutionStatus,
  type Trigger,
  type TriggerParameters,
  type WorkflowAction,
} from './schemas.js';

/** The agent with its `trigger` and `actions` inline. */
export function getAgent(id: string): AgentsCall<Agent> {
  return agentsCall('agent/get', { id }, agentSchema, { mutates: false });
}

export interface AgentChanges {
  name?: string;
  description?: string;
  /** `Enabled` activates, `Disabled` deactivates. */
  status?: 'Enabled' | 'Disabled';
}

export function updateAgent(id: string, changes: AgentChanges): AgentsCall<Agent> {
  return agentsCall('agent/update', { id, ...changes }, agentSchema, { mutates: true });
}

export function getTrigger(id: string): AgentsCall<Trigger> {
  return agentsCall('trigger/get', { id }, triggerSchema, { mutates: false });
}

export function updateTrigger(
  id: string,
  changes: { systemName?: string; triggerParameters?: TriggerParameters },
): AgentsCall<Trigger> {
  return agentsCall('trigger/update', { id, ...changes }, triggerSchema, { mutates: true });
}

export function getActions(id: string): AgentsCall<Actions> {
  return agentsCall('actions/get', { id }, actionsSchema, { mutates: false });
}

export function updateActions(id: string, workflowActions: readonly WorkflowAction[]): AgentsCall<Actions> {
  return agentsCall('actions/update', { id, workflowActions }, actionsSchema, { mutates: true });
}

/** Runs an on-demand agent on entries: one execution per entry. Spends credit: never retried blindly. */
export function runAgent(id: string, entryIds: readonly string[]): AgentsCall<Execution[]> {
  const call = agentsCall('agent/run', { id, entryIds }, agentsListSchema(executionSchema), { mutates: true });
  return { ...call, parse: (raw) => call.parse(raw).objects };
}

export interface ExecutionFilter {
  agentId?: string | undefined;
  entryId?: string | undefined;
  status?: readonly ExecutionStatus[] | undefined;
}

/** Newest first; `pageIndex` counts from 0 as the Agents Manager's pager does. */
export function listExecutions(
  filter: ExecutionFilter,
  pager: { pageIndex?: number; pageSize?: number } = {},
): AgentsCall<AgentsList<Execution>> {
  const body: Record<string, unknown> = {
    orderBy: '-createdAt',
    pager: { pageIndex: pager.pageIndex ?? 0, pageSize: pager.pageSize ?? 50 },
  };
  if (filter.agentId) body.agentId = filter.agentId;
  if (filter.entryId) body.entryId = filter.entryId;
  if (filter.status && filter.status.length > 0) body.status = [...filter.status];
  return withTotal(agentsCall('execution/list', body, agentsListSchema(executionSchema), { mutates: false }));
}

export function getExecution(id: string): AgentsCall<Execution> {
  return agentsCall('execution/get', { id }, executionSchema, { mutates: false });
}

/**
 * Each agent's latest execution, when the agent list gives it (`lastExecution`, our assumption, so that the
 * list loads with one Agents Manager request); undefined when the service does not say, and then
 * `listExecutions` over the account tells.
 */
export function lastRunsOf(agents: readonly Agent[]): Map<string, Execution> | undefined {
  if (!agents.some((agent) => agent.lastExecution !== undefined)) return undefined;
  const runs = new Map<string, Execution>();
  for (const agent of agents) if (agent.lastExecution) runs.set(agent.id, agent.lastExecution);
  return runs;
}
