// Sandbox throughput: reach_entryvendortask.list over 10,000 tasks on loopback, and memory at rest.
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';

const TASKS = 10_000;
const REQUESTS = 2_000;
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

const ks = sandbox.call('session', 'start', { secret: SEED.secrets[SEED.partner].admin, partnerId: SEED.partner, type: 2, userId: 'bench' });

const sameList = () =>
  new URLSearchParams({ format: '1', ks, 'filter[objectType]': 'KalturaEntryVendorTaskFilter', 'filter[orderBy]': '-createdAt', 'pager[pageSize]': '50' });
// A bound no task reaches makes every request a new filter, so each answer filters and sorts every task.
/** @param {number} request */
const newFilterEachTime = (request) => {
  const body = sameList();
  body.set('filter[createdAtLessThanOrEqual]', String(2_000_000_000 + request));
  return body;
};

/** @param {URLSearchParams} body */
async function list(body) {
  const response = await fetch(`${url}/api_v3/service/reach_entryvendortask/action/list`, { method: 'POST', body });
  const result = await response.json();
  if (!Array.isArray(result.objects) || result.totalCount < TASKS) throw new Error(`unexpected answer: ${JSON.stringify(result).slice(0, 200)}`);
}

/** Requests per second of `REQUESTS` list calls, `CONCURRENCY` at a time. @param {(request: number) => URLSearchParams} bodyOf */
async function throughput(bodyOf) {
  await list(bodyOf(-1)); // warm-up
  let sent = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (sent < REQUESTS) {
        sent += 1;
        await list(bodyOf(sent));
      }
    }),
  );
  return (REQUESTS / ((performance.now() - started) / 1000)).toFixed(0);
}

const what = `reach_entryvendortask.list (pageSize 50, -createdAt) over ${TASKS} tasks, ${REQUESTS} requests, concurrency ${CONCURRENCY}`;
console.log(`${what}: the same list again ${await throughput(sameList)} requests/s, a new filter each time ${await throughput(newFilterEachTime)} requests/s`);
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(`memory at rest with ${sandbox.state.tasks.size} tasks: rss ${(rss / 2 ** 20).toFixed(1)} MiB, heap used ${(heapUsed / 2 ** 20).toFixed(1)} MiB`);
await server.close();
