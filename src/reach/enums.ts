// REACH and entry enums as wire values (spec §2, §6.1). Names only: the UI owns every visible word.

type ValueOf<T> = T[keyof T];

export const EntryVendorTaskStatus = {
  PENDING: 1,
  READY: 2,
  PROCESSING: 3,
  PENDING_MODERATION: 4,
  REJECTED: 5,
  ERROR: 6,
  ABORTED: 7,
  PENDING_ENTRY_READY: 8,
  SCHEDULED: 9,
} as const;
export type EntryVendorTaskStatus = ValueOf<typeof EntryVendorTaskStatus>;

export const VendorServiceType = { HUMAN: 1, MACHINE: 2 } as const;
export type VendorServiceType = ValueOf<typeof VendorServiceType>;

export const VendorServiceFeature = {
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
} as const;
export type VendorServiceFeature = ValueOf<typeof VendorServiceFeature>;

/** 1–7 are business days, 1800 and above are seconds, −1 has no promise. */
export const VendorServiceTurnAroundTime = {
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
} as const;
export type VendorServiceTurnAroundTime = ValueOf<typeof VendorServiceTurnAroundTime>;

export const VendorCatalogItemStatus = { DEPRECATED: 1, ACTIVE: 2, DELETED: 3 } as const;
export type VendorCatalogItemStatus = ValueOf<typeof VendorCatalogItemStatus>;

export const ReachProfileStatus = { DISABLED: 1, ACTIVE: 2, DELETED: 3 } as const;
export type ReachProfileStatus = ValueOf<typeof ReachProfileStatus>;

export const ReachProfileType = { FREE_TRIAL: 1, PAID: 2 } as const;
export type ReachProfileType = ValueOf<typeof ReachProfileType>;

export const EntryVendorTaskCreationMode = { MANUAL: 1, AUTOMATIC: 2 } as const;
export type EntryVendorTaskCreationMode = ValueOf<typeof EntryVendorTaskCreationMode>;

export const EntryObjectType = { ENTRY: 1, ASSET: 2, EXTERNAL_OBJECT: 3 } as const;
export type EntryObjectType = ValueOf<typeof EntryObjectType>;

export const VendorCatalogItemOutputFormat = { SRT: 1, DFXP: 2, VTT: 3 } as const;
export type VendorCatalogItemOutputFormat = ValueOf<typeof VendorCatalogItemOutputFormat>;

/** The wire values are PHP callable names, sent and received as they are. */
export const VendorCatalogItemPriceFunction = {
  PRICE_PER_SECOND: 'kReachUtils::calcPricePerSecond',
  PRICE_PER_MINUTE: 'kReachUtils::calcPricePerMinute',
  PRICE_PER_HOUR: 'kReachUtils::calcPricePerHour',
  PRICE_PER_TOKEN: 'kReachUtils::calcPricePerToken',
} as const;
export type VendorCatalogItemPriceFunction = ValueOf<typeof VendorCatalogItemPriceFunction>;

export const VendorCreditRecurrenceFrequency = {
  DAILY: 'day',
  WEEKLY: 'week',
  MONTHLY: 'month',
  YEARLY: 'year',
} as const;
export type VendorCreditRecurrenceFrequency = ValueOf<typeof VendorCreditRecurrenceFrequency>;

export const TypeOfSummaryTaskData = { CONCISE: 'concise', DETAILED: 'detailed', EXTENSIVE: 'extensive' } as const;
export type TypeOfSummaryTaskData = ValueOf<typeof TypeOfSummaryTaskData>;

export const SummaryWritingStyleTaskData = { FORMAL: 'formal', CASUAL: 'casual' } as const;
export type SummaryWritingStyleTaskData = ValueOf<typeof SummaryWritingStyleTaskData>;

/** A dynamic enum: strings on the wire even where they look like numbers. */
export const EntryStatus = {
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
} as const;
export type EntryStatus = ValueOf<typeof EntryStatus>;

export const MediaType = {
  VIDEO: 1,
  IMAGE: 2,
  AUDIO: 5,
  LIVE_STREAM_FLASH: 201,
  LIVE_STREAM_WINDOWS_MEDIA: 202,
  LIVE_STREAM_REAL_MEDIA: 203,
  LIVE_STREAM_QUICKTIME: 204,
} as const;
export type MediaType = ValueOf<typeof MediaType>;

/** A dynamic enum: plugins add values such as "room.room". */
export const EntryType = {
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
} as const;
export type EntryType = ValueOf<typeof EntryType>;

export const FlavorAssetStatus = {
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
} as const;
export type FlavorAssetStatus = ValueOf<typeof FlavorAssetStatus>;

export const CaptionAssetStatus = {
  ERROR: -1,
  QUEUED: 0,
  READY: 2,
  DELETED: 3,
  IMPORTING: 7,
  EXPORTING: 9,
} as const;
export type CaptionAssetStatus = ValueOf<typeof CaptionAssetStatus>;

/** Caption file format of a caption asset (a dynamic, string enum). */
export const CaptionType = { SRT: '1', DFXP: '2', WEBVTT: '3', CAP: '4', SCC: '5' } as const;
export type CaptionType = ValueOf<typeof CaptionType>;

export const ThumbCuePointSubType = { SLIDE: 1, CHAPTER: 2 } as const;
export type ThumbCuePointSubType = ValueOf<typeof ThumbCuePointSubType>;

export const SessionType = { USER: 0, ADMIN: 2 } as const;
export type SessionType = ValueOf<typeof SessionType>;

/** Parsed schemas turn these into `boolean | undefined`; the values matter only when sending (filters such as `isRoot`). */
export const NullableBoolean = { NULL_VALUE: -1, FALSE_VALUE: 0, TRUE_VALUE: 1 } as const;
export type NullableBoolean = ValueOf<typeof NullableBoolean>;

const FINAL_TASK_STATUSES: ReadonlySet<number> = new Set([
  EntryVendorTaskStatus.READY,
  EntryVendorTaskStatus.ERROR,
  EntryVendorTaskStatus.ABORTED,
  EntryVendorTaskStatus.REJECTED,
]);

/** True when the task will not change any more, so pollers can stop asking for it. */
export function isFinalTaskStatus(status: number): boolean {
  return FINAL_TASK_STATUSES.has(status);
}

/** How long a turnaround time promises: business days (1–7), seconds (0 and ≥ 1800), or no promise (best effort). */
export type TurnAroundSpan =
  | { readonly unit: 'bestEffort' }
  | { readonly unit: 'businessDays'; readonly amount: number }
  | { readonly unit: 'seconds'; readonly amount: number };

const LONGEST_BUSINESS_DAYS = VendorServiceTurnAroundTime.SEVEN_BUSINESS_DAYS;

export function turnAroundSpan(turnAroundTime: number): TurnAroundSpan {
  if (turnAroundTime < 0) return { unit: 'bestEffort' };
  if (turnAroundTime >= 1 && turnAroundTime <= LONGEST_BUSINESS_DAYS) {
    return { unit: 'businessDays', amount: turnAroundTime };
  }
  return { unit: 'seconds', amount: turnAroundTime };
}
