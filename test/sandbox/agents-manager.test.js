// @ts-check
/** The Agents Manager's HTTP contract: auth, CORS, partners, validation, the documented create flow, isolation. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { agentsCaller } from './agents-fixture.js';
import { useReachServer } from './reach-server.js';

const { agents: A, categories: CAT, catalog: C, profiles: P } = SEED;
const server = useReachServer();
/** @type {ReturnType<typeof agentsCaller>} */
const call = (...args) => agentsCaller(server.url)(...args);

/** The guide's flow: trigger, actions, then the agent. @param {string} ks @param {Record<string, any>} [trigger] */
async function createAgent(ks, trigger = { systemName: 'ENTRY_READY', triggerParameters: {} }) {
  const created = await call('trigger/create', ks, { partnerId: String(SEED.partner), ...trigger });
  const actions = await call('actions/create', ks, {
    partnerId: String(SEED.partner),
    workflowId: 'publishing_workflow_dag',
    workflowActions: [{ reach_profile_id: P.default, type: 'captions', catalog_item_id: C.machineCaptionsEnglish }],
  });
  const agent = await call('agent/create', ks, {
    partnerId: String(SEED.partner),
    name: 'Auto-caption',
    description: 'Captions',
    triggerId: created.body.id,
    actionsId: actions.body.id,
    status: 'Enabled',
  });
  return { trigger: created.body, actions: actions.body, agent: agent.body };
}

test("the guide's flow: trigger, actions and agent are created with the documented shapes", async () => {
  const { ks } = server;
  const { trigger, actions, agent } = await createAgent(ks);
  assert.deepEqual(
    [
      trigger.partnerId,
      trigger.status,
      trigger.systemName,
      trigger.triggerParameters,
      typeof trigger.executionParameters,
    ],
    ['1001', 'Enabled', 'ENTRY_READY', {}, 'object'],
  );
  assert.deepEqual(actions.workflowActions, [
    { reach_profile_id: P.default, type: 'captions', catalog_item_id: C.machineCaptionsEnglish },
  ]);
  assert.equal(agent.status, 'Enabled');
  assert.deepEqual(
    [agent.trigger.id, agent.trigger.systemName, agent.actions.id],
    [trigger.id, 'ENTRY_READY', actions.id],
    'inline trigger and actions',
  );

  const list = await call('agent/list', ks, {
    partnerId: SEED.partner,
    orderBy: '-createdAt',
    pager: { pageIndex: 0, pageSize: 500 },
  });
  assert.equal(list.status, 200);
  assert.equal(list.body.totalCount, 6, 'five seeded agents and the new one');
  assert.deepEqual(
    [list.body.objects[0].id, list.body.objects[0].triggerId, list.body.objects[0].actionsId],
    [agent.id, trigger.id, actions.id],
  );

  const deleted = await call('agent/delete', ks, { id: agent.id });
  assert.deepEqual([deleted.status, deleted.body.status], [200, 'Deleted']);
  assert.equal((await call('agent/get', ks, { id: agent.id })).status, 404);
  const kept = await call('trigger/get', ks, { id: trigger.id });
  assert.equal(kept.body.status, 'Enabled', 'no cascade: the trigger stays until deleted');
  assert.equal((await call('trigger/delete', ks, { id: trigger.id })).body.status, 'Deleted');
  assert.equal((await call('actions/delete', ks, { id: actions.id })).body.status, 'Deleted');
});

test('agent/update activates and deactivates; an agent is Enabled only while its trigger and actions are', async () => {
  const { ks } = server;
  const activated = await call('agent/update', ks, { id: A.uploadCaptions, status: 'Enabled' });
  assert.deepEqual(
    [activated.status, activated.body.status, activated.body.trigger.systemName],
    [200, 'Enabled', 'ENTRY_READY'],
  );
  const renamed = await call('agent/update', ks, { id: A.uploadCaptions, name: 'Renamed', status: 'Disabled' });
  assert.deepEqual([renamed.body.name, renamed.body.status], ['Renamed', 'Disabled']);

  const { agent, trigger } = await createAgent(ks);
  await call('trigger/update', ks, { id: trigger.id, status: 'Disabled' });
  const refused = await call('agent/update', ks, { id: agent.id, status: 'Enabled' });
  assert.deepEqual([refused.status, refused.body.code, refused.body.field], [400, 'VALIDATION_ERROR', 'status']);
});

test('both authorization schemes are accepted; a missing, forged or ended KS is 401 INVALID_KS and never echoed', async () => {
  const { ks } = server;
  assert.equal((await call('agent/get', ks, { id: A.onDemand }, { scheme: 'Bearer' })).status, 200);
  assert.equal((await call('agent/get', ks, { id: A.onDemand }, { scheme: 'KS' })).status, 200);
  const missing = await call('agent/get', '', { id: A.onDemand });
  assert.deepEqual([missing.status, missing.body.code], [401, 'INVALID_KS']);
  const forged = `${ks.slice(0, -6)}AAAAAA`;
  const invalid = await call('agent/get', forged, { id: A.onDemand });
  assert.deepEqual([invalid.status, invalid.body.code], [401, 'INVALID_KS']);
  assert.ok(!JSON.stringify(invalid.body).includes(forged.slice(0, 20)), 'the KS is not repeated');
  const ended = await server.session();
  await server.api('session', 'end', { ks: ended });
  assert.equal((await call('agent/list', ended, { partnerId: SEED.partner })).body.message, 'The KS was ended');
  const expired = await server.session();
  server.advance(2 * 86_400);
  assert.equal((await call('agent/list', expired, { partnerId: SEED.partner })).status, 401);
});

test('CORS: the preflight is answered and Authorization is an allowed header', async () => {
  const response = await fetch(`${server.url}/agents-manager/api/v1/agent/list`, {
    method: 'OPTIONS',
    headers: {
      Origin: 'https://cms.example',
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'authorization, content-type',
    },
  });
  assert.equal(response.status, 204);
  assert.equal(response.headers.get('access-control-allow-origin'), 'https://cms.example');
  assert.match(String(response.headers.get('access-control-allow-headers')), /Authorization/);
  assert.match(String(response.headers.get('access-control-allow-methods')), /POST/);
});

test('partners: 3003 has no agents, a foreign partnerId is refused, a USER session reads but does not manage', async () => {
  const noAgents = await server.session({ partnerId: SEED.partnerWithoutReach });
  const refused = await call('agent/list', noAgents, { partnerId: SEED.partnerWithoutReach });
  assert.deepEqual([refused.status, refused.body.code], [403, 'AGENTS_NOT_ENABLED']);

  const foreign = await call('agent/list', server.ks, { partnerId: SEED.otherPartner });
  assert.deepEqual([foreign.status, foreign.body.code, foreign.body.field], [403, 'FORBIDDEN', 'partnerId']);

  const user = await server.session({ type: 0, userId: SEED.users.student });
  assert.equal((await call('agent/list', user, { partnerId: SEED.partner })).status, 200);
  const create = await call('trigger/create', user, { partnerId: SEED.partner, systemName: 'ENTRY_READY' });
  assert.deepEqual([create.status, create.body.code], [403, 'FORBIDDEN']);
});

test('roles, as api_v3 resolves them: an administrator role manages from a USER session; Content Manager reads; no role, no call', async () => {
  const trigger = { partnerId: SEED.partner, systemName: 'ENTRY_READY' };
  const administrator = await server.session({ type: 0, userId: SEED.users.mediaTeam });
  assert.equal((await call('trigger/create', administrator, trigger)).status, 200);

  const contentManager = await server.session({
    type: 0,
    userId: SEED.users.student,
    privileges: `setrole:${SEED.roles.contentManager}`,
  });
  assert.equal((await call('agent/list', contentManager, { partnerId: SEED.partner })).status, 200);
  const create = await call('trigger/create', contentManager, trigger);
  assert.deepEqual([create.status, create.body.code], [403, 'FORBIDDEN']);
  const limitedAdmin = await server.session({ privileges: `setrole:${SEED.roles.contentManager}` });
  assert.deepEqual(
    (await call('trigger/create', limitedAdmin, trigger)).status,
    403,
    'an ADMIN KS that set a lesser role',
  );

  const unknownRole = await server.session({ privileges: 'setrole:no-such-role' });
  const refused = await call('agent/list', unknownRole, { partnerId: SEED.partner });
  assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
});

test('a refused write leaves nothing behind: the name set before the refusal is rolled back', async () => {
  const before = (await call('agent/get', server.ks, { id: A.onDemand })).body;
  const refused = await call('agent/update', server.ks, {
    id: A.onDemand,
    name: 'Renamed',
    description: 'x'.repeat(2001),
  });
  assert.deepEqual([refused.status, refused.body.field], [400, 'description']);
  assert.deepEqual((await call('agent/get', server.ks, { id: A.onDemand })).body, before);
});

test('a body nested deeper than an agent ever is answers 400 body', async () => {
  let nested = {};
  for (let depth = 0; depth < 20; depth++) nested = { nested };
  const answer = await call('agent/list', server.ks, { partnerId: SEED.partner, nested });
  assert.deepEqual([answer.status, answer.body.code, answer.body.field], [400, 'VALIDATION_ERROR', 'body']);
});

test("isolation: partner 2002 neither sees, changes nor runs 1001's agents and executions", async () => {
  const other = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
  const list = await call('agent/list', other, { partnerId: SEED.otherPartner });
  assert.deepEqual(
    list.body.objects.map((/** @type {any} */ agent) => agent.id),
    [A.otherPartnerOnDemand],
  );
  assert.equal((await call('agent/get', other, { id: A.onDemand })).status, 404);
  assert.equal((await call('agent/update', other, { id: A.onDemand, status: 'Disabled' })).status, 404);
  assert.equal(
    (await call('agent/run', other, { id: A.onDemand, entryIds: [SEED.entries.otherPartnerIntro] })).status,
    404,
  );
  assert.equal((await call('execution/get', other, { id: SEED.executions.succeeded })).status, 404);
  assert.equal((await call('execution/list', other, { partnerId: SEED.otherPartner })).body.totalCount, 0);
  const ownRun = await call('agent/run', other, { id: A.otherPartnerOnDemand, entryIds: [SEED.entries.welcome] });
  assert.deepEqual([ownRun.status, ownRun.body.field], [400, 'entryIds'], "1001's entry is not found for 2002");
  const categoryOfOther = await call('trigger/create', other, {
    partnerId: SEED.otherPartner,
    systemName: 'ENTRY_ADDED_TO_CATEGORY',
    triggerParameters: { categoryIds: [CAT.biology] },
  });
  assert.deepEqual([categoryOfOther.status, categoryOfOther.body.field], [400, 'triggerParameters.categoryIds']);
  assert.equal((await call('agent/get', server.ks, { id: A.onDemand })).body.status, 'Enabled', 'unchanged');
});

test('validation: clear 400s that name the field; unknown calls and ids are 404', async () => {
  const { ks } = server;
  const partnerId = SEED.partner;
  /** @type {Array<[string, Record<string, any>, string]>} */
  const cases = [
    ['agent/list', {}, 'partnerId'],
    ['trigger/create', { partnerId, systemName: 'WHEN_I_SAY_SO' }, 'systemName'],
    [
      'trigger/create',
      { partnerId, systemName: 'ENTRY_ADDED_TO_CATEGORY', triggerParameters: {} },
      'triggerParameters.categoryIds',
    ],
    [
      'trigger/create',
      { partnerId, systemName: 'ENTRY_ADDED_TO_CATEGORY', triggerParameters: { categoryIds: ['x'] } },
      'triggerParameters.categoryIds[0]',
    ],
    [
      'trigger/create',
      {
        partnerId,
        systemName: 'ENTRY_ADDED_TO_CATEGORY',
        triggerParameters: { categoryIds: [CAT.biology], includeSubcategories: 'yes' },
      },
      'triggerParameters.includeSubcategories',
    ],
    [
      'trigger/create',
      {
        partnerId,
        systemName: 'ENTRY_ADDED_TO_CATEGORY',
        triggerParameters: { categoryIds: Array.from({ length: 101 }, () => CAT.biology) },
      },
      'triggerParameters.categoryIds',
    ],
    ['actions/create', { partnerId, workflowId: 'other', workflowActions: [] }, 'workflowId'],
    ['actions/create', { partnerId, workflowId: 'publishing_workflow_dag', workflowActions: [] }, 'workflowActions'],
    [
      'actions/create',
      {
        partnerId,
        workflowId: 'publishing_workflow_dag',
        workflowActions: [{ type: 'clips', catalog_item_id: C.machineClipsEnglish, reach_profile_id: P.default }],
      },
      'workflowActions[0].type',
    ],
    [
      'actions/create',
      {
        partnerId,
        workflowId: 'publishing_workflow_dag',
        workflowActions: [{ type: 'captions', catalog_item_id: C.machineSummaryEnglish, reach_profile_id: P.default }],
      },
      'workflowActions[0].catalog_item_id',
    ],
    [
      'actions/create',
      {
        partnerId,
        workflowId: 'publishing_workflow_dag',
        workflowActions: [
          { type: 'captions', catalog_item_id: C.notEnabledHumanCaptionsGerman, reach_profile_id: P.default },
        ],
      },
      'workflowActions[0].catalog_item_id',
    ],
    [
      'actions/create',
      {
        partnerId,
        workflowId: 'publishing_workflow_dag',
        workflowActions: [
          { type: 'captions', catalog_item_id: C.machineCaptionsEnglish, reach_profile_id: P.disabled },
        ],
      },
      'workflowActions[0].reach_profile_id',
    ],
    ['agent/create', { partnerId, name: ' ', triggerId: 'x', actionsId: 'y', status: 'Enabled' }, 'name'],
    ['agent/create', { partnerId, name: 'n'.repeat(257), triggerId: 'x', actionsId: 'y', status: 'Enabled' }, 'name'],
    ['agent/update', { id: A.onDemand, status: 'Paused' }, 'status'],
    ['agent/run', { id: A.onDemand, entryIds: [] }, 'entryIds'],
    ['agent/run', { id: A.uploadCaptions, entryIds: [SEED.entries.welcome] }, 'id'],
    ['execution/list', { partnerId, status: ['Done'] }, 'status[0]'],
    ['execution/list', { partnerId, pager: { pageIndex: 0, pageSize: 501 } }, 'pager.pageSize'],
    ['execution/list', { partnerId, orderBy: 'name' }, 'orderBy'],
  ];
  for (const [path, body, field] of cases) {
    const answer = await call(path, ks, body);
    assert.deepEqual(
      [answer.status, answer.body.code, answer.body.field],
      [400, 'VALIDATION_ERROR', field],
      `${path} ${JSON.stringify(body).slice(0, 120)}`,
    );
    assert.ok(answer.body.message.length > 0);
  }
  const notJson = await fetch(`${server.url}/agents-manager/api/v1/agent/list`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ks}` },
    body: '{"partnerId":',
  });
  assert.deepEqual([notJson.status, /** @type {any} */ (await notJson.json()).field], [400, 'body']);
  const tooLarge = await fetch(`${server.url}/agents-manager/api/v1/agent/list`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${ks}` },
    body: 'x'.repeat(70_000),
  });
  assert.equal(tooLarge.status, 413);
  assert.deepEqual(
    [(await call('agent/explode', ks)).status, (await call('agent/get', ks, { id: 'nope' })).status],
    [404, 404],
  );
  assert.equal((await call('agent/list', ks, {}, { method: 'GET' })).status, 404, 'every call is a POST');
});

test('actionDefinition/list: every action type, built from enabled catalog items and active profiles', async () => {
  const definitions = await call('actionDefinition/list', server.ks, { partnerId: String(SEED.partner) });
  assert.equal(definitions.status, 200);
  const byType = Object.fromEntries(
    definitions.body.objects.map((/** @type {any} */ definition) => [definition.type, definition]),
  );
  assert.deepEqual(Object.keys(byType), [
    'captions',
    'translation',
    'dubbing',
    'audio_description',
    'chaptering',
    'summary',
    'moderation',
    'metadata_enrichment',
    'publish_entry',
  ]);
  assert.equal(definitions.body.totalCount, 9);
  const captions = byType.captions;
  assert.equal(captions.objectType, 'ActionDefinition');
  const kaltura = captions.vendors.find((/** @type {any} */ vendor) => vendor.name === 'Kaltura');
  assert.deepEqual(kaltura.languages[0], { language: 'English', catalogItemId: C.machineCaptionsEnglish });
  const captionItems = captions.vendors.flatMap((/** @type {any} */ vendor) =>
    vendor.languages.map((/** @type {any} */ language) => language.catalogItemId),
  );
  assert.ok(!captionItems.includes(C.notEnabledHumanCaptionsGerman), 'only items enabled for the partner');
  assert.ok(
    byType.translation.vendors.some((/** @type {any} */ vendor) =>
      vendor.languages.some((/** @type {any} */ language) => language.language === 'Spanish'),
    ),
    'translation by target language',
  );
  const profileIds = captions.reachProfiles.map((/** @type {any} */ profile) => profile.id);
  assert.ok(profileIds.includes(P.default) && !profileIds.includes(P.disabled), 'only active profiles');
  assert.equal(byType.publish_entry.vendors, undefined, 'native');

  const noProfile = await call(
    'actionDefinition/list',
    await server.session({ partnerId: SEED.partnerWithoutActiveProfile, userId: SEED.users.withoutActiveProfileUser }),
    { partnerId: SEED.partnerWithoutActiveProfile },
  );
  assert.deepEqual(noProfile.body.objects[0].reachProfiles, [], 'shown, unavailable: no active profile');
  const noItems = await call(
    'actionDefinition/list',
    await server.session({ partnerId: SEED.partnerWithoutCatalogItems, userId: SEED.users.withoutCatalogItemsUser }),
    { partnerId: SEED.partnerWithoutCatalogItems },
  );
  assert.deepEqual(noItems.body.objects[0].vendors, [], 'shown, unavailable: no catalog item');
});

test("agent/list gives each agent's newest execution as lastExecution, or null, and only the partner's", async () => {
  const { ks } = server;
  const { agent } = await createAgent(ks);
  const listed = async () => {
    const list = await call('agent/list', ks, { partnerId: SEED.partner, pager: { pageIndex: 0, pageSize: 500 } });
    return new Map(list.body.objects.map((/** @type {any} */ item) => [item.id, item.lastExecution]));
  };
  assert.equal((await listed()).get(agent.id), null, 'never run');
  const executions = await call('execution/list', ks, {
    partnerId: SEED.partner,
    agentId: A.onDemand,
    orderBy: '-createdAt',
  });
  const seededNewest = executions.body.objects[0];
  assert.ok(seededNewest, 'the seed has runs of this agent');
  assert.equal((await listed()).get(A.onDemand)?.id, seededNewest.id);

  server.advance(60);
  const run = await call('agent/run', ks, { id: A.onDemand, entryIds: [SEED.entries.welcome] });
  assert.equal(run.status, 200);
  const last = (await listed()).get(A.onDemand);
  assert.deepEqual([last.id, last.agentId, last.partnerId], [run.body.objects[0].id, A.onDemand, String(SEED.partner)]);

  const other = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
  const theirs = await call('agent/list', other, { partnerId: SEED.otherPartner });
  assert.deepEqual(
    theirs.body.objects.map((/** @type {any} */ item) => item.lastExecution),
    [null],
    "1001's runs are not 2002's",
  );
  await call('agent/delete', ks, { id: agent.id });
});
