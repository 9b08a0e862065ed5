// The task monitor demo: a KS from the sandbox (set as a property, never in a URL), and sandbox clock controls.
import '../src/elements/reach-task-monitor/index.js';
import { connectDemo, demoKs, SEED } from './demo-session.js';
import { addTask } from '../src/reach/tasks.js';
import { KalturaClient } from '../src/api/client.js';

const status = document.querySelector<HTMLElement>('#demo-status')!;

async function forward(seconds: number): Promise<void> {
  await fetch('/__sandbox/clock', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: seconds }),
  });
  status.textContent = `Sandbox clock moved ${seconds >= 86400 ? `${seconds / 86400} days` : `${seconds / 60} minute`} ahead.`;
  // The elements' poller will notice; refreshing each one shows it at once.
  for (const monitor of document.querySelectorAll('reach-task-monitor')) void monitor.refresh();
}

document.querySelector('#forward-minute')!.addEventListener('click', () => void forward(60));
document.querySelector('#forward-day')!.addEventListener('click', () => void forward(5 * 86400));
document.querySelector('#order')!.addEventListener('click', async () => {
  // What an order panel does: the new task reaches the monitors through the shared session's store when they refresh.
  const client = new KalturaClient({ serviceUrl: location.origin, ks: await demoKs() });
  try {
    const task = await client.call(
      addTask({ entryId: SEED.entries.withTasks, catalogItemId: SEED.catalog.machineCaptionsEnglishResubmittable }),
    );
    status.textContent = `Ordered task ${task.id}.`;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : 'The order failed.';
  }
  for (const monitor of document.querySelectorAll('reach-task-monitor')) void monitor.refresh();
});

// The sandbox answers on this page's own origin.
for (const monitor of document.querySelectorAll('reach-task-monitor')) monitor.serviceUrl = location.origin;
void connectDemo();
