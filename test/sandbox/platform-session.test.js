// @ts-check
import assert from 'node:assert/strict';
import { createDecipheriv, createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import { ADMIN_SECRET, ids, OTHER_ADMIN_SECRET, USER_SECRET, useFixtureServer } from './platform-fixture.js';

const server = useFixtureServer();

describe('KS v2', () => {
  test('session.start issues a v2 KS that decrypts with sha1(adminSecret) and carries the fields', async () => {
    const ks = await server.startSession({
      userId: 'alice',
      type: 0,
      secret: USER_SECRET,
      expiry: 600,
      privileges: 'edit:0_x,sview:*',
    });
    assert.ok(ks.startsWith('djJ8'), 'base64 of "v2|"');
    const decoded = Buffer.from(ks, 'base64url');
    const header = 'v2|1001|';
    assert.equal(decoded.subarray(0, header.length).toString(), header);
    const key = createHash('sha1').update(ADMIN_SECRET).digest().subarray(0, 16);
    const decipher = createDecipheriv('aes-128-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
    const plain = Buffer.concat([decipher.update(decoded.subarray(header.length)), decipher.final()]);
    const payload = plain.subarray(20, plain.length - [...plain].reverse().findIndex((byte) => byte !== 0));
    assert.deepEqual(plain.subarray(0, 20), createHash('sha1').update(payload).digest());
    const fields = new URLSearchParams(payload.subarray(16).toString());
    assert.equal(fields.get('_u'), 'alice');
    assert.equal(fields.get('_t'), '0');
    assert.equal(fields.get('edit'), '0_x');
    const now = server.sandbox.clock.now();
    assert.ok(Math.abs(Number(fields.get('_e')) - (now + 600)) < 5);
  });

  test('session.get reads a KS back', async () => {
    const ks = await server.startSession({ userId: 'bob', privileges: 'disableentitlement' });
    const info = await server.api('session', 'get', { ks });
    assert.equal(info.objectType, 'KalturaSessionInfo');
    assert.deepEqual(
      [info.ks, info.partnerId, info.userId, info.sessionType, info.privileges],
      [ks, 1001, 'bob', 2, 'disableentitlement'],
    );
  });

  test('wrong secrets are refused: ADMIN needs the admin secret, USER takes either', async () => {
    const adminWithUserSecret = await server.api('session', 'start', { secret: USER_SECRET, partnerId: 1001, type: 2 });
    assert.deepEqual(adminWithUserSecret, {
      code: 'START_SESSION_ERROR',
      message: 'Error while starting session for partner [1001]',
      objectType: 'KalturaAPIException',
      args: { PID: '1001' },
    });
    assert.equal(
      typeof (await server.api('session', 'start', { secret: ADMIN_SECRET, partnerId: 1001, type: 0 })),
      'string',
    );
    assert.equal(
      (await server.api('session', 'start', { secret: ADMIN_SECRET, partnerId: 9999, type: 2 })).code,
      'START_SESSION_ERROR',
    );
  });

  test('a malformed or tampered KS is INVALID_KS naming the KS', async () => {
    for (const bad of ['garbage', Buffer.from('v2|1001|0123456789abcdef').toString('base64url')]) {
      assert.deepEqual(await server.api('media', 'get', { ks: bad, entryId: ids.video }), {
        code: 'INVALID_KS',
        message: `Invalid KS "${bad}", Error "-1,INVALID_STR"`,
        objectType: 'KalturaAPIException',
        args: { KSID: bad, ERR_CODE: '-1', ERR_DESC: 'INVALID_STR' },
      });
    }
    const signedByOtherSecret = await server.api('session', 'start', {
      secret: OTHER_ADMIN_SECRET,
      partnerId: 2002,
      type: 2,
    });
    const forged = Buffer.from(
      Buffer.from(signedByOtherSecret, 'base64url').toString('latin1').replace('v2|2002|', 'v2|1001|'),
      'latin1',
    ).toString('base64url');
    assert.equal((await server.api('media', 'get', { ks: forged, entryId: ids.video })).code, 'INVALID_KS');
  });

  test('a KS expires on the sandbox clock, and session.end logs it out', async () => {
    const ks = await server.startSession({ expiry: 60 });
    assert.equal((await server.api('media', 'get', { ks, entryId: ids.video })).id, ids.video);
    server.sandbox.clock.advance(61);
    const expired = await server.api('media', 'get', { ks, entryId: ids.video });
    assert.deepEqual(expired.args, { KSID: 'EXPIRED', ERR_CODE: '-1', ERR_DESC: 'INVALID_STR' });
    assert.equal(expired.message, 'Invalid KS "EXPIRED", Error "-1,INVALID_STR"');

    const fresh = await server.startSession();
    assert.equal(await server.api('session', 'end', { ks: fresh }), null);
    assert.equal((await server.api('media', 'get', { ks: fresh, entryId: ids.video })).args.KSID, 'LOGOUT');
  });
});

describe('error precedence (kaltura-rules §5.8)', () => {
  test('unknown service beats a malformed KS, which beats a missing parameter', async () => {
    assert.equal((await server.api('nosuch', 'get', { ks: 'garbage' })).code, 'SERVICE_DOES_NOT_EXISTS');
    assert.equal((await server.api('media', 'get', { ks: 'garbage' })).code, 'INVALID_KS');
  });

  test('argument errors come before KS expiry, which comes before the action', async () => {
    const ks = await server.startSession({ expiry: 10 });
    server.sandbox.clock.advance(11);
    assert.equal((await server.api('media', 'get', { ks })).code, 'MISSING_MANDATORY_PARAMETER');
    assert.equal(
      (
        await server.api('baseentry', 'list', {
          ks,
          filter: { objectType: 'KalturaBaseEntryFilter', statusEqual: 'nope' },
        })
      ).code,
      'INVALID_ENUM_VALUE',
    );
    assert.equal((await server.api('media', 'get', { ks, entryId: '0_missing' })).args.KSID, 'EXPIRED');
  });

  test('no KS: argument errors first, then MISSING_KS', async () => {
    assert.equal((await server.api('media', 'get', {})).code, 'MISSING_MANDATORY_PARAMETER');
    assert.equal((await server.api('media', 'get', { entryId: ids.video })).code, 'MISSING_KS');
  });
});

describe('partner isolation', () => {
  test("a KS of 2002 never sees 1001's objects, and the other way round", async () => {
    const otherKs = await server.api('session', 'start', { secret: OTHER_ADMIN_SECRET, partnerId: 2002, type: 2 });
    assert.equal((await server.api('media', 'get', { ks: otherKs, entryId: ids.video })).code, 'ENTRY_ID_NOT_FOUND');
    const list = await server.api('baseentry', 'list', { ks: otherKs });
    assert.deepEqual(
      list.objects.map((/** @type {any} */ entry) => entry.id),
      [ids.otherPartner],
    );
    assert.equal(
      (await server.api('caption_captionasset', 'list', { ks: otherKs, filter: { entryIdEqual: ids.video } }))
        .totalCount,
      0,
    );
    assert.equal(
      (await server.api('caption_captionasset', 'serve', { ks: otherKs, captionAssetId: ids.caption })).code,
      'CAPTION_ASSET_ID_NOT_FOUND',
    );
    assert.equal((await server.api('category', 'list', { ks: otherKs })).totalCount, 1);
    assert.equal(
      (await server.api('baseentry', 'clone', { ks: otherKs, entryId: ids.video })).code,
      'ENTRY_ID_NOT_FOUND',
    );

    const ks = await server.startSession();
    assert.equal((await server.api('baseentry', 'get', { ks, entryId: ids.otherPartner })).code, 'ENTRY_ID_NOT_FOUND');
  });
});

describe('USER KS permission rule', () => {
  /** @param {string} ks @param {string} entryId */
  const rename = (ks, entryId) =>
    server.api('baseentry', 'update', { ks, entryId, baseEntry: { objectType: 'KalturaBaseEntry', tags: 'renamed' } });

  test('a user may read anything but change only their own entries', async () => {
    const alice = await server.startSession({ type: 0, secret: USER_SECRET, userId: 'alice' });
    assert.equal((await server.api('media', 'get', { ks: alice, entryId: ids.video })).id, ids.video);
    assert.equal((await rename(alice, ids.aliceVideo)).tags, 'renamed');
    assert.deepEqual(await rename(alice, ids.video), {
      code: 'SERVICE_FORBIDDEN',
      message: 'The access to service [baseentry->update] is forbidden',
      objectType: 'KalturaAPIException',
      args: { SERVICE: 'baseentry->update' },
    });
    const clone = await server.api('baseentry', 'clone', { ks: alice, entryId: ids.video });
    assert.equal(clone.args.SERVICE, 'baseentry->clone');
  });

  test('edit:<entryId>, edit:* and disableentitlement grant changes', async () => {
    for (const privileges of [`edit:${ids.video}`, 'edit:*', 'disableentitlement']) {
      const ks = await server.startSession({ type: 0, secret: USER_SECRET, userId: 'carol', privileges });
      assert.equal((await rename(ks, ids.video)).tags, 'renamed', privileges);
    }
    const other = await server.startSession({
      type: 0,
      secret: USER_SECRET,
      userId: 'carol',
      privileges: `edit:${ids.audio}`,
    });
    assert.equal((await rename(other, ids.video)).code, 'SERVICE_FORBIDDEN');
  });
});
