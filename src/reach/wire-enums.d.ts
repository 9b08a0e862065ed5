export namespace EntryVendorTaskStatus {
    let PENDING: 1;
    let READY: 2;
    let PROCESSING: 3;
    let PENDING_MODERATION: 4;
    let REJECTED: 5;
    let ERROR: 6;
    let ABORTED: 7;
    let PENDING_ENTRY_READY: 8;
    let SCHEDULED: 9;
}
export namespace VendorServiceType {
    let HUMAN: 1;
    let MACHINE: 2;
}
export namespace VendorServiceFeature {
    let CAPTIONS: 1;
    let TRANSLATION: 2;
    let ALIGNMENT: 3;
    let AUDIO_DESCRIPTION: 4;
    let CHAPTERING: 5;
    let INTELLIGENT_TAGGING: 6;
    let DUBBING: 7;
    let LIVE_CAPTION: 8;
    let EXTENDED_AUDIO_DESCRIPTION: 9;
    let CLIPS: 10;
    let LIVE_TRANSLATION: 11;
    let QUIZ: 12;
    let SUMMARY: 13;
    let VIDEO_ANALYSIS: 14;
    let MODERATION: 15;
    let METADATA_ENRICHMENT: 16;
    let SENTIMENT_ANALYSIS: 17;
    let DOCUMENT_ENRICHMENT: 18;
    let SIGN_LANGUAGE: 19;
    let SPEECH_TO_VIDEO: 20;
    let IMMERSIVE_AGENT_CALL: 21;
    let IMMERSIVE_AGENT_CHAT: 22;
    let AVATAR_VOD: 23;
}
export namespace VendorServiceTurnAroundTime {
    let BEST_EFFORT: -1;
    let IMMEDIATE: 0;
    let ONE_BUSINESS_DAY: 1;
    let TWO_BUSINESS_DAYS: 2;
    let THREE_BUSINESS_DAYS: 3;
    let FOUR_BUSINESS_DAYS: 4;
    let FIVE_BUSINESS_DAYS: 5;
    let SIX_BUSINESS_DAYS: 6;
    let SEVEN_BUSINESS_DAYS: 7;
    let THIRTY_MINUTES: 1800;
    let TWO_HOURS: 7200;
    let THREE_HOURS: 10800;
    let SIX_HOURS: 21600;
    let EIGHT_HOURS: 28800;
    let TWELVE_HOURS: 43200;
    let TWENTY_FOUR_HOURS: 86400;
    let FORTY_EIGHT_HOURS: 172800;
    let FOUR_DAYS: 345600;
    let FIVE_DAYS: 432000;
    let TEN_DAYS: 864000;
}
export namespace VendorCatalogItemStatus {
    let DEPRECATED: 1;
    let ACTIVE: 2;
    let DELETED: 3;
}
export namespace ReachProfileStatus {
    export let DISABLED: 1;
    let ACTIVE_1: 2;
    export { ACTIVE_1 as ACTIVE };
    let DELETED_1: 3;
    export { DELETED_1 as DELETED };
}
export namespace ReachProfileType {
    let FREE_TRIAL: 1;
    let PAID: 2;
}
export namespace EntryVendorTaskCreationMode {
    let MANUAL: 1;
    let AUTOMATIC: 2;
}
export namespace EntryObjectType {
    let ENTRY: 1;
    let ASSET: 2;
    let EXTERNAL_OBJECT: 3;
}
export namespace VendorCatalogItemOutputFormat {
    let SRT: 1;
    let DFXP: 2;
    let VTT: 3;
}
export namespace VendorCatalogItemPriceFunction {
    let PRICE_PER_SECOND: "kReachUtils::calcPricePerSecond";
    let PRICE_PER_MINUTE: "kReachUtils::calcPricePerMinute";
    let PRICE_PER_HOUR: "kReachUtils::calcPricePerHour";
    let PRICE_PER_TOKEN: "kReachUtils::calcPricePerToken";
}
export namespace VendorCreditRecurrenceFrequency {
    let DAILY: "day";
    let WEEKLY: "week";
    let MONTHLY: "month";
    let YEARLY: "year";
}
export namespace TypeOfSummaryTaskData {
    let CONCISE: "concise";
    let DETAILED: "detailed";
    let EXTENSIVE: "extensive";
}
export namespace SummaryWritingStyleTaskData {
    let FORMAL: "formal";
    let CASUAL: "casual";
}
export namespace EntryStatus {
    export let ERROR_IMPORTING: "-2";
    export let ERROR_CONVERTING: "-1";
    export let IMPORT: "0";
    export let PRECONVERT: "1";
    let READY_1: "2";
    export { READY_1 as READY };
    let DELETED_2: "3";
    export { DELETED_2 as DELETED };
    let PENDING_1: "4";
    export { PENDING_1 as PENDING };
    export let MODERATE: "5";
    export let BLOCKED: "6";
    export let NO_CONTENT: "7";
    export let INFECTED: "virusScan.Infected";
    export let SCAN_FAILURE: "virusScan.ScanFailure";
}
export namespace MediaType {
    let VIDEO: 1;
    let IMAGE: 2;
    let AUDIO: 5;
    let LIVE_STREAM_FLASH: 201;
    let LIVE_STREAM_WINDOWS_MEDIA: 202;
    let LIVE_STREAM_REAL_MEDIA: 203;
    let LIVE_STREAM_QUICKTIME: 204;
}
export namespace EntryType {
    let AUTOMATIC_1: "-1";
    export { AUTOMATIC_1 as AUTOMATIC };
    export let MEDIA_CLIP: "1";
    export let MIX: "2";
    export let PLAYLIST: "5";
    export let DATA: "6";
    export let LIVE_STREAM: "7";
    export let LIVE_CHANNEL: "8";
    export let DOCUMENT: "10";
    export let CONFERENCE_ENTRY_SERVER: "conference.CONFERENCE_ENTRY_SERVER";
    export let EXTERNAL_MEDIA: "externalMedia.externalMedia";
    export let ROOM: "room.room";
    export let SIP_ENTRY_SERVER: "sip.SIP_ENTRY_SERVER";
}
export namespace FlavorAssetStatus {
    let ERROR_1: -1;
    export { ERROR_1 as ERROR };
    export let QUEUED: 0;
    export let CONVERTING: 1;
    let READY_2: 2;
    export { READY_2 as READY };
    let DELETED_3: 3;
    export { DELETED_3 as DELETED };
    export let NOT_APPLICABLE: 4;
    export let TEMP: 5;
    export let WAIT_FOR_CONVERT: 6;
    export let IMPORTING: 7;
    export let VALIDATING: 8;
    export let EXPORTING: 9;
}
export namespace CaptionAssetStatus {
    let ERROR_2: -1;
    export { ERROR_2 as ERROR };
    let QUEUED_1: 0;
    export { QUEUED_1 as QUEUED };
    let READY_3: 2;
    export { READY_3 as READY };
    let DELETED_4: 3;
    export { DELETED_4 as DELETED };
    let IMPORTING_1: 7;
    export { IMPORTING_1 as IMPORTING };
    let EXPORTING_1: 9;
    export { EXPORTING_1 as EXPORTING };
}
export namespace CaptionType {
    let SRT_1: "1";
    export { SRT_1 as SRT };
    let DFXP_1: "2";
    export { DFXP_1 as DFXP };
    export let WEBVTT: "3";
    export let CAP: "4";
    export let SCC: "5";
}
export namespace ThumbCuePointSubType {
    let SLIDE: 1;
    let CHAPTER: 2;
}
export namespace SessionType {
    let USER: 0;
    let ADMIN: 2;
}
export namespace NullableBoolean {
    let NULL_VALUE: -1;
    let FALSE_VALUE: 0;
    let TRUE_VALUE: 1;
}
