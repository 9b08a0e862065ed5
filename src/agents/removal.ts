// Deleting an agent: the server does not cascade (the guide, §6), so the agent, its trigger and its
// actions are deleted one by one, and a failure half-way leaves a removal that can be finished later.
import { KalturaApiError } from '../api/errors.js';
import { AgentsErrorCode, type AgentsClient } from './client.js';
import { deleteActions, deleteAgent, deleteTrigger } from './calls.js';
import type { Agent } from './schemas.js';

export type AgentPart = 'agent' | 'trigger' | 'actions';

/** An agent being deleted, and the parts still to delete. */
export interface AgentRemoval {
  readonly agent: Agent;
  left: AgentPart[];
}

export function startRemoval(agent: Agent): AgentRemoval {
  return { agent, left: ['agent', 'trigger', 'actions'] };
}

/** Deletes what is left, in order; each part is struck off as it goes, so a retry resumes where it stopped. */
export async function removeAgent(client: AgentsClient, removal: AgentRemoval): Promise<void> {
  const { agent } = removal;
  const idOf: Record<AgentPart, string | undefined> = {
    agent: agent.id,
    trigger: agent.triggerId ?? agent.trigger?.id,
    actions: agent.actionsId ?? agent.actions?.id,
  };
  const call = { agent: deleteAgent, trigger: deleteTrigger, actions: deleteActions };
  while (removal.left.length > 0) {
    const part = removal.left[0]!;
    const id = idOf[part];
    if (id) {
      try {
        await client.call(call[part](id));
      } catch (error) {
        // Already gone (an earlier attempt got through after all): that part is done.
        if (!(error instanceof KalturaApiError && error.code === AgentsErrorCode.NOT_FOUND)) throw error;
      }
    }
    removal.left.shift();
  }
}
