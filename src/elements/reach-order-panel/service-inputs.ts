import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { outputLanguageOptions } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import {
  MetadataEnrichmentApplyMode,
  SummaryWritingStyleTaskData,
  TypeOfSummaryTaskData,
  VendorServiceFeature,
} from '../../reach/enums.js';
import type { CaptionAsset, VendorCatalogItem } from '../../reach/schemas.js';
import {
  ENRICHED_FIELDS,
  languageCode,
  MAX_QUIZ_QUESTIONS,
  needsCaptionSource,
  overridesChosenFields,
  sourceCaptions,
  takesCaptionSource,
  takesNotes,
  type EnrichedField,
  type InputProblems,
  type OrderInput,
} from '../../reach/task-data.js';
import { catalogLanguage, isolate } from '../shared/order-text.js';
import { formatPercent } from '../shared/format.js';

export interface ServiceInputsOptions {
  item: VendorCatalogItem;
  input: OrderInput;
  /** Shown next to their fields (empty until the user first tries to order). */
  problems: InputProblems;
  captionAssets: readonly CaptionAsset[];
  /** Set when the captions to translate are ordered first: said instead of choosing them. */
  afterCaptions?: string;
  /** The profile's dictionary for the item's source language. */
  dictionary: string | undefined;
  change: <Key extends keyof OrderInput>(key: Key, value: OrderInput[Key]) => void;
}

const TAKES_OUTPUT_LANGUAGE: ReadonlySet<number> = new Set([
  VendorServiceFeature.CLIPS,
  VendorServiceFeature.QUIZ,
  VendorServiceFeature.SUMMARY,
  VendorServiceFeature.METADATA_ENRICHMENT,
]);

/** Services whose output is written in a language the user picks. */
export function takesOutputLanguage(item: VendorCatalogItem): boolean {
  return TAKES_OUTPUT_LANGUAGE.has(item.serviceFeature);
}

/** The fields of one service's inputs: ids, problems and change handlers, shared by the parts below. */
interface Fields extends ServiceInputsOptions {
  id(key: keyof OrderInput): string;
  problem(key: keyof OrderInput): TemplateResult | typeof nothing;
  invalid(key: keyof OrderInput): 'true' | 'false';
  describedBy(key: keyof OrderInput, hint?: string): string | typeof nothing;
  onText(key: 'notes' | 'clipsDuration' | 'instruction' | 'numberOfQuestions' | 'quizContext'): (event: Event) => void;
  onSelect<Key extends 'captionAssetId' | 'outputLanguage' | 'typeOfSummary' | 'writingStyle' | 'language'>(
    key: Key,
  ): (event: Event) => void;
  onCheck(key: 'createQuiz' | 'shouldApply'): (event: Event) => void;
}

function fieldsOf(options: ServiceInputsOptions): Fields {
  const { item, problems, change } = options;
  const id = (key: keyof OrderInput) => `in-${item.id}-${key}`;
  return {
    ...options,
    id,
    problem: (key) => {
      const found = problems[key];
      return found ? html`<p class="field-error error" id="${id(key)}-error">${problemText(found)}</p>` : nothing;
    },
    invalid: (key) => (problems[key] ? 'true' : 'false'),
    describedBy: (key, hint) =>
      [problems[key] ? `${id(key)}-error` : '', hint ?? ''].filter(Boolean).join(' ') || nothing,
    onText: (key) => (event) => change(key, (event.target as HTMLInputElement | HTMLTextAreaElement).value),
    onSelect: (key) => (event) => change(key, (event.target as HTMLSelectElement).value as OrderInput[typeof key]),
    onCheck: (key) => (event) => change(key, (event.target as HTMLInputElement).checked),
  };
}

const options = (choices: readonly (readonly [string, string])[], current: string) =>
  choices.map(([value, label]) => html`<option value=${value} ?selected=${current === value}>${label}</option>`);

/**
 * The inputs one service takes (docs/kaltura-rules.md, "Task data"): the translation source, clip length,
 * summary type and style, quiz options, how metadata enrichment applies its results, the spoken language
 * for sentiment analysis, output language and instruction, notes for professional vendors, and the
 * profile's dictionary as a hint. Field ids are `in-<catalog item id>-<input name>`, so a problem can be focused.
 */
export function renderServiceInputs(inputs: ServiceInputsOptions) {
  const { item, dictionary } = inputs;
  const fields = fieldsOf(inputs);
  const feature = item.serviceFeature;
  const parts = [
    takesCaptionSource(item) ? renderCaptionSource(fields) : undefined,
    feature === VendorServiceFeature.CLIPS ? renderClipLength(fields) : undefined,
    feature === VendorServiceFeature.QUIZ ? renderQuiz(fields) : undefined,
    feature === VendorServiceFeature.SUMMARY ? renderSummaryStyle(fields) : undefined,
    feature === VendorServiceFeature.SENTIMENT_ANALYSIS ? renderSpokenLanguage(fields) : undefined,
    takesOutputLanguage(item) ? renderOutputLanguage(fields) : undefined,
    feature === VendorServiceFeature.METADATA_ENRICHMENT ? renderEnrichment(fields) : undefined,
    takesNotes(item) ? renderNotes(fields) : undefined,
    dictionary ? renderDictionary(item, dictionary) : undefined,
  ].filter((part) => part !== undefined);
  if (parts.length === 0) return nothing;
  return html`<div class="inputs" role="group" aria-label=${msg(str`Options for ${isolate(item.name ?? '')}`)}>${parts}</div>`;
}

function renderCaptionSource({
  id,
  item,
  input,
  captionAssets,
  invalid,
  describedBy,
  onSelect,
  problem,
  afterCaptions,
}: Fields) {
  if (afterCaptions) return html`<p class="hint chained">${afterCaptions}</p>`;
  return html`<div class="field">
    <label for=${id('captionAssetId')}>${msg('Translate from')}</label>
    <select id=${id('captionAssetId')} aria-invalid=${invalid('captionAssetId')} aria-describedby=${describedBy('captionAssetId')} @change=${onSelect('captionAssetId')}>
      ${needsCaptionSource(item) ? nothing : options([['', msg('The audio (no captions needed)')]], input.captionAssetId)}
      ${options(
        sourceCaptions(item, captionAssets).map((asset) => [asset.id, captionOptionLabel(asset)] as const),
        input.captionAssetId,
      )}
    </select>
    ${problem('captionAssetId')}
  </div>`;
}

function renderClipLength({ id, input, invalid, describedBy, onText, problem }: Fields) {
  return html`<div class="field">
    <label for=${id('clipsDuration')}>${msg('Longest clip (seconds)')}</label>
    <input
      id=${id('clipsDuration')}
      inputmode="numeric"
      autocomplete="off"
      .value=${input.clipsDuration}
      aria-invalid=${invalid('clipsDuration')}
      aria-describedby=${describedBy('clipsDuration')}
      @input=${onText('clipsDuration')}
    />
    ${problem('clipsDuration')}
  </div>`;
}

function renderQuiz({ id, input, invalid, describedBy, onText, onCheck, problem }: Fields) {
  return html`<div class="field">
      <label for=${id('numberOfQuestions')}>${msg(str`Number of questions (1–${MAX_QUIZ_QUESTIONS})`)}</label>
      <input
        id=${id('numberOfQuestions')}
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
      <label for=${id('quizContext')}>${msg('What the quiz is for (optional)')}</label>
      <input id=${id('quizContext')} autocomplete="off" .value=${input.quizContext} @input=${onText('quizContext')} />
    </div>
    <div class="check">
      <input type="checkbox" id=${id('createQuiz')} .checked=${input.createQuiz} @change=${onCheck('createQuiz')} />
      <label for=${id('createQuiz')}>${msg('Also create the quiz entry')}</label>
    </div>`;
}

function renderSummaryStyle({ id, input, onSelect }: Fields) {
  const lengths = [
    [TypeOfSummaryTaskData.CONCISE, msg('Concise')],
    [TypeOfSummaryTaskData.DETAILED, msg('Detailed')],
    [TypeOfSummaryTaskData.EXTENSIVE, msg('Extensive')],
  ] as const;
  const styles = [
    [SummaryWritingStyleTaskData.FORMAL, msg('Formal')],
    [SummaryWritingStyleTaskData.CASUAL, msg('Casual')],
  ] as const;
  return html`<div class="field">
      <label for=${id('typeOfSummary')}>${msg('Summary length')}</label>
      <select id=${id('typeOfSummary')} @change=${onSelect('typeOfSummary')}>${options(lengths, input.typeOfSummary)}</select>
    </div>
    <div class="field">
      <label for=${id('writingStyle')}>${msg('Writing style')}</label>
      <select id=${id('writingStyle')} @change=${onSelect('writingStyle')}>${options(styles, input.writingStyle)}</select>
    </div>`;
}

function renderSpokenLanguage({ id, input, onSelect }: Fields) {
  return html`<div class="field">
    <label for=${id('language')}>${msg('Spoken language')}</label>
    <select id=${id('language')} @change=${onSelect('language')}>
      ${options(spokenLanguageOptions(), input.language)}
    </select>
  </div>`;
}

function renderOutputLanguage({ id, input, onSelect, onText }: Fields) {
  const languages = outputLanguageOptions(displayLocale()).map(({ value, label }) => [value, label] as const);
  return html`<div class="field">
      <label for=${id('outputLanguage')}>${msg('Output language')}</label>
      <select id=${id('outputLanguage')} @change=${onSelect('outputLanguage')}>
        ${options(languages, input.outputLanguage)}
      </select>
    </div>
    <div class="field span">
      <label for=${id('instruction')}>${msg('Instruction for the AI (optional)')}</label>
      <textarea id=${id('instruction')} rows="2" .value=${input.instruction} @input=${onText('instruction')}></textarea>
    </div>`;
}

function renderEnrichment(fields: Fields) {
  const { id, input, change, onCheck } = fields;
  const modeId = (mode: MetadataEnrichmentApplyMode) => `${id('applyMode')}-${mode}`;
  return html`<div class="check span">
      <input type="checkbox" id=${id('shouldApply')} .checked=${input.shouldApply} @change=${onCheck('shouldApply')} />
      <label for=${id('shouldApply')}>${msg("Apply the results to the entry's fields")}</label>
    </div>
    ${
      input.shouldApply
        ? html`<fieldset class="choices span">
          <legend>${msg('How to apply them')}</legend>
          ${APPLY_MODES.map(
            (mode) => html`<div class="check">
              <input type="radio" name=${id('applyMode')} id=${modeId(mode)} .checked=${input.applyMode === mode} @change=${() => change('applyMode', mode)} />
              <label for=${modeId(mode)}>${applyModeLabel(mode)}</label>
            </div>`,
          )}
          ${overridesChosenFields(input) ? renderOverrideFields(fields) : nothing}
        </fieldset>`
        : nothing
    }`;
}

function renderOverrideFields({ id, input, change, describedBy, problem }: Fields) {
  const boxId = (field: EnrichedField) => `${id('overrideFields')}-${field}`;
  const toggle = (field: EnrichedField) => (event: Event) => {
    const others = input.overrideFields.filter((chosen) => chosen !== field);
    change('overrideFields', (event.target as HTMLInputElement).checked ? [...others, field] : others);
  };
  return html`<fieldset class="choices" id=${id('overrideFields')} tabindex="-1" aria-describedby=${describedBy('overrideFields')}>
    <legend>${msg('Fields to replace')}</legend>
    <div class="row">
      ${ENRICHED_FIELDS.map(
        (field) => html`<div class="check">
          <input type="checkbox" id=${boxId(field)} .checked=${input.overrideFields.includes(field)} @change=${toggle(field)} />
          <label for=${boxId(field)}>${enrichedFieldLabel(field)}</label>
        </div>`,
      )}
    </div>
    ${problem('overrideFields')}
  </fieldset>`;
}

function renderNotes({ id, item, input, dictionary, describedBy, onText }: Fields) {
  return html`<div class="field span">
    <label for=${id('notes')}>${msg('Notes for the vendor (optional)')}</label>
    <textarea id=${id('notes')} rows="2" .value=${input.notes} aria-describedby=${describedBy('notes', dictionary ? `dict-${item.id}` : undefined)} @input=${onText('notes')}></textarea>
  </div>`;
}

function renderDictionary(item: VendorCatalogItem, dictionary: string) {
  const words = dictionary.split(/\s*[\n,]\s*/).filter(Boolean);
  const shown = `${words.slice(0, 8).join(', ')}${words.length > 8 ? '…' : ''}`;
  const language = catalogLanguage(item.sourceLanguage ?? '');
  return html`<p class="hint span" id="dict-${item.id}">
    ${msg(str`The profile's ${language} dictionary goes to the vendor with this order: ${isolate(shown)}`)}
  </p>`;
}

/** A caption asset as a translation source: language, label, accuracy (plain text: it is an option's). */
export function captionOptionLabel(asset: CaptionAsset): string {
  const language = catalogLanguage(asset.language ?? '');
  const label = asset.label && asset.label !== asset.language ? isolate(asset.label) : undefined;
  const accuracy = asset.accuracy ? formatPercent(asset.accuracy) : undefined;
  if (label && accuracy)
    return msg(str`${language} — ${label} (${accuracy} accurate)`, {
      id: 'caption-source.label-accuracy',
      desc: 'Captions to translate from: language — label (accuracy).',
    });
  if (label)
    return msg(str`${language} — ${label}`, {
      id: 'caption-source.label',
      desc: 'Captions to translate from: language — label.',
    });
  if (accuracy)
    return msg(str`${language} (${accuracy} accurate)`, {
      id: 'caption-source.accuracy',
      desc: 'Captions to translate from: language (accuracy).',
    });
  return language;
}

const APPLY_MODES = [
  MetadataEnrichmentApplyMode.FILL_EMPTY,
  MetadataEnrichmentApplyMode.OVERRIDE_ALL,
  MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST,
] as const;

function applyModeLabel(mode: MetadataEnrichmentApplyMode): string {
  switch (mode) {
    case MetadataEnrichmentApplyMode.FILL_EMPTY:
      return msg('Fill in empty fields only');
    case MetadataEnrichmentApplyMode.OVERRIDE_ALL:
      return msg('Replace all fields');
    case MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST:
      return msg('Fill in empty fields and replace the ones I choose');
  }
}

/** Sentiment analysis languages: the output languages that have a KalturaLanguageCode, as [code, label]. */
function spokenLanguageOptions(): (readonly [string, string])[] {
  return outputLanguageOptions(displayLocale()).flatMap(({ value, label }) => {
    const code = languageCode(value);
    return code ? [[code, label] as const] : [];
  });
}

/** A KalturaLanguageCode in the user's language. */
export function spokenLanguageLabel(code: string): string {
  return spokenLanguageOptions().find(([value]) => value === code)?.[1] ?? code;
}

/** An entry field metadata enrichment writes, as the user knows it. */
function enrichedFieldLabel(field: EnrichedField): string {
  switch (field) {
    case 'name':
      return msg('Name');
    case 'description':
      return msg('Description');
    case 'tags':
      return msg('Tags');
  }
}

/** How metadata enrichment will treat the entry, in a few words (for the confirmation). */
export function applySummary(input: OrderInput): string {
  if (!input.shouldApply) return msg('Results not applied to the entry');
  switch (input.applyMode) {
    case MetadataEnrichmentApplyMode.FILL_EMPTY:
      return msg('Fills in empty fields of the entry');
    case MetadataEnrichmentApplyMode.OVERRIDE_ALL:
      return msg('Replaces all fields of the entry');
    case MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST: {
      const fields = ENRICHED_FIELDS.filter((field) => input.overrideFields.includes(field))
        .map(enrichedFieldLabel)
        .join(', ');
      return msg(str`Fills in empty fields of the entry and replaces: ${fields}`);
    }
  }
}

function problemText(found: NonNullable<InputProblems[keyof OrderInput]>): string {
  switch (found.problem) {
    case 'required':
      return msg('Required.');
    case 'whole-number':
      return msg('Enter a whole number, such as 30.');
    case 'too-small':
      return msg(str`Enter ${found.min ?? 1} or more.`);
    case 'too-large':
      return msg(str`Enter ${found.max ?? 0} or less.`);
    case 'choose-one':
      return msg('Choose at least one field to replace.');
  }
}
