import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { ReachOrderPanel } from './reach-order-panel.js';
import {
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
import { sessionOf, text } from '../../../test/browser/elements.js';
import {
  $,
  checkbox,
  choose,
  loaded,
  panel,
  pick,
  review,
  rewriteAnswers,
  rowText,
} from '../../../test/browser/order-panel.js';

const C = SEED.catalog;
const E = SEED.entries;

beforeEach(async () => {
  await resetSandbox();
  await clearFaults();
});

describe('<reach-order-panel>', () => {
  it('loads the entry, profiles, catalog, tasks, captions and session in one HTTP request, without preflight', async () => {
    const ks = await startKs();
    await resetStats();
    const element = await panel(E.welcome, ks);
    const measured = await stats();
    expect(measured.httpRequests).to.equal(1);
    expect((measured as unknown as { preflights: number }).preflights ?? 0).to.equal(0);
    for (const call of [
      'session.get',
      'reach_reachprofile.list',
      'reach_vendorcatalogitem.list',
      'baseentry.get',
      'reach_entryvendortask.list',
      'caption_captionasset.list',
    ]) {
      expect(measured.calls[call], call).to.equal(1);
    }
    expect($(element, 'section.entry'), 'wide, with many services: the whole entry card').to.not.equal(null);
    expect(text(element, '.entry'))
      .to.contain('Welcome to the Media Portal')
      .and.contain('2:05')
      .and.contain('Video')
      .and.contain('Ready');
    await expect(element).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const ks = await startKs();
    await injectFault({ service: '*', action: '*', fault: 'latency', latencyMs: 1500 });
    const element = await fixture<ReachOrderPanel>(
      html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${E.welcome}></reach-order-panel>`,
    );
    expect(text(element, '.loading')).to.contain('Loading');
    await expect(element).to.be.accessible();
    await loaded(element);
  });

  it('keeps what was chosen when moved in the page without loading again, and loads again after a longer absence', async () => {
    const ks = await startKs();
    const element = await panel(E.welcome, ks);
    await pick(element, C.machineCaptionsEnglish);
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    try {
      await resetStats();
      elsewhere.append(element); // disconnected and connected again in one task
      await element.updateComplete;
      expect(checkbox(element, C.machineCaptionsEnglish).checked).to.equal(true);
      expect((await stats()).httpRequests, 'a move loads nothing').to.equal(0);
      element.remove();
      await waitUntil(() => !sessionOf(element), 'the panel kept its session while away');
      await resetStats();
      elsewhere.append(element);
      await waitUntil(async () => (await stats()).httpRequests > 0, 'the panel did not load again');
      await loaded(element);
      expect((await stats()).httpRequests, 'one request loads it again').to.equal(1);
      expect(checkbox(element, C.machineCaptionsEnglish).checked, 'the same entry keeps what was chosen').to.equal(
        true,
      );
      await expect(element).to.be.accessible();
    } finally {
      elsewhere.remove();
    }
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
      expect(rowText(element, C.machineCaptionsEnglish)).to.contain(
        'Captions cannot be ordered for this kind of entry (Image)',
      );
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
      for (const id of [
        C.machineCaptionsEnglish,
        C.machineTranslationEnglishToHebrewFromAudio,
        C.machineAudioDescriptionEnglish,
        C.machineDubbingEnglishToSpanish,
      ]) {
        expect(rowText(element, id), String(id)).to.contain('shorter than 10 seconds');
      }
      expect(checkbox(element, C.machineSummaryEnglish).disabled).to.equal(false);
    });

    // A user whose role reads profiles and prices (a basic user session may not).
    const contentManager = { type: 0, privileges: `setrole:${SEED.roles.contentManager}` } as const;

    it('a user KS may order for an entry it does not own: the server asks for entitlement, not an edit right', async () => {
      const element = await panel(E.welcome, await startKs({ ...contentManager, userId: SEED.users.student }));
      expect($(element, '.refusal')).to.equal(null);
      expect(checkbox(element, C.machineCaptionsEnglish).disabled).to.equal(false);
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
      const element = await panel(
        E.withoutActiveProfileVideo,
        await startKs({ partnerId: SEED.partnerWithoutActiveProfile }),
      );
      expect(text(element, '.refusal')).to.contain('no active REACH profile');
      await expect(element).to.be.accessible();
    });

    it('no catalog items enabled for the account', async () => {
      const element = await panel(
        E.withoutCatalogItemsVideo,
        await startKs({ partnerId: SEED.partnerWithoutCatalogItems }),
      );
      expect(text(element, '.refusal')).to.contain('No REACH services are enabled');
    });

    it('an entry that does not exist', async () => {
      const element = await panel('0_nothere1', await startKs());
      expect(text(element, '.notice.error')).to.contain('There is no entry with the id 0_nothere1');
    });

    it('a translation without captions in its source language: offered with the captions it needs', async () => {
      const element = await panel(E.welcome, await startKs());
      expect(rowText(element, C.machineTranslationEnglishToSpanish)).to.contain(
        'Needs English captions, which this entry has not got yet: choosing it adds “English Machine Captions (included, re-orderable)” to your order.',
      );
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
        expect(text(element, `#cancels-${id}`))
          .to.contain('cancels the pending order')
          .and.contain('not refunded');
        expect(checkbox(element, id).getAttribute('aria-describedby')).to.contain(`cancels-${id}`);
        await pick(element, id);
        await review(element);
        expect(text(element, '#cancels-warning'))
          .to.contain('cancels earlier orders that are still pending')
          .and.contain('not refunded');
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
      expect(text(element, `[data-item="${C.machineCaptionsEnglish}"] .amount`)).to.equal('1.5 credits');
      expect(text(element, `[data-item="${C.humanCaptionsEnglish5DaysSpeakerId}"] .amount`)).to.equal('9.5 credits');
      expect(text(element, `[data-item="${C.machineCaptionsEnglishResubmittable}"] .amount`)).to.equal('Free');
      // How each price is made up, and when each service would be ready, under its name.
      expect(text(element, `[data-item="${C.machineCaptionsEnglish}"] .breakdown`)).to.equal(
        '0.5 credits a minute × 3 minutes',
      );
      expect(text(element, `[data-item="${C.humanCaptionsEnglish5DaysSpeakerId}"] .breakdown`)).to.equal(
        '1.5 credits a minute × 3 minutes + 5 credits',
      );
      expect(text(element, `[data-item="${C.humanCaptionsEnglish5DaysSpeakerId}"] .ready-by`)).to.equal(
        'Ready in about 5 business days',
      );
      await pick(element, C.machineCaptionsEnglish, C.humanCaptionsEnglish5DaysSpeakerId);
      expect(text(element, '.summary .total')).to.equal('11 credits');
      const remaining = parseFloat(text(element, '.profile .remaining').replace(/,/g, ''));
      expect(text(element, '.summary .after')).to.equal(`${(remaining - 11).toLocaleString('en')} credits`);
    });

    it('blocks an order that would exceed the credit, also across several services together', async () => {
      const element = await panel(E.welcome, await startKs());
      await choose(element, '#profile', String(SEED.profiles.nearlyOutOfCredit));
      expect(text(element, '.profile .remaining')).to.equal('1.5 credits');
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
        expect(rowText(element, C.machineSentimentAnalysisPayPerUse)).to.contain(
          'number of tokens must be given with the order',
        );
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
      expect(text(element, '.profile .remaining')).to.equal('1.5 credits');
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
      const shown = [...element.shadowRoot!.querySelectorAll('.services > .group [data-item]')].map((item) =>
        Number(item.getAttribute('data-item')),
      );
      expect(shown.sort()).to.deep.equal(
        [C.machineTranslationEnglishToSpanish, C.humanTranslationEnglishToSpanish].sort(),
      );
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
        const spanish = [...$<HTMLSelectElement>(element, '#filter-source')!.options].map(
          (option) => option.textContent,
        );
        expect(spanish).to.include('español');
      } finally {
        document.documentElement.lang = 'en';
      }
    });
  });

  describe('in a 360 px sidebar', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('is at most two screens tall before any choice, asking the need first or folded by need, with the entry left to the host', async () => {
      await setViewport({ width: 360, height: 640 });
      const ks = await startKs();
      const element = await fixture<ReachOrderPanel>(
        html`<reach-order-panel hide-entry style="display: block; inline-size: 360px" .ks=${ks} service-url=${serviceUrl} entry-id=${E.welcome}></reach-order-panel>`,
      );
      await waitUntil(() => $(element, '.need-steps'), 'the panel did not load', { timeout: 5000 });
      await element.updateComplete;
      expect($(element, '.entry'), 'the host shows the entry').to.equal(null);
      expect(element.getBoundingClientRect().height, 'two 640 px screens, asking the need').to.be.at.most(2 * 640);
      await loaded(element); // Browse all services
      expect(element.shadowRoot!.querySelectorAll('details.group[open], details.filter-box[open]')).to.have.length(0);
      expect(element.getBoundingClientRect().height, 'two 640 px screens').to.be.at.most(2 * 640);
      expect(text(element, '.group')).to.match(/^Captions \d+ services, from Free/);
      await expect(element).to.be.accessible();
      // Opening a need shows its services; choosing one keeps it open.
      $(element, '.group > summary')!.click();
      await element.updateComplete;
      await pick(element, C.machineCaptionsEnglish);
      expect($<HTMLDetailsElement>(element, '.group')!.open).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });
});
