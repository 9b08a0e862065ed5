// @ts-check
/**
 * Caption and CSV download URLs as Kaltura signs them (kaltura-rules §5.10): a KS made for that one file, in
 * the path, never the caller's session; the file to its own partner only.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { crackKs } from '../../src/sandbox/ks.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { entries: E, captionAssets: CA } = SEED;

const server = useReachServer();

/** The KS a download URL carries in its path, cracked. @param {string} url */
const ksOf = (url) => {
  const text = /\/ks\/([^/]+)/.exec(url)?.[1] ?? '';
  const info = crackKs(text, (partnerId) => SEED.secrets[/** @type {1001} */ (partnerId)]?.admin);
  assert.ok(info, `no KS in ${url}`);
  return { text, ...info };
};

/** @param {string} url */
const download = async (url) => {
  const response = await fetch(url);
  return { status: response.status, text: await response.text(), error: response.headers.get('x-kaltura') };
};

describe('caption URLs', () => {
  test('carry a day-long download KS for that asset only, not the session; the file is served with it', async () => {
    const url = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: CA.seminarEnglish });
    const serve = `${server.url}/api_v3/index.php/service/caption_captionAsset/action/serve`;
    assert.ok(url.startsWith(`${serve}/captionAssetId/${CA.seminarEnglish}/ks/`), url);
    assert.ok(!url.includes(server.ks), 'the session KS stays out of the URL');
    const ks = ksOf(url);
    const now = server.sandbox.clock.now();
    assert.deepEqual([ks.partnerId, ks.type, ks.userId], [SEED.partner, 0, '']);
    const entry = E.seminar12;
    assert.equal(
      ks.privilegesText,
      `download:${entry},disableentitlementforentry:${entry},sview:${entry},downloadasset:${CA.seminarEnglish}`,
    );
    assert.equal(ks.expiry % 300, 0, 'rounded up to five minutes, as the server does');
    assert.ok(ks.expiry >= now + 86_400 && ks.expiry < now + 86_400 + 300, String(ks.expiry - now));
    const served = await download(url);
    assert.equal(served.status, 200);
    assert.match(served.text, /-->/);
  });

  test('without a KS, or with one of another partner, the asset is not found', async () => {
    const url = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: CA.seminarEnglish });
    const withoutKs = url.replace(/\/ks\/.*$/, '?format=1');
    assert.equal(JSON.parse((await download(withoutKs)).text).code, 'CAPTION_ASSET_ID_NOT_FOUND');
    const otherUrl = await server.api('caption_captionasset', 'getUrl', {
      ks: await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser }),
      id: CA.otherPartnerIntroEnglish,
    });
    // 2002's download KS names its own asset; put 1001's asset in its path.
    const crossed = otherUrl.replace(CA.otherPartnerIntroEnglish, CA.seminarEnglish);
    assert.match((await download(crossed)).text, /<code>CAPTION_ASSET_ID_NOT_FOUND<\/code>/);
    const answer = await server.api('caption_captionasset', 'serve', {
      ks: ksOf(url).text,
      captionAssetId: CA.otherPartnerIntroEnglish,
    });
    assert.equal(answer.code, 'CAPTION_ASSET_ID_NOT_FOUND', "1001's download KS does not reach 2002's asset");
  });
});

describe('CSV export links', () => {
  const exportCsv = async () => {
    await server.api('reach_entryvendortask', 'exportToCsv', {
      ks: server.ks,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.withTasks },
    });
    return /** @type {string} */ (await server.api('sandbox_csvexport', 'getLatestUrl', { ks: server.ks }));
  };

  test('lead to exportCsv.serveCsv with a KS allowed to download that file only', async () => {
    const url = await exportCsv();
    const match =
      /^(.*)\/api_v3\/index\.php\/service\/exportCsv\/action\/serveCsv\/ks\/[\w-]+\/id\/(\w{24}\.csv)$/.exec(url);
    assert.ok(match, url);
    const [, origin, fileName] = match;
    assert.equal(origin, server.url);
    assert.ok(!url.includes(server.ks), 'the session KS stays out of the URL');
    const ks = ksOf(url);
    assert.deepEqual(
      [ks.partnerId, ks.type, ks.userId, ks.privilegesText],
      [SEED.partner, 0, '', `download:${fileName}`],
    );
    const served = await download(url);
    assert.equal(served.status, 200);
    assert.ok(served.text.startsWith('Task ID,Entry ID'), served.text);
  });

  test('are refused as the server does: no KS, no privilege (even ADMIN), another partner, a bad name', async () => {
    const url = await exportCsv();
    const fileName = /** @type {string} */ (url.split('/').at(-1));
    const serveCsv = async (/** @type {Record<string, string>} */ params) => {
      const response = await fetch(`${server.url}/api_v3/service/exportcsv/action/serveCsv?format=1`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(params),
      });
      return { text: await response.text(), error: response.headers.get('x-kaltura') };
    };
    assert.equal(JSON.parse((await serveCsv({ id: fileName })).text).code, 'MISSING_KS');
    const student = await server.session({ type: 0, userId: SEED.users.student });
    assert.deepEqual(await serveCsv({ ks: student, id: fileName }), { text: '', error: 'error-3' });
    const otherAdmin = await server.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
    assert.deepEqual(await serveCsv({ ks: otherAdmin, id: fileName }), { text: '', error: 'error-3' });
    const otherPartnersKs = await server.session({
      partnerId: SEED.otherPartner,
      type: 0,
      userId: '',
      privileges: `download:${fileName}`,
    });
    assert.deepEqual(await serveCsv({ ks: otherPartnersKs, id: fileName }), { text: '', error: 'error-5' });
    const badName = JSON.parse((await serveCsv({ ks: server.ks, id: '../x.csv' })).text);
    assert.deepEqual([badName.code, badName.args], ['INVALID_ID', { ID: '../x.csv' }]);
    const admin = await serveCsv({ ks: server.ks, id: fileName });
    assert.deepEqual(admin, { text: '', error: 'error-3' }, 'an ADMIN session without the privilege');
    const wildcard = await server.session({ type: 0, userId: '', privileges: 'download:*' });
    assert.ok((await serveCsv({ ks: wildcard, id: fileName })).text.startsWith('Task ID,'), 'download:*');
  });
});

describe('new ids', () => {
  test('are random letters and digits, as Kaltura makes them, not a count one can follow', async () => {
    const ids = [];
    for (let index = 0; index < 5; index++) {
      const entry = await server.api('media', 'add', {
        ks: server.ks,
        entry: { objectType: 'KalturaMediaEntry', mediaType: 1, name: `new ${index}` },
      });
      ids.push(entry.id);
    }
    for (const id of ids) assert.match(id, /^0_[0-9a-z]{8}$/);
    const prefixes = new Set(ids.map((id) => id.slice(0, 6)));
    assert.ok(prefixes.size > 1, `ids follow one another: ${ids.join(' ')}`);
  });
});
