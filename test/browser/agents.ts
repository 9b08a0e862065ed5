// <reach-agents> as the tests of its parts loaded on first use open it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-agents/index.js';
import type { ReachAgents } from '../../src/elements/reach-agents/reach-agents.js';
import { serviceUrl, startKs } from './sandbox.js';

/** The agents for an administrator, once the list (or the page of `agentId`) is shown. */
export async function agentsElement(agentId = ''): Promise<ReachAgents> {
  const el = await fixture<ReachAgents>(html`<reach-agents service-url=${serviceUrl}
    agents-url=${`${location.origin}/agents-manager`} agent-id=${agentId} .ks=${await startKs()}></reach-agents>`);
  await waitUntil(() => el.shadowRoot!.querySelector('.agent-card, .agent-page'), 'the agents did not load', {
    timeout: 5000,
  });
  return el;
}
