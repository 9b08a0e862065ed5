import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as z from 'zod/mini';
import './index.js';
import type { ReachUsage } from './reach-usage.js';
import { apiCall } from '../../reach/call.js';
import { VendorServiceFeature } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { addTask, listTasks } from '../../reach/tasks.js';
import { csvLine, spentBy } from '../../reach/usage.js';
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
import { text } from '../../../test/browser/elements.js';

const E = SEED.entries;
const C = SEED.catalog;
const LIST = 'reach_entryvendortask.list';

/** Orders on the unlimited profile: its credit has no end date, so it still pays after the clock moves a month on. */
const order = (ks: string, entryId: string, catalogItemId: number) =>
  apiClient(ks).call(addTask({ entryId, catalogItemId, reachProfileId: SEED.profiles.unlimited }));

async function usageElement(
  ks: string,
  attributes: { pageSize?: number; maxPages?: number } = {},
): Promise<ReachUsage> {
  const el = await fixture<ReachUsage>(
    html`<reach-usage service-url=${serviceUrl} .ks=${ks} page-size=${attributes.pageSize ?? 500} max-pages=${attributes.maxPages ?? 40}></reach-usage>`,
  );
  await loaded(el);
  return el;
}
const loaded = (el: ReachUsage) =>
  waitUntil(
    () =>
      el.shadowRoot!.querySelector('#summary, #not-admin, #not-allowed, .notice[role=alert]') &&
      !el.shadowRoot!.querySelector('#stop'),
    'the usage did not load',
    { timeout: 10_000 },
  );

const amount = (value: string) => Number(value.replace(/,/g, ''));
interface Line {
  tasks: number;
  spent: number;
}
/** One grouping's table as a reader sees it: label → tasks and credit spent. */
function lines(el: ReachUsage, group: 'service' | 'time' | 'origin'): Map<string, Line> {
  const rows = [...el.shadowRoot!.querySelectorAll(`#spend-${group} tbody tr`)];
  return new Map(
    rows.map((row) => [
      text(row, 'th'),
      { tasks: amount(text(row, '[data-col=tasks]')), spent: amount(text(row, '[data-col=spent]')) },
    ]),
  );
}
const lineOf = (el: ReachUsage, group: 'service' | 'time' | 'origin', label: string): Line =>
  lines(el, group).get(label) ?? { tasks: 0, spent: 0 };
const round = (value: number) => Math.round(value * 100) / 100;
const sum = (tasks: readonly EntryVendorTask[]) => round(tasks.reduce((total, task) => total + spentBy(task), 0));
const monthOf = (task: EntryVendorTask) =>
  new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(task.createdAt * 1000);

async function refreshed(el: ReachUsage): Promise<void> {
  await el.refresh();
  await loaded(el);
}

describe('<reach-usage>', () => {
  let ks: string;
  beforeEach(async () => {
    await resetSandbox();
    await clearFaults();
    ks = await startKs();
  });

  // First: a list still in flight from another test would count here.
  it('tells a USER session, with or without a role, that the account view needs an administrator, and reads no tasks', async () => {
    await resetStats();
    // A student without a role, and a lecturer whose Content Manager role reads profiles but is no administrator.
    for (const userId of [SEED.users.student, SEED.users.lecturer]) {
      const el = await usageElement(await startKs({ type: 0, userId }));
      expect(text(el, '#not-admin'), userId).to.contain('for administrators');
      expect(el.shadowRoot!.querySelector('[role="alert"]'), userId).to.equal(null);
      await expect(el).to.be.accessible();
    }
    expect((await stats()).calls, JSON.stringify((await stats()).calls)).not.to.have.property(LIST);
  });

  it('tells an administrator session whose role may not read profiles why, and reads no tasks', async () => {
    await resetStats();
    const el = await usageElement(await startKs({ type: 2, privileges: 'setrole:Basic User Session Role' }));
    await waitUntil(() => el.shadowRoot?.querySelector('#not-allowed'), 'no notice');
    expect(text(el, '#not-allowed')).to.contain("may not read the account's REACH profiles");
    expect(el.shadowRoot!.querySelector('[role="alert"], #not-allowed button'), 'no error wall, no Try again').to.equal(
      null,
    );
    expect((await stats()).calls, JSON.stringify((await stats()).calls)).not.to.have.property(LIST);
    await expect(el).to.be.accessible();
  });

  it('adds up the tasks the account ordered, by service, by month and by who ordered', async function () {
    this.timeout(30_000);
    const el = await usageElement(ks);
    await expect(el).to.be.accessible();
    const before = {
      captions: lineOf(el, 'service', 'Captions'),
      manual: lineOf(el, 'origin', 'Ordered by a person'),
      rule: lineOf(el, 'origin', 'A profile rule (category)'),
    };

    const thisMonth = [
      await order(ks, E.lecture45, C.machineCaptionsSpanish),
      await order(ks, E.welcome, C.machineCaptionsSpanish),
    ];
    // Putting an entry in Biology fires the default profile's rule (captions and chapters), marked with the category.
    const categoryEntry = {
      objectType: 'KalturaCategoryEntry',
      entryId: E.keynote30,
      categoryId: SEED.categories.biology,
    };
    await apiClient(ks).call(apiCall('categoryentry', 'add', { categoryEntry }, z.unknown(), true));
    const ruleMade = (await apiClient(ks).call(listTasks({ entryIdEqual: E.keynote30 }))).objects.filter(
      (task) => task.creationMode === 2 && task.context,
    );
    expect(ruleMade.length).to.be.greaterThan(0);

    await advanceClock(35 * 86_400);
    // The KS expired with the month: the host page gives the element a fresh one, as on reach-ks-expired.
    ks = await startKs();
    el.ks = ks;
    await el.updateComplete;
    const nextMonth = [await order(ks, E.lecture45, C.machineCaptionsFrench)];
    const ordered = [...thisMonth, ...nextMonth];
    // The tasks as they are now (the vendor may have finished them: the price stays).
    const now = (await apiClient(ks).call(listTasks({ idIn: ordered.map((task) => task.id) }))).objects;
    expect(now.length).to.equal(3);
    expect(sum(now)).to.be.greaterThan(0);

    await refreshed(el);
    const manual = lineOf(el, 'origin', 'Ordered by a person');
    expect(manual.tasks - before.manual.tasks).to.equal(3);
    expect(round(manual.spent - before.manual.spent)).to.equal(sum(now));
    const rule = lineOf(el, 'origin', 'A profile rule (category)');
    expect(rule.tasks - before.rule.tasks).to.equal(ruleMade.length);
    expect(round(rule.spent - before.rule.spent)).to.equal(sum(ruleMade));
    // The sandbox's automation (an agent waiting for its entry) may order captions too: count what the server lists.
    const since = (
      await apiClient(ks).call(listTasks({ createdAtGreaterThanOrEqual: thisMonth[0]!.createdAt }, { pageSize: 500 }))
    ).objects;
    const newCaptions = since.filter((task) => task.serviceFeature === VendorServiceFeature.CAPTIONS);
    expect(newCaptions.length).to.be.at.least(3);
    const captions = lineOf(el, 'service', 'Captions');
    expect(captions.tasks - before.captions.tasks).to.equal(newCaptions.length);
    expect(round(captions.spent - before.captions.spent)).to.equal(sum(newCaptions));
    // The new month holds the task ordered after the clock moved, and what the automation ordered then.
    const inNewMonth = since.filter((task) => monthOf(task) === monthOf(nextMonth[0]!));
    expect(inNewMonth.map((task) => task.id)).to.include(nextMonth[0]!.id);
    expect(lineOf(el, 'time', monthOf(nextMonth[0]!))).to.deep.equal({
      tasks: inNewMonth.length,
      spent: sum(inNewMonth),
    });
    await expect(el).to.be.accessible();

    // The same numbers by week: one week holds the new task alone.
    const bucket = el.shadowRoot!.querySelector<HTMLSelectElement>('#bucket')!;
    bucket.value = 'week';
    bucket.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text(el, '#spend-time-title')).to.equal('Spend by week');
    const weeks = [...lines(el, 'time').values()];
    expect(weeks.reduce((total, line) => total + line.tasks, 0)).to.equal(
      [...lines(el, 'origin').values()].reduce((total, line) => total + line.tasks, 0),
    );
    await expect(el).to.be.accessible();
  });

  it('shows each profile credit, what is left and how long it lasts at this rate', async () => {
    const el = await usageElement(ks);
    const row = (id: number) => el.shadowRoot!.querySelector(`tr[data-profile="${id}"]`)!;
    // Continuing Education: 100 credits, 98.5 used.
    expect(text(row(SEED.profiles.nearlyOutOfCredit), '[data-col=credit]')).to.equal('100');
    expect(text(row(SEED.profiles.nearlyOutOfCredit), '[data-col=used]')).to.equal('98.5');
    expect(text(row(SEED.profiles.nearlyOutOfCredit), '[data-col=remaining]')).to.equal('1.5');
    expect(text(row(SEED.profiles.nearlyOutOfCredit), '[data-col=outlook]')).to.match(
      /^About [\d.]+ a day: at this rate it lasts until /,
    );
    expect(text(row(SEED.profiles.unlimited), '[data-col=remaining]')).to.equal('Unlimited');
    expect(text(row(SEED.profiles.expired), '[data-col=outlook]')).to.equal('The credit period has ended.');
  });

  it('pages on a creation-time cursor: a small page size reads the same tasks as one large page', async () => {
    // Three tasks in one request share their second: a whole page of one second moves to the next page index.
    const client = apiClient(ks);
    await Promise.all(
      [E.lecture45, E.welcome, E.seminar12].map((entryId) =>
        client.call(
          addTask({ entryId, catalogItemId: C.machineCaptionsGerman, reachProfileId: SEED.profiles.unlimited }),
        ),
      ),
    );
    const large = await usageElement(ks);
    const expected = { service: lines(large, 'service'), time: lines(large, 'time'), origin: lines(large, 'origin') };
    const count = text(large, '#summary');

    await resetStats();
    const small = await usageElement(ks, { pageSize: 2, maxPages: 100 });
    expect(text(small, '#summary')).to.equal(count);
    expect(lines(small, 'service')).to.deep.equal(expected.service);
    expect(lines(small, 'time')).to.deep.equal(expected.time);
    expect(lines(small, 'origin')).to.deep.equal(expected.origin);
    const tasks = Number(count.split(' ')[0]);
    expect((await stats()).calls[LIST]).to.be.at.least(Math.ceil(tasks / 2));
    await expect(small).to.be.accessible();
  });

  it('stops at its page budget and says how far it read', async () => {
    const el = await usageElement(ks, { pageSize: 2, maxPages: 2 });
    expect(text(el, '#summary')).to.match(
      /^This view reads at most 2 pages: these figures cover 3 of \d+ tasks, those created until .+\. Choose a shorter period to see the rest\. Read again$/,
    );
    // The second page starts at the second the first ended in: it reads that task again, and counts it once.
    const counted = [...lines(el, 'origin').values()].reduce((total, line) => total + line.tasks, 0);
    expect(counted).to.equal(3);
    await expect(el).to.be.accessible();
  });

  it('shows its progress while reading, and keeps what it read when stopped', async () => {
    await injectFault({
      service: 'reach_entryvendortask',
      action: 'list',
      fault: 'latency',
      latencyMs: 400,
      count: 100,
    });
    const el = await fixture<ReachUsage>(
      html`<reach-usage service-url=${serviceUrl} .ks=${ks} page-size="2"></reach-usage>`,
    );
    await waitUntil(() => /Reading the tasks: [2-9]\d* of \d+/.test(text(el, '.progress')), 'no progress shown', {
      timeout: 10_000,
    });
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('#stop')!.click();
    await loaded(el);
    expect(text(el, '#summary')).to.match(/^Reading was stopped: these figures cover \d+ of \d+ tasks/);
    expect([...lines(el, 'origin').values()].reduce((total, line) => total + line.tasks, 0)).to.be.at.least(2);
    await expect(el).to.be.accessible();
  });

  it('offers the same numbers as CSV', async () => {
    const el = await usageElement(ks);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('#csv')!;
    expect(link.download).to.equal('reach-usage.csv');
    const csv = await (await fetch(link.href)).text();
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).to.equal('Grouping,Group,Tasks,Credit spent');
    for (const [label, line] of lines(el, 'service'))
      expect(rows).to.include(csvLine(['Spend by service', label, line.tasks, line.spent]));
    for (const [label, line] of lines(el, 'origin'))
      expect(rows).to.include(csvLine(['Spend by who ordered', label, line.tasks, line.spent]));
    expect(rows.length).to.equal(1 + lines(el, 'service').size + lines(el, 'time').size + lines(el, 'origin').size);
  });

  it('writes cells a spreadsheet would run as formulas as text', () => {
    expect(csvLine(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'plain, with comma', 3.5])).to.equal(
      `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1),"plain, with comma",3.5`,
    );
  });
});
