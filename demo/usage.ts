// The usage demo: the account's credit and spend, a button that orders a few captions so the numbers
// move, a fast-forward into the next month, and a USER session to see what a non-administrator gets.
import '../src/elements/reach-usage/index.js';
import { KalturaClient } from '../src/api/client.js';
import { addTask } from '../src/reach/tasks.js';
import { mountRtlToggle } from './demo-dir.js';
import { connectDemo, demoKs, SEED } from './demo-session.js';

const status = document.querySelector<HTMLElement>('#demo-status')!;
const usage = document.querySelector('reach-usage')!;
usage.serviceUrl = location.origin;

document.querySelector('#order')!.addEventListener('click', async () => {
  const client = new KalturaClient({ serviceUrl: location.origin, ks: await demoKs() });
  const entries = [SEED.entries.lecture45, SEED.entries.keynote30, SEED.entries.podcast20];
  // The unlimited profile pays, so the demo never runs out of credit; refusals (a duplicate) are shown, not retried.
  const results = await Promise.allSettled(
    entries.map((entryId) =>
      client.call(
        addTask({
          entryId,
          catalogItemId: SEED.catalog.machineCaptionsSpanish,
          reachProfileId: SEED.profiles.unlimited,
        }),
      ),
    ),
  );
  const ordered = results.filter((result) => result.status === 'fulfilled').length;
  status.textContent = `${ordered} of ${entries.length} orders placed.`;
  void usage.refresh();
});

document.querySelector('#forward')!.addEventListener('click', async () => {
  await fetch('/__sandbox/clock', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ advance: 30 * 86_400 }),
  });
  status.textContent = 'The sandbox clock moved 30 days ahead.';
  void usage.refresh();
});

document.querySelector<HTMLInputElement>('#user')!.addEventListener('change', async (event) => {
  const asUser = (event.target as HTMLInputElement).checked;
  usage.ks = await demoKs(asUser ? { type: 0, userId: SEED.users.professor } : {});
  // A new KS of the same partner renews the session in place: once it is taken, look again as the new user.
  await usage.updateComplete;
  void usage.refresh();
});

mountRtlToggle();

void connectDemo();
