// The AI Agents demo: a CMS-like page with <reach-agents>, an upload that really adds a media entry
// through the sandbox (media.add + media.addContent), and the sandbox clock's fast-forward.
import '../src/elements/reach-agents/index.js';
import '../src/elements/reach-task-monitor/index.js';
import { connectDemo, demoKs } from './demo-session.js';
import { KalturaClient } from '../src/api/client.js';
import { addMediaEntry, addUrlContent } from '../src/reach/uploads.js';
import { MediaType } from '../src/reach/enums.js';
import type { ReachAgents } from '../src/elements/reach-agents/reach-agents.js';

const agents = document.querySelector<ReachAgents>('reach-agents')!;
const uploaded = document.querySelector<HTMLElement>('#uploaded')!;
/** The last upload's tasks, shown once there is an upload. */
let monitor: HTMLElementTagNameMap['reach-task-monitor'] | undefined;
const status = document.querySelector<HTMLElement>('#demo-status')!;
const noun = document.querySelector<HTMLSelectElement>('#noun')!;

// The sandbox answers on this page's own origin.
agents.serviceUrl = location.origin;
agents.agentsUrl = `${location.origin}/agents-manager`;

noun.addEventListener('change', () => {
  agents.noun = noun.value === 'workflow' ? 'workflow' : 'agent';
  document.querySelector('#nav-agents')!.textContent = noun.value === 'workflow' ? 'Agentic Workflows' : 'Agents';
});

let uploads = 0;
document.querySelector('#upload')!.addEventListener('click', async () => {
  const client = new KalturaClient({ serviceUrl: location.origin, ks: await demoKs() });
  uploads += 1;
  try {
    const entry = await client.call(addMediaEntry(`Demo upload ${uploads}`, MediaType.VIDEO));
    await client.call(addUrlContent(entry.id, 'https://media.example.com/demo-upload.mp4'));
    status.textContent = `Uploaded "${entry.name ?? entry.id}": it is converting. Fast-forward a minute to make it Ready.`;
    if (!monitor) {
      monitor = document.createElement('reach-task-monitor');
      monitor.serviceUrl = location.origin;
      monitor.ks = agents.ks;
      uploaded.append(monitor);
    }
    monitor.entryId = entry.id;
    uploaded.hidden = false;
  } catch (error) {
    status.textContent = error instanceof Error ? error.message : 'The upload failed.';
  }
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-forward]')) {
  button.addEventListener('click', async () => {
    const seconds = Number(button.dataset.forward);
    await fetch('/__sandbox/clock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance: seconds }),
    });
    status.textContent = `The sandbox clock moved ${seconds >= 3600 ? `${seconds / 3600} hours` : `${seconds / 60} minute`} ahead.`;
    await agents.refresh();
    void monitor?.refresh();
  });
}

agents.addEventListener('reach-agent-changed', (event) => {
  status.textContent = `"${event.agent.name}" is now ${event.agent.status === 'Enabled' ? 'active' : event.agent.status === 'Deleted' ? 'deleted' : 'inactive'}.`;
});
agents.addEventListener('reach-agent-run', (event) => {
  status.textContent = `"${event.agent.name}" started ${event.executionIds.length} run(s).`;
});

void connectDemo();
