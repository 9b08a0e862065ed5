import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './index.js';
import type { ReachTaskMonitor } from './reach-task-monitor.js';
import { safeUrl } from '../../reach/safe-url.js';
import { abortTask, addTask, approveTask, listTasks, type NewTask } from '../../reach/tasks.js';
import { apiCall } from '../../reach/call.js';
import { VendorServiceTurnAroundTime } from '../../reach/enums.js';
import { z } from 'zod/mini';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { ReachTaskChangedEvent, ReachTaskCreatedEvent } from '../../events.js';
import {
  apiClient,
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { sessionOf, text } from '../../../test/browser/elements.js';
import { setPageLanguage } from '../../../test/browser/locale.js';

const E = SEED.entries;
const C = SEED.catalog;
const T = SEED.tasks;
const STUDENT = SEED.users.student;

/** The host page's own view of the sandbox, to place orders and check what the element did. */

async function order(ks: string, task: NewTask): Promise<EntryVendorTask> {
  return apiClient(ks).call(addTask(task));
}

/** Asks the server now, as the poller's next tick would, and waits for the element to show it. */
async function poll(el: ReachTaskMonitor): Promise<void> {
  await sessionOf(el).poller.refresh();
  await el.updateComplete;
}

async function monitor(ks: string, entryId?: string, pageSize?: number): Promise<ReachTaskMonitor> {
  const el = await fixture<ReachTaskMonitor>(
    html`<reach-task-monitor entry-id=${entryId ?? ''} page-size=${pageSize ?? 500} service-url=${serviceUrl} .ks=${ks}></reach-task-monitor>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('.task, .row, .empty, .notice:not([role=status])'),
    'the tasks did not load',
    { timeout: 5000 },
  );
  await el.updateComplete;
  // An administrator's account view starts on the orders awaiting approval: these tests look at every task.
  const pressed = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip[aria-pressed=true]');
  if (pressed) {
    pressed.click();
    await waitUntil(
      () => !el.shadowRoot!.querySelector('.chip[aria-pressed=true]') && rows(el).length > 1,
      'every status is not shown',
      { timeout: 5000 },
    );
  }
  return el;
}

const cards = (el: ReachTaskMonitor) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article.task')];
const rows = (el: ReachTaskMonitor) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
function card(el: ReachTaskMonitor, taskId: string | number): HTMLElement {
  const found = cards(el).find((article) => article.getAttribute('aria-labelledby') === `task-${taskId}`);
  if (!found) throw new Error(`task ${taskId} is not shown`);
  return found;
}
const badge = (el: ReachTaskMonitor, taskId: string | number) => text(card(el, taskId).querySelector('.badge')!);
function button(root: Element | ShadowRoot, name: RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => name.test(text(candidate)));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}
const hasButton = (root: Element, name: RegExp) =>
  [...root.querySelectorAll('button')].some((candidate) => name.test(text(candidate)));
const liveRegion = (el: ReachTaskMonitor) => text(el.shadowRoot!.querySelector('[aria-live=polite]')!);
/** The shared live region speaks on the next frame (cleared first, so that the same words are said again). */
const spoken = (el: ReachTaskMonitor) => waitUntil(() => liveRegion(el) !== '', 'nothing was announced');
/** The account view's filter form is folded at first. */
async function openFilters(el: ReachTaskMonitor): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
  await el.updateComplete;
}

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
      button(card(el, first.id), /^Approve/).click();
      await el.updateComplete;
      expect(text(card(el, first.id))).to.contain('Approve this order? Its price');
      button(card(el, first.id), /^Yes, approve/).click();
      await waitUntil(() => badge(el, first.id) === 'Pending', 'not approved');
      await spoken(el);
      expect(liveRegion(el)).to.equal('English captions: approved.');

      button(card(el, second.id), /^Reject/).click();
      await el.updateComplete;
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
      await el.updateComplete;
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
      await el.updateComplete;
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
      await el.updateComplete;
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
      await el.updateComplete;
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
      await el.updateComplete;
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

  describe("the account's tasks", () => {
    it('filters by status and by service (mapped to its catalog items), and says creation mode is filtered over what is loaded', async () => {
      const el = await monitor(adminKs);
      expect(el.shadowRoot!.querySelector('#filters'), 'folded at first').to.be.null;
      await openFilters(el);
      expect(text(el.shadowRoot!)).to.contain('Looks only through the tasks loaded so far.');
      const status = el.shadowRoot!.querySelector<HTMLSelectElement>('#status')!;
      status.value = 'ready';
      status.dispatchEvent(new Event('change'));
      button(el.shadowRoot!, /^Apply filters/).click();
      await waitUntil(
        () => rows(el).length > 0 && rows(el).every((row) => text(row.querySelector('.badge')!) === 'Ready'),
        'not filtered by status',
      );

      status.value = 'any';
      status.dispatchEvent(new Event('change'));
      const feature = el.shadowRoot!.querySelector<HTMLSelectElement>('#feature')!;
      feature.value = '6'; // intelligent tagging
      feature.dispatchEvent(new Event('change'));
      button(el.shadowRoot!, /^Apply filters/).click();
      await waitUntil(
        () => rows(el).length === 1 && text(rows(el)[0]!).startsWith('Intelligent tagging'),
        'not filtered by service',
      );
      expect(text(el.shadowRoot!)).to.contain('Filters (1 applied)');
      await expect(el).to.be.accessible();
    });

    it("tells a profile's rule orders from manual ones, and filters by them", async () => {
      await apiClient(adminKs).call(
        apiCall(
          'categoryentry',
          'add',
          {
            categoryEntry: {
              objectType: 'KalturaCategoryEntry',
              entryId: E.keynote30,
              categoryId: SEED.categories.biology,
            },
          },
          z.looseObject({}),
          true,
        ),
      );
      const el = await monitor(adminKs);
      await openFilters(el);
      const mode = el.shadowRoot!.querySelector<HTMLSelectElement>('#mode')!;
      mode.value = '3';
      mode.dispatchEvent(new Event('change'));
      button(el.shadowRoot!, /^Apply filters/).click();
      await waitUntil(() => rows(el).length === 2, 'not filtered to the rule orders');
      expect(rows(el).map((row) => text(row.querySelectorAll('.row-line')[1]!))).to.satisfy((lines: string[]) =>
        lines.every((line) => line.endsWith('Rule of University — Default')),
      );
      await expect(el).to.be.accessible();
    });

    it('filters by the language a task delivers in and by turnaround, through the catalog items that have them', async () => {
      const el = await monitor(adminKs);
      await openFilters(el);
      const choose = (id: string, value: string) => {
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
      };
      choose('language', 'Spanish');
      button(el.shadowRoot!, /^Apply filters/).click();
      await waitUntil(
        () => rows(el).length === 1 && text(rows(el)[0]!).startsWith('Spanish translation'),
        'not filtered by language',
      );
      choose('language', '');
      choose('turnaround', String(VendorServiceTurnAroundTime.ONE_BUSINESS_DAY));
      button(el.shadowRoot!, /^Apply filters/).click();
      await waitUntil(
        () =>
          rows(el).length > 0 && rows(el).every((row) => text(row).includes('(1 business day)')) && rows(el).length < 8,
        'not filtered by turnaround',
      );
      expect(text(el.shadowRoot!.querySelector('.filters-toggle')!)).to.equal('Filters (1 applied)');
      await expect(el).to.be.accessible();
    });

    it('counts the applied filters with the plural forms of Spanish and Hebrew', async () => {
      const el = await monitor(adminKs);
      await openFilters(el);
      const toggle = () => text(el.shadowRoot!.querySelector('.filters-toggle')!);
      const filterBy = async (id: string, value: string) => {
        const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#${id}`)!;
        select.value = value;
        select.dispatchEvent(new Event('change'));
        el.shadowRoot!.querySelector<HTMLButtonElement>('#filters button[type=submit]')!.click();
        await el.updateComplete;
      };
      try {
        await setPageLanguage('he');
        await filterBy('status', 'ready');
        expect(toggle()).to.equal('מסננים (מסנן פעיל אחד)');
        await setPageLanguage('es');
        expect(toggle()).to.equal('Filtros (1 aplicado)');
        await filterBy('feature', '6');
        expect(toggle()).to.equal('Filtros (2 aplicados)');
        await setPageLanguage('he');
        expect(toggle()).to.equal('מסננים (2 פעילים)');
      } finally {
        await setPageLanguage('en');
      }
    });

    it('refuses a reversed date range with a clear message and keeps what was typed', async () => {
      const el = await monitor(adminKs);
      await openFilters(el);
      const from = el.shadowRoot!.querySelector<HTMLInputElement>('#from')!;
      const to = el.shadowRoot!.querySelector<HTMLInputElement>('#to')!;
      from.value = '2026-05-10';
      from.dispatchEvent(new Event('input'));
      to.value = '2026-05-01';
      to.dispatchEvent(new Event('input'));
      button(el.shadowRoot!, /^Apply filters/).click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('[role=alert]')!)).to.equal(
        'The "created from" date is after the "created to" date. Change one of them.',
      );
      expect([from.value, to.value]).to.deep.equal(['2026-05-10', '2026-05-01']);
      expect(from.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('loads the next page of page-size as the end of the list comes into view', async () => {
      // No order waits for approval: the view starts with every task.
      await apiClient(adminKs).call(approveTask(String(T.pendingModeration)));
      await resetStats();
      const el = await monitor(adminKs, undefined, 3);
      await waitUntil(() => text(el.shadowRoot!).includes('8 of 8 tasks loaded.'), 'not every page loaded');
      // Whether orders await approval, three pages, and the three counts of the status chips.
      expect((await stats()).calls['reach_entryvendortask.list']).to.equal(7);
      const { objects } = await apiClient(adminKs).call(listTasks({ orderBy: '-createdAt' }));
      expect(
        rows(el).map((row) => row.dataset.id),
        "in the server's order",
      ).to.deep.equal(objects.map((task) => task.id));
    });

    it('opens a task beside the list with its details and actions, and returns focus to its row', async () => {
      const el = await monitor(adminKs);
      const row = rows(el).find((candidate) => candidate.dataset.id === String(T.pendingModeration))!;
      await waitUntil(() => text(row).includes('Genetics Lab Walkthrough: Extracting DNA'), 'the entry is not named');
      button(row, /^Open/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#detail article.task'), 'not opened');
      const detail = el.shadowRoot!.querySelector<HTMLElement>('#detail')!;
      expect(el.shadowRoot!.activeElement).to.equal(button(detail, /^Close/));
      expect(hasButton(detail, /^Approve/)).to.be.true;
      await expect(el).to.be.accessible();
      button(detail, /^Close/).click();
      await waitUntil(() => !el.shadowRoot!.querySelector('#detail article'), 'not closed');
      expect(el.shadowRoot!.activeElement).to.equal(button(row, /^Open/));
    });

    it('tells the real size of the list and the position of each row, as only the rows in view exist', async () => {
      const el = await monitor(adminKs);
      await waitUntil(() => text(el.shadowRoot!).includes('8 of 8 tasks loaded.'), 'not loaded');
      const all = rows(el);
      expect(all.map((row) => row.getAttribute('aria-setsize'))).to.deep.equal(all.map(() => '8'));
      expect(all.map((row) => row.getAttribute('aria-posinset'))).to.deep.equal(
        all.map((_, index) => String(index + 1)),
      );
      expect(el.shadowRoot!.querySelector('section.monitor')!.hasAttribute('aria-busy'), 'the live region is not muted')
        .to.be.false;
    });

    it('keeps only the rows in view in the DOM while many tasks are listed', async () => {
      const client = apiClient(adminKs);
      // No order waits for approval: the view starts with every task.
      await client.call(approveTask(String(T.pendingModeration)));
      const entries = [
        E.lecture45,
        E.seminar12,
        E.keynote30,
        E.welcome,
        E.podcast20,
        E.studentInterview,
        E.spanishLecture,
      ];
      const items = [
        C.machineCaptionsEnglish,
        C.machineCaptionsSpanish,
        C.machineCaptionsFrench,
        C.machineCaptionsGerman,
        C.machineCaptionsItalian,
        C.machineCaptionsPortuguese,
        C.machineCaptionsDutch,
        C.machineCaptionsJapanese,
        C.machineCaptionsKorean,
        C.machineCaptionsChinese,
        C.machineCaptionsArabic,
        C.machineCaptionsHebrew,
        C.machineCaptionsRussian,
        C.machineCaptionsHindi,
        C.humanCaptionsEnglish1Day,
        C.humanCaptionsEnglish3Days,
        C.humanCaptionsSpanish,
      ];
      const orders = entries.flatMap((entryId) =>
        items.map((catalogItemId) =>
          client.call(addTask({ entryId, catalogItemId, reachProfileId: SEED.profiles.unlimited })),
        ),
      );
      const placed = (await Promise.allSettled(orders)).filter((result) => result.status === 'fulfilled').length;
      expect(placed).to.be.greaterThan(100);

      const total = placed + 8;
      const el = await fixture<ReachTaskMonitor>(
        html`<reach-task-monitor page-size="100" style="--reach-monitor-list-height: 30rem" service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>`,
      );
      await waitUntil(() => text(el.shadowRoot!).includes(`100 of ${total} tasks loaded.`), 'first page not loaded', {
        timeout: 5000,
      });
      const rowCount = () => rows(el).length;
      await waitUntil(() => rowCount() > 0, 'no rows');
      expect(rowCount()).to.be.lessThan(30);
      button(el.shadowRoot!, new RegExp(`^Load ${total - 100} more`)).click();
      await waitUntil(
        () => text(el.shadowRoot!).includes(`${total} of ${total} tasks loaded.`),
        'second page not loaded',
      );
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      scroller.scrollTop = scroller.scrollHeight;
      const oldest = String(T.ready);
      await waitUntil(
        () => el.shadowRoot!.querySelector(`.row[data-id="${oldest}"]`),
        'the end of the list is not shown',
      );
      expect(rowCount()).to.be.lessThan(30);
      await expect(el).to.be.accessible();
    });
  });

  describe('what needs attention, by keyboard', () => {
    const chip = (el: ReachTaskMonitor, group: string) =>
      el.shadowRoot!.querySelector<HTMLButtonElement>(`.chip[data-group=${group}]`)!;
    const chipCount = (el: ReachTaskMonitor, group: string) => text(chip(el, group).querySelector('.count')!);

    it('opens an administrator on the orders awaiting approval, the longest waiting first', async () => {
      const studentKs = await startKs({ type: 0, userId: STUDENT });
      const newer = await order(studentKs, {
        entryId: E.studentInterview,
        catalogItemId: C.humanCaptionsSpanish,
        reachProfileId: SEED.profiles.moderated,
      });
      const el = await fixture<ReachTaskMonitor>(
        html`<reach-task-monitor service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>`,
      );
      await waitUntil(() => rows(el).length === 2, 'the orders awaiting approval are not shown', { timeout: 5000 });
      expect(rows(el).map((row) => row.dataset.id)).to.deep.equal([String(T.pendingModeration), newer.id]);
      expect(el.shadowRoot!.querySelector('.chip[data-group=moderation]')!.getAttribute('aria-pressed')).to.equal(
        'true',
      );
      await expect(el).to.be.accessible();
    });

    it('opens on every task for an administrator when no order awaits approval, and for others', async () => {
      await apiClient(adminKs).call(approveTask(String(T.pendingModeration)));
      const el = await fixture<ReachTaskMonitor>(
        html`<reach-task-monitor service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>`,
      );
      await waitUntil(() => text(el.shadowRoot!).includes('8 of 8 tasks loaded.'), 'every task is not shown', {
        timeout: 5000,
      });
      expect(el.shadowRoot!.querySelector('.chip[aria-pressed=true]')).to.be.null;
    });

    it('counts the tasks awaiting approval, failed and in progress in one request, and filters at one click', async () => {
      const el = await monitor(adminKs);
      await resetStats();
      await el.refresh();
      await waitUntil(() => rows(el).length === 8, 'not loaded again');
      expect([chipCount(el, 'moderation'), chipCount(el, 'failed'), chipCount(el, 'active')]).to.deep.equal([
        '1',
        '1',
        '4',
      ]);
      expect(text(chip(el, 'moderation'))).to.match(/^Awaiting approval/);
      const counted = await stats();
      // Loaded again: the first page and the three counts (pages of one task) went out together.
      expect(counted.calls['reach_entryvendortask.list']).to.equal(4);
      expect(counted.httpRequests).to.be.at.most(2);
      await expect(el).to.be.accessible();

      chip(el, 'failed').click();
      await waitUntil(
        () => rows(el).length === 1 && text(rows(el)[0]!.querySelector('.badge')!) === 'Failed',
        'not filtered to the failed task',
      );
      expect(chip(el, 'failed').getAttribute('aria-pressed')).to.equal('true');
      expect(text(el.shadowRoot!.querySelector('.filters-toggle')!)).to.equal('Filters (1 applied)');
      await expect(el).to.be.accessible();

      chip(el, 'failed').click();
      await waitUntil(() => rows(el).length === 8, 'every status not shown again');
      expect(chip(el, 'failed').getAttribute('aria-pressed')).to.equal('false');
    });

    it('counts again when a task changes status', async () => {
      const el = await monitor(adminKs);
      await apiClient(adminKs).call(approveTask(String(T.pendingModeration)));
      await poll(el);
      await waitUntil(() => chipCount(el, 'moderation') === '0', 'the approval was not counted');
      expect(chipCount(el, 'active')).to.equal('5');
    });

    it('shows who asked, the price and the profile on an order awaiting approval; Approve is the primary action', async () => {
      const el = await monitor(adminKs, E.withTasks);
      const waiting = card(el, T.pendingModeration);
      const facts = text(waiting.querySelector('.approval')!);
      expect(facts).to.contain(`Requested by${STUDENT}`);
      expect(facts).to.contain('Price18');
      expect(facts).to.contain('ProfileFaculty of Medicine — Moderated');
      expect(button(waiting, /^Approve/).classList.contains('primary')).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('puts the keyboard in the reason when rejecting, on the answer when approving; Escape closes and returns', async () => {
      const el = await monitor(adminKs, E.withTasks);
      const waiting = card(el, T.pendingModeration);
      button(waiting, /^Reject/).click();
      await el.updateComplete;
      const reason = waiting.querySelector('textarea')!;
      expect(el.shadowRoot!.activeElement).to.equal(reason);
      await expect(el).to.be.accessible();
      reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(waiting.querySelector('form.confirm'), 'closed').to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(button(waiting, /^Reject/));

      button(waiting, /^Approve/).click();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button(waiting, /^Yes, approve/));
      el.shadowRoot!.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
      );
      await el.updateComplete;
      expect(waiting.querySelector('form.confirm'), 'closed').to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(button(waiting, /^Approve/));
      expect(badge(el, T.pendingModeration), 'nothing was sent').to.equal('Awaiting approval');
    });

    it('says calmly that nothing was ordered yet, and leads to the order panel on the page', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <reach-task-monitor entry-id=${E.keynote30} service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>
        <reach-order-panel entry-id=${E.keynote30}></reach-order-panel>
      </div>`);
      const el = page.querySelector('reach-task-monitor')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.empty'), 'the empty state is not shown', { timeout: 5000 });
      const empty = el.shadowRoot!.querySelector<HTMLElement>('.empty')!;
      expect(empty.classList.contains('notice'), 'not the warning style').to.be.false;
      expect(text(empty)).to.contain('No enrichment has been ordered for this media yet.');
      await expect(el).to.be.accessible();
      button(empty, /^Order enrichment/).click();
      expect(document.activeElement).to.equal(page.querySelector('reach-order-panel'));
    });
  });

  describe('several tasks at once', () => {
    /** Orders of users (not admins) on the moderated profile wait for approval: machine captions of their own media. */
    async function awaitingApproval(count: number): Promise<EntryVendorTask[]> {
      const owners = [
        { ks: await startKs({ type: 0, userId: STUDENT }), entryId: E.studentInterview },
        { ks: await startKs({ type: 0, userId: SEED.users.professor }), entryId: E.lecture45 },
      ];
      const items = [
        C.machineCaptionsEnglish,
        C.machineCaptionsSpanish,
        C.machineCaptionsFrench,
        C.machineCaptionsGerman,
        C.machineCaptionsItalian,
        C.machineCaptionsPortuguese,
        C.machineCaptionsDutch,
        C.machineCaptionsJapanese,
        C.machineCaptionsKorean,
        C.machineCaptionsChinese,
        C.machineCaptionsArabic,
        C.machineCaptionsHebrew,
        C.machineCaptionsRussian,
        C.machineCaptionsHindi,
      ];
      const wanted = owners.flatMap(({ ks, entryId }) =>
        items.map((catalogItemId) => ({
          ks,
          task: { entryId, catalogItemId, reachProfileId: SEED.profiles.moderated },
        })),
      );
      const placed: EntryVendorTask[] = [];
      for (const { ks, task } of wanted) {
        if (placed.length === count) break;
        const answer = await apiClient(ks)
          .call(addTask(task))
          .catch(() => undefined);
        if (answer?.status === 4) placed.push(answer);
      }
      expect(placed, 'orders awaiting approval').to.have.length(count);
      return placed;
    }

    it('approves 20 selected tasks in bounded multirequests, says what it spends, and keeps the reason of the one that failed', async () => {
      const placed = await awaitingApproval(19);
      const el = await monitor(adminKs);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.chip[data-group=moderation]')!.click();
      await waitUntil(
        () => text(el.shadowRoot!).includes('20 of 20 tasks loaded.'),
        'not filtered to the 20 awaiting approval',
      );

      const first = rows(el)[0]!.querySelector<HTMLInputElement>('input.choose')!;
      first.click();
      await el.updateComplete;
      expect(text(el.shadowRoot!.querySelector('.bulk-count')!)).to.equal('1 task selected.');
      button(el.shadowRoot!.querySelector('.bulk')!, /^Select all 20 tasks matching these filters/).click();
      await waitUntil(
        () => text(el.shadowRoot!.querySelector('.bulk-count')!) === '20 tasks selected.',
        'not all selected',
      );
      await expect(el).to.be.accessible();
      // Someone else approves one meanwhile: the server refuses it in the bulk action.
      const approvedElsewhere = placed[7]!;
      await apiClient(adminKs).call(approveTask(approvedElsewhere.id));

      button(el.shadowRoot!.querySelector('.bulk')!, /^Approve$/).click();
      await el.updateComplete;
      const total = [...placed, { price: 18 }].reduce((sum, task) => sum + (task.price ?? 0), 0);
      expect(text(el.shadowRoot!.querySelector('.bulk-question')!)).to.equal(
        `Approve 20 orders? Approving spends ${total} credits in all.`,
      );
      expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('#bulk-yes'));
      await expect(el).to.be.accessible();

      await resetStats();
      button(el.shadowRoot!.querySelector('#bulk-confirm')!, /^Yes, go ahead/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#bulk-outcome'), 'no outcome', { timeout: 5000 });
      const outcome = el.shadowRoot!.querySelector<HTMLElement>('#bulk-outcome')!;
      expect(text(outcome.querySelector('[role=status]')!)).to.equal(
        'Approved: 19. Not done: 1. Each one keeps its reason below.',
      );
      const failures = [...outcome.querySelectorAll<HTMLElement>('.failures li')];
      expect(failures.map((item) => item.dataset.id)).to.deep.equal([approvedElsewhere.id]);
      expect(text(failures[0]!)).to.match(/captions, .+: .+/);
      expect(el.shadowRoot!.activeElement).to.equal(outcome);
      const sent = await stats();
      expect(sent.calls['reach_entryvendortask.approve']).to.equal(20);
      expect(sent.httpRequests, 'sent in multirequests of at most 25').to.be.at.least(1).and.at.most(4);
      const { objects } = await apiClient(adminKs).call(listTasks({ idIn: placed.map((task) => task.id) }));
      expect(
        objects.every((task) => task.status !== 4),
        'every order was approved',
      ).to.be.true;
      await expect(el).to.be.accessible();
    });

    it('rejects the selection with one reason; Escape closes its confirmation', async () => {
      const placed = await awaitingApproval(3);
      const el = await monitor(adminKs);
      el.shadowRoot!.querySelector<HTMLButtonElement>('.chip[data-group=moderation]')!.click();
      await waitUntil(() => text(el.shadowRoot!).includes('4 of 4 tasks loaded.'), 'not filtered');
      for (const row of rows(el).filter((candidate) => placed.some((task) => task.id === candidate.dataset.id)))
        row.querySelector<HTMLInputElement>('input.choose')!.click();
      await el.updateComplete;
      const bulk = el.shadowRoot!.querySelector('.bulk')!;
      button(bulk, /^Reject$/).click();
      await el.updateComplete;
      const reason = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#bulk-reason')!;
      expect(el.shadowRoot!.activeElement).to.equal(reason);
      reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('#bulk-confirm')).to.be.null;

      button(bulk, /^Reject$/).click();
      await el.updateComplete;
      const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#bulk-reason')!;
      field.value = 'Machine captions are ordered by the department.';
      field.dispatchEvent(new Event('input'));
      button(el.shadowRoot!.querySelector('#bulk-confirm')!, /^Yes, go ahead/).click();
      await waitUntil(() => el.shadowRoot!.querySelector('#bulk-outcome'), 'no outcome', { timeout: 5000 });
      expect(text(el.shadowRoot!.querySelector('#bulk-outcome [role=status]')!)).to.equal('Rejected: 3.');
      const { objects } = await apiClient(adminKs).call(listTasks({ idIn: placed.map((task) => task.id) }));
      expect(objects.map((task) => [task.status, task.errDescription])).to.deep.equal(
        placed.map(() => [5, 'Machine captions are ordered by the department.']),
      );
    });
  });
});
