import type { WireParams } from '../api/encode.js';
import { languageTag } from '../i18n/languages.js';
import {
  CaptionAssetStatus,
  SummaryWritingStyleTaskData,
  TypeOfSummaryTaskData,
  VendorServiceFeature,
  VendorServiceType,
} from './enums.js';
import { entryDurationMs } from './entry.js';
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
  /** Clips, summary, quiz: the language of the output (a KalturaLanguage name, e.g. "English"). */
  outputLanguage: string;
  /** Clips: the longest clip wanted, in seconds (as typed). */
  clipsDuration: string;
  /** Clips, summary, quiz: free instruction for the AI. */
  instruction: string;
  typeOfSummary: TypeOfSummaryTaskData;
  writingStyle: SummaryWritingStyleTaskData;
  /** Quiz: how many questions (as typed). */
  numberOfQuestions: string;
  /** Quiz: what the quiz is for (audience, course …). */
  quizContext: string;
  /** Quiz: also create the quiz entry. */
  createQuiz: boolean;
}

export const DEFAULT_CLIP_SECONDS = 60;
export const DEFAULT_QUIZ_QUESTIONS = 10;
export const MAX_QUIZ_QUESTIONS = 50;

/** A fresh input for `item`, with sensible defaults (translation source: the best matching captions). */
export function defaultOrderInput(item: VendorCatalogItem, captionAssets: readonly CaptionAsset[]): OrderInput {
  const source = needsCaptionSource(item) ? sourceCaptions(item, captionAssets)[0]?.id ?? '' : '';
  return {
    notes: '',
    captionAssetId: source,
    outputLanguage: item.sourceLanguage && languageTag(item.sourceLanguage) ? item.sourceLanguage : 'English',
    clipsDuration: String(DEFAULT_CLIP_SECONDS),
    instruction: '',
    typeOfSummary: TypeOfSummaryTaskData.CONCISE,
    writingStyle: SummaryWritingStyleTaskData.FORMAL,
    numberOfQuestions: String(DEFAULT_QUIZ_QUESTIONS),
    quizContext: '',
    createQuiz: true,
  };
}

/** Translation items translate existing captions unless the item says it works from the audio (spec §1.5). */
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

const primaryLanguage = (wire: string | undefined) => (wire ? (languageTag(wire) ?? wire).split('-')[0]!.toLowerCase() : undefined);

/** READY caption assets in the item's source language: what a translation can start from. */
export function sourceCaptions(item: VendorCatalogItem, captionAssets: readonly CaptionAsset[]): CaptionAsset[] {
  const wanted = primaryLanguage(item.sourceLanguage);
  return captionAssets.filter(
    (asset) => (asset.status ?? CaptionAssetStatus.READY) === CaptionAssetStatus.READY && (!wanted || primaryLanguage(asset.language) === wanted),
  );
}

/** Why the inputs a service needs cannot be given for this entry. */
export type InputRefusal =
  /** A translation that needs captions in its source language, and the entry has none. */
  | 'needs-source-captions'
  /** Alignment needs a text transcript asset, which this panel does not manage. */
  | 'needs-transcript';

export function inputRefusal(item: VendorCatalogItem, captionAssets: readonly CaptionAsset[]): InputRefusal | undefined {
  if (item.serviceFeature === VendorServiceFeature.ALIGNMENT) return 'needs-transcript';
  if (needsCaptionSource(item) && sourceCaptions(item, captionAssets).length === 0) return 'needs-source-captions';
  return undefined;
}

/** What is wrong with one field of an input. */
export type InputProblem = 'required' | 'whole-number' | 'too-small' | 'too-large';
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
  return problems;
}

const text = (value: string) => value.trim() || undefined;

/** The taskJobData object (spec §1.3) for a valid input, or undefined when the service takes none. */
export function taskJobData(item: VendorCatalogItem, input: OrderInput): WireParams | undefined {
  switch (item.serviceFeature) {
    case VendorServiceFeature.TRANSLATION:
      return input.captionAssetId ? { objectType: 'KalturaTranslationVendorTaskData', captionAssetId: input.captionAssetId } : undefined;
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
    default:
      return undefined;
  }
}

/** The profile's dictionary for the item's source language: the server sends it to the vendor (spec §4.2). */
export function profileDictionary(profile: ReachProfile | undefined, item: VendorCatalogItem): string | undefined {
  if (!profile || !item.sourceLanguage) return undefined;
  const data = profile.dictionaries?.find((dictionary) => dictionary.language === item.sourceLanguage)?.data?.trim();
  return data || undefined;
}
