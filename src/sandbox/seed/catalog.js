// @ts-check
/** The seeded vendor catalog: one compact row per item, expanded into concrete catalog item objects. */
import { catalogItemClassName } from '../reach/classes.js';
import {
  CatalogItemLanguage as Lang,
  CatalogItemStatus,
  OutputFormat,
  PriceFunction,
  ServiceFeature as F,
  ServiceType,
  TurnAroundTime as TAT,
} from '../reach/enums.js';
import { SEED } from './ids.js';

const { MACHINE, HUMAN } = ServiceType;
const C = SEED.catalog;

/** Vendor partners behind the items (ids only; vendors are not partners of the sandbox). */
export const VENDORS = {
  kalturaAi: 5501,
  captionPros: 5502,
  lingua: 5503,
  describeIt: 5504,
  signWorks: 5505,
  beta: 5506,
};

/** Vendor names by vendor partner id (`state.vendors`; the Agents Manager lists action vendors by name). */
export function seedVendors() {
  const names = {
    kalturaAi: 'Kaltura',
    captionPros: 'Caption Pros',
    lingua: 'Lingua',
    describeIt: 'DescribeIt',
    signWorks: 'SignWorks',
    beta: 'Beta Labs',
  };
  return Object.fromEntries(
    Object.entries(VENDORS).map(([key, id]) => [id, { id, name: names[/** @type {keyof typeof names} */ (key)] }]),
  );
}

/**
 * @typedef {{ id: number, name: string, feature: number, type: number, source: string, target?: string,
 *   tat: number, price: number, vendor: number, extra?: Record<string, unknown> }} CatalogRow
 */

/** @param {string} language @param {number} id */
const machineCaptions = (language, id) => ({
  id,
  name: `${language} Machine Captions`,
  feature: F.CAPTIONS,
  type: MACHINE,
  source: language,
  tat: TAT.TWO_HOURS,
  price: language === Lang.EN ? 0.5 : 0.75,
  vendor: VENDORS.kalturaAi,
  extra: { outputFormat: OutputFormat.SRT },
});

/** @type {CatalogRow[]} */
const ROWS = [
  machineCaptions(Lang.EN, C.machineCaptionsEnglish),
  machineCaptions(Lang.ES, C.machineCaptionsSpanish),
  machineCaptions(Lang.FR, C.machineCaptionsFrench),
  machineCaptions(Lang.DE, C.machineCaptionsGerman),
  machineCaptions(Lang.IT, C.machineCaptionsItalian),
  machineCaptions(Lang.PT, C.machineCaptionsPortuguese),
  machineCaptions(Lang.NL, C.machineCaptionsDutch),
  machineCaptions(Lang.JA, C.machineCaptionsJapanese),
  machineCaptions(Lang.KO, C.machineCaptionsKorean),
  machineCaptions(Lang.ZH_CN, C.machineCaptionsChinese),
  machineCaptions(Lang.AR, C.machineCaptionsArabic),
  machineCaptions(Lang.HE, C.machineCaptionsHebrew),
  machineCaptions(Lang.RU, C.machineCaptionsRussian),
  machineCaptions(Lang.HI, C.machineCaptionsHindi),
  {
    ...machineCaptions(Lang.EN, C.machineCaptionsEnglishResubmittable),
    name: 'English Machine Captions (included, re-orderable)',
    price: 0,
    extra: { outputFormat: OutputFormat.VTT, allowResubmission: true },
  },
  {
    ...machineCaptions(Lang.EN, C.machineCaptionsEnglishFlaky),
    name: 'English Machine Captions (beta engine)',
    price: 0.25,
    vendor: VENDORS.beta,
    extra: { outputFormat: OutputFormat.SRT, _failsEveryOtherTask: true },
  },
  humanCaptions(C.humanCaptionsEnglish1Day, Lang.EN, TAT.ONE_BUSINESS_DAY, 3),
  humanCaptions(C.humanCaptionsEnglish3Days, Lang.EN, TAT.THREE_BUSINESS_DAYS, 2),
  {
    ...humanCaptions(C.humanCaptionsEnglish5DaysSpeakerId, Lang.EN, TAT.FIVE_BUSINESS_DAYS, 1.5),
    name: 'English Professional Captions with speaker IDs (5 business days)',
    extra: { outputFormat: OutputFormat.SRT, enableSpeakerId: true, fixedPriceAddons: 5 },
  },
  humanCaptions(C.humanCaptionsSpanish, Lang.ES, TAT.THREE_BUSINESS_DAYS, 2.5),
  translation(C.machineTranslationEnglishToSpanish, MACHINE, Lang.EN, Lang.ES, TAT.TWO_HOURS, 1),
  translation(C.machineTranslationEnglishToFrench, MACHINE, Lang.EN, Lang.FR, TAT.TWO_HOURS, 1),
  translation(C.machineTranslationEnglishToGerman, MACHINE, Lang.EN, Lang.DE, TAT.TWO_HOURS, 1),
  translation(C.machineTranslationEnglishToJapanese, MACHINE, Lang.EN, Lang.JA, TAT.TWO_HOURS, 1.25),
  translation(C.machineTranslationSpanishToEnglish, MACHINE, Lang.ES, Lang.EN, TAT.TWO_HOURS, 1),
  {
    ...translation(C.machineTranslationEnglishToHebrewFromAudio, MACHINE, Lang.EN, Lang.HE, TAT.SIX_HOURS, 1.5),
    name: 'English to Hebrew Machine Translation (from audio)',
    extra: { outputFormat: OutputFormat.SRT, targetLanguage: Lang.HE, requireSource: false },
  },
  translation(C.humanTranslationEnglishToSpanish, HUMAN, Lang.EN, Lang.ES, TAT.FIVE_BUSINESS_DAYS, 4),
  translation(C.humanTranslationEnglishToFrench, HUMAN, Lang.EN, Lang.FR, TAT.FIVE_BUSINESS_DAYS, 4.5),
  simple(
    C.machineAlignmentEnglish,
    'English Machine Alignment',
    F.ALIGNMENT,
    MACHINE,
    TAT.TWO_HOURS,
    0.3,
    VENDORS.kalturaAi,
    {
      outputFormat: OutputFormat.SRT,
    },
  ),
  simple(
    C.machineAudioDescriptionEnglish,
    'English Machine Audio Description',
    F.AUDIO_DESCRIPTION,
    MACHINE,
    TAT.TWENTY_FOUR_HOURS,
    2,
    VENDORS.describeIt,
  ),
  simple(
    C.humanAudioDescriptionEnglish,
    'English Professional Audio Description',
    F.AUDIO_DESCRIPTION,
    HUMAN,
    TAT.FIVE_BUSINESS_DAYS,
    8,
    VENDORS.describeIt,
  ),
  simple(
    C.machineExtendedAudioDescriptionEnglish,
    'English Machine Extended Audio Description',
    F.EXTENDED_AUDIO_DESCRIPTION,
    MACHINE,
    TAT.TWENTY_FOUR_HOURS,
    3,
    VENDORS.describeIt,
    {
      outputFormat: OutputFormat.VTT,
    },
  ),
  simple(
    C.humanExtendedAudioDescriptionEnglish,
    'English Professional Extended Audio Description',
    F.EXTENDED_AUDIO_DESCRIPTION,
    HUMAN,
    TAT.SEVEN_BUSINESS_DAYS,
    12,
    VENDORS.describeIt,
    {
      outputFormat: OutputFormat.VTT,
    },
  ),
  simple(
    C.machineChapteringEnglish,
    'English Machine Chaptering',
    F.CHAPTERING,
    MACHINE,
    TAT.THIRTY_MINUTES,
    0.2,
    VENDORS.kalturaAi,
  ),
  simple(
    C.humanChapteringEnglish,
    'English Reviewed Chaptering',
    F.CHAPTERING,
    HUMAN,
    TAT.TWENTY_FOUR_HOURS,
    0.8,
    VENDORS.captionPros,
  ),
  dubbing(C.machineDubbingEnglishToSpanish, MACHINE, Lang.ES, TAT.TWENTY_FOUR_HOURS, 3),
  dubbing(C.machineDubbingEnglishToFrench, MACHINE, Lang.FR, TAT.TWENTY_FOUR_HOURS, 3),
  dubbing(C.humanDubbingEnglishToSpanish, HUMAN, Lang.ES, TAT.SEVEN_BUSINESS_DAYS, 15),
  simple(C.machineClipsEnglish, 'AI Clips', F.CLIPS, MACHINE, TAT.BEST_EFFORT, 1, VENDORS.kalturaAi),
  simple(C.machineClipsEnglishFlaky, 'AI Clips (beta engine)', F.CLIPS, MACHINE, TAT.BEST_EFFORT, 0.5, VENDORS.beta, {
    _failsEveryOtherTask: true,
  }),
  simple(C.machineQuizEnglish, 'AI Quiz Generation', F.QUIZ, MACHINE, TAT.IMMEDIATE, 0.5, VENDORS.kalturaAi),
  simple(C.machineSummaryEnglish, 'AI Summary', F.SUMMARY, MACHINE, TAT.IMMEDIATE, 0.25, VENDORS.kalturaAi),
  simple(
    C.machineVideoAnalysisOcr,
    'Video Analysis (OCR)',
    F.VIDEO_ANALYSIS,
    MACHINE,
    TAT.TWO_HOURS,
    0.4,
    VENDORS.kalturaAi,
    {
      videoAnalysisType: 1,
      maxVideoDuration: 1800,
    },
  ),
  simple(
    C.machineModeration,
    'AI Content Moderation',
    F.MODERATION,
    MACHINE,
    TAT.THIRTY_MINUTES,
    0.3,
    VENDORS.kalturaAi,
  ),
  simple(
    C.machineMetadataEnrichmentEnglish,
    'AI Metadata Enrichment',
    F.METADATA_ENRICHMENT,
    MACHINE,
    TAT.THIRTY_MINUTES,
    0.2,
    VENDORS.kalturaAi,
  ),
  simple(
    C.machineIntelligentTaggingEnglish,
    'Intelligent Tagging',
    F.INTELLIGENT_TAGGING,
    MACHINE,
    TAT.BEST_EFFORT,
    0.1,
    VENDORS.kalturaAi,
  ),
  {
    ...simple(
      C.machineSentimentAnalysisPayPerUse,
      'Sentiment Analysis (pay per use)',
      F.SENTIMENT_ANALYSIS,
      MACHINE,
      TAT.BEST_EFFORT,
      0.001,
      VENDORS.kalturaAi,
    ),
    extra: {
      payPerUse: true,
      pricing: {
        objectType: 'KalturaVendorCatalogItemPricing',
        pricePerUnit: 0.001,
        priceFunction: PriceFunction.PRICE_PER_TOKEN,
      },
    },
  },
  {
    ...simple(
      C.humanSignLanguageAsl,
      'American Sign Language interpretation',
      F.SIGN_LANGUAGE,
      HUMAN,
      TAT.SEVEN_BUSINESS_DAYS,
      20,
      VENDORS.signWorks,
    ),
    target: Lang.EN_ASL,
  },
  {
    ...simple(
      C.humanSignLanguageBsl,
      'British Sign Language interpretation',
      F.SIGN_LANGUAGE,
      HUMAN,
      TAT.TEN_DAYS,
      22,
      VENDORS.signWorks,
    ),
    target: Lang.EN_BSL,
  },
  simple(
    C.machineDocumentEnrichment,
    'Document Enrichment (Markdown conversion)',
    F.DOCUMENT_ENRICHMENT,
    MACHINE,
    TAT.THIRTY_MINUTES,
    0.5,
    VENDORS.kalturaAi,
    {
      documentEnrichmentType: 1,
    },
  ),
  {
    ...machineCaptions(Lang.EN, C.deprecatedMachineCaptionsEnglish),
    name: 'English Machine Captions (legacy engine)',
    extra: { outputFormat: OutputFormat.SRT, status: CatalogItemStatus.DEPRECATED },
  },
  humanCaptions(C.notEnabledHumanCaptionsGerman, Lang.DE, TAT.THREE_BUSINESS_DAYS, 2.5),
  {
    ...machineCaptions(Lang.EN, C.deletedMachineCaptionsEnglish),
    name: 'English Machine Captions (retired)',
    extra: { outputFormat: OutputFormat.SRT, status: CatalogItemStatus.DELETED },
  },
];

/** @param {number} id @param {string} language @param {number} tat @param {number} price @returns {CatalogRow} */
function humanCaptions(id, language, tat, price) {
  const days = tat === 1 ? '1 business day' : `${tat} business days`;
  return {
    id,
    name: `${language} Professional Captions (${days})`,
    feature: F.CAPTIONS,
    type: HUMAN,
    source: language,
    tat,
    price,
    vendor: VENDORS.captionPros,
    extra: { outputFormat: OutputFormat.SRT, enableSpeakerId: false },
  };
}

/**
 * @param {number} id @param {number} type @param {string} source @param {string} target @param {number} tat @param {number} price
 * @returns {CatalogRow}
 */
function translation(id, type, source, target, tat, price) {
  return {
    id,
    name: `${source} to ${target} ${type === HUMAN ? 'Professional' : 'Machine'} Translation`,
    feature: F.TRANSLATION,
    type,
    source,
    target,
    tat,
    price,
    vendor: type === HUMAN ? VENDORS.lingua : VENDORS.kalturaAi,
    extra: { outputFormat: OutputFormat.SRT, requireSource: true },
  };
}

/** @param {number} id @param {number} type @param {string} target @param {number} tat @param {number} price @returns {CatalogRow} */
function dubbing(id, type, target, tat, price) {
  return {
    id,
    name: `English to ${target} ${type === HUMAN ? 'Voice Actor' : 'AI'} Dubbing`,
    feature: F.DUBBING,
    type,
    source: Lang.EN,
    target,
    tat,
    price,
    vendor: type === HUMAN ? VENDORS.lingua : VENDORS.kalturaAi,
  };
}

/**
 * @param {number} id @param {string} name @param {number} feature @param {number} type @param {number} tat
 * @param {number} price @param {number} vendor @param {Record<string, unknown>} [extra] @returns {CatalogRow}
 */
function simple(id, name, feature, type, tat, price, vendor, extra) {
  return { id, name, feature, type, source: Lang.EN, tat, price, vendor, extra };
}

/**
 * @param {number} now unix seconds
 * @returns {Record<string, Record<string, unknown>>} catalog items keyed by id
 */
export function seedCatalogItems(now) {
  const createdAt = Math.floor(now) - 200 * 86_400;
  return Object.fromEntries(
    ROWS.map((row) => [
      row.id,
      {
        objectType: catalogItemClassName(row.feature),
        id: row.id,
        vendorPartnerId: row.vendor,
        name: row.name,
        systemName: row.name
          .replace(/[^A-Za-z0-9]+/g, '_')
          .replace(/^_|_$/g, '')
          .toUpperCase(),
        createdAt,
        updatedAt: createdAt,
        status: CatalogItemStatus.ACTIVE,
        serviceType: row.type,
        serviceFeature: row.feature,
        turnAroundTime: row.tat,
        pricing: {
          objectType: 'KalturaVendorCatalogItemPricing',
          pricePerUnit: row.price,
          priceFunction: PriceFunction.PRICE_PER_MINUTE,
        },
        sourceLanguage: row.source,
        ...(row.target ? { targetLanguage: row.target } : {}),
        allowResubmission: false,
        payPerUse: false,
        stage: 1,
        ...row.extra,
      },
    ]),
  );
}

/** Items partner 2002 has enabled; everything else active (and the deprecated one) is enabled for 1001. */
const OTHER_PARTNER_ITEMS = [
  C.machineCaptionsEnglish,
  C.humanCaptionsEnglish3Days,
  C.machineClipsEnglish,
  C.notEnabledHumanCaptionsGerman,
];
/** Items partner 4004 has enabled, all defaulting to its disabled profile. Partner 5005 has none. */
const WITHOUT_ACTIVE_PROFILE_ITEMS = [C.machineCaptionsEnglish, C.machineClipsEnglish, C.machineSummaryEnglish];

/** @param {number} now @returns {Array<Record<string, unknown>>} PartnerCatalogItem rows */
export function seedPartnerCatalogItems(now) {
  const createdAt = Math.floor(now) - 180 * 86_400;
  /** @param {number} partnerId @param {readonly number[]} catalogItemIds @param {number} defaultReachProfileId */
  const enable = (partnerId, catalogItemIds, defaultReachProfileId) =>
    catalogItemIds.map((catalogItemId) => ({
      partnerId,
      catalogItemId,
      status: CatalogItemStatus.ACTIVE,
      defaultReachProfileId,
      createdAt,
    }));
  return [
    ...enable(
      SEED.partner,
      ROWS.filter((row) => row.id !== C.notEnabledHumanCaptionsGerman).map((row) => row.id),
      SEED.profiles.default,
    ),
    ...enable(SEED.otherPartner, OTHER_PARTNER_ITEMS, SEED.profiles.otherPartner),
    ...enable(
      SEED.partnerWithoutActiveProfile,
      WITHOUT_ACTIVE_PROFILE_ITEMS,
      SEED.profiles.withoutActiveProfileDisabled,
    ),
  ];
}
