// Sandbox throughput over 10,000 tasks on loopback: list (the same filter again, a new filter each time), add and
// update per second, and — as the ceiling — a bare Node HTTP server answering the same list bytes; memory at rest.
import { createServer } from 'node:http';
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';

const TASKS = 10_000;
const REQUESTS = 2_000;
const WRITES = 1_000;
const CONCURRENCY = 8;

const server = await startSandboxServer({ port: 0, log: () => {} });
const { sandbox, url } = server;

// Fill the partner's account with 10,000 tasks shaped like the seeded ones.
const template = [...sandbox.state.tasks.values()].find((task) => task.partnerId === SEED.partner);
const firstId = 5_000_000;
for (let index = 0; index < TASKS; index += 1) {
  const id = String(firstId + index);
  sandbox.state.tasks.set(id, { ...template, id, createdAt: template.createdAt - index, status: (index % 6) + 1 });
}
// One ready video per order, so that no order is a duplicate of another.
const video = sandbox.state.entries[SEED.entries.welcome];
const orderEntries = Array.from({ length: WRITES + 1 }, (_, index) => `0_bench${String(index).padStart(5, '0')}`);
for (const id of orderEntries) sandbox.state.entries[id] = { ...structuredClone(video), id };

const ks = sandbox.call('session', 'start', {
  secret: SEED.secrets[SEED.partner].admin,
  partnerId: SEED.partner,
  type: 2,
  userId: 'bench',
});

const sameList = () =>
  new URLSearchParams({
    format: '1',
    ks,
    'filter[objectType]': 'KalturaEntryVendorTaskFilter',
    'filter[orderBy]': '-createdAt',
    'pager[pageSize]': '50',
  });
// A bound no task reaches makes every request a new filter, so each answer filters and sorts every task.
/** @param {number} request */
const newFilterEachTime = (request) => {
  const body = sameList();
  body.set('filter[createdAtLessThanOrEqual]', String(2_000_000_000 + request));
  return body;
};
/** @param {number} request */
const addBody = (request) =>
  new URLSearchParams({
    format: '1',
    ks,
    'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
    'entryVendorTask[entryId]': orderEntries[request + 1],
    'entryVendorTask[catalogItemId]': String(SEED.catalog.machineCaptionsEnglish),
    'entryVendorTask[reachProfileId]': String(SEED.profiles.unlimited),
  });
/** @param {number} request */
const updateBody = (request) =>
  new URLSearchParams({
    format: '1',
    ks,
    id: String(firstId + (request + 1) * 7),
    'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
    'entryVendorTask[notes]': `bench ${request}`,
  });

/**
 * @param {string} target
 * @param {URLSearchParams} body
 * @param {(result: any) => boolean} isExpected
 */
async function post(target, body, isExpected) {
  const response = await fetch(target, { method: 'POST', body });
  const result = await response.json();
  if (!isExpected(result)) throw new Error(`unexpected answer: ${JSON.stringify(result).slice(0, 200)}`);
}
const listed = (/** @type {any} */ result) => Array.isArray(result.objects) && result.totalCount >= TASKS;
const isTask = (/** @type {any} */ result) => result.objectType === 'KalturaEntryVendorTask';

/**
 * Requests per second of `count` calls, `CONCURRENCY` at a time (after one warm-up call).
 * @param {string} target @param {(request: number) => URLSearchParams} bodyOf @param {(result: any) => boolean} isExpected
 */
async function throughput(target, bodyOf, isExpected, count = REQUESTS) {
  await post(target, bodyOf(-1), isExpected);
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count) {
        sent += 1;
        await post(target, bodyOf(sent - 1), isExpected);
      }
    }),
  );
  return Math.round(count / ((performance.now() - started) / 1000));
}

const api = (/** @type {string} */ action) => `${url}/api_v3/service/reach_entryvendortask/action/${action}`;

// The ceiling: the same answer bytes from a bare Node HTTP server that reads the body and does nothing else.
const listBytes = await fetch(api('list'), { method: 'POST', body: sameList() }).then((response) =>
  response.arrayBuffer(),
);
const bare = createServer((req, res) => {
  req
    .resume()
    .on('end', () =>
      res
        .writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': listBytes.byteLength })
        .end(Buffer.from(listBytes)),
    );
});
await new Promise((resolve) => bare.listen(0, '127.0.0.1', () => resolve(undefined)));
const bareUrl = `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (bare.address()).port}/`;

const ceiling = await throughput(bareUrl, sameList, listed);
const same = await throughput(api('list'), sameList, listed);
const fresh = await throughput(api('list'), newFilterEachTime, listed);
const adds = await throughput(api('add'), addBody, isTask, WRITES);
const updates = await throughput(api('update'), updateBody, isTask, WRITES);
const percent = (/** @type {number} */ rate) => `${Math.round((rate / ceiling) * 100)} % of the ceiling`;
console.log(
  `over ${TASKS} tasks, concurrency ${CONCURRENCY} (requests/s; goals: reads ≥ 50 % of the ceiling, writes ≥ 1,000/s)`,
);
console.log(`  bare Node HTTP server, same ${listBytes.byteLength} bytes (ceiling)  ${ceiling}`);
console.log(`  list, the same filter again                          ${same}  (${percent(same)})`);
console.log(`  list, a new filter each time                         ${fresh}  (${percent(fresh)})`);
console.log(`  add (${WRITES} orders)                                     ${adds}`);
console.log(`  update (${WRITES} notes)                                   ${updates}`);
// The same writes in-process (no HTTP), which shows the sandbox's own cost when the machine is busy.
const IN_PROCESS = 500;
const extraEntries = Array.from({ length: IN_PROCESS }, (_, index) => `0_benchx${String(index).padStart(4, '0')}`);
for (const id of extraEntries) sandbox.state.entries[id] = { ...structuredClone(video), id };
/** @param {(index: number) => unknown} call */
const perSecond = (call) => {
  const started = performance.now();
  for (let index = 0; index < IN_PROCESS; index++) call(index);
  return Math.round(IN_PROCESS / ((performance.now() - started) / 1000));
};
const addInProcess = perSecond((index) =>
  sandbox.call('reach_entryvendortask', 'add', {
    ks,
    entryVendorTask: {
      objectType: 'KalturaEntryVendorTask',
      entryId: extraEntries[index],
      catalogItemId: SEED.catalog.machineCaptionsEnglish,
      reachProfileId: SEED.profiles.unlimited,
    },
  }),
);
const updateInProcess = perSecond((index) =>
  sandbox.call('reach_entryvendortask', 'update', {
    ks,
    id: String(firstId + index * 3),
    entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: `in-process ${index}` },
  }),
);
console.log(`  in-process (no HTTP): add ${addInProcess}/s, update ${updateInProcess}/s`);
bare.close();
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(
  `memory at rest with ${sandbox.state.tasks.size} tasks: rss ${(rss / 2 ** 20).toFixed(1)} MiB, heap used ${(heapUsed / 2 ** 20).toFixed(1)} MiB`,
);
await server.close();
