// @ts-check
/**
 * The agent engine. An Enabled agent whose trigger is Enabled fires on the platform events of its
 * partner's entries (ENTRY_READY ← entryReady, ENTRY_UPDATED ← entryUpdated, ENTRY_ADDED_TO_CATEGORY ←
 * categoryEntryAdded for its categories, or any below them with includeSubcategories); RUN_ON_DEMAND
 * agents run only through `agent/run`. Each firing or run is an execution whose steps order the agent's
 * REACH actions through `orderTask` — the same path and rules as `entryVendorTask.add` — with
 * creationMode AUTOMATIC, the action's profile and the entry's owner as user. The execution then follows
 * its tasks lazily on the sandbox clock, as the vendor simulator does.
 */
import { randomBytes } from 'node:crypto';
// The platform's and REACH's clock hooks (entries turning READY, vendors working) must run before the
// engine's, so that an execution follows its tasks in the same call: importing them first registers them first.
import '../services/index.js';
import '../reach/index.js';
import { ApiError } from '../errors.js';
import { onPlatformEvent } from '../events.js';
import { rawOf } from '../journal.js';
import { onClockTick } from '../registry.js';
import { nextId } from '../store.js';
import { CreationMode, TaskStatus } from '../reach/enums.js';
import { FINAL_STATUSES } from '../reach/lifecycle.js';
import { orderTask } from '../reach/task-service.js';
import { EntryStatus, MediaType } from '../../reach/wire-enums.js';
import { isReachAction } from './action-definitions.js';

export const ENABLED = 'Enabled';
export const DISABLED = 'Disabled';
export const DELETED = 'Deleted';
export const TRIGGERS = /** @type {const} */ ([
  'ENTRY_READY',
  'ENTRY_UPDATED',
  'ENTRY_ADDED_TO_CATEGORY',
  'RUN_ON_DEMAND',
]);
export const EXECUTION_STATUSES = /** @type {const} */ (['Pending', 'Running', 'Succeeded', 'Failed', 'Skipped']);
/** Which platform event fires which trigger. */
const EVENT_TRIGGERS = {
  entryReady: 'ENTRY_READY',
  entryUpdated: 'ENTRY_UPDATED',
  categoryEntryAdded: 'ENTRY_ADDED_TO_CATEGORY',
};
/**
 * REACH refusals that mean "this action does not apply to this entry" (Skipped); any other refusal —
 * credit, profile, catalog — is a failure of the agent's set-up (Failed).
 */
const SKIPPING_ERRORS = new Set([
  'ENTRY_VENDOR_TASK_DUPLICATION',
  'ENTRY_TOO_SHORT',
  'FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY',
  'ENTRY_TYPE_NOT_SUPPORTED',
  'TASK_NOT_CREATED',
  'REQUIRE_CAPTION',
]);
/** Entry statuses on the way to READY: an on-demand step waits for them instead of failing. */
const CONVERTING = new Set([EntryStatus.IMPORT, EntryStatus.PRECONVERT, EntryStatus.PENDING]);
const CAPTION_READY = 2;
/** Task outcomes a step reports when its task ends without output. */
const TASK_FAILURES = {
  [TaskStatus.ERROR]: { errorCode: 'TASK_ERROR', errorMessage: 'The vendor could not complete the task' },
  [TaskStatus.REJECTED]: { errorCode: 'TASK_REJECTED', errorMessage: 'The task was rejected in moderation' },
  [TaskStatus.ABORTED]: { errorCode: 'TASK_ABORTED', errorMessage: 'The task was aborted' },
};

/** @typedef {import('../dispatch.js').ActionContext} Ctx */
/** @typedef {Record<string, any>} Stored */

/** @param {Stored} state @param {number} partnerId */
export function agentsEnabled(state, partnerId) {
  const partner = state.partners[String(partnerId)];
  // Agents ride on REACH; a partner may also be flagged without them (`agentsEnabled: false`).
  return Boolean(partner && (partner.agentsEnabled ?? partner.reachEnabled));
}

/**
 * A new id of an Agents Manager object, deterministic so runs are reproducible.
 * @param {Stored} state @param {'agent' | 'trigger' | 'actions' | 'execution'} kind
 */
export function newAgentsId(state, kind) {
  return `${kind.slice(0, 3)}_${String(nextId(state, `agents.${kind}`)).padStart(8, '0')}`;
}

/** @param {Stored} entry */
const isVideoOrAudio = (entry) =>
  String(entry.type ?? '1') === '1' &&
  [MediaType.VIDEO, MediaType.AUDIO].includes(/** @type {1 | 5} */ (Number(entry.mediaType)));

/**
 * Orders as the automation of the entry's partner: the entry's owner is the task's user.
 * @param {Stored} entry @returns {import('../reach/task-service.js').Orderer}
 */
const agentOrderer = (entry) => ({
  partnerId: Number(entry.partnerId),
  userId: entry.userId ?? '',
  creationMode: CreationMode.AUTOMATIC,
  // No administrator stands behind an automatic order: the profile's moderation settings apply.
  moderated: true,
});

/**
 * Starts one execution of `agent` on `entry` and orders what can be ordered now.
 * @param {Ctx} ctx @param {Stored} agent @param {Stored} entry @param {number} at sandbox seconds
 */
export function startExecution(ctx, agent, entry, at) {
  const { state } = ctx;
  const trigger = state.agentTriggers[agent.triggerId];
  const actions = state.agentActions[agent.actionsId];
  const createdAt = Math.floor(at);
  /** @type {Stored} */
  const execution = {
    id: newAgentsId(state, 'execution'),
    traceId: randomBytes(16).toString('hex'),
    partnerId: agent.partnerId,
    agentId: agent.id,
    entryId: entry.id,
    triggerSystemName: trigger?.systemName,
    status: 'Pending',
    createdAt,
    updatedAt: createdAt,
    steps: (actions?.workflowActions ?? []).map((/** @type {Stored} */ action) => ({
      type: action.type,
      catalogItemId: action.catalog_item_id ?? null,
      reachProfileId: action.reach_profile_id ?? null,
      status: 'Pending',
    })),
  };
  state.agentExecutions[execution.id] = execution;
  advanceExecution(ctx, execution);
  return execution;
}

/**
 * Brings an execution up to date: orders the steps that can be ordered, follows ordered tasks, and
 * derives the execution's status from its steps.
 * @param {Ctx} ctx @param {Stored} execution
 */
function advanceExecution(ctx, execution) {
  const entry = ctx.state.entries[execution.entryId];
  for (const step of execution.steps) {
    if (step.status === 'Pending') orderStep(ctx, execution, step, entry);
    else if (step.status === 'Running') followTask(ctx.state, step);
  }
  const status = executionStatus(execution.steps);
  if (status !== execution.status) {
    execution.status = status;
    execution.updatedAt = Math.max(execution.createdAt, Math.floor(ctx.clock.now()));
  }
}

/**
 * @param {Ctx} ctx @param {Stored} execution @param {Stored} step @param {Stored | undefined} entry
 */
function orderStep(ctx, execution, step, entry) {
  if (!isReachAction(step.type)) {
    // Native publish_entry: the sandbox has no publishing destinations; the step completes at once.
    step.status = 'Succeeded';
    return;
  }
  if (entry && CONVERTING.has(entry.status)) return;
  try {
    if (entry && !isVideoOrAudio(entry)) {
      // Agents act on video and audio only; REACH's own refusal names the reason.
      const item = ctx.state.catalogItems[step.catalogItemId];
      throw new ApiError('FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY', { FEATURE: item?.serviceFeature, ID: entry.id });
    }
    /** @type {Stored} */
    const input = {
      objectType: 'KalturaEntryVendorTask',
      entryId: execution.entryId,
      catalogItemId: step.catalogItemId,
      reachProfileId: step.reachProfileId,
    };
    if (step.type === 'translation' && entry) {
      const source = sourceCaption(ctx.state, entry, step.catalogItemId);
      // Translation needs captions: wait for the captions this execution ordered, or skip (REQUIRE_CAPTION).
      if (
        !source &&
        execution.steps.some((/** @type {Stored} */ other) => other.type === 'captions' && other.status === 'Running')
      )
        return;
      if (source) input.taskJobData = { objectType: 'KalturaTranslationVendorTaskData', captionAssetId: source.id };
    }
    const task = orderTask(ctx, input, agentOrderer(entry ?? { partnerId: execution.partnerId }));
    step.entryVendorTaskId = String(task.id);
    step.status = 'Running';
    followTask(ctx.state, step);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    step.status = SKIPPING_ERRORS.has(error.code) ? 'Skipped' : 'Failed';
    step.errorCode = error.code;
    step.errorMessage = error.message;
  }
}

/**
 * The entry's READY caption in the translation item's source language.
 * @param {Stored} state @param {Stored} entry @param {number} catalogItemId
 */
function sourceCaption(state, entry, catalogItemId) {
  const language = state.catalogItems[catalogItemId]?.sourceLanguage;
  // A read: scanned unwrapped, so that a writing call journals none of the captions.
  return Object.values(rawOf(state.captionAssets)).find(
    (caption) =>
      caption.entryId === entry.id &&
      Number(caption.status) === CAPTION_READY &&
      (!language || caption.language === language),
  );
}

/**
 * A Running step takes its task's outcome once the task is final.
 * @param {Stored} state @param {Stored} step
 */
export function followTask(state, step) {
  const task = state.tasks.get(String(step.entryVendorTaskId));
  if (!task || !FINAL_STATUSES.has(task.status)) return;
  if (task.status === TaskStatus.READY) {
    step.status = 'Succeeded';
    return;
  }
  const failure = TASK_FAILURES[/** @type {5 | 6 | 7} */ (task.status)];
  step.status = 'Failed';
  step.errorCode = failure.errorCode;
  step.errorMessage = task.errDescription || failure.errorMessage;
}

/**
 * Running while a step is not done; then Skipped if every step was skipped, Failed if one failed,
 * else Succeeded.
 * @param {Stored[]} steps
 */
export function executionStatus(steps) {
  const statuses = steps.map((step) => step.status);
  if (statuses.length > 0 && statuses.every((status) => status === 'Pending')) return 'Pending';
  if (statuses.some((status) => status === 'Pending' || status === 'Running')) return 'Running';
  if (statuses.length > 0 && statuses.every((status) => status === 'Skipped')) return 'Skipped';
  return statuses.includes('Failed') ? 'Failed' : 'Succeeded';
}

/**
 * Does an event fire this trigger?
 * @param {Stored} state @param {Stored} trigger @param {import('../events.js').PlatformEvent} event
 */
function firesOn(state, trigger, event) {
  if (trigger.status !== ENABLED || trigger.systemName !== EVENT_TRIGGERS[event.type]) return false;
  if (event.type !== 'categoryEntryAdded') return true;
  const wanted = (trigger.triggerParameters?.categoryIds ?? []).map(String);
  const category = event.category;
  if (wanted.includes(String(category.id))) return true;
  // fullIds "1>5>9": the category and its ancestors; a subcategory matches when an ancestor is wanted.
  const ancestors = String(category.fullIds ?? '')
    .split('>')
    .slice(0, -1);
  return Boolean(trigger.triggerParameters?.includeSubcategories) && ancestors.some((id) => wanted.includes(id));
}

/**
 * Whether an agent may fire: it, its trigger and its actions are Enabled.
 * @param {Stored} state @param {Stored} agent
 */
export function isActive(state, agent) {
  return (
    agent.status === ENABLED &&
    state.agentTriggers[agent.triggerId]?.status === ENABLED &&
    state.agentActions[agent.actionsId]?.status === ENABLED
  );
}

onPlatformEvent((ctx, event) => {
  const { state } = ctx;
  // The event may come from another partner's call: the engine acts for the entry's partner.
  const partnerId = Number(event.entry.partnerId);
  if (!agentsEnabled(state, partnerId)) return;
  for (const agent of Object.values(state.agents)) {
    if (agent.partnerId !== partnerId || !isActive(state, agent)) continue;
    if (firesOn(state, state.agentTriggers[agent.triggerId], event)) startExecution(ctx, agent, event.entry, event.at);
  }
});

onClockTick((ctx) => {
  for (const execution of Object.values(ctx.state.agentExecutions)) {
    if (execution.status === 'Pending' || execution.status === 'Running') advanceExecution(ctx, execution);
  }
});
