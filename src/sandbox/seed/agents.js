// @ts-check
/**
 * Seeded Agents Manager data: partner 1001's agents of each trigger kind, active and inactive, with
 * executions in every status (their steps follow the seeded tasks, so they stay true as the clock moves);
 * partner 2002's one agent. Seeded executions keep the steps they ran with.
 */
import { executionStatus, followTask } from '../agents/engine.js';
import { executionParameters } from '../agents/service.js';
import { ApiError } from '../errors.js';
import { ServiceFeature as F } from '../reach/enums.js';
import { SEED } from './ids.js';

const { agents: A, executions: X, entries: E, categories: CAT, catalog: C, profiles: P, tasks: T } = SEED;
const DAY = 86_400;

/**
 * @typedef {{ systemName: string, triggerParameters?: Record<string, unknown> }} TriggerSeed
 * @typedef {{ type: string, catalogItemId: number, profileId?: number }} ActionSeed
 * @typedef {{ id: string, partnerId?: number, name: string, description: string, status: 'Enabled' | 'Disabled',
 *   daysAgo: number, trigger: TriggerSeed, actions: ActionSeed[] }} AgentSeed
 */

/** @type {TriggerSeed} */
const ON_UPLOAD = { systemName: 'ENTRY_READY' };
/** @type {TriggerSeed} */
const ON_DEMAND = { systemName: 'RUN_ON_DEMAND' };
/** @param {number} categoryId @param {boolean} includeSubcategories @returns {TriggerSeed} */
const inCategory = (categoryId, includeSubcategories) => ({
  systemName: 'ENTRY_ADDED_TO_CATEGORY',
  triggerParameters: { categoryIds: [categoryId], includeSubcategories },
});
/** @param {string} type @returns {(catalogItemId: number, profileId?: number) => ActionSeed} */
const step = (type) => (catalogItemId, profileId) => ({ type, catalogItemId, ...(profileId ? { profileId } : {}) });
const captions = step('captions');
const translation = step('translation');

/**
 * @param {string} id @param {string} name @param {'Enabled' | 'Disabled'} status @param {number} daysAgo
 * @param {TriggerSeed} trigger @param {ActionSeed[]} actions @param {string} description
 * @returns {AgentSeed}
 */
const agent = (id, name, status, daysAgo, trigger, actions, description) => ({
  id,
  name,
  status,
  daysAgo,
  trigger,
  actions,
  description,
});

/** @type {AgentSeed[]} */
const AGENT_SEEDS = [
  agent(
    A.uploadCaptions,
    'Publishing Agent: captions for every upload',
    'Disabled',
    20,
    ON_UPLOAD,
    [captions(C.machineCaptionsEnglish)],
    'Orders English machine captions for each new entry once it is Ready.',
  ),
  agent(
    A.biologyCaptions,
    'Caption Biology',
    'Enabled',
    18,
    inCategory(CAT.biology, true),
    [captions(C.machineCaptionsEnglish)],
    'English machine captions for everything added to Biology and its subcategories.',
  ),
  agent(
    A.geneticsHumanCaptions,
    'Professional captions for Genetics',
    'Enabled',
    15,
    inCategory(CAT.genetics, false),
    [captions(C.humanCaptionsEnglish3Days)],
    'Human-verified English captions (3 days) for entries added to Genetics.',
  ),
  // The unlimited profile pays, so the pending execution, which orders once its entry is READY, moves no other profile's credit.
  agent(
    A.onDemand,
    'Accessibility pack',
    'Enabled',
    12,
    ON_DEMAND,
    [captions(C.machineCaptionsEnglish, P.unlimited), translation(C.machineTranslationEnglishToSpanish, P.unlimited)],
    'English captions, then a Spanish translation, on the entries you choose.',
  ),
  agent(
    A.coursesTrialVendor,
    'Caption Courses (trial vendor)',
    'Disabled',
    10,
    inCategory(CAT.courses, true),
    [captions(C.machineCaptionsEnglishFlaky)],
    'Tried a new captions vendor on Courses; deactivated after it failed.',
  ),
  {
    ...agent(
      A.otherPartnerOnDemand,
      'Caption on demand',
      'Enabled',
      30,
      ON_DEMAND,
      [captions(C.machineCaptionsEnglish, P.otherPartner)],
      'English machine captions on chosen entries.',
    ),
    partnerId: SEED.otherPartner,
  },
];

/**
 * @typedef {{ id: string, agentId: string, entryId: string, hoursAgo: number,
 *   steps: Array<{ task?: number, status?: string, error?: ApiError }> }} ExecutionSeed
 *   each step pairs with the agent's action of the same index; a step with a task follows it
 */

/** @type {ExecutionSeed[]} */
const EXECUTION_SEEDS = [
  { id: X.succeeded, agentId: A.biologyCaptions, entryId: E.withTasks, hoursAgo: 11 * 24, steps: [{ task: T.ready }] },
  { id: X.running, agentId: A.geneticsHumanCaptions, entryId: E.withTasks, hoursAgo: 1, steps: [{ task: T.pending }] },
  { id: X.failed, agentId: A.coursesTrialVendor, entryId: E.withTasks, hoursAgo: 4 * 24, steps: [{ task: T.error }] },
  {
    id: X.skipped,
    agentId: A.onDemand,
    entryId: E.diagram,
    hoursAgo: 6,
    steps: [F.CAPTIONS, F.TRANSLATION].map((feature) => ({
      status: 'Skipped',
      error: new ApiError('FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY', { FEATURE: feature, ID: E.diagram }),
    })),
  },
  {
    id: X.pending,
    agentId: A.onDemand,
    entryId: E.processing,
    hoursAgo: 0.05,
    steps: [{ status: 'Pending' }, { status: 'Pending' }],
  },
];

/** @param {Record<string, any>} state @param {number} now unix seconds */
export function seedAgents(state, now) {
  Object.assign(state, { agents: {}, agentTriggers: {}, agentActions: {}, agentExecutions: {} });
  for (const seed of AGENT_SEEDS) {
    const partnerId = seed.partnerId ?? SEED.partner;
    const createdAt = now - seed.daysAgo * DAY;
    const suffix = seed.id.replace(/^agent-/, '');
    const common = { partnerId, createdAt, updatedAt: createdAt };
    const trigger = {
      id: `trigger-${suffix}`,
      ...common,
      status: 'Enabled',
      systemName: seed.trigger.systemName,
      triggerParameters: seed.trigger.triggerParameters ?? {},
      executionParameters: executionParameters(seed.trigger.systemName),
    };
    const workflowActions = seed.actions.map(({ type, catalogItemId, profileId = P.default }) => ({
      reach_profile_id: profileId,
      type,
      catalog_item_id: catalogItemId,
    }));
    const actions = {
      id: `actions-${suffix}`,
      ...common,
      status: 'Enabled',
      workflowId: 'publishing_workflow_dag',
      workflowActions,
    };
    state.agentTriggers[trigger.id] = trigger;
    state.agentActions[actions.id] = actions;
    state.agents[seed.id] = {
      id: seed.id,
      ...common,
      name: seed.name,
      description: seed.description,
      status: seed.status,
      triggerId: trigger.id,
      actionsId: actions.id,
    };
  }
  EXECUTION_SEEDS.forEach((seed, index) => {
    const agent = state.agents[seed.agentId];
    const createdAt = Math.floor(now - seed.hoursAgo * 3600);
    const steps = state.agentActions[agent.actionsId].workflowActions.map(
      (/** @type {Record<string, any>} */ action, /** @type {number} */ step) => {
        const { task, status = 'Running', error } = seed.steps[step];
        /** @type {Record<string, any>} */
        const seeded = {
          type: action.type,
          catalogItemId: action.catalog_item_id,
          reachProfileId: action.reach_profile_id,
          status,
          ...(task ? { entryVendorTaskId: String(task) } : {}),
          ...(error ? { errorCode: error.code, errorMessage: error.message } : {}),
        };
        if (task) followTask(state, seeded);
        return seeded;
      },
    );
    state.agentExecutions[seed.id] = {
      id: seed.id,
      traceId: `5eed${String(index + 1).padStart(28, '0')}`,
      partnerId: agent.partnerId,
      agentId: agent.id,
      entryId: seed.entryId,
      triggerSystemName: state.agentTriggers[agent.triggerId].systemName,
      status: executionStatus(steps),
      createdAt,
      updatedAt: createdAt,
      steps,
    };
  });
}
