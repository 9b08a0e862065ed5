// @ts-check
/** reach_entryvendortask: add, get, list, update, approve, reject, abort, exportToCsv (kaltura-rules §3.2, §4). */
import { randomBytes } from 'node:crypto';
import { findEntry, findPartnerEntry } from '../access.js';
import { ApiError } from '../errors.js';
import { containsText, listResponse, pageOf, sortByOrder } from '../lists.js';
import {
  applyInput,
  defineService,
  isSet,
  NULL_FIELD,
  serializeOnce,
  validateForInsert,
  validateForUpdate,
} from '../registry.js';
import { onCommit } from '../journal.js';
import { EntryStatus, EntryType, MediaType } from '../../reach/wire-enums.js';
import { Permission } from '../roles.js';
import { nextId } from '../store.js';
import { csvDownloadUrl } from '../download-urls.js';
import { flavorsOf } from '../services/assets.js';
import { findCatalogItem, partnerCatalogItem } from './catalog-service.js';
import { hasEnoughCredit, isCreditActive } from './credit.js';
import { tasksToCsv } from './csv.js';
import {
  CreationMode,
  EntryObjectType,
  ReachProfileStatus,
  ServiceFeature as F,
  ServiceType,
  TaskStatus,
} from './enums.js';
import { conditionValue, filterConditions } from './filtering.js';
import {
  changeStatus,
  createTaskRecord,
  derivedFromTasks,
  FINAL_STATUSES,
  noteTaskChange,
  tasksOfEntry,
} from './lifecycle.js';
import { findProfile } from './profile-service.js';
import { pricingUnits, requiresPayment, taskPrice } from './pricing.js';

/** Entry types REACH accepts (reach_supported_entry_types). */
const SUPPORTED_ENTRY_TYPES = new Set(
  /** @type {string[]} */ ([EntryType.MEDIA_CLIP, EntryType.LIVE_STREAM, EntryType.DOCUMENT]),
);
/** VendorCatalogItem::MINIMUM_DURATION_IN_SECONDS, enforced for captions-family and audio items. */
const MINIMUM_DURATION_SECONDS = 10;
const MINIMUM_DURATION_FEATURES = new Set([
  F.CAPTIONS,
  F.TRANSLATION,
  F.AUDIO_DESCRIPTION,
  F.EXTENDED_AUDIO_DESCRIPTION,
  F.DUBBING,
]);
/** Statuses that make an existing task count for duplicate detection (kaltura-rules §4.5). */
const EXISTING_STATUSES = new Set([
  TaskStatus.PROCESSING,
  TaskStatus.READY,
  TaskStatus.PENDING,
  TaskStatus.PENDING_MODERATION,
  TaskStatus.PENDING_ENTRY_READY,
]);
const ACTIVE_STATUSES = new Set([TaskStatus.PROCESSING, TaskStatus.PENDING, TaskStatus.PENDING_MODERATION]);
const ABORTABLE_STATUSES = new Set([TaskStatus.PENDING_MODERATION, TaskStatus.PENDING, TaskStatus.SCHEDULED]);
/** Required job-data fields per class (each class's validateForInsert). */
const REQUIRED_JOB_DATA = /** @type {Record<string, string[]>} */ ({
  KalturaClipsVendorTaskData: ['clipsDuration'],
  KalturaSummaryVendorTaskData: ['typeOfSummary', 'writingStyle'],
  KalturaAlignmentVendorTaskData: ['textTranscriptAssetId'],
  KalturaSpeechToVideoVendorTaskData: ['avatarId'],
  KalturaImmersiveAgentCallVendorTaskData: ['callId'],
});
/**
 * Orderable fields. Plain property reads, not `task[field]`: sorting a list reads them for every task.
 * @type {Record<string, (task: Record<string, any>) => number>}
 */
const ORDERABLE = {
  id: (task) => Number(task.id),
  createdAt: (task) => Number(task.createdAt ?? 0),
  updatedAt: (task) => Number(task.updatedAt ?? 0),
  queueTime: (task) => Number(task.queueTime ?? 0),
  finishTime: (task) => Number(task.finishTime ?? 0),
  status: (task) => Number(task.status ?? 0),
  price: (task) => Number(task.price ?? 0),
  expectedFinishTime: (task) => Number(task.expectedFinishTime ?? 0),
};

/** @typedef {import('../dispatch.js').ActionContext} Ctx */

/**
 * The partner's task, hidden once ABORTED (EntryVendorTaskPeer default criteria).
 * @param {Ctx} ctx @param {unknown} id
 */
function requireTask(ctx, id) {
  const task = ctx.state.tasks.get(String(id));
  if (!task || task.partnerId !== ctx.partnerId || task.status === TaskStatus.ABORTED)
    throw new ApiError('ENTRY_VENDOR_TASK_NOT_FOUND', { ID: id });
  return task;
}

/** approve/reject/abort first find the task, then its entry. @param {Ctx} ctx @param {unknown} id */
function requireTaskAndEntry(ctx, id) {
  const task = requireTask(ctx, id);
  if (!findEntry(ctx, task.entryId)) throw new ApiError('ENTRY_ID_NOT_FOUND', { ENTRY_ID: task.entryId });
  return task;
}

/** partnerData must decode to a JSON object (`""`, `"[]"`, `"1"` fail). @param {unknown} partnerData */
function assertPartnerData(partnerData) {
  if (!isSet(partnerData)) return;
  let decoded;
  try {
    decoded = JSON.parse(String(partnerData));
  } catch {
    decoded = undefined;
  }
  if (typeof decoded !== 'object' || decoded === null || Array.isArray(decoded))
    throw new ApiError('PARTNER_DATA_NOT_VALID_JSON_STRING');
}

/** @param {Ctx} ctx @param {Record<string, any> | undefined} jobData */
function validateJobData(ctx, jobData) {
  if (!isSet(jobData) || !jobData) return;
  for (const prop of REQUIRED_JOB_DATA[jobData.objectType] ?? []) {
    if (!isSet(jobData[prop]))
      throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: `${jobData.objectType}::${prop}` });
  }
  if (jobData.objectType === 'KalturaTranslationVendorTaskData' && isSet(jobData.captionAssetId)) {
    const caption = ctx.state.captionAssets[jobData.captionAssetId];
    if (!caption || caption.partnerId !== ctx.partnerId)
      throw new ApiError('CAPTION_ASSET_ID_NOT_FOUND', { ID: jobData.captionAssetId });
  }
}

/**
 * isEntryTypeSupported per catalog item model (kaltura-rules §4.2 step 12).
 * @param {Record<string, any>} item @param {Record<string, any>} entry
 */
function isEntrySupported(item, entry) {
  const type = String(entry.type ?? EntryType.MEDIA_CLIP);
  const mediaType = entry.mediaType === undefined ? undefined : Number(entry.mediaType);
  switch (item.serviceFeature) {
    case F.VIDEO_ANALYSIS:
      return type === EntryType.MEDIA_CLIP && mediaType === MediaType.VIDEO;
    case F.DOCUMENT_ENRICHMENT:
      return type === EntryType.DOCUMENT || mediaType === MediaType.IMAGE;
    case F.LIVE_CAPTION:
    case F.LIVE_TRANSLATION:
    case F.INTELLIGENT_TAGGING:
    case F.SIGN_LANGUAGE:
      if (type === EntryType.LIVE_STREAM) return true;
      break;
  }
  return (
    type === EntryType.MEDIA_CLIP &&
    (mediaType === undefined || mediaType === MediaType.VIDEO || mediaType === MediaType.AUDIO)
  );
}

/**
 * Duplicate / version rules (kaltura-rules §4.5). Throws ENTRY_VENDOR_TASK_DUPLICATION, or returns the PENDING
 * tasks of other versions that the new order replaces (they are aborted once the order is accepted).
 * `anyTaskOfVersion`: profile rules (VendorCatalogItem::isDuplicateTask) count every task of the version,
 * even a READY one of an item that allows resubmission.
 * @param {Ctx} ctx @param {Record<string, any>} item @param {string} entryId @param {number} version @param {boolean} anyTaskOfVersion
 */
function tasksReplacedBy(ctx, item, entryId, version, anyTaskOfVersion) {
  // Found unwrapped (a read); only the siblings are taken through the call's view of the state.
  const siblings = [];
  for (const task of tasksOfEntry(ctx.state, entryId)) {
    if (task.partnerId === ctx.partnerId && task.catalogItemId === item.id) siblings.push(ctx.state.tasks.get(task.id));
  }
  siblings.sort((a, b) => Number(b.version) - Number(a.version) || Number(b.id) - Number(a.id));
  const duplicate = () =>
    new ApiError('ENTRY_VENDOR_TASK_DUPLICATION', {
      ENTRY_ID: entryId,
      CATALOG_ITEM_ID: item.id,
      VERSION: existing?.version ?? version,
    });
  const existing = siblings.find(
    (task) => EXISTING_STATUSES.has(task.status) && (version === 0 || Number(task.version) === version),
  );
  if (existing) {
    if (!item.allowResubmission || ACTIVE_STATUSES.has(existing.status) || anyTaskOfVersion) throw duplicate();
    return [];
  }
  const otherVersions = siblings.filter((task) => ACTIVE_STATUSES.has(task.status));
  const processing = otherVersions.find((task) => task.status === TaskStatus.PROCESSING);
  if (processing)
    throw new ApiError('ENTRY_VENDOR_TASK_DUPLICATION', {
      ENTRY_ID: entryId,
      CATALOG_ITEM_ID: item.id,
      VERSION: processing.version,
    });
  return otherVersions.filter((task) => task.status === TaskStatus.PENDING);
}

/** The version of the entry's original (source) flavor, or 0. @param {Ctx} ctx @param {string} entryId */
function sourceVersion(ctx, entryId) {
  const source = flavorsOf(ctx.state, entryId).find((flavor) => flavor.isOriginal);
  return source ? Number(source.version) || 0 : 0;
}

/**
 * Who orders a task, and how: a session calling `add`, or an automation (an agent, a profile rule)
 * acting for the entry's partner.
 * @typedef {{ partnerId: number, userId: string, creationMode: number, moderated: boolean,
 *   profileRule?: boolean }} Orderer
 *   `moderated`: whether the profile's moderation settings apply (never to admin sessions,
 *   kReachManager::getEntryVendorTaskStatus);
 *   `profileRule`: kReachManager's automatic path for REACH profile rules — the entry may still be converting
 *   (the task waits in PENDING_ENTRY_READY), translation needs no source caption, and every task of the
 *   version counts as a duplicate
 */

/** The session calling `reach_entryvendortask.add`. @param {Ctx} ctx @returns {Orderer} */
function sessionOrderer(ctx) {
  return {
    partnerId: Number(ctx.partnerId),
    userId: ctx.ks?.userId ?? '',
    creationMode: CreationMode.MANUAL,
    moderated: !ctx.ks?.isAdmin,
  };
}

/**
 * Orders a task under every rule of `add`, in the server's exact check order (kaltura-rules §4.2): the one path
 * for manual orders and for automations (agents, REACH profile rules), which pass their own `orderer`.
 * Throws the ApiError `add` would answer. The caller's `ctx` gives the state and the clock; the partner
 * is the orderer's.
 * @param {Ctx} callCtx @param {Record<string, any>} input a KalturaEntryVendorTask @param {Orderer} orderer
 */
export function orderTask(callCtx, input, orderer) {
  const ctx = /** @type {Ctx} */ ({ ...callCtx, partnerId: orderer.partnerId });
  const now = ctx.clock.now();
  // 2. mandatory ids
  if (!isSet(input.catalogItemId))
    throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'KalturaEntryVendorTask::catalogItemId' });
  const entryObjectType = input.entryObjectType ?? EntryObjectType.ENTRY;
  if (entryObjectType !== EntryObjectType.EXTERNAL_OBJECT && !isSet(input.entryId)) {
    throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'KalturaEntryVendorTask::entryId' });
  }
  // 3. the entry. The sandbox orders for entries only; ASSET and EXTERNAL_OBJECT tasks are not emulated.
  if (entryObjectType !== EntryObjectType.ENTRY)
    throw new ApiError('ENTRY_OBJECT_TYPE_NOT_SUPPORTED', { ENTRY_OBJECT_TYPE: entryObjectType });
  // No edit right is asked: the entry has only to be found — for a session, one it is entitled to (kaltura-rules
  // §6.4); automations act for the partner, whatever session's call they run in.
  const isSession = orderer.creationMode === CreationMode.MANUAL;
  const entry = isSession ? findEntry(ctx, input.entryId) : findPartnerEntry(ctx, input.entryId);
  if (!entry) throw new ApiError('ENTRY_ID_NOT_FOUND', { ENTRY_ID: input.entryId });
  if (entry.status !== EntryStatus.READY && !orderer.profileRule)
    throw new ApiError('ENTRY_NOT_READY_FOR_ORDER', { STATUS: entry.status });
  if (!SUPPORTED_ENTRY_TYPES.has(String(entry.type ?? EntryType.MEDIA_CLIP)))
    throw new ApiError('ENTRY_TYPE_NOT_SUPPORTED', { TYPE: entry.type });
  // 4.–5. partner data and job data
  assertPartnerData(input.partnerData);
  validateJobData(ctx, input.taskJobData);
  // 6. catalog item
  const item = findCatalogItem(ctx.state, input.catalogItemId);
  if (!item) throw new ApiError('CATALOG_ITEM_NOT_FOUND', { ID: input.catalogItemId });
  // 7. generic insert validation; vendor-only fields are dropped for partner sessions
  validateForInsert(input, { mayUse: () => false });
  // 8.–9. enabled for the account, profile
  const enabled = partnerCatalogItem(ctx.state, ctx.partnerId, item.id);
  if (!enabled) throw new ApiError('CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT', { ID: item.id });
  const profileId = isSet(input.reachProfileId) ? input.reachProfileId : enabled.defaultReachProfileId;
  if (!isSet(profileId))
    throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'KalturaEntryVendorTask::reachProfileId' });
  const profile = findProfile(ctx, profileId);
  if (!profile || profile.status !== ReachProfileStatus.ACTIVE)
    throw new ApiError('REACH_PROFILE_NOT_FOUND', { ID: profileId });
  // 10. units
  const paying = requiresPayment(item);
  const unitsUsed = paying ? pricingUnits(item, input, entry) : null;
  // 11.–13. what the item accepts
  const seconds = (entry.msDuration ?? 0) / 1000;
  if (MINIMUM_DURATION_FEATURES.has(item.serviceFeature) && seconds < MINIMUM_DURATION_SECONDS)
    throw new ApiError('ENTRY_TOO_SHORT', { ENTRY_ID: entry.id });
  if (item.serviceFeature === F.VIDEO_ANALYSIS && item.maxVideoDuration && seconds > item.maxVideoDuration) {
    throw new ApiError('FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY', { FEATURE: item.serviceFeature, ID: entry.id });
  }
  if (!isEntrySupported(item, entry))
    throw new ApiError('FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY', { FEATURE: item.serviceFeature, ID: entry.id });
  const hasSourceCaption =
    input.taskJobData?.objectType === 'KalturaTranslationVendorTaskData' && isSet(input.taskJobData.captionAssetId);
  if (
    item.serviceFeature === F.TRANSLATION &&
    item.requireSource !== false &&
    !hasSourceCaption &&
    !orderer.profileRule
  ) {
    throw new ApiError('REQUIRE_CAPTION', { CATALOG_ITEM_ID: item.id });
  }
  // 14. credit
  const price = paying ? taskPrice(item, unitsUsed) : 0;
  if (paying) {
    if (!isCreditActive(profile.credit, now))
      throw new ApiError('CREDIT_EXPIRED', { ENTRY_ID: entry.id, CATALOG_ITEM_ID: item.id });
    if (!item.payPerUse && unitsUsed === null)
      throw new ApiError('MISSING_MANDATORY_PARAMETER', { PARAM_NAME: 'unitsUsed' });
    if (!hasEnoughCredit(profile, price, Boolean(item.payPerUse), now)) {
      throw new ApiError('EXCEEDED_MAX_CREDIT_ALLOWED', { ENTRY_ID: entry.id, CATALOG_ITEM_ID: item.id });
    }
  }
  // 15. duplicates
  const version = sourceVersion(ctx, entry.id);
  const replaced = tasksReplacedBy(ctx, item, entry.id, version, Boolean(orderer.profileRule));
  // 16. entries whose admin tags the item excludes get no task
  const excluded = String(item.adminTagsToExclude ?? '')
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  const adminTags = String(entry.adminTags ?? '')
    .split(',')
    .map((tag) => tag.trim());
  if (excluded.some((tag) => adminTags.includes(tag)))
    throw new ApiError('TASK_NOT_CREATED', { ENTRY_ID: entry.id, CATALOG_ITEM_ID: item.id });

  for (const task of replaced) {
    task.errDescription = 'Aborted following cancel request';
    changeStatus(ctx.state, task, TaskStatus.ABORTED, now);
  }
  // 17. the client's writable fields ride along
  const { notes, partnerData, context, taskJobData } = input;
  const task = createTaskRecord({
    id: nextId(ctx.state, 'task', 10_000),
    entry,
    item,
    profile,
    userId: orderer.userId,
    now,
    version,
    price,
    unitsUsed,
    creationMode: orderer.creationMode,
    input: Object.fromEntries(
      Object.entries({ notes, partnerData, context, taskJobData }).filter(([, value]) => isSet(value)),
    ),
  });
  if (!task.userId) delete task.userId;
  const moderated =
    orderer.moderated &&
    Boolean(item.serviceType === ServiceType.HUMAN ? profile.enableHumanModeration : profile.enableMachineModeration);
  if (moderated) task._moderationRequested = true;
  ctx.state.tasks.set(task.id, task);
  // Every item but intelligent tagging needs a READY entry; until then the task waits (kaltura-rules §4.6).
  const waitsForEntry = entry.status !== EntryStatus.READY && item.serviceFeature !== F.INTELLIGENT_TAGGING;
  changeStatus(
    ctx.state,
    task,
    waitsForEntry ? TaskStatus.PENDING_ENTRY_READY : moderated ? TaskStatus.PENDING_MODERATION : TaskStatus.PENDING,
    now,
  );
  return task;
}

/**
 * Recent answers of `filteredTasks` per tasks Map, dropped whenever a task changes: monitors poll the same
 * lists again and again, and filtering and sorting 10 000 tasks takes milliseconds.
 * @type {WeakMap<object, { revision: number, size: number, value: Map<string, Record<string, any>[]> }>}
 */
const recentLists = new WeakMap();
const RECENT_LISTS_KEPT = 16;

/**
 * The partner's visible tasks that pass a KalturaEntryVendorTaskFilter, in its order (default +id): an array
 * or a Selection, both with `length` and `slice`. Shared with later calls: read it, do not change it.
 * @param {Ctx} ctx @param {Record<string, any> | undefined} filter
 */
function filteredTasks(ctx, filter) {
  const recent = derivedFromTasks(recentLists, ctx.state.tasks, () => new Map());
  const key = `${ctx.partnerId} ${JSON.stringify(filter ?? null)}`;
  let tasks = recent.get(key);
  if (!tasks) {
    tasks = filterAndSortTasks(ctx, filter);
    recent.set(key, tasks);
    if (recent.size > RECENT_LISTS_KEPT) recent.delete(recent.keys().next().value);
  }
  return tasks;
}

/** @param {Ctx} ctx @param {Record<string, any> | undefined} filter */
function filterAndSortTasks(ctx, filter) {
  const freeText = typeof filter?.freeText === 'string' ? filter.freeText : '';
  const conditions = filterConditions(filter, {
    skip: ['freeText', 'entryObjectTypeEqual', 'entryObjectTypeIn', 'entryObjectTypeNotIn'],
  });
  const sorted = visibleTasksInOrder(ctx, typeof filter?.orderBy === 'string' ? filter.orderBy : '');
  if (conditions.length === 0 && !freeText) return sorted.tasks;
  // Filtering a sorted list keeps it sorted; each condition reads its field's column. The matches are kept as
  // positions in the sorted list (compact, for the recent answers) and made tasks a page at a time.
  const columns = conditions.map(({ field, kind }) => sorted.columnOf(field, kind));
  const positions = new Uint32Array(sorted.tasks.length);
  let count = 0;
  tasks: for (let index = 0; index < sorted.tasks.length; index++) {
    for (let condition = 0; condition < conditions.length; condition++)
      if (!conditions[condition].test(columns[condition][index])) continue tasks;
    const task = sorted.tasks[index];
    if (!freeText || containsText(task.userId, freeText) || containsText(task.notes, freeText))
      positions[count++] = index;
  }
  return new Selection(sorted.tasks, positions.slice(0, count));
}

/** Some tasks of a sorted list, by their positions in it; `slice` makes tasks of a part (a page). */
class Selection {
  /** @param {Record<string, any>[]} tasks @param {Uint32Array} positions */
  constructor(tasks, positions) {
    this.tasks = tasks;
    this.positions = positions;
  }

  get length() {
    return this.positions.length;
  }

  /** @param {number} [start] @param {number} [end] */
  slice(start, end) {
    return Array.from(this.positions.subarray(start, end), (position) => this.tasks[position]);
  }
}

/**
 * @typedef {{ tasks: Record<string, any>[], columnOf: (field: string, kind: 'number' | 'string') => unknown[] }}
 *   SortedTasks the tasks, and a field of each as filter conditions read it (made on first use, then kept)
 */

/**
 * The partner's visible tasks sorted by an `orderBy`, per tasks Map until a task changes: a list with a new
 * filter then filters a sorted list instead of sorting its matches again. Shared: read it, do not change it.
 * @type {WeakMap<object, { revision: number, size: number, value: Map<string, SortedTasks> }>}
 */
const sortedLists = new WeakMap();

/** @param {Ctx} ctx @param {string} orderBy @returns {SortedTasks} */
function visibleTasksInOrder(ctx, orderBy) {
  const sorted = derivedFromTasks(sortedLists, ctx.state.tasks, () => new Map());
  const key = `${ctx.partnerId} ${orderBy}`;
  let list = sorted.get(key);
  if (!list) {
    const visible = [];
    for (const task of ctx.state.tasks.values())
      if (task.partnerId === ctx.partnerId && task.status !== TaskStatus.ABORTED) visible.push(task);
    // Ties keep id order (the server's natural order).
    const tasks = sortByOrder(visible, `${orderBy ? `${orderBy},` : ''}+id`, ORDERABLE);
    /** @type {Map<string, unknown[]>} */
    const columns = new Map();
    const columnOf = (/** @type {string} */ field, /** @type {'number' | 'string'} */ kind) => {
      let column = columns.get(`${kind} ${field}`);
      if (!column) columns.set(`${kind} ${field}`, (column = tasks.map((task) => conditionValue(task, field, kind))));
      return column;
    };
    list = { tasks, columnOf };
    sorted.set(key, list);
    if (sorted.size > RECENT_LISTS_KEPT) sorted.delete(sorted.keys().next().value);
  }
  return list;
}

/**
 * Tasks as answered (serialized), per tasks Map until a task changes or a writing call commits: monitors poll
 * the same pages again and again. A task's answer depends on the task alone (its class derives nothing).
 * @type {WeakMap<object, { revision: number, size: number, value: WeakMap<object, unknown> }>}
 */
const answeredTasks = new WeakMap();
onCommit((state) => answeredTasks.delete(state.tasks));

/** @param {Ctx} ctx @param {Record<string, any>} task */
function answerOf(ctx, task) {
  const answers = derivedFromTasks(answeredTasks, ctx.state.tasks, () => new WeakMap());
  let answer = answers.get(task);
  if (!answer) {
    answer = serializeOnce(task, ctx);
    answers.set(task, answer);
  }
  return answer;
}

/** Who the CSV is mailed to: the session user's e-mail address. @param {Ctx} ctx */
function exportRecipient(ctx) {
  const userId = ctx.ks?.userId ?? '';
  if (!userId.includes('@')) throw new ApiError('USER_EMAIL_NOT_FOUND', { USER_ID: userId });
  return userId;
}

const idParam = { name: 'id', type: 'bigint' };

/**
 * KalturaEntryVendorTask::validateForUpdate on a task in a final status (ABORTED, READY, REJECTED, ERROR),
 * before the vendor-only fields are dropped (kaltura-rules §4.7): a status other than the task's, and any
 * non-zero unitsUsed (even the stored one), are refused.
 * @param {Record<string, any>} task
 * @param {Record<string, any>} input
 */
function assertUpdatableInFinalState(task, input) {
  if (!FINAL_STATUSES.has(task.status)) return;
  if (isSet(input.status) && Number(input.status) !== task.status) {
    throw new ApiError('CANNOT_UPDATE_STATUS_OF_TASK_WHICH_IS_IN_FINAL_STATE', {
      ID: task.id,
      OLD_STATUS: task.status,
      NEW_STATUS: input.status,
    });
  }
  if (isSet(input.unitsUsed) && Number(input.unitsUsed) !== 0) {
    throw new ApiError('CANNOT_UPDATE_UNIT_USED_OF_TASK_WHICH_IS_IN_FINAL_STATE', {
      ID: task.id,
      OLD_UNITS_USED: task.unitsUsed,
      NEW_UNITS_USED: input.unitsUsed,
    });
  }
}

defineService('reach_entryvendortask', {
  actions: {
    add: {
      reach: true,
      writes: true,
      params: [{ name: 'entryVendorTask', type: 'object:KalturaEntryVendorTask' }],
      run: (ctx, { entryVendorTask }) => orderTask(ctx, entryVendorTask, sessionOrderer(ctx)),
    },
    get: {
      reach: true,
      params: [idParam],
      run: (ctx, { id }) => requireTask(ctx, id),
    },
    list: {
      reach: true,
      params: [
        { name: 'filter', type: 'object:KalturaEntryVendorTaskFilter', optional: true },
        { name: 'pager', type: 'object:KalturaFilterPager', optional: true },
      ],
      run(ctx, { filter, pager }) {
        const tasks = filteredTasks(ctx, filter);
        const page = pageOf(tasks, pager, { sphinx: true }).map((task) => answerOf(ctx, task));
        return listResponse('KalturaEntryVendorTaskListResponse', page, tasks.length);
      },
    },
    update: {
      reach: true,
      writes: true,
      params: [idParam, { name: 'entryVendorTask', type: 'object:KalturaEntryVendorTask' }],
      run(ctx, { id, entryVendorTask }) {
        const task = requireTaskAndEntry(ctx, id);
        assertUpdatableInFinalState(task, entryVendorTask);
        // status, errDescription, accuracy … are vendor-only (PERM); a partner session's values are dropped below.
        assertPartnerData(entryVendorTask.partnerData);
        validateForUpdate(entryVendorTask, task, { mayUse: () => false });
        const { taskJobData, ...fields } = entryVendorTask;
        applyInput(task, fields);
        if (taskJobData && taskJobData !== NULL_FIELD)
          task.taskJobData = applyInput(task.taskJobData ?? {}, taskJobData);
        task.updatedAt = Math.floor(ctx.clock.now());
        noteTaskChange(ctx.state, task);
        return task;
      },
    },
    approve: {
      reach: true,
      writes: true,
      permissions: [Permission.ADMIN_BASE],
      params: [idParam],
      run(ctx, { id }) {
        const task = requireTaskAndEntry(ctx, id);
        if (task.status !== TaskStatus.PENDING_MODERATION) throw new ApiError('CANNOT_APPROVE_NOT_MODERATED_TASK');
        const item = ctx.state.catalogItems[task.catalogItemId];
        const profile = ctx.state.reachProfiles[task.reachProfileId];
        const payPerUse = Boolean(item?.payPerUse);
        // §7 quirk 4: the server means EXCEEDED_MAX_CREDIT_ALLOWED here (it fails on a PHP object-to-string
        // conversion and answers INTERNAL_SERVERL_ERROR); the sandbox answers the intended error.
        if (!hasEnoughCredit(profile, payPerUse ? 0 : task.price, payPerUse, ctx.clock.now())) {
          throw new ApiError('EXCEEDED_MAX_CREDIT_ALLOWED', {
            ENTRY_ID: task.entryId,
            CATALOG_ITEM_ID: task.catalogItemId,
          });
        }
        task.moderatingUser = ctx.ks?.userId ?? '';
        changeStatus(ctx.state, task, TaskStatus.PENDING, ctx.clock.now());
        return task;
      },
    },
    reject: {
      reach: true,
      writes: true,
      permissions: [Permission.ADMIN_BASE],
      params: [idParam, { name: 'rejectReason', type: 'string', optional: true }],
      run(ctx, { id, rejectReason }) {
        const task = requireTaskAndEntry(ctx, id);
        if (task.status !== TaskStatus.PENDING_MODERATION) throw new ApiError('CANNOT_REJECT_NOT_MODERATED_TASK');
        task.moderatingUser = ctx.ks?.userId ?? '';
        if (rejectReason !== undefined) task.errDescription = rejectReason;
        changeStatus(ctx.state, task, TaskStatus.REJECTED, ctx.clock.now());
        return task;
      },
    },
    abort: {
      reach: true,
      writes: true,
      params: [idParam, { name: 'abortReason', type: 'string', optional: true }],
      run(ctx, { id, abortReason }) {
        const task = requireTaskAndEntry(ctx, id);
        if (!ABORTABLE_STATUSES.has(task.status)) throw new ApiError('CANNOT_ABORT_NOT_MODERATED_TASK');
        if (!ctx.ks?.isAdmin && ctx.ks?.userId !== task.userId) {
          throw new ApiError('ENTRY_VENDOR_TASK_ACTION_NOT_ALLOWED', { ID: task.id, USER_ID: ctx.ks?.userId ?? '' });
        }
        // No refund: the server refunds aborted scheduled (live) tasks only (kaltura-rules §4.4).
        if (abortReason === undefined) delete task.errDescription;
        else task.errDescription = abortReason;
        changeStatus(ctx.state, task, TaskStatus.ABORTED, ctx.clock.now());
        return task;
      },
    },
    exportToCsv: {
      reach: true,
      writes: true,
      permissions: [Permission.ADMIN_BASE],
      params: [{ name: 'filter', type: 'object:KalturaEntryVendorTaskFilter' }],
      run(ctx, { filter }) {
        const recipient = exportRecipient(ctx);
        // Kaltura mails the CSV; the sandbox keeps it for download (see sandbox_csvexport.getLatestUrl).
        const id = randomBytes(12).toString('hex');
        ctx.state.exports[id] = {
          sequence: nextId(ctx.state, 'export'),
          partnerId: ctx.partnerId,
          userId: recipient,
          createdAt: Math.floor(ctx.clock.now()),
          csv: tasksToCsv(ctx.state, filteredTasks(ctx, filter).slice()),
        };
        return recipient;
      },
    },
  },
});

defineService('sandbox_csvexport', {
  actions: {
    /** Sandbox extension, not Kaltura: where the newest CSV this session's user exported can be downloaded. */
    getLatestUrl: {
      reach: true,
      run(ctx) {
        const userId = ctx.ks?.userId ?? '';
        const newest = Object.entries(ctx.state.exports)
          .filter(([, exported]) => exported.partnerId === ctx.partnerId && exported.userId === userId)
          .sort(([, a], [, b]) => b.sequence - a.sequence)[0];
        return newest ? csvDownloadUrl(ctx, `${newest[0]}.csv`) : null;
      },
    },
  },
});
