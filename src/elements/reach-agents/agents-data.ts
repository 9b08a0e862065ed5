import type { AgentsClient } from '../../agents/client.js';
import { listAgents } from '../../agents/calls.js';
import { getAgent, lastRunsOf, listExecutions } from '../../agents/adapter.js';
import type { Agent, Execution } from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import type { SessionDetails } from '../../reach/session-info.js';
import { catalogOf, categoriesOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';

/** Recent runs read for the list's "last run" (newest first, across agents). */
const LAST_RUNS_PAGE = 100;

/** What `<reach-agents>` loads: the agents, their last runs, and the look-ups their words need. */
export interface AgentsData {
  /** Newest first, without deleted ones; each with its trigger and actions. */
  agents: Agent[];
  lastRuns: Map<string, Execution>;
  /** By id as a string (how a trigger names them); undefined when they could not be read. */
  categories: Map<string, Category> | undefined;
  /** Undefined when it could not be read. */
  catalog: Map<number, VendorCatalogItem> | undefined;
  /** Who is asking; undefined when the server could not say. */
  details: SessionDetails | undefined;
  /** The agent asked for (`agent-id`), read when the list does not hold it. */
  opened: Agent | undefined;
}

/**
 * The list (one Agents Manager request for it and one for the last runs) and its words' look-ups (one api_v3
 * request), and the agent to open when `agentId` is given. The profiles are asked with them so that a run's
 * pre-flight finds them read; a look-up the session may not read leaves the words plainer, not the list empty.
 */
export async function loadAgentsData(
  session: ReachSession,
  client: AgentsClient,
  agentId: string | undefined,
  signal: AbortSignal,
): Promise<AgentsData> {
  const [list, categories, catalog, details] = await Promise.all([
    client.call(listAgents(), { signal }),
    categoriesOf(session).catch(() => undefined),
    catalogOf(session).catch(() => undefined),
    session.details().catch(() => undefined),
    readableProfilesOf(session).catch(() => undefined),
  ]);
  const agents = await Promise.all(
    list.objects.filter((agent) => agent.status !== 'Deleted').map((agent) => withInlines(client, agent, signal)),
  );
  agents.sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
  const lastRuns = lastRunsOf(list.objects) ?? (await lastRunsOfAccount(client, signal));
  const opened =
    agentId === undefined
      ? undefined
      : (agents.find((agent) => agent.id === agentId) ?? (await client.call(getAgent(agentId), { signal })));
  return {
    agents,
    lastRuns,
    categories: categories && new Map(categories.map((category) => [String(category.id), category])),
    catalog,
    details,
    opened,
  };
}

/** The agent with its trigger and actions: the documented list gives only their ids, so they are read if not inline. */
export async function withInlines(client: AgentsClient, agent: Agent, signal: AbortSignal): Promise<Agent> {
  return agent.trigger && agent.actions ? agent : client.call(getAgent(agent.id), { signal });
}

/** The latest run of each agent, from the account's recent runs (when the agent list does not give them). */
async function lastRunsOfAccount(client: AgentsClient, signal: AbortSignal): Promise<Map<string, Execution>> {
  const runs = await client.call(listExecutions({}, { pageSize: LAST_RUNS_PAGE }), { signal }).catch(() => undefined);
  const lastRuns = new Map<string, Execution>();
  for (const run of runs?.objects ?? []) if (!lastRuns.has(run.agentId)) lastRuns.set(run.agentId, run);
  return lastRuns;
}
