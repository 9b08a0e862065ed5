import { AgentsClient, type AgentsAuthScheme } from '../agents/client.js';
import type { ReachSession } from './session.js';

/**
 * Each session's Agents Manager clients, one per URL and scheme. Kept beside the session rather than in it, so that
 * only pages showing `<reach-agents>` download the Agents Manager client (the CDN splits code by module).
 */
const clientsBySession = new WeakMap<ReachSession, Map<string, AgentsClient>>();

/**
 * The Agents Manager client of `session` for `agentsUrl`: it sends the session's KS, and a KS it refuses takes the
 * same expiry path as api_v3's.
 */
export function agentsClientOf(
  session: ReachSession,
  agentsUrl: string,
  authScheme: AgentsAuthScheme = 'Bearer',
): AgentsClient {
  let clients = clientsBySession.get(session);
  if (!clients) clientsBySession.set(session, (clients = new Map()));
  const key = `${authScheme} ${agentsUrl}`;
  let client = clients.get(key);
  if (!client) {
    client = new AgentsClient({
      baseUrl: agentsUrl,
      kaltura: session.client,
      authScheme,
      partnerId: async () => session.partnerId ?? (await session.details()).partnerId,
    });
    clients.set(key, client);
  }
  return client;
}
