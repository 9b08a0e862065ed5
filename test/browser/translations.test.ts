import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-order-panel/index.js';
import type { ReachOrderPanel } from '../../src/elements/reach-order-panel/reach-order-panel.js';
import { KalturaClient } from '../../src/api/client.js';
import { getReachProfile } from '../../src/reach/automation.js';
import { setPageLanguage } from './locale.js';
import { resetSandbox, SEED, serviceUrl, startKs } from './sandbox.js';
import { loaded } from './order-panel.js';

// The order panel in French, German and Japanese: its messages, a plural by the language's own rules,
// and numbers and dates formatted for the page's language.

const C = SEED.catalog;

/** What a reader sees: spaces (also no-break ones) collapsed, bidi isolates left out. */
const visible = (node: Node | null | undefined) =>
  (node?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

interface Expected {
  readonly lang: string;
  /** The "place order" button for one service, then for two. */
  readonly placeOne: string;
  readonly placeTwo: string;
  /** The credit left on the nearly spent profile (1.5 credits). */
  readonly remaining: string;
  /** The warning of the profile whose credit period ended, around the end date. */
  readonly ended: (date: string) => string;
}

const LOCALES: readonly Expected[] = [
  {
    lang: 'fr-FR',
    placeOne: 'Passer la commande',
    placeTwo: 'Passer 2 commandes',
    remaining: '1,5 crédits',
    ended: (date) =>
      `La période de crédit de ce profil s’est terminée le ${date}. Il ne permet plus de commander des services payants ; choisissez un autre profil.`,
  },
  {
    lang: 'de-DE',
    placeOne: 'Bestellung aufgeben',
    placeTwo: '2 Bestellungen aufgeben',
    remaining: '1,5 Credits',
    ended: (date) =>
      `Der Guthabenzeitraum dieses Profils ist am ${date} abgelaufen. Kostenpflichtige Services können damit nicht bestellt werden; wählen Sie ein anderes Profil.`,
  },
  {
    // Japanese has no singular: one order is counted like two.
    lang: 'ja',
    placeOne: '1 件の注文を確定',
    placeTwo: '2 件の注文を確定',
    remaining: '1.5 クレジット',
    ended: (date) =>
      `このプロファイルのクレジット期間は ${date} に終了しました。このプロファイルでは有料サービスを注文できません。別のプロファイルを選んでください。`,
  },
];

describe('the elements in French, German and Japanese', () => {
  beforeEach(() => resetSandbox());
  afterEach(() => setPageLanguage('en'));

  async function panel(ks: string): Promise<ReachOrderPanel> {
    const element = await fixture<ReachOrderPanel>(
      html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${SEED.entries.seminar12}></reach-order-panel>`,
    );
    await loaded(element); // showing all services
    return element;
  }

  const text = (element: ReachOrderPanel, selector: string) => visible(element.shadowRoot!.querySelector(selector));

  async function chooseProfile(element: ReachOrderPanel, profileId: number): Promise<void> {
    const select = element.shadowRoot!.querySelector<HTMLSelectElement>('#profile')!;
    select.value = String(profileId);
    select.dispatchEvent(new Event('change'));
    await element.updateComplete;
  }

  async function toggle(element: ReachOrderPanel, ids: readonly number[]): Promise<void> {
    for (const id of ids) {
      element.shadowRoot!.querySelector<HTMLInputElement>(`#pick-${id}`)!.click();
      await element.updateComplete;
    }
  }

  /** The label of the button that places the order for these services; back to the choice afterwards, none ticked. */
  async function placeLabel(element: ReachOrderPanel, ...ids: number[]): Promise<string> {
    await toggle(element, ids);
    element.shadowRoot!.querySelector<HTMLButtonElement>('#review')!.click();
    await waitUntil(() => element.shadowRoot!.querySelector('#place'), 'the confirmation did not open');
    const label = text(element, '#place');
    element.shadowRoot!.querySelector<HTMLButtonElement>('.confirm .actions button:not(#place)')!.click();
    await element.updateComplete;
    await toggle(element, ids);
    return label;
  }

  for (const expected of LOCALES) {
    it(`orders in ${expected.lang}: plural, number and date in that language`, async () => {
      const ks = await startKs();
      const ended = await new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] }).call(
        getReachProfile(SEED.profiles.expired),
      );
      const element = await panel(ks);
      await setPageLanguage(expected.lang);
      await element.updateComplete;

      const one = [C.machineTranslationEnglishToSpanish];
      const two = [C.machineTranslationEnglishToSpanish, C.machineTranslationEnglishToFrench];
      expect(await placeLabel(element, ...one)).to.equal(expected.placeOne);
      expect(await placeLabel(element, ...two)).to.equal(expected.placeTwo);

      await chooseProfile(element, SEED.profiles.nearlyOutOfCredit);
      expect(text(element, '.profile .remaining')).to.equal(expected.remaining);

      await chooseProfile(element, SEED.profiles.expired);
      const endDate = new Intl.DateTimeFormat(expected.lang, { dateStyle: 'medium' }).format(
        ended.credit!.toDate! * 1000,
      );
      expect(text(element, '#credit-warning')).to.equal(visible(document.createTextNode(expected.ended(endDate))));
      await expect(element).to.be.accessible();
    });
  }
});
