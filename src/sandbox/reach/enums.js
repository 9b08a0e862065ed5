// @ts-check
/** REACH enums (spec §2, Appendix C). Int enums travel as numbers, string enums as strings. */
import { defineEnum } from '../registry.js';

export const TaskStatus = /** @type {const} */ ({
  PENDING: 1,
  READY: 2,
  PROCESSING: 3,
  PENDING_MODERATION: 4,
  REJECTED: 5,
  ERROR: 6,
  ABORTED: 7,
  PENDING_ENTRY_READY: 8,
  SCHEDULED: 9,
});

export const ServiceType = /** @type {const} */ ({ HUMAN: 1, MACHINE: 2 });

export const ServiceFeature = /** @type {const} */ ({
  CAPTIONS: 1,
  TRANSLATION: 2,
  ALIGNMENT: 3,
  AUDIO_DESCRIPTION: 4,
  CHAPTERING: 5,
  INTELLIGENT_TAGGING: 6,
  DUBBING: 7,
  LIVE_CAPTION: 8,
  EXTENDED_AUDIO_DESCRIPTION: 9,
  CLIPS: 10,
  LIVE_TRANSLATION: 11,
  QUIZ: 12,
  SUMMARY: 13,
  VIDEO_ANALYSIS: 14,
  MODERATION: 15,
  METADATA_ENRICHMENT: 16,
  SENTIMENT_ANALYSIS: 17,
  DOCUMENT_ENRICHMENT: 18,
  SIGN_LANGUAGE: 19,
  SPEECH_TO_VIDEO: 20,
  IMMERSIVE_AGENT_CALL: 21,
  IMMERSIVE_AGENT_CHAT: 22,
  AVATAR_VOD: 23,
});

/** 1–7 are business days; values ≥ 1800 are seconds. */
export const TurnAroundTime = /** @type {const} */ ({
  BEST_EFFORT: -1,
  IMMEDIATE: 0,
  ONE_BUSINESS_DAY: 1,
  TWO_BUSINESS_DAYS: 2,
  THREE_BUSINESS_DAYS: 3,
  FOUR_BUSINESS_DAYS: 4,
  FIVE_BUSINESS_DAYS: 5,
  SIX_BUSINESS_DAYS: 6,
  SEVEN_BUSINESS_DAYS: 7,
  THIRTY_MINUTES: 1800,
  TWO_HOURS: 7200,
  THREE_HOURS: 10800,
  SIX_HOURS: 21600,
  EIGHT_HOURS: 28800,
  TWELVE_HOURS: 43200,
  TWENTY_FOUR_HOURS: 86400,
  FORTY_EIGHT_HOURS: 172800,
  FOUR_DAYS: 345600,
  FIVE_DAYS: 432000,
  TEN_DAYS: 864000,
});

export const CatalogItemStatus = /** @type {const} */ ({ DEPRECATED: 1, ACTIVE: 2, DELETED: 3 });
export const ReachProfileStatus = /** @type {const} */ ({ DISABLED: 1, ACTIVE: 2, DELETED: 3 });
export const EntryObjectType = /** @type {const} */ ({ ENTRY: 1, ASSET: 2, EXTERNAL_OBJECT: 3 });
export const CreationMode = /** @type {const} */ ({ MANUAL: 1, AUTOMATIC: 2 });
export const OutputFormat = /** @type {const} */ ({ SRT: 1, DFXP: 2, VTT: 3 });

/** The wire value is literally the server's PHP callable name. */
export const PriceFunction = /** @type {const} */ ({
  PRICE_PER_SECOND: 'kReachUtils::calcPricePerSecond',
  PRICE_PER_MINUTE: 'kReachUtils::calcPricePerMinute',
  PRICE_PER_HOUR: 'kReachUtils::calcPricePerHour',
  PRICE_PER_TOKEN: 'kReachUtils::calcPricePerToken',
});

export const RecurrenceFrequency = /** @type {const} */ ({ DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year' });

/** KalturaCatalogItemLanguage: constant → English language name (the wire value). */
export const CatalogItemLanguage = /** @type {const} */ ({
  EN: 'English',
  EN_US: 'English (American)',
  EN_GB: 'English (British)',
  NL: 'Dutch',
  FR: 'French',
  DE: 'German',
  IT: 'Italian',
  ES: 'Spanish',
  AR: 'Arabic',
  AR_LB: 'Arabic (Lebanon)',
  AR_QA: 'Arabic (Qatar)',
  AR_SA: 'Arabic (Saudi Arabia)',
  ZH: 'Chinese',
  CMN: 'Mandarin Chinese',
  YUE: 'Cantonese',
  HE: 'Hebrew',
  HI: 'Hindi',
  JA: 'Japanese',
  KO: 'Korean',
  PT: 'Portuguese',
  PT_BR: 'Portuguese (Brazil)',
  RU: 'Russian',
  TR: 'Turkish',
  TH: 'Thai',
  SV: 'Swedish',
  DA: 'Danish',
  NO: 'Norwegian',
  FI: 'Finnish',
  IS: 'Icelandic',
  PL: 'Polish',
  IN: 'Indonesian',
  EL: 'Greek',
  RO: 'Romanian',
  HU: 'Hungarian',
  GA: 'Irish',
  GD: 'Gaelic (Scottish)',
  CY: 'Welsh',
  UR: 'Urdu',
  TA: 'Tamil',
  ML: 'Malayalam',
  ZU: 'Zulu',
  VI: 'Vietnamese',
  UK: 'Ukrainian',
  FR_CA: 'French (Canada)',
  ZH_TW: 'Taiwanese Mandarin',
  ES_XL: 'Spanish (Latin America)',
  CA: 'Catalan',
  CS: 'Czech',
  AF: 'Afrikaans',
  BG: 'Bulgarian',
  ET: 'Estonian',
  LV: 'Latvian (Lettish)',
  LT: 'Lithuanian',
  SK: 'Slovak',
  BA: 'Bashkir',
  EU: 'Basque',
  BE: 'Byelorussian (Belarusian)',
  HR: 'Croatian',
  EO: 'Esperanto',
  FA: 'Farsi',
  GL: 'Galician',
  IA: 'Interlingua',
  MS: 'Malay',
  MR: 'Marathi',
  MN: 'Mongolian',
  SL: 'Slovenian',
  TE: 'Telugu',
  UG: 'Uighur',
  EN_AU: 'English (Australian)',
  AZ: 'Azerbaijani',
  BN: 'Bengali (Bangla)',
  MY: 'Burmese',
  BS: 'Bosnian',
  KA: 'Georgian',
  GU: 'Gujarati',
  JV: 'Javanese',
  KN: 'Kannada',
  KK: 'Kazakh',
  KM: 'Cambodian',
  LO: 'Laothian',
  MK: 'Macedonian',
  NE: 'Nepali',
  FA_IR: 'Persian (Iran)',
  PA: 'Punjabi',
  SR: 'Serbian',
  SI: 'Sinhalese',
  SK_SK: 'Slovakian',
  SU: 'Sundanese',
  SW: 'Swahili (Kiswahili)',
  TL: 'Tagalog',
  UZ: 'Uzbek',
  XH: 'Xhosa',
  ZH_CN: 'Simplified Chinese',
  ZH_HK: 'Traditional Chinese',
  AUTO_DETECT: 'Auto Detect',
  EN_ASL: 'English (ASL)',
  EN_BSL: 'English (BSL)',
});

defineEnum('KalturaEntryVendorTaskStatus', 'int', TaskStatus);
defineEnum('KalturaVendorServiceType', 'int', ServiceType);
defineEnum('KalturaVendorServiceFeature', 'int', ServiceFeature);
defineEnum('KalturaVendorServiceTurnAroundTime', 'int', TurnAroundTime);
defineEnum('KalturaVendorCatalogItemStatus', 'int', CatalogItemStatus);
defineEnum('KalturaReachProfileStatus', 'int', ReachProfileStatus);
defineEnum('KalturaReachProfileType', 'int', { FREE_TRIAL: 1, PAID: 2 });
defineEnum('KalturaEntryVendorTaskCreationMode', 'int', CreationMode);
defineEnum('KalturaVendorTaskProcessingRegion', 'int', { US: 1, EU: 2, CA: 3 });
defineEnum('KalturaReachProfileContentDeletionPolicy', 'int', {
  DO_NOTHING: 1,
  DELETE_ONCE_PROCESSED: 2,
  DELETE_AFTER_WEEK: 3,
  DELETE_AFTER_MONTH: 4,
  DELETE_AFTER_THREE_MONTHS: 5,
});
defineEnum('KalturaEntryObjectType', 'int', EntryObjectType);
defineEnum('KalturaVendorCatalogItemOutputFormat', 'int', OutputFormat);
defineEnum('KalturaVendorCatalogItemStage', 'int', { PRODUCTION: 1, QA: 2 });
defineEnum('KalturaVendorDocumentEnrichmentType', 'int', { MD_CONVERSION: 1 });
defineEnum('KalturaVendorVideoAnalysisType', 'int', { OCR: 1 });

defineEnum('KalturaVendorCatalogItemPriceFunction', 'string', PriceFunction);
defineEnum('KalturaVendorCreditRecurrenceFrequency', 'string', RecurrenceFrequency);
defineEnum('KalturaTypeOfSummaryTaskData', 'string', { CONCISE: 'concise', DETAILED: 'detailed', EXTENSIVE: 'extensive' });
defineEnum('KalturaSummaryWritingStyleTaskData', 'string', { FORMAL: 'formal', CASUAL: 'casual' });
defineEnum('KalturaMetadataEnrichmentApplyMode', 'string', {
  FILL_EMPTY: 'FILL_EMPTY',
  OVERRIDE_ALL: 'OVERRIDE_ALL',
  FILL_EMPTY_AND_OVERRIDE_LIST: 'FILL_EMPTY_AND_OVERRIDE_LIST',
});
defineEnum('KalturaReachVendorEngineType', 'string', {
  HELLO_WORLD: 'ReachInternal.HELLO_WORLD',
  OPEN_CALAIS: 'OpenCalaisReachVendor.OPEN_CALAIS',
});
defineEnum('KalturaCatalogItemLanguage', 'string', CatalogItemLanguage);

// Rule pieces a REACH profile carries (dynamic enums: plugin values are prefixed with the plugin name).
defineEnum('KalturaRuleActionType', 'string', { ADD_ENTRY_VENDOR_TASK: 'reach.ADD_ENTRY_VENDOR_TASK' });
defineEnum('KalturaConditionType', 'string', {
  EVENT_NOTIFICATION_FIELD: 'eventNotification.BooleanField',
  EVENT_CATEGORY_ENTRY: 'reach.CategoryEntry',
});
defineEnum('KalturaCategoryUserPermissionLevel', 'int', { MANAGER: 0, MODERATOR: 1, CONTRIBUTOR: 2, MEMBER: 3, NONE: 4 });
defineEnum('KalturaSearchConditionComparison', 'string', {
  EQUAL: '1',
  GREATER_THAN: '2',
  GREATER_THAN_OR_EQUAL: '3',
  LESS_THAN: '4',
  LESS_THAN_OR_EQUAL: '5',
  NOT_EQUAL: '6',
});
defineEnum('KalturaContextType', 'string', { PLAY: '1', DOWNLOAD: '2', THUMBNAIL: '3', METADATA: '4', EXPORT: '5', SERVE: '6' });

/** @param {string} prefix e.g. 'KalturaEntryVendorTask' @param {string[]} fields */
function defineOrderBy(prefix, fields) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const field of fields) {
    const constant = field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();
    values[`${constant}_ASC`] = `+${field}`;
    values[`${constant}_DESC`] = `-${field}`;
  }
  defineEnum(`${prefix}OrderBy`, 'string', values);
}
defineOrderBy('KalturaEntryVendorTask', ['id', 'createdAt', 'updatedAt', 'queueTime', 'finishTime', 'status', 'price', 'expectedFinishTime']);
defineOrderBy('KalturaReachProfile', ['id', 'createdAt', 'updatedAt']);
defineOrderBy('KalturaVendorCatalogItem', ['id', 'createdAt', 'updatedAt']);
