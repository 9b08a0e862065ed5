// @ts-check
/** Entry classes, filters, clone options and content resources (kaltura-rules §6). */
import { defineClass, defineEnum, fields } from '../registry.js';
import { EntryStatus, EntryType, MediaType } from '../../reach/wire-enums.js';

export { EntryStatus };

export const CloneOption = /** @type {const} */ ({ FLAVORS: '6', CAPTIONS: '7' });
export const CloneRule = /** @type {const} */ ({ INCLUDE: '0', EXCLUDE: '1' });

defineEnum('KalturaEntryStatus', 'string', EntryStatus);
defineEnum('KalturaEntryModerationStatus', 'int', {
  PENDING_MODERATION: 1,
  APPROVED: 2,
  REJECTED: 3,
  DELETED: 4,
  FLAGGED_FOR_REVIEW: 5,
  AUTO_APPROVED: 6,
});
defineEnum('KalturaEntryType', 'string', EntryType);
defineEnum('KalturaMediaType', 'int', MediaType);
defineEnum('KalturaEntryDisplayInSearchType', 'int', { SYSTEM: -1, NONE: 0, PARTNER_ONLY: 1, KALTURA_NETWORK: 2 });
defineEnum('KalturaEntryReplacementStatus', 'string', {
  NONE: '0',
  APPROVED_BUT_NOT_READY: '1',
  READY_BUT_NOT_APPROVED: '2',
  NOT_READY_AND_NOT_APPROVED: '3',
  FAILED: '4',
});
defineEnum('KalturaBaseEntryCloneOptions', 'string', {
  USERS: '1',
  CATEGORIES: '2',
  CHILD_ENTRIES: '3',
  ACCESS_CONTROL: '4',
  METADATA: '5',
  FLAVORS: '6',
  CAPTIONS: '7',
  AD_CUE_POINTS: 'adCuePoint.AD_CUE_POINTS',
  ANNOTATION_CUE_POINTS: 'annotation.ANNOTATION_CUE_POINTS',
  CODE_CUE_POINTS: 'codeCuePoint.CODE_CUE_POINTS',
  SESSION_CUE_POINTS: 'sessionCuePoint.SESSION_CUE_POINTS',
  THUMB_CUE_POINTS: 'thumbCuePoint.THUMB_CUE_POINTS',
});
defineEnum('KalturaCloneComponentSelectorType', 'string', { INCLUDE_COMPONENT: '0', EXCLUDE_COMPONENT: '1' });
defineEnum('KalturaCaptionsAlignment', 'int', { TOP: 1, BOTTOM: 2 });
defineEnum('KalturaBorderStyle', 'int', { OUTLINE_DROP_SHADOW: 1, OPAQUE_BOX: 3 });

defineClass('KalturaBaseEntry', {
  props: fields({
    id: 'string ro',
    name: 'string perm:update',
    description: 'string perm:update',
    partnerId: 'int ro',
    userId: 'string',
    creatorId: 'string io',
    tags: 'string perm:update',
    adminTags: 'string',
    categories: 'string perm:insert,update',
    categoriesIds: 'string perm:insert,update',
    status: 'enum:KalturaEntryStatus ro',
    moderationStatus: 'enum:KalturaEntryModerationStatus ro',
    moderationCount: 'int ro',
    type: 'enum:KalturaEntryType',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    rank: 'float ro',
    totalRank: 'int ro',
    votes: 'int ro',
    groupId: 'int',
    partnerData: 'string',
    downloadUrl: 'string ro',
    searchText: 'string ro',
    version: 'int ro',
    thumbnailUrl: 'string ro',
    accessControlId: 'int perm:insert,update',
    startDate: 'time perm:insert,update',
    endDate: 'time perm:insert,update',
    referenceId: 'string perm:insert,update',
    replacingEntryId: 'string ro',
    replacedEntryId: 'string ro',
    replacementStatus: 'enum:KalturaEntryReplacementStatus ro',
    partnerSortValue: 'int',
    conversionProfileId: 'int',
    redirectEntryId: 'string',
    rootEntryId: 'string ro',
    parentEntryId: 'string',
    operationAttributes: 'array:KalturaOperationAttributes',
    entitledUsersEdit: 'string',
    entitledUsersPublish: 'string',
    entitledUsersView: 'string',
    capabilities: 'string ro',
    templateEntryId: 'string io',
    displayInSearch: 'enum:KalturaEntryDisplayInSearchType',
    blockAutoTranscript: 'bool',
  }),
  derived: {
    // The server writes rootEntryId = own id for an entry that was not cut from another.
    rootEntryId: (entry) => entry.rootEntryId ?? entry.id,
    thumbnailUrl: (entry, ctx) =>
      ctx?.baseUrl &&
      `${ctx.baseUrl}/p/${entry.partnerId}/sp/${entry.partnerId}00/thumbnail/entry_id/${entry.id}/version/${100000 + Number(entry.version ?? 0)}`,
  },
});
defineClass('KalturaPlayableEntry', {
  parent: 'KalturaBaseEntry',
  props: fields({
    plays: 'int ro',
    views: 'int ro',
    lastPlayedAt: 'time ro',
    width: 'int ro',
    height: 'int ro',
    duration: 'int ro',
    msDuration: 'int',
  }),
  derived: {
    // duration (s) is derived from msDuration (ms), rounded (kaltura-rules §6.1).
    duration: (entry) => (entry.msDuration === undefined ? undefined : Math.round(Number(entry.msDuration) / 1000)),
  },
});
/** Media types whose download is their source flavor. */
const PLAYABLE_MEDIA = /** @type {number[]} */ ([MediaType.VIDEO, MediaType.AUDIO]);

/** @param {Record<string, any>} entry @param {string} baseUrl */
function playManifestUrl(entry, baseUrl) {
  return `${baseUrl}/p/${entry.partnerId}/sp/${entry.partnerId}00/playManifest/entryId/${entry.id}`;
}
defineClass('KalturaMediaEntry', {
  parent: 'KalturaPlayableEntry',
  props: fields({
    mediaType: 'enum:KalturaMediaType io',
    sourceType: 'string io',
    creditUserName: 'string',
    creditUrl: 'string',
    mediaDate: 'time ro',
    dataUrl: 'string ro',
    flavorParamsIds: 'string ro',
  }),
  derived: {
    dataUrl: (entry, ctx) => ctx?.baseUrl && `${playManifestUrl(entry, ctx.baseUrl)}/format/url/protocol/http`,
    // entry::getDownloadUrl: a video's or audio's source through playManifest, unsigned (kaltura-rules §5.10).
    downloadUrl: (entry, ctx) =>
      ctx?.baseUrl && PLAYABLE_MEDIA.includes(Number(entry.mediaType))
        ? `${playManifestUrl(entry, ctx.baseUrl)}/format/download/protocol/http/flavorParamIds/0`
        : undefined,
  },
});
defineClass('KalturaBaseEntryListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaBaseEntry' }),
});
defineClass('KalturaMediaListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaMediaEntry' }),
});

defineClass('KalturaBaseEntryBaseFilter', {
  parent: 'KalturaRelatedFilter',
  abstract: true,
  props: fields({
    idEqual: 'string',
    idIn: 'string',
    idNotIn: 'string',
    nameLike: 'string',
    nameMultiLikeOr: 'string',
    nameMultiLikeAnd: 'string',
    nameEqual: 'string',
    partnerIdEqual: 'int',
    partnerIdIn: 'string',
    userIdEqual: 'string',
    userIdIn: 'string',
    userIdNotIn: 'string',
    creatorIdEqual: 'string',
    tagsLike: 'string',
    tagsMultiLikeOr: 'string',
    tagsMultiLikeAnd: 'string',
    categoriesIdsMatchAnd: 'string',
    categoriesIdsMatchOr: 'string',
    categoriesIdsNotContains: 'string',
    categoriesIdsEmpty: 'enum:KalturaNullableBoolean',
    statusEqual: 'enum:KalturaEntryStatus',
    statusNotEqual: 'enum:KalturaEntryStatus',
    statusIn: 'string',
    statusNotIn: 'string',
    moderationStatusEqual: 'enum:KalturaEntryModerationStatus',
    moderationStatusNotEqual: 'enum:KalturaEntryModerationStatus',
    moderationStatusIn: 'string',
    moderationStatusNotIn: 'string',
    typeEqual: 'enum:KalturaEntryType',
    typeIn: 'string',
    createdAtGreaterThanOrEqual: 'time',
    createdAtLessThanOrEqual: 'time',
    updatedAtGreaterThanOrEqual: 'time',
    updatedAtLessThanOrEqual: 'time',
    referenceIdEqual: 'string',
    referenceIdIn: 'string',
    rootEntryIdEqual: 'string',
    rootEntryIdIn: 'string',
    parentEntryIdEqual: 'string',
    displayInSearchEqual: 'enum:KalturaEntryDisplayInSearchType',
    displayInSearchIn: 'string',
  }),
});
defineClass('KalturaBaseEntryFilter', {
  parent: 'KalturaBaseEntryBaseFilter',
  props: fields({
    freeText: 'string',
    descriptionLike: 'string',
    isRoot: 'enum:KalturaNullableBoolean',
    categoriesFullNameIn: 'string',
    categoryAncestorIdIn: 'string',
    redirectFromEntryId: 'string',
  }),
});
defineClass('KalturaPlayableEntryBaseFilter', {
  parent: 'KalturaBaseEntryFilter',
  abstract: true,
  props: fields({
    durationLessThan: 'int',
    durationGreaterThan: 'int',
    durationLessThanOrEqual: 'int',
    durationGreaterThanOrEqual: 'int',
  }),
});
defineClass('KalturaPlayableEntryFilter', { parent: 'KalturaPlayableEntryBaseFilter' });
defineClass('KalturaMediaEntryBaseFilter', {
  parent: 'KalturaPlayableEntryFilter',
  abstract: true,
  props: fields({ mediaTypeEqual: 'enum:KalturaMediaType', mediaTypeIn: 'string' }),
});
defineClass('KalturaMediaEntryFilter', { parent: 'KalturaMediaEntryBaseFilter' });

defineClass('KalturaBaseEntryCloneOptionItem', { abstract: true });
defineClass('KalturaBaseEntryCloneOptionComponent', {
  parent: 'KalturaBaseEntryCloneOptionItem',
  props: fields({ itemType: 'enum:KalturaBaseEntryCloneOptions', rule: 'enum:KalturaCloneComponentSelectorType' }),
});

defineClass('KalturaResource', { abstract: true });
defineClass('KalturaContentResource', { parent: 'KalturaResource', abstract: true });
defineClass('KalturaEntryResource', {
  parent: 'KalturaContentResource',
  props: fields({ entryId: 'string', flavorParamsId: 'int' }),
});
defineClass('KalturaOperationResource', {
  parent: 'KalturaContentResource',
  props: fields({
    resource: 'object:KalturaContentResource',
    operationAttributes: 'array:KalturaOperationAttributes',
    assetParamsId: 'int',
  }),
});
defineClass('KalturaOperationAttributes', { abstract: true });
defineClass('KalturaCaptionAttributes', { abstract: true });
defineClass('KalturaRenderCaptionAttributes', {
  parent: 'KalturaCaptionAttributes',
  props: fields({
    fontName: 'string',
    fontSize: 'int',
    primaryColour: 'string',
    borderStyle: 'enum:KalturaBorderStyle',
    backColour: 'string',
    outlineColour: 'string',
    shadow: 'int',
    bold: 'bool',
    italic: 'bool',
    underline: 'bool',
    alignment: 'enum:KalturaCaptionsAlignment',
    captionAssetId: 'string',
  }),
});
defineClass('KalturaClipAttributes', {
  parent: 'KalturaOperationAttributes',
  props: fields({
    offset: 'int perm:all',
    duration: 'int perm:all',
    globalOffsetInDestination: 'int',
    cropAlignment: 'int',
    captionAttributes: 'array:KalturaCaptionAttributes',
  }),
});
