// @ts-check
/**
 * Roll-back for writing calls in proportion to what they touch. A writing action sees the state through
 * proxies that note, before the first change of each property or Map key, what it held; if the action
 * throws, those notes are played back in reverse and the state is exactly as before. Objects are wrapped
 * only when the action reaches them, so a call that touches one task of 10,000 notes one task.
 *
 * What the action stores goes in unwrapped (`rawOf`), so the state never keeps a proxy after the call.
 */

/** A journal proxy answers the object it wraps under this key (a plain object has no such property). */
const RAW = Symbol('raw');

/**
 * The object behind a journal proxy (or the value itself): for identity (WeakMap keys) and for
 * `structuredClone`, which cannot clone a proxy.
 * @template T
 * @param {T} value
 * @returns {T}
 */
export function rawOf(value) {
  return typeof value === 'object' && value !== null ? /** @type {any} */ (value[RAW] ?? value) : value;
}

/**
 * What a committed call changed: each object it changed (unwrapped) → the keys it set or deleted there.
 * @typedef {Map<object, Set<unknown>>} Touched
 */

/** @type {Array<(state: Record<string, any>, touched: Touched) => void>} */
const commitListeners = [];

/**
 * Calls `listener` after every writing call that succeeded, with what it changed, so that an index kept beside
 * the state (what the clock has yet to do, say) takes in those objects instead of scanning every collection.
 * @param {(state: Record<string, any>, touched: Touched) => void} listener
 */
export function onCommit(listener) {
  commitListeners.push(listener);
}

/**
 * The ids of the members of a keyed `collection` that a call touched: keys it set or deleted on the collection,
 * and the ids of the members it changed.
 * @param {Record<string, any>} collection the raw collection (keyed by the members' `id`)
 * @param {Touched} touched
 * @returns {Set<string>}
 */
export function touchedMembers(collection, touched) {
  const ids = new Set(/** @type {Iterable<string>} */ (touched.get(collection) ?? []));
  for (const target of touched.keys()) {
    const id = /** @type {Record<string, any>} */ (target).id;
    if (typeof id === 'string' && collection[id] === target) ids.add(id);
  }
  return ids;
}

/**
 * Runs `run` with a journaled view of `state`; if it throws, every change it made is undone and the error
 * rethrown.
 * @template T
 * @param {Record<string, any>} state
 * @param {(state: Record<string, any>) => T} run
 * @returns {T}
 */
export function runJournaled(state, run) {
  const journal = createJournal();
  try {
    const result = run(journal.wrap(state));
    for (const listener of commitListeners) listener(state, journal.touched);
    return result;
  } catch (error) {
    journal.undo();
    throw error;
  } finally {
    journal.close();
  }
}

function createJournal() {
  /** @type {Array<() => void>} */
  const undoSteps = [];
  /** target → its proxy in this journal, so an object has one identity during the call. @type {Map<object, object>} */
  const proxies = new Map();
  /** target → the keys whose old values are noted. @type {Map<object, Set<unknown>>} */
  const noted = new Map();
  let open = true;

  /**
   * @param {object} target
   * @param {unknown} key
   */
  function note(target, key) {
    if (!open) return;
    let keys = noted.get(target);
    if (!keys) noted.set(target, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    if (Array.isArray(target)) {
      // Arrays are noted whole once (a restored `length` does not reliably drop what was pushed).
      if (keys.size === 1) noteWhole(target);
    } else if (target instanceof Map) {
      const had = target.has(key);
      const old = target.get(key);
      undoSteps.push(() => (had ? target.set(key, old) : target.delete(key)));
    } else {
      const property = /** @type {PropertyKey} */ (key);
      const old = Reflect.getOwnPropertyDescriptor(target, property);
      undoSteps.push(() =>
        old ? Reflect.defineProperty(target, property, old) : Reflect.deleteProperty(target, property),
      );
    }
  }

  /**
   * Notes a whole object (shallow) before a property is deleted from it: putting one key back would move
   * it to the end, and key order shows in every answer. Deletions are rare, so this stays cheap. Arrays
   * in the state are short lists and are always noted so.
   * @param {object} target
   */
  function noteWhole(target) {
    if (!open) return;
    if (Array.isArray(target)) {
      const items = target.slice();
      undoSteps.push(() => {
        target.length = 0;
        target.push(...items);
      });
    } else {
      const descriptors = Object.getOwnPropertyDescriptors(target);
      undoSteps.push(() => {
        for (const key of Reflect.ownKeys(target)) Reflect.deleteProperty(target, key);
        Object.defineProperties(target, descriptors);
      });
    }
  }

  /**
   * @template T
   * @param {T} value
   * @returns {T}
   */
  function wrap(value) {
    // Values read from the state are never proxies: stores unwrap what they store.
    if (!open || typeof value !== 'object' || value === null) return value;
    let proxy = proxies.get(value);
    if (!proxy) {
      proxy = new Proxy(/** @type {any} */ (value), value instanceof Map ? mapHandler : objectHandler);
      proxies.set(value, proxy);
    }
    return /** @type {T} */ (proxy);
  }

  /** @type {ProxyHandler<Record<PropertyKey, unknown>>} */
  const objectHandler = {
    get(target, key) {
      if (key === RAW) return target;
      const value = Reflect.get(target, key);
      if (typeof value !== 'object' || value === null) return value;
      // A proxy invariant: a frozen property must answer its own value.
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor && !descriptor.configurable && !descriptor.writable ? value : wrap(value);
    },
    set(target, key, value) {
      note(target, key);
      return Reflect.set(target, key, unwrapDeep(value));
    },
    deleteProperty(target, key) {
      if (Array.isArray(target)) note(target, key);
      else if (Object.hasOwn(target, key)) {
        noteWhole(target);
        // Known as touched; a later set of the key needs no note of its own (the whole object is noted).
        if (open) noted.get(target)?.add(key) ?? noted.set(target, new Set([key]));
      }
      return Reflect.deleteProperty(target, key);
    },
    defineProperty(target, key, descriptor) {
      note(target, key);
      return Reflect.defineProperty(
        target,
        key,
        'value' in descriptor ? { ...descriptor, value: unwrapDeep(descriptor.value) } : descriptor,
      );
    },
  };

  /** @type {ProxyHandler<Map<unknown, unknown>>} */
  const mapHandler = {
    get(map, key) {
      switch (key) {
        case RAW:
          return map;
        case 'size':
          return map.size;
        case 'get':
          return (/** @type {unknown} */ mapKey) => wrap(map.get(mapKey));
        case 'set':
          return (/** @type {unknown} */ mapKey, /** @type {unknown} */ value) => {
            note(map, mapKey);
            map.set(mapKey, unwrapDeep(value));
            return proxies.get(map);
          };
        case 'delete':
          return (/** @type {unknown} */ mapKey) => {
            note(map, mapKey);
            return map.delete(mapKey);
          };
        case 'clear':
          return () => {
            for (const mapKey of map.keys()) note(map, mapKey);
            map.clear();
          };
        case 'values':
          return function* values() {
            for (const value of map.values()) yield wrap(value);
          };
        case 'entries':
        case Symbol.iterator:
          return function* entries() {
            for (const [mapKey, value] of map) yield [mapKey, wrap(value)];
          };
        case 'forEach':
          return (/** @type {(value: unknown, key: unknown, map: unknown) => void} */ callback) =>
            map.forEach((value, mapKey) => callback(wrap(value), mapKey, proxies.get(map)));
        default: {
          const member = Reflect.get(map, key, map);
          return typeof member === 'function' ? member.bind(map) : member;
        }
      }
    },
  };

  return {
    wrap,
    touched: noted,
    undo() {
      for (let index = undoSteps.length - 1; index >= 0; index--) undoSteps[index]();
    },
    /** After the call its proxies (kept by a cache, say) still work, but note nothing and wrap nothing new. */
    close() {
      open = false;
      undoSteps.length = 0;
      proxies.clear();
      noted.clear();
    },
  };
}

/**
 * `value` with every journal proxy inside it replaced by its object (in place: the value is being stored).
 * @param {unknown} value
 * @param {Set<object>} [seen]
 * @returns {any}
 */
function unwrapDeep(value, seen = new Set()) {
  if (typeof value !== 'object' || value === null) return value;
  const raw = rawOf(value);
  if (raw !== value || seen.has(raw)) return raw;
  seen.add(raw);
  if (raw instanceof Map) {
    for (const [key, element] of raw) {
      const unwrapped = unwrapDeep(element, seen);
      if (unwrapped !== element) raw.set(key, unwrapped);
    }
  } else {
    for (const key of Object.keys(raw)) {
      const element = /** @type {Record<string, unknown>} */ (raw)[key];
      const unwrapped = unwrapDeep(element, seen);
      if (unwrapped !== element) /** @type {Record<string, unknown>} */ (raw)[key] = unwrapped;
    }
  }
  return raw;
}
