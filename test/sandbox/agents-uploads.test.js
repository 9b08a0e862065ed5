// @ts-check
/** Uploads as Kaltura does them: media.add → media.addContent (URL or upload token) → IMPORT/PRECONVERT → READY. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { CONVERT_SECONDS, IMPORT_SECONDS, UPLOADED_MEDIA_SECONDS } from '../../src/sandbox/services/uploads.js';
import { agentsCaller } from './agents-fixture.js';
import { useReachServer } from './reach-server.js';

const server = useReachServer();

/** @param {Record<string, any>} [fields] */
const newEntry = (fields = {}) => ({
  entry: { objectType: 'KalturaMediaEntry', name: 'Field recording', mediaType: 1, ...fields },
});

/**
 * uploadToken.upload as the official clients send it: multipart, the file in `fileData`.
 * @param {string} ks @param {string} uploadTokenId @param {Blob} file @param {Record<string, string>} [extra]
 * @returns {Promise<any>}
 */
async function upload(ks, uploadTokenId, file, extra = {}) {
  const body = new FormData();
  for (const [name, value] of Object.entries({ format: '1', ks, uploadTokenId, ...extra })) body.append(name, value);
  body.append('fileData', file, 'lecture.webm');
  const response = await fetch(`${server.url}/api_v3/service/uploadToken/action/upload`, { method: 'POST', body });
  return response.json();
}

test('a file uploaded with a token converts on the sandbox clock, reaches READY and fires the active upload agent', async () => {
  const { api, ks } = server;
  const agents = agentsCaller(server.url);
  await agents('agent/update', ks, { id: SEED.agents.uploadCaptions, status: 'Enabled' });
  const entry = await api('media', 'add', { ks, ...newEntry() });
  assert.equal(entry.status, '7', 'NO_CONTENT until content is added');
  const token = await api('uploadToken', 'add', { ks, uploadToken: { objectType: 'KalturaUploadToken', fileSize: 5 } });
  assert.equal(token.status, 0);
  const uploaded = await upload(ks, token.id, new Blob(['12345'], { type: 'video/webm' }));
  assert.deepEqual([uploaded.status, uploaded.uploadedFileSize, uploaded.fileName], [2, 5, 'lecture.webm']);

  const converting = await api('media', 'addContent', {
    ks,
    entryId: entry.id,
    resource: { objectType: 'KalturaUploadedFileTokenResource', token: token.id },
  });
  assert.equal(converting.status, '1', 'PRECONVERT');
  const used = await api('media', 'addContent', {
    ks,
    entryId: entry.id,
    resource: { objectType: 'KalturaUploadedFileTokenResource', token: token.id },
  });
  assert.equal(used.code, 'ENTRY_ALREADY_WITH_CONTENT');

  server.advance(CONVERT_SECONDS);
  const ready = await api('media', 'get', { ks, entryId: entry.id });
  assert.equal(ready.status, '2');
  assert.equal(ready.duration, UPLOADED_MEDIA_SECONDS, 'video gets the sandbox default duration');
  assert.equal(ready.userId, SEED.users.professor, 'owned by the session user');
  const flavors = await api('flavorAsset', 'list', {
    ks,
    filter: { objectType: 'KalturaFlavorAssetFilter', entryIdEqual: entry.id },
  });
  assert.equal(flavors.totalCount, 1, 'a playable source flavor');
  assert.equal((await api('uploadToken', 'get', { ks, uploadTokenId: token.id })).status, 3, 'CLOSED once used');

  const { body } = await agents('execution/list', ks, { partnerId: SEED.partner, entryId: entry.id });
  assert.deepEqual(
    body.objects.map((/** @type {any} */ execution) => execution.agentId),
    [SEED.agents.uploadCaptions],
  );
  const task = await api('reach_entryvendortask', 'get', { ks, id: body.objects[0].steps[0].entryVendorTaskId });
  assert.equal(task.creationMode, 2);
});

test('a URL resource is imported (IMPORT "0"), then converted (PRECONVERT "1"), then READY; a bad URL ends in ERROR_IMPORTING', async () => {
  const { api, ks } = server;
  const entry = await api('media', 'add', { ks, ...newEntry({ mediaType: 5 }) });
  const importing = await api('media', 'addContent', {
    ks,
    entryId: entry.id,
    resource: { objectType: 'KalturaUrlResource', url: 'https://cdn.example.com/talk.mp3' },
  });
  assert.equal(importing.status, '0');
  server.advance(IMPORT_SECONDS);
  assert.equal((await api('media', 'get', { ks, entryId: entry.id })).status, '1');
  server.advance(CONVERT_SECONDS);
  assert.equal((await api('media', 'get', { ks, entryId: entry.id })).status, '2');

  const broken = await api('media', 'add', { ks, ...newEntry() });
  await api('media', 'addContent', {
    ks,
    entryId: broken.id,
    resource: { objectType: 'KalturaUrlResource', url: 'ftp:nowhere' },
  });
  server.advance(60);
  assert.equal((await api('media', 'get', { ks, entryId: broken.id })).status, '-2');
});

test('upload errors: a token may take one file, must be complete before it is used, and belongs to its user', async () => {
  const { api, ks } = server;
  const token = await api('uploadToken', 'add', {
    ks,
    uploadToken: { objectType: 'KalturaUploadToken', fileSize: 10 },
  });
  assert.equal((await upload(ks, token.id, new Blob(['short']))).code, 'UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE');
  const partial = await upload(ks, token.id, new Blob(['12345']), { finalChunk: 'false' });
  assert.equal(partial.status, 1, 'PARTIAL_UPLOAD');
  const entry = await api('media', 'add', { ks, ...newEntry() });
  const early = await api('media', 'addContent', {
    ks,
    entryId: entry.id,
    resource: { objectType: 'KalturaUploadedFileTokenResource', token: token.id },
  });
  assert.equal(early.code, 'UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY');
  const done = await upload(ks, token.id, new Blob(['67890']), { resume: 'true', resumeAt: '5' });
  assert.deepEqual([done.status, done.uploadedFileSize], [2, 10]);
  assert.equal((await upload(ks, token.id, new Blob(['x']))).code, 'UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD');

  const student = await server.session({ type: 0, userId: SEED.users.student });
  assert.equal(
    (await api('uploadToken', 'get', { ks: student, uploadTokenId: token.id })).code,
    'UPLOAD_TOKEN_NOT_FOUND',
    'a USER session sees only its own tokens',
  );
  const other = await server.session({ partnerId: SEED.otherPartner });
  assert.equal(
    (await api('uploadToken', 'get', { ks: other, uploadTokenId: token.id })).code,
    'UPLOAD_TOKEN_NOT_FOUND',
  );
  assert.equal(
    (await api('media', 'add', { ks, entry: { objectType: 'KalturaMediaEntry', name: 'no type' } })).code,
    'PROPERTY_VALIDATION_CANNOT_BE_NULL',
  );
  const noFile = await api('uploadToken', 'upload', { ks, uploadTokenId: token.id, fileData: 'not a file' });
  assert.equal(noFile.code, 'MISSING_MANDATORY_PARAMETER');
});
