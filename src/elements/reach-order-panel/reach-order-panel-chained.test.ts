// <reach-order-panel>: chained orders (captions, then the translation that needs them) and the inputs of enrichment
// and sentiment analysis services.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../clips-lab/index.js';
import type { ClipsLab } from '../clips-lab/clips-lab.js';
import { getTask } from '../../reach/tasks.js';
import {
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  SEED,
  serviceUrl,
  startKs,
} from '../../../test/browser/sandbox.js';
import { collectCreated, text } from '../../../test/browser/elements.js';
import {
  $,
  apiAs,
  checkbox,
  choose,
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
  describe('chained orders', () => {
    it('orders captions and a translation in one confirmation, then places the translation once the captions are ready, once', async () => {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const created = collectCreated(element);
      const translation = C.machineTranslationEnglishToSpanish;
      expect(rowText(element, translation)).to.contain('choosing it adds');
      await pick(element, translation);
      // The captions of its fidelity ready soonest, the cheapest of those (here free).
      expect(
        checkbox(element, C.machineCaptionsEnglishResubmittable).checked,
        'the captions it starts from are added',
      ).to.equal(true);
      await review(element);
      expect(text(element, '.confirm'))
        .to.contain('English Machine Captions (included, re-orderable)')
        .and.contain('English to Spanish Machine Translation');
      expect(text(element, '.confirm')).to.match(
        /Starts when the English captions are ready \(about (?:[A-Z][a-z]{2} )?\d{1,2}:\d\d [AP]M\)/,
      );
      expect(text(element, '#chained-note')).to.contain(
        'If you close the page before then, they are not placed and nothing is charged for them',
      );
      await expect(element).to.be.accessible();
      $(element, '#place')!.click();
      const summary = await results(element);
      expect(summary)
        .to.contain('English Machine Captions (included, re-orderable): Ordered.')
        .and.contain('English to Spanish Machine Translation: Starts when the English captions are ready');
      expect(await tasksOnServer(ks, E.welcome, translation), 'nothing ordered before the captions are ready').to.equal(
        0,
      );
      expect(checkbox(element, translation).disabled, 'it cannot be chosen again while it waits').to.equal(true);
      await expect(element).to.be.accessible();

      await advanceClock(30); // the machine captions are delivered
      await waitUntil(() => rowText(element, translation).includes('Ordered.'), 'the translation was not placed', {
        timeout: 8000,
      });
      expect(await tasksOnServer(ks, E.welcome, C.machineCaptionsEnglishResubmittable)).to.equal(1);
      expect(await tasksOnServer(ks, E.welcome, translation)).to.equal(1);
      const placed = created.filter((event) => event.task.catalogItemId === translation);
      expect(placed).to.have.length(1);
      expect(placed[0]!.task.taskJobData?.captionAssetId, 'it translates the delivered captions')
        .to.be.a('string')
        .and.not.equal('');

      await advanceClock(30); // the translation is delivered too: nothing is placed again
      await waitUntil(() => rowText(element, translation).includes('Delivered.'), 'the translation was not delivered', {
        timeout: 8000,
      });
      expect(await tasksOnServer(ks, E.welcome, translation)).to.equal(1);
      expect(created.filter((event) => event.task.catalogItemId === translation)).to.have.length(1);
      await expect(element).to.be.accessible();
    });
    it('says when the translation starts from the clock at "Place order", not from when the confirmation opened', async () => {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const translation = C.machineTranslationEnglishToSpanish;
      await pick(element, translation);
      await review(element);
      const readyAt = (within: string) => {
        const about = /captions are ready \(about (?:[A-Z][a-z]{2} )?(\d{1,2}):(\d\d) ([AP])M\)/;
        const [, hours, minutes, half] = about.exec(within) ?? [];
        expect(hours, `no "about HH:MM" in: ${within}`).to.be.a('string');
        return ((Number(hours) % 12) + (half === 'P' ? 12 : 0)) * 60 + Number(minutes);
      };
      const confirmed = readyAt(text(element, '.confirm'));
      // The user waits 20 minutes on the confirmation (the server's clock and the page's) before placing the order.
      await advanceClock(20 * 60);
      const realNow = Date.now;
      Date.now = () => realNow() + 20 * 60_000;
      try {
        $(element, '#place')!.click();
        const placed = readyAt(await results(element));
        expect((placed - confirmed + 24 * 60) % (24 * 60), 'minutes later than the confirmation said').to.be.within(
          19,
          21,
        );
      } finally {
        Date.now = realNow;
      }
    });
    it('does not place the translation when its captions were not ordered, and says so', async () => {
      const ks = await startKs();
      const element = await panel(E.welcome, ks);
      const translation = C.machineTranslationEnglishToSpanish;
      await pick(element, translation);
      await review(element);
      await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'drop' }); // lost, and not on the server
      $(element, '#place')!.click();
      const summary = await results(element);
      expect(summary).to.contain(
        'English to Spanish Machine Translation: Not ordered: the English captions it needs were not ordered or not delivered.',
      );
      await advanceClock(30);
      expect(await tasksOnServer(ks, E.welcome, translation)).to.equal(0);
      expect(checkbox(element, translation).disabled, 'it can be chosen again').to.equal(false);
      await expect(element).to.be.accessible();
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
      expect(
        $<HTMLInputElement>(element, `#in-${id}-applyMode-FILL_EMPTY`)!.checked,
        'the careful mode first',
      ).to.equal(true);
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
      expect(text(element, `[data-item="${id}"] .amount`), 'the price still shows').to.equal('0.6 credits');
      await expect(element).to.be.accessible();
      for (const field of ['tags', 'name']) {
        $(element, `#in-${id}-overrideFields-${field}`)!.click();
        await element.updateComplete;
      }
      expect($(element, `#in-${id}-overrideFields-error`)).to.equal(null);
      await review(element);
      expect(text(element, '.confirm'))
        .to.contain('AI Metadata Enrichment')
        .and.contain('Fills in empty fields of the entry and replaces: Name, Tags')
        .and.contain('Output language: Spanish');
      expect(text(element, '.confirm .total')).to.equal('0.6 credits');
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
      const jobData = sent.fields
        .filter(([key]) => key.includes('[taskJobData]'))
        .map(([key, value]) => `${key.replace(/^.*\[taskJobData\]/, '')}=${value}`);
      expect(jobData).to.deep.equal(['[objectType]=KalturaSentimentAnalysisVendorTaskData', '[language]=es']);
    });

    it('offers the same written output languages as the clips lab, named and sorted for the page language', async () => {
      const ks = await startKs();
      const element = await panel(E.keynote30, ks);
      const lab = await fixture<ClipsLab>(
        html`<clips-lab entry-id=${E.keynote30} service-url=${serviceUrl} .ks=${ks}></clips-lab>`,
      );
      await waitUntil(() => lab.shadowRoot!.querySelector('#clip-language'), 'the clips lab shows no order form', {
        timeout: 5000,
      });
      await pick(element, C.machineClipsEnglish, C.machineMetadataEnrichmentEnglish);
      const offered = (select: HTMLSelectElement | null) =>
        [...select!.options].map((option) => `${option.value}=${option.textContent!.trim()}`);
      const lists = () => [
        offered(lab.shadowRoot!.querySelector<HTMLSelectElement>('#clip-language')),
        offered($<HTMLSelectElement>(element, `#in-${C.machineClipsEnglish}-outputLanguage`)),
        offered($<HTMLSelectElement>(element, `#in-${C.machineMetadataEnrichmentEnglish}-outputLanguage`)),
      ];
      const [inLab, forClips, forEnrichment] = lists();
      expect(forClips).to.deep.equal(inLab);
      expect(forEnrichment).to.deep.equal(inLab);
      expect(inLab).to.include('Spanish=Spanish');
      expect(inLab.filter((option) => /^(Auto Detect|English \(ASL\)|English \(BSL\))=/.test(option))).to.deep.equal(
        [],
      );
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
