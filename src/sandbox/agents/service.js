// @ts-check
/**
 * The Agents Manager's calls, per partner (architecture.md "Agents Manager"). Documented ones are shaped
 * as KALTURA_AGENTS_MANAGER_API.md: actionDefinition/list, trigger/create|delete, actions/create|delete,
 * agent/create|list|delete. Assumed (ours): agent/get|update|run, trigger/get|update, actions/get|update,
 * execution/list|get. Objects keep `partnerId` as a number in the state and answer it as a string, as
 * the guide's examples do; times are unix seconds on the sandbox clock.
 */
import { canEditEntry, findEntry } from '../access.js';
import { ACTION_TYPES, enabledItemsFor, isReachAction, listActionDefinitions } from './action-definitions.js';
import {
  DELETED,
  DISABLED,
  ENABLED,
  EXECUTION_STATUSES,
  isActive,
  newAgentsId,
  startExecution,
  TRIGGERS,
} from './engine.js';
import {
  arrayField,
  forbidden,
  idField,
  integerIdField,
  isGiven,
  notFound,
  objectField,
  oneOfField,
  stringField,
  validationError,
} from './errors.js';
import { ReachProfileStatus } from '../reach/enums.js';

const WORKFLOW_ID = 'publishing_workflow_dag';
const STATUSES = /** @type {const} */ ([ENABLED, DISABLED]);
const MAX_NAME = 256;
const MAX_DESCRIPTION = 2000;
const MAX_WORKFLOW_ACTIONS = 20;
const MAX_CATEGORY_IDS = 100;
const MAX_RUN_ENTRIES = 100;
const DEFAULT_PAGE_SIZE = 30;
const MAX_PAGE_SIZE = 500;

/**
 * @typedef {import('../dispatch.js').ActionContext & { partnerId: number, ks: import('../dispatch.js').KsContext }} AgentsCtx
 * @typedef {Record<string, any>} Stored
 * @typedef {{ run: (ctx: AgentsCtx, body: Record<string, any>) => unknown, writes?: boolean, admin?: boolean }} Route
 *   `admin`: only a session holding ADMIN_BASE may call it (sandbox choice: basic USER sessions read and run, they do not manage)
 */

/** @param {AgentsCtx} ctx @param {Stored | undefined} object */
const ownObject = (ctx, object) => object && object.partnerId === ctx.partnerId && object.status !== DELETED;

/**
 * @param {AgentsCtx} ctx @param {'agents' | 'agentTriggers' | 'agentActions' | 'agentExecutions'} collection
 * @param {string} what @param {Record<string, any>} body @param {string} [field]
 */
function requireOwn(ctx, collection, what, body, field = 'id') {
  const id = idField(body, field);
  const object = ctx.state[collection][id];
  if (!ownObject(ctx, object)) throw notFound(what, id);
  return object;
}

/** @param {Stored} object */
const withPartner = (object) => ({ ...object, partnerId: String(object.partnerId) });

/** @param {AgentsCtx} ctx @param {Stored} agent */
function agentWithInlines(ctx, agent) {
  const trigger = ctx.state.agentTriggers[agent.triggerId];
  const actions = ctx.state.agentActions[agent.actionsId];
  return {
    ...withPartner(agent),
    trigger: trigger ? withPartner(trigger) : null,
    actions: actions ? withPartner(actions) : null,
  };
}

/**
 * @param {AgentsCtx} ctx @param {string} systemName @param {Record<string, any> | undefined} parameters
 * @returns {Record<string, any>}
 */
function validTriggerParameters(ctx, systemName, parameters = {}) {
  if (systemName !== 'ENTRY_ADDED_TO_CATEGORY') return {};
  const categoryIds = /** @type {unknown[]} */ (
    arrayField(parameters, 'categoryIds', {
      min: 1,
      max: MAX_CATEGORY_IDS,
      required: true,
      path: 'triggerParameters.categoryIds',
    })
  );
  const ids = categoryIds.map((id, index) => integerIdField({ id }, 'id', `triggerParameters.categoryIds[${index}]`));
  const unknown = ids.find((id) => ctx.state.categories[id]?.partnerId !== ctx.partnerId);
  if (unknown !== undefined) throw validationError('triggerParameters.categoryIds', `Category ${unknown} not found`);
  const include = parameters.includeSubcategories ?? false;
  if (typeof include !== 'boolean')
    throw validationError(
      'triggerParameters.includeSubcategories',
      'triggerParameters.includeSubcategories must be a boolean',
    );
  return { categoryIds: [...new Set(ids)], includeSubcategories: include };
}

/** What a trigger is given on create (the guide: "auto-generated"). @param {string} systemName */
export const executionParameters = (systemName) =>
  systemName === 'RUN_ON_DEMAND' ? { mode: 'on_demand' } : { mode: 'event', eventType: systemName };

/**
 * Each workflow action: a known type; REACH ones with an enabled catalog item of that type and an
 * active REACH profile of the partner.
 * @param {AgentsCtx} ctx @param {Record<string, any>} body
 */
function validWorkflowActions(ctx, body) {
  const actions = /** @type {unknown[]} */ (
    arrayField(body, 'workflowActions', { min: 1, max: MAX_WORKFLOW_ACTIONS, required: true })
  );
  return actions.map((action, index) => {
    const path = `workflowActions[${index}]`;
    if (typeof action !== 'object' || action === null || Array.isArray(action))
      throw validationError(path, `${path} must be an object`);
    const given = /** @type {Record<string, any>} */ (action);
    const type = /** @type {string} */ (
      oneOfField(given, 'type', ACTION_TYPES, { required: true, path: `${path}.type` })
    );
    if (!isReachAction(type)) return { type };
    const catalogItemId = integerIdField(given, 'catalog_item_id', `${path}.catalog_item_id`);
    if (!enabledItemsFor(ctx.state, ctx.partnerId, type).some((item) => item.id === catalogItemId)) {
      throw validationError(
        `${path}.catalog_item_id`,
        `Catalog item ${catalogItemId} is not an enabled ${type} item of the account`,
      );
    }
    const profileId = integerIdField(given, 'reach_profile_id', `${path}.reach_profile_id`);
    const profile = ctx.state.reachProfiles[profileId];
    if (!profile || profile.partnerId !== ctx.partnerId || profile.status !== ReachProfileStatus.ACTIVE) {
      throw validationError(
        `${path}.reach_profile_id`,
        `REACH profile ${profileId} is not an active profile of the account`,
      );
    }
    return { reach_profile_id: profileId, type, catalog_item_id: catalogItemId };
  });
}

/** @param {Record<string, any>} body */
function validWorkflowId(body) {
  const workflowId = stringField(body, 'workflowId', { max: 64, required: true });
  if (workflowId !== WORKFLOW_ID) throw validationError('workflowId', `workflowId must be "${WORKFLOW_ID}"`);
  return workflowId;
}

/** @param {AgentsCtx} ctx @param {Stored} object */
function touch(ctx, object) {
  object.updatedAt = Math.floor(ctx.clock.now());
  return object;
}

/** @param {AgentsCtx} ctx @param {'agents' | 'agentTriggers' | 'agentActions'} collection @param {Stored} object */
function insert(ctx, collection, object) {
  const now = Math.floor(ctx.clock.now());
  /** @type {Stored} */
  const stored = { ...object, createdAt: now, updatedAt: now };
  ctx.state[collection][stored.id] = stored;
  return stored;
}

/**
 * An agent may be Enabled only while its trigger and actions are (the guide: "enable the trigger and
 * actions first").
 * @param {AgentsCtx} ctx @param {Stored} agent
 */
function assertCanEnable(ctx, agent) {
  if (agent.status === ENABLED && !isActive(ctx.state, agent)) {
    throw validationError('status', 'An agent can be Enabled only while its trigger and actions exist and are Enabled');
  }
}

/**
 * pager {pageIndex (from 0, as kmc-ng sends it), pageSize (1–500, default 30)}.
 * @template T @param {T[]} items @param {Record<string, any>} body
 */
function page(items, body) {
  const pager = objectField(body, 'pager') ?? {};
  const pageIndex = isGiven(pager.pageIndex) ? pager.pageIndex : 0;
  const pageSize = isGiven(pager.pageSize) ? pager.pageSize : DEFAULT_PAGE_SIZE;
  if (!Number.isSafeInteger(pageIndex) || pageIndex < 0)
    throw validationError('pager.pageIndex', 'pager.pageIndex must be an integer from 0');
  if (!Number.isSafeInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw validationError('pager.pageSize', `pager.pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return { totalCount: items.length, objects: items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize) };
}

/**
 * Newest first (ties: newest id first) or oldest first.
 * @param {Stored[]} items @param {Record<string, any>} body
 */
function ordered(items, body) {
  const orderBy = oneOfField(body, 'orderBy', ['-createdAt', '+createdAt', 'createdAt']) ?? '-createdAt';
  const sign = orderBy === '-createdAt' ? -1 : 1;
  return items.sort((a, b) => sign * (a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/**
 * `{id}` → the object, kept with status Deleted (hidden from then on).
 * @param {'agents' | 'agentTriggers' | 'agentActions'} collection @param {string} what
 * @returns {Route}
 */
function deleteRoute(collection, what) {
  return {
    admin: true,
    writes: true,
    run: (ctx, body) =>
      withPartner(touch(ctx, Object.assign(requireOwn(ctx, collection, what, body), { status: DELETED }))),
  };
}

/** @param {AgentsCtx} ctx @param {Record<string, any>} body */
function runAgent(ctx, body) {
  const agent = requireOwn(ctx, 'agents', 'Agent', body);
  if (ctx.state.agentTriggers[agent.triggerId]?.systemName !== 'RUN_ON_DEMAND') {
    throw validationError('id', 'Only agents triggered RUN_ON_DEMAND can be run; the others fire on their events');
  }
  if (!isActive(ctx.state, agent)) throw validationError('id', 'The agent, its trigger or its actions are not Enabled');
  const entryIds = /** @type {unknown[]} */ (
    arrayField(body, 'entryIds', { min: 1, max: MAX_RUN_ENTRIES, required: true })
  );
  const entries = [...new Set(entryIds.map((id, index) => idField({ id }, 'id', `entryIds[${index}]`)))].map((id) => {
    const entry = findEntry(ctx, id);
    if (!entry) throw validationError('entryIds', `Entry ${id} not found`);
    // A USER session runs agents on the entries it may edit (access.js), as it orders REACH for them.
    if (!canEditEntry(ctx, entry)) throw forbidden(`This session may not run agents on entry ${id}`, 'entryIds');
    return entry;
  });
  const now = ctx.clock.now();
  return { objects: entries.map((entry) => startExecution(ctx, agent, entry, now)).map(withPartner) };
}

/**
 * Each agent's newest execution on the account (ties: newest id), by agent id.
 * @param {AgentsCtx} ctx @returns {Map<string, Stored>}
 */
function latestExecutions(ctx) {
  const latest = new Map();
  for (const execution of ordered(
    Object.values(ctx.state.agentExecutions).filter((run) => run.partnerId === ctx.partnerId),
    {},
  )) {
    if (!latest.has(execution.agentId)) latest.set(execution.agentId, execution);
  }
  return latest;
}

/** @param {AgentsCtx} ctx @param {Record<string, any>} body */
function listExecutions(ctx, body) {
  const agentId = stringField(body, 'agentId', { max: 64 });
  const entryId = stringField(body, 'entryId', { max: 64 });
  const statuses = arrayField(body, 'status', { min: 1, max: EXECUTION_STATUSES.length });
  statuses?.forEach((status, index) =>
    oneOfField({ status }, 'status', EXECUTION_STATUSES, { path: `status[${index}]` }),
  );
  const matches = Object.values(ctx.state.agentExecutions).filter(
    (execution) =>
      execution.partnerId === ctx.partnerId &&
      (agentId === undefined || execution.agentId === agentId) &&
      (entryId === undefined || execution.entryId === entryId) &&
      (statuses === undefined || statuses.includes(execution.status)),
  );
  const result = page(ordered(matches, body), body);
  return { totalCount: result.totalCount, objects: result.objects.map(withPartner) };
}

/** @type {Record<string, Route>} keys `object/action`, lower case */
export const ROUTES = {
  'actiondefinition/list': { run: (ctx) => listActionDefinitions(ctx.state, ctx.partnerId) },

  'trigger/create': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const systemName = /** @type {string} */ (oneOfField(body, 'systemName', TRIGGERS, { required: true }));
      const triggerParameters = validTriggerParameters(ctx, systemName, objectField(body, 'triggerParameters'));
      const trigger = {
        id: newAgentsId(ctx.state, 'trigger'),
        partnerId: ctx.partnerId,
        status: ENABLED,
        systemName,
        executionParameters: executionParameters(systemName),
        triggerParameters,
      };
      return withPartner(insert(ctx, 'agentTriggers', trigger));
    },
  },
  'trigger/get': { run: (ctx, body) => withPartner(requireOwn(ctx, 'agentTriggers', 'Trigger', body)) },
  'trigger/update': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const trigger = requireOwn(ctx, 'agentTriggers', 'Trigger', body);
      const systemName = oneOfField(body, 'systemName', TRIGGERS) ?? trigger.systemName;
      const parameters =
        objectField(body, 'triggerParameters') ??
        (systemName === trigger.systemName ? trigger.triggerParameters : undefined);
      trigger.triggerParameters = validTriggerParameters(ctx, systemName, parameters);
      trigger.systemName = systemName;
      trigger.executionParameters = executionParameters(systemName);
      trigger.status = oneOfField(body, 'status', STATUSES) ?? trigger.status;
      return withPartner(touch(ctx, trigger));
    },
  },
  'trigger/delete': deleteRoute('agentTriggers', 'Trigger'),

  'actions/create': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const workflowId = validWorkflowId(body);
      const actions = {
        id: newAgentsId(ctx.state, 'actions'),
        partnerId: ctx.partnerId,
        status: ENABLED,
        workflowId,
        workflowActions: validWorkflowActions(ctx, body),
      };
      return withPartner(insert(ctx, 'agentActions', actions));
    },
  },
  'actions/get': { run: (ctx, body) => withPartner(requireOwn(ctx, 'agentActions', 'Actions', body)) },
  'actions/update': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const actions = requireOwn(ctx, 'agentActions', 'Actions', body);
      if (isGiven(body.workflowId)) actions.workflowId = validWorkflowId(body);
      if (isGiven(body.workflowActions)) actions.workflowActions = validWorkflowActions(ctx, body);
      actions.status = oneOfField(body, 'status', STATUSES) ?? actions.status;
      return withPartner(touch(ctx, actions));
    },
  },
  'actions/delete': deleteRoute('agentActions', 'Actions'),

  'agent/create': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const name = stringField(body, 'name', { max: MAX_NAME, required: true });
      const description = stringField(body, 'description', { max: MAX_DESCRIPTION }) ?? '';
      const trigger = requireOwn(ctx, 'agentTriggers', 'Trigger', body, 'triggerId');
      const actions = requireOwn(ctx, 'agentActions', 'Actions', body, 'actionsId');
      const status = oneOfField(body, 'status', STATUSES, { required: true });
      const agent = {
        id: newAgentsId(ctx.state, 'agent'),
        partnerId: ctx.partnerId,
        name,
        description,
        status,
        triggerId: trigger.id,
        actionsId: actions.id,
      };
      assertCanEnable(ctx, agent);
      return agentWithInlines(ctx, insert(ctx, 'agents', agent));
    },
  },
  'agent/list': {
    run(ctx, body) {
      const agents = Object.values(ctx.state.agents).filter((agent) => ownObject(ctx, agent));
      const result = page(ordered(agents, body), body);
      const latest = latestExecutions(ctx);
      // The guide's example shows triggerId / actionsId; kmc-ng also reads the inline trigger: both are given.
      // lastExecution (not in the guide; the client's adapter reads it when given) saves one execution/list per list.
      return {
        totalCount: result.totalCount,
        objects: result.objects.map((agent) => {
          const last = latest.get(agent.id);
          return { ...agentWithInlines(ctx, agent), lastExecution: last ? withPartner(last) : null };
        }),
      };
    },
  },
  'agent/get': { run: (ctx, body) => agentWithInlines(ctx, requireOwn(ctx, 'agents', 'Agent', body)) },
  'agent/update': {
    admin: true,
    writes: true,
    run(ctx, body) {
      const agent = requireOwn(ctx, 'agents', 'Agent', body);
      agent.name = stringField(body, 'name', { max: MAX_NAME, required: isGiven(body.name) }) ?? agent.name;
      agent.description = stringField(body, 'description', { max: MAX_DESCRIPTION }) ?? agent.description;
      agent.status = oneOfField(body, 'status', STATUSES) ?? agent.status;
      assertCanEnable(ctx, agent);
      return agentWithInlines(ctx, touch(ctx, agent));
    },
  },
  // No cascade: the trigger and the actions stay until deleted themselves (the guide, §6).
  'agent/delete': deleteRoute('agents', 'Agent'),
  'agent/run': { writes: true, run: runAgent },

  'execution/list': { run: listExecutions },
  'execution/get': { run: (ctx, body) => withPartner(requireOwn(ctx, 'agentExecutions', 'Execution', body)) },
};

/** Calls whose guide (or contract) lists `partnerId` among the body fields. */
export const PARTNER_ID_REQUIRED = new Set([
  'actiondefinition/list',
  'trigger/create',
  'actions/create',
  'agent/create',
  'agent/list',
  'execution/list',
]);
