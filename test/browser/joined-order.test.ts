// One order, several elements: when an element's order joins the same order already in flight from
// another element of the page, only the element that placed it fires reach-task-created.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-task-monitor/index.js';
import '../../src/elements/clips-lab/index.js';
import type { ReachOrderPanel } from '../../src/elements/reach-order-panel/reach-order-panel.js';
import type { ReachTaskMonitor } from '../../src/elements/reach-task-monitor/reach-task-monitor.js';
import type { ClipsLab } from '../../src/elements/clips-lab/clips-lab.js';
import { KalturaClient } from '../../src/api/client.js';
import { addTask } from '../../src/reach/tasks.js';
import { advanceClock, resetSandbox, resetStats, SEED, serviceUrl, startKs, stats } from './sandbox.js';
import { collectCreated, text } from './elements.js';
import { panel, pick, review } from './order-panel.js';
import { cardPartsLoaded } from './task-monitor.js';
import { pointAtOrderForm } from './clips-lab.js';

const E = SEED.entries;
const C = SEED.catalog;

const $ = <T extends HTMLElement = HTMLElement>(element: HTMLElement, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);

function buttonNamed(root: ParentNode, name: RegExp): HTMLButtonElement {
  const button = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) =>
    name.test(text(candidate)),
  );
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

/** A panel on the entry with `catalogItemId` picked and the confirmation open. */
async function panelReadyToPlace(ks: string, entryId: string, catalogItemId: number): Promise<ReachOrderPanel> {
  const element = await panel(entryId, ks);
  await pick(element, catalogItemId);
  await review(element);
  return element;
}

async function labReadyToOrder(ks: string, entryId: string): Promise<ClipsLab> {
  const lab = await fixture<ClipsLab>(
    html`<clips-lab entry-id=${entryId} service-url=${serviceUrl} .ks=${ks}></clips-lab>`,
  );
  await waitUntil(() => $(lab, 'form.order'), 'the clips lab shows no order form', { timeout: 5000 });
  // Its order leaves at the click, in the same moment as the panel's.
  await pointAtOrderForm(lab);
  return lab;
}

/** A panel and a clips lab on one entry, each one click away from ordering AI clips; what each fires is collected. */
async function panelAndLabOnOneEntry() {
  const ks = await startKs();
  const panel = await panelReadyToPlace(ks, E.keynote30, C.machineClipsEnglish);
  const lab = await labReadyToOrder(ks, E.keynote30);
  const fired = { byPanel: collectCreated(panel), byLab: collectCreated(lab), onPage: collectCreated(document) };
  await resetStats();
  return {
    panel,
    lab,
    ...fired,
    placeInPanel: () => $(panel, '#place')!.click(),
    generateInLab: () => buttonNamed(lab.shadowRoot!, /Generate clips/).click(),
  };
}

describe('an order joined by another element of the page', () => {
  beforeEach(() => resetSandbox());

  it('clips lab and order panel: one order; the panel placed it and fires, the lab that joined it does not', async () => {
    const page = await panelAndLabOnOneEntry();
    page.placeInPanel();
    page.generateInLab();
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(page.lab)), 'the lab shows the joined order', {
      timeout: 5000,
    });
    await waitUntil(() => $(page.panel, '.results'), 'the panel shows no results', { timeout: 5000 });
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
    expect(page.byPanel).to.have.length(1);
    expect(page.byLab).to.have.length(0);
    expect(page.onPage).to.have.length(1);
  });

  it('order panel and clips lab: the lab placed it and fires, the panel that joined it does not and says so', async () => {
    const page = await panelAndLabOnOneEntry();
    page.generateInLab();
    page.placeInPanel();
    await waitUntil(() => $(page.panel, '.results'), 'the panel shows no results', { timeout: 5000 });
    expect(text(page.panel, '.results')).to.contain('Ordered from another place on this page');
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
    expect(page.byLab).to.have.length(1);
    expect(page.byPanel).to.have.length(0);
    expect(page.onPage).to.have.length(1);
  });

  it('order panel and a bulk order of the same service: one order; the single panel placed it, the bulk order joined it', async () => {
    const ks = await startKs();
    const single = await panelReadyToPlace(ks, E.welcome, C.machineCaptionsEnglish);
    const bulk = await fixture<ReachOrderPanel>(
      html`<reach-order-panel entry-ids=${`${E.welcome},${E.seminar12}`} service-url=${serviceUrl} .ks=${ks}></reach-order-panel>`,
    );
    await waitUntil(() => $(bulk, `#bulk-pick-${C.machineCaptionsEnglish}`), 'the bulk order did not load', {
      timeout: 5000,
    });
    $(bulk, `#bulk-pick-${C.machineCaptionsEnglish}`)!.click();
    await bulk.updateComplete;
    expect(text(bulk, '#bulk-place')).to.equal('Place 2 orders');
    const [bySingle, byBulk, onPage] = [collectCreated(single), collectCreated(bulk), collectCreated(document)];
    await resetStats();
    $(single, '#place')!.click();
    $(bulk, '#bulk-place')!.click();
    await waitUntil(() => $(bulk, '#bulk-again'), 'the bulk order did not finish', { timeout: 5000 });
    expect(text(bulk, `[data-key="${E.welcome}:${C.machineCaptionsEnglish}"]`)).to.contain(
      'Ordered from another place on this page at the same time.',
    );
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(2);
    expect(bySingle).to.have.length(1);
    expect(byBulk.map((event) => event.task.entryId)).to.deep.equal([E.seminar12]);
    expect(onPage).to.have.length(2);
  });

  it('two task monitors ordering the same task again: one order; only the monitor that placed it fires', async () => {
    const ks = await startKs();
    const ready = await new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] }).call(
      addTask({
        entryId: E.welcome,
        catalogItemId: C.machineCaptionsEnglishResubmittable,
        reachProfileId: SEED.profiles.unlimited,
      }),
    );
    await advanceClock(15);
    const monitors = await Promise.all(
      [0, 1].map(() =>
        fixture<ReachTaskMonitor>(
          html`<reach-task-monitor entry-id=${E.welcome} service-url=${serviceUrl} .ks=${ks}></reach-task-monitor>`,
        ),
      ),
    );
    const cardOf = (monitor: ReachTaskMonitor) =>
      monitor.shadowRoot!.querySelector<HTMLElement>(`article.task[aria-labelledby="task-${ready.id}"]`);
    for (const monitor of monitors) {
      await waitUntil(() => cardOf(monitor) && /Ready/.test(text(cardOf(monitor))), 'the ready task is not shown', {
        timeout: 5000,
      });
      buttonNamed(cardOf(monitor)!, /^Order again/).click();
      await cardPartsLoaded(monitor);
      await waitUntil(() => /Price:/.test(text(cardOf(monitor))), 'no price shown', { timeout: 5000 });
    }
    const [first, second] = monitors as [ReachTaskMonitor, ReachTaskMonitor];
    const [byFirst, bySecond, onPage] = [collectCreated(first), collectCreated(second), collectCreated(document)];
    await resetStats();
    buttonNamed(cardOf(first)!, /^Yes, order again/).click();
    buttonNamed(cardOf(second)!, /^Yes, order again/).click();
    await waitUntil(
      () => monitors.every((monitor) => /Ordered again/.test(text(cardOf(monitor)))),
      'both monitors show the order',
      { timeout: 5000 },
    );
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
    expect(byFirst).to.have.length(1);
    expect(bySecond).to.have.length(0);
    expect(onPage).to.have.length(1);
  });
});
