// @ts-check
/**
 * Boolean event notification templates (Kaltura's eventNotification + booleanNotification plugins), as far
 * as REACH profile rules need them: the service `eventnotification_eventnotificationtemplate` (listTemplates,
 * clone, get, list, update, updateStatus, delete) and `fulfilledTemplate`, which tells the rule engine whether
 * one of a rule's templates matches an event.
 *
 * Kaltura's templates test events with PHP expressions (KalturaEvalBooleanField) that only Kaltura's admin
 * console may write (`eventConditions` needs a permission partners lack). The sandbox cannot run PHP: each
 * system template names the check the sandbox runs for it (`_check`, kept by clones), and its
 * `eventConditions` describe that check. Partners tune a template through its `userParameters`
 * (e.g. `trigger_tags`), as on Kaltura.
 */
import { ApiError, defineErrors } from '../errors.js';
import { csvValues, listResponse, pageOf, sortByOrder } from '../lists.js';
import {
  applyInput,
  defineClass,
  defineEnum,
  defineService,
  fields,
  NULL_FIELD,
  validateForUpdate,
} from '../registry.js';
import { rawOf } from '../journal.js';
import { Permission } from '../roles.js';
import { nextId } from '../store.js';
import { defineListResponse, filterFields } from '../reach/classes.js';
import { compileFilter } from '../reach/filtering.js';
import {
  EntryStatus,
  EventNotificationEventObjectType as ObjectType,
  EventNotificationEventType as EventType,
  EventNotificationTemplateStatus as TemplateStatus,
  EventNotificationTemplateType as TemplateType,
} from '../../reach/wire-enums.js';

export { TemplateStatus };

/** The system templates' partner (PartnerPeer::GLOBAL_PARTNER). */
export const GLOBAL_PARTNER = 0;
const MIN_NAME_LENGTH = 3;
const ORDERABLE = {
  id: (/** @type {any} */ template) => Number(template.id),
  createdAt: (/** @type {any} */ template) => Number(template.createdAt),
  updatedAt: (/** @type {any} */ template) => Number(template.updatedAt),
};

defineEnum('KalturaEventNotificationTemplateStatus', 'int', TemplateStatus);
defineEnum('KalturaEventNotificationTemplateType', 'string', TemplateType);
defineEnum('KalturaEventNotificationEventType', 'string', EventType);
defineEnum('KalturaEventNotificationEventObjectType', 'string', ObjectType);
defineEnum('KalturaEventNotificationTemplateOrderBy', 'string', {
  ID_ASC: '+id',
  ID_DESC: '-id',
  CREATED_AT_ASC: '+createdAt',
  CREATED_AT_DESC: '-createdAt',
  UPDATED_AT_ASC: '+updatedAt',
  UPDATED_AT_DESC: '-updatedAt',
});

defineClass('KalturaEventNotificationTemplate', {
  props: fields({
    id: 'int ro',
    partnerId: 'int ro',
    name: 'string',
    systemName: 'string',
    description: 'string',
    type: 'enum:KalturaEventNotificationTemplateType io',
    status: 'enum:KalturaEventNotificationTemplateStatus ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    manualDispatchEnabled: 'bool perm:insert,update',
    automaticDispatchEnabled: 'bool perm:insert,update',
    eventType: 'enum:KalturaEventNotificationEventType perm:update',
    eventObjectType: 'enum:KalturaEventNotificationEventObjectType perm:update',
    eventConditions: 'array:KalturaCondition perm:update',
    contentParameters: 'array:KalturaEventNotificationParameter perm:update',
    userParameters: 'array:KalturaEventNotificationParameter',
  }),
});
defineClass('KalturaBooleanNotificationTemplate', { parent: 'KalturaEventNotificationTemplate' });
defineClass('KalturaValue', { abstract: true, props: fields({ description: 'string' }) });
defineClass('KalturaStringValue', { parent: 'KalturaValue', props: fields({ value: 'string' }) });
defineClass('KalturaBooleanValue', { parent: 'KalturaValue', props: fields({ value: 'bool' }) });
defineClass('KalturaBooleanField', { parent: 'KalturaBooleanValue', abstract: true });
defineClass('KalturaEvalBooleanField', { parent: 'KalturaBooleanField', props: fields({ code: 'string' }) });
defineClass('KalturaEventFieldCondition', {
  parent: 'KalturaCondition',
  props: fields({ field: 'object:KalturaBooleanField' }),
  derived: { type: () => 'eventNotification.BooleanField' },
});
defineClass('KalturaEventNotificationParameter', {
  props: fields({ key: 'string', description: 'string', value: 'object:KalturaValue' }),
});
defineClass('KalturaEventNotificationTemplateBaseFilter', {
  parent: 'KalturaFilter',
  abstract: true,
  props: filterFields({
    id: 'int = in',
    partnerId: 'int = in',
    systemName: 'string = in',
    type: 'enum:KalturaEventNotificationTemplateType = in',
    status: 'enum:KalturaEventNotificationTemplateStatus = in',
    createdAt: 'time range',
    updatedAt: 'time range',
  }),
});
defineClass('KalturaEventNotificationTemplateFilter', { parent: 'KalturaEventNotificationTemplateBaseFilter' });
defineListResponse('KalturaEventNotificationTemplate');

defineErrors({
  EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND:
    'EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND;ID;Event notification template id [@ID@] not found',
  EVENT_NOTIFICATION_WRONG_TYPE:
    'EVENT_NOTIFICATION_WRONG_TYPE;ID,TYPE;Event notification template id [@ID@] is of type [@TYPE@]',
  EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME:
    'EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME;NAME;Event notification template with system name [@NAME@] already exists.',
});

/**
 * A platform event as the event notification flow sees it.
 * @typedef {{ eventType: string, objectType: string, entry: Record<string, any>, changed?: string[],
 *   previous?: Record<string, any> }} NotificationEvent
 *   `changed`: the entry fields the event changed; `previous`: their values before
 */

/** @param {Record<string, any>} template @param {string} key */
function userParameter(template, key) {
  const parameter = (template.userParameters ?? []).find((/** @type {any} */ candidate) => candidate.key === key);
  return String(parameter?.value?.value ?? '');
}

/** @param {unknown} tags */
const tagSet = (tags) => new Set(csvValues(String(tags ?? '').toLowerCase()));

/**
 * The checks the sandbox runs for the system templates (named by their `_check`).
 * @type {Record<string, (template: Record<string, any>, event: NotificationEvent) => boolean>}
 */
const CHECKS = {
  // A tag listed in `trigger_tags` was added to the entry (compared without case).
  entryTagsAdded(template, event) {
    if (!event.changed?.includes('tags')) return false;
    const before = tagSet(event.previous?.tags);
    const added = [...tagSet(event.entry.tags)].filter((tag) => !before.has(tag));
    const wanted = tagSet(userParameter(template, 'trigger_tags'));
    return added.some((tag) => wanted.has(tag));
  },
  entryBecameReady: (template, event) =>
    Boolean(event.changed?.includes('status')) && event.entry.status === EntryStatus.READY,
};

/**
 * The system Boolean templates (partner 0), DISABLED as Kaltura installs them: partners clone one, set its
 * parameters and activate the clone.
 * @param {number} now
 * @returns {Record<string, Record<string, any>>}
 */
export function systemTemplates(now) {
  const condition = (/** @type {string} */ description, /** @type {string} */ code) => ({
    objectType: 'KalturaEventFieldCondition',
    description,
    not: false,
    field: { objectType: 'KalturaEvalBooleanField', code },
  });
  const base = {
    objectType: 'KalturaBooleanNotificationTemplate',
    partnerId: GLOBAL_PARTNER,
    type: TemplateType.BOOLEAN,
    status: TemplateStatus.DISABLED,
    createdAt: Math.floor(now) - 400 * 86_400,
    updatedAt: Math.floor(now) - 400 * 86_400,
    automaticDispatchEnabled: true,
    eventObjectType: ObjectType.ENTRY,
    eventType: EventType.OBJECT_CHANGED,
    contentParameters: [],
  };
  const templates = [
    {
      ...base,
      id: 101,
      name: 'Entry Tags Equals',
      systemName: 'ENTRY_TAGS_EQUALS',
      description: 'True when one of the tags in trigger_tags is added to an entry.',
      eventConditions: [
        condition('Tags changed', 'in_array(entryPeer::TAGS, $scope->getEvent()->getModifiedColumns())'),
        condition('An added tag is one of trigger_tags', 'sandbox: entry tags added ∩ trigger_tags ≠ ∅'),
      ],
      userParameters: [
        {
          objectType: 'KalturaEventNotificationParameter',
          key: 'trigger_tags',
          description: 'Tags that trigger the template, comma separated (tag1,tag2)',
          value: { objectType: 'KalturaStringValue', value: '' },
        },
      ],
      _check: 'entryTagsAdded',
    },
    {
      ...base,
      id: 102,
      name: 'Entry Ready',
      systemName: 'ENTRY_STATUS_READY',
      description: 'True when an entry becomes ready.',
      eventConditions: [
        condition('Status changed to ready', 'sandbox: entry status changed and entry status == READY'),
      ],
      userParameters: [],
      _check: 'entryBecameReady',
    },
  ];
  return Object.fromEntries(templates.map((template) => [String(template.id), template]));
}

/**
 * The first of `ids` that is an ACTIVE template of the partner (or a system one) for this kind of event and
 * whose conditions hold (kReachManager via EventNotificationTemplatePeer::retrieveByEventTypeObjectTypeAndPKS).
 * @param {Record<string, any>} state @param {number} partnerId @param {string[]} ids @param {NotificationEvent} event
 */
export function fulfilledTemplate(state, partnerId, ids, event) {
  return ids
    .map((id) => state.eventNotificationTemplates[id])
    .find(
      (template) =>
        template &&
        template.status === TemplateStatus.ACTIVE &&
        (template.partnerId === partnerId || template.partnerId === GLOBAL_PARTNER) &&
        template.eventType === event.eventType &&
        template.eventObjectType === event.objectType &&
        Boolean(CHECKS[template._check]?.(template, event)),
    );
}

/** @typedef {import('../dispatch.js').ActionContext} Ctx */

/** @param {Ctx} ctx @param {unknown} id @param {number[]} partners whose templates the action sees */
function requireTemplate(ctx, id, partners = [Number(ctx.partnerId)]) {
  const template = ctx.state.eventNotificationTemplates[String(id)];
  if (!template || !partners.includes(template.partnerId) || template.status === TemplateStatus.DELETED) {
    throw new ApiError('EVENT_NOTIFICATION_TEMPLATE_NOT_FOUND', { ID: id });
  }
  return template;
}

/**
 * Another ACTIVE template of the partner with this system name
 * (EventNotificationTemplatePeer::retrieveBySystemName, current partner only).
 * @param {Ctx} ctx @param {unknown} systemName @param {unknown} [excludeId]
 */
function assertSystemNameFree(ctx, systemName, excludeId) {
  if (typeof systemName !== 'string' || systemName.trim() === '') return;
  const taken = Object.values(ctx.state.eventNotificationTemplates).some(
    (other) =>
      other.partnerId === ctx.partnerId &&
      other.status === TemplateStatus.ACTIVE &&
      other.systemName === systemName &&
      String(other.id) !== String(excludeId),
  );
  if (taken) throw new ApiError('EVENT_NOTIFICATION_TEMPLATE_DUPLICATE_SYSTEM_NAME', { NAME: systemName });
}

/**
 * KalturaEventNotificationTemplate::validateForUpdate (also run by clone on the copy): name and system
 * name at least 3 characters when sent, a free system name, RO/IO fields unchanged; fields that need the
 * admin console's permission (conditions, event type, dispatch flags) are dropped, as the server drops them.
 * @param {Ctx} ctx @param {Record<string, any>} input @param {Record<string, any>} target
 */
function validateTemplateInput(ctx, input, target) {
  for (const prop of ['name', 'systemName']) {
    const value = input[prop];
    if (typeof value === 'string' && Buffer.byteLength(value) < MIN_NAME_LENGTH) {
      throw new ApiError('PROPERTY_VALIDATION_MIN_LENGTH', {
        PROP_NAME: `KalturaEventNotificationTemplate::${prop}`,
        MIN_LEN: MIN_NAME_LENGTH,
      });
    }
  }
  assertSystemNameFree(ctx, input.systemName === NULL_FIELD ? undefined : input.systemName, target.id);
  // KalturaBooleanNotificationTemplate::validateForUpdate skips `type`; it never changes.
  const rest = { ...input };
  delete rest.type;
  validateForUpdate(rest, target, 'KalturaEventNotificationTemplate', { mayUse: () => false });
  return rest;
}

/** updateStatus, and delete (status DELETED). @param {Ctx} ctx @param {unknown} id @param {number} status */
function setStatus(ctx, id, status) {
  const template = requireTemplate(ctx, id);
  // As on the server, the check does not leave the template itself out: activating an ACTIVE
  // template with a system name answers DUPLICATE_SYSTEM_NAME.
  if (status === TemplateStatus.ACTIVE) assertSystemNameFree(ctx, template.systemName);
  template.status = status;
  template.updatedAt = Math.floor(ctx.clock.now());
  return template;
}

/**
 * @param {Ctx} ctx @param {Record<string, any>[]} templates @param {Record<string, any> | undefined} filter
 * @param {Record<string, any> | undefined} pager @param {string} defaultOrder
 */
function listOf(ctx, templates, filter, pager, defaultOrder) {
  const matchesFilter = compileFilter(filter);
  const matches = templates.filter((template) => template.status !== TemplateStatus.DELETED && matchesFilter(template));
  const ordered = sortByOrder(matches, [filter?.orderBy, defaultOrder].filter(Boolean).join(','), ORDERABLE);
  return listResponse('KalturaEventNotificationTemplateListResponse', pageOf(ordered, pager), ordered.length);
}

const idParam = { name: 'id', type: 'int' };
const listParams = [
  { name: 'filter', type: 'object:KalturaEventNotificationTemplateFilter', optional: true },
  { name: 'pager', type: 'object:KalturaFilterPager', optional: true },
];

/** Managing templates (EVENT_NOTIFICATIONS_TEMPLATE_MANAGE) belongs to administrators: a role with ADMIN_BASE. */
const MANAGE = [Permission.ADMIN_BASE];

/** @type {Parameters<typeof defineService>[1]} */
const service = {
  actions: {
    listTemplates: {
      params: listParams,
      run: (ctx, { filter, pager }) =>
        listOf(
          ctx,
          Object.values(ctx.state.eventNotificationTemplates).filter(
            (template) => template.partnerId === GLOBAL_PARTNER,
          ),
          filter,
          pager,
          '+id',
        ),
    },
    list: {
      params: listParams,
      run: (ctx, { filter, pager }) =>
        listOf(
          ctx,
          Object.values(ctx.state.eventNotificationTemplates).filter(
            (template) => template.partnerId === ctx.partnerId,
          ),
          filter,
          pager,
          '-id',
        ),
    },
    get: {
      params: [idParam],
      run: (ctx, { id }) => requireTemplate(ctx, id),
    },
    clone: {
      writes: true,
      permissions: MANAGE,
      params: [
        idParam,
        { name: 'eventNotificationTemplate', type: 'object:KalturaEventNotificationTemplate', optional: true },
      ],
      run(ctx, { id, eventNotificationTemplate }) {
        const source = requireTemplate(ctx, id, [Number(ctx.partnerId), GLOBAL_PARTNER]);
        if (eventNotificationTemplate && eventNotificationTemplate.objectType !== source.objectType) {
          throw new ApiError('EVENT_NOTIFICATION_WRONG_TYPE', { ID: id, TYPE: source.type });
        }
        const copy = structuredClone(rawOf(source));
        delete copy.id;
        if (eventNotificationTemplate) applyInput(copy, validateTemplateInput(ctx, eventNotificationTemplate, copy));
        assertSystemNameFree(ctx, copy.systemName);
        const now = Math.floor(ctx.clock.now());
        const template = {
          ...copy,
          id: nextId(ctx.state, 'eventNotificationTemplate', 1000),
          partnerId: ctx.partnerId,
          createdAt: now,
          updatedAt: now,
        };
        ctx.state.eventNotificationTemplates[String(template.id)] = template;
        return template;
      },
    },
    update: {
      writes: true,
      permissions: MANAGE,
      params: [idParam, { name: 'eventNotificationTemplate', type: 'object:KalturaEventNotificationTemplate' }],
      run(ctx, { id, eventNotificationTemplate }) {
        const template = requireTemplate(ctx, id);
        applyInput(template, validateTemplateInput(ctx, eventNotificationTemplate, template));
        template.updatedAt = Math.floor(ctx.clock.now());
        return template;
      },
    },
    updateStatus: {
      writes: true,
      permissions: MANAGE,
      params: [idParam, { name: 'status', type: 'enum:KalturaEventNotificationTemplateStatus' }],
      run: (ctx, { id, status }) => setStatus(ctx, id, status),
    },
    delete: {
      writes: true,
      permissions: MANAGE,
      params: [idParam],
      run(ctx, { id }) {
        setStatus(ctx, id, TemplateStatus.DELETED);
        return null;
      },
    },
  },
};
defineService('eventnotification_eventnotificationtemplate', service);
defineService('eventNotificationTemplate', service);
