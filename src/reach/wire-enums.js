// @ts-check
// Wire values of the Kaltura enums both the elements and the sandbox use (kaltura-rules §2, §6.1): one table
// for the client that reads them and the server that writes them. Plain JS so the sandbox runs it
// from source in Node; src/reach/enums.ts adds the types. Names only: the UI owns every visible word.

export const EntryVendorTaskStatus = /** @type {const} */ ({
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

export const VendorServiceType = /** @type {const} */ ({ HUMAN: 1, MACHINE: 2 });

export const VendorServiceFeature = /** @type {const} */ ({
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

/** 1–7 are business days, 1800 and above are seconds, −1 has no promise. */
export const VendorServiceTurnAroundTime = /** @type {const} */ ({
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

export const VendorCatalogItemStatus = /** @type {const} */ ({ DEPRECATED: 1, ACTIVE: 2, DELETED: 3 });

export const ReachProfileStatus = /** @type {const} */ ({ DISABLED: 1, ACTIVE: 2, DELETED: 3 });

export const ReachProfileType = /** @type {const} */ ({ FREE_TRIAL: 1, PAID: 2 });

export const EntryVendorTaskCreationMode = /** @type {const} */ ({ MANUAL: 1, AUTOMATIC: 2 });

export const EntryObjectType = /** @type {const} */ ({ ENTRY: 1, ASSET: 2, EXTERNAL_OBJECT: 3 });

export const VendorCatalogItemOutputFormat = /** @type {const} */ ({ SRT: 1, DFXP: 2, VTT: 3 });

/** The wire values are PHP callable names, sent and received as they are. */
export const VendorCatalogItemPriceFunction = /** @type {const} */ ({
  PRICE_PER_SECOND: 'kReachUtils::calcPricePerSecond',
  PRICE_PER_MINUTE: 'kReachUtils::calcPricePerMinute',
  PRICE_PER_HOUR: 'kReachUtils::calcPricePerHour',
  PRICE_PER_TOKEN: 'kReachUtils::calcPricePerToken',
});

export const VendorCreditRecurrenceFrequency = /** @type {const} */ ({
  DAILY: 'day',
  WEEKLY: 'week',
  MONTHLY: 'month',
  YEARLY: 'year',
});

export const TypeOfSummaryTaskData = /** @type {const} */ ({
  CONCISE: 'concise',
  DETAILED: 'detailed',
  EXTENSIVE: 'extensive',
});

export const SummaryWritingStyleTaskData = /** @type {const} */ ({ FORMAL: 'formal', CASUAL: 'casual' });

export const MetadataEnrichmentApplyMode = /** @type {const} */ ({
  FILL_EMPTY: 'FILL_EMPTY',
  OVERRIDE_ALL: 'OVERRIDE_ALL',
  FILL_EMPTY_AND_OVERRIDE_LIST: 'FILL_EMPTY_AND_OVERRIDE_LIST',
});

/** A dynamic enum: strings on the wire even where they look like numbers. */
export const EntryStatus = /** @type {const} */ ({
  ERROR_IMPORTING: '-2',
  ERROR_CONVERTING: '-1',
  IMPORT: '0',
  PRECONVERT: '1',
  READY: '2',
  DELETED: '3',
  PENDING: '4',
  MODERATE: '5',
  BLOCKED: '6',
  NO_CONTENT: '7',
  INFECTED: 'virusScan.Infected',
  SCAN_FAILURE: 'virusScan.ScanFailure',
});

export const MediaType = /** @type {const} */ ({
  VIDEO: 1,
  IMAGE: 2,
  AUDIO: 5,
  LIVE_STREAM_FLASH: 201,
  LIVE_STREAM_WINDOWS_MEDIA: 202,
  LIVE_STREAM_REAL_MEDIA: 203,
  LIVE_STREAM_QUICKTIME: 204,
});

/** A dynamic enum: plugins add values such as "room.room". */
export const EntryType = /** @type {const} */ ({
  AUTOMATIC: '-1',
  MEDIA_CLIP: '1',
  MIX: '2',
  PLAYLIST: '5',
  DATA: '6',
  LIVE_STREAM: '7',
  LIVE_CHANNEL: '8',
  DOCUMENT: '10',
  CONFERENCE_ENTRY_SERVER: 'conference.CONFERENCE_ENTRY_SERVER',
  EXTERNAL_MEDIA: 'externalMedia.externalMedia',
  ROOM: 'room.room',
  SIP_ENTRY_SERVER: 'sip.SIP_ENTRY_SERVER',
});

export const FlavorAssetStatus = /** @type {const} */ ({
  ERROR: -1,
  QUEUED: 0,
  CONVERTING: 1,
  READY: 2,
  DELETED: 3,
  NOT_APPLICABLE: 4,
  TEMP: 5,
  WAIT_FOR_CONVERT: 6,
  IMPORTING: 7,
  VALIDATING: 8,
  EXPORTING: 9,
});

export const CaptionAssetStatus = /** @type {const} */ ({
  ERROR: -1,
  QUEUED: 0,
  READY: 2,
  DELETED: 3,
  IMPORTING: 7,
  EXPORTING: 9,
});

/** Caption file format of a caption asset (a dynamic, string enum). */
export const CaptionType = /** @type {const} */ ({ SRT: '1', DFXP: '2', WEBVTT: '3', CAP: '4', SCC: '5' });

export const ThumbCuePointSubType = /** @type {const} */ ({ SLIDE: 1, CHAPTER: 2 });

export const SessionType = /** @type {const} */ ({ USER: 0, ADMIN: 2 });

/** Parsed schemas turn these into `boolean | undefined`; the values matter only when sending (filters such as `isRoot`). */
export const NullableBoolean = /** @type {const} */ ({ NULL_VALUE: -1, FALSE_VALUE: 0, TRUE_VALUE: 1 });

/** What a REACH profile rule does (KalturaRuleActionType, a dynamic string enum; plugin values carry the plugin name). */
export const RuleActionType = /** @type {const} */ ({ ADD_ENTRY_VENDOR_TASK: 'reach.ADD_ENTRY_VENDOR_TASK' });

/** KalturaConditionType values the REACH rules and Boolean templates use (a dynamic string enum). */
export const ConditionType = /** @type {const} */ ({
  BOOLEAN: '17',
  EVENT_NOTIFICATION_FIELD: 'eventNotification.BooleanField',
  EVENT_CATEGORY_ENTRY: 'reach.CategoryEntry',
});

/** KalturaSearchConditionComparison (a string enum). */
export const SearchConditionComparison = /** @type {const} */ ({
  EQUAL: '1',
  GREATER_THAN: '2',
  GREATER_THAN_OR_EQUAL: '3',
  LESS_THAN: '4',
  LESS_THAN_OR_EQUAL: '5',
  NOT_EQUAL: '6',
});

export const CategoryUserPermissionLevel = /** @type {const} */ ({
  MANAGER: 0,
  MODERATOR: 1,
  CONTRIBUTOR: 2,
  MEMBER: 3,
  NONE: 4,
});

export const EventNotificationTemplateStatus = /** @type {const} */ ({ DISABLED: 1, ACTIVE: 2, DELETED: 3 });

/** KalturaEventNotificationTemplateType (a dynamic string enum, one value per notification plugin). */
export const EventNotificationTemplateType = /** @type {const} */ ({
  EMAIL: 'emailNotification.Email',
  HTTP: 'httpNotification.Http',
  BOOLEAN: 'booleanNotification.Boolean',
});

/** KalturaEventNotificationEventType (a dynamic string enum). */
export const EventNotificationEventType = /** @type {const} */ ({
  BATCH_JOB_STATUS: '1',
  OBJECT_ADDED: '2',
  OBJECT_CHANGED: '3',
  OBJECT_COPIED: '4',
  OBJECT_CREATED: '5',
  OBJECT_DATA_CHANGED: '6',
  OBJECT_DELETED: '7',
});

/** KalturaEventNotificationEventObjectType values of the objects REACH rules listen to (a dynamic string enum). */
export const EventNotificationEventObjectType = /** @type {const} */ ({
  ENTRY: '1',
  CATEGORY: '2',
  ASSET: '3',
  CATEGORYENTRY: '37',
});

/** KalturaLanguageCode (a string enum): ISO 639-1 codes, some older and ISO 639-3 ones, en_gb and en_us. */
export const KALTURA_LANGUAGE_CODES = /** @type {readonly string[]} */ (
  (
    'ab aa af sq am ar hy as ay az ba eu bn dz bh bi br bg my be km ca zh co cr hr cs da nl en en_gb en_us eo et fo fa fj fi fr fy ' +
    'gl gd gv ka de el kl gn gu ha he iw hi hu is id in ia ie ikt iu ik ga it ja jv kn ks kk rw ky rn ko ku lo la lb lv li ln lt mk ' +
    'mg ms ml mt mi mr mo mn na ne no oc oj or om ps pl pt pa qu rm ro ru sm sg sa sr sh st tn sn sd si ss sk sl so es su sw sv tl ' +
    'tg ta tt te th bo ti to ts tr tk tw ug uk ur uz vi vo cy wo xh yi ji yo zu zxx mu crg un mic tce'
  ).split(' ')
);
