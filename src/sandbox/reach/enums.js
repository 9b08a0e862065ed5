// @ts-check
/** REACH enums (kaltura-rules §2). Int enums travel as numbers, string enums as strings. The tables the
 * elements also read live in src/reach/wire-enums.js; the short names here are the sandbox's own. */
import { defineEnum } from '../registry.js';
import {
  CategoryUserPermissionLevel,
  ConditionType,
  EntryObjectType,
  EntryVendorTaskCreationMode,
  EntryVendorTaskStatus,
  KALTURA_LANGUAGE_CODES,
  MetadataEnrichmentApplyMode,
  ReachProfileStatus,
  ReachProfileType,
  RuleActionType,
  SearchConditionComparison,
  SummaryWritingStyleTaskData,
  TypeOfSummaryTaskData,
  VendorCatalogItemOutputFormat,
  VendorCatalogItemPriceFunction,
  VendorCatalogItemStatus,
  VendorCreditRecurrenceFrequency,
  VendorServiceFeature,
  VendorServiceTurnAroundTime,
  VendorServiceType,
} from '../../reach/wire-enums.js';

export {
  EntryVendorTaskStatus as TaskStatus,
  VendorServiceType as ServiceType,
  VendorServiceFeature as ServiceFeature,
  VendorServiceTurnAroundTime as TurnAroundTime,
  VendorCatalogItemStatus as CatalogItemStatus,
  ReachProfileStatus,
  EntryObjectType,
  ConditionType,
  EntryVendorTaskCreationMode as CreationMode,
  VendorCatalogItemOutputFormat as OutputFormat,
  VendorCatalogItemPriceFunction as PriceFunction,
  VendorCreditRecurrenceFrequency as RecurrenceFrequency,
};

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

defineEnum('KalturaEntryVendorTaskStatus', 'int', EntryVendorTaskStatus);
defineEnum('KalturaVendorServiceType', 'int', VendorServiceType);
defineEnum('KalturaVendorServiceFeature', 'int', VendorServiceFeature);
defineEnum('KalturaVendorServiceTurnAroundTime', 'int', VendorServiceTurnAroundTime);
defineEnum('KalturaVendorCatalogItemStatus', 'int', VendorCatalogItemStatus);
defineEnum('KalturaReachProfileStatus', 'int', ReachProfileStatus);
defineEnum('KalturaReachProfileType', 'int', ReachProfileType);
defineEnum('KalturaEntryVendorTaskCreationMode', 'int', EntryVendorTaskCreationMode);
defineEnum('KalturaVendorTaskProcessingRegion', 'int', { US: 1, EU: 2, CA: 3 });
defineEnum('KalturaReachProfileContentDeletionPolicy', 'int', {
  DO_NOTHING: 1,
  DELETE_ONCE_PROCESSED: 2,
  DELETE_AFTER_WEEK: 3,
  DELETE_AFTER_MONTH: 4,
  DELETE_AFTER_THREE_MONTHS: 5,
});
defineEnum('KalturaEntryObjectType', 'int', EntryObjectType);
defineEnum('KalturaVendorCatalogItemOutputFormat', 'int', VendorCatalogItemOutputFormat);
defineEnum('KalturaVendorCatalogItemStage', 'int', { PRODUCTION: 1, QA: 2 });
defineEnum('KalturaVendorDocumentEnrichmentType', 'int', { MD_CONVERSION: 1 });
defineEnum('KalturaVendorVideoAnalysisType', 'int', { OCR: 1 });

defineEnum('KalturaVendorCatalogItemPriceFunction', 'string', VendorCatalogItemPriceFunction);
defineEnum('KalturaVendorCreditRecurrenceFrequency', 'string', VendorCreditRecurrenceFrequency);
defineEnum('KalturaTypeOfSummaryTaskData', 'string', TypeOfSummaryTaskData);
defineEnum('KalturaSummaryWritingStyleTaskData', 'string', SummaryWritingStyleTaskData);
defineEnum('KalturaMetadataEnrichmentApplyMode', 'string', MetadataEnrichmentApplyMode);
defineEnum('KalturaReachVendorEngineType', 'string', {
  HELLO_WORLD: 'ReachInternal.HELLO_WORLD',
  OPEN_CALAIS: 'OpenCalaisReachVendor.OPEN_CALAIS',
});
defineEnum('KalturaCatalogItemLanguage', 'string', CatalogItemLanguage);

// Rule pieces a REACH profile carries (dynamic enums: plugin values are prefixed with the plugin name).
defineEnum('KalturaRuleActionType', 'string', RuleActionType);
defineEnum('KalturaConditionType', 'string', ConditionType);
defineEnum('KalturaCategoryUserPermissionLevel', 'int', CategoryUserPermissionLevel);
defineEnum('KalturaSearchConditionComparison', 'string', SearchConditionComparison);
defineEnum('KalturaContextType', 'string', {
  PLAY: '1',
  DOWNLOAD: '2',
  THUMBNAIL: '3',
  METADATA: '4',
  EXPORT: '5',
  SERVE: '6',
});

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
defineOrderBy('KalturaEntryVendorTask', [
  'id',
  'createdAt',
  'updatedAt',
  'queueTime',
  'finishTime',
  'status',
  'price',
  'expectedFinishTime',
]);
defineOrderBy('KalturaReachProfile', ['id', 'createdAt', 'updatedAt']);
defineOrderBy('KalturaVendorCatalogItem', ['id', 'createdAt', 'updatedAt']);
defineEnum(
  'KalturaLanguageCode',
  'string',
  Object.fromEntries(KALTURA_LANGUAGE_CODES.map((code) => [code.toUpperCase(), code])),
);
