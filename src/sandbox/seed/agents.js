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
 * @typedef {{ id: string, partnerId?: number, name: string, description: string, status: 'Enabled' | 'Disabled',
 *   systemName: string, triggerParameters?: Record<string, unknown>,
 *   actions: Array<{ type: string, catalogItemId: number, profileId?: number }>, daysAgo: number }} AgentSeed
 */

/** @type {AgentSeed[]} */
const AGENT_SEEDS = [
  {
    id: A.uploadCaptions,
    name: 'Publishing Agent: captions for every upload',
    status: 'Disabled',
    systemName: 'ENTRY_READY',
    daysAgo: 20,
    description: 'Orders English machine captions for each new entry once it is Ready.',
    actions: [{ type: 'captions', catalogItemId: C.machineCaptionsEnglish }],
  },
  {
    id: A.biologyCaptions,
    name: 'Caption Biology',
    status: 'Enabled',
    systemName: 'ENTRY_ADDED_TO_CATEGORY',
    daysAgo: 18,
    description: 'English machine captions for everything added to Biology and its subcategories.',
    triggerParameters: { categoryIds: [CAT.biology], includeSubcategories: true },
    actions: [{ type: 'captions', catalogItemId: C.machineCaptionsEnglish }],
  },
  {
    id: A.geneticsHumanCaptions,
    name: 'Professional captions for Genetics',
    status: 'Enabled',
    systemName: 'ENTRY_ADDED_TO_CATEGORY',
    daysAgo: 15,
    description: 'Human-verified English captions (3 days) for entries added to Genetics.',
    triggerParameters: { categoryIds: [CAT.genetics], includeSubcategories: false },
    actions: [{ type: 'captions', catalogItemId: C.humanCaptionsEnglish3Days }],
  },
  {
    id: A.onDemand,
    name: 'Accessibility pack',
    status: 'Enabled',
    systemName: 'RUN_ON_DEMAND',
    daysAgo: 12,
    description: 'English captions, then a Spanish translation, on the entries you choose.',
    // The unlimited profile pays, so the pending execution, which orders once its entry is READY, moves no other profile's credit.
    actions: [
      { type: 'captions', catalogItemId: C.machineCaptionsEnglish, profileId: P.unlimited },
      { type: 'translation', catalogItemId: C.machineTranslationEnglishToSpanish, profileId: P.unlimited },
    ],
  },
  {
    id: A.coursesTrialVendor,
    name: 'Caption Courses (trial vendor)',
    status: 'Disabled',
    systemName: 'ENTRY_ADDED_TO_CATEGORY',
    daysAgo: 10,
    description: 'Tried a new captions vendor on Courses; deactivated after it failed.',
    triggerParameters: { categoryIds: [CAT.courses], includeSubcategories: true },
    actions: [{ type: 'captions', catalogItemId: C.machineCaptionsEnglishFlaky }],
  },
  {
    id: A.otherPartnerOnDemand,
    partnerId: SEED.otherPartner,
    name: 'Caption on demand',
    status: 'Enabled',
    systemName: 'RUN_ON_DEMAND',
    daysAgo: 30,
    description: 'English machine captions on chosen entries.',
    actions: [{ type: 'captions', catalogItemId: C.machineCaptionsEnglish, profileId: P.otherPartner }],
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
      systemName: seed.systemName,
      triggerParameters: seed.triggerParameters ?? {},
      executionParameters: executionParameters(seed.systemName),
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
