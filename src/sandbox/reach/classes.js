// @ts-check
/** REACH classes (spec §1, Appendix A): tasks and task data, profiles and credit, rules, catalog items, filters. */
import { defineClass } from '../registry.js';
import { ServiceFeature } from './enums.js';

const RO = { ro: true };
const IO = { io: true };
/** Vendor-only fields: a partner KS lacks the permission, so values sent by partners are dropped silently. */
const VENDOR_WRITABLE = { perm: 'insert,update' };

/* ---------- Entry vendor task ---------- */

defineClass('KalturaEntryVendorTask', {
  props: {
    id: { type: 'bigint', ...RO },
    partnerId: { type: 'int', ...RO },
    vendorPartnerId: { type: 'int', ...RO },
    createdAt: { type: 'time', ...RO },
    updatedAt: { type: 'time', ...RO },
    queueTime: { type: 'time', ...RO },
    finishTime: { type: 'time', ...RO },
    entryId: { type: 'string', ...IO },
    status: { type: 'enum:KalturaEntryVendorTaskStatus', ...VENDOR_WRITABLE },
    reachProfileId: { type: 'int', ...IO },
    catalogItemId: { type: 'int', ...IO },
    price: { type: 'float', ...RO },
    userId: { type: 'string', ...RO },
    entryObjectType: { type: 'enum:KalturaEntryObjectType', ...IO },
    unitsUsed: { type: 'int' },
    moderatingUser: { type: 'string', ...RO },
    errDescription: { type: 'string', ...VENDOR_WRITABLE },
    accessKey: { type: 'string', ...RO },
    version: { type: 'string', ...RO },
    notes: { type: 'string' },
    dictionary: { type: 'string', ...RO },
    context: { type: 'string' },
    accuracy: { type: 'int', ...VENDOR_WRITABLE },
    outputObjectId: { type: 'string', ...VENDOR_WRITABLE },
    partnerData: { type: 'string' },
    creationMode: { type: 'enum:KalturaEntryVendorTaskCreationMode', ...RO },
    taskJobData: { type: 'object:KalturaVendorTaskData' },
    expectedFinishTime: { type: 'time', ...RO },
    serviceType: { type: 'enum:KalturaVendorServiceType', ...RO },
    serviceFeature: { type: 'enum:KalturaVendorServiceFeature', ...RO },
    turnAroundTime: { type: 'enum:KalturaVendorServiceTurnAroundTime', ...RO },
    externalTaskId: { type: 'string', ...VENDOR_WRITABLE },
    externalObjectId: { type: 'string', ...IO },
  },
});

defineClass('KalturaVendorTaskData', { abstract: true, props: { entryDuration: { type: 'int', ...RO } } });
defineClass('KalturaVendorTaskDataCaptionAsset', {
  parent: 'KalturaVendorTaskData',
  abstract: true,
  props: { captionAssetId: { type: 'string', ...IO } },
});
defineClass('KalturaTranslationVendorTaskData', { parent: 'KalturaVendorTaskDataCaptionAsset' });
defineClass('KalturaAlignmentVendorTaskData', {
  parent: 'KalturaVendorTaskDataCaptionAsset',
  props: { textTranscriptAssetId: { type: 'string' }, jsonTranscriptAssetId: { type: 'string', ...IO } },
});
defineClass('KalturaLocalizedVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  // KalturaLanguage values are English language names; kept as free text here.
  props: { outputLanguage: { type: 'string' }, outputJson: { type: 'string' } },
});
defineClass('KalturaClipsVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: {
    clipsDuration: { type: 'int', ...IO },
    eventSessionContextId: { type: 'string', ...IO },
    instruction: { type: 'string', ...IO },
    clipsOutputJson: { type: 'string' },
  },
});
defineClass('KalturaSummaryVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: {
    typeOfSummary: { type: 'enum:KalturaTypeOfSummaryTaskData' },
    writingStyle: { type: 'enum:KalturaSummaryWritingStyleTaskData' },
    summaryOutputJson: { type: 'string' },
    instruction: { type: 'string', ...IO },
  },
});
defineClass('KalturaQuizVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: {
    numberOfQuestions: { type: 'int' },
    questionsType: { type: 'string' },
    context: { type: 'string' },
    formalStyle: { type: 'string' },
    createQuiz: { type: 'bool' },
    quizOutput: { type: 'string' },
    instruction: { type: 'string', ...IO },
  },
});
defineClass('KalturaMetadataEnrichmentVendorTaskData', {
  parent: 'KalturaLocalizedVendorTaskData',
  props: {
    detailLevel: { type: 'string', ...IO },
    instruction: { type: 'string', ...IO },
    shouldApply: { type: 'bool' },
    applyMode: { type: 'enum:KalturaMetadataEnrichmentApplyMode' },
    overrideFields: { type: 'array:KalturaString' },
  },
});
defineClass('KalturaScheduledVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: { startDate: { type: 'time', ...IO }, endDate: { type: 'time', ...IO }, scheduledEventId: { type: 'int', ...IO } },
});
defineClass('KalturaIntelligentTaggingVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: { assetId: { type: 'string', ...IO } },
});
defineClass('KalturaModerationVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: {
    ruleIds: { type: 'string' },
    policyIds: { type: 'string' },
    categoryIds: { type: 'string' },
    moderationOutputJson: { type: 'string' },
  },
});
defineClass('KalturaSentimentAnalysisVendorTaskData', { parent: 'KalturaVendorTaskData', props: { language: { type: 'string' } } });
defineClass('KalturaSpeechToVideoVendorTaskData', {
  parent: 'KalturaVendorTaskData',
  props: { avatarId: { type: 'string' }, conversionProfileId: { type: 'int' } },
});
defineClass('KalturaImmersiveAgentCallVendorTaskData', { parent: 'KalturaVendorTaskData', props: { callId: { type: 'string' } } });
defineClass('KalturaImmersiveAgentChatVendorTaskData', { parent: 'KalturaVendorTaskData' });
defineClass('KalturaString', { props: { value: { type: 'string' } } });

defineClass('KalturaEntryVendorTaskBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: {
    idEqual: { type: 'bigint' },
    idIn: { type: 'string' },
    idNotIn: { type: 'string' },
    vendorPartnerIdEqual: { type: 'int' },
    vendorPartnerIdIn: { type: 'string' },
    createdAtGreaterThanOrEqual: { type: 'time' },
    createdAtLessThanOrEqual: { type: 'time' },
    updatedAtGreaterThanOrEqual: { type: 'time' },
    updatedAtLessThanOrEqual: { type: 'time' },
    queueTimeGreaterThanOrEqual: { type: 'time' },
    queueTimeLessThanOrEqual: { type: 'time' },
    finishTimeGreaterThanOrEqual: { type: 'time' },
    finishTimeLessThanOrEqual: { type: 'time' },
    entryIdEqual: { type: 'string' },
    statusEqual: { type: 'enum:KalturaEntryVendorTaskStatus' },
    statusIn: { type: 'string' },
    reachProfileIdEqual: { type: 'int' },
    reachProfileIdIn: { type: 'string' },
    catalogItemIdEqual: { type: 'int' },
    catalogItemIdIn: { type: 'string' },
    userIdEqual: { type: 'string' },
    contextEqual: { type: 'string' },
    expectedFinishTimeGreaterThanOrEqual: { type: 'time' },
    expectedFinishTimeLessThanOrEqual: { type: 'time' },
    entryObjectTypeEqual: { type: 'enum:KalturaEntryObjectType' },
    entryObjectTypeIn: { type: 'string' },
    entryObjectTypeNotIn: { type: 'string' },
  },
});
defineClass('KalturaEntryVendorTaskFilter', { parent: 'KalturaEntryVendorTaskBaseFilter', props: { freeText: { type: 'string' } } });
defineClass('KalturaEntryVendorTaskListResponse', {
  parent: 'KalturaListResponse',
  props: { objects: { type: 'array:KalturaEntryVendorTask', ...RO } },
});

/* ---------- REACH profile, credit, dictionaries, rules ---------- */

defineClass('KalturaReachProfile', {
  props: {
    id: { type: 'int', ...RO },
    name: { type: 'string' },
    partnerId: { type: 'int', ...RO },
    createdAt: { type: 'time', ...RO },
    updatedAt: { type: 'time', ...RO },
    status: { type: 'enum:KalturaReachProfileStatus', ...RO },
    profileType: { type: 'enum:KalturaReachProfileType' },
    defaultOutputFormat: { type: 'enum:KalturaVendorCatalogItemOutputFormat' },
    enableMachineModeration: { type: 'enum:KalturaNullableBoolean' },
    enableHumanModeration: { type: 'enum:KalturaNullableBoolean' },
    autoDisplayMachineCaptionsOnPlayer: { type: 'enum:KalturaNullableBoolean' },
    autoDisplayHumanCaptionsOnPlayer: { type: 'enum:KalturaNullableBoolean' },
    enableMetadataExtraction: { type: 'enum:KalturaNullableBoolean' },
    enableSpeakerChangeIndication: { type: 'enum:KalturaNullableBoolean' },
    enableAudioTags: { type: 'enum:KalturaNullableBoolean' },
    enableProfanityRemoval: { type: 'enum:KalturaNullableBoolean' },
    maxCharactersPerCaptionLine: { type: 'int' },
    labelAdditionForMachineServiceType: { type: 'string' },
    labelAdditionForHumanServiceType: { type: 'string' },
    contentDeletionPolicy: { type: 'enum:KalturaReachProfileContentDeletionPolicy' },
    rules: { type: 'array:KalturaRule' },
    credit: { type: 'object:KalturaBaseVendorCredit', perm: 'update' },
    usedCredit: { type: 'float', perm: 'update' },
    dictionaries: { type: 'array:KalturaDictionary' },
    flavorParamsIds: { type: 'string' },
    vendorTaskProcessingRegion: { type: 'enum:KalturaVendorTaskProcessingRegion' },
  },
});
defineClass('KalturaBaseVendorCredit', { abstract: true });
defineClass('KalturaVendorCredit', {
  parent: 'KalturaBaseVendorCredit',
  props: { credit: { type: 'int' }, fromDate: { type: 'time' }, overageCredit: { type: 'int' }, addOn: { type: 'int' } },
});
defineClass('KalturaTimeRangeVendorCredit', { parent: 'KalturaVendorCredit', props: { toDate: { type: 'time' } } });
defineClass('KalturaReoccurringVendorCredit', {
  parent: 'KalturaTimeRangeVendorCredit',
  props: { frequency: { type: 'enum:KalturaVendorCreditRecurrenceFrequency' } },
});
defineClass('KalturaUnlimitedVendorCredit', {
  parent: 'KalturaBaseVendorCredit',
  props: { credit: { type: 'int', ...RO }, fromDate: { type: 'time' } },
});
defineClass('KalturaDictionary', {
  props: { language: { type: 'enum:KalturaCatalogItemLanguage' }, data: { type: 'string' } },
});

defineClass('KalturaRule', {
  props: {
    description: { type: 'string' },
    ruleData: { type: 'string' },
    message: { type: 'string' },
    code: { type: 'string' },
    actions: { type: 'array:KalturaRuleAction' },
    conditions: { type: 'array:KalturaCondition' },
    contexts: { type: 'array:KalturaContextTypeHolder' },
    stopProcessing: { type: 'bool' },
    forceAdminValidation: { type: 'enum:KalturaNullableBoolean' },
  },
});
defineClass('KalturaContextTypeHolder', { props: { type: { type: 'enum:KalturaContextType' } } });
defineClass('KalturaRuleAction', { abstract: true, props: { type: { type: 'enum:KalturaRuleActionType', ...RO } } });
// `type` is fixed by the concrete class, as the server's constructors do.
defineClass('KalturaAddEntryVendorTaskAction', {
  parent: 'KalturaRuleAction',
  props: { catalogItemIds: { type: 'string' }, entryObjectType: { type: 'enum:KalturaEntryObjectType' } },
  derived: { type: () => 'reach.ADD_ENTRY_VENDOR_TASK' },
});
defineClass('KalturaCondition', {
  abstract: true,
  props: { type: { type: 'enum:KalturaConditionType', ...RO }, description: { type: 'string' }, not: { type: 'bool' } },
});
defineClass('KalturaCategoryEntryCondition', {
  parent: 'KalturaCondition',
  props: {
    categoryId: { type: 'int' },
    categoryIds: { type: 'string' },
    categoryUserPermission: { type: 'enum:KalturaCategoryUserPermissionLevel' },
    comparison: { type: 'enum:KalturaSearchConditionComparison' },
  },
  derived: { type: () => 'reach.CategoryEntry' },
});
defineClass('KalturaBooleanEventNotificationCondition', {
  parent: 'KalturaCondition',
  props: { booleanEventNotificationIds: { type: 'string' } },
  derived: { type: () => 'eventNotification.BooleanField' },
});

defineClass('KalturaReachProfileBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: {
    idEqual: { type: 'int' },
    idIn: { type: 'string' },
    createdAtGreaterThanOrEqual: { type: 'time' },
    createdAtLessThanOrEqual: { type: 'time' },
    updatedAtGreaterThanOrEqual: { type: 'time' },
    updatedAtLessThanOrEqual: { type: 'time' },
    statusEqual: { type: 'enum:KalturaReachProfileStatus' },
    statusIn: { type: 'string' },
    profileTypeEqual: { type: 'enum:KalturaReachProfileType' },
    profileTypeIn: { type: 'string' },
  },
});
defineClass('KalturaReachProfileFilter', { parent: 'KalturaReachProfileBaseFilter' });
defineClass('KalturaReachProfileListResponse', {
  parent: 'KalturaListResponse',
  props: { objects: { type: 'array:KalturaReachProfile', ...RO } },
});

/* ---------- Vendor catalog items ---------- */

defineClass('KalturaVendorCatalogItemPricing', {
  props: { pricePerUnit: { type: 'float' }, priceFunction: { type: 'enum:KalturaVendorCatalogItemPriceFunction' } },
});
defineClass('KalturaVendorCatalogItem', {
  abstract: true,
  props: {
    id: { type: 'int', ...RO },
    vendorPartnerId: { type: 'int' },
    name: { type: 'string' },
    systemName: { type: 'string' },
    createdAt: { type: 'time', ...RO },
    updatedAt: { type: 'time', ...RO },
    status: { type: 'enum:KalturaVendorCatalogItemStatus', ...RO },
    serviceType: { type: 'enum:KalturaVendorServiceType' },
    serviceFeature: { type: 'enum:KalturaVendorServiceFeature', ...RO },
    turnAroundTime: { type: 'enum:KalturaVendorServiceTurnAroundTime' },
    pricing: { type: 'object:KalturaVendorCatalogItemPricing', perm: 'read' },
    engineType: { type: 'enum:KalturaReachVendorEngineType' },
    sourceLanguage: { type: 'enum:KalturaCatalogItemLanguage' },
    allowResubmission: { type: 'bool' },
    payPerUse: { type: 'bool' },
    vendorData: { type: 'string' },
    stage: { type: 'enum:KalturaVendorCatalogItemStage' },
    lastBulkUpdateId: { type: 'int' },
    contract: { type: 'string' },
    createdBy: { type: 'string' },
    notes: { type: 'string' },
    partnerId: { type: 'int' },
    defaultReachProfileId: { type: 'int' },
    adminTagsToExclude: { type: 'string' },
  },
});

const outputFormat = { outputFormat: { type: 'enum:KalturaVendorCatalogItemOutputFormat' } };
const targetLanguage = { targetLanguage: { type: 'enum:KalturaCatalogItemLanguage' } };
const audioFlavors = { flavorParamsId: { type: 'int' }, clearAudioFlavorParamsId: { type: 'int' } };

/**
 * serviceFeature → class-name stem (`KalturaVendor<stem>CatalogItem`, `ReachPlugin::getCatalogItemName`),
 * its parent class and its own properties.
 * @type {Record<number, { stem: string, parent?: string, props?: Record<string, import('../registry.js').PropDef> }>}
 */
const CATALOG_ITEM_CLASSES = {
  [ServiceFeature.CAPTIONS]: {
    stem: 'Captions',
    props: { ...outputFormat, enableSpeakerId: { type: 'enum:KalturaNullableBoolean' }, fixedPriceAddons: { type: 'int' } },
  },
  [ServiceFeature.TRANSLATION]: {
    stem: 'Translation',
    parent: 'KalturaVendorCaptionsCatalogItem',
    props: { ...targetLanguage, requireSource: { type: 'bool' } },
  },
  [ServiceFeature.ALIGNMENT]: { stem: 'Alignment', props: outputFormat },
  [ServiceFeature.AUDIO_DESCRIPTION]: { stem: 'AudioDescription', props: audioFlavors },
  [ServiceFeature.CHAPTERING]: { stem: 'Chaptering' },
  [ServiceFeature.INTELLIGENT_TAGGING]: { stem: 'IntelligentTagging' },
  [ServiceFeature.DUBBING]: { stem: 'Dubbing', props: { ...audioFlavors, ...targetLanguage } },
  [ServiceFeature.LIVE_CAPTION]: {
    stem: 'LiveCaption',
    parent: 'KalturaVendorLiveCatalogItem',
    props: { startTimeBuffer: { type: 'int', ...IO }, endTimeBuffer: { type: 'int', ...IO } },
  },
  [ServiceFeature.EXTENDED_AUDIO_DESCRIPTION]: { stem: 'ExtendedAudioDescription', props: { ...audioFlavors, ...outputFormat } },
  [ServiceFeature.CLIPS]: { stem: 'Clips' },
  [ServiceFeature.LIVE_TRANSLATION]: { stem: 'LiveTranslation', parent: 'KalturaVendorLiveCatalogItem', props: targetLanguage },
  [ServiceFeature.QUIZ]: { stem: 'Quiz' },
  [ServiceFeature.SUMMARY]: { stem: 'Summary' },
  [ServiceFeature.VIDEO_ANALYSIS]: {
    stem: 'VideoAnalysis',
    props: { videoAnalysisType: { type: 'enum:KalturaVendorVideoAnalysisType' }, maxVideoDuration: { type: 'int' } },
  },
  [ServiceFeature.MODERATION]: { stem: 'Moderation' },
  [ServiceFeature.METADATA_ENRICHMENT]: { stem: 'MetadataEnrichment' },
  [ServiceFeature.SENTIMENT_ANALYSIS]: { stem: 'SentimentAnalysis' },
  [ServiceFeature.DOCUMENT_ENRICHMENT]: {
    stem: 'DocumentEnrichment',
    props: { documentEnrichmentType: { type: 'enum:KalturaVendorDocumentEnrichmentType' } },
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
  Object.entries(CATALOG_ITEM_CLASSES).map(([feature, { stem }]) => [`KalturaVendor${stem}CatalogItemFilter`, Number(feature)]),
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
  props: { minimalRefundTime: { type: 'int' }, minimalOrderTime: { type: 'int' }, durationLimit: { type: 'int' } },
});
for (const [feature, { parent = 'KalturaVendorCatalogItem', props }] of Object.entries(CATALOG_ITEM_CLASSES)) {
  if (Number(feature) === ServiceFeature.CAPTIONS) continue;
  defineClass(catalogItemClassName(Number(feature)), { parent, props });
}

defineClass('KalturaVendorCatalogItemBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: {
    idEqual: { type: 'int' },
    idIn: { type: 'string' },
    idNotIn: { type: 'string' },
    vendorPartnerIdEqual: { type: 'int' },
    vendorPartnerIdIn: { type: 'string' },
    createdAtGreaterThanOrEqual: { type: 'time' },
    createdAtLessThanOrEqual: { type: 'time' },
    updatedAtGreaterThanOrEqual: { type: 'time' },
    updatedAtLessThanOrEqual: { type: 'time' },
    statusEqual: { type: 'enum:KalturaVendorCatalogItemStatus' },
    statusIn: { type: 'string' },
    serviceTypeEqual: { type: 'enum:KalturaVendorServiceType' },
    serviceTypeIn: { type: 'string' },
    serviceFeatureEqual: { type: 'enum:KalturaVendorServiceFeature' },
    serviceFeatureIn: { type: 'string' },
    turnAroundTimeEqual: { type: 'enum:KalturaVendorServiceTurnAroundTime' },
    turnAroundTimeIn: { type: 'string' },
  },
});
defineClass('KalturaVendorCatalogItemFilter', {
  parent: 'KalturaVendorCatalogItemBaseFilter',
  props: { partnerIdEqual: { type: 'int' }, catalogItemIdEqual: { type: 'int' } },
});
const languageFilters = {
  targetLanguageEqual: { type: 'enum:KalturaCatalogItemLanguage' },
  targetLanguageIn: { type: 'string' },
};
defineClass('KalturaVendorCaptionsCatalogItemBaseFilter', {
  parent: 'KalturaVendorCatalogItemFilter',
  abstract: true,
  props: {
    sourceLanguageEqual: { type: 'enum:KalturaCatalogItemLanguage' },
    sourceLanguageIn: { type: 'string' },
    outputFormatEqual: { type: 'enum:KalturaVendorCatalogItemOutputFormat' },
    outputFormatIn: { type: 'string' },
  },
});
defineClass('KalturaVendorCaptionsCatalogItemFilter', { parent: 'KalturaVendorCaptionsCatalogItemBaseFilter' });
defineClass('KalturaVendorTranslationCatalogItemBaseFilter', {
  parent: 'KalturaVendorCaptionsCatalogItemFilter',
  abstract: true,
  props: languageFilters,
});
defineClass('KalturaVendorTranslationCatalogItemFilter', { parent: 'KalturaVendorTranslationCatalogItemBaseFilter' });
defineClass('KalturaVendorDubbingCatalogItemBaseFilter', {
  parent: 'KalturaVendorCatalogItemFilter',
  abstract: true,
  props: languageFilters,
});
defineClass('KalturaVendorDubbingCatalogItemFilter', { parent: 'KalturaVendorDubbingCatalogItemBaseFilter' });
for (const filterClassName of FILTER_FEATURES.keys()) {
  const hasOwnBaseFilter = ['Captions', 'Translation', 'Dubbing'].some((stem) => filterClassName === `KalturaVendor${stem}CatalogItemFilter`);
  if (!hasOwnBaseFilter) defineClass(filterClassName, { parent: 'KalturaVendorCatalogItemFilter' });
}
defineClass('KalturaVendorCatalogItemListResponse', {
  parent: 'KalturaListResponse',
  props: { objects: { type: 'array:KalturaVendorCatalogItem', ...RO } },
});
