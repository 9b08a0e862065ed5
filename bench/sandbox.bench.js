// Sandbox throughput over 10,000 tasks on loopback: list (the same filter again, a new filter each time), add and
// update per second, each beside its ceiling — a bare Node HTTP server answering the same bytes — and its goal;
// memory at rest. The machine is shared and noisy: every figure is the median of several rounds after a warm-up,
// and each round measures its own ceiling just before, so that a share of the ceiling compares like with like.
import { createServer } from 'node:http';
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';

const TASKS = 10_000;
const ROUNDS = 5;
const WARM_UP = 200;
const LISTS_PER_ROUND = 600;
const WRITES_PER_ROUND = 300;
const IN_PROCESS = 500;
const CONCURRENCY = 8;
const GOALS = { readShare: 0.5, writesPerSecond: 1_000 };

const server = await startSandboxServer({ port: 0, log: () => {} });
const { sandbox, url } = server;

// Fill the partner's account with 10,000 tasks shaped like the seeded ones.
const template = [...sandbox.state.tasks.values()].find((task) => task.partnerId === SEED.partner);
const firstId = 5_000_000;
for (let index = 0; index < TASKS; index += 1) {
  const id = String(firstId + index);
  sandbox.state.tasks.set(id, { ...template, id, createdAt: template.createdAt - index, status: (index % 6) + 1 });
}
// One ready video per order, so that no order is a duplicate of another; all stored before the first call.
const video = sandbox.state.entries[SEED.entries.welcome];
const ordersOverHttp = WARM_UP + ROUNDS * WRITES_PER_ROUND + 1;
/** @param {string} prefix @param {number} count */
const readyVideos = (prefix, count) => {
  const ids = Array.from({ length: count }, (_, index) => `0_${prefix}${String(index).padStart(5, '0')}`);
  for (const id of ids) sandbox.state.entries[id] = { ...structuredClone(video), id };
  return ids;
};
const orderEntries = readyVideos('bench', ordersOverHttp);
const inProcessEntries = readyVideos('benchx', IN_PROCESS);

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
// A bound no task reaches makes every request a new filter, so each answer filters every task.
let filters = 0;
const newFilterEachTime = () => {
  const body = sameList();
  body.set('filter[createdAtLessThanOrEqual]', String(2_000_000_000 + filters++));
  return body;
};
let orders = 0;
const addBody = () =>
  new URLSearchParams({
    format: '1',
    ks,
    'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
    'entryVendorTask[entryId]': orderEntries[orders++],
    'entryVendorTask[catalogItemId]': String(SEED.catalog.machineCaptionsEnglish),
    'entryVendorTask[reachProfileId]': String(SEED.profiles.unlimited),
  });
let updates = 0;
const updateBody = () => {
  updates += 1;
  return new URLSearchParams({
    format: '1',
    ks,
    id: String(firstId + ((updates * 7) % TASKS)),
    'entryVendorTask[objectType]': 'KalturaEntryVendorTask',
    'entryVendorTask[notes]': `bench ${updates}`,
  });
};

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
 * Requests per second of `count` calls, `CONCURRENCY` at a time.
 * @param {string} target @param {() => URLSearchParams} bodyOf @param {(result: any) => boolean} isExpected
 * @param {number} count
 */
async function throughput(target, bodyOf, isExpected, count) {
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < count) {
        sent += 1;
        await post(target, bodyOf(), isExpected);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

const api = (/** @type {string} */ action) => `${url}/api_v3/service/reach_entryvendortask/action/${action}`;

/**
 * A bare Node HTTP server that reads the body and answers `bytes`, nothing else: the ceiling of a figure.
 * @param {ArrayBuffer} bytes
 */
async function bareServer(bytes) {
  const answer = Buffer.from(bytes);
  const bare = createServer((req, res) => {
    req
      .resume()
      .on('end', () =>
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': answer.byteLength }).end(answer),
      );
  });
  await new Promise((resolve) => bare.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (bare.address());
  return { url: `http://127.0.0.1:${address.port}/`, bytes: answer.byteLength, close: () => bare.close() };
}

const answerOf = (/** @type {string} */ action, /** @type {URLSearchParams} */ body) =>
  fetch(api(action), { method: 'POST', body }).then((response) => response.arrayBuffer());
const listCeiling = await bareServer(await answerOf('list', sameList()));
const taskCeiling = await bareServer(await answerOf('add', addBody()));

/** @param {number[]} values */
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs each figure's rounds (after a warm-up of each), every round just after its ceiling's, and answers the
 * medians of the rates and of their shares of the ceiling.
 * @param {{ ceiling: { url: string }, run: (count: number) => Promise<number>, count: number }[]} figures
 */
async function measure(figures) {
  for (const figure of figures) {
    await throughput(figure.ceiling.url, sameList, () => true, WARM_UP);
    await figure.run(WARM_UP);
  }
  const samples = figures.map(() => ({ rates: /** @type {number[]} */ ([]), ceilings: /** @type {number[]} */ ([]) }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [index, figure] of figures.entries()) {
      samples[index].ceilings.push(await throughput(figure.ceiling.url, sameList, () => true, figure.count));
      samples[index].rates.push(await figure.run(figure.count));
    }
  }
  return samples.map(({ rates, ceilings }) => ({
    rate: median(rates),
    ceiling: median(ceilings),
    share: median(rates.map((rate, index) => rate / ceilings[index])),
  }));
}

/**
 * @param {{ url: string }} ceiling @param {string} action @param {() => URLSearchParams} bodyOf
 * @param {(result: any) => boolean} isExpected @param {number} count requests a round
 */
const figureOf = (ceiling, action, bodyOf, isExpected, count) => ({
  ceiling,
  count,
  run: (/** @type {number} */ requests) => throughput(api(action), bodyOf, isExpected, requests),
});
const [same, fresh, adds, changes] = await measure([
  figureOf(listCeiling, 'list', sameList, listed, LISTS_PER_ROUND),
  figureOf(listCeiling, 'list', newFilterEachTime, listed, LISTS_PER_ROUND),
  figureOf(taskCeiling, 'add', addBody, isTask, WRITES_PER_ROUND),
  figureOf(taskCeiling, 'update', updateBody, isTask, WRITES_PER_ROUND),
]);

const perSecond = (/** @type {number} */ rate) => `${Math.round(rate)}/s`.padStart(7);
const percent = (/** @type {number} */ share) => `${Math.round(share * 100)} %`.padStart(5);
/** @param {string} label @param {{ rate: number, ceiling: number, share: number }} figure */
const readLine = (label, { rate, ceiling, share }) =>
  `  ${label.padEnd(30)}${perSecond(rate)}  ceiling ${perSecond(ceiling)} (${percent(share)})` +
  `  goal ≥ ${GOALS.readShare * 100} % of the ceiling: ${share >= GOALS.readShare ? 'met' : 'NOT met'}`;
/** @param {string} label @param {{ rate: number, ceiling: number, share: number }} figure */
const writeLine = (label, { rate, ceiling, share }) =>
  `  ${label.padEnd(30)}${perSecond(rate)}  ceiling ${perSecond(ceiling)} (${percent(share)})` +
  `  goal ≥ ${GOALS.writesPerSecond.toLocaleString('en')}/s: ${rate >= GOALS.writesPerSecond ? 'met' : 'NOT met'}`;
console.log(
  `over ${TASKS} tasks, ${CONCURRENCY} requests at a time; requests/s, median of ${ROUNDS} rounds after a warm-up;`,
);
const answerSizes = `${listCeiling.bytes} for a list, ${taskCeiling.bytes} for a task`;
console.log(`ceiling: a bare Node HTTP server answering the same bytes (${answerSizes})`);
console.log(readLine('list, the same filter again', same));
console.log(readLine('list, a new filter each time', fresh));
console.log(writeLine('add (an order)', adds));
console.log(writeLine('update (notes)', changes));

// The same writes in-process (no HTTP), which shows the sandbox's own cost when the machine is busy.
/** @param {(index: number) => unknown} call */
const inProcess = (call) => {
  const started = performance.now();
  for (let index = 0; index < IN_PROCESS; index++) call(index);
  return IN_PROCESS / ((performance.now() - started) / 1000);
};
const addInProcess = inProcess((index) =>
  sandbox.call('reach_entryvendortask', 'add', {
    ks,
    entryVendorTask: {
      objectType: 'KalturaEntryVendorTask',
      entryId: inProcessEntries[index],
      catalogItemId: SEED.catalog.machineCaptionsEnglish,
      reachProfileId: SEED.profiles.unlimited,
    },
  }),
);
const updateInProcess = inProcess((index) =>
  sandbox.call('reach_entryvendortask', 'update', {
    ks,
    id: String(firstId + index * 3),
    entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes: `in-process ${index}` },
  }),
);
console.log(`  in-process (no HTTP): add ${perSecond(addInProcess)}, update ${perSecond(updateInProcess)}`);
listCeiling.close();
taskCeiling.close();
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(
  `memory at rest with ${sandbox.state.tasks.size} tasks: rss ${(rss / 2 ** 20).toFixed(1)} MiB, heap used ${(heapUsed / 2 ** 20).toFixed(1)} MiB`,
);
await server.close();
