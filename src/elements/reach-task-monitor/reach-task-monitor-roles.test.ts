// The task monitor with the sessions people really have: a student's or an instructor's USER session (no
// role, or a Content Manager's), and what the buttons for several tasks offer.
import { expect, waitUntil } from '@open-wc/testing';
import type { ReachTaskMonitor } from './reach-task-monitor.js';
import { resetSandbox, SEED, startKs } from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';
import {
  E,
  T,
  STUDENT,
  monitor,
  rows,
  card,
  cardPartsLoaded,
  hasButton,
  openFilters,
} from '../../../test/browser/task-monitor.js';

const bulkButton = (el: ReachTaskMonitor, action: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`.bulk button[data-bulk=${action}]`);

async function choose(el: ReachTaskMonitor, taskId: number): Promise<void> {
  const row = rows(el).find((candidate) => candidate.dataset.id === String(taskId));
  if (!row) throw new Error(`task ${taskId} is not listed`);
  row.querySelector<HTMLInputElement>('input.choose')!.click();
  await el.updateComplete;
}

async function open(el: ReachTaskMonitor, taskId: number): Promise<HTMLElement> {
  rows(el)
    .find((candidate) => candidate.dataset.id === String(taskId))!
    .querySelector<HTMLButtonElement>('button.open')!
    .click();
  await el.updateComplete;
  return card(el, taskId);
}

describe('reach-task-monitor, by who is asking', () => {
  beforeEach(() => resetSandbox());

  it("follows a student's tasks without an administrator's role: says what it cannot do and offers only Cancel", async () => {
    const el = await monitor(await startKs({ type: 0, userId: STUDENT }));
    expect(el.shadowRoot!.querySelector('[role=alert]'), 'no error wall').to.equal(null);
    expect(rows(el).length).to.be.greaterThan(0);
    expect(text(el, '#not-admin')).to.equal(
      'This is a user session: you can follow these tasks and cancel the orders you placed. Approving, rejecting ' +
        "and exporting to CSV take an administrator session. Profile names are not shown: this session may not read the account's REACH profiles.",
    );
    expect(hasButton(el.shadowRoot!.querySelector('header')!, /Export to CSV/)).to.be.false;
    expect(text(el, '.bulk-count')).to.equal('Select tasks to cancel several at once.');
    await openFilters(el);
    expect(el.shadowRoot!.querySelector('#profile'), 'no profile filter without profiles').to.equal(null);
    await expect(el).to.be.accessible();

    // Someone else's order: nothing the student may do with it.
    await choose(el, T.pending);
    expect([bulkButton(el, 'approve'), bulkButton(el, 'reject')]).to.deep.equal([null, null]);
    expect(bulkButton(el, 'abort')!.disabled).to.be.true;
    expect(bulkButton(el, 'abort')!.getAttribute('aria-describedby')).to.equal('bulk-unavailable');
    expect(text(el, '#bulk-unavailable')).to.match(/^None of the selected tasks can be cancelled/);
    await expect(el).to.be.accessible();

    // Their own order awaiting approval: they may cancel it, an administrator approves it.
    await choose(el, T.pendingModeration);
    expect(bulkButton(el, 'abort')!.disabled).to.be.false;
    expect(el.shadowRoot!.querySelector('#bulk-unavailable')).to.equal(null);
    const own = await open(el, T.pendingModeration);
    expect(hasButton(own, /^Approve/)).to.be.false;
    expect(text(own)).to.contain('A REACH administrator has to approve this order');
    await expect(el).to.be.accessible();
  });

  it('shows an entry to a student without the CSV export', async () => {
    const el = await monitor(await startKs({ type: 0, userId: STUDENT }), E.withTasks);
    expect(rows(el)).to.have.length(0);
    expect(hasButton(card(el, T.pendingModeration), /^Cancel order/)).to.be.true;
    expect(hasButton(el.shadowRoot!.querySelector('header')!, /Export to CSV/)).to.be.false;
    expect(el.shadowRoot!.querySelector('#not-admin')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows a Content Manager's user session the profile names, and neither approval nor export", async () => {
    const lecturer = await startKs({ type: 0, userId: SEED.users.lecturer });
    const el = await monitor(lecturer);
    expect(text(el, '#not-admin')).to.match(/^This is a user session: .* take an administrator session\.$/);
    await openFilters(el);
    expect(text(el, '#profile')).to.contain('University — Default');
    await choose(el, T.pendingModeration);
    expect(bulkButton(el, 'approve')).to.equal(null);
    expect(hasButton(await open(el, T.pendingModeration), /^Approve/)).to.be.false;
    await expect(el).to.be.accessible();
  });

  it('offers an administrator session whose role may not approve or export both, and shows the refusals', async () => {
    const el = await monitor(await startKs({ type: 2, privileges: 'setrole:Basic User Session Role' }));
    expect(el.shadowRoot!.querySelector('#not-admin')).to.equal(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.export')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('.notice.error'), 'no verdict');
    expect(text(el, '.notice.error')).to.match(/^The export failed\. .*reach_entryvendortask->exporttocsv.* forbidden/);
    await expect(el).to.be.accessible();

    const waiting = await open(el, T.pendingModeration);
    [...waiting.querySelectorAll('button')].find((item) => text(item).startsWith('Approve'))!.click();
    await cardPartsLoaded(el);
    [...card(el, T.pendingModeration).querySelectorAll('button')]
      .find((item) => text(item) === 'Yes, approve')!
      .click();
    await waitUntil(() => card(el, T.pendingModeration).querySelector('.error.outcome'), 'no verdict on the card');
    expect(text(card(el, T.pendingModeration), '.error.outcome')).to.match(
      /^The server refused: .*reach_entryvendortask->approve.* forbidden/,
    );
    await expect(el).to.be.accessible();
  });

  it('turns off the actions no selected task can take, and says why', async () => {
    const el = await monitor(await startKs());
    await choose(el, T.ready);
    for (const action of ['approve', 'reject', 'abort']) expect(bulkButton(el, action)!.disabled, action).to.be.true;
    expect(text(el, '#bulk-unavailable')).to.equal(
      'None of the selected tasks awaits approval, so there is nothing to approve or reject. None of the selected ' +
        'tasks can be cancelled: only orders that have not started can, and only by whoever placed them or an administrator.',
    );
    await expect(el).to.be.accessible();
    await choose(el, T.pendingModeration);
    for (const action of ['approve', 'reject', 'abort']) expect(bulkButton(el, action)!.disabled, action).to.be.false;
    expect(el.shadowRoot!.querySelector('#bulk-unavailable')).to.equal(null);
  });
});
