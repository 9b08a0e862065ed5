import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ReachTaskMonitor } from './reach-task-monitor.js';
import { safeUrl } from '../../reach/safe-url.js';
import { abortTask, approveTask, listTasks } from '../../reach/tasks.js';
import { ReachTaskChangedEvent, ReachTaskCreatedEvent } from '../../events.js';
import {
  apiClient,
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  SEED,
  serviceUrl,
  startKs,
} from '../../../test/browser/sandbox.js';
import { sessionOf, text } from '../../../test/browser/elements.js';
import {
  E,
  C,
  T,
  STUDENT,
  order,
  poll,
  monitor,
  cards,
  card,
  badge,
  button,
  cardPartsLoaded,
  hasButton,
  liveRegion,
  spoken,
} from '../../../test/browser/task-monitor.js';

describe('reach-task-monitor', () => {
  let adminKs: string;
  beforeEach(async () => {
    await resetSandbox();
    adminKs = await startKs();
  });
  afterEach(() => clearFaults());
  describe("an entry's tasks", () => {
    it('shows each task: service, fidelity, status in words, reason, who ordered and how; not the cancelled one', async () => {
      const el = await monitor(adminKs, E.withTasks);
      const shown = cards(el).map((article) => article.getAttribute('aria-labelledby'));
      expect(shown).to.include.members([
        `task-${T.pending}`,
        `task-${T.ready}`,
        `task-${T.processing}`,
        `task-${T.pendingModeration}`,
        `task-${T.rejected}`,
        `task-${T.error}`,
        `task-${T.scheduled}`,
      ]);
      expect(shown).not.to.include(`task-${T.aborted}`);
      expect(badge(el, T.ready)).to.equal('Ready');
      expect(badge(el, T.pendingModeration)).to.equal('Awaiting approval');
      expect(text(card(el, T.error))).to.contain('Error: Transcription engine failed');
      expect(text(card(el, T.rejected))).to.contain('Reason: Audio description budget is reserved');
      expect(text(card(el, T.pending))).to.match(/English captions.*Professional.*Expected in/);
      expect(card(el, T.pending).querySelector('progress')).to.exist;

      button(card(el, T.pendingModeration), /^Details/).click();
      await el.updateComplete;
      expect(text(card(el, T.pendingModeration))).to.contain(`Manually, by ${STUDENT}`);
      expect(text(card(el, T.pendingModeration))).to.contain('Price18');
      await expect(el).to.be.accessible();
    });

    it('follows a new order to READY, announces it politely and fires reach-task-changed', async () => {
      const task = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglish });
      const el = await monitor(adminKs, E.welcome);
      expect(badge(el, task.id)).to.equal('Pending');
      const changes: ReachTaskChangedEvent[] = [];
      el.addEventListener('reach-task-changed', (event) => changes.push(event));

      await advanceClock(15);
      await poll(el);
      expect(badge(el, task.id)).to.equal('Ready');
      await spoken(el);
      expect(liveRegion(el)).to.equal('English captions are ready.');
      expect(changes.map((event) => [event.task.id, event.previousStatus, event.task.status])).to.deep.equal([
        [task.id, 1, 2],
      ]);
      expect(text(card(el, task.id))).not.to.contain('Expected');
      await expect(el).to.be.accessible();
    });

    it("shows the vendor's error when the flaky vendor fails, and offers to order again", async () => {
      // The flaky vendor fails every other order: the seeded one failed, the next succeeds, the third fails.
      await order(adminKs, { entryId: E.lecture45, catalogItemId: C.machineCaptionsEnglishFlaky });
      const failing = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglishFlaky });
      const el = await monitor(adminKs, E.welcome);
      await advanceClock(15);
      await poll(el);
      expect(badge(el, failing.id)).to.equal('Failed');
      expect(text(card(el, failing.id))).to.contain(
        'Error: Transcription engine failed: the audio track could not be decoded',
      );
      await spoken(el);
      expect(liveRegion(el)).to.equal('English captions: Failed.');
      expect(hasButton(card(el, failing.id), /^Order again/)).to.be.true;
    });

    it('lets an administrator approve and reject orders that wait for moderation; the orderer only sees them wait', async () => {
      const studentKs = await startKs({ type: 0, userId: STUDENT });
      const first = await order(studentKs, {
        entryId: E.studentInterview,
        catalogItemId: C.humanCaptionsEnglish1Day,
        reachProfileId: SEED.profiles.moderated,
      });
      const second = await order(studentKs, {
        entryId: E.studentInterview,
        catalogItemId: C.humanCaptionsSpanish,
        reachProfileId: SEED.profiles.moderated,
      });
      expect([first.status, second.status]).to.deep.equal([4, 4]);

      const studentView = await monitor(studentKs, E.studentInterview);
      expect(hasButton(card(studentView, first.id), /^Approve/)).to.be.false;
      expect(text(card(studentView, first.id))).to.contain('A REACH administrator has to approve this order');
      studentView.remove();

      const el = await monitor(adminKs, E.studentInterview);
      const cancel = button(card(el, first.id), /^Cancel order/);
      button(card(el, first.id), /^Approve/).click();
      await cardPartsLoaded(el);
      expect(text(card(el, first.id))).to.match(
        /Approve this order\? It costs [\d.,]+ credits, charged to the profile's credit\./,
      );
      button(card(el, first.id), /^Yes, approve/).click();
      await waitUntil(() => badge(el, first.id) === 'Pending', 'not approved');
      // Approve and Reject are gone; Cancel order stays the same button (it does not take Approve's place and colours).
      expect(button(card(el, first.id), /^Cancel order/)).to.equal(cancel);
      expect(hasButton(card(el, first.id), /^Approve/)).to.be.false;
      await spoken(el);
      expect(liveRegion(el)).to.equal('English captions: approved.');

      button(card(el, second.id), /^Reject/).click();
      await cardPartsLoaded(el);
      const reason = card(el, second.id).querySelector('textarea')!;
      reason.value = 'Spanish is not needed for this interview.';
      reason.dispatchEvent(new Event('input'));
      button(card(el, second.id), /^Yes, reject/).click();
      await waitUntil(() => badge(el, second.id) === 'Rejected', 'not rejected');
      expect(text(card(el, second.id))).to.contain('Reason: Spanish is not needed for this interview.');
      await expect(el).to.be.accessible();
    });

    it('cancels an order with a reason, disables the button meanwhile, and keeps it shown as cancelled after the server hides it', async () => {
      const el = await monitor(adminKs, E.withTasks);
      button(card(el, T.pending), /^Cancel order/).click();
      await cardPartsLoaded(el);
      const reason = card(el, T.pending).querySelector('textarea')!;
      reason.value = 'Ordered twice by mistake';
      reason.dispatchEvent(new Event('input'));
      await injectFault({ service: 'reach_entryvendortask', action: 'abort', fault: 'latency', latencyMs: 400 });
      button(card(el, T.pending), /^Yes, cancel the order/).click();
      await el.updateComplete;
      // Focus is in the reason field: the button stays focusable, and says it is unavailable.
      expect(button(card(el, T.pending), /^Working/).getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      await waitUntil(() => badge(el, T.pending) === 'Cancelled', 'not cancelled', { timeout: 3000 });
      expect(text(card(el, T.pending))).to.contain('Reason: Ordered twice by mistake');
      await spoken(el);
      expect(liveRegion(el)).to.equal('English captions: Cancelled.');
      const { objects } = await apiClient(adminKs).call(listTasks({ idIn: [String(T.pending)] }));
      expect(objects, 'the server hides cancelled tasks').to.have.length(0);
      await poll(el);
      expect(badge(el, T.pending)).to.equal('Cancelled');
    });

    it('shows a task cancelled elsewhere as cancelled when the server stops listing it', async () => {
      const el = await monitor(adminKs, E.withTasks);
      await apiClient(adminKs).call(abortTask(String(T.scheduled), 'Not needed'));
      await poll(el);
      expect(badge(el, T.scheduled)).to.equal('Cancelled');
      await spoken(el);
      expect(liveRegion(el)).to.equal('Intelligent tagging: Cancelled.');
    });

    it("shows the server's reason when an action is refused", async () => {
      const el = await monitor(adminKs, E.withTasks);
      // Someone else approved it meanwhile: the server refuses a second decision.
      await apiClient(adminKs).call(approveTask(String(T.pendingModeration)));
      button(card(el, T.pendingModeration), /^Reject/).click();
      await cardPartsLoaded(el);
      button(card(el, T.pendingModeration), /^Yes, reject/).click();
      await waitUntil(() => card(el, T.pendingModeration).querySelector('[role=alert]'), 'no error shown');
      expect(text(card(el, T.pendingModeration).querySelector('[role=alert]')!)).to.equal(
        'The server refused: Cannot reject task which is not pending moderation',
      );
      await expect(el).to.be.accessible();
    });

    it('orders a ready task again when its catalog item allows resubmission, never twice after a lost answer', async () => {
      const ready = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglishResubmittable });
      await advanceClock(15);
      const el = await monitor(adminKs, E.welcome);
      expect(badge(el, ready.id)).to.equal('Ready');
      const withoutResubmission = await monitor(adminKs, E.withTasks);
      expect(hasButton(card(withoutResubmission, T.ready), /^Order again/)).to.be.false;

      button(card(el, ready.id), /^Order again/).click();
      await cardPartsLoaded(el);
      // The answer is lost after the server placed the order: the monitor finds it instead of ordering again.
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
      const created = oneEvent(el, 'reach-task-created');
      button(card(el, ready.id), /^Yes, order again/).click();
      const { task } = (await created) as unknown as ReachTaskCreatedEvent;
      await el.updateComplete;
      expect(cards(el)).to.have.length(2);
      expect(badge(el, task.id)).to.equal('Pending');
      const { objects } = await apiClient(adminKs).call(listTasks({ entryIdEqual: E.welcome }));
      expect(objects.map((listed) => listed.id).sort(), 'exactly one new order').to.deep.equal(
        [ready.id, task.id].sort(),
      );
    });

    it('finishes an action when the element is moved meanwhile: not aborted, and its buttons work again', async () => {
      const el = await monitor(adminKs, E.withTasks);
      button(card(el, T.pending), /^Cancel order/).click();
      await cardPartsLoaded(el);
      await injectFault({ service: 'reach_entryvendortask', action: 'abort', fault: 'latency', latencyMs: 300 });
      button(card(el, T.pending), /^Yes, cancel the order/).click();
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      // Away long enough to let go of its session, while the cancel is still on its way.
      await waitUntil(() => !sessionOf(el), 'the element kept its session while away');
      parent.append(el);
      // Back in the page it loads again ("Loading tasks…", no card) before showing the task.
      await waitUntil(
        () => cards(el).length > 0 && badge(el, T.pending) === 'Cancelled',
        'the answer did not reach the store',
        { timeout: 3000 },
      );
      expect(hasButton(card(el, T.pending), /^Working/)).to.be.false;
      expect(card(el, T.pending).querySelector('form.confirm')).to.be.null;
    });

    it('shows the price and the credit before ordering again, and moves focus to the outcome', async () => {
      const ready = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglishResubmittable });
      await advanceClock(15);
      const el = await monitor(adminKs, E.welcome);
      button(card(el, ready.id), /^Order again/).click();
      await waitUntil(() => text(card(el, ready.id)).includes('Price:'), 'no price shown');
      expect(text(card(el, ready.id))).to.match(/Price: .*Credit left on /);
      // The profile's name is isolated, so a name in another script cannot reorder the sentence around it.
      const profileName = /Credit left on (.+?):/.exec(text(card(el, ready.id)))![1];
      expect(text(card(el, ready.id).querySelector('form.confirm bdi')!)).to.equal(profileName);
      const submit = button(card(el, ready.id), /^Yes, order again/);
      submit.focus();
      const created = oneEvent(el, 'reach-task-created');
      submit.click();
      await created;
      await waitUntil(
        () => el.shadowRoot!.activeElement?.classList.contains('outcome'),
        'focus did not move to the outcome',
      );
      expect(text(el.shadowRoot!.activeElement!)).to.equal('Ordered again: the new order is listed here.');
      await expect(el).to.be.accessible();
    });

    it('refuses to order again, with the reason, when the order would be a duplicate; fires no reach-task-created', async () => {
      const ready = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglishResubmittable });
      await advanceClock(15);
      const el = await monitor(adminKs, E.welcome);
      // Ordered elsewhere after the monitor loaded: the monitor has not seen it yet.
      const other = await order(adminKs, { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglishResubmittable });
      const createdEvents: Event[] = [];
      el.addEventListener('reach-task-created', (event) => createdEvents.push(event));
      button(card(el, ready.id), /^Order again/).click();
      await cardPartsLoaded(el);
      button(card(el, ready.id), /^Yes, order again/).click();
      await waitUntil(() => card(el, ready.id).querySelector('[role=alert]'), 'not refused');
      expect(text(card(el, ready.id).querySelector('[role=alert]')!)).to.contain('Already ordered');
      expect(cards(el).map((article) => article.dataset.id)).to.include(other.id);
      expect(createdEvents).to.have.length(0);
      const { objects } = await apiClient(adminKs).call(listTasks({ entryIdEqual: E.welcome }));
      expect(objects, 'nothing more was ordered').to.have.length(2);
    });

    it('lets only http, https and blob links from the server into a link', () => {
      expect(safeUrl('https://cdn.example.com/a.vtt')).to.equal('https://cdn.example.com/a.vtt');
      expect(safeUrl('blob:https://example.com/1')).to.equal('blob:https://example.com/1');
      expect(safeUrl('javascript:alert(1)')).to.be.undefined;
      expect(safeUrl('data:text/html,<b>x</b>')).to.be.undefined;
      expect(safeUrl(null)).to.be.undefined;
    });

    it('offers the caption file of ready captions', async () => {
      const el = await monitor(adminKs, E.withTasks);
      button(card(el, T.ready), /^Get the caption file/).click();
      await waitUntil(() => card(el, T.ready).querySelector('a[download]'), 'no link');
      const link = card(el, T.ready).querySelector<HTMLAnchorElement>('a[download]')!;
      expect(text(link)).to.equal('Download (VTT)');
      const file = await (await fetch(link.href)).text();
      expect(file).to.contain('WEBVTT');
      expect(link.href).not.to.contain(adminKs);
      expect([link.rel, link.referrerPolicy]).to.deep.equal(['noopener noreferrer', 'no-referrer']);
      await expect(el).to.be.accessible();
    });

    it('lists the chapters a chaptering task produced', async () => {
      const task = await order(adminKs, { entryId: E.lecture45, catalogItemId: C.machineChapteringEnglish });
      await advanceClock(15);
      const el = await monitor(adminKs, E.lecture45);
      button(card(el, task.id), /^Show the chapters/).click();
      await waitUntil(() => card(el, task.id).querySelector('.chapters li'), 'no chapters');
      const chapters = [...card(el, task.id).querySelectorAll('.chapters li')].map((item) => text(item));
      expect(chapters.length).to.be.greaterThan(3);
      expect(chapters[0]).to.match(/^0:00 Chapter 1: /);
    });

    it('exports the tasks to CSV and says that Kaltura e-mails it', async () => {
      const el = await monitor(adminKs, E.withTasks);
      button(el.shadowRoot!, /^Export to CSV/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('a[download="reach-tasks.csv"]'), 'no CSV link');
      expect(text(el.shadowRoot!)).to.contain(
        'Kaltura is preparing the CSV file and will e-mail it to admin@example.com.',
      );
      const csv = await (
        await fetch(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[download="reach-tasks.csv"]')!.href)
      ).text();
      expect(csv).to.contain(String(T.pending));
      expect(csv).not.to.contain(String(T.otherPartnerReady));
      await expect(el).to.be.accessible();
    });
  });

  describe('states', () => {
    it('is accessible while loading, and says so', async () => {
      await injectFault({ service: 'reach_entryvendortask', action: 'list', fault: 'latency', latencyMs: 500 });
      const el = await fixture<ReachTaskMonitor>(
        html`<reach-task-monitor entry-id=${E.withTasks} service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>`,
      );
      await el.updateComplete;
      expect(text(el.shadowRoot!)).to.contain('Loading tasks…');
      await expect(el).to.be.accessible();
      await waitUntil(() => cards(el).length > 0, 'never loaded', { timeout: 3000 });
    });

    it('says when an entry has no task yet', async () => {
      const el = await monitor(adminKs, E.keynote30);
      expect(text(el.shadowRoot!)).to.contain('No enrichment has been ordered for this media yet.');
      await expect(el).to.be.accessible();
    });

    it("shows the server's error when the tasks cannot be loaded, with a way to try again", async () => {
      const ks = await startKs({ partnerId: SEED.partnerWithoutReach });
      const errors: Event[] = [];
      document.addEventListener('reach-error', (event) => errors.push(event), { once: true });
      const el = await monitor(ks, E.withTasks);
      expect(text(el.shadowRoot!.querySelector('[role=alert]')!)).to.contain(
        'The usage of feature [reach] is forbidden',
      );
      expect(hasButton(el.shadowRoot!.querySelector('[role=alert]')!, /^Try again/)).to.be.true;
      expect(errors).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  });
});
