// The task monitor over the account: filters, paging, what needs attention, several tasks at once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReachTaskMonitor } from './reach-task-monitor.js';
import { addTask, approveTask, listTasks } from '../../reach/tasks.js';
import { apiCall } from '../../reach/call.js';
import { VendorServiceTurnAroundTime } from '../../reach/enums.js';
import { z } from 'zod/mini';
import type { EntryVendorTask } from '../../reach/schemas.js';
import {
  apiClient,
  clearFaults,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';
import { setPageLanguage } from '../../../test/browser/locale.js';
import {
  E,
  C,
  T,
  STUDENT,
  order,
  poll,
  monitor,
  rows,
  card,
  badge,
  button,
  cardPartsLoaded,
  hasButton,
  openFilters,
} from '../../../test/browser/task-monitor.js';

/** Machine captions in fourteen languages: distinct orders of one entry that no duplicate rule refuses. */
const MACHINE_CAPTIONS = [
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

describe('reach-task-monitor, the account view', () => {
  let adminKs: string;
  beforeEach(async () => {
    await resetSandbox();
    adminKs = await startKs();
  });
  afterEach(() => clearFaults());
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
      // A hidden page does not poll, so every list call counted below is one the view made to show the tasks.
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      document.dispatchEvent(new Event('visibilitychange'));
      try {
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
      } finally {
        delete (document as { hidden?: boolean }).hidden;
        document.dispatchEvent(new Event('visibilitychange'));
      }
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
        ...MACHINE_CAPTIONS,
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
      await cardPartsLoaded(el);
      const reason = waiting.querySelector('textarea')!;
      expect(el.shadowRoot!.activeElement).to.equal(reason);
      await expect(el).to.be.accessible();
      reason.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      await el.updateComplete;
      expect(waiting.querySelector('form.confirm'), 'closed').to.be.null;
      expect(el.shadowRoot!.activeElement).to.equal(button(waiting, /^Reject/));

      button(waiting, /^Approve/).click();
      await cardPartsLoaded(el);
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
      const items = MACHINE_CAPTIONS;
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
