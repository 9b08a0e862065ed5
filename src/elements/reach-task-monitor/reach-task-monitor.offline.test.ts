// The card's parts (card-parts.ts) cannot be downloaded. In a file of its own: the page keeps the broken part.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReachErrorEvent } from '../../events.js';
import { PART_FAILURE, breakPart } from '../../../test/browser/parts.js';
import { resetSandbox, startKs } from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';
import { E, T, button, card, monitor } from '../../../test/browser/task-monitor.js';

describe('reach-task-monitor: a part that cannot be downloaded', () => {
  beforeEach(() => resetSandbox());

  it('asks for it again when the user presses an action, not when the focus passes over it', async () => {
    breakPart(new URL('./card-parts.js', import.meta.url));
    const el = await monitor(await startKs(), E.withTasks);
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).message));
    const approve = button(card(el, T.pendingModeration), /^Approve/);

    approve.focus();
    await waitUntil(() => reported.length === 1, 'the failed download was not reported');
    approve.blur();
    approve.focus();
    await el.updateComplete;
    expect(reported).to.have.length(1);

    approve.click();
    await waitUntil(() => reported.length === 2, 'pressing Approve did not ask for the part again');
    await waitUntil(() => card(el, T.pendingModeration).querySelector('[role=alert]'), 'the failure was not shown');
    expect(text(card(el, T.pendingModeration).querySelector('[role=alert]')!)).to.equal(PART_FAILURE);
    await expect(el).to.be.accessible();
  });
});
