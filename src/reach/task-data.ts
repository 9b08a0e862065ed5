import type { WireParams } from '../api/encode.js';
import { languageTag, OUTPUT_LANGUAGES } from '../i18n/languages.js';
import {
  CaptionAssetStatus,
  MetadataEnrichmentApplyMode,
  SummaryWritingStyleTaskData,
  TypeOfSummaryTaskData,
  VendorServiceFeature,
  VendorServiceType,
} from './enums.js';
import { entryDurationMs } from './entry.js';
import { KALTURA_LANGUAGE_CODES } from './wire-enums.js';
import type { CaptionAsset, MediaEntry, ReachProfile, VendorCatalogItem } from './schemas.js';

/**
 * What a person fills in for one service before ordering it. Numbers stay as typed (text), so a bad
 * value is reported and kept rather than lost; `taskJobData` turns a valid input into the wire object.
 */
export interface OrderInput {
  /** For the vendor (professional services). */
  notes: string;
  /** Translation source: a caption asset id, or '' for "from the audio" (when the item allows it). */
  captionAssetId: string;
  /** Clips, summary, quiz, metadata enrichment: the language of the output (a KalturaLanguage name, e.g. "English"). */
  outputLanguage: string;
  /** Clips: the longest clip wanted, in seconds (as typed). */
  clipsDuration: string;
  /** Clips, summary, quiz, metadata enrichment: free instruction for the AI. */
  instruction: string;
  typeOfSummary: TypeOfSummaryTaskData;
  writingStyle: SummaryWritingStyleTaskData;
  /** Quiz: how many questions (as typed). */
  numberOfQuestions: string;
  /** Quiz: what the quiz is for (audience, course …). */
  quizContext: string;
  /** Quiz: also create the quiz entry. */
  createQuiz: boolean;
  /** Metadata enrichment: write the results onto the entry (else they stay in the task). */
  shouldApply: boolean;
  /** Metadata enrichment, when applied: which of the entry's fields the results may fill or replace. */
  applyMode: MetadataEnrichmentApplyMode;
  /** Metadata enrichment, applied with FILL_EMPTY_AND_OVERRIDE_LIST: the fields replaced even when filled. */
  overrideFields: readonly EnrichedField[];
  /** Sentiment analysis: the spoken language (a KalturaLanguageCode, e.g. "en"). */
  language: string;
}

/** The entry fields metadata enrichment writes (KalturaMediaEntry property names). */
export const ENRICHED_FIELDS = ['name', 'description', 'tags'] as const;
export type EnrichedField = (typeof ENRICHED_FIELDS)[number];

export const DEFAULT_CLIP_SECONDS = 60;
export const DEFAULT_QUIZ_QUESTIONS = 10;
export const MAX_QUIZ_QUESTIONS = 50;

/** A fresh input for `item`, with sensible defaults (translation source: the best matching captions). */
export function defaultOrderInput(item: VendorCatalogItem, captionAssets: readonly CaptionAsset[]): OrderInput {
  const source = needsCaptionSource(item) ? (sourceCaptions(item, captionAssets)[0]?.id ?? '') : '';
  const itemLanguage = OUTPUT_LANGUAGES.find((language) => language === item.sourceLanguage);
  return {
    notes: '',
    captionAssetId: source,
    outputLanguage: itemLanguage ?? 'English',
    clipsDuration: String(DEFAULT_CLIP_SECONDS),
    instruction: '',
    typeOfSummary: TypeOfSummaryTaskData.CONCISE,
    writingStyle: SummaryWritingStyleTaskData.FORMAL,
    numberOfQuestions: String(DEFAULT_QUIZ_QUESTIONS),
    quizContext: '',
    createQuiz: true,
    shouldApply: false,
    applyMode: MetadataEnrichmentApplyMode.FILL_EMPTY,
    overrideFields: [],
    language: sourceLanguageCode(item),
  };
}

const LANGUAGE_CODES: ReadonlySet<string> = new Set(KALTURA_LANGUAGE_CODES);

/**
 * The KalturaLanguageCode of a REACH language ("English (British)" → "en_gb"); undefined when the enum has none
 * ("Portuguese (Brazil)").
 */
export function languageCode(wireValue: string | undefined): string | undefined {
  const code = languageTag(wireValue ?? '')
    ?.toLowerCase()
    .replace('-', '_');
  return code && LANGUAGE_CODES.has(code) ? code : undefined;
}

/** The code of the item's source language, else of its language alone ("Portuguese (Brazil)" → "pt"), else English. */
function sourceLanguageCode(item: VendorCatalogItem): string {
  const primary = primaryLanguage(item.sourceLanguage);
  return languageCode(item.sourceLanguage) ?? (primary && LANGUAGE_CODES.has(primary) ? primary : 'en');
}

/** Translation items translate existing captions unless the item says it works from the audio (kaltura-rules §1.5). */
export function needsCaptionSource(item: VendorCatalogItem): boolean {
  return item.serviceFeature === VendorServiceFeature.TRANSLATION && item.requireSource !== false;
}

/** Translation items may take captions as their source (required or optional). */
export function takesCaptionSource(item: VendorCatalogItem): boolean {
  return item.serviceFeature === VendorServiceFeature.TRANSLATION;
}

/** Professional vendors read notes; machines do not. */
export function takesNotes(item: VendorCatalogItem): boolean {
  return item.serviceType === VendorServiceType.HUMAN;
}

const primaryLanguage = (wire: string | undefined) =>
  wire ? (languageTag(wire) ?? wire).split('-')[0]!.toLowerCase() : undefined;

/** READY caption assets in the item's source language: what a translation can start from. */
export function sourceCaptions(item: VendorCatalogItem, captionAssets: readonly CaptionAsset[]): CaptionAsset[] {
  const wanted = primaryLanguage(item.sourceLanguage);
  return captionAssets.filter(
    (asset) =>
      (asset.status ?? CaptionAssetStatus.READY) === CaptionAssetStatus.READY &&
      (!wanted || primaryLanguage(asset.language) === wanted),
  );
}

/** Why the inputs a service needs cannot be given for this entry. */
export type InputRefusal =
  /** A translation that needs captions in its source language, and the entry has none. */
  | 'needs-source-captions'
  /** Alignment needs a text transcript asset, which this panel does not manage. */
  | 'needs-transcript';

export function inputRefusal(
  item: VendorCatalogItem,
  captionAssets: readonly CaptionAsset[],
): InputRefusal | undefined {
  if (item.serviceFeature === VendorServiceFeature.ALIGNMENT) return 'needs-transcript';
  if (needsCaptionSource(item) && sourceCaptions(item, captionAssets).length === 0) return 'needs-source-captions';
  return undefined;
}

/** What is wrong with one field of an input. */
export type InputProblem = 'required' | 'whole-number' | 'too-small' | 'too-large' | 'choose-one';
export type InputProblems = Partial<Record<keyof OrderInput, { problem: InputProblem; min?: number; max?: number }>>;

function wholeNumberProblem(text: string, min: number, max: number): InputProblems[keyof OrderInput] {
  const trimmed = text.trim();
  if (!trimmed) return { problem: 'required' };
  if (!/^\d+$/.test(trimmed)) return { problem: 'whole-number' };
  const value = Number(trimmed);
  if (value < min) return { problem: 'too-small', min };
  if (value > max) return { problem: 'too-large', max };
  return undefined;
}

/** The problems of `input` for `item` on `entry`; empty when it can be ordered. */
export function inputProblems(item: VendorCatalogItem, input: OrderInput, entry: MediaEntry): InputProblems {
  const problems: InputProblems = {};
  if (needsCaptionSource(item) && !input.captionAssetId) problems.captionAssetId = { problem: 'required' };
  if (item.serviceFeature === VendorServiceFeature.CLIPS) {
    const entrySeconds = Math.max(1, Math.floor(entryDurationMs(entry) / 1000));
    const problem = wholeNumberProblem(input.clipsDuration, 1, entrySeconds);
    if (problem) problems.clipsDuration = problem;
  }
  if (item.serviceFeature === VendorServiceFeature.QUIZ) {
    const problem = wholeNumberProblem(input.numberOfQuestions, 1, MAX_QUIZ_QUESTIONS);
    if (problem) problems.numberOfQuestions = problem;
  }
  if (
    item.serviceFeature === VendorServiceFeature.METADATA_ENRICHMENT &&
    overridesChosenFields(input) &&
    input.overrideFields.length === 0
  ) {
    problems.overrideFields = { problem: 'choose-one' };
  }
  return problems;
}

const text = (value: string) => value.trim() || undefined;

/** Metadata enrichment applied in the mode that replaces only the fields the user chose. */
export function overridesChosenFields(input: OrderInput): boolean {
  return input.shouldApply && input.applyMode === MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST;
}

/** The taskJobData object (kaltura-rules §1.3) for a valid input, or undefined when the service takes none. */
export function taskJobData(item: VendorCatalogItem, input: OrderInput): WireParams | undefined {
  switch (item.serviceFeature) {
    case VendorServiceFeature.TRANSLATION:
      return input.captionAssetId
        ? { objectType: 'KalturaTranslationVendorTaskData', captionAssetId: input.captionAssetId }
        : undefined;
    case VendorServiceFeature.CLIPS:
      return {
        objectType: 'KalturaClipsVendorTaskData',
        outputLanguage: input.outputLanguage,
        clipsDuration: Number(input.clipsDuration.trim()),
        instruction: text(input.instruction),
      };
    case VendorServiceFeature.SUMMARY:
      return {
        objectType: 'KalturaSummaryVendorTaskData',
        outputLanguage: input.outputLanguage,
        typeOfSummary: input.typeOfSummary,
        writingStyle: input.writingStyle,
        instruction: text(input.instruction),
      };
    case VendorServiceFeature.QUIZ:
      return {
        objectType: 'KalturaQuizVendorTaskData',
        outputLanguage: input.outputLanguage,
        numberOfQuestions: Number(input.numberOfQuestions.trim()),
        context: text(input.quizContext),
        createQuiz: input.createQuiz,
        instruction: text(input.instruction),
      };
    case VendorServiceFeature.METADATA_ENRICHMENT:
      return {
        objectType: 'KalturaMetadataEnrichmentVendorTaskData',
        outputLanguage: input.outputLanguage,
        shouldApply: input.shouldApply,
        applyMode: input.shouldApply ? input.applyMode : undefined,
        // KalturaStringArray, in the order the fields are listed.
        overrideFields: overridesChosenFields(input)
          ? ENRICHED_FIELDS.filter((field) => input.overrideFields.includes(field)).map((value) => ({
              objectType: 'KalturaString',
              value,
            }))
          : undefined,
        instruction: text(input.instruction),
      };
    case VendorServiceFeature.SENTIMENT_ANALYSIS:
      return { objectType: 'KalturaSentimentAnalysisVendorTaskData', language: input.language };
    default:
      return undefined;
  }
}

/** The profile's dictionary for the item's source language: the server sends it to the vendor (kaltura-rules §4.2). */
export function profileDictionary(profile: ReachProfile | undefined, item: VendorCatalogItem): string | undefined {
  if (!profile || !item.sourceLanguage) return undefined;
  const data = profile.dictionaries?.find((dictionary) => dictionary.language === item.sourceLanguage)?.data?.trim();
  return data || undefined;
}
