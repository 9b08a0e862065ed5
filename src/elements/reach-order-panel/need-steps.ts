import { html, type nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { VendorServiceFeature } from '../../reach/enums.js';
import { featureLabel } from '../shared/labels.js';
import type { NeedChoice } from './need-controller.js';
import type { ItemView, PanelView } from './panel-view.js';

// The order panel's need-first steps: 1. what do you need, then (need-choice.ts, loaded with the order parts)
// 2. in which language (and into which ones), 3. which service; and the way out to the whole catalog. What is
// chosen joins the same order as anything chosen in the catalog.

export interface NeedStepsView {
  readonly panel: PanelView;
  readonly choice: NeedChoice;
  chooseNeed(need: number): void;
  /** Says more in steps 2 and 3 (need-choice.ts): the spoken language, the languages wanted. */
  change(choice: NeedChoice): void;
  browse(): void;
  /** The user is about to choose (a pointer over the steps, the focus in them): the order parts start to load. */
  prepare(): void;
}

const F = VendorServiceFeature;
/** The needs people come for first, in the order they are offered; any other the catalog has follows. */
const NEED_ORDER: readonly number[] = [
  F.CAPTIONS,
  F.TRANSLATION,
  F.DUBBING,
  F.AUDIO_DESCRIPTION,
  F.EXTENDED_AUDIO_DESCRIPTION,
  F.SUMMARY,
  F.CHAPTERING,
  F.QUIZ,
  F.INTELLIGENT_TAGGING,
  F.CLIPS,
  F.METADATA_ENRICHMENT,
];

/** The needs the catalog offers for this entry, the common ones first. */
function needsOf(items: readonly ItemView[]): number[] {
  const features = new Set(items.filter((view) => !view.unavailable).map((view) => view.item.serviceFeature));
  const rank = (feature: number) => {
    const index = NEED_ORDER.indexOf(feature);
    return index < 0 ? NEED_ORDER.length + feature : index;
  };
  return [...features].sort((a, b) => rank(a) - rank(b));
}

/**
 * `languageAndService`: steps 2 and 3 for the need chosen (need-choice.ts, from the order parts: "Loading…" or why
 * they did not come until they are here), nothing before a need is chosen.
 */
export function renderNeedSteps(view: NeedStepsView, languageAndService: TemplateResult | typeof nothing) {
  return html`<section class="need-steps" aria-labelledby="need-title" @pointerenter=${() => view.prepare()}
    @focusin=${() => view.prepare()}>
    ${renderNeeds(view)} ${languageAndService}
    <p class="browse-all">
      <button type="button" class="link" id="browse" @click=${() => view.browse()}>
        ${msg('Browse all services', { desc: 'Link from the need-first steps to the whole catalog.' })}
      </button>
    </p>
  </section>`;
}

function renderNeeds(view: NeedStepsView) {
  return html`<fieldset class="step">
    <legend id="need-title" class="step-title">
      ${msg('1. What do you need?', { desc: 'First step of ordering: the kind of service (captions, summary…).' })}
    </legend>
    <div class="need-list">
      ${needsOf(view.panel.items).map(
        (need) => html`<div class="check">
          <input type="radio" name="need" id="need-${need}" .checked=${view.choice.need === need}
            @change=${() => view.chooseNeed(need)} />
          <label for="need-${need}">${featureLabel(need)}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}
