// @ts-check
/**
 * Flavor URLs as Kaltura hands them out and honours them (kaltura-rules §5.10): a media clip's flavor through
 * an unsigned serveFlavor URL; a flavor download with the asset's own KS in the path; the entry's partner,
 * deletion and the session's entitlement checked on the way.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { crackKs } from '../../src/sandbox/ks.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { entries: E } = SEED;
const VIDEO = readFileSync(new URL('../../src/sandbox/media/sample-video.webm', import.meta.url));

const server = useReachServer();

/** The first flavor of an entry, as its partner's session lists it. @param {string} entryId @param {string} [ks] */
const flavorOf = async (entryId, ks = server.ks) => {
  const flavors = await server.api('flavorasset', 'list', { ks, filter: { entryIdEqual: entryId } });
  return flavors.objects[0];
};

/** @param {string} url @param {RequestInit} [init] */
const download = async (url, init) => {
  const response = await fetch(url, init);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, error: response.headers.get('x-kaltura'), headers: response.headers };
};

/** The `X-Kaltura` error each URL answers. @param {Record<string, string>} urls */
const errorsOf = async (urls) =>
  Object.fromEntries(
    await Promise.all(Object.entries(urls).map(async ([name, url]) => [name, (await download(url)).error])),
  );

describe('flavorAsset.getUrl of a media clip', () => {
  test('is an unsigned serveFlavor URL of the entry, version and file name, and serves the media', async () => {
    const flavor = await flavorOf(E.welcome);
    const url = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavor.id });
    const base = `${server.url}/p/1001/sp/100100/serveFlavor/entryId/${E.welcome}/v/${flavor.version}`;
    assert.ok(url.startsWith(`${base}/flavorId/${flavor.id}/fileName/`), url);
    assert.ok(url.endsWith('.webm/name/a.webm'), url);
    assert.ok(!url.includes('/ks/') && !url.includes(server.ks), 'Kaltura puts no KS in a serveFlavor URL');
    const served = await download(url);
    assert.equal(served.status, 200);
    assert.deepEqual(served.body, VIDEO);
    const part = await download(url, { headers: { Range: 'bytes=0-99' } });
    assert.equal(part.status, 206);
    assert.deepEqual(part.body, VIDEO.subarray(0, 100));
  });

  test('is served for its own entry and partner only, and not once the entry is deleted', async () => {
    const flavor = await flavorOf(E.welcome);
    const url = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavor.id });
    const other = await flavorOf(E.seminar12);
    const refusals = {
      'another partner': url.replace('/p/1001/sp/100100/', '/p/2002/sp/200200/'),
      'another entry': url.replace(`/entryId/${E.welcome}/`, `/entryId/${E.seminar12}/`),
      'another flavor': url.replace(`/flavorId/${flavor.id}/`, `/flavorId/${other.id}/`),
      'no such flavor': url.replace(`/flavorId/${flavor.id}/`, '/flavorId/0_nosuch00/'),
    };
    const errors = await errorsOf(refusals);
    assert.deepEqual(errors, {
      'another partner': 'error-1',
      'another entry': 'error-6',
      'another flavor': 'error-6',
      'no such flavor': 'error-6',
    });

    assert.equal(await server.api('baseentry', 'delete', { ks: server.ks, entryId: E.welcome }), null);
    const gone = await download(url);
    assert.deepEqual([gone.status, gone.error, gone.body.length], [200, 'error-1', 0]);
    const asked = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavor.id });
    assert.equal(asked.code, 'FLAVOR_ASSET_ID_NOT_FOUND');
  });

  test('is refused for a flavor that is not READY, and for another partner', async () => {
    const flavor = await flavorOf(E.welcome);
    server.sandbox.state.flavorAssets[flavor.id].status = 1;
    const converting = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavor.id });
    assert.equal(converting.code, 'FLAVOR_ASSET_IS_NOT_READY');
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
    const foreign = await server.api('flavorasset', 'getUrl', { ks: otherKs, id: flavor.id });
    assert.equal(foreign.code, 'FLAVOR_ASSET_ID_NOT_FOUND');
  });
});

describe('flavor download URLs', () => {
  /** The KS a download URL carries in its path. @param {string} url */
  const ksTextOf = (url) => /\/ks\/([^/]+)$/.exec(url)?.[1] ?? '';

  test('carry a day-long KS of the partner for that asset only; the file is served with it', async () => {
    const flavor = await flavorOf(E.welcome);
    const url = await server.api('flavorasset', 'getDownloadUrl', { ks: server.ks, id: flavor.id });
    const path = `${server.url}/p/1001/sp/100100/download/entry_id/${E.welcome}/flavor/${flavor.id}/ks/`;
    assert.ok(url.startsWith(path), url);
    assert.ok(!url.includes(server.ks), 'the session KS stays out of the URL');
    const ks = crackKs(ksTextOf(url), (partnerId) => SEED.secrets[/** @type {1001} */ (partnerId)]?.admin);
    assert.ok(ks);
    assert.deepEqual([ks.partnerId, ks.type, ks.userId], [SEED.partner, 0, '']);
    const entry = E.welcome;
    assert.equal(
      ks.privilegesText,
      `download:${entry},disableentitlementforentry:${entry},sview:${entry},downloadasset:${flavor.id}`,
    );
    const now = server.sandbox.clock.now();
    assert.equal(ks.expiry % 300, 0);
    assert.ok(ks.expiry >= now + 86_400 && ks.expiry < now + 86_400 + 300, String(ks.expiry - now));
    const served = await download(url);
    assert.deepEqual([served.status, served.error], [200, null]);
    assert.deepEqual(served.body, VIDEO);
  });

  test('are refused without a KS, with a bad or expired KS, for another flavor, partner, a deleted entry', async () => {
    const flavor = await flavorOf(E.welcome);
    const url = await server.api('flavorasset', 'getDownloadUrl', { ks: server.ks, id: flavor.id });
    const other = await flavorOf(E.seminar12);
    const otherKs = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
    const foreignFlavor = await flavorOf(E.otherPartnerIntro, otherKs);
    const foreignUrl = await server.api('flavorasset', 'getDownloadUrl', { ks: otherKs, id: foreignFlavor.id });
    const refusals = {
      'no KS': url.replace(/\/ks\/[^/]+$/, ''),
      'a broken KS': url.replace(/\/ks\/[^/]+$/, '/ks/bm90LWEta3M'),
      'another flavor': url.replace(`/flavor/${flavor.id}/`, `/flavor/${other.id}/`),
      // 2002's KS, signed for 2002's asset, in a URL of 1001's entry.
      'another partner': url.replace(/\/ks\/[^/]+$/, `/ks/${ksTextOf(foreignUrl)}`),
    };
    const errors = await errorsOf(refusals);
    assert.deepEqual(errors, {
      'no KS': 'error-3',
      'a broken KS': 'error-7',
      'another flavor': 'error-6',
      'another partner': 'error-1',
    });

    server.advance(86_400 + 300);
    assert.equal((await download(url)).error, 'error-7', 'a day later the KS has expired');
    const ks = await server.session();
    const fresh = await server.api('flavorasset', 'getDownloadUrl', { ks, id: flavor.id });
    assert.equal((await download(fresh)).error, null);
    assert.equal(await server.api('baseentry', 'delete', { ks, entryId: E.welcome }), null);
    assert.equal((await download(fresh)).error, 'error-1');
  });

  test('honour the KS they carry: a plain session of the partner gets only what it is entitled to', async () => {
    const flavor = await flavorOf(E.keynote30);
    const path = `${server.url}/p/1001/sp/100100/download/entry_id/${E.keynote30}/flavor/${flavor.id}/ks/`;
    const entitled = await server.session({ type: 0, userId: SEED.users.student });
    assert.equal((await download(`${path}${entitled}`)).error, null);
    const held = await server.session({ type: 0, userId: SEED.users.student, privileges: 'enableentitlement' });
    assert.equal((await download(`${path}${held}`)).error, 'error-1', 'a MEMBERS_ONLY category hides the keynote');
  });

  test('are what getUrl hands out for a flavor of an entry that is not a media clip', async () => {
    const flavor = await flavorOf(E.welcome);
    server.sandbox.state.entries[E.welcome].type = '10';
    const url = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavor.id });
    assert.match(url, new RegExp(`/p/1001/sp/100100/download/entry_id/${E.welcome}/flavor/${flavor.id}/ks/[^/]+$`));
    assert.equal((await download(url)).error, null);
  });
});

describe("an entry's playManifest URLs", () => {
  test('dataUrl and downloadUrl carry no KS and serve the media; an image has no downloadUrl', async () => {
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: E.welcome });
    const manifest = `${server.url}/p/1001/sp/100100/playManifest/entryId/${E.welcome}`;
    assert.equal(entry.dataUrl, `${manifest}/format/url/protocol/http`);
    assert.equal(entry.downloadUrl, `${manifest}/format/download/protocol/http/flavorParamIds/0`);
    const served = await download(entry.downloadUrl);
    assert.deepEqual([served.status, served.error], [200, null]);
    assert.deepEqual(served.body, VIDEO);
    const image = await server.api('media', 'get', { ks: server.ks, entryId: E.diagram });
    assert.equal(image.downloadUrl, undefined);
  });

  test('refuse a KS that is not valid, another partner and a deleted entry as Kaltura does', async () => {
    const { dataUrl } = await server.api('media', 'get', { ks: server.ks, entryId: E.welcome });
    assert.equal((await download(`${dataUrl}/ks/${await server.session()}`)).error, null, 'a player may send its KS');
    assert.equal((await download(`${dataUrl}/ks/bm90LWEta3M`)).error, 'error-7');
    assert.equal((await download(dataUrl.replace('/p/1001/sp/100100/', '/p/2002/sp/200200/'))).error, 'error-1');
    assert.equal(await server.api('baseentry', 'delete', { ks: server.ks, entryId: E.welcome }), null);
    const gone = await download(dataUrl);
    assert.deepEqual([gone.status, gone.error, gone.body.length], [200, 'error-1', 0]);
  });
});
