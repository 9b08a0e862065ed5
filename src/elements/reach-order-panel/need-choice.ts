import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { statedCaptionsAccuracy } from '../../reach/catalog.js';
import { formatPercent } from '../shared/format.js';
import { fidelityLabel } from '../shared/labels.js';
import { blockingTaskText, catalogLanguage, priceText } from '../shared/order-text.js';
import { chainText, priceDetail, renderInputs, serviceReadyText, unchainedText } from './choice-text.js';
import type { NeedStepsView } from './need-steps.js';
import {
  presetSpoken,
  qualityGroups,
  spokenLanguages,
  takesTargets,
  targetLanguages,
  type QualityGroup,
} from './need-view.js';
import { isSelectable, type ItemView } from './panel-view.js';

// The need-first steps after the need (loaded with the order parts, on intent: a pointer over or the focus in the
// steps): 2. in which language (and into which ones), 3. which service (machine or professional, accuracy, when
// ready, price; one recommended).

function chooseSpoken(view: NeedStepsView, spoken: string): void {
  view.change({ ...view.choice, spoken, targets: [] });
}

function toggleTarget(view: NeedStepsView, language: string, wanted: boolean): void {
  const { choice, panel } = view;
  const { targets, need } = choice;
  const kept = targets.filter((target) => target !== language);
  view.change({ ...choice, targets: wanted ? [...targets, language] : kept });
  if (wanted) return;
  // A language no longer wanted takes its service out of the order.
  for (const option of panel.items) {
    const { item } = option;
    if (item.serviceFeature === need && item.targetLanguage === language && panel.selected.has(item.id))
      panel.toggle(option, false);
  }
}

/** Chooses `chosen` of `options` (undefined: none of them), leaving the rest unchosen. */
function pick({ panel }: NeedStepsView, options: readonly ItemView[], chosen: ItemView | undefined): void {
  // Chosen first: a translation chained after the captions unticked next follows the captions chosen.
  if (chosen) panel.toggle(chosen, true);
  for (const option of options)
    if (option !== chosen && panel.selected.has(option.item.id)) panel.toggle(option, false);
}

/** Steps 2 and 3 for `need`. */
export function renderNeedChoice(view: NeedStepsView, need: number) {
  return html`${renderLanguage(view, need)} ${renderQuality(view, need)}`;
}

/** The spoken language the steps use: the one chosen, when the need is offered in it, else the preset. */
function spokenOf(view: NeedStepsView, need: number): string | undefined {
  const { items, data } = view.panel;
  const { spoken } = view.choice;
  return spoken && spokenLanguages(items, need).includes(spoken)
    ? spoken
    : presetSpoken(items, need, data.captionAssets);
}

function renderLanguage(view: NeedStepsView, need: number) {
  const { items } = view.panel;
  const languages = spokenLanguages(items, need);
  const spoken = spokenOf(view, need);
  if (languages.length === 0) return nothing;
  const targets = takesTargets(items, need) ? targetLanguages(items, need, spoken) : [];
  return html`<fieldset class="step">
    <legend class="step-title">${languageStepTitle()}</legend>
    ${
      languages.length > 1
        ? html`<div class="field">
          <label for="spoken">
            ${msg('Spoken in the entry', { desc: 'Label of the language spoken in the media (step 2 of ordering).' })}
          </label>
          <select id="spoken"
            @change=${(event: Event) => chooseSpoken(view, (event.target as HTMLSelectElement).value)}>
            ${languages.map(
              (language) =>
                html`<option value=${language} ?selected=${language === spoken}>${catalogLanguage(language)}</option>`,
            )}
          </select>
        </div>`
        : html`<p class="hint">${msg(str`Spoken in the entry: ${catalogLanguage(spoken ?? '')}`, {
            desc: 'Step 2 of ordering when the service is offered in one language only.',
          })}</p>`
    }
    ${targets.length > 0 ? renderTargets(view, targets) : nothing}
  </fieldset>`;
}

function renderTargets(view: NeedStepsView, targets: readonly string[]) {
  return html`<fieldset class="choices">
    <legend>${msg('Into which languages? (one or more)', {
      desc: 'Step 2 of ordering a translation or dubbing: the languages wanted, as checkboxes.',
    })}</legend>
    <div class="row">
      ${targets.map(
        (language, index) => html`<div class="check">
          <input type="checkbox" id="target-${index}" data-language=${language}
            .checked=${view.choice.targets.includes(language)}
            @change=${(event: Event) => toggleTarget(view, language, (event.target as HTMLInputElement).checked)} />
          <label for="target-${index}">${catalogLanguage(language)}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

function renderQuality(view: NeedStepsView, need: number) {
  const { items } = view.panel;
  const groups = qualityGroups(items, need, spokenOf(view, need), view.choice.targets);
  if (groups.length === 0) {
    const text = takesTargets(items, need)
      ? msg('Choose one or more languages above.', { desc: 'Step 3 of a translation before any language is wanted.' })
      : msg('This service is not offered in that language.', {
          desc: 'Step 3 of ordering when nothing of the need is offered in the spoken language chosen.',
        });
    return html`<p class="hint step-hint">${text}</p>`;
  }
  const several = groups.length > 1;
  return groups.map((group, index) => renderGroup(view, group, `q-${need}-${index}`, several));
}

function renderGroup(view: NeedStepsView, group: QualityGroup, name: string, several: boolean) {
  const { selected } = view.panel;
  const chosen = group.options.find((option) => isSelectable(option) && selected.has(option.item.id));
  return html`<fieldset class="step quality" data-language=${group.language}>
    <legend class="step-title">${qualityStepTitle(several ? group.language : undefined)}</legend>
    <ul class="items">
      ${group.options.map((option) => renderOption(view, group, option, name))}
    </ul>
    <div class="check">
      <input type="radio" name=${name} id="${name}-none" .checked=${chosen === undefined}
        @change=${() => pick(view, group.options, undefined)} />
      <label for="${name}-none">
        ${msg('None of these', { desc: 'Last choice of step 3 of ordering: no service of this need.' })}
      </label>
    </div>
  </fieldset>`;
}

function renderOption(view: NeedStepsView, group: QualityGroup, option: ItemView, name: string) {
  const { panel } = view;
  const { item } = option;
  const selectable = isSelectable(option);
  const checked = selectable && panel.selected.has(item.id);
  const recommended = group.recommended === option;
  const accuracy = statedCaptionsAccuracy(item);
  const facts = [
    fidelityLabel(item.serviceType),
    accuracy === undefined ? '' : accuracyText(accuracy),
    serviceReadyText(item.turnAroundTime, panel.now),
  ].filter(Boolean);
  const chained = option.captionsFirst && !option.result ? option.captionsFirst : undefined;
  const classes = `item ${checked ? 'selected' : ''} ${selectable ? '' : 'blocked'}`;
  return html`<li class=${classes} part="item" data-option=${item.id}>
    <div class="item-head">
      <input type="radio" name=${name} id="choose-${item.id}" .checked=${checked} ?disabled=${!selectable}
        aria-describedby="facts-${item.id}" @change=${() => pick(view, group.options, option)} />
      <label for="choose-${item.id}" class="item-name" dir="auto">
        ${item.name}${recommended ? html` <span class="badge">${recommendedText()}</span>` : nothing}
      </label>
      ${option.estimate.kind === 'unknown' ? nothing : html`<span class="price">${priceText(option.estimate)}</span>`}
    </div>
    <p class="meta" id="facts-${item.id}">
      ${facts.join(' · ')} ${priceDetail(panel, option)}
      ${chained ? html`<br />${chainText(chained.item, Boolean(chained.captionsOrder), panel.selected.has(chained.item.id))}` : nothing}
      ${panel.unchained.has(item.id) && !checked ? html`<br /><span class="warning">${unchainedText([option])}</span>` : nothing}
      ${option.blocking && !selectable ? html`<br />${blockingTaskText(option.blocking)}` : nothing}
    </p>
    ${checked ? renderInputs(panel, option) : nothing}
  </li>`;
}

function languageStepTitle(): string {
  return msg('2. Language', {
    desc: 'Second step of ordering: the language spoken in the entry (and, for a translation, the languages wanted).',
  });
}

/** `into`: the language of one group when a translation is wanted in several. */
function qualityStepTitle(into: string | undefined): string {
  return into === undefined
    ? msg('3. Quality', {
        desc: 'Third step of ordering: which service (machine or professional, how soon, at what price).',
      })
    : msg(str`3. Quality: into ${catalogLanguage(into)}`, {
        desc: 'Third step of ordering, one per language wanted: which service (machine or professional).',
      });
}

function accuracyText(percent: number): string {
  return msg(str`about ${formatPercent(percent)} accurate`, {
    desc: 'Typical accuracy of a captions service (machine or professional), as Kaltura states it.',
  });
}

function recommendedText(): string {
  return msg('Recommended', { desc: 'Badge of the one service recommended for a need.' });
}
