// <reach-order-panel>: need first (what, language, quality), "Browse all services" with search, and the way from an
// order's result to its task in a monitor on the same page.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../reach-task-monitor/index.js';
import type { ReachTaskMonitor } from '../reach-task-monitor/reach-task-monitor.js';
import type { ReachOrderPanel } from './reach-order-panel.js';
import { approveTask } from '../../reach/tasks.js';
import {
  advanceClock,
  apiClient,
  clearFaults,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { collectCreated, text } from '../../../test/browser/elements.js';
import {
  $,
  loadedByNeed,
  partsLoaded,
  results,
  rewriteAnswers,
  tasksOnServer,
} from '../../../test/browser/order-panel.js';

const C = SEED.catalog;
const E = SEED.entries;

beforeEach(async () => {
  await resetSandbox();
  await clearFaults();
});

async function byNeed(entryId: string, ks: string): Promise<ReachOrderPanel> {
  const element = await fixture<ReachOrderPanel>(
    html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${entryId}></reach-order-panel>`,
  );
  await loadedByNeed(element);
  return element;
}

const focused = (element: ReachOrderPanel) => element.shadowRoot!.activeElement;

/** Presses Tab until `#id` has the focus, as a keyboard user moves on; fails when it is never reached. */
async function tabTo(element: ReachOrderPanel, id: string): Promise<void> {
  for (let presses = 0; presses < 40 && focused(element)?.id !== id; presses++) await sendKeys({ press: 'Tab' });
  expect(focused(element)?.id, `Tab does not reach #${id}`).to.equal(id);
}

/** The order parts' module has been requested by this page. */
const orderPartsRequested = () =>
  performance.getEntriesByType('resource').some((entry) => /\/order-parts\.(?:js|ts)\b/.test(entry.name));

/** Clicks as a user does, and waits as a user would for a part the click loads (inputs, the confirmation). */
async function click(element: ReachOrderPanel, selector: string): Promise<void> {
  $(element, selector)!.click();
  await element.updateComplete;
  await partsLoaded(element);
}

/** The step 3 groups: the language each is for, the services offered and the one recommended. */
const qualityGroups = (element: ReachOrderPanel) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>('fieldset.quality')].map((group) => ({
    language: group.dataset.language,
    options: [...group.querySelectorAll<HTMLElement>('[data-option]')].map((option) => Number(option.dataset.option)),
    choosable: group.querySelectorAll('[data-option] input:not(:disabled)').length,
    recommended: [...group.querySelectorAll<HTMLElement>('[data-option]')]
      .filter((option) => option.querySelector('.badge'))
      .map((option) => Number(option.dataset.option)),
  }));

describe('<reach-order-panel> need first', () => {
  it('goes from the need to the language to the quality by keyboard, and places the order', async () => {
    const ks = await startKs();
    const element = await byNeed(E.welcome, ks);
    const created = collectCreated(element);
    expect(text(element, '.need-steps')).to.contain('1. What do you need?').and.not.contain('3. Quality');
    await expect(element).to.be.accessible();

    $(element, '#profile')!.focus();
    // The first test of the file: nothing has asked for the order parts yet (a module is requested once per page).
    expect(orderPartsRequested(), 'the first screen does not download the order parts').to.equal(false);
    await tabTo(element, 'need-1'); // Captions, the first need
    // Steps 2 and 3 come with the order parts, asked for when the focus came to the steps, before any choice.
    await waitUntil(orderPartsRequested, 'the focus on the needs did not ask for the order parts', { timeout: 5000 });
    await sendKeys({ press: 'Space' });
    await partsLoaded(element);
    expect(text(element, '.need-steps')).to.contain('2. Language').and.contain('3. Quality');
    expect($<HTMLSelectElement>(element, '#spoken')!.value, 'English: the language most offered').to.equal('English');
    const [group] = qualityGroups(element);
    expect(group!.recommended, 'one recommended: the cheapest machine captions').to.deep.equal([
      C.machineCaptionsEnglishResubmittable,
    ]);
    expect(group!.options[0], 'listed first').to.equal(C.machineCaptionsEnglishResubmittable);
    expect(text(element, `[data-option="${C.humanCaptionsEnglish3Days}"]`))
      .to.contain('Professional · about 99% accurate · Ready in about 3 business days')
      .and.contain('credits');
    await expect(element).to.be.accessible();

    await tabTo(element, 'spoken');
    await sendKeys({ press: 'Tab' }); // into the quality choice: on "None of these", the one checked
    await sendKeys({ press: 'ArrowDown' }); // to the first service, the recommended one
    await element.updateComplete;
    expect(focused(element)?.id).to.equal(`choose-${C.machineCaptionsEnglishResubmittable}`);
    expect($<HTMLInputElement>(element, `#choose-${C.machineCaptionsEnglishResubmittable}`)!.checked).to.equal(true);
    expect(text(element, '#review')).to.equal('Review order (1)');
    await expect(element).to.be.accessible();

    await tabTo(element, 'review');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(element, '#place'), 'the confirmation did not open');
    expect(text(element, '.confirm')).to.contain('English Machine Captions (included, re-orderable)');
    await tabTo(element, 'place');
    await sendKeys({ press: 'Enter' });
    expect(await results(element)).to.contain('English Machine Captions (included, re-orderable): Ordered.');
    expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglishResubmittable)).to.equal(1);
    expect(created).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('keeps the need and the choice when the entry loads again, and starts afresh on another entry', async () => {
    const element = await byNeed(E.welcome, await startKs());
    await click(element, '#need-1');
    await click(element, `#choose-${C.machineCaptionsEnglishResubmittable}`);
    expect(text(element, '#review')).to.equal('Review order (1)');

    // The same entry loads again (what a host's refresh, or a new session, does).
    await resetStats();
    await element.refresh();
    expect((await stats()).calls['baseentry.get'], 'the entry was read again').to.equal(1);
    await loadedByNeed(element);
    expect($<HTMLInputElement>(element, '#need-1')!.checked, 'the need is kept').to.equal(true);
    expect($<HTMLInputElement>(element, `#choose-${C.machineCaptionsEnglishResubmittable}`)!.checked).to.equal(true);
    expect(text(element, '#review')).to.equal('Review order (1)');

    element.entryId = E.seminar12;
    await waitUntil(() => text(element, '.entry-name').includes('Photosynthesis'), 'no reload', { timeout: 5000 });
    await loadedByNeed(element);
    expect($(element, 'input[name="need"]:checked'), 'no need chosen on the other entry').to.equal(null);
    expect(text(element, '#review')).to.equal('Review order');

    element.entryId = E.welcome; // back: afresh too, not what was chosen before
    await waitUntil(() => !text(element, '.entry-name').includes('Photosynthesis'), 'no reload', { timeout: 5000 });
    await loadedByNeed(element);
    expect($(element, 'input[name="need"]:checked')).to.equal(null);
    expect(text(element, '#review')).to.equal('Review order');
    await expect(element).to.be.accessible();
  });

  it('chains a translation after the captions the user then picks instead, and says so when no captions are left', async () => {
    const ks = await startKs();
    const element = await byNeed(E.welcome, ks);
    const created = collectCreated(element);
    const translation = C.machineTranslationEnglishToSpanish;
    const added = C.machineCaptionsEnglishResubmittable; // the captions the translation brings along
    const instead = C.machineCaptionsEnglish;
    const summary = () => text(element, '.summary');
    await click(element, '#need-2');
    await click(element, 'input[data-language="Spanish"]');
    await click(element, `#choose-${translation}`);
    expect(summary()).to.contain('English to Spanish Machine Translation').and.contain('(included, re-orderable)');

    await click(element, '#need-1');
    expect($<HTMLInputElement>(element, `#choose-${added}`)!.checked, 'the captions added are shown chosen').to.equal(
      true,
    );
    await click(element, `#choose-${instead}`);
    expect(summary(), 'the translation stays, with the captions chosen instead')
      .to.contain('English to Spanish Machine Translation')
      .and.contain('English Machine Captions')
      .and.not.contain('(included, re-orderable)');
    expect(text(element, '#review')).to.equal('Review order (2)');

    await click(element, `input[name^="q-1-"][id$="-none"]`); // no captions at all
    expect(text(element, '#review'), 'nothing can be ordered without captions').to.equal('Review order');
    expect(text(element, '#unchained')).to.contain(
      '“English to Spanish Machine Translation” was taken out of your order: it needs English captions, and none are chosen.',
    );
    await waitUntil(
      () => text(element, '[role="status"]').includes('was taken out of your order'),
      'it is not announced',
    );
    await expect(element).to.be.accessible();

    await click(element, '#need-2');
    expect(text(element, `[data-option="${translation}"]`), 'the reason stays beside it').to.contain(
      'was taken out of your order',
    );
    await click(element, `#choose-${translation}`);
    expect($(element, '#unchained'), 'chosen again: nothing to explain').to.equal(null);
    await click(element, '#need-1');
    await click(element, `#choose-${instead}`);
    await click(element, '#need-2');
    expect(text(element, `[data-option="${translation}"]`)).to.contain(
      'it starts once “English Machine Captions”, in your order, is ready.',
    );
    await click(element, '#review');
    await waitUntil(() => $(element, '#place'), 'the confirmation did not open');
    $(element, '#place')!.click();
    expect(await results(element)).to.contain(
      'English to Spanish Machine Translation: Starts when the English captions are ready',
    );
    await advanceClock(30);
    await waitUntil(() => created.some((event) => event.task.catalogItemId === translation), 'not placed', {
      timeout: 8000,
    });
    expect(await tasksOnServer(ks, E.welcome, instead)).to.equal(1);
    expect(await tasksOnServer(ks, E.welcome, added), 'the captions unticked are not ordered').to.equal(0);
    expect(await tasksOnServer(ks, E.welcome, translation)).to.equal(1);
    await expect(element).to.be.accessible();
  });

  it('translates into several languages at once, with the captions they start from ordered once', async () => {
    const ks = await startKs();
    const element = await byNeed(E.welcome, ks);
    await click(element, '#need-2');
    expect(text(element, '.need-steps')).to.contain('Choose one or more languages above.');
    await click(element, 'input[data-language="Spanish"]');
    await click(element, 'input[data-language="French"]');
    const groups = qualityGroups(element);
    expect(groups.map((group) => group.language)).to.deep.equal(['Spanish', 'French']);
    expect(text(element, 'fieldset.quality')).to.contain('3. Quality: into Spanish');
    expect(groups.map((group) => group.recommended)).to.deep.equal([
      [C.machineTranslationEnglishToSpanish],
      [C.machineTranslationEnglishToFrench],
    ]);
    await expect(element).to.be.accessible();

    await click(element, `#choose-${C.machineTranslationEnglishToSpanish}`);
    await click(element, `#choose-${C.machineTranslationEnglishToFrench}`);
    expect(text(element, '#review'), 'the two translations and the captions they need').to.equal('Review order (3)');
    await click(element, '#review');
    const confirm = text(element, '.confirm');
    expect(confirm.match(/English Machine Captions \(included, re-orderable\)/g)).to.have.length(1);
    expect(confirm)
      .to.contain('English to Spanish Machine Translation')
      .and.contain('English to French Machine Translation');
    await click(element, '#place');
    await results(element);
    await advanceClock(30); // the captions are delivered: both translations go out
    await waitUntil(
      async () =>
        (await tasksOnServer(ks, E.welcome, C.machineTranslationEnglishToSpanish)) === 1 &&
        (await tasksOnServer(ks, E.welcome, C.machineTranslationEnglishToFrench)) === 1,
      'the translations were not placed',
      { timeout: 8000 },
    );
    expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglishResubmittable)).to.equal(1);

    // A language no longer wanted takes its translation out of the choice.
    await click(element, 'input[data-language="French"]');
    expect(qualityGroups(element).map((group) => group.language)).to.deep.equal(['Spanish']);
  });

  it('presets the spoken language from the entry’s captions', async () => {
    const element = await byNeed(E.spanishLecture, await startKs());
    await click(element, '#need-2');
    expect($<HTMLSelectElement>(element, '#spoken')!.value).to.equal('Spanish');
    await click(element, 'input[data-language="English"]');
    expect(qualityGroups(element)[0]!.options).to.deep.equal([C.machineTranslationSpanishToEnglish]);
    await expect(element).to.be.accessible();
  });

  it('recommends exactly one service per need and language where one can be chosen', async () => {
    const element = await byNeed(E.welcome, await startKs());
    const needs = [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="need"]')].map(
      (input) => input.id,
    );
    expect(needs.length).to.be.greaterThan(10);
    for (const need of needs) {
      await click(element, `#${need}`);
      // A need in other languages (translation, dubbing) asks for one first; a language wanted stays wanted.
      if (qualityGroups(element).length === 0) await click(element, 'input[data-language]');
      const groups = qualityGroups(element);
      expect(groups.length, need).to.be.greaterThan(0);
      for (const group of groups)
        expect(group.recommended, `${need} into ${group.language}`).to.have.length(group.choosable > 0 ? 1 : 0);
    }
  });

  it('browses all services with a search as one types, and comes back to the need', async () => {
    const element = await byNeed(E.welcome, await startKs());
    await click(element, '#browse');
    expect(focused(element)?.id, 'the search takes the focus').to.equal('search');
    await sendKeys({ type: 'spanish' });
    await element.updateComplete;
    const shown = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.services > .group [data-item]')];
    expect(shown.length).to.be.greaterThan(3);
    for (const item of shown) expect(text(item), 'each service found names Spanish').to.match(/Spanish/);
    const folded = element.shadowRoot!.querySelectorAll('details.group:not([open])');
    expect(folded, 'what is found is open').to.have.length(0);
    expect($<HTMLDetailsElement>(element, 'details.filter-box')!.open, 'the filters stay folded').to.equal(false);
    await expect(element).to.be.accessible();

    $<HTMLInputElement>(element, '#search')!.select();
    await sendKeys({ type: 'summary' }); // typed over what was there
    await element.updateComplete;
    expect(
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('.services > .group [data-item]')].map((item) =>
        Number(item.dataset.item),
      ),
      'a feature by its name',
    ).to.deep.equal([C.machineSummaryEnglish]);
    await click(element, '#guided');
    expect(focused(element)?.id).to.equal('browse');
    expect(text(element, '.need-steps')).to.contain('1. What do you need?');
  });

  it('lists a few services at once, with nothing to narrow', async () => {
    const kept = new Set<number>([
      C.machineCaptionsEnglish,
      C.machineTranslationEnglishToSpanish,
      C.machineSummaryEnglish,
    ]);
    const restore = rewriteAnswers('KalturaVendorCatalogItemListResponse', (objects) =>
      objects.filter((item) => kept.has(Number(item.id))),
    );
    try {
      const element = await byNeed(E.welcome, await startKs());
      expect($(element, '.need-steps'), 'no need to ask').to.equal(null);
      expect($(element, '#search')).to.equal(null);
      expect($(element, '.filter-box')).to.equal(null);
      expect(element.shadowRoot!.querySelectorAll('.services details.group:not([open])')).to.have.length(0);
      expect(element.shadowRoot!.querySelectorAll('.services [data-item]')).to.have.length(3);
      expect(element.getBoundingClientRect().width, 'a wide panel').to.be.greaterThan(600);
      // The duration is shown as 2:05 and said in words.
      expect(text(element, 'details.entry:not([open]) > summary'), 'the entry on one line').to.equal(
        'Welcome to the Media Portal 2:052 minutes 5 seconds',
      );
      await expect(element).to.be.accessible();
    } finally {
      restore();
    }
  });

  it('is at most two screens tall in a 360 px sidebar before any choice, with the entry card', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const element = await byNeed(E.welcome, await startKs());
      element.style.inlineSize = '360px';
      element.style.display = 'block';
      await element.updateComplete;
      await waitUntil(() => $(element, 'details.entry'), 'the entry card does not fold in a narrow panel');
      const entry = $<HTMLDetailsElement>(element, 'details.entry')!;
      expect(entry.open, 'folded to one line').to.equal(false);
      expect(text(entry.querySelector('summary')))
        .to.contain('Welcome to the Media Portal')
        .and.contain('2:05');
      expect(element.getBoundingClientRect().height).to.be.at.most(2 * 640);
      await expect(element).to.be.accessible();
      entry.querySelector('summary')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => entry.open, 'Enter does not open the entry card');
      expect(entry.querySelector<HTMLElement>('.facts')!.offsetHeight, 'its facts are shown').to.be.greaterThan(0);
      expect(text(entry, '.facts')).to.contain('Video').and.contain('Ready');
      await expect(element).to.be.accessible();
      // Wide again: the whole card.
      element.style.inlineSize = '800px';
      await waitUntil(() => $(element, 'section.entry'), 'a wide panel does not show the whole entry card');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  /**
   * A panel and a monitor (of the entry, or without `entryId` of the account) on one page; captions ordered once
   * `beforeOrder` has done what it does with the loaded monitor.
   */
  async function orderBesideMonitor(
    ks: string,
    entryId?: string,
    beforeOrder: (monitor: ReachTaskMonitor) => Promise<void> = async () => {},
  ) {
    const page = await fixture<HTMLDivElement>(html`<div>
      <reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${E.welcome}></reach-order-panel>
      <reach-task-monitor .ks=${ks} service-url=${serviceUrl} entry-id=${entryId ?? nothing}></reach-task-monitor>
    </div>`);
    const element = page.querySelector('reach-order-panel')!;
    const monitor = page.querySelector<ReachTaskMonitor>('reach-task-monitor')!;
    // The account list is loaded: the new order then comes to it as one created on the page.
    if (!entryId)
      await waitUntil(() => /\b(\d+) of \1 tasks? loaded/.test(text(monitor.shadowRoot!)), 'the monitor did not load', {
        timeout: 5000,
      });
    await beforeOrder(monitor);
    await loadedByNeed(element);
    await click(element, '#need-1');
    await click(element, `#choose-${C.machineCaptionsEnglish}`);
    await click(element, '#review');
    const created = collectCreated(element);
    await click(element, '#place');
    await results(element);
    return { element, monitor, taskId: created[0]!.task.id };
  }

  it('links an order’s result to its task in a monitor on the page, which opens and focuses it', async () => {
    const { element, monitor, taskId } = await orderBesideMonitor(await startKs(), E.welcome);
    await waitUntil(() => monitor.shadowRoot!.querySelector(`#task-${taskId}`), 'the monitor does not show the task');
    expect(monitor.shadowRoot!.querySelector(`#details-${taskId}`), 'its details start closed').to.equal(null);
    const show = $(element, `#show-${C.machineCaptionsEnglish}`);
    expect(text(show), 'a link to the task').to.equal('Show in the task list');
    await expect(element).to.be.accessible();
    show!.click();
    await monitor.updateComplete;
    expect(monitor.shadowRoot!.activeElement?.id, 'its title has the focus').to.equal(`task-${taskId}`);
    expect(monitor.shadowRoot!.querySelector(`#details-${taskId}`), 'its details are open').to.not.equal(null);
  });

  it('links an order’s result to the account view of a monitor, which opens the task beside the list', async () => {
    const ks = await startKs();
    // Nothing awaits approval: the monitor opens on every task, newest first, where a new order appears at once.
    await apiClient(ks).call(approveTask(String(SEED.tasks.pendingModeration)));
    const { element, monitor, taskId } = await orderBesideMonitor(ks);
    const detail = () => monitor.shadowRoot!.querySelector<HTMLElement>('#detail article.task');
    await waitUntil(
      () => monitor.shadowRoot!.querySelector(`[data-id="${taskId}"]`),
      'the account list does not show the new order',
      { timeout: 5000 },
    );
    expect(detail(), 'nothing is open beside the list yet').to.equal(null);
    const show = $(element, `#show-${C.machineCaptionsEnglish}`);
    expect(text(show)).to.equal('Show in the task list');
    show!.click();
    await waitUntil(detail, 'the task did not open beside the list');
    expect(detail()!.dataset.id, 'the task ordered is the one opened').to.equal(taskId);
    await monitor.updateComplete;
    expect(monitor.shadowRoot!.activeElement?.id, 'the keyboard is in what opened').to.equal('detail-close');
    await expect(monitor).to.be.accessible();
  });

  it('after leaving the approval queue it opened on, the account view lists newest first, a new order on top', async () => {
    const { monitor, taskId } = await orderBesideMonitor(await startKs(), undefined, async (monitor) => {
      const queue = monitor.shadowRoot!.querySelector<HTMLButtonElement>('.chip[aria-pressed=true]');
      expect(queue?.dataset.group, 'it opened on the orders awaiting approval').to.equal('moderation');
      queue!.click();
      await waitUntil(() => !monitor.shadowRoot!.querySelector('.chip[aria-pressed=true]'), 'the queue was not left');
      await waitUntil(() => /\b(\d+) of \1 tasks loaded/.test(text(monitor.shadowRoot!)), 'every task not loaded');
    });
    await waitUntil(
      () => monitor.shadowRoot!.querySelector('.row')?.getAttribute('data-id') === taskId,
      'the new order is not the first row',
      { timeout: 5000 },
    );
    await expect(monitor).to.be.accessible();
  });
});
