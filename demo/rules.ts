// The REACH settings demo: the rules of one profile beside the account's tasks, and a button that puts an
// entry in Biology so that the profile's Biology rule fires on the sandbox.
import '../src/elements/reach-rules/index.js';
import '../src/elements/reach-task-monitor/index.js';
import * as z from 'zod/mini';
import { KalturaClient } from '../src/api/client.js';
import { apiCall } from '../src/reach/call.js';
import { mountRtlToggle } from './demo-dir.js';
import { connectDemo, demoKs, SEED } from './demo-session.js';

const status = document.querySelector<HTMLElement>('#demo-status')!;
const monitors = () => document.querySelectorAll('reach-task-monitor');
/** Entries of the seed that are not in Biology yet, put there one per click. */
const waiting: string[] = [
  SEED.entries.keynote30,
  SEED.entries.podcast20,
  SEED.entries.welcome,
  SEED.entries.withTasks,
];

document.querySelector('#to-biology')!.addEventListener('click', async () => {
  const entryId = waiting.shift();
  if (!entryId) {
    status.textContent = 'Every demo entry is in Biology already; reset the sandbox to start again.';
    return;
  }
  const client = new KalturaClient({ serviceUrl: location.origin, ks: await demoKs() });
  const categoryEntry = { objectType: 'KalturaCategoryEntry', entryId, categoryId: SEED.categories.biology };
  try {
    // What a CMS does when someone files an entry under a category; the profile's rules do the rest.
    await client.call(apiCall('categoryentry', 'add', { categoryEntry }, z.unknown(), true));
    status.textContent = `Entry ${entryId} is now in Biology.`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : 'The entry could not be put in Biology.';
  }
  for (const monitor of monitors()) void monitor.refresh();
});

document.querySelector('#forward')!.addEventListener('click', async () => {
  await fetch('/__sandbox/clock', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: 600 }),
  });
  status.textContent = 'Sandbox clock moved 10 minutes ahead.';
  for (const monitor of monitors()) void monitor.refresh();
});

mountRtlToggle();

for (const element of document.querySelectorAll<HTMLElement & { serviceUrl?: string }>(
  'reach-rules, reach-task-monitor',
))
  element.serviceUrl = location.origin;
void connectDemo();
