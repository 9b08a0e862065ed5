import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { CATALOG_ITEM_LANGUAGES } from '../../i18n/languages.js';
import { SummaryWritingStyleTaskData, TypeOfSummaryTaskData, VendorServiceFeature } from '../../reach/enums.js';
import type { CaptionAsset, VendorCatalogItem } from '../../reach/schemas.js';
import {
  MAX_QUIZ_QUESTIONS,
  needsCaptionSource,
  sourceCaptions,
  takesCaptionSource,
  takesNotes,
  type InputProblems,
  type OrderInput,
} from '../../reach/task-data.js';
import { catalogLanguage, isolate } from '../shared/order-text.js';

export interface ServiceInputsOptions {
  item: VendorCatalogItem;
  input: OrderInput;
  /** Shown next to their fields (empty until the user first tries to order). */
  problems: InputProblems;
  captionAssets: readonly CaptionAsset[];
  /** The profile's dictionary for the item's source language. */
  dictionary: string | undefined;
  change: <Key extends keyof OrderInput>(key: Key, value: OrderInput[Key]) => void;
}

const TAKES_OUTPUT_LANGUAGE: ReadonlySet<number> = new Set([VendorServiceFeature.CLIPS, VendorServiceFeature.QUIZ, VendorServiceFeature.SUMMARY]);
const OUTPUT_LANGUAGES = CATALOG_ITEM_LANGUAGES.filter((language) => language !== 'Auto Detect');

/**
 * The inputs one service takes (spec §1.3): the translation source, clip length, summary type and style,
 * quiz options, output language and instruction, notes for professional vendors, and the profile's
 * dictionary as a hint. Field ids are `in-<catalog item id>-<input name>`, so a problem can be focused.
 */
export function renderServiceInputs({ item, input, problems, captionAssets, dictionary, change }: ServiceInputsOptions) {
  const fieldId = (key: keyof OrderInput) => `in-${item.id}-${key}`;
  const problem = (key: keyof OrderInput) => {
    const found = problems[key];
    return found ? html`<p class="field-error error" id="${fieldId(key)}-error">${problemText(found)}</p>` : nothing;
  };
  const invalid = (key: keyof OrderInput) => (problems[key] ? 'true' : 'false');
  const describedBy = (key: keyof OrderInput, hint?: string) =>
    [problems[key] ? `${fieldId(key)}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing;
  const onText = (key: 'notes' | 'clipsDuration' | 'instruction' | 'numberOfQuestions' | 'quizContext') => (event: Event) =>
    change(key, (event.target as HTMLInputElement | HTMLTextAreaElement).value);
  const onSelect =
    <Key extends 'captionAssetId' | 'outputLanguage' | 'typeOfSummary' | 'writingStyle'>(key: Key) =>
    (event: Event) =>
      change(key, (event.target as HTMLSelectElement).value as OrderInput[Key]);
  const options = (choices: readonly (readonly [string, string])[], current: string) =>
    choices.map(([value, label]) => html`<option value=${value} ?selected=${current === value}>${label}</option>`);
  const feature = item.serviceFeature;
  const parts: TemplateResult[] = [];

  if (takesCaptionSource(item)) {
    parts.push(html`<div class="field">
      <label for=${fieldId('captionAssetId')}>${msg('Translate from')}</label>
      <select
        id=${fieldId('captionAssetId')}
        aria-invalid=${invalid('captionAssetId')}
        aria-describedby=${describedBy('captionAssetId')}
        @change=${onSelect('captionAssetId')}
      >
        ${needsCaptionSource(item) ? nothing : options([['', msg('The audio (no captions needed)')]], input.captionAssetId)}
        ${options(sourceCaptions(item, captionAssets).map((asset) => [asset.id, captionOptionLabel(asset)] as const), input.captionAssetId)}
      </select>
      ${problem('captionAssetId')}
    </div>`);
  }
  if (feature === VendorServiceFeature.CLIPS) {
    parts.push(html`<div class="field">
      <label for=${fieldId('clipsDuration')}>${msg('Longest clip (seconds)')}</label>
      <input
        id=${fieldId('clipsDuration')}
        inputmode="numeric"
        autocomplete="off"
        .value=${input.clipsDuration}
        aria-invalid=${invalid('clipsDuration')}
        aria-describedby=${describedBy('clipsDuration')}
        @input=${onText('clipsDuration')}
      />
      ${problem('clipsDuration')}
    </div>`);
  }
  if (feature === VendorServiceFeature.QUIZ) {
    parts.push(html`<div class="field">
        <label for=${fieldId('numberOfQuestions')}>${msg(str`Number of questions (1–${MAX_QUIZ_QUESTIONS})`)}</label>
        <input
          id=${fieldId('numberOfQuestions')}
          inputmode="numeric"
          autocomplete="off"
          .value=${input.numberOfQuestions}
          aria-invalid=${invalid('numberOfQuestions')}
          aria-describedby=${describedBy('numberOfQuestions')}
          @input=${onText('numberOfQuestions')}
        />
        ${problem('numberOfQuestions')}
      </div>
      <div class="field">
        <label for=${fieldId('quizContext')}>${msg('What the quiz is for (optional)')}</label>
        <input id=${fieldId('quizContext')} autocomplete="off" .value=${input.quizContext} @input=${onText('quizContext')} />
      </div>
      <div class="check">
        <input
          type="checkbox"
          id=${fieldId('createQuiz')}
          .checked=${input.createQuiz}
          @change=${(event: Event) => change('createQuiz', (event.target as HTMLInputElement).checked)}
        />
        <label for=${fieldId('createQuiz')}>${msg('Also create the quiz entry')}</label>
      </div>`);
  }
  if (feature === VendorServiceFeature.SUMMARY) {
    parts.push(html`<div class="field">
        <label for=${fieldId('typeOfSummary')}>${msg('Summary length')}</label>
        <select id=${fieldId('typeOfSummary')} @change=${onSelect('typeOfSummary')}>
          ${options(
            [
              [TypeOfSummaryTaskData.CONCISE, msg('Concise')],
              [TypeOfSummaryTaskData.DETAILED, msg('Detailed')],
              [TypeOfSummaryTaskData.EXTENSIVE, msg('Extensive')],
            ],
            input.typeOfSummary,
          )}
        </select>
      </div>
      <div class="field">
        <label for=${fieldId('writingStyle')}>${msg('Writing style')}</label>
        <select id=${fieldId('writingStyle')} @change=${onSelect('writingStyle')}>
          ${options(
            [
              [SummaryWritingStyleTaskData.FORMAL, msg('Formal')],
              [SummaryWritingStyleTaskData.CASUAL, msg('Casual')],
            ],
            input.writingStyle,
          )}
        </select>
      </div>`);
  }
  if (TAKES_OUTPUT_LANGUAGE.has(feature)) {
    const languages = OUTPUT_LANGUAGES.map((value) => [value, catalogLanguage(value)] as const).sort((a, b) => a[1].localeCompare(b[1]));
    parts.push(html`<div class="field">
        <label for=${fieldId('outputLanguage')}>${msg('Output language')}</label>
        <select id=${fieldId('outputLanguage')} @change=${onSelect('outputLanguage')}>
          ${options(languages, input.outputLanguage)}
        </select>
      </div>
      <div class="field span">
        <label for=${fieldId('instruction')}>${msg('Instruction for the AI (optional)')}</label>
        <textarea id=${fieldId('instruction')} rows="2" .value=${input.instruction} @input=${onText('instruction')}></textarea>
      </div>`);
  }
  if (takesNotes(item)) {
    parts.push(html`<div class="field span">
      <label for=${fieldId('notes')}>${msg('Notes for the vendor (optional)')}</label>
      <textarea
        id=${fieldId('notes')}
        rows="2"
        .value=${input.notes}
        aria-describedby=${describedBy('notes', dictionary ? `dict-${item.id}` : undefined)}
        @input=${onText('notes')}
      ></textarea>
    </div>`);
  }
  if (dictionary) {
    const words = dictionary.split(/\s*[\n,]\s*/).filter(Boolean);
    const shown = `${words.slice(0, 8).join(', ')}${words.length > 8 ? '…' : ''}`;
    const language = catalogLanguage(item.sourceLanguage ?? '');
    parts.push(html`<p class="hint span" id="dict-${item.id}">
      ${msg(str`The profile's ${language} dictionary goes to the vendor with this order: ${isolate(shown)}`)}
    </p>`);
  }
  if (parts.length === 0) return nothing;
  return html`<div class="inputs" role="group" aria-label=${msg(str`Options for ${item.name ?? ''}`)}>${parts}</div>`;
}

/** A caption asset as a translation source: language, label, accuracy. */
export function captionOptionLabel(asset: CaptionAsset): string {
  const language = catalogLanguage(asset.language ?? '');
  const label = asset.label && asset.label !== asset.language ? ` — ${isolate(asset.label)}` : '';
  return asset.accuracy ? msg(str`${language}${label} (${asset.accuracy}% accurate)`) : `${language}${label}`;
}

function problemText(found: NonNullable<InputProblems[keyof OrderInput]>): string {
  switch (found.problem) {
    case 'required': return msg('Required.');
    case 'whole-number': return msg('Enter a whole number, such as 30.');
    case 'too-small': return msg(str`Enter ${found.min ?? 1} or more.`);
    case 'too-large': return msg(str`Enter ${found.max ?? 0} or less.`);
  }
}
