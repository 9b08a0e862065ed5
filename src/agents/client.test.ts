import { expect } from '@open-wc/testing';
import { KalturaClient, KsInvalidEvent } from '../api/client.js';
import { KalturaApiError } from '../api/errors.js';
import { AgentsClient, type AgentsAuthScheme } from './client.js';
import { createTrigger, deleteActions, listActionDefinitions, listAgents } from './calls.js';
import { getAgent, lastRunsOf, listExecutions, runAgent, updateAgent } from './adapter.js';
import { agentSchema } from './schemas.js';
import { parseResponse } from '../reach/schemas.js';
import {
  advanceClock,
  resetSandbox,
  SEED,
  serviceUrl,
  startKs,
  stats,
  resetStats,
} from '../../test/browser/sandbox.js';

const AGENTS_URL = `${location.origin}/agents-manager`;
const A = SEED.agents;

function clients(ks: string, options: { authScheme?: AgentsAuthScheme; baseUrl?: string; partnerId?: number } = {}) {
  const kaltura = new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
  const agents = new AgentsClient({
    baseUrl: options.baseUrl ?? AGENTS_URL,
    kaltura,
    authScheme: options.authScheme,
    partnerId: async () => options.partnerId ?? SEED.partner,
    retryDelaysMs: [],
  });
  return { kaltura, agents };
}

async function failure(promise: Promise<unknown>): Promise<KalturaApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(KalturaApiError);
    return error as KalturaApiError;
  }
  throw new Error('the call did not fail');
}

describe('Agents Manager client', () => {
  let adminKs: string;
  beforeEach(async () => {
    await resetSandbox();
    adminKs = await startKs();
  });

  it('lists the account agents with their trigger and actions, sending the KS in the Bearer header only', async () => {
    const { agents } = clients(adminKs);
    const list = await agents.call(listAgents());
    const ids = list.objects.map((agent) => agent.id);
    expect(ids).to.include.members([A.uploadCaptions, A.biologyCaptions, A.onDemand]);
    expect(ids).not.to.include(A.otherPartnerOnDemand);
    const biology = list.objects.find((agent) => agent.id === A.biologyCaptions)!;
    expect(biology.trigger?.systemName).to.equal('ENTRY_ADDED_TO_CATEGORY');
    expect(biology.trigger?.triggerParameters?.categoryIds).to.deep.equal([String(SEED.categories.biology)]);
    expect(biology.trigger?.triggerParameters?.includeSubcategories).to.equal(true);
    expect(list.totalCount).to.equal(list.objects.length);
  });

  it('takes the "KS <ks>" scheme and an agents-url that already ends in /api/v1', async () => {
    const { agents } = clients(adminKs, { authScheme: 'KS', baseUrl: `${AGENTS_URL}/api/v1/` });
    expect(agents.root).to.equal(`${AGENTS_URL}/api/v1`);
    const agent = await agents.call(getAgent(A.onDemand));
    expect(agent.actions?.workflowActions.map((action) => action.type)).to.deep.equal(['captions', 'translation']);
  });

  it('reads the action definitions, executions and a run as the adapter assumes them', async () => {
    const { agents } = clients(adminKs);
    const definitions = await agents.call(listActionDefinitions());
    expect(definitions.objects.map((definition) => definition.type)).to.include.members([
      'captions',
      'translation',
      'publish_entry',
    ]);
    const failed = await agents.call(listExecutions({ status: ['Failed'] }));
    expect(failed.objects.map((execution) => execution.id)).to.include(SEED.executions.failed);
    expect(failed.objects.every((execution) => execution.status === 'Failed')).to.equal(true);
    const [execution] = await agents.call(runAgent(A.onDemand, [SEED.entries.welcome]));
    expect(execution!.agentId).to.equal(A.onDemand);
    expect(execution!.entryId).to.equal(SEED.entries.welcome);
    expect(execution!.traceId).to.be.a('string').and.not.equal('');
    expect(execution!.steps).to.have.length(2);
  });

  it('maps refusals: AGENTS_NOT_ENABLED, FORBIDDEN, NOT_FOUND and VALIDATION_ERROR with its field', async () => {
    const withoutAgents = clients(await startKs({ partnerId: SEED.partnerWithoutReach }), {
      partnerId: SEED.partnerWithoutReach,
    }).agents;
    const notEnabled = await failure(withoutAgents.call(listAgents()));
    expect([notEnabled.code, notEnabled.kind, notEnabled.status, notEnabled.service, notEnabled.action]).to.deep.equal([
      'AGENTS_NOT_ENABLED',
      'api',
      403,
      'agentsManager',
      'agent/list',
    ]);

    const userKs = await startKs({ type: 0, userId: SEED.users.professor });
    const forbidden = await failure(clients(userKs).agents.call(updateAgent(A.uploadCaptions, { status: 'Enabled' })));
    expect([forbidden.code, forbidden.kind]).to.deep.equal(['FORBIDDEN', 'api']);

    const { agents } = clients(adminKs);
    const notFound = await failure(agents.call(deleteActions('no-such-actions')));
    expect(notFound.code).to.equal('NOT_FOUND');
    const invalid = await failure(agents.call(createTrigger('WHEN_IT_RAINS')));
    expect([invalid.code, invalid.args.field]).to.deep.equal(['VALIDATION_ERROR', 'systemName']);
  });

  it('an expired KS takes the session expiry path: the call waits, then goes on with the new KS', async () => {
    const shortKs = await startKs({ expiry: 60 });
    const { kaltura, agents } = clients(shortKs);
    await advanceClock(120);
    let announced = 0;
    kaltura.addEventListener('ks-invalid', (event) => {
      if (event instanceof KsInvalidEvent) announced += 1;
    });
    const pending = agents.call(listAgents());
    await new Promise<void>((resolve) => kaltura.addEventListener('ks-invalid', () => resolve(), { once: true }));
    expect(kaltura.waitingForKs).to.equal(true);
    expect(announced).to.equal(1);
    kaltura.ks = await startKs();
    const list = await pending;
    expect(list.objects.length).to.be.greaterThan(0);
    expect(kaltura.waitingForKs).to.equal(false);
  });

  it('a read that cannot reach the service is transient; a run whose answer is lost is uncertain and not re-sent', async () => {
    const { agents } = clients(adminKs, { baseUrl: 'http://127.0.0.1:9' });
    const read = await failure(agents.call(listAgents()));
    expect([read.code, read.kind]).to.deep.equal(['NETWORK_ERROR', 'transient']);
    const run = await failure(agents.call(runAgent(A.onDemand, [SEED.entries.welcome])));
    expect([run.code, run.kind]).to.deep.equal(['OUTCOME_UNKNOWN', 'uncertain']);
  });

  it('sends one request per call, with the partner id the guide asks for', async () => {
    const { agents } = clients(adminKs);
    await resetStats();
    await agents.call(listAgents());
    const counted = await stats();
    expect(counted.calls['agents-manager.agent/list']).to.equal(1);
    expect(counted.httpRequests).to.equal(1);
  });

  it("takes each agent's last run from the list when the service gives it (null: never ran), else says it does not know", () => {
    const agent = (fields: Record<string, unknown>) =>
      parseResponse(agentSchema, { id: 'a1', name: 'A', status: 'Enabled', ...fields }, 'test');
    const run = { id: 'x1', agentId: 'a1', status: 'Failed', createdAt: '2026-12-01T10:00:00Z', steps: [] };
    expect(lastRunsOf([agent({}), agent({ id: 'a2' })])).to.equal(undefined);
    const runs = lastRunsOf([agent({ lastExecution: run }), agent({ id: 'a2', lastExecution: null })])!;
    expect([...runs.keys()]).to.deep.equal(['a1']);
    expect(runs.get('a1')!.createdAt).to.equal(Date.UTC(2026, 11, 1, 10) / 1000, 'ISO times read as unix seconds');
  });
});
