// @ts-check
/**
 * A large account stays fast because calls reach only what they touch: with 10,000 tasks and 2,000 entries,
 * orders, updates, reads and the clock's work (vendors delivering) never walk a whole collection — the clock
 * hooks, the duplicate check and the vendor simulator find what they need through indexes kept beside the state.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createSandbox } from '../../src/sandbox/index.js';
import { jsonText, serializeOnce } from '../../src/sandbox/registry.js';
import { SEED } from '../../src/sandbox/seed/ids.js';

const TASKS = 10_000;
const ENTRIES = 2_000;
const ORDERS = 20;

/** A tasks Map that counts the walks over it (every way of iterating a Map). */
class CountingMap extends Map {
  walks = 0;
  values() {
    this.walks += 1;
    return super.values();
  }
  keys() {
    this.walks += 1;
    return super.keys();
  }
  entries() {
    this.walks += 1;
    return super.entries();
  }
  [Symbol.iterator]() {
    return this.entries();
  }
  /** @param {(value: any, key: any, map: Map<any, any>) => void} callback */
  forEach(callback) {
    this.walks += 1;
    super.forEach(callback);
  }
}

/**
 * A keyed collection that counts the times its keys are listed (Object.keys / values / entries, for…in).
 * @param {Record<string, any>} collection
 */
function countingCollection(collection) {
  const counter = { walks: 0 };
  const proxy = new Proxy(collection, {
    ownKeys(target) {
      counter.walks += 1;
      return Reflect.ownKeys(target);
    },
  });
  return { proxy, counter };
}

test('orders, updates and the vendors over 10,000 tasks and 2,000 entries walk no collection', () => {
  const sandbox = createSandbox({ log: () => {} });
  const { state } = sandbox;
  const template = [...state.tasks.values()].find((task) => task.partnerId === SEED.partner);
  const tasks = new CountingMap(state.tasks);
  for (let index = 0; index < TASKS; index++) {
    const id = String(7_000_000 + index);
    tasks.set(id, { ...template, id, status: 2 });
  }
  const video = state.entries[SEED.entries.welcome];
  const videos = Array.from({ length: ENTRIES }, (_, index) => `0_scale${String(index).padStart(4, '0')}`);
  for (const id of videos) state.entries[id] = { ...structuredClone(video), id };
  const entries = countingCollection(state.entries);
  const flavors = countingCollection(state.flavorAssets);
  Object.assign(state, { tasks, entries: entries.proxy, flavorAssets: flavors.proxy });

  const ks = sandbox.call('session', 'start', {
    secret: SEED.secrets[SEED.partner].admin,
    partnerId: SEED.partner,
    type: 2,
    userId: 'scale',
  });
  /** @param {string} entryId */
  const order = (entryId) =>
    sandbox.call('reach_entryvendortask', 'add', {
      ks,
      entryVendorTask: {
        objectType: 'KalturaEntryVendorTask',
        entryId,
        catalogItemId: SEED.catalog.machineCaptionsEnglish,
        reachProfileId: SEED.profiles.unlimited,
      },
    });
  // The first calls find what is in the collections (once each).
  assert.equal(/** @type {any} */ (order(videos[0])).objectType, 'KalturaEntryVendorTask');
  tasks.walks = entries.counter.walks = flavors.counter.walks = 0;

  const ordered = videos.slice(1, ORDERS + 1).map((entryId) => /** @type {any} */ (order(entryId)));
  assert.deepEqual(
    ordered.map((task) => task.status),
    ordered.map(() => 1),
    'every order is PENDING',
  );
  for (const [index, task] of ordered.entries()) {
    const updated = /** @type {any} */ (
      sandbox.call('reach_entryvendortask', 'update', {
        ks,
        id: task.id,
        entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: `note ${index}` },
      })
    );
    assert.equal(updated.notes, `note ${index}`);
  }
  const duplicate = /** @type {any} */ (order(videos[1]));
  assert.equal(duplicate.code, 'ENTRY_VENDOR_TASK_DUPLICATION');
  // The machine vendor delivers 10 s after the order: captions on every ordered entry.
  sandbox.clock.advance(11);
  const delivered = ordered.map(
    (task) => /** @type {any} */ (sandbox.call('reach_entryvendortask', 'get', { ks, id: task.id })),
  );
  assert.deepEqual(
    delivered.map((task) => task.status),
    ordered.map(() => 2),
    'every task is READY',
  );

  assert.equal(tasks.walks, 0, 'walks over the tasks');
  assert.equal(entries.counter.walks, 0, 'walks over the entries');
  assert.equal(flavors.counter.walks, 0, 'walks over the flavors');
});

test('a page of tasks asked again shows what changed in its tasks since (update, vendor, approve)', () => {
  const sandbox = createSandbox({ log: () => {} });
  const ks = sandbox.call('session', 'start', {
    secret: SEED.secrets[SEED.partner].admin,
    partnerId: SEED.partner,
    type: 2,
    userId: 'scale',
  });
  const task = /** @type {any} */ (
    sandbox.call('reach_entryvendortask', 'add', {
      ks,
      entryVendorTask: {
        objectType: 'KalturaEntryVendorTask',
        entryId: SEED.entries.welcome,
        catalogItemId: SEED.catalog.machineCaptionsEnglish,
        reachProfileId: SEED.profiles.unlimited,
      },
    })
  );
  const listed = () => {
    const page = /** @type {any} */ (
      sandbox.call('reach_entryvendortask', 'list', {
        ks,
        filter: { objectType: 'KalturaEntryVendorTaskFilter', idEqual: task.id },
      })
    );
    return page.objects.map((/** @type {any} */ object) => [object.status, object.notes]);
  };
  assert.deepEqual(listed(), [[1, undefined]]);
  sandbox.call('reach_entryvendortask', 'update', {
    ks,
    id: task.id,
    entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: 'first' },
  });
  assert.deepEqual(listed(), [[1, 'first']]);
  sandbox.clock.advance(3);
  assert.deepEqual(listed(), [[3, 'first']]);
  sandbox.clock.advance(7);
  assert.deepEqual(listed(), [[2, 'first']]);
});

test('a response written from kept answers is the text JSON.stringify writes', () => {
  const task = serializeOnce({ objectType: 'KalturaEntryVendorTask', id: '1', notes: 'a "quoted" note', price: 2.5 });
  const bodies = [
    { objectType: 'KalturaEntryVendorTaskListResponse', objects: [task, task], totalCount: 2 },
    [{ objectType: 'KalturaEntryVendorTaskListResponse', objects: [task], totalCount: 1 }, 'text', 3, null],
    { a: 1, skipped: undefined, fn: () => 1, list: [undefined, NaN, new Date(0), { b: undefined }], deep: { c: [1] } },
    [[task]],
    'a KS',
    true,
  ];
  for (const body of bodies) assert.equal(jsonText(body), JSON.stringify(body));
});
