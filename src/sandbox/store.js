// @ts-check
/**
 * The state: one object (README "State"), JSON-able except for the collections in `MAP_COLLECTIONS`, which
 * are Maps at run time and plain objects in the state file. With a state file it is loaded on start and
 * saved atomically (temp file + rename) after each writing call and on close.
 */
import { randomInt } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Keyed collections of the README's state shape; a seed, a fixture or an old state file may lack some. */
const COLLECTIONS = [
  'partners',
  'entries',
  'flavorAssets',
  'captionAssets',
  'cuePoints',
  'categories',
  'revokedSessions',
  'catalogItems',
  'reachProfiles',
  'tasks',
  'exports',
  'eventNotificationTemplates',
  'uploadTokens',
  'vendors',
  'agents',
  'agentTriggers',
  'agentActions',
  'agentExecutions',
  'users',
  'userRoles',
];
const LISTS = ['categoryEntries', 'partnerCatalogItems'];
/**
 * Keyed collections that grow large and have numeric ids. An object keyed by integer-like strings makes V8
 * sort its keys on every `Object.values` / `for…in` (milliseconds at 10 000 tasks, several times per call);
 * a Map iterates in insertion order at no such cost.
 */
const MAP_COLLECTIONS = ['tasks'];

/**
 * Fills in what the platform needs so that services never meet a missing collection.
 * @param {Record<string, any>} state
 */
export function normalizeState(state) {
  state.version ??= 1;
  state.clockOffset ??= 0;
  state.nextId ??= {};
  // Without a prototype, an id such as `__proto__` or `constructor` finds nothing instead of Object.prototype's members.
  for (const name of COLLECTIONS)
    if (!(state[name] instanceof Map)) state[name] = Object.assign(Object.create(null), state[name]);
  for (const name of LISTS) state[name] ??= [];
  for (const name of MAP_COLLECTIONS)
    if (!(state[name] instanceof Map)) state[name] = new Map(Object.entries(state[name]));
  for (const entry of Object.values(state.entries)) entry.objectType ??= 'KalturaMediaEntry';
  return state;
}

/**
 * @param {string} file
 * @returns {Record<string, any> | undefined} the saved state, or undefined when there is none
 */
export function loadState(file) {
  if (!existsSync(file)) return undefined;
  try {
    return normalizeState(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new Error(`cannot read the state file ${file}: ${error instanceof Error ? error.message : error}`, {
      cause: error,
    });
  }
}

/**
 * @param {string} file
 * @param {Record<string, any>} state
 */
export function saveState(file, state) {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, serializeState(state));
  renameSync(temporary, file);
}

/**
 * The state as JSON text, Map collections written as plain objects keyed by id (the state file's format).
 * @param {Record<string, any>} state
 */
export function serializeState(state) {
  const plain = { ...state };
  for (const name of MAP_COLLECTIONS) if (plain[name] instanceof Map) plain[name] = Object.fromEntries(plain[name]);
  return JSON.stringify(plain);
}

/**
 * Replaces the contents of `target` with those of `source`, keeping the object's identity
 * (everyone holds `sandbox.state`).
 * @param {Record<string, any>} target
 * @param {Record<string, any>} source
 */
export function replaceState(target, source) {
  for (const key of Object.keys(target)) delete target[key];
  Object.assign(target, source);
}

/**
 * Next id of a kind, e.g. nextId(state, 'entry') → 1, 2, …
 * @param {Record<string, any>} state
 * @param {string} kind
 * @param {number} [first]
 */
export function nextId(state, kind, first = 1) {
  const id = state.nextId[kind] ?? first;
  state.nextId[kind] = id + 1;
  return id;
}

/** Where ids made by newObjectId live: a new id is new in all of them. */
const OBJECT_COLLECTIONS = ['entries', 'flavorAssets', 'captionAssets', 'cuePoints'];
const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * A new id in the server's `0_xxxxxxxx` shape: eight random letters and digits, as Kaltura's are, so that
 * no one finds a file or a thumbnail by counting (kaltura-rules §5.10).
 * @param {Record<string, any>} state
 */
export function newObjectId(state) {
  for (;;) {
    const id = `0_${Array.from({ length: 8 }, () => ID_ALPHABET[randomInt(ID_ALPHABET.length)]).join('')}`;
    if (!OBJECT_COLLECTIONS.some((name) => state[name]?.[id])) return id;
  }
}

/**
 * `members` of a keyed collection in the collection's own order (the order a scan of it meets them): what the
 * clock does to several objects at once happens in that order, whichever index found them.
 * @param {Record<string, any>} collection
 * @param {Record<string, any>[]} members
 */
export function inKeyOrder(collection, members) {
  if (members.length < 2) return members;
  const position = new Map(Object.keys(collection).map((id, index) => [id, index]));
  return members.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
}
