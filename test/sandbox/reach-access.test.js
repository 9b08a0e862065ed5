// @ts-check
/** What a session and a URL may reach: revoked sessions, CSV cells, media of deleted entries. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { useReachServer } from './reach-server.js';

const { entries: E, tasks: T, captionAssets: CA } = SEED;

const server = useReachServer();

describe('a revoked KS', () => {
  test('stays revoked however it is re-encoded', async () => {
    const ks = await server.session();
    assert.equal(await server.api('session', 'end', { ks }), null);
    const standardAlphabet = ks.replaceAll('-', '+').replaceAll('_', '/');
    const spellings = [ks, `${ks}==`, `${ks.slice(0, 20)}.${ks.slice(20)}`, `${ks.slice(0, 10)}*${ks.slice(10)}`, standardAlphabet];
    for (const spelling of spellings) {
      const answer = await server.api('baseentry', 'get', { ks: spelling, entryId: E.welcome });
      assert.equal(answer.code, 'INVALID_KS', `${spelling} still works`);
    }
  });
});

describe('CSV export', () => {
  test('a cell that would start a formula is escaped; numbers are not', async () => {
    const notes = '=HYPERLINK("https://attacker.example","open")';
    const updated = await server.api('reach_entryvendortask', 'update', {
      ks: server.ks, id: T.pendingModeration, entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes },
    });
    assert.equal(updated.notes, notes);
    await server.api('reach_entryvendortask', 'exportToCsv', { ks: server.ks, filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.withTasks } });
    const csv = await fetch(await server.api('sandbox_csvexport', 'getLatestUrl', { ks: server.ks })).then((response) => response.text());
    assert.ok(csv.includes(`"'=HYPERLINK(""https://attacker.example"",""open"")"`), csv);
    assert.doesNotMatch(csv, /(^|,)"?=/m);
    assert.match(csv, new RegExp(`^${T.pendingModeration},`, 'm'));
  });
});

describe('a deleted entry', () => {
  test('is gone from its media, thumbnail and caption URLs', async () => {
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: E.seminar12 });
    const captionUrl = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: CA.seminarEnglish });
    const urls = [`${entry.dataUrl}/a.webm`, entry.thumbnailUrl, captionUrl];
    for (const url of urls) assert.equal((await fetch(url).then((response) => response.arrayBuffer().then(() => response.status))), 200, url);
    assert.equal(await server.api('media', 'delete', { ks: server.ks, entryId: E.seminar12 }), null);
    for (const url of urls) assert.equal((await fetch(url).then((response) => response.arrayBuffer().then(() => response.status))), 404, url);
  });
});
