// @ts-check
/**
 * The type registry: enums, classes and services are declared here (platform and reach alike),
 * and wire params are turned into class instances by `deserialize` (kaltura-rules §5.2) and back into
 * response JSON by `serialize` (kaltura-rules §5.3).
 */
import { ApiError } from './errors.js';
import { NullableBoolean } from '../reach/wire-enums.js';
import { UploadedFile } from './wire.js';

/**
 * Value of a property sent as `prop__null` ("set to null", kaltura-rules §5.2). It is a string so that
 * objects holding it stay JSON- and structuredClone-able; no deserialized string can equal it
 * because control characters are rejected with INVALID_PARAMETER_CHAR.
 */
export const NULL_FIELD = '\u0000null';

/** Relative times: any |value| up to ten years is an offset from now (kTime::getRelativeTime). */
const MAX_RELATIVE_TIME = 315360000;
/** Guards the recursion on hostile input; real Kaltura objects nest a handful of levels. */
const MAX_NESTING = 32;
/** Characters XML cannot carry; the server rejects them (INVALID_PARAMETER_CHAR). */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * @typedef {{ type: string, ro?: boolean, io?: boolean, perm?: string }} PropDef
 * @typedef {{ parent?: string, abstract?: boolean, props?: Record<string, PropDef>,
 *   derived?: Record<string, (object: any, ctx: ActionContext) => unknown>, neverReturned?: boolean }} ClassSpec
 *   `neverReturned`: accepted as input but left out of every answer, as the server does for classes
 *   its response mapping lacks.
 * @typedef {{ name: string, parent: string | undefined, abstract: boolean, ownProps: Record<string, PropDef>,
 *   derived: Record<string, (object: any, ctx: ActionContext) => unknown>, neverReturned: boolean }} ClassDef
 * @typedef {{ name: string, type?: string, optional?: boolean, default?: unknown }} ParamDef
 * @typedef {{ ks?: 'none' | 'optional' | 'required', reach?: boolean, writes?: boolean,
 *   permissions?: readonly string[], params?: ParamDef[], run: (ctx: ActionContext, args: any) => unknown }} ActionDef
 *   `permissions`: the session needs one of them (roles.js); a `ks: 'required'` action without any needs
 *   BASE_USER_SESSION_PERMISSION, which every session holds
 * @typedef {import('./dispatch.js').ActionContext} ActionContext
 */

/** @type {Map<string, { name: string, kind: 'int' | 'string', values: Set<string | number> }>} */
const enums = new Map();
/** @type {Map<string, ClassDef>} */
const classes = new Map();
/**
 * @typedef {{ props: Readonly<Record<string, PropDef>>,
 *   writes: Array<{ prop: string, kind: string, target: string, derive?: (object: any, ctx: ActionContext) => unknown }> }} ResolvedClass
 *   `writes`: how serialize writes each property, in order
 */
/** @type {Map<string, ResolvedClass>} */
const resolvedClasses = new Map();
/** @type {Map<string, { name: string, actions: Map<string, ActionDef & { name: string }> }>} */
const services = new Map();
/** @type {Array<(ctx: ActionContext) => void>} */
const clockHooks = [];

/**
 * @param {string} name e.g. 'KalturaEntryStatus'
 * @param {'int' | 'string'} kind
 * @param {Record<string, string | number>} values constant → wire value
 */
export function defineEnum(name, kind, values) {
  enums.set(name, { name, kind, values: new Set(Object.values(values)) });
}

/**
 * @param {string} name
 * @param {ClassSpec} spec
 */
export function defineClass(name, spec) {
  resolvedClasses.clear();
  classes.set(name, {
    name,
    parent: spec.parent === 'KalturaObject' ? undefined : spec.parent,
    abstract: Boolean(spec.abstract),
    ownProps: spec.props ?? {},
    derived: spec.derived ?? {},
    neverReturned: Boolean(spec.neverReturned),
  });
}

/**
 * Declares a service, or adds actions to one already declared. Names are case-insensitive.
 * @param {string} name wire service id, e.g. 'baseentry'
 * @param {{ actions: Record<string, ActionDef> }} spec
 */
export function defineService(name, spec) {
  const key = name.toLowerCase();
  const service = services.get(key) ?? { name, actions: new Map() };
  for (const [actionName, action] of Object.entries(spec.actions)) {
    service.actions.set(actionName.toLowerCase(), {
      ks: 'required',
      reach: false,
      writes: false,
      params: [],
      ...action,
      name: actionName,
    });
  }
  services.set(key, service);
}

/** @param {string} name */
export function findService(name) {
  return services.get(name.toLowerCase());
}

/** Every declared action, e.g. for generated docs or the fuzz test. */
export function listActions() {
  return [...services.values()].flatMap((service) =>
    [...service.actions.values()].map((action) => ({
      service: service.name,
      action: action.name,
      writes: Boolean(action.writes),
      params: action.params ?? [],
    })),
  );
}

/**
 * Registers a function run before every API call (single or inside a multirequest) to bring
 * clock-driven state up to date — e.g. an entry turning READY, a vendor finishing a task.
 * It must be idempotent and must only depend on `ctx.state` and `ctx.clock`.
 * @param {(ctx: ActionContext) => void} hook
 */
export function onClockTick(hook) {
  clockHooks.push(hook);
}

/** @param {ActionContext} ctx */
export function runClockHooks(ctx) {
  for (const hook of clockHooks) hook(ctx);
}

/** An action result sent as-is (not JSON), e.g. captionAsset.serve. */
export class RawResponse {
  /**
   * @param {string} body
   * @param {string} contentType
   * @param {Record<string, string>} [headers] more response headers (a download's error, see download-urls.js)
   */
  constructor(body, contentType, headers = {}) {
    this.body = body;
    this.contentType = contentType;
    this.headers = headers;
  }
}

/**
 * Shorthand for property declarations: `{ id: 'string ro', mediaType: 'enum:KalturaMediaType io',
 * offset: 'int perm:all' }` — the type, then any of `ro`, `io`, `perm:<list>`.
 * @param {Record<string, string>} spec
 * @returns {Record<string, PropDef>}
 */
export function fields(spec) {
  return Object.fromEntries(
    Object.entries(spec).map(([name, text]) => {
      const [type, ...flags] = text.split(/\s+/);
      /** @type {PropDef} */
      const definition = { type };
      for (const flag of flags) {
        if (flag === 'ro') definition.ro = true;
        else if (flag === 'io') definition.io = true;
        else if (flag.startsWith('perm:')) definition.perm = flag.slice('perm:'.length);
        else throw new Error(`unknown flag ${flag} on ${name}`);
      }
      return [name, definition];
    }),
  );
}

/** @param {string} name */
function getClass(name) {
  const found = classes.get(name);
  if (!found) throw new Error(`class ${name} is not defined`);
  return found;
}

/**
 * @param {string} name
 * @param {string} ancestor
 */
function isSubclassOf(name, ancestor) {
  for (let current = classes.get(name); current; current = current.parent ? classes.get(current.parent) : undefined) {
    if (current.name === ancestor) return true;
  }
  return false;
}

/**
 * A class and its ancestors, root first. Cached: every (de)serialized object needs it, and the
 * cache is dropped whenever a class is (re)defined.
 * @param {string} className
 * @returns {ResolvedClass}
 */
function resolvedClass(className) {
  let resolved = resolvedClasses.get(className);
  if (!resolved) {
    const chain = [];
    for (
      let current = classes.get(className);
      current;
      current = current.parent ? classes.get(current.parent) : undefined
    ) {
      chain.unshift(current);
    }
    const props = Object.freeze(Object.assign({}, ...chain.map((definition) => definition.ownProps)));
    const derived = Object.assign({}, ...chain.map((definition) => definition.derived));
    const writes = Object.entries(props).map(([prop, definition]) => ({
      prop,
      ...parseType(definition.type),
      derive: derived[prop],
    }));
    resolved = { props, writes };
    resolvedClasses.set(className, resolved);
  }
  return resolved;
}

/**
 * All properties of a class, inherited ones first (the order the server writes them).
 * @param {string} className
 * @returns {Record<string, PropDef>}
 */
export function classProps(className) {
  return resolvedClass(className).props;
}

/** @param {string} type */
function parseType(type) {
  const colon = type.indexOf(':');
  return colon < 0 ? { kind: type, target: '' } : { kind: type.slice(0, colon), target: type.slice(colon + 1) };
}

/**
 * Turns one wire value into its declared type (kaltura-rules §5.2).
 * @param {unknown} raw the nested params value (string, number, boolean, object or array)
 * @param {string} type e.g. 'int', 'enum:KalturaEntryStatus', 'object:KalturaBaseEntryFilter'
 * @param {{ now: number, name: string, depth?: number }} options `name` is used in error args
 * @returns {any}
 */
export function deserialize(raw, type, options) {
  const { kind, target } = parseType(type);
  const depth = options.depth ?? 0;
  if (depth > MAX_NESTING)
    throw new ApiError('PROPERTY_VALIDATION_WRONG_FORMAT', { PROP_NAME: options.name, FORMAT: kind });
  switch (kind) {
    case 'int':
      return toInt(scalar(raw, options.name, kind));
    case 'bigint':
    case 'float':
      return toFloat(scalar(raw, options.name, kind));
    case 'bool':
      return toBool(scalar(raw, options.name, kind));
    case 'string':
      return toCleanString(scalar(raw, options.name, kind), options.name);
    case 'time':
      return toTime(toInt(scalar(raw, options.name, kind)), options.now);
    case 'enum':
      return toEnum(scalar(raw, options.name, kind), target, options.name);
    case 'object':
      return toObject(raw, target, { ...options, depth: depth + 1 });
    case 'array':
      return entriesOf(raw, options.name).map(([, element]) =>
        deserialize(element, `object:${target}`, { ...options, depth: depth + 1 }),
      );
    case 'file':
      // A file parameter is a multipart file part; anything else is no file at all.
      if (raw instanceof UploadedFile) return raw;
      throw new ApiError('MISSING_MANDATORY_PARAMETER', { PARAM_NAME: options.name });
    case 'map':
      return Object.fromEntries(
        entriesOf(raw, options.name).map(([key, element]) => [
          key,
          deserialize(element, `object:${target}`, { ...options, depth: depth + 1 }),
        ]),
      );
    default:
      throw new Error(`unknown type ${type}`);
  }
}

/**
 * @param {unknown} raw
 * @param {string} name
 * @param {string} kind
 * @returns {string | number | boolean}
 */
function scalar(raw, name, kind) {
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') return raw;
  throw new ApiError('PROPERTY_VALIDATION_WRONG_FORMAT', { PROP_NAME: name, FORMAT: kind });
}

/**
 * PHP `(int)` cast: leading integer digits, garbage ⇒ 0, out of range ⇒ clamped.
 * @param {string | number | boolean} value
 */
function toInt(value) {
  if (typeof value === 'boolean') return value ? 1 : 0;
  const number = typeof value === 'number' ? value : Number(/^\s*[+-]?\d+/.exec(value)?.[0] ?? 0);
  if (Number.isNaN(number)) return 0;
  return Math.trunc(Math.max(Number.MIN_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, number)));
}

/** @param {string | number | boolean} value PHP `(float)` cast */
function toFloat(value) {
  if (typeof value === 'boolean') return value ? 1 : 0;
  const number =
    typeof value === 'number' ? value : Number(/^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(value)?.[0] ?? 0);
  return Number.isFinite(number) ? number : 0;
}

/** @param {string | number | boolean} value `"false"` in any case is false, otherwise PHP truthiness */
function toBool(value) {
  if (typeof value === 'string') return !(value === '' || value === '0' || value.toLowerCase() === 'false');
  return Boolean(value);
}

/**
 * @param {string | number | boolean} value
 * @param {string} name
 */
function toCleanString(value, name) {
  const text = typeof value === 'boolean' ? (value ? '1' : '') : String(value);
  if (INVALID_XML_CHARS.test(text)) throw new ApiError('INVALID_PARAMETER_CHAR', { XML_FIELD: name });
  return text;
}

/**
 * @param {number} value
 * @param {number} now
 */
function toTime(value, now) {
  // 0 stays 0 (an unset lower bound), not "now": clients send it to mean "from the beginning".
  if (value !== 0 && Math.abs(value) <= MAX_RELATIVE_TIME) return Math.floor(now) + value;
  return value;
}

/**
 * @param {string | number | boolean} value
 * @param {string} enumName
 * @param {string} paramName
 */
function toEnum(value, enumName, paramName) {
  const definition = enums.get(enumName);
  if (!definition) throw new Error(`enum ${enumName} is not defined`);
  const invalid = () =>
    new ApiError('INVALID_ENUM_VALUE', { ENUM_VAL: String(value), PARAM_NAME: paramName, ENUM_TYPE: enumName });
  if (definition.kind === 'string') {
    const text = typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
    if (!definition.values.has(text)) throw invalid();
    return text;
  }
  let number;
  if (typeof value === 'boolean') number = value ? 1 : 0;
  else if (typeof value === 'number') number = value;
  // NullableBoolean maps "" to 0 (kaltura-rules §5.2); other int enums reject it.
  else if (value === '' && enumName === 'KalturaNullableBoolean') number = 0;
  else if (/^\s*-?\d+\s*$/.test(value)) number = Number(value);
  else if (value.toLowerCase() === 'true' || value.toLowerCase() === 'false')
    number = value.toLowerCase() === 'true' ? 1 : 0;
  else throw invalid();
  if (!definition.values.has(number)) throw invalid();
  return number;
}

/**
 * @param {unknown} raw
 * @param {string} name
 * @returns {Array<[string, unknown]>} entries in numeric key order; `[-]` (or JSON `[]`) ⇒ none
 */
function entriesOf(raw, name) {
  if (Array.isArray(raw)) return raw.map((value, index) => [String(index), value]);
  if (!isRecord(raw)) throw new ApiError('PROPERTY_VALIDATION_WRONG_FORMAT', { PROP_NAME: name, FORMAT: 'array' });
  if (Object.hasOwn(raw, '-')) return [];
  // PHP ksort: numeric keys in numeric order, gaps allowed.
  return Object.entries(raw)
    .filter(([, value]) => value !== null && value !== undefined)
    .sort(([a], [b]) => Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
function isRecord(value) {
  return typeof value === 'object' && value !== null;
}

/**
 * @param {unknown} raw
 * @param {string} declared
 * @param {{ now: number, name: string, depth?: number }} options
 */
function toObject(raw, declared, options) {
  if (!isRecord(raw) || Array.isArray(raw)) {
    throw new ApiError('PROPERTY_VALIDATION_WRONG_FORMAT', { PROP_NAME: options.name, FORMAT: 'array' });
  }
  // A sent objectType is honoured only when it is the declared class or one of its subclasses.
  const sent = typeof raw.objectType === 'string' ? raw.objectType : '';
  const className = sent && classes.has(sent) && isSubclassOf(sent, declared) ? sent : declared;
  if (getClass(className).abstract) throw new ApiError('OBJECT_TYPE_ABSTRACT', { OBJ_TYPE: declared });
  /** @type {Record<string, unknown>} */
  const result = { objectType: className };
  for (const [prop, definition] of Object.entries(classProps(className))) {
    const isArray = definition.type.startsWith('array:');
    if (!isArray && Object.hasOwn(raw, `${prop}__null`)) {
      result[prop] = NULL_FIELD;
    } else if (Object.hasOwn(raw, prop) && raw[prop] !== null && raw[prop] !== undefined) {
      result[prop] = deserialize(raw[prop], definition.type, { ...options, name: prop });
    }
  }
  return result;
}

/**
 * Whether an input property was given a value (neither absent, null nor `__null`).
 * @param {unknown} value
 */
export function isSet(value) {
  return value !== undefined && value !== null && value !== NULL_FIELD;
}

/**
 * @param {string} className
 * @param {Record<string, unknown>} object
 * @param {'insert' | 'update'} operation
 * @param {(operation: 'insert' | 'update', prop: string) => boolean} [mayUse]
 */
function dropForbidden(className, object, operation, mayUse) {
  if (!mayUse) return;
  for (const [prop, definition] of Object.entries(classProps(className))) {
    const perms = definition.perm?.split(',').map((perm) => perm.trim()) ?? [];
    const guarded = perms.includes(operation) || perms.includes('all');
    // PERM properties without the permission are silently dropped, not rejected (kaltura-rules §5.7).
    if (guarded && Object.hasOwn(object, prop) && !mayUse(operation, prop)) delete object[prop];
  }
}

/**
 * @typedef {{ mayUse?: (operation: 'insert' | 'update', prop: string) => boolean }} ValidationOptions
 *   `mayUse` decides PERM properties; without it every PERM property is allowed
 */

/**
 * Both call shapes are accepted: `(object, options?)` and `(object, className, options?)`.
 * @param {Record<string, any>} object
 * @param {string | ValidationOptions | undefined} classNameOrOptions
 * @param {ValidationOptions | undefined} options
 */
function validationArgs(object, classNameOrOptions, options) {
  return typeof classNameOrOptions === 'string'
    ? { className: classNameOrOptions, mayUse: options?.mayUse }
    : { className: String(object.objectType), mayUse: classNameOrOptions?.mayUse };
}

/**
 * Spec §5.7 for `add`: a read-only property that is set ⇒ PROPERTY_VALIDATION_NOT_UPDATABLE.
 * @param {Record<string, any>} object a deserialized object (objectType = its concrete class)
 * @param {string | ValidationOptions} [classNameOrOptions] class to check against (default: objectType)
 * @param {ValidationOptions} [options]
 */
export function validateForInsert(object, classNameOrOptions, options) {
  const { className, mayUse } = validationArgs(object, classNameOrOptions, options);
  dropForbidden(className, object, 'insert', mayUse);
  for (const [prop, definition] of Object.entries(classProps(className))) {
    if (definition.ro && isSet(object[prop])) {
      throw new ApiError('PROPERTY_VALIDATION_NOT_UPDATABLE', { PROP_NAME: `${className}::${prop}` });
    }
  }
  return object;
}

/**
 * Spec §5.7 for `update`: a read-only or insert-only property whose value differs from the
 * stored one ⇒ PROPERTY_VALIDATION_NOT_UPDATABLE (the same value is tolerated).
 * @param {Record<string, any>} object
 * @param {Record<string, any>} stored
 * @param {string | ValidationOptions} [classNameOrOptions]
 * @param {ValidationOptions} [options]
 */
export function validateForUpdate(object, stored, classNameOrOptions, options) {
  const { className, mayUse } = validationArgs(object, classNameOrOptions, options);
  dropForbidden(className, object, 'update', mayUse);
  for (const [prop, definition] of Object.entries(classProps(className))) {
    if (!(definition.ro || definition.io) || !Object.hasOwn(object, prop)) continue;
    const sent = object[prop] === NULL_FIELD ? null : object[prop];
    const current = stored[prop] ?? null;
    const same = sent === null || current === null ? sent === current : String(sent) === String(current);
    if (!same) throw new ApiError('PROPERTY_VALIDATION_NOT_UPDATABLE', { PROP_NAME: `${className}::${prop}` });
  }
  return object;
}

/**
 * Copies the set properties of a deserialized object onto a stored one; NULL_FIELD deletes.
 * `objectType` is copied only when the target has none. Returns the target.
 * @param {Record<string, any>} target
 * @param {Record<string, any>} input
 */
export function applyInput(target, input) {
  for (const [prop, value] of Object.entries(input)) {
    if (prop === 'objectType' && target.objectType) continue;
    if (value === NULL_FIELD) delete target[prop];
    else if (value !== undefined) target[prop] = value;
  }
  return target;
}

/** Answers `serializeOnce` made: a cache hands them out again, and `serialize` passes them through. */
const alreadySerialized = new WeakSet();

/**
 * `serialize(value, ctx)`, marked so that serializing the answer again (as part of a larger one) passes it
 * through: for caches of answers. The answer is shared: nothing may change it.
 * @param {unknown} value
 * @param {any} [ctx]
 */
export function serializeOnce(value, ctx) {
  const output = serialize(value, ctx);
  if (typeof output === 'object' && output !== null) alreadySerialized.add(Object.freeze(output));
  return output;
}

/** The JSON text of each answer `serializeOnce` made, written when first sent. @type {WeakMap<object, string>} */
const answerTexts = new WeakMap();

/**
 * `JSON.stringify(value)` of a response (a multirequest's array, a response object, a list's page), taking the
 * text of each answer `serializeOnce` made from a cache: a page of 50 tasks asked again writes 50 kept texts
 * instead of every field again. Anything else is written by `JSON.stringify` itself.
 * @param {unknown} value
 * @param {number} [depth] 0 for the whole body
 * @returns {string}
 */
export function jsonText(value, depth = 0) {
  if (typeof value !== 'object' || value === null) return JSON.stringify(value);
  if (alreadySerialized.has(value)) {
    let text = answerTexts.get(value);
    if (text === undefined) answerTexts.set(value, (text = JSON.stringify(value)));
    return text;
  }
  if (Array.isArray(value)) {
    if (depth > 0 && !alreadySerialized.has(value[0])) return JSON.stringify(value);
    return `[${value.map((element) => jsonText(element, depth + 1) ?? 'null').join(',')}]`;
  }
  if (depth > 1 || typeof (/** @type {any} */ (value).toJSON) === 'function') return JSON.stringify(value);
  const members = [];
  for (const [key, element] of Object.entries(value)) {
    const text = jsonText(element, depth + 1);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * Response JSON (kaltura-rules §5.3): nulls omitted, `objectType` on every object, internal `_fields`
 * never written. An object of a registered class writes its declared properties (plus derived
 * ones computed from `ctx`, e.g. URLs built from ctx.baseUrl), in declaration order, with
 * `objectType` last.
 * @param {unknown} value
 * @param {any} [ctx]
 * @param {string} [declaredClass] objectType to use for a stored object that lacks one
 * @returns {unknown}
 */
export function serialize(value, ctx, declaredClass) {
  if (value === null || value === undefined || value === NULL_FIELD) return undefined;
  if (alreadySerialized.has(/** @type {object} */ (value))) return value;
  if (Array.isArray(value)) {
    return value.map((element) => serialize(element, ctx, declaredClass)).filter((element) => element !== undefined);
  }
  if (typeof value !== 'object') return value;
  const record = /** @type {Record<string, unknown>} */ (value);
  const className = typeof record.objectType === 'string' ? record.objectType : declaredClass;
  if (className && classes.get(className)?.neverReturned) return undefined;
  /** @type {Record<string, unknown>} */
  const output = {};
  if (className && classes.has(className)) {
    for (const { prop, kind, target, derive } of resolvedClass(className).writes) {
      const raw = derive ? derive(record, ctx) : record[prop];
      if (raw === undefined || raw === null || raw === NULL_FIELD) continue;
      let written = raw;
      if (kind === 'map') written = serializeMap(raw, ctx, target);
      else if (typeof raw === 'object')
        written = serialize(raw, ctx, kind === 'object' || kind === 'array' ? target : undefined);
      if (written !== undefined) output[prop] = written;
    }
  } else {
    for (const [key, raw] of Object.entries(record)) {
      if (key.startsWith('_') || key === 'objectType') continue;
      const written = serialize(raw, ctx);
      if (written !== undefined) output[key] = written;
    }
  }
  if (className) output.objectType = className;
  return output;
}

/**
 * @param {unknown} value
 * @param {ActionContext} ctx
 * @param {string} elementClass
 */
function serializeMap(value, ctx, elementClass) {
  if (!isRecord(value)) return undefined;
  return Object.fromEntries(
    Object.entries(value).map(([key, element]) => [key, serialize(element, ctx, elementClass)]),
  );
}

/* Generic classes every service relies on. */
defineEnum('KalturaNullableBoolean', 'int', NullableBoolean);
defineClass('KalturaFilter', { abstract: true, props: { orderBy: { type: 'string' } } });
defineClass('KalturaRelatedFilter', { parent: 'KalturaFilter', abstract: true });
defineClass('KalturaPager', { props: { pageSize: { type: 'int' }, pageIndex: { type: 'int' } } });
defineClass('KalturaFilterPager', { parent: 'KalturaPager' });
defineClass('KalturaListResponse', { props: { totalCount: { type: 'int', ro: true } } });
