// <reach-order-panel> for many entries: `entry-ids` and the media picker, the pre-flight (refusals, totals,
// the credit block), placing in batches with a lost answer, and "Retry the failed ones".
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/reach-order-panel/index.js';
import type { ReachOrderPanel } from './reach-order-panel.js';
import { listTasks } from '../../reach/tasks.js';
import {
  advanceClock,
  apiClient,
  clearFaults,
  injectFault,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { collectCreated, text } from '../../../test/browser/elements.js';
import { $, choose, orderElsewhere } from '../../../test/browser/order-panel.js';
import { apiCall } from '../../reach/call.js';
import { mediaEntrySchema } from '../../reach/schemas.js';

const C = SEED.catalog;
const E = SEED.entries;

beforeEach(async () => {
  await resetSandbox();
  await clearFaults();
});

/** `count` entries of two minutes each, ready (or, with `ready: false`, created without media). */
async function makeEntries(ks: string, count: number, ready = true): Promise<string[]> {
  const client = apiClient(ks);
  const added = await Promise.all(
    Array.from({ length: count }, (_, index) =>
      client.call(
        apiCall(
          'media',
          'add',
          { entry: { objectType: 'KalturaMediaEntry', name: `Lecture ${index + 1}`, mediaType: 1 } },
          mediaEntrySchema,
          true,
        ),
      ),
    ),
  );
  if (!ready) return added.map((entry) => entry.id);
  await Promise.all(
    added.map((entry) =>
      client.call(
        apiCall(
          'media',
          'addContent',
          { entryId: entry.id, resource: { objectType: 'KalturaUrlResource', url: 'https://example.com/lecture.mp4' } },
          mediaEntrySchema,
          true,
        ),
      ),
    ),
  );
  await advanceClock(60);
  return added.map((entry) => entry.id);
}

async function bulkPanel(ks: string, entryIds: readonly string[]): Promise<ReachOrderPanel> {
  const element = await fixture<ReachOrderPanel>(
    html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-ids=${entryIds.join(',')}></reach-order-panel>`,
  );
  await waitUntil(() => $(element, '.bulk-services, .notice.error'), 'the bulk order did not load', { timeout: 10000 });
  return element;
}

async function chooseService(element: ReachOrderPanel, id: number): Promise<void> {
  $<HTMLInputElement>(element, `#bulk-pick-${id}`)!.click();
  await element.updateComplete;
}

/** The text of every line of the pre-flight, scrolling the windowed list from top to bottom. */
async function allLines(element: ReachOrderPanel): Promise<Map<string, string>> {
  const scroller = $(element, '.bulk-lines')!;
  const lines = new Map<string, string>();
  scroller.scrollTop = 0;
  for (;;) {
    await element.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await element.updateComplete;
    for (const line of element.shadowRoot!.querySelectorAll<HTMLElement>('.bulk-line'))
      lines.set(line.dataset['key']!, text(line));
    if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return lines;
    scroller.scrollTop += scroller.clientHeight;
    scroller.dispatchEvent(new Event('scroll'));
  }
}

async function placed(element: ReachOrderPanel): Promise<string> {
  $(element, '#bulk-place')!.click();
  await waitUntil(() => $(element, '#bulk-again'), 'the bulk order did not finish', { timeout: 20000 });
  return text(element, '.bulk-progress');
}

/** How many tasks of `catalogItemId` each entry has on the server. */
async function tasksPerEntry(ks: string, catalogItemId: number): Promise<Map<string, number>> {
  const { objects } = await apiClient(ks).call(listTasks({ catalogItemIdIn: [catalogItemId] }, { pageSize: 500 }));
  const counts = new Map<string, number>();
  for (const { entryId = '' } of objects) counts.set(entryId, (counts.get(entryId) ?? 0) + 1);
  return counts;
}

describe('<reach-order-panel entry-ids>', () => {
  it('orders for 50 entries: lists the refusals, sends in batches, reconciles a lost answer without a duplicate', async function () {
    this.timeout(30000);
    const ks = await startKs();
    const ready = await makeEntries(ks, 45);
    const empty = await makeEntries(ks, 3, false);
    const already = ready.slice(0, 2);
    for (const entryId of already) await orderElsewhere(ks, { entryId, catalogItemId: C.machineCaptionsEnglish });
    const entryIds = [...ready, ...empty, E.teaser8, E.diagram];
    const element = await bulkPanel(ks, entryIds);
    const created = collectCreated(element);
    expect(text(element, '#bulk-title')).to.equal('Order for 50 entries');
    expect(text(element, '#bulk-hint')).to.equal('Choose the services to order for these entries.');
    await expect(element).to.be.accessible();

    await chooseService(element, C.machineCaptionsEnglish);
    // 120 s at 0.5 credits a started minute: 1 credit each.
    expect(text(element, '.totals-table tbody')).to.equal('English Machine Captions 43 7 43 credits');
    expect(text(element, '.totals-table tfoot')).to.equal('Total 43 7 43 credits');
    expect(text(element, '#bulk-place')).to.equal('Place 43 orders');
    const lines = await allLines(element);
    expect(lines.size, 'every entry is listed, none dropped').to.equal(50);
    const line = (entryId: string) => lines.get(`${entryId}:${C.machineCaptionsEnglish}`) ?? '';
    expect(line(ready[5]!)).to.equal('Lecture 6 · English Machine Captions 1 credit');
    expect(line(already[0]!)).to.contain('Will not be ordered: Already ordered');
    expect(line(empty[0]!)).to.contain('Will not be ordered: This entry is not ready yet');
    expect(line(E.teaser8)).to.contain('Will not be ordered: The media is shorter than 10 seconds');
    expect(line(E.diagram)).to.contain('Will not be ordered:').and.contain('cannot be ordered for this kind of entry');
    $(element, '#bulk-not-ordered')!.click();
    expect(text(element, '#bulk-not-ordered')).to.equal('Only what is not ordered (7)');
    expect([...(await allLines(element)).keys()].sort()).to.deep.equal(
      [...already, ...empty, E.teaser8, E.diagram].map((id) => `${id}:${C.machineCaptionsEnglish}`).sort(),
    );
    await expect(element).to.be.accessible();
    $(element, '#bulk-not-ordered')!.click();

    // The answer to the first batch is lost after the server made the tasks: they are found by listing.
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
    await resetStats();
    $(element, '#bulk-place')!.click();
    await waitUntil(() => $(element, 'progress'), 'no progress bar');
    expect(text(element, 'label[for="bulk-progress-bar"]')).to.match(/of 43 sent$/);
    await expect(element).to.be.accessible();
    await waitUntil(() => $(element, '#bulk-again'), 'the bulk order did not finish', { timeout: 20000 });
    expect(text(element, '.bulk-outcome')).to.equal('Ordered: 43. Not ordered: 0.');
    expect($<HTMLProgressElement>(element, 'progress')!.value).to.equal(43);
    expect($(element, '#bulk-retry'), 'nothing to retry').to.equal(null);
    await expect(element).to.be.accessible();
    const sent = await stats();
    expect(sent.calls['reach_entryvendortask.add'], 'every order sent once, none again').to.equal(43);
    expect(created.length).to.equal(43);
    const after = await allLines(element);
    expect(after.get(`${ready[2]}:${C.machineCaptionsEnglish}`)).to.contain(
      'Ordered (found on the server after the answer was lost).',
    );
    expect(after.get(`${ready[40]}:${C.machineCaptionsEnglish}`)).to.equal(
      'Lecture 41 · English Machine Captions Ordered.',
    );
    const counts = await tasksPerEntry(ks, C.machineCaptionsEnglish);
    for (const entryId of ready) expect(counts.get(entryId), `tasks of ${entryId}`).to.equal(1);
    for (const entryId of [...empty, E.teaser8, E.diagram]) expect(counts.get(entryId) ?? 0).to.equal(0);
    // The session's store has them: a monitor of the page shows them at once.
    const session = (element as unknown as { session: { tasks: { forEntry(id: string): unknown[] } } }).session;
    expect(session.tasks.forEntry(ready[44]!).length).to.equal(1);
  });

  it('totals per service and overall; blocks an order the profile cannot pay for', async () => {
    const ks = await startKs();
    const element = await bulkPanel(ks, [E.lecture45, E.keynote30, E.seminar12]);
    await chooseService(element, C.machineCaptionsEnglish);
    await chooseService(element, C.machineCaptionsSpanish);
    const rows = [...element.shadowRoot!.querySelectorAll('.totals-table tbody tr')].map((row) => text(row));
    expect(rows).to.have.length(2);
    expect(text(element, '.totals-table tfoot')).to.match(/^Total 6 0 [\d.]+ credits$/);
    expect($(element, '#bulk-credit-block')).to.equal(null);
    await choose(element, '#profile', String(SEED.profiles.nearlyOutOfCredit));
    expect(text(element, '#bulk-credit-block')).to.match(
      /^Not enough credit: these services cost [\d.]+ and the profile has 1.5 left\./,
    );
    expect($<HTMLButtonElement>(element, '#bulk-place')!.disabled).to.equal(true);
    await expect(element).to.be.accessible();
    // The property takes an array too.
    element.entryIds = [E.lecture45, E.keynote30];
    await waitUntil(() => text(element, '#bulk-title') === 'Order for 2 entries', 'the entries did not change');
  });

  it("a USER session: each id once, unknown ids listed with why, others' entries orderable (entitlement, not ownership), no prices, orders without a profile", async () => {
    const ks = await startKs({ type: 0, userId: SEED.users.professor });
    const element = await bulkPanel(ks, [E.welcome, ` ${E.welcome}`, '0_nosuch01', E.seminar12]);
    expect(text(element, '#bulk-title')).to.equal('Order for 3 entries');
    expect($(element, '#profiles-hidden'), 'no profile or credit to show').not.to.equal(null);
    await chooseService(element, C.machineCaptionsEnglish);
    expect(text(element, '.totals-table thead')).to.equal('Service Orders Cannot be ordered');
    const lines = await allLines(element);
    const line = (entryId: string) => lines.get(`${entryId}:${C.machineCaptionsEnglish}`) ?? '';
    expect(line('0_nosuch01')).to.contain('No such entry on this account, or your session may not see it.');
    expect(line(E.seminar12)).to.equal(
      'Photosynthesis Seminar: The Light Reactions · English Machine Captions Price not shown',
    );
    expect(line(E.welcome)).to.equal('Welcome to the Media Portal · English Machine Captions Price not shown');
    await expect(element).to.be.accessible();
    expect(await placed(element)).to.contain('Ordered: 2. Not ordered: 0.');
  });

  it('Retry the failed ones checks again, then sends only what is still not ordered', async function () {
    this.timeout(30000);
    const ks = await startKs();
    const ready = await makeEntries(ks, 30);
    const element = await bulkPanel(ks, ready);
    const created = collectCreated(element);
    await chooseService(element, C.machineCaptionsEnglish);
    // The first batch (25 orders) is lost before the server saw it: listing finds nothing, they failed.
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'drop' });
    expect(await placed(element)).to.contain('Ordered: 5. Not ordered: 25.');
    // Meanwhile one of them was ordered elsewhere: the check before retrying finds it.
    await orderElsewhere(ks, { entryId: ready[0]!, catalogItemId: C.machineCaptionsEnglish });
    await resetStats();
    $(element, '#bulk-retry')!.click();
    await waitUntil(() => $(element, '#bulk-place'), 'no pre-flight of the failed ones', { timeout: 10000 });
    const checked = await stats();
    expect(checked.calls['reach_entryvendortask.list'], 'the tasks of the 25 failed entries only').to.equal(25);
    expect(text(element, '.totals-table tfoot')).to.equal('Total 24 1 24 credits');
    expect($(element, '.bulk-services'), 'the services stay as chosen').to.equal(null);
    await expect(element).to.be.accessible();
    await resetStats();
    expect(await placed(element)).to.contain('Ordered: 24. Not ordered: 0.');
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(24);
    expect(created.length).to.equal(29);
    const counts = await tasksPerEntry(ks, C.machineCaptionsEnglish);
    for (const entryId of ready) expect(counts.get(entryId), `tasks of ${entryId}`).to.equal(1);
  });

  it('without an entry, entries are chosen in the media picker, and the whole way works from the keyboard', async () => {
    const ks = await startKs();
    const element = await fixture<ReachOrderPanel>(
      html`<reach-order-panel .ks=${ks} service-url=${serviceUrl}></reach-order-panel>`,
    );
    await waitUntil(() => element.shadowRoot!.querySelectorAll('.picker-entry').length > 0, 'the picker did not load');
    await expect(element).to.be.accessible();
    const boxes = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('.picker-entry input')].slice(0, 2);
    for (const box of boxes) {
      box.focus();
      await sendKeys({ press: 'Space' });
    }
    await element.updateComplete;
    $(element, '#order-picked')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '.bulk-services'), 'the bulk order did not load', { timeout: 10000 });
    expect(text(element, '#bulk-title')).to.equal('Order for 2 entries');
    // The services are folded by need: open Captions, then choose.
    const box = $<HTMLInputElement>(element, `#bulk-pick-${C.machineCaptionsEnglish}`)!;
    box.closest('details')!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    box.focus();
    await sendKeys({ press: 'Space' });
    await element.updateComplete;
    const orders = Number(/Place (\d+) orders?/.exec(text(element, '#bulk-place'))?.[1]);
    expect(orders, 'something to order').to.be.greaterThan(0);
    $(element, '#bulk-place')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '#bulk-again'), 'the bulk order did not finish', { timeout: 10000 });
    expect(element.shadowRoot!.activeElement?.id, 'focus moves to the outcome').to.equal('bulk-progress-title');
    expect(text(element, '.bulk-outcome')).to.equal(`Ordered: ${orders}. Not ordered: 0.`);
    await expect(element).to.be.accessible();
  });
});
