// <reach-order-panel>: placing orders (one request, lost answers, double clicks, several panels, an expired KS, a
// session that may not read profiles).
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import {
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  resetStats,
  SEED,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { collectCreated, text } from '../../../test/browser/elements.js';
import {
  $,
  checkbox,
  choose,
  orderElsewhere,
  panel,
  pick,
  recordSentFields,
  results,
  review,
  rowText,
  tasksOnServer,
  type,
} from '../../../test/browser/order-panel.js';

const C = SEED.catalog;
const E = SEED.entries;

beforeEach(async () => {
  await resetSandbox();
  await clearFaults();
});

describe('<reach-order-panel>', () => {
  describe('ordering', () => {
    it('orders with a USER session that may not read profiles or prices: says so, shows no price, the server picks the profile', async () => {
      const ks = await startKs({ type: 0, userId: SEED.users.professor });
      const element = await panel(E.welcome, ks);
      const created = collectCreated(element);
      expect(text(element, '#profiles-hidden')).to.contain(
        'Prices and credit are not shown: this session may not read the account',
      );
      expect($(element, '#profile'), 'no profile to choose').to.equal(null);
      expect(rowText(element, C.machineCaptionsEnglish)).not.to.contain('Free').and.not.to.contain('credit');
      await expect(element).to.be.accessible();
      await pick(element, C.machineCaptionsEnglish);
      expect(text(element, '.summary')).not.to.contain('Free').and.not.to.contain('Total');
      const sent = recordSentFields();
      await review(element);
      expect(text(element, '.confirm'))
        .to.contain('charged to the profile the account chooses')
        .and.not.to.contain('Free');
      await expect(element).to.be.accessible();
      await resetStats();
      $(element, '#place')!.click();
      const summary = await results(element);
      sent.stop();
      expect((await stats()).calls['reach_reachprofile.list'], 'no credit to read again').to.equal(undefined);
      expect(summary).to.contain('Ordered');
      expect(
        sent.fields.some(([name]) => name.endsWith('reachProfileId')),
        'no profile is sent',
      ).to.equal(false);
      expect(created).to.have.length(1);
      expect(await tasksOnServer(await startKs(), E.welcome, C.machineCaptionsEnglish)).to.equal(1);
      expect(created[0]!.task.reachProfileId, 'the server chose the profile').to.be.a('number');
      await expect(element).to.be.accessible();
    });

    it('orders several services in one confirmation and one request, reports each, fires reach-task-created per task', async () => {
      const ks = await startKs();
      const element = await panel(E.seminar12, ks);
      const created = collectCreated(element);
      await pick(
        element,
        C.machineTranslationEnglishToSpanish,
        C.machineTranslationEnglishToFrench,
        C.machineTranslationEnglishToGerman,
        C.humanCaptionsEnglish1Day,
      );
      await type(element, `#in-${C.humanCaptionsEnglish1Day}-notes`, 'Speakers: Dr. Patel');
      await review(element);
      expect(text(element, '.confirm'))
        .to.contain('English to Spanish Machine Translation')
        .and.contain('Notes: Speakers: Dr. Patel');
      expect(text(element, '.confirm')).to.contain('Ready in about 1 business day');
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
      const translation = created.find(
        (event) => event.task.catalogItemId === C.machineTranslationEnglishToSpanish,
      )!.task;
      expect(translation.taskJobData?.captionAssetId).to.equal(SEED.captionAssets.seminarEnglish);
      expect(created.find((event) => event.task.catalogItemId === C.humanCaptionsEnglish1Day)!.task.notes).to.equal(
        'Speakers: Dr. Patel',
      );
      // Ordered services are now blocked by their own orders; the form is empty again.
      expect(checkbox(element, C.machineTranslationEnglishToSpanish).disabled).to.equal(true);
      expect(rowText(element, C.machineTranslationEnglishToSpanish)).to.match(
        /Ordered\. Ready by about (?:[A-Z][a-z]{2} )?\d{1,2}:\d\d [AP]M\./,
      );
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
        taskJobData: {
          objectType: 'KalturaTranslationVendorTaskData',
          captionAssetId: SEED.captionAssets.seminarEnglish,
        },
      });
      $(element, '#place')!.click();
      const summary = await results(element);
      expect(summary).to.contain('English to Spanish Machine Translation: Ordered');
      expect(summary).to.contain('Not ordered: This service has already been ordered for this entry.');
      expect(rowText(element, C.humanTranslationEnglishToFrench)).to.contain(
        'Entry vendor task already exists for entry',
      );
      expect(checkbox(element, C.humanTranslationEnglishToFrench).checked).to.equal(true);
      expect(checkbox(element, C.humanTranslationEnglishToFrench).disabled).to.equal(false);
      expect($<HTMLTextAreaElement>(element, `#in-${C.humanTranslationEnglishToFrench}-notes`)!.value).to.equal(
        'Keep Latin names',
      );
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
      expect(clips.taskJobData).to.include({
        objectType: 'KalturaClipsVendorTaskData',
        clipsDuration: 45,
        outputLanguage: 'English',
      });
      const summary = created.find((event) => event.task.catalogItemId === C.machineSummaryEnglish)!.task;
      expect(summary.taskJobData).to.include({
        objectType: 'KalturaSummaryVendorTaskData',
        typeOfSummary: 'detailed',
        writingStyle: 'formal',
      });
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
      await orderElsewhere(await startKs({ userId: SEED.users.mediaTeam }), {
        entryId: E.welcome,
        catalogItemId: C.machineCaptionsEnglish,
      });
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
      await waitUntil(() => $(element, `#result-${C.machineCaptionsEnglish} button`), 'no "Check again"', {
        timeout: 15_000,
      });
      await clearFaults();
      await injectFault({ service: 'reach_entryvendortask', action: 'list', fault: 'latency', latencyMs: 1000 });
      const listsBefore = (await stats()).calls['reach_entryvendortask.list'] ?? 0;
      $(element, `#result-${C.machineCaptionsEnglish} button`)!.click();
      element.entryId = E.seminar12;
      await waitUntil(() => text(element, '.entry-name').includes('Photosynthesis'), 'no reload', { timeout: 5000 });
      // The slow check of the first entry has been answered (the server counts a call once it has run it).
      await waitUntil(
        async () => ((await stats()).calls['reach_entryvendortask.list'] ?? 0) > listsBefore + 1,
        'the slow check was not answered',
        { timeout: 5000 },
      );
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
      await waitUntil(() => $(element, `#result-${C.machineCaptionsEnglish} button`), 'no "Check again"', {
        timeout: 15_000,
      });
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('may or may not have been placed');
      expect(checkbox(element, C.machineCaptionsEnglish).disabled, 'not orderable while unknown').to.equal(true);
      await expect(element).to.be.accessible();
      await clearFaults();
      await resetStats();
      $(element, `#result-${C.machineCaptionsEnglish} button`)!.click();
      await waitUntil(
        () => rowText(element, C.machineCaptionsEnglish).includes('the order is on the server'),
        'the check did not find the order',
      );
      expect((await stats()).calls['reach_entryvendortask.add'] ?? 0).to.equal(0);
      expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglish)).to.equal(1);
    });

    it("announces status changes of the entry's tasks politely as the vendor works", async () => {
      const element = await panel(E.welcome, await startKs());
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      $(element, '#place')!.click();
      await results(element);
      const live = $(element, '[aria-live="polite"]')!;
      expect(live.textContent).to.contain('1 of 1 service ordered.');
      await advanceClock(30); // the machine vendor delivers within seconds of sandbox time
      // The service's name is isolated (FSI … PDI), so a name in another script cannot reorder the sentence.
      await waitUntil(
        () => live.textContent?.includes('\u2068English Machine Captions\u2069: Ready.'),
        'no announcement of the delivery',
        { timeout: 8000 },
      );
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain('Ordered. Delivered.');
    });

    it('reads the captions again once its own captions order is delivered: the translation can be ordered without a reload', async () => {
      const element = await panel(E.welcome, await startKs());
      expect(rowText(element, C.machineTranslationEnglishToSpanish)).to.contain('Needs English captions');
      await pick(element, C.machineCaptionsEnglish);
      await review(element);
      $(element, '#place')!.click();
      await results(element);
      await advanceClock(30);
      await waitUntil(
        () => !rowText(element, C.machineTranslationEnglishToSpanish).includes('Needs English captions'),
        'the captions were not read again',
        { timeout: 8000 },
      );
      await pick(element, C.machineTranslationEnglishToSpanish);
      expect(
        $<HTMLSelectElement>(element, `#in-${C.machineTranslationEnglishToSpanish}-captionAssetId`)?.options.length,
        'the delivered captions are offered',
      ).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
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
      for (const element of [first, second])
        expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(true);
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
});
