// zod/mini schemas for what Kaltura actually sends (kaltura-rules §1, §5.3): PHP copies model values raw,
// so numbers may arrive as strings ("outputFormat":"3"), strings as numbers ("version":11),
// booleans as 0/1/−1, and null fields are omitted. Parsing yields clean typed objects; unknown
// fields are dropped and unknown subclasses parse through the fields they share with known ones.
import * as z from 'zod/mini';
import type { CatalogItemLanguage } from '../i18n/languages.js';
import type {
  CaptionAssetStatus,
  CaptionType,
  CategoryUserPermissionLevel,
  EntryObjectType,
  EntryStatus,
  EntryType,
  EntryVendorTaskCreationMode,
  EntryVendorTaskStatus,
  EventNotificationTemplateStatus,
  EventNotificationTemplateType,
  FlavorAssetStatus,
  MediaType,
  ReachProfileStatus,
  ReachProfileType,
  SearchConditionComparison,
  SessionType,
  SummaryWritingStyleTaskData,
  ThumbCuePointSubType,
  TypeOfSummaryTaskData,
  VendorCatalogItemOutputFormat,
  VendorCatalogItemPriceFunction,
  VendorCatalogItemStatus,
  VendorCreditRecurrenceFrequency,
  VendorServiceFeature,
  VendorServiceTurnAroundTime,
  VendorServiceType,
} from './enums.js';

// ---------------------------------------------------------------------------------------------
// Wire scalars

const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

/** A number that may arrive as numeric text (custom-data ints, bigint columns). */
export const wireNumber = z.union([z.number(), z.pipe(z.string().check(z.regex(NUMERIC_TEXT)), z.transform(Number))]);

/** A string that may arrive as a number; also how bigint ids (task ids) are kept: as text, never rounded. */
export const wireString = z.union([z.string(), z.pipe(z.number(), z.transform(String))]);

const BOOLEAN_BY_TEXT = new Map<string, boolean | undefined>([
  ['true', true],
  ['1', true],
  ['false', false],
  ['0', false],
  ['-1', undefined], // NullableBoolean.NULL_VALUE: "not set"
]);

/** bool and KalturaNullableBoolean: true/false, 1/0/−1 or their text; −1 becomes undefined. */
export const wireBoolean = z.pipe(
  z.union([z.boolean(), z.number(), z.string()]).check(z.refine((value) => BOOLEAN_BY_TEXT.has(String(value)))),
  z.transform((value) => BOOLEAN_BY_TEXT.get(String(value))),
);

// Kaltura adds enum members over time, and one new status must not fail a whole list: enum fields
// accept any value of the wire type and are typed as the enum, so look-ups need a fallback.
const intEnum = <Value extends number>() => wireNumber as z.ZodMiniType<number> as z.ZodMiniType<Value>;
const textEnum = <Value extends string>() => wireString as z.ZodMiniType<string> as z.ZodMiniType<Value>;

const optionalNumber = z.optional(wireNumber);
const optionalString = z.optional(wireString);
const optionalBoolean = z.optional(wireBoolean);
const optionalLanguage = z.optional(textEnum<CatalogItemLanguage>());

/** KalturaStringArray: `[{objectType:"KalturaString", value}]` → `string[]`. */
const stringArray = z.pipe(
  z.array(z.object({ value: wireString })),
  z.transform((items) => items.map((item) => item.value)),
);

// ---------------------------------------------------------------------------------------------
// REACH

/** taskJobData: every KalturaVendorTaskData subclass in one shape; `objectType` says which fields apply. */
export const vendorTaskDataSchema = z.object({
  objectType: optionalString,
  entryDuration: optionalNumber, // ms
  // caption-asset based (translation, alignment)
  captionAssetId: optionalString,
  textTranscriptAssetId: optionalString,
  jsonTranscriptAssetId: optionalString,
  // localized (clips, summary, quiz, metadata enrichment)
  outputLanguage: optionalString,
  outputJson: optionalString,
  instruction: optionalString,
  clipsDuration: optionalNumber, // seconds
  eventSessionContextId: optionalString,
  clipsOutputJson: optionalString,
  typeOfSummary: z.optional(textEnum<TypeOfSummaryTaskData>()),
  writingStyle: z.optional(textEnum<SummaryWritingStyleTaskData>()),
  summaryOutputJson: optionalString,
  numberOfQuestions: optionalNumber,
  questionsType: optionalString,
  context: optionalString,
  formalStyle: optionalString,
  createQuiz: optionalBoolean,
  quizOutput: optionalString,
  detailLevel: optionalString,
  shouldApply: optionalBoolean,
  applyMode: optionalString,
  overrideFields: z.optional(stringArray),
  // scheduled (live)
  startDate: optionalNumber,
  endDate: optionalNumber,
  scheduledEventId: optionalNumber,
  // others
  assetId: optionalString,
  ruleIds: optionalString,
  policyIds: optionalString,
  categoryIds: optionalString,
  moderationOutputJson: optionalString,
  language: optionalString,
  avatarId: optionalString,
  conversionProfileId: optionalNumber,
  callId: optionalString,
});

/**
 * KalturaEntryVendorTask. `accessKey` (a KS issued to the vendor) is deliberately not kept,
 * so it can never reach the task store, events or CSV exports.
 */
export const entryVendorTaskSchema = z.object({
  objectType: optionalString,
  id: wireString,
  partnerId: wireNumber,
  vendorPartnerId: optionalNumber,
  createdAt: wireNumber,
  updatedAt: optionalNumber,
  queueTime: optionalNumber,
  finishTime: optionalNumber,
  entryId: optionalString,
  status: intEnum<EntryVendorTaskStatus>(),
  reachProfileId: optionalNumber,
  catalogItemId: wireNumber,
  price: optionalNumber,
  userId: optionalString,
  entryObjectType: z.optional(intEnum<EntryObjectType>()),
  unitsUsed: optionalNumber,
  moderatingUser: optionalString,
  errDescription: optionalString,
  version: optionalNumber,
  notes: optionalString,
  dictionary: optionalString,
  context: optionalString,
  accuracy: optionalNumber,
  outputObjectId: optionalString,
  partnerData: optionalString,
  creationMode: z.optional(intEnum<EntryVendorTaskCreationMode>()),
  taskJobData: z.optional(vendorTaskDataSchema),
  expectedFinishTime: optionalNumber,
  serviceType: z.optional(intEnum<VendorServiceType>()),
  serviceFeature: z.optional(intEnum<VendorServiceFeature>()),
  turnAroundTime: z.optional(intEnum<VendorServiceTurnAroundTime>()),
  externalTaskId: optionalString,
  externalObjectId: optionalString,
});

export const vendorCatalogItemPricingSchema = z.object({
  pricePerUnit: optionalNumber,
  priceFunction: z.optional(textEnum<VendorCatalogItemPriceFunction>()),
});

/**
 * KalturaVendorCatalogItem and all its subclasses in one shape (`objectType` follows `serviceFeature`).
 * Admin-console fields (vendorData, stage, contract, …) are not kept.
 */
export const vendorCatalogItemSchema = z.object({
  objectType: optionalString,
  id: wireNumber,
  vendorPartnerId: optionalNumber,
  name: optionalString,
  systemName: optionalString,
  createdAt: optionalNumber,
  updatedAt: optionalNumber,
  status: intEnum<VendorCatalogItemStatus>(),
  serviceType: intEnum<VendorServiceType>(),
  serviceFeature: intEnum<VendorServiceFeature>(),
  turnAroundTime: intEnum<VendorServiceTurnAroundTime>(),
  pricing: z.optional(vendorCatalogItemPricingSchema), // absent without the read permission
  engineType: optionalString,
  sourceLanguage: optionalLanguage,
  allowResubmission: optionalBoolean,
  payPerUse: optionalBoolean,
  partnerId: optionalNumber,
  defaultReachProfileId: optionalNumber,
  // captions family (captions, translation, live)
  outputFormat: z.optional(intEnum<VendorCatalogItemOutputFormat>()),
  enableSpeakerId: optionalBoolean,
  fixedPriceAddons: optionalNumber,
  // translation, dubbing, live translation, sign language
  targetLanguage: optionalLanguage,
  requireSource: optionalBoolean,
  // audio description, extended audio description, dubbing
  flavorParamsId: optionalNumber,
  clearAudioFlavorParamsId: optionalNumber,
  // live
  minimalRefundTime: optionalNumber,
  minimalOrderTime: optionalNumber,
  durationLimit: optionalNumber,
  startTimeBuffer: optionalNumber,
  endTimeBuffer: optionalNumber,
  // video analysis, document enrichment
  videoAnalysisType: optionalNumber,
  maxVideoDuration: optionalNumber,
  documentEnrichmentType: optionalNumber,
});

/**
 * KalturaBaseVendorCredit and its subclasses: Vendor (credit, fromDate, overageCredit, addOn),
 * TimeRange (+ toDate), Reoccurring (+ frequency), Unlimited (credit −9999, fromDate).
 */
export const vendorCreditSchema = z.object({
  objectType: optionalString,
  credit: optionalNumber,
  fromDate: optionalNumber,
  overageCredit: optionalNumber,
  addOn: optionalNumber,
  toDate: optionalNumber,
  frequency: z.optional(textEnum<VendorCreditRecurrenceFrequency>()),
});

export const dictionarySchema = z.object({
  language: textEnum<CatalogItemLanguage>(),
  data: optionalString,
});

/**
 * A rule condition: KalturaCategoryEntryCondition (categoryId or categoryIds, optionally a minimum category
 * permission of the uploader), KalturaBooleanEventNotificationCondition (template ids, CSV), or another
 * KalturaCondition subclass, kept whole. `not` negates it.
 */
export const ruleConditionSchema = z.looseObject({
  objectType: optionalString,
  type: optionalString,
  description: optionalString,
  not: optionalBoolean,
  categoryId: optionalNumber,
  categoryIds: optionalString,
  categoryUserPermission: z.optional(intEnum<CategoryUserPermissionLevel>()),
  comparison: z.optional(textEnum<SearchConditionComparison>()),
  booleanEventNotificationIds: optionalString,
});

/** A rule action: KalturaAddEntryVendorTaskAction (catalog item ids, CSV) or another KalturaRuleAction, kept whole. */
export const ruleActionSchema = z.looseObject({
  objectType: optionalString,
  type: optionalString,
  catalogItemIds: optionalString,
  entryObjectType: z.optional(intEnum<EntryObjectType>()),
});

/** KalturaRule, kept whole (unknown fields included) so a profile update can send it back unchanged. */
export const reachProfileRuleSchema = z.looseObject({
  objectType: optionalString,
  description: optionalString,
  stopProcessing: optionalBoolean,
  actions: z.optional(z.array(ruleActionSchema)),
  conditions: z.optional(z.array(ruleConditionSchema)),
});

export const reachProfileSchema = z.object({
  objectType: optionalString,
  id: wireNumber,
  name: optionalString,
  partnerId: optionalNumber,
  createdAt: optionalNumber,
  updatedAt: optionalNumber,
  status: z.optional(intEnum<ReachProfileStatus>()),
  profileType: z.optional(intEnum<ReachProfileType>()),
  defaultOutputFormat: z.optional(intEnum<VendorCatalogItemOutputFormat>()),
  enableMachineModeration: optionalBoolean,
  enableHumanModeration: optionalBoolean,
  autoDisplayMachineCaptionsOnPlayer: optionalBoolean,
  autoDisplayHumanCaptionsOnPlayer: optionalBoolean,
  enableMetadataExtraction: optionalBoolean,
  enableSpeakerChangeIndication: optionalBoolean,
  enableAudioTags: optionalBoolean,
  enableProfanityRemoval: optionalBoolean,
  maxCharactersPerCaptionLine: optionalNumber,
  labelAdditionForMachineServiceType: optionalString,
  labelAdditionForHumanServiceType: optionalString,
  contentDeletionPolicy: optionalNumber,
  rules: z.optional(z.array(reachProfileRuleSchema)),
  credit: z.optional(vendorCreditSchema),
  usedCredit: optionalNumber,
  dictionaries: z.optional(z.array(dictionarySchema)),
  flavorParamsIds: optionalString,
  vendorTaskProcessingRegion: optionalNumber,
});

// ---------------------------------------------------------------------------------------------
// Event notification templates (the Boolean ones REACH rules name)

/** KalturaEventNotificationParameter: a template parameter the partner sets (e.g. `trigger_tags`). */
export const eventNotificationParameterSchema = z.object({
  key: wireString,
  description: optionalString,
  value: z.optional(z.object({ objectType: optionalString, value: optionalString, description: optionalString })),
});

/** KalturaEventNotificationTemplate and its subclasses (KalturaBooleanNotificationTemplate, …). */
export const eventNotificationTemplateSchema = z.object({
  objectType: optionalString,
  id: wireNumber,
  partnerId: optionalNumber,
  name: optionalString,
  systemName: optionalString,
  description: optionalString,
  type: z.optional(textEnum<EventNotificationTemplateType>()),
  status: z.optional(intEnum<EventNotificationTemplateStatus>()),
  createdAt: optionalNumber,
  updatedAt: optionalNumber,
  automaticDispatchEnabled: optionalBoolean,
  manualDispatchEnabled: optionalBoolean,
  eventType: optionalString,
  eventObjectType: optionalString,
  eventConditions: z.optional(
    z.array(z.looseObject({ objectType: optionalString, description: optionalString, not: optionalBoolean })),
  ),
  userParameters: z.optional(z.array(eventNotificationParameterSchema)),
});

// ---------------------------------------------------------------------------------------------
// Entries, assets, cue points, session

/** KalturaClipAttributes (offset and duration in ms), the only operation attributes the UI reads. */
export const clipAttributesSchema = z.object({
  objectType: optionalString,
  offset: optionalNumber,
  duration: optionalNumber,
  globalOffsetInDestination: optionalNumber,
});

/** KalturaMediaEntry, and any KalturaBaseEntry (then without mediaType): the fields the UI uses. */
export const mediaEntrySchema = z.object({
  objectType: optionalString,
  id: wireString,
  name: optionalString,
  description: optionalString,
  tags: optionalString,
  status: z.optional(textEnum<EntryStatus>()),
  mediaType: z.optional(intEnum<MediaType>()),
  type: z.optional(textEnum<EntryType>()),
  msDuration: optionalNumber,
  duration: optionalNumber, // seconds
  rootEntryId: optionalString,
  parentEntryId: optionalString,
  thumbnailUrl: optionalString,
  userId: optionalString,
  createdAt: optionalNumber,
  updatedAt: optionalNumber,
  partnerId: optionalNumber,
  categoriesIds: optionalString,
  flavorParamsIds: optionalString,
  operationAttributes: z.optional(z.array(clipAttributesSchema)),
});

export const flavorAssetSchema = z.object({
  objectType: optionalString,
  id: wireString,
  entryId: wireString,
  partnerId: optionalNumber,
  version: optionalNumber,
  size: optionalNumber, // KB
  sizeInBytes: optionalNumber,
  tags: optionalString,
  fileExt: optionalString,
  createdAt: optionalNumber,
  updatedAt: optionalNumber,
  description: optionalString,
  flavorParamsId: optionalNumber,
  width: optionalNumber,
  height: optionalNumber,
  bitrate: optionalNumber,
  frameRate: optionalNumber,
  isOriginal: optionalBoolean,
  isWeb: optionalBoolean,
  containerFormat: optionalString,
  videoCodecId: optionalString,
  status: z.optional(intEnum<FlavorAssetStatus>()),
  language: optionalString,
  label: optionalString,
  isDefault: optionalBoolean,
});

export const captionAssetSchema = z.object({
  objectType: optionalString,
  id: wireString,
  entryId: wireString,
  language: optionalString,
  languageCode: optionalString,
  label: optionalString,
  format: z.optional(textEnum<CaptionType>()),
  status: z.optional(intEnum<CaptionAssetStatus>()),
  accuracy: optionalNumber,
  isDefault: optionalBoolean,
  fileExt: optionalString,
  createdAt: optionalNumber,
  displayOnPlayer: optionalBoolean,
});

/** Any cue point; the thumb cue point fields (chapters: subType 2) are filled when present. Times in ms. */
export const cuePointSchema = z.object({
  objectType: optionalString,
  id: wireString,
  entryId: wireString,
  cuePointType: optionalString,
  startTime: optionalNumber,
  endTime: optionalNumber,
  title: optionalString,
  description: optionalString,
  subType: z.optional(intEnum<ThumbCuePointSubType>()),
  tags: optionalString,
  createdAt: optionalNumber,
});

/** The KS itself (echoed by `session.get`) is deliberately not read: the widget must not hold a parsed copy. */
export const sessionInfoSchema = z.object({
  partnerId: wireNumber,
  userId: optionalString,
  expiry: wireNumber,
  sessionType: intEnum<SessionType>(),
  privileges: optionalString,
});

// ---------------------------------------------------------------------------------------------
// Lists

/** Kaltura<X>ListResponse; a missing `objects` reads as none. */
export function listResponse<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    objects: z._default(z.array(item), () => []),
    totalCount: wireNumber,
  });
}

// ---------------------------------------------------------------------------------------------
// Parsing at the edge

/** A response did not have the expected shape. The message names the field, never its value. */
export class ResponseValidationError extends Error {
  override readonly name = 'ResponseValidationError';
  readonly code = 'RESPONSE_VALIDATION';
  /** The call that answered, e.g. "reach_entryvendortask.list". */
  readonly where: string;
  /** Path of the first bad field, e.g. "objects[2].status"; "" for the response itself. */
  readonly path: string;

  constructor(where: string, path: string, problem: string) {
    super(`Unexpected response from ${where}: ${path || 'the response'} ${problem}`);
    this.where = where;
    this.path = path;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function isPresentAt(value: unknown, path: readonly PropertyKey[]): boolean {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return false;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current !== undefined;
}

type Issue = z.core.$ZodIssue;

/** The wire types the failing schema would have taken, looking into each branch of a union. */
function expectedTypes(issue: Issue): string[] {
  if (issue.code === 'invalid_type') return [issue.expected];
  if (issue.code === 'invalid_union') return issue.errors.flatMap((branch) => branch.flatMap(expectedTypes));
  return [];
}

function describeProblem(issue: Issue, value: unknown): string {
  if (!isPresentAt(value, issue.path)) return 'is missing';
  const expected = [...new Set(expectedTypes(issue))];
  return expected.length > 0 ? `is not a valid ${expected.join(' or ')}` : `is not valid (${issue.code})`;
}

/** Parses a response body, or throws a ResponseValidationError naming `where` and the first bad field. */
export function parseResponse<T>(schema: z.ZodMiniType<T>, value: unknown, where: string): T {
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ResponseValidationError(where, formatPath(issue.path), describeProblem(issue, value));
}

// ---------------------------------------------------------------------------------------------
// Types

export type VendorTaskData = z.output<typeof vendorTaskDataSchema>;
export type EntryVendorTask = z.output<typeof entryVendorTaskSchema>;
export type VendorCatalogItemPricing = z.output<typeof vendorCatalogItemPricingSchema>;
export type VendorCatalogItem = z.output<typeof vendorCatalogItemSchema>;
export type VendorCredit = z.output<typeof vendorCreditSchema>;
export type Dictionary = z.output<typeof dictionarySchema>;
export type RuleCondition = z.output<typeof ruleConditionSchema>;
export type RuleAction = z.output<typeof ruleActionSchema>;
export type ReachProfileRule = z.output<typeof reachProfileRuleSchema>;
export type EventNotificationParameter = z.output<typeof eventNotificationParameterSchema>;
export type EventNotificationTemplate = z.output<typeof eventNotificationTemplateSchema>;
export type ReachProfile = z.output<typeof reachProfileSchema>;
export type ClipAttributes = z.output<typeof clipAttributesSchema>;
export type MediaEntry = z.output<typeof mediaEntrySchema>;
export type FlavorAsset = z.output<typeof flavorAssetSchema>;
export type CaptionAsset = z.output<typeof captionAssetSchema>;
export type CuePoint = z.output<typeof cuePointSchema>;
export type SessionInfo = z.output<typeof sessionInfoSchema>;
export interface ListResponse<Item> {
  objects: Item[];
  totalCount: number;
}
