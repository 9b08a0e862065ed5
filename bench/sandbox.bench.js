// Sandbox throughput: reach_entryvendortask.list over 10,000 tasks on loopback, and memory at rest.
import { startSandboxServer } from '../src/sandbox/index.js';
import { SEED } from '../src/sandbox/seed/ids.js';

const TASKS = 10_000;
const REQUESTS = 2_000;
const CONCURRENCY = 8;

const server = await startSandboxServer({ port: 0, log: () => {} });
const { sandbox, url } = server;

// Fill the partner's account with 10,000 tasks shaped like the seeded ones.
const template = Object.values(sandbox.state.tasks).find((task) => task.partnerId === SEED.partner);
const firstId = 5_000_000;
for (let index = 0; index < TASKS; index += 1) {
  const id = String(firstId + index);
  sandbox.state.tasks[id] = { ...template, id, createdAt: template.createdAt - index, status: (index % 6) + 1 === 7 ? 1 : (index % 6) + 1 };
}

const ks = sandbox.call('session', 'start', { secret: SEED.secrets[SEED.partner].admin, partnerId: SEED.partner, type: 2, userId: 'bench' });
const body = new URLSearchParams({
  format: '1',
  ks,
  'filter[objectType]': 'KalturaEntryVendorTaskFilter',
  'filter[orderBy]': '-createdAt',
  'pager[pageSize]': '50',
});

async function list() {
  const response = await fetch(`${url}/api_v3/service/reach_entryvendortask/action/list`, { method: 'POST', body });
  const result = await response.json();
  if (!Array.isArray(result.objects) || result.totalCount < TASKS) throw new Error(`unexpected answer: ${JSON.stringify(result).slice(0, 200)}`);
}

await list(); // warm-up
let sent = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (sent < REQUESTS) {
      sent += 1;
      await list();
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
console.log(`reach_entryvendortask.list (pageSize 50, -createdAt) over ${TASKS} tasks: ${(REQUESTS / seconds).toFixed(0)} requests/s (${REQUESTS} requests, concurrency ${CONCURRENCY})`);
console.log(`memory at rest with ${Object.keys(sandbox.state.tasks).length} tasks: rss ${(rss / 2 ** 20).toFixed(1)} MiB, heap used ${(heapUsed / 2 ** 20).toFixed(1)} MiB`);
await server.close();
