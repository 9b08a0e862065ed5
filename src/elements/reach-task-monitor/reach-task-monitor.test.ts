import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './index.js';
import type { ReachTaskMonitor } from './reach-task-monitor.js';
import { resetSandbox, SEED, serviceUrl, startKs } from '../../../test/browser/sandbox.js';

describe('reach-task-monitor smoke', () => {
  beforeEach(() => resetSandbox());
  it('shows an entry', async () => {
    const ks = await startKs();
    const el = await fixture<ReachTaskMonitor>(html`<reach-task-monitor entry-id=${SEED.entries.withTasks} service-url=${serviceUrl} .ks=${ks}></reach-task-monitor>`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.task').length > 0, 'tasks', { timeout: 5000 });
    console.log(el.shadowRoot!.textContent!.replace(/\s+/g, ' '));
  });
});
