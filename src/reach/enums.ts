// REACH and entry enums (kaltura-rules §2, §6.1): the shared wire values, their types, and what they mean.
import * as wire from './wire-enums.js';

type ValueOf<T> = T[keyof T];

export const EntryVendorTaskStatus = wire.EntryVendorTaskStatus;
export type EntryVendorTaskStatus = ValueOf<typeof EntryVendorTaskStatus>;
export const VendorServiceType = wire.VendorServiceType;
export type VendorServiceType = ValueOf<typeof VendorServiceType>;
export const VendorServiceFeature = wire.VendorServiceFeature;
export type VendorServiceFeature = ValueOf<typeof VendorServiceFeature>;
export const VendorServiceTurnAroundTime = wire.VendorServiceTurnAroundTime;
export type VendorServiceTurnAroundTime = ValueOf<typeof VendorServiceTurnAroundTime>;
export const VendorCatalogItemStatus = wire.VendorCatalogItemStatus;
export type VendorCatalogItemStatus = ValueOf<typeof VendorCatalogItemStatus>;
export const ReachProfileStatus = wire.ReachProfileStatus;
export type ReachProfileStatus = ValueOf<typeof ReachProfileStatus>;
export const ReachProfileType = wire.ReachProfileType;
export type ReachProfileType = ValueOf<typeof ReachProfileType>;
export const EntryVendorTaskCreationMode = wire.EntryVendorTaskCreationMode;
export type EntryVendorTaskCreationMode = ValueOf<typeof EntryVendorTaskCreationMode>;
export const EntryObjectType = wire.EntryObjectType;
export type EntryObjectType = ValueOf<typeof EntryObjectType>;
export const VendorCatalogItemOutputFormat = wire.VendorCatalogItemOutputFormat;
export type VendorCatalogItemOutputFormat = ValueOf<typeof VendorCatalogItemOutputFormat>;
export const VendorCatalogItemPriceFunction = wire.VendorCatalogItemPriceFunction;
export type VendorCatalogItemPriceFunction = ValueOf<typeof VendorCatalogItemPriceFunction>;
export const VendorCreditRecurrenceFrequency = wire.VendorCreditRecurrenceFrequency;
export type VendorCreditRecurrenceFrequency = ValueOf<typeof VendorCreditRecurrenceFrequency>;
export const TypeOfSummaryTaskData = wire.TypeOfSummaryTaskData;
export type TypeOfSummaryTaskData = ValueOf<typeof TypeOfSummaryTaskData>;
export const SummaryWritingStyleTaskData = wire.SummaryWritingStyleTaskData;
export type SummaryWritingStyleTaskData = ValueOf<typeof SummaryWritingStyleTaskData>;
export const MetadataEnrichmentApplyMode = wire.MetadataEnrichmentApplyMode;
export type MetadataEnrichmentApplyMode = ValueOf<typeof MetadataEnrichmentApplyMode>;
export const RuleActionType = wire.RuleActionType;
export type RuleActionType = ValueOf<typeof RuleActionType>;
export const ConditionType = wire.ConditionType;
export type ConditionType = ValueOf<typeof ConditionType>;
export const SearchConditionComparison = wire.SearchConditionComparison;
export type SearchConditionComparison = ValueOf<typeof SearchConditionComparison>;
export const CategoryUserPermissionLevel = wire.CategoryUserPermissionLevel;
export type CategoryUserPermissionLevel = ValueOf<typeof CategoryUserPermissionLevel>;
export const EventNotificationTemplateStatus = wire.EventNotificationTemplateStatus;
export type EventNotificationTemplateStatus = ValueOf<typeof EventNotificationTemplateStatus>;
export const EventNotificationTemplateType = wire.EventNotificationTemplateType;
export type EventNotificationTemplateType = ValueOf<typeof EventNotificationTemplateType>;
export const EventNotificationEventType = wire.EventNotificationEventType;
export type EventNotificationEventType = ValueOf<typeof EventNotificationEventType>;
export const EventNotificationEventObjectType = wire.EventNotificationEventObjectType;
export type EventNotificationEventObjectType = ValueOf<typeof EventNotificationEventObjectType>;
export const EntryStatus = wire.EntryStatus;
export type EntryStatus = ValueOf<typeof EntryStatus>;
export const MediaType = wire.MediaType;
export type MediaType = ValueOf<typeof MediaType>;
export const EntryType = wire.EntryType;
export type EntryType = ValueOf<typeof EntryType>;
export const FlavorAssetStatus = wire.FlavorAssetStatus;
export type FlavorAssetStatus = ValueOf<typeof FlavorAssetStatus>;
export const CaptionAssetStatus = wire.CaptionAssetStatus;
export type CaptionAssetStatus = ValueOf<typeof CaptionAssetStatus>;
export const CaptionType = wire.CaptionType;
export type CaptionType = ValueOf<typeof CaptionType>;
export const ThumbCuePointSubType = wire.ThumbCuePointSubType;
export type ThumbCuePointSubType = ValueOf<typeof ThumbCuePointSubType>;
export const SessionType = wire.SessionType;
export type SessionType = ValueOf<typeof SessionType>;
export const NullableBoolean = wire.NullableBoolean;
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
