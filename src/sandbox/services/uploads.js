// @ts-check
/**
 * Uploads as Kaltura does them (MediaService::addAction / addContentAction, UploadTokenService):
 * `media.add` creates an entry without content (NO_CONTENT "7"); `media.addContent` gives it a
 * KalturaUrlResource (fetched: IMPORT "0" → PRECONVERT "1") or a KalturaUploadedFileTokenResource
 * (a file sent with `uploadToken.upload`: PRECONVERT "1"), and the entry turns READY "2" on the
 * sandbox clock (the status steps live in entries.js), which raises `entryReady`.
 *
 * The sandbox keeps no file bytes: an uploaded entry plays the sample file of its media type
 * (media-files.js) and speaks a sample transcript, so REACH orders on it produce real output.
 */
import { randomBytes } from 'node:crypto';
import { assertCanEditEntry, findEntry } from '../access.js';
import { ApiError, defineErrors } from '../errors.js';
import { csvValues, listResponse, pageOf } from '../lists.js';
import {
  applyInput,
  defineClass,
  defineEnum,
  defineService,
  fields,
  NULL_FIELD,
  validateForInsert,
} from '../registry.js';
import { newObjectId } from '../store.js';
import { EntryStatus } from './entry-types.js';
import { MediaType } from '../../reach/wire-enums.js';

/** Sandbox seconds a URL import takes (IMPORT → PRECONVERT) and a conversion takes (PRECONVERT → READY). */
export const IMPORT_SECONDS = 5;
export const CONVERT_SECONDS = 10;
/**
 * Duration given to uploaded video and audio: the sandbox does not decode files, and a resource carries
 * no duration. Long enough for every REACH service (captions need 10 s).
 */
export const UPLOADED_MEDIA_SECONDS = 120;
/** Bytes one token may receive in total (chunks are bounded by the HTTP body limit too). */
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
const MAX_URL_LENGTH = 2048;
const MEDIA_CLIP = '1';
const ATTACHED_TO_ENTRY = '1';
/** What an uploaded entry speaks (seed/transcripts.js topics). */
const SPOKEN_TOPIC = /** @type {Record<number, string>} */ ({
  [MediaType.VIDEO]: 'productDemo',
  [MediaType.AUDIO]: 'studyPodcast',
});

const UploadTokenStatus = /** @type {const} */ ({
  PENDING: 0,
  PARTIAL_UPLOAD: 1,
  FULL_UPLOAD: 2,
  CLOSED: 3,
  TIMED_OUT: 4,
  DELETED: 5,
});

defineErrors({
  ENTRY_ALREADY_WITH_CONTENT: 'ENTRY_ALREADY_WITH_CONTENT;;Entry already associated with content',
  UPLOAD_TOKEN_NOT_FOUND: 'UPLOAD_TOKEN_NOT_FOUND;;Upload token not found',
  UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD:
    'UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD;;Upload token is in an invalid status for uploading a file, maybe the file was already uploaded',
  UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY:
    'UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY;;Upload token is in an invalid status for adding entry, maybe the a file was not uploaded or the token was used',
  UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE:
    'UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE;;Failed to match expected file size',
  UPLOAD_ERROR: 'UPLOAD_ERROR;;Upload failed',
});

defineEnum('KalturaUploadTokenStatus', 'int', UploadTokenStatus);
defineClass('KalturaUploadToken', {
  props: fields({
    id: 'string ro',
    partnerId: 'int ro',
    userId: 'string ro',
    status: 'enum:KalturaUploadTokenStatus ro',
    fileName: 'string io',
    fileSize: 'float io',
    uploadedFileSize: 'float ro',
    createdAt: 'time ro',
    updatedAt: 'time ro',
    uploadUrl: 'string ro',
    autoFinalize: 'enum:KalturaNullableBoolean io',
    attachedObjectType: 'string ro',
    attachedObjectId: 'string ro',
  }),
});
defineClass('KalturaUploadTokenListResponse', {
  parent: 'KalturaListResponse',
  props: fields({ objects: 'array:KalturaUploadToken' }),
});
defineClass('KalturaUploadTokenFilter', {
  parent: 'KalturaFilter',
  props: fields({
    idEqual: 'string',
    idIn: 'string',
    userIdEqual: 'string',
    statusEqual: 'enum:KalturaUploadTokenStatus',
    statusIn: 'string',
    fileNameEqual: 'string',
    fileSizeEqual: 'float',
  }),
});
defineClass('KalturaDataCenterContentResource', { parent: 'KalturaContentResource', abstract: true });
defineClass('KalturaUrlResource', {
  parent: 'KalturaContentResource',
  props: fields({ url: 'string', forceAsyncDownload: 'bool' }),
});
defineClass('KalturaUploadedFileTokenResource', {
  parent: 'KalturaDataCenterContentResource',
  props: fields({ token: 'string' }),
});

/** @typedef {import('../dispatch.js').ActionContext} Ctx */

/**
 * The partner's token; a USER session sees only its own (UploadTokenService::restrictPeerToCurrentUser).
 * @param {Ctx} ctx @param {unknown} id
 */
function requireToken(ctx, id) {
  const token = typeof id === 'string' ? ctx.state.uploadTokens[id] : undefined;
  const visible =
    token &&
    token.partnerId === ctx.partnerId &&
    token.status !== UploadTokenStatus.DELETED &&
    (ctx.ks?.isAdmin || token.userId === ctx.ks?.userId);
  if (!visible) throw new ApiError('UPLOAD_TOKEN_NOT_FOUND');
  return token;
}

/** @param {unknown} value */
const isSet = (value) => value !== undefined && value !== null && value !== NULL_FIELD;

/** @param {Ctx} ctx @param {Record<string, any> | null} input */
function addToken(ctx, input) {
  const token = input ?? { objectType: 'KalturaUploadToken' };
  validateForInsert(token, 'KalturaUploadToken');
  if (isSet(token.fileSize) && (token.fileSize < 0 || token.fileSize > MAX_UPLOAD_BYTES))
    throw new ApiError('UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE');
  const now = Math.floor(ctx.clock.now());
  const id = `0_${randomBytes(16).toString('hex')}`;
  const { objectType, ...given } = token;
  /** @type {Record<string, any>} */
  const stored = applyInput(
    {
      objectType: 'KalturaUploadToken',
      id,
      partnerId: ctx.partnerId,
      userId: ctx.ks?.userId ?? '',
      status: UploadTokenStatus.PENDING,
      uploadedFileSize: 0,
      createdAt: now,
      updatedAt: now,
    },
    given,
  );
  ctx.state.uploadTokens[id] = stored;
  return stored;
}

/**
 * Whole files or resumed chunks (resumeAt = bytes already received); the final chunk completes the token.
 * @param {Ctx} ctx
 * @param {{ uploadTokenId: string, fileData: import('../wire.js').UploadedFile, resume: boolean, finalChunk: boolean,
 *   resumeAt: number }} args
 */
function uploadToToken(ctx, { uploadTokenId, fileData, resume, finalChunk, resumeAt }) {
  const token = requireToken(ctx, uploadTokenId);
  if (token.status !== UploadTokenStatus.PENDING && token.status !== UploadTokenStatus.PARTIAL_UPLOAD) {
    throw new ApiError('UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD');
  }
  if (!fileData.fileName) throw new ApiError('UPLOAD_ERROR');
  const offset = resume ? (resumeAt >= 0 ? resumeAt : token.uploadedFileSize) : 0;
  const received = offset + fileData.size;
  if (offset > token.uploadedFileSize || received > MAX_UPLOAD_BYTES) throw new ApiError('UPLOAD_ERROR');
  const complete = finalChunk && (!isSet(token.fileSize) || token.fileSize === received);
  if (finalChunk && !complete) throw new ApiError('UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE');
  token.fileName = isSet(token.fileName) ? token.fileName : fileData.fileName;
  token._contentType = fileData.contentType;
  token.uploadedFileSize = received;
  token.status = complete ? UploadTokenStatus.FULL_UPLOAD : UploadTokenStatus.PARTIAL_UPLOAD;
  token.updatedAt = Math.floor(ctx.clock.now());
  return token;
}

/**
 * media.add: the entry exists, without content, until addContent.
 * @param {Ctx} ctx @param {Record<string, any>} input
 */
function addMediaEntry(ctx, input) {
  validateForInsert(input, 'KalturaMediaEntry');
  if (!isSet(input.mediaType)) throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'mediaType' });
  const now = Math.floor(ctx.clock.now());
  const id = newObjectId(ctx.state);
  // Sandbox choice: categories are assigned with categoryEntry.add, which raises the category event agents follow.
  const { objectType, categories, categoriesIds, userId, ...given } = input;
  const ownerId = ctx.ks?.isAdmin && isSet(userId) ? String(userId) : (ctx.ks?.userId ?? '');
  /** @type {Record<string, any>} */
  const entry = applyInput(
    {
      objectType: 'KalturaMediaEntry',
      id,
      partnerId: ctx.partnerId,
      type: MEDIA_CLIP,
      name: '',
      userId: ownerId,
      creatorId: ctx.ks?.userId ?? '',
      status: EntryStatus.NO_CONTENT,
      moderationStatus: 6,
      displayInSearch: 1,
      msDuration: 0,
      version: 0,
      createdAt: now,
      updatedAt: now,
    },
    given,
  );
  ctx.state.entries[id] = entry;
  return entry;
}

/**
 * media.addContent: the entry starts its way to READY (status steps on the clock, entries.js).
 * @param {Ctx} ctx @param {string} entryId @param {Record<string, any> | null} resource
 */
function addContent(ctx, entryId, resource) {
  const entry = findEntry(ctx, entryId);
  if (!entry || String(entry.type ?? MEDIA_CLIP) !== MEDIA_CLIP)
    throw new ApiError('ENTRY_ID_NOT_FOUND', { ENTRY_ID: entryId });
  assertCanEditEntry(ctx, entry);
  if (entry.status !== EntryStatus.NO_CONTENT) throw new ApiError('ENTRY_ALREADY_WITH_CONTENT');
  if (!resource) return entry;
  const now = ctx.clock.now();
  if (resource.objectType === 'KalturaUrlResource') {
    if (!isSet(resource.url)) throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'url' });
    // A URL the server could not fetch fails later, in the import job, as ERROR_IMPORTING.
    entry._importFails = !isFetchableUrl(String(resource.url));
    entry.status = EntryStatus.IMPORT;
    entry._importedAt = now + IMPORT_SECONDS;
    entry._readyAt = now + IMPORT_SECONDS + CONVERT_SECONDS;
  } else if (resource.objectType === 'KalturaUploadedFileTokenResource') {
    if (!isSet(resource.token)) throw new ApiError('PROPERTY_VALIDATION_CANNOT_BE_NULL', { PROP_NAME: 'token' });
    const token = requireToken(ctx, resource.token);
    // Sandbox choice: the server also accepts a token still uploading and attaches the file when it is
    // complete; the sandbox asks for the whole file first.
    if (token.status !== UploadTokenStatus.FULL_UPLOAD) throw new ApiError('UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY');
    token.status = UploadTokenStatus.CLOSED;
    token.attachedObjectType = ATTACHED_TO_ENTRY;
    token.attachedObjectId = entry.id;
    token.updatedAt = Math.floor(now);
    entry.status = EntryStatus.PRECONVERT;
    entry._readyAt = now + CONVERT_SECONDS;
  } else {
    throw new ApiError('RESOURCE_TYPE_NOT_SUPPORTED', { RES_TYPE: resource.objectType });
  }
  const mediaType = Number(entry.mediaType);
  if (mediaType === MediaType.VIDEO || mediaType === MediaType.AUDIO) {
    entry.msDuration = UPLOADED_MEDIA_SECONDS * 1000;
    entry._spokenTopic = SPOKEN_TOPIC[mediaType];
  }
  entry.updatedAt = Math.floor(now);
  return entry;
}

/** @param {string} url */
function isFetchableUrl(url) {
  if (url.length > MAX_URL_LENGTH) return false;
  const parsed = URL.parse(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

defineService('media', {
  actions: {
    add: {
      writes: true,
      params: [{ name: 'entry', type: 'object:KalturaMediaEntry' }],
      run: (ctx, { entry }) => addMediaEntry(ctx, entry),
    },
    addContent: {
      writes: true,
      params: [
        { name: 'entryId', type: 'string' },
        { name: 'resource', type: 'object:KalturaResource', default: null },
      ],
      run: (ctx, { entryId, resource }) => addContent(ctx, entryId, resource),
    },
  },
});

const tokenIdParam = { name: 'uploadTokenId', type: 'string' };

defineService('uploadtoken', {
  actions: {
    add: {
      writes: true,
      params: [{ name: 'uploadToken', type: 'object:KalturaUploadToken', default: null }],
      run: (ctx, { uploadToken }) => addToken(ctx, uploadToken),
    },
    get: {
      params: [tokenIdParam],
      run: (ctx, { uploadTokenId }) => requireToken(ctx, uploadTokenId),
    },
    upload: {
      writes: true,
      params: [
        tokenIdParam,
        { name: 'fileData', type: 'file' },
        { name: 'resume', type: 'bool', default: false },
        { name: 'finalChunk', type: 'bool', default: true },
        { name: 'resumeAt', type: 'float', default: -1 },
      ],
      run: (ctx, args) => uploadToToken(ctx, /** @type {any} */ (args)),
    },
    delete: {
      writes: true,
      params: [tokenIdParam],
      run(ctx, { uploadTokenId }) {
        requireToken(ctx, uploadTokenId).status = UploadTokenStatus.DELETED;
        return null;
      },
    },
    list: {
      params: [
        { name: 'filter', type: 'object:KalturaUploadTokenFilter', default: null },
        { name: 'pager', type: 'object:KalturaFilterPager', default: null },
      ],
      run(ctx, { filter, pager }) {
        const matches = Object.values(ctx.state.uploadTokens).filter(
          (token) =>
            token.partnerId === ctx.partnerId &&
            token.status !== UploadTokenStatus.DELETED &&
            (ctx.ks?.isAdmin || token.userId === ctx.ks?.userId) &&
            (!isSet(filter?.idEqual) || token.id === filter.idEqual) &&
            (!isSet(filter?.idIn) || csvValues(filter.idIn).includes(token.id)) &&
            (!isSet(filter?.userIdEqual) || token.userId === filter.userIdEqual) &&
            (!isSet(filter?.statusEqual) || token.status === filter.statusEqual) &&
            (!isSet(filter?.statusIn) || csvValues(filter.statusIn).includes(String(token.status))),
        );
        return listResponse('KalturaUploadTokenListResponse', pageOf(matches, pager), matches.length);
      },
    },
  },
});
