import { expect, waitUntil } from '@open-wc/testing';
import { parseClipsOutput } from '../../reach/clip-suggestions.js';
import { getTask, listTasks, rejectTask } from '../../reach/tasks.js';
import { advanceClock, injectFault, resetStats, SEED, startKs, stats } from '../../../test/browser/sandbox.js';
import { sessionOf, text } from '../../../test/browser/elements.js';
import {
  SOURCE,
  FLAKY_CLIPS,
  apiClient,
  clipsAlreadyGenerated,
  $,
  $$,
  buttonNamed,
  type,
  choose,
  creditLeft,
  liveRegion,
  vendorFinishes,
  lab,
  next,
  clipCards,
  editField,
  freshLabSession,
} from '../../../test/browser/clips-lab.js';

describe('clips-lab: ordering', function () {
  this.timeout(30000);
  const ks = freshLabSession();

  it('orders with a USER session that may not read profiles or prices: says so, shows no price, the server picks the profile', async () => {
    const el = await lab(await startKs({ type: 0, userId: SEED.users.professor }), SEED.entries.lecture45);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    expect(text(el, '#profiles-hidden')).to.contain(
      'Prices and credit are not shown: this session may not read the account',
    );
    expect($(el, '.price'), 'no price or credit').to.equal(null);
    expect(text(el, 'form.order')).not.to.contain('Free');
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect(task.reachProfileId, 'the server chose the profile').to.be.a('number');
    const onServer = await apiClient(await startKs()).call(getTask(task.id));
    expect(onServer.entryId).to.equal(SEED.entries.lecture45);
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('offers the order with its price and credit, follows the task to READY and lists the clips', async () => {
    const el = await lab(ks());
    expect(text(el)).to.contain('Loading clips');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // 30 minutes of keynote at 1 credit per minute.
    expect($(el, '.price')!.textContent).to.match(/Price\s+30 credits/);
    expect($(el, '.price')!.textContent).to.match(/Credit left\s+[\d,.]+ of [\d,.]+ credits/);
    await expect(el).to.be.accessible();

    type(editField(el, 'clip-length'), '45');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Focus on the ocean findings');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect(task.taskJobData?.clipsDuration).to.equal(45);
    expect(task.taskJobData?.instruction).to.equal('Focus on the ocean findings');
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    await expect(el).to.be.accessible();

    await advanceClock(30);
    const changed = next(el, 'reach-task-changed');
    await sessionOf(el).poller.refresh();
    expect((await changed).task.id).to.equal(task.id);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const output = parseClipsOutput(await apiClient(ks()).call(getTask(task.id)));
    expect(clipCards(el)).to.have.length(output.length);
    expect(clipCards(el)[0]!.textContent).to.contain(output[0]!.title!);
    expect(clipCards(el)[0]!.textContent).to.contain('0:45');
    // Every clip has a keyboard-reachable marker on the source's timeline.
    const markers = $$<HTMLButtonElement>(el, '.timeline button.marker');
    expect(markers).to.have.length(output.length);
    expect(markers[0]!.getAttribute('aria-label')).to.contain(output[0]!.title!);
    // The shared live region speaks on the next frame (or after a short timer in a hidden page).
    await waitUntil(() => /AI clips are ready/.test($(el, 'p[role="status"]')!.textContent!), 'the announcement', {
      timeout: 2000,
    });
    expect($(el, 'p[role="status"]')!.textContent).to.match(/AI clips are ready: \d+ clips?/);
    expect($(el, 'form.order')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends one order when Generate is pressed twice', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await resetStats();
    const button = buttonNamed(el, /Generate clips/);
    const created = next(el, 'reach-task-created');
    button.click();
    button.click();
    await created;
    await el.updateComplete;
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
  });

  it('tells when the order was placed by the server’s clock, not the browser’s', async () => {
    await advanceClock(2 * 3600); // the server's clock is now two hours ahead of the browser's
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    expect(text(el)).to.match(/Ordered (now|\d+ seconds? ago)\./);
  });

  it('reads the profile again after its own order, so the credit shown is the server’s', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await resetStats();
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(async () => (await stats()).calls['reach_reachprofile.list'] === 1, 'the profiles asked again', {
      timeout: 5000,
    });
  });

  it('reports a refused order clearly and keeps what was typed', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // The order panel's rules (reach/task-data.ts): whole seconds from 1 up to the entry's length (30 minutes).
    type(editField(el, 'clip-length'), '1801');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Keep it short');
    await resetStats();
    buttonNamed(el, /Generate clips/).click();
    await waitUntil(() => $(el, '#clip-length-error'), 'the field error', { timeout: 2000 });
    expect($(el, '#clip-length-error')!.textContent).to.contain('1800 or fewer seconds');
    expect(editField(el, 'clip-length').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'clip-length'));
    expect($<HTMLTextAreaElement>(el, '#clip-instruction')!.value).to.equal('Keep it short');
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the one task after the answer to the order was lost', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // The server creates the task and the answer is cut off: the lab lists the entry's clips tasks to find it.
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    expect($(el, '[role="alert"]')).to.equal(null);
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
    const { objects } = await apiClient(ks()).call(
      listTasks({ entryIdEqual: SOURCE, catalogItemIdIn: [SEED.catalog.machineClipsEnglish] }),
    );
    expect(objects).to.have.length(1);
  });

  it('says nothing was ordered when the order never reached the server', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'http500' });
    buttonNamed(el, /Generate clips/).click();
    await waitUntil(() => $(el, 'form.order [role="alert"]'), 'the problem', { timeout: 5000 });
    expect($(el, 'form.order [role="alert"]')!.textContent).to.contain('nothing was ordered or charged');
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the clips task fails, refunds the credit shown, and orders again', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    choose(el, 'clip-service', FLAKY_CLIPS);
    await el.updateComplete;
    const credit = creditLeft(el);
    type(editField(el, 'clip-length'), '45');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect((await vendorFinishes(el)).status).to.equal(6);
    const { errDescription } = await apiClient(ks()).call(getTask(task.id));
    expect(errDescription).to.be.a('string').and.not.equal('');

    await waitUntil(() => /AI clips: Failed/.test(text(el)), 'the failure', { timeout: 5000 });
    expect($(el, '.task-status')!.textContent).to.contain(errDescription!);
    await waitUntil(() => liveRegion(el).includes(errDescription!), 'the failure announced', { timeout: 2000 });
    expect(liveRegion(el)).to.contain('AI clips: Failed');
    // The order form is back with what was typed, and the credit the failed order took is shown returned.
    await waitUntil(() => $(el, 'form.order') && creditLeft(el) === credit, 'the credit refunded', { timeout: 5000 });
    expect(editField(el, 'clip-length').value).to.equal('45');
    await expect(el).to.be.accessible();

    const again = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    expect((await again).task.catalogItemId).to.equal(FLAKY_CLIPS);
    expect((await vendorFinishes(el)).status).to.equal(2);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect($(el, '.task-status')).to.equal(null);
  });

  it('says when a moderator rejected the order, with the reason as text, and lets the user order again', async () => {
    const owner = await startKs({ type: 0, userId: SEED.users.mediaTeam });
    const el = await lab(owner);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    choose(el, 'clip-profile', SEED.profiles.moderated);
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect(task.status).to.equal(4);
    await waitUntil(() => /AI clips: Awaiting approval/.test(text(el)), 'awaiting approval', { timeout: 5000 });

    const reason = 'Off-topic for this channel <img src=x onerror="window.__pwned=2">';
    await apiClient(ks()).call(rejectTask(task.id, reason));
    const changed = next(el, 'reach-task-changed');
    await sessionOf(el).poller.refresh();
    expect((await changed).task.status).to.equal(5);
    await waitUntil(() => /AI clips: Rejected/.test(text(el)), 'the rejection', { timeout: 5000 });
    expect($(el, '.task-status')!.textContent).to.contain(`A moderator rejected the order: \u2068${reason}\u2069`);
    expect($$(el, '.task-status img')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await waitUntil(() => liveRegion(el).includes('A moderator rejected the order'), 'the rejection announced', {
      timeout: 2000,
    });
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('moves the focus from the order’s status line to the clips once they are ready', async () => {
    const el = await lab(ks());
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).focus();
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'task-status', 'the status focused', { timeout: 2000 });
    expect((await vendorFinishes(el)).status).to.equal(2);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'clips-heading', 'the focus on the clips', {
      timeout: 5000,
    });
    expect(clipCards(el).length).to.be.greaterThan(0);
  });

  it('keeps the set the user ticked clips in when a new set arrives, and offers the new one', async () => {
    const earlier = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const tick = () => clipCards(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    tick().click();
    await el.updateComplete;
    expect(tick().checked, 'ticked').to.equal(true);
    // The flaky service fails its first order and delivers the second.
    for (const status of [6, 2]) {
      buttonNamed(el, /Generate again/).click();
      await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
      choose(el, 'clip-service', FLAKY_CLIPS);
      const created = next(el, 'reach-task-created');
      buttonNamed(el, /Generate clips/).click();
      await created;
      expect((await vendorFinishes(el)).status).to.equal(status);
    }
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    await waitUntil(() => /AI clips are ready/.test(liveRegion(el)), 'the new set announced', { timeout: 2000 });
    expect(clipCards(el)).to.have.length(earlier.length);
    expect(clipCards(el)[0]!.textContent).to.contain(earlier[0]!.title!);
    expect(tick().checked, 'still ticked').to.equal(true);
    const options = $$<HTMLOptionElement>(el, '#clip-set option');
    expect(options).to.have.length(2);
    expect(options[0]!.textContent).to.match(/^\s*Newest: /);
    expect(options[1]!.selected, 'the earlier set chosen').to.equal(true);
  });

  it('generates a new set once clips exist: the newest first, the earlier set a choice away', async () => {
    const earlier = await clipsAlreadyGenerated(ks());
    const el = await lab(ks());
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect($(el, 'form.order')).to.equal(null);
    await resetStats();
    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-heading');
    buttonNamed(el, /^\s*Cancel\s*$/).click();
    await waitUntil(() => !$(el, 'form.order'), 'the form closed', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-again');
    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    // AI Clips was delivered and takes no second order (no allowResubmission): the form starts on the other service.
    expect($<HTMLSelectElement>(el, '#clip-service')!.value).to.equal(String(FLAKY_CLIPS));
    // 30 minutes at 0.5 credits per minute.
    expect($(el, '.price')!.textContent).to.match(/Price\s+15 credits/);
    expect($(el, '.price')!.textContent).to.match(/Credit left\s+[\d,.]+ of [\d,.]+ credits/);
    await expect(el).to.be.accessible();

    // Chosen anyway, AI Clips says why it cannot be ordered again, and pressing Generate sends nothing.
    choose(el, 'clip-service', SEED.catalog.machineClipsEnglish);
    await el.updateComplete;
    expect($(el, '#order-blocked')!.textContent).to.contain('cannot be ordered again');
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    buttonNamed(el, /Generate clips/).click();
    await el.updateComplete;
    expect((await stats()).httpRequests).to.equal(0);

    // The flaky service's first task fails: said, with the earlier clips still there and a way to order again.
    choose(el, 'clip-service', FLAKY_CLIPS);
    type(editField(el, 'clip-length'), '45');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Only the ocean findings');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).focus();
    buttonNamed(el, /Generate clips/).click();
    await created;
    // The form gives way to the order's status line, and the focus goes with it.
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'task-status', 'the status focused', { timeout: 2000 });
    expect((await vendorFinishes(el)).status).to.equal(6);
    await waitUntil(() => /AI clips: Failed/.test(text(el)), 'the failure', { timeout: 5000 });
    expect(clipCards(el)).to.have.length(earlier.length);
    await expect(el).to.be.accessible();

    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    expect(editField(el, 'clip-length').value).to.equal('45');
    const createdAgain = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await createdAgain;
    expect((await vendorFinishes(el)).status).to.equal(2);
    const newest = parseClipsOutput(await apiClient(ks()).call(getTask(task.id)));
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    await waitUntil(
      () => liveRegion(el).includes(`AI clips are ready: ${newest.length} clips`),
      'the new set announced',
      { timeout: 2000 },
    );
    expect(clipCards(el)).to.have.length(newest.length);
    expect(clipCards(el)[0]!.textContent).to.contain(newest[0]!.title!).and.to.contain('0:45');
    const options = $$<HTMLOptionElement>(el, '#clip-set option');
    expect(options).to.have.length(2);
    expect(options[0]!.selected).to.equal(true);
    expect(options[0]!.textContent).to.match(/^\s*Newest: .*clips up to 45 seconds/);
    expect(options[1]!.textContent).to.contain('clips up to 1 minute');
    expect($(el, '#clip-set-instruction')!.textContent).to.contain('Only the ocean findings');
    await expect(el).to.be.accessible();

    choose(el, 'clip-set', options[1]!.value);
    await el.updateComplete;
    expect(clipCards(el)).to.have.length(earlier.length);
    expect(clipCards(el)[0]!.textContent).to.contain(earlier[0]!.title!).and.to.contain('1:00');
    // Both services delivered and neither takes another order: the lab says so instead of offering the form.
    expect(() => buttonNamed(el, /Generate again/)).to.throw();
    expect(text(el)).to.contain('cannot be ordered again');
    await expect(el).to.be.accessible();
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(2);
  });
});
