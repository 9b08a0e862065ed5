// @ts-check
/** REACH classes (kaltura-rules §1): tasks and task data, profiles and credit, rules, catalog items, filters. */
import { defineClass, fields } from '../registry.js';
import { ServiceFeature } from './enums.js';

/** Vendor-only fields: a partner KS lacks the permission, so values sent by partners are dropped silently. */
const VENDOR_WRITABLE = 'perm:insert,update';

/** Filter operators → the property suffixes they add; `in` and `notIn` take comma-separated text. */
const FILTER_SUFFIXES = /** @type {Record<string, string[]>} */ ({
  '=': ['Equal'],
  in: ['In'],
  notIn: ['NotIn'],
  range: ['GreaterThanOrEqual', 'LessThanOrEqual'],
});

/**
 * Filter properties as Kaltura's base filters spell them, from `field: 'type operator…'`:
 * `{ status: 'enum:X = in' }` → `statusEqual` (enum:X) and `statusIn` (string); `range` adds
 * `<field>GreaterThanOrEqual` and `<field>LessThanOrEqual` of the type.
 * @param {Record<string, string>} spec
 * @returns {Record<string, import('../registry.js').PropDef>}
 */
export function filterFields(spec) {
  return Object.fromEntries(
    Object.entries(spec).flatMap(([field, text]) => {
      const [type, ...operators] = text.split(/\s+/);
      return operators.flatMap((operator) => {
        const suffixes = FILTER_SUFFIXES[operator];
        if (!suffixes) throw new Error(`unknown filter operator ${operator} on ${field}`);
        return suffixes.map((suffix) => [
          `${field}${suffix}`,
          { type: operator === 'in' || operator === 'notIn' ? 'string' : type },
        ]);
      });
    }),
  );
}

/** `<className>ListResponse`, whose `objects` are `className`s. @param {string} className */
export function defineListResponse(className) {
  defineClass(`${className}ListResponse`, {
    parent: 'KalturaListResponse',
    props: fields({ objects: `array:${className} ro` }),
  });
}

/* ---------- Entry vendor task ---------- */

defineClass('KalturaEntryVendorTask', {
  props: fields({
    id: 'bigint ro',
    partnerId: 'int ro',
    vendorPartnerId: 'int ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    queueTime: 'time ro',
    finishTime: 'time ro',
    entryId: 'string io',
    status: `enum:KalturaEntryVendorTaskStatus ${VENDOR_WRITABLE}`,
    reachProfileId: 'int io',
    catalogItemId: 'int io',
    price: 'float ro',
    userId: 'string ro',
    entryObjectType: 'enum:KalturaEntryObjectType io',
    unitsUsed: 'int',
    moderatingUser: 'string ro',
    errDescription: `string ${VENDOR_WRITABLE}`,
    accessKey: 'string ro',
    version: 'string ro',
    notes: 'string',
    dictionary: 'string ro',
    context: 'string',
    accuracy: `int ${VENDOR_WRITABLE}`,
    outputObjectId: `string ${VENDOR_WRITABLE}`,
    partnerData: 'string',
    creationMode: 'enum:KalturaEntryVendorTaskCreationMode ro',
    taskJobData: 'object:KalturaVendorTaskData',
    expectedFinishTime: 'time ro',
    serviceType: 'enum:KalturaVendorServiceType ro',
    serviceFeature: 'enum:KalturaVendorServiceFeature ro',
    turnAroundTime: 'enum:KalturaVendorServiceTurnAroundTime ro',
    externalTaskId: `string ${VENDOR_WRITABLE}`,
    externalObjectId: 'string io',
  }),
});

defineClass('KalturaVendorTaskData', { abstract: true, props: fields({ entryDuration: 'int ro' }) });
defineClass('KalturaVendorTaskDataCaptionAsset', {
  parent: 'KalturaVendorTaskData',
  abstract: true,
  props: fields({ captionAssetId: 'string io' }),
});
defineClass('KalturaTranslationVendorTaskData', { parent: 'KalturaVendorTaskDataCaptionAsset' });
defineClass('KalturaAlignmentVendorTaskData', {
  parent: 'KalturaVendorTaskDataCaptionAsset',
  props: fields({ textTranscriptAssetId: 'string', jsonTranscriptAssetId: 'string io' }),
});
defineClass('KalturaLocalizedVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  // KalturaLanguage values are English language names; kept as free text here.
  props: fields({ outputLanguage: 'string', outputJson: 'string' }),
});
defineClass('KalturaClipsVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: fields({
    clipsDuration: 'int io',
    eventSessionContextId: 'string io',
    instruction: 'string io',
    clipsOutputJson: 'string',
  }),
});
defineClass('KalturaSummaryVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: fields({
    typeOfSummary: 'enum:KalturaTypeOfSummaryTaskData',
    writingStyle: 'enum:KalturaSummaryWritingStyleTaskData',
    summaryOutputJson: 'string',
    instruction: 'string io',
  }),
});
defineClass('KalturaQuizVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: fields({
    numberOfQuestions: 'int',
    questionsType: 'string',
    context: 'string',
    formalStyle: 'string',
    createQuiz: 'bool',
    quizOutput: 'string',
    instruction: 'string io',
  }),
});
defineClass('KalturaMetadataEnrichmentVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: fields({
    detailLevel: 'string io',
    instruction: 'string io',
    shouldApply: 'bool',
    applyMode: 'enum:KalturaMetadataEnrichmentApplyMode',
    overrideFields: 'array:KalturaString',
  }),
});
defineClass('KalturaScheduledVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ startDate: 'time io', endDate: 'time io', scheduledEventId: 'int io' }),
});
defineClass('KalturaIntelligentTaggingVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ assetId: 'string io' }),
});
defineClass('KalturaModerationVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ ruleIds: 'string', policyIds: 'string', categoryIds: 'string', moderationOutputJson: 'string' }),
});
// The server's response mapping has no entry for these two (kaltura-rules §1.3, §7 quirk 7): the task data is
// accepted but never returned. (For immersive agent chat the server would fail on a misspelled class;
// the sandbox leaves it out instead.)
defineClass('KalturaSentimentAnalysisVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ language: 'enum:KalturaLanguageCode' }),
  neverReturned: true,
});
defineClass('KalturaSpeechToVideoVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ avatarId: 'string', conversionProfileId: 'int' }),
});
defineClass('KalturaImmersiveAgentCallVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: fields({ callId: 'string' }),
});
defineClass('KalturaImmersiveAgentChatVendorTaskData', { parent: 'KalturaVendorTaskData', neverReturned: true });
defineClass('KalturaString', { props: fields({ value: 'string' }) });

defineClass('KalturaEntryVendorTaskBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: filterFields({
    id: 'bigint = in notIn',
    vendorPartnerId: 'int = in',
    createdAt: 'time range',
    updatedAt: 'time range',
    queueTime: 'time range',
    finishTime: 'time range',
    entryId: 'string =',
    status: 'enum:KalturaEntryVendorTaskStatus = in',
    reachProfileId: 'int = in',
    catalogItemId: 'int = in',
    userId: 'string =',
    context: 'string =',
    expectedFinishTime: 'time range',
    entryObjectType: 'enum:KalturaEntryObjectType = in notIn',
  }),
});
defineClass('KalturaEntryVendorTaskFilter', {
  parent: 'KalturaEntryVendorTaskBaseFilter',
  props: fields({ freeText: 'string' }),
});
defineListResponse('KalturaEntryVendorTask');

/* ---------- REACH profile, credit, dictionaries, rules ---------- */

defineClass('KalturaReachProfile', {
  props: fields({
    id: 'int ro',
    name: 'string',
    partnerId: 'int ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    status: 'enum:KalturaReachProfileStatus ro',
    profileType: 'enum:KalturaReachProfileType',
    defaultOutputFormat: 'enum:KalturaVendorCatalogItemOutputFormat',
    enableMachineModeration: 'enum:KalturaNullableBoolean',
    enableHumanModeration: 'enum:KalturaNullableBoolean',
    autoDisplayMachineCaptionsOnPlayer: 'enum:KalturaNullableBoolean',
    autoDisplayHumanCaptionsOnPlayer: 'enum:KalturaNullableBoolean',
    enableMetadataExtraction: 'enum:KalturaNullableBoolean',
    enableSpeakerChangeIndication: 'enum:KalturaNullableBoolean',
    enableAudioTags: 'enum:KalturaNullableBoolean',
    enableProfanityRemoval: 'enum:KalturaNullableBoolean',
    maxCharactersPerCaptionLine: 'int',
    labelAdditionForMachineServiceType: 'string',
    labelAdditionForHumanServiceType: 'string',
    contentDeletionPolicy: 'enum:KalturaReachProfileContentDeletionPolicy',
    rules: 'array:KalturaRule',
    credit: 'object:KalturaBaseVendorCredit perm:update',
    usedCredit: 'float perm:update',
    dictionaries: 'array:KalturaDictionary',
    flavorParamsIds: 'string',
    vendorTaskProcessingRegion: 'enum:KalturaVendorTaskProcessingRegion',
  }),
});
defineClass('KalturaBaseVendorCredit', { abstract: true });
defineClass('KalturaVendorCredit', {
  parent: 'KalturaBaseVendorCredit',
  props: fields({ credit: 'int', fromDate: 'time', overageCredit: 'int', addOn: 'int' }),
});
defineClass('KalturaTimeRangeVendorCredit', { parent: 'KalturaVendorCredit', props: fields({ toDate: 'time' }) });
defineClass('KalturaReoccurringVendorCredit', {
  parent: 'KalturaTimeRangeVendorCredit',
  props: fields({ frequency: 'enum:KalturaVendorCreditRecurrenceFrequency' }),
});
defineClass('KalturaUnlimitedVendorCredit', {
  parent: 'KalturaBaseVendorCredit',
  props: fields({ credit: 'int ro', fromDate: 'time' }),
});
defineClass('KalturaDictionary', { props: fields({ language: 'enum:KalturaCatalogItemLanguage', data: 'string' }) });

defineClass('KalturaRule', {
  props: fields({
    description: 'string',
    ruleData: 'string',
    message: 'string',
    code: 'string',
    actions: 'array:KalturaRuleAction',
    conditions: 'array:KalturaCondition',
    contexts: 'array:KalturaContextTypeHolder',
    stopProcessing: 'bool',
    forceAdminValidation: 'enum:KalturaNullableBoolean',
  }),
});
defineClass('KalturaContextTypeHolder', { props: fields({ type: 'enum:KalturaContextType' }) });
defineClass('KalturaRuleAction', { abstract: true, props: fields({ type: 'enum:KalturaRuleActionType ro' }) });
// `type` is fixed by the concrete class, as the server's constructors do.
defineClass('KalturaAddEntryVendorTaskAction', {
  parent: 'KalturaRuleAction',
  props: fields({ catalogItemIds: 'string', entryObjectType: 'enum:KalturaEntryObjectType' }),
  derived: { type: () => 'reach.ADD_ENTRY_VENDOR_TASK' },
});
defineClass('KalturaCondition', {
  abstract: true,
  props: fields({ type: 'enum:KalturaConditionType ro', description: 'string', not: 'bool' }),
});
defineClass('KalturaCategoryEntryCondition', {
  parent: 'KalturaCondition',
  props: fields({
    categoryId: 'int',
    categoryIds: 'string',
    categoryUserPermission: 'enum:KalturaCategoryUserPermissionLevel',
    comparison: 'enum:KalturaSearchConditionComparison',
  }),
  derived: { type: () => 'reach.CategoryEntry' },
});
// No `type` here: unlike the category condition, the server's class sets none, so none is sent.
defineClass('KalturaBooleanEventNotificationCondition', {
  parent: 'KalturaCondition',
  props: fields({ booleanEventNotificationIds: 'string' }),
});

defineClass('KalturaReachProfileBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: filterFields({
    id: 'int = in',
    createdAt: 'time range',
    updatedAt: 'time range',
    status: 'enum:KalturaReachProfileStatus = in',
    profileType: 'enum:KalturaReachProfileType = in',
  }),
});
defineClass('KalturaReachProfileFilter', { parent: 'KalturaReachProfileBaseFilter' });
defineListResponse('KalturaReachProfile');

/* ---------- Vendor catalog items ---------- */

defineClass('KalturaVendorCatalogItemPricing', {
  props: fields({ pricePerUnit: 'float', priceFunction: 'enum:KalturaVendorCatalogItemPriceFunction' }),
});
defineClass('KalturaVendorCatalogItem', {
  abstract: true,
  props: fields({
    id: 'int ro',
    vendorPartnerId: 'int',
    name: 'string',
    systemName: 'string',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    status: 'enum:KalturaVendorCatalogItemStatus ro',
    serviceType: 'enum:KalturaVendorServiceType',
    serviceFeature: 'enum:KalturaVendorServiceFeature ro',
    turnAroundTime: 'enum:KalturaVendorServiceTurnAroundTime',
    pricing: 'object:KalturaVendorCatalogItemPricing perm:read',
    engineType: 'enum:KalturaReachVendorEngineType',
    sourceLanguage: 'enum:KalturaCatalogItemLanguage',
    allowResubmission: 'bool',
    payPerUse: 'bool',
    vendorData: 'string',
    stage: 'enum:KalturaVendorCatalogItemStage',
    lastBulkUpdateId: 'int',
    contract: 'string',
    createdBy: 'string',
    notes: 'string',
    partnerId: 'int',
    defaultReachProfileId: 'int',
    adminTagsToExclude: 'string',
  }),
});

const outputFormat = fields({ outputFormat: 'enum:KalturaVendorCatalogItemOutputFormat' });
const targetLanguage = fields({ targetLanguage: 'enum:KalturaCatalogItemLanguage' });
const audioFlavors = fields({ flavorParamsId: 'int', clearAudioFlavorParamsId: 'int' });

/**
 * serviceFeature → class-name stem (`KalturaVendor<stem>CatalogItem`, `ReachPlugin::getCatalogItemName`),
 * its parent class and its own properties.
 * @type {Record<number, { stem: string, parent?: string, props?: Record<string, import('../registry.js').PropDef> }>}
 */
const CATALOG_ITEM_CLASSES = {
  [ServiceFeature.CAPTIONS]: {
    stem: 'Captions',
    props: { ...outputFormat, ...fields({ enableSpeakerId: 'enum:KalturaNullableBoolean', fixedPriceAddons: 'int' }) },
  },
  [ServiceFeature.TRANSLATION]: {
    stem: 'Translation',
    parent: 'KalturaVendorCaptionsCatalogItem',
    props: { ...targetLanguage, ...fields({ requireSource: 'bool' }) },
  },
  [ServiceFeature.ALIGNMENT]: { stem: 'Alignment', props: outputFormat },
  [ServiceFeature.AUDIO_DESCRIPTION]: { stem: 'AudioDescription', props: audioFlavors },
  [ServiceFeature.CHAPTERING]: { stem: 'Chaptering' },
  [ServiceFeature.INTELLIGENT_TAGGING]: { stem: 'IntelligentTagging' },
  [ServiceFeature.DUBBING]: { stem: 'Dubbing', props: { ...audioFlavors, ...targetLanguage } },
  [ServiceFeature.LIVE_CAPTION]: {
    stem: 'LiveCaption',
    parent: 'KalturaVendorLiveCatalogItem',
    props: fields({ startTimeBuffer: 'int io', endTimeBuffer: 'int io' }),
  },
  [ServiceFeature.EXTENDED_AUDIO_DESCRIPTION]: {
    stem: 'ExtendedAudioDescription',
    props: { ...audioFlavors, ...outputFormat },
  },
  [ServiceFeature.CLIPS]: { stem: 'Clips' },
  [ServiceFeature.LIVE_TRANSLATION]: {
    stem: 'LiveTranslation',
    parent: 'KalturaVendorLiveCatalogItem',
    props: targetLanguage,
  },
  [ServiceFeature.QUIZ]: { stem: 'Quiz' },
  [ServiceFeature.SUMMARY]: { stem: 'Summary' },
  [ServiceFeature.VIDEO_ANALYSIS]: {
    stem: 'VideoAnalysis',
    props: fields({ videoAnalysisType: 'enum:KalturaVendorVideoAnalysisType', maxVideoDuration: 'int' }),
  },
  [ServiceFeature.MODERATION]: { stem: 'Moderation' },
  [ServiceFeature.METADATA_ENRICHMENT]: { stem: 'MetadataEnrichment' },
  [ServiceFeature.SENTIMENT_ANALYSIS]: { stem: 'SentimentAnalysis' },
  [ServiceFeature.DOCUMENT_ENRICHMENT]: {
    stem: 'DocumentEnrichment',
    props: fields({ documentEnrichmentType: 'enum:KalturaVendorDocumentEnrichmentType' }),
  },
  [ServiceFeature.SIGN_LANGUAGE]: { stem: 'SignLanguage', props: targetLanguage },
  [ServiceFeature.SPEECH_TO_VIDEO]: { stem: 'SpeechToVideo' },
  [ServiceFeature.IMMERSIVE_AGENT_CALL]: { stem: 'ImmersiveAgentCall' },
  [ServiceFeature.IMMERSIVE_AGENT_CHAT]: { stem: 'ImmersiveAgentChat' },
  [ServiceFeature.AVATAR_VOD]: { stem: 'AvatarVod' },
};

/** @param {number} serviceFeature @returns {string} the concrete objectType of a catalog item */
export function catalogItemClassName(serviceFeature) {
  return `KalturaVendor${CATALOG_ITEM_CLASSES[serviceFeature].stem}CatalogItem`;
}

/** Filter class name → the serviceFeature it forces (every `Kaltura<Sub>CatalogItemFilter`). */
const FILTER_FEATURES = new Map(
  Object.entries(CATALOG_ITEM_CLASSES).map(([feature, { stem }]) => [
    `KalturaVendor${stem}CatalogItemFilter`,
    Number(feature),
  ]),
);

/** @param {string} filterClassName @returns {number | undefined} */
export function forcedServiceFeature(filterClassName) {
  return FILTER_FEATURES.get(filterClassName);
}

defineClass('KalturaVendorCaptionsCatalogItem', {
  parent: 'KalturaVendorCatalogItem',
  props: CATALOG_ITEM_CLASSES[ServiceFeature.CAPTIONS].props,
});
defineClass('KalturaVendorLiveCatalogItem', {
  parent: 'KalturaVendorCaptionsCatalogItem',
  props: fields({ minimalRefundTime: 'int', minimalOrderTime: 'int', durationLimit: 'int' }),
});
for (const [feature, { parent = 'KalturaVendorCatalogItem', props }] of Object.entries(CATALOG_ITEM_CLASSES)) {
  if (Number(feature) === ServiceFeature.CAPTIONS) continue;
  defineClass(catalogItemClassName(Number(feature)), { parent, props });
}

defineClass('KalturaVendorCatalogItemBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: filterFields({
    id: 'int = in notIn',
    vendorPartnerId: 'int = in',
    createdAt: 'time range',
    updatedAt: 'time range',
    status: 'enum:KalturaVendorCatalogItemStatus = in',
    serviceType: 'enum:KalturaVendorServiceType = in',
    serviceFeature: 'enum:KalturaVendorServiceFeature = in',
    turnAroundTime: 'enum:KalturaVendorServiceTurnAroundTime = in',
  }),
});
defineClass('KalturaVendorCatalogItemFilter', {
  parent: 'KalturaVendorCatalogItemBaseFilter',
  props: filterFields({ partnerId: 'int =', catalogItemId: 'int =' }),
});
const targetLanguageFilters = filterFields({ targetLanguage: 'enum:KalturaCatalogItemLanguage = in' });
/**
 * Catalog item filters with a base filter of their own (stem → its parent and properties), in definition
 * order; every other `KalturaVendor<stem>CatalogItemFilter` extends KalturaVendorCatalogItemFilter directly.
 */
const FILTERS_WITH_BASE = {
  Captions: {
    parent: 'KalturaVendorCatalogItemFilter',
    props: filterFields({
      sourceLanguage: 'enum:KalturaCatalogItemLanguage = in',
      outputFormat: 'enum:KalturaVendorCatalogItemOutputFormat = in',
    }),
  },
  Translation: { parent: 'KalturaVendorCaptionsCatalogItemFilter', props: targetLanguageFilters },
  Dubbing: { parent: 'KalturaVendorCatalogItemFilter', props: targetLanguageFilters },
};
for (const [stem, { parent, props }] of Object.entries(FILTERS_WITH_BASE)) {
  defineClass(`KalturaVendor${stem}CatalogItemBaseFilter`, { parent, abstract: true, props });
  defineClass(`KalturaVendor${stem}CatalogItemFilter`, { parent: `KalturaVendor${stem}CatalogItemBaseFilter` });
}
for (const { stem } of Object.values(CATALOG_ITEM_CLASSES)) {
  if (!(stem in FILTERS_WITH_BASE))
    defineClass(`KalturaVendor${stem}CatalogItemFilter`, { parent: 'KalturaVendorCatalogItemFilter' });
}
defineListResponse('KalturaVendorCatalogItem');
