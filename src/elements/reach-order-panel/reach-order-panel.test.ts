import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.js';
import '../clips-lab/index.js';
import type { ReachOrderPanel } from './reach-order-panel.js';
import type { ClipsLab } from '../clips-lab/clips-lab.js';
import { KalturaClient } from '../../api/client.js';
import type { ReachTaskCreatedEvent } from '../../events.js';
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import { addTask, getTask, listTasks, type NewTask } from '../../reach/tasks.js';
import {
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
import { setPageLanguage } from '../../../test/browser/locale.js';

const C = SEED.catalog;
const E = SEED.entries;

// --- helpers ---------------------------------------------------------------------------------

async function panel(entryId: string, ks: string): Promise<ReachOrderPanel> {
  const element = await fixture<ReachOrderPanel>(html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${entryId}></reach-order-panel>`);
  await loaded(element);
  return element;
}

async function loaded(element: ReachOrderPanel): Promise<void> {
  await waitUntil(() => element.shadowRoot!.querySelector('.entry, .notice.error'), 'the panel did not load', { timeout: 5000 });
  await element.updateComplete;
}

const $ = <T extends Element = HTMLElement>(element: ReachOrderPanel, selector: string) => element.shadowRoot!.querySelector<T & HTMLElement>(selector);
/** What a reader sees: spaces collapsed, invisible bidi isolates around server text left out. */
const visible = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim();
const text = (element: ReachOrderPanel, selector: string) => visible($(element, selector));
const row = (element: ReachOrderPanel, id: number) => $(element, `[data-item="${id}"]`)!;
const rowText = (element: ReachOrderPanel, id: number) => visible(row(element, id));
const checkbox = (element: ReachOrderPanel, id: number) => $<HTMLInputElement>(element, `#pick-${id}`)!;

async function pick(element: ReachOrderPanel, ...ids: number[]): Promise<void> {
  for (const id of ids) {
    checkbox(element, id).click();
    await element.updateComplete;
  }
}

async function choose(element: ReachOrderPanel, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

async function type(element: ReachOrderPanel, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(element, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

async function review(element: ReachOrderPanel): Promise<void> {
  $(element, '#review')!.click();
  await element.updateComplete;
  await waitUntil(() => $(element, '#place'), 'the confirmation did not open');
}

async function results(element: ReachOrderPanel): Promise<string> {
  await waitUntil(() => $(element, '.results'), 'no order results', { timeout: 5000 });
  return text(element, '.results');
}

function collectCreated(element: EventTarget): ReachTaskCreatedEvent[] {
  const events: ReachTaskCreatedEvent[] = [];
  element.addEventListener('reach-task-created', (event) => events.push(event as ReachTaskCreatedEvent));
  return events;
}

beforeEach(async () => {
  await resetSandbox();
  await clearFaults();
});

// --- tests -----------------------------------------------------------------------------------

describe('<reach-order-panel>', () => {
  it('loads the entry, profiles, catalog, tasks, captions and session in one HTTP request, without preflight', async () => {
    const ks = await startKs();
    await resetStats();
    const element = await panel(E.welcome, ks);
    const measured = await stats();
    expect(measured.httpRequests).to.equal(1);
    expect((measured as unknown as { preflights: number }).preflights ?? 0).to.equal(0);
    for (const call of ['session.get', 'reach_reachprofile.list', 'reach_vendorcatalogitem.list', 'baseentry.get', 'reach_entryvendortask.list', 'caption_captionasset.list']) {
      expect(measured.calls[call], call).to.equal(1);
    }
    expect(text(element, '.entry')).to.contain('Welcome to the Media Portal').and.contain('2:05').and.contain('Video').and.contain('Ready');
    await expect(element).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const ks = await startKs();
    await injectFault({ service: '*', action: '*', fault: 'latency', latencyMs: 1500 });
    const element = await fixture<ReachOrderPanel>(html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${E.welcome}></reach-order-panel>`);
    expect(text(element, '.loading')).to.contain('Loading');
    await expect(element).to.be.accessible();
    await loaded(element);
  });

  describe('refuses clearly when ordering is impossible', () => {
    it('an entry that is not ready', async () => {
      const element = await panel(E.processing, await startKs());
      expect(text(element, '.refusal')).to.contain('not ready yet').and.contain('Converting');
      expect($(element, '#review')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('captions for an image', async () => {
      const element = await panel(E.diagram, await startKs());
      expect(checkbox(element, C.machineCaptionsEnglish)).to.equal(null);
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('Captions cannot be ordered for this kind of entry (Image)');
      // Document enrichment takes images.
      expect(checkbox(element, C.machineDocumentEnrichment).disabled).to.equal(false);
    });

    it('video analysis for audio', async () => {
      const element = await panel(E.podcast20, await startKs());
      expect(text(element, '.entry')).to.contain('Audio');
      expect(rowText(element, C.machineVideoAnalysisOcr)).to.contain('Video analysis needs a video');
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(false);
    });

    it('captions, translation and audio services for media under 10 seconds', async () => {
      const element = await panel(E.teaser8, await startKs());
      for (const id of [C.machineCaptionsEnglish, C.machineTranslationEnglishToHebrewFromAudio, C.machineAudioDescriptionEnglish, C.machineDubbingEnglishToSpanish]) {
        expect(rowText(element, id), String(id)).to.contain('shorter than 10 seconds');
      }
      expect(checkbox(element, C.machineSummaryEnglish).disabled).to.equal(false);
    });

    // A user whose role reads profiles and prices (a basic user session may not).
    const contentManager = { type: 0, privileges: `setrole:${SEED.roles.contentManager}` } as const;

    it('a user KS that may not edit the entry', async () => {
      const element = await panel(E.welcome, await startKs({ ...contentManager, userId: SEED.users.student }));
      expect(text(element, '.refusal')).to.contain('may not order services for this entry');
    });

    it("the entry's owner with a user KS may order", async () => {
      const element = await panel(E.studentInterview, await startKs({ ...contentManager, userId: SEED.users.student }));
      expect($(element, '.refusal')).to.equal(null);
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(false);
    });

    it('an account without REACH (FEATURE_FORBIDDEN)', async () => {
      const element = await panel(E.welcome, await startKs({ partnerId: SEED.partnerWithoutReach }));
      expect(text(element, '.notice.error')).to.contain('REACH is not enabled for this account');
      await expect(element).to.be.accessible();
    });

    it('no active REACH profile', async () => {
      const element = await panel(E.withoutActiveProfileVideo, await startKs({ partnerId: SEED.partnerWithoutActiveProfile }));
      expect(text(element, '.refusal')).to.contain('no active REACH profile');
      await expect(element).to.be.accessible();
    });

    it('no catalog items enabled for the account', async () => {
      const element = await panel(E.withoutCatalogItemsVideo, await startKs({ partnerId: SEED.partnerWithoutCatalogItems }));
      expect(text(element, '.refusal')).to.contain('No REACH services are enabled');
    });

    it('an entry that does not exist', async () => {
      const element = await panel('0_nothere1', await startKs());
      expect(text(element, '.notice.error')).to.contain('There is no entry with the id 0_nothere1');
    });

    it('a translation without captions in its source language', async () => {
      const element = await panel(E.welcome, await startKs());
      expect(rowText(element, C.machineTranslationEnglishToSpanish)).to.contain('Order English captions first');
      // The item that translates from the audio needs none.
      expect(checkbox(element, C.machineTranslationEnglishToHebrewFromAudio).disabled).to.equal(false);
    });
  });

  describe('existing orders', () => {
    it('shows them next to each service and blocks those that cannot be ordered again', async () => {
      const element = await panel(E.withTasks, await startKs());
      expect(checkbox(element, C.humanCaptionsEnglish3Days).disabled).to.equal(true);
      expect(rowText(element, C.humanCaptionsEnglish3Days)).to.contain('Already ordered (Pending)');
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(true);
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('Already ordered and delivered');
      expect(checkbox(element, C.humanTranslationEnglishToSpanish).disabled).to.equal(true);
      expect(rowText(element, C.humanTranslationEnglishToSpanish)).to.contain('Processing');
      // A failed order may be placed again; its error is shown.
      expect(checkbox(element, C.machineCaptionsEnglishFlaky).disabled).to.equal(false);
      expect(rowText(element, C.machineCaptionsEnglishFlaky)).to.contain('Failed');
    });

    it('warns, before ordering, that a pending order on an earlier version of the media will be cancelled without refund', async () => {
      // The media was replaced since the pending order: its source flavor is one version further.
      const restore = rewriteAnswers('KalturaFlavorAssetListResponse', (objects) =>
        objects.map((flavor) => (flavor.isOriginal ? { ...flavor, version: Number(flavor.version ?? 0) + 1 } : flavor)),
      );
      try {
        const element = await panel(E.withTasks, await startKs());
        const id = C.humanCaptionsEnglish3Days;
        expect(checkbox(element, id).disabled, 'the server would take the order').to.equal(false);
        expect(text(element, `#cancels-${id}`)).to.contain('cancels the pending order').and.contain('not refunded');
        expect(checkbox(element, id).getAttribute('aria-describedby')).to.contain(`cancels-${id}`);
        await pick(element, id);
        await review(element);
        expect(text(element, '#cancels-warning')).to.contain('cancels earlier orders that are still pending').and.contain('not refunded');
        expect($(element, '#place')!.getAttribute('aria-describedby')).to.equal('cancels-warning');
        await expect(element).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('points aria-describedby only at elements that are rendered', async () => {
      const element = await panel(E.withTasks, await startKs());
      for (const box of element.shadowRoot!.querySelectorAll('input[type="checkbox"][aria-describedby]')) {
        for (const id of box.getAttribute('aria-describedby')!.split(' ')) {
          expect(element.shadowRoot!.getElementById(id), `${box.id} → ${id}`).to.not.equal(null);
        }
      }
    });
  });

  describe('prices and credit', () => {
    it('estimates as the server will: per started minute, plus fixed add-ons, and totals several services', async () => {
      const element = await panel(E.welcome, await startKs());
      // 2 min 05 s is billed as 3 minutes: 3 × 0.5 and 3 × 1.5 + 5.
      expect(text(element, `[data-item="${C.machineCaptionsEnglish}"] .amount`)).to.equal('1.5');
      expect(text(element, `[data-item="${C.humanCaptionsEnglish5DaysSpeakerId}"] .amount`)).to.equal('9.5');
      expect(text(element, `[data-item="${C.machineCaptionsEnglishResubmittable}"] .amount`)).to.equal('No charge');
      await pick(element, C.machineCaptionsEnglish, C.humanCaptionsEnglish5DaysSpeakerId);
      expect(text(element, '.summary .total')).to.equal('11');
      const remaining = Number(text(element, '.profile .remaining').replace(/,/g, ''));
      expect(Number(text(element, '.summary .after').replace(/,/g, ''))).to.equal(remaining - 11);
    });

    it('blocks an order that would exceed the credit, also across several services together', async () => {
      const element = await panel(E.welcome, await startKs());
      await choose(element, '#profile', String(SEED.profiles.nearlyOutOfCredit));
      expect(text(element, '.profile .remaining')).to.equal('1.5');
      await pick(element, C.machineCaptionsEnglish); // 1.5: exactly what is left
      expect($(element, '#credit-block')).to.equal(null);
      expect($<HTMLButtonElement>(element, '#review')!.disabled).to.equal(false);
      await pick(element, C.machineSummaryEnglish); // + 0.75
      expect(text(element, '#credit-block')).to.contain('Not enough credit').and.contain('2.25').and.contain('1.5');
      expect($<HTMLButtonElement>(element, '#review')!.disabled).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it('refuses a paid per-token service that is not pay-per-use, with the reason (the server would want unitsUsed)', async () => {
      const restore = rewriteAnswers('KalturaVendorCatalogItemListResponse', (objects) =>
        objects.map((item) => (item.id === C.machineSentimentAnalysisPayPerUse ? { ...item, payPerUse: false } : item)),
      );
      try {
        const element = await panel(E.welcome, await startKs());
        expect(checkbox(element, C.machineSentimentAnalysisPayPerUse)).to.equal(null);
        expect(rowText(element, C.machineSentimentAnalysisPayPerUse)).to.contain('number of tokens must be given with the order');
        expect($(element, `.unavailable [data-item="${C.machineSentimentAnalysisPayPerUse}"]`)).to.not.equal(null);
      } finally {
        restore();
      }
    });

    it('still orders a pay-per-use per-token service, priced on delivery', async () => {
      const element = await panel(E.welcome, await startKs());
      expect(checkbox(element, C.machineSentimentAnalysisPayPerUse).disabled).to.equal(false);
      expect(text(element, `[data-item="${C.machineSentimentAnalysisPayPerUse}"] .amount`)).to.equal('On delivery');
    });

    it('keeps the profile the user chose when the panel loads again (another entry)', async () => {
      const element = await panel(E.welcome, await startKs());
      await choose(element, '#profile', String(SEED.profiles.nearlyOutOfCredit));
      element.entryId = E.seminar12;
      await waitUntil(() => text(element, '.entry-name').includes('Photosynthesis'), 'no reload', { timeout: 5000 });
      await waitUntil(() => $(element, '#profile'), 'no profile select');
      expect($<HTMLSelectElement>(element, '#profile')!.value).to.equal(String(SEED.profiles.nearlyOutOfCredit));
      expect(text(element, '.profile .remaining')).to.equal('1.5');
    });

    it('warns when the credit period has ended and blocks paid services, not free ones', async () => {
      const element = await panel(E.welcome, await startKs());
      await choose(element, '#profile', String(SEED.profiles.expired));
      expect(text(element, '#credit-warning')).to.contain('credit period ended');
      await pick(element, C.machineCaptionsEnglishResubmittable);
      expect($<HTMLButtonElement>(element, '#review')!.disabled).to.equal(false);
      await pick(element, C.machineCaptionsEnglish);
      expect(text(element, '#credit-block')).to.contain('credit period has ended');
      expect($<HTMLButtonElement>(element, '#review')!.disabled).to.equal(true);
    });
  });

  describe('ordering', () => {
    it('orders several services in one confirmation and one request, reports each, fires reach-task-created per task', async () => {
      const ks = await startKs();
      const element = await panel(E.seminar12, ks);
      const created = collectCreated(element);
      await pick(element, C.machineTranslationEnglishToSpanish, C.machineTranslationEnglishToFrench, C.machineTranslationEnglishToGerman, C.humanCaptionsEnglish1Day);
      await type(element, `#in-${C.humanCaptionsEnglish1Day}-notes`, 'Speakers: Dr. Patel');
      await review(element);
      expect(text(element, '.confirm')).to.contain('English to Spanish Machine Translation').and.contain('Notes: Speakers: Dr. Patel');
      await expect(element).to.be.accessible();
      const remainingBefore = text(element, '.profile .remaining');
      await resetStats();
      $(element, '#place')!.click();
      const summary = await results(element);
      // The profile is read again afterwards to show the credit left.
      await waitUntil(() => text(element, '.profile .remaining') !== remainingBefore, 'the credit was not refreshed');
      const measured = await stats();
      expect(measured.calls['reach_entryvendortask.add']).to.equal(4);
      expect(measured.httpRequests, 'one request for the four orders, one for the credit').to.equal(2);
      expect(created).to.have.length(4);
      expect(summary).to.contain('English to Spanish Machine Translation: Ordered');
      const translation = created.find((event) => event.task.catalogItemId === C.machineTranslationEnglishToSpanish)!.task;
      expect(translation.taskJobData?.captionAssetId).to.equal(SEED.captionAssets.seminarEnglish);
      expect(created.find((event) => event.task.catalogItemId === C.humanCaptionsEnglish1Day)!.task.notes).to.equal('Speakers: Dr. Patel');
      // Ordered services are now blocked by their own orders; the form is empty again.
      expect(checkbox(element, C.machineTranslationEnglishToSpanish).disabled).to.equal(true);
      expect(rowText(element, C.machineTranslationEnglishToSpanish)).to.contain('Ordered (Pending)');
      expect(text(element, '.summary')).to.contain('Choose one or more services');
      await expect(element).to.be.accessible();
    });

    it('leaves the successful orders in place and the failed one selectable with the server message and its input', async () => {
      const ks = await startKs();
      const element = await panel(E.seminar12, ks);
      await pick(element, C.machineTranslationEnglishToSpanish, C.humanTranslationEnglishToFrench);
      await type(element, `#in-${C.humanTranslationEnglishToFrench}-notes`, 'Keep Latin names');
      await review(element);
      // Someone else orders the French translation meanwhile: the server will refuse it as a duplicate.
      await orderElsewhere(ks, {
        entryId: E.seminar12,
        catalogItemId: C.humanTranslationEnglishToFrench,
        taskJobData: { objectType: 'KalturaTranslationVendorTaskData', captionAssetId: SEED.captionAssets.seminarEnglish },
      });
      $(element, '#place')!.click();
      const summary = await results(element);
      expect(summary).to.contain('English to Spanish Machine Translation: Ordered');
      expect(summary).to.contain('Not ordered: This service has already been ordered for this entry.');
      expect(rowText(element, C.humanTranslationEnglishToFrench)).to.contain('Entry vendor task already exists for entry');
      expect(checkbox(element, C.humanTranslationEnglishToFrench).checked).to.equal(true);
      expect(checkbox(element, C.humanTranslationEnglishToFrench).disabled).to.equal(false);
      expect($<HTMLTextAreaElement>(element, `#in-${C.humanTranslationEnglishToFrench}-notes`)!.value).to.equal('Keep Latin names');
      expect(checkbox(element, C.machineTranslationEnglishToSpanish).disabled).to.equal(true);
    });

    it('sends the inputs each service needs (clips, summary) and reports a bad value without losing it', async () => {
      const element = await panel(E.keynote30, await startKs());
      const created = collectCreated(element);
      await pick(element, C.machineClipsEnglish, C.machineSummaryEnglish);
      await type(element, `#in-${C.machineClipsEnglish}-clipsDuration`, '4O');
      await choose(element, `#in-${C.machineSummaryEnglish}-typeOfSummary`, 'detailed');
      $(element, '#review')!.click();
      await element.updateComplete;
      const field = $<HTMLInputElement>(element, `#in-${C.machineClipsEnglish}-clipsDuration`)!;
      expect(field.value).to.equal('4O');
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(text(element, `#in-${C.machineClipsEnglish}-clipsDuration-error`)).to.contain('whole number');
      expect(element.shadowRoot!.activeElement).to.equal(field);
      await expect(element).to.be.accessible();
      await type(element, `#in-${C.machineClipsEnglish}-clipsDuration`, '45');
      await review(element);
      $(element, '#place')!.click();
      await results(element);
      const clips = created.find((event) => event.task.catalogItemId === C.machineClipsEnglish)!.task;
      expect(clips.taskJobData).to.include({ objectType: 'KalturaClipsVendorTaskData', clipsDuration: 45, outputLanguage: 'English' });
      const summary = created.find((event) => event.task.catalogItemId === C.machineSummaryEnglish)!.task;
      expect(summary.taskJobData).to.include({ objectType: 'KalturaSummaryVendorTaskData', typeOfSummary: 'detailed', writingStyle: 'formal' });
    });

    /** Orders English captions for the welcome entry while the answer to the add is lost in `fault`'s way. */
    async function orderLosingTheAnswer(fault: 'drop' | 'dropAfterCommit') {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const created = collectCreated(element);
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault });
      $(element, '#place')!.click();
      return { ks, element, created, summary: await results(element) };
    }

    it('after a lost answer, finds the order on the server instead of sending it again', async () => {
      const { ks, element, created, summary } = await orderLosingTheAnswer('dropAfterCommit');
      expect(summary).to.contain('The answer was lost, but the order is on the server');
      expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglish)).to.equal(1);
      expect(created).to.have.length(1);
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(true);
    });

    it('after a lost answer with no order on the server, says so and lets the user order again', async () => {
      const { ks, element, created, summary } = await orderLosingTheAnswer('drop');
      expect(summary).to.contain('the server has no such order');
      expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglish)).to.equal(0);
      expect(created).to.have.length(0);
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(false);
      expect(checkbox(element, C.machineCaptionsEnglish).checked).to.equal(true);
      await expect(element).to.be.accessible();
    });

    it("after a lost answer, never claims another user's order of the same service as this one", async () => {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const created = collectCreated(element);
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      // Someone else orders it meanwhile; this panel's order is lost before the server sees it.
      await orderElsewhere(await startKs({ userId: SEED.users.mediaTeam }), { entryId: E.welcome, catalogItemId: C.machineCaptionsEnglish });
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'drop' });
      $(element, '#place')!.click();
      const summary = await results(element);
      expect(summary).to.contain('the server has no such order');
      expect(created).to.have.length(0);
      // The other user's order is shown for what it is, and blocks a second order.
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('Already ordered (Pending)');
    });

    it('keeps the focus on "Place order" while ordering, then moves it to the results', async () => {
      const element = await panel(E.welcome, await startKs());
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'latency', latencyMs: 800 });
      const place = $<HTMLButtonElement>(element, '#place')!;
      place.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(place.getAttribute('aria-disabled')).to.equal('true');
      expect(element.shadowRoot!.activeElement, 'focus kept while ordering').to.equal(place);
      await results(element);
      await element.updateComplete;
      expect(element.shadowRoot!.activeElement?.id).to.equal('results-title');
    });

    it('does not apply a "Check again" outcome after the panel moved to another entry', async function () {
      this.timeout(20_000);
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
      await injectFault({ service: 'reach_entryvendortask', action: 'list', fault: 'http500', count: 4 });
      $(element, '#place')!.click();
      await waitUntil(() => $(element, `#result-${C.machineCaptionsEnglish} button`), 'no "Check again"', { timeout: 15_000 });
      await clearFaults();
      await injectFault({ service: 'reach_entryvendortask', action: 'list', fault: 'latency', latencyMs: 1000 });
      const listsBefore = (await stats()).calls['reach_entryvendortask.list'] ?? 0;
      $(element, `#result-${C.machineCaptionsEnglish} button`)!.click();
      element.entryId = E.seminar12;
      await waitUntil(() => text(element, '.entry-name').includes('Photosynthesis'), 'no reload', { timeout: 5000 });
      // The slow check of the first entry has been answered (the server counts a call once it has run it).
      await waitUntil(async () => ((await stats()).calls['reach_entryvendortask.list'] ?? 0) > listsBefore + 1, 'the slow check was not answered', { timeout: 5000 });
      await element.updateComplete;
      expect($(element, '.results'), 'no results of the other entry').to.equal(null);
      expect($(element, `#result-${C.machineCaptionsEnglish}`)).to.equal(null);
    });

    it('when a lost answer cannot be checked either, never re-sends the order and lets the user check again', async function () {
      this.timeout(20_000); // the listing is a read: the client retries it (1 s, 2 s, 4 s) before giving up
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
      await injectFault({ service: 'reach_entryvendortask', action: 'list', fault: 'http500', count: 4 });
      $(element, '#place')!.click();
      await waitUntil(() => $(element, `#result-${C.machineCaptionsEnglish} button`), 'no "Check again"', { timeout: 15_000 });
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('may or may not have been placed');
      expect(checkbox(element, C.machineCaptionsEnglish).disabled, 'not orderable while unknown').to.equal(true);
      await expect(element).to.be.accessible();
      await clearFaults();
      await resetStats();
      $(element, `#result-${C.machineCaptionsEnglish} button`)!.click();
      await waitUntil(() => rowText(element, C.machineCaptionsEnglish).includes('the order is on the server'), 'the check did not find the order');
      expect((await stats()).calls['reach_entryvendortask.add'] ?? 0).to.equal(0);
      expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglish)).to.equal(1);
    });

    it('announces status changes of the entry\'s tasks politely as the vendor works', async () => {
      const element = await panel(E.welcome, await startKs());
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      $(element, '#place')!.click();
      await results(element);
      const live = $(element, '[aria-live="polite"]')!;
      expect(live.textContent).to.contain('1 of 1 service ordered.');
      await advanceClock(30); // the machine vendor delivers within seconds of sandbox time
      // The service's name is isolated (FSI … PDI), so a name in another script cannot reorder the sentence.
      await waitUntil(() => live.textContent?.includes('\u2068English Machine Captions\u2069: Ready.'), 'no announcement of the delivery', { timeout: 8000 });
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('Ordered (Ready)');
    });

    it('sends one order for a double click on "Place order"', async () => {
      const element = await panel(E.welcome, await startKs());
      const created = collectCreated(element);
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await resetStats();
      const place = $(element, '#place')!;
      place.click();
      place.click();
      await results(element);
      expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
      expect(created).to.have.length(1);
    });

    it('sends nothing more when Enter is held down on "Review order" and then on "Place order"', async () => {
      const element = await panel(E.welcome, await startKs());
      const created = collectCreated(element);
      await pick(element, C.machineCaptionsEnglish);
      $(element, '#review')!.focus();
      await sendKeys({ down: 'Enter' });
      await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      await element.updateComplete;
      // The confirmation opened and took the focus; the repeated key did not order anything.
      expect(element.shadowRoot!.activeElement?.id).to.equal('confirm-title');
      expect($(element, '.results')).to.equal(null);
      await resetStats();
      $(element, '#place')!.focus();
      for (let repeat = 0; repeat < 4; repeat++) await sendKeys({ down: 'Enter' });
      await sendKeys({ up: 'Enter' });
      await results(element);
      expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
      expect(created).to.have.length(1);
    });

    it('sends one order when two panels on the same entry order the same service at once, and both show it', async () => {
      const ks = await startKs();
      const [first, second] = await Promise.all([panel(E.welcome, ks), panel(E.welcome, ks)]);
      const [createdByFirst, createdBySecond] = [collectCreated(first), collectCreated(second)];
      const createdOnPage = collectCreated(document);
      for (const element of [first, second]) {
        await pick(element, C.machineCaptionsEnglish);
        await review(element);
      }
      await resetStats();
      $(first, '#place')!.click();
      $(second, '#place')!.click();
      await Promise.all([results(first), results(second)]);
      expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
      expect(createdByFirst.length + createdBySecond.length).to.equal(1);
      expect(createdOnPage).to.have.length(1);
      expect(await results(second)).to.contain('Ordered from another place on this page');
      for (const element of [first, second]) expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(true);
    });

    it('shows a task ordered in one panel at once in another panel of the session (shared task store)', async () => {
      const ks = await startKs();
      const [first, second] = await Promise.all([panel(E.welcome, ks), panel(E.welcome, ks)]);
      await pick(first, C.machineSummaryEnglish);
      await review(first);
      $(first, '#place')!.click();
      await results(first);
      await second.updateComplete;
      expect(checkbox(second, C.machineSummaryEnglish).disabled).to.equal(true);
      expect(rowText(second, C.machineSummaryEnglish)).to.contain('Already ordered (Pending)');
    });

    it('waits through an expired KS without losing input, and completes when the host sets a new one', async () => {
      const element = await panel(E.welcome, await startKs({ expiry: 60 }));
      const created = collectCreated(element);
      await pick(element, C.humanCaptionsEnglish1Day);
      await type(element, `#in-${C.humanCaptionsEnglish1Day}-notes`, 'Two speakers');
      await review(element);
      await advanceClock(120);
      const expired = oneEvent(element, 'reach-ks-expired');
      $(element, '#place')!.click();
      await expired;
      await element.updateComplete;
      expect(text(element, '.notice[role="status"]')).to.contain('session has expired');
      expect(text(element, '.confirm')).to.contain('Notes: Two speakers');
      // Unavailable while the order waits, but still focusable (aria-disabled), so the focus is not lost.
      expect($<HTMLButtonElement>(element, '#place')!.getAttribute('aria-disabled')).to.equal('true');
      await expect(element).to.be.accessible();
      element.ks = await startKs();
      await results(element);
      expect(created).to.have.length(1);
      expect(created[0]!.task.notes).to.equal('Two speakers');
      expect(created[0]!.task.status).to.equal(EntryVendorTaskStatus.PENDING);
      expect($(element, '.notice[role="status"]')).to.equal(null);
    });

    it('is accessible while ordering', async () => {
      const element = await panel(E.welcome, await startKs());
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'latency', latencyMs: 800 });
      $(element, '#place')!.click();
      await element.updateComplete;
      expect(text(element, '#place')).to.equal('Ordering…');
      expect($(element, '.confirm')!.getAttribute('aria-busy')).to.equal('true');
      await expect(element).to.be.accessible();
      await results(element);
    });
  });

  describe('in Spanish and Hebrew', () => {
    afterEach(() => setPageLanguage('en'));

    /** The label of "Place order" for these services; back to the choice afterwards, none of them ticked. */
    async function placeLabel(element: ReachOrderPanel, ...ids: number[]): Promise<string> {
      await pick(element, ...ids);
      await review(element);
      const label = text(element, '#place');
      $(element, '.confirm .actions button:not(#place)')!.click();
      await element.updateComplete;
      await pick(element, ...ids);
      return label;
    }

    it('counts the orders to place with each language’s plural forms', async () => {
      const element = await panel(E.seminar12, await startKs());
      const one = [C.machineTranslationEnglishToSpanish];
      const two = [C.machineTranslationEnglishToSpanish, C.machineTranslationEnglishToFrench];
      await setPageLanguage('he');
      expect(await placeLabel(element, ...one)).to.equal('ביצוע ההזמנה');
      expect(await placeLabel(element, ...two)).to.equal('ביצוע 2 הזמנות');
      await setPageLanguage('es');
      expect(await placeLabel(element, ...one)).to.equal('Enviar solicitud');
      expect(await placeLabel(element, ...two)).to.equal('Enviar 2 solicitudes');
      await setPageLanguage('en');
      expect(await placeLabel(element, ...one)).to.equal('Place order');
      expect(await placeLabel(element, ...two)).to.equal('Place 2 orders');
    });

    it('keeps the entry and profile names whole in the Hebrew confirmation', async () => {
      const element = await panel(E.seminar12, await startKs());
      await setPageLanguage('he');
      await pick(element, C.machineTranslationEnglishToSpanish);
      await review(element);
      const names = [...element.shadowRoot!.querySelectorAll('.confirm > p bdi')].map((name) => name.textContent);
      expect(names).to.have.length(2);
      expect(names[0]).to.equal(text(element, '#entry-name'));
      expect(text(element, '.confirm > p')).to.equal(`עבור "${names[0]}", בחיוב לפרופיל "${names[1]}".`);
    });
  });

  describe('catalog filters', () => {
    it('filters by feature, fidelity, language and turnaround, naming languages in the page language', async () => {
      const element = await panel(E.seminar12, await startKs());
      await choose(element, '#filter-feature', '2');
      await choose(element, '#filter-target', 'Spanish');
      const shown = [...element.shadowRoot!.querySelectorAll('.services > .group [data-item]')].map((item) => Number(item.getAttribute('data-item')));
      expect(shown.sort()).to.deep.equal([C.machineTranslationEnglishToSpanish, C.humanTranslationEnglishToSpanish].sort());
      await choose(element, '#filter-fidelity', '1');
      expect(element.shadowRoot!.querySelectorAll('.services > .group [data-item]')).to.have.length(1);
      await choose(element, '#filter-turnaround', '7200');
      expect(text(element, '.services')).to.contain('No service matches these filters');
      const labels = [...$<HTMLSelectElement>(element, '#filter-source')!.options].map((option) => option.textContent);
      expect(labels).to.include('Spanish');
      document.documentElement.lang = 'es';
      try {
        element.requestUpdate();
        await element.updateComplete;
        const spanish = [...$<HTMLSelectElement>(element, '#filter-source')!.options].map((option) => option.textContent);
        expect(spanish).to.include('español');
      } finally {
        document.documentElement.lang = 'en';
      }
    });
  });

  describe('metadata enrichment, sentiment analysis, output languages', () => {
    it('orders metadata enrichment that fills empty fields and replaces the chosen ones; the task on the server says so', async () => {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const created = collectCreated(element);
      const id = C.machineMetadataEnrichmentEnglish;
      await pick(element, id);
      expect($(element, `#in-${id}-applyMode-FILL_EMPTY`), 'how to apply: only once applying').to.equal(null);
      $(element, `#in-${id}-shouldApply`)!.click();
      await element.updateComplete;
      expect($<HTMLInputElement>(element, `#in-${id}-applyMode-FILL_EMPTY`)!.checked, 'the careful mode first').to.equal(true);
      $(element, `#in-${id}-applyMode-FILL_EMPTY_AND_OVERRIDE_LIST`)!.click();
      await element.updateComplete;
      await choose(element, `#in-${id}-outputLanguage`, 'Spanish');
      await type(element, `#in-${id}-instruction`, 'Keep the product names');
      // No field chosen yet: refused next to the fields, nothing typed is lost.
      $(element, '#review')!.click();
      await element.updateComplete;
      expect(text(element, `#in-${id}-overrideFields-error`)).to.equal('Choose at least one field to replace.');
      expect(element.shadowRoot!.activeElement?.id).to.equal(`in-${id}-overrideFields`);
      expect($<HTMLTextAreaElement>(element, `#in-${id}-instruction`)!.value).to.equal('Keep the product names');
      expect($<HTMLSelectElement>(element, `#in-${id}-outputLanguage`)!.value).to.equal('Spanish');
      expect(text(element, `[data-item="${id}"] .amount`), 'the price still shows').to.equal('0.6');
      await expect(element).to.be.accessible();
      for (const field of ['tags', 'name']) {
        $(element, `#in-${id}-overrideFields-${field}`)!.click();
        await element.updateComplete;
      }
      expect($(element, `#in-${id}-overrideFields-error`)).to.equal(null);
      await review(element);
      expect(text(element, '.confirm')).to.contain('AI Metadata Enrichment')
        .and.contain('Fills in empty fields of the entry and replaces: Name, Tags')
        .and.contain('Output language: Spanish');
      expect(text(element, '.confirm .total')).to.equal('0.6');
      $(element, '#place')!.click();
      expect(await results(element)).to.contain('AI Metadata Enrichment: Ordered');
      const onServer = await apiAs(ks).call(getTask(created[0]!.task.id));
      expect(onServer.taskJobData).to.deep.include({
        objectType: 'KalturaMetadataEnrichmentVendorTaskData',
        outputLanguage: 'Spanish',
        shouldApply: true,
        applyMode: 'FILL_EMPTY_AND_OVERRIDE_LIST',
        overrideFields: ['name', 'tags'],
        instruction: 'Keep the product names',
      });
    });

    it('orders sentiment analysis in the spoken language chosen, by default the language of the service', async () => {
      const element = await panel(E.welcome, await startKs());
      const id = C.machineSentimentAnalysisPayPerUse;
      await pick(element, id);
      const language = $<HTMLSelectElement>(element, `#in-${id}-language`)!;
      expect(language.value).to.equal('en');
      expect(language.selectedOptions[0]!.textContent).to.equal('English');
      await choose(element, `#in-${id}-language`, 'es');
      expect(text(element, `[data-item="${id}"] .amount`)).to.equal('On delivery');
      await expect(element).to.be.accessible();
      await review(element);
      expect(text(element, '.confirm')).to.contain('Spoken language: Spanish');
      // Kaltura does not return the task data of sentiment analysis, so what was sent is checked.
      const sent = recordSentFields();
      try {
        $(element, '#place')!.click();
        expect(await results(element)).to.contain('Sentiment Analysis (pay per use): Ordered');
      } finally {
        sent.stop();
      }
      const jobData = sent.fields.filter(([key]) => key.includes('[taskJobData]')).map(([key, value]) => `${key.replace(/^.*\[taskJobData\]/, '')}=${value}`);
      expect(jobData).to.deep.equal(['[objectType]=KalturaSentimentAnalysisVendorTaskData', '[language]=es']);
    });

    it('offers the same written output languages as the clips lab, named and sorted for the page language', async () => {
      const ks = await startKs();
      const element = await panel(E.keynote30, ks);
      const lab = await fixture<ClipsLab>(html`<clips-lab entry-id=${E.keynote30} service-url=${serviceUrl} .ks=${ks}></clips-lab>`);
      await waitUntil(() => lab.shadowRoot!.querySelector('#clip-language'), 'the clips lab shows no order form', { timeout: 5000 });
      await pick(element, C.machineClipsEnglish, C.machineMetadataEnrichmentEnglish);
      const offered = (select: HTMLSelectElement | null) => [...select!.options].map((option) => `${option.value}=${option.textContent!.trim()}`);
      const lists = () => [
        offered(lab.shadowRoot!.querySelector<HTMLSelectElement>('#clip-language')),
        offered($<HTMLSelectElement>(element, `#in-${C.machineClipsEnglish}-outputLanguage`)),
        offered($<HTMLSelectElement>(element, `#in-${C.machineMetadataEnrichmentEnglish}-outputLanguage`)),
      ];
      const [inLab, forClips, forEnrichment] = lists();
      expect(forClips).to.deep.equal(inLab);
      expect(forEnrichment).to.deep.equal(inLab);
      expect(inLab).to.include('Spanish=Spanish');
      expect(inLab.filter((option) => /^(Auto Detect|English \(ASL\)|English \(BSL\))=/.test(option))).to.deep.equal([]);
      document.documentElement.lang = 'de';
      try {
        element.requestUpdate();
        lab.requestUpdate();
        await Promise.all([element.updateComplete, lab.updateComplete]);
        const [german, ...others] = lists();
        for (const list of others) expect(list).to.deep.equal(german);
        expect(german).to.include('Spanish=Spanisch');
        const labels = german!.map((option) => option.split('=')[1]!);
        expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('de').compare));
      } finally {
        document.documentElement.lang = 'en';
      }
    });
  });
});

/** The sandbox as the host page, another user or another tab sees it: straight through the API with `ks`. */
const apiAs = (ks: string) => new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });

/** An order placed outside the panel, as another user or tab would. */
async function orderElsewhere(ks: string, task: NewTask): Promise<void> {
  const created = await apiAs(ks).call(addTask(task));
  expect(created.id, 'the other order was not created').to.be.a('string');
}

async function tasksOnServer(ks: string, entryId: string, catalogItemId: number): Promise<number> {
  return (await apiAs(ks).call(listTasks({ entryIdEqual: entryId, catalogItemIdIn: [catalogItemId] }))).totalCount;
}

/** The form fields of every request the page sends until `stop()`. */
function recordSentFields(): { fields: [string, string][]; stop: () => void } {
  const fields: [string, string][] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (init?.body instanceof URLSearchParams) fields.push(...init.body);
    return realFetch(input, init);
  };
  return {
    fields,
    stop: () => {
      window.fetch = realFetch;
    },
  };
}

type WireObject = Record<string, unknown>;

/** Rewrites the `objects` of every list answer of `listType` in multirequest answers; returns the undo. */
function rewriteAnswers(listType: string, rewrite: (objects: WireObject[]) => WireObject[]): () => void {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (!String(input).endsWith('/multirequest')) return response;
    const answers = (await response.json()) as WireObject[];
    for (const answer of answers) {
      if (answer?.objectType === listType) {
        answer.objects = rewrite(answer.objects as WireObject[]);
        answer.totalCount = (answer.objects as WireObject[]).length;
      }
    }
    return new Response(JSON.stringify(answers), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    window.fetch = realFetch;
  };
}
