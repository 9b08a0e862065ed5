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
    const spellings = [
      ks,
      `${ks}==`,
      `${ks.slice(0, 20)}.${ks.slice(20)}`,
      `${ks.slice(0, 10)}*${ks.slice(10)}`,
      standardAlphabet,
    ];
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
      ks: server.ks,
      id: T.pendingModeration,
      entryVendorTask: { objectType: 'KalturaEntryVendorTask', notes },
    });
    assert.equal(updated.notes, notes);
    await server.api('reach_entryvendortask', 'exportToCsv', {
      ks: server.ks,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.withTasks },
    });
    const csv = await fetch(await server.api('sandbox_csvexport', 'getLatestUrl', { ks: server.ks })).then((response) =>
      response.text(),
    );
    assert.ok(csv.includes(`"'=HYPERLINK(""https://attacker.example"",""open"")"`), csv);
    assert.doesNotMatch(csv, /(^|,)"?=/m);
    assert.match(csv, new RegExp(`^${T.pendingModeration},`, 'm'));
  });
});

describe('a deleted entry', () => {
  test('is gone from its media, thumbnail and caption URLs', async () => {
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: E.seminar12 });
    const captionUrl = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: CA.seminarEnglish });
    const fileUrls = [`${entry.dataUrl}/a.webm`, entry.thumbnailUrl];
    const status = (/** @type {string} */ url) =>
      fetch(url).then((response) => response.arrayBuffer().then(() => response.status));
    for (const url of [...fileUrls, captionUrl]) assert.equal(await status(url), 200, url);
    assert.equal(await server.api('media', 'delete', { ks: server.ks, entryId: E.seminar12 }), null);
    assert.equal(await status(entry.thumbnailUrl), 404);
    // playManifest stops as Kaltura's KExternalErrors::dieError does: HTTP 200, no body, the error in a header.
    const media = await fetch(`${entry.dataUrl}/a.webm`);
    assert.deepEqual([media.headers.get('x-kaltura'), await media.text()], ['error-1', '']);
    // The caption URL is an api_v3 call: the server's error, in its default format (XML).
    const captionAnswer = await fetch(captionUrl).then((response) => response.text());
    assert.match(captionAnswer, /<code>CAPTION_ASSET_ID_NOT_FOUND<\/code>/);
  });
});

describe('permissions by session type and role', () => {
  test('a basic user session sees catalog items without prices; KMC access (a role) sees them', async () => {
    const listFor = async (/** @type {string} */ userId) =>
      (await server.api('reach_vendorcatalogitem', 'list', { ks: await server.session({ type: 0, userId }) })).objects;
    const student = await listFor(SEED.users.student);
    assert.ok(student.length > 0 && student.every((/** @type {any} */ item) => item.pricing === undefined));
    const manager = await listFor(SEED.users.lecturer);
    assert.ok(
      manager.every((/** @type {any} */ item) => item.pricing?.objectType === 'KalturaVendorCatalogItemPricing'),
    );
    const single = await server.api('reach_vendorcatalogitem', 'get', {
      ks: await server.session({ type: 0, userId: SEED.users.student }),
      id: student[0].id,
    });
    assert.equal(single.pricing, undefined);
  });

  test('approve, reject and exportToCsv need ADMIN_BASE: refused to basic users and content managers, allowed to a publisher administrator', async () => {
    const filter = { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.withTasks };
    for (const userId of [SEED.users.student, SEED.users.lecturer]) {
      const ks = await server.session({ type: 0, userId });
      for (const [action, params] of /** @type {const} */ ([
        ['approve', { id: T.pendingModeration }],
        ['reject', { id: T.pendingModeration }],
        ['exportToCsv', { filter }],
      ])) {
        const refused = await server.api('reach_entryvendortask', action, { ks, ...params });
        assert.deepEqual(
          [refused.code, refused.args],
          ['SERVICE_FORBIDDEN', { SERVICE: `reach_entryvendortask->${action.toLowerCase()}` }],
          `${userId} ${action}`,
        );
      }
    }
    const admin = await server.session({ type: 0, userId: SEED.users.mediaTeam });
    assert.equal(await server.api('reach_entryvendortask', 'exportToCsv', { ks: admin, filter }), SEED.users.mediaTeam);
    const rejected = await server.api('reach_entryvendortask', 'reject', {
      ks: admin,
      id: T.pendingModeration,
      rejectReason: 'not now',
    });
    assert.equal(rejected.status, 5);
  });

  test('a KS setting an unknown role is refused with INVALID_OBJECT_ID', async () => {
    const ks = await server.session({ privileges: 'setrole:no-such-role' });
    const answer = await server.api('reach_entryvendortask', 'list', { ks });
    assert.deepEqual([answer.code, answer.args], ['INVALID_OBJECT_ID', { ID: 'no-such-role' }]);
  });

  test('without a KS: SERVICE_FORBIDDEN when the call names an existing partner, MISSING_KS otherwise', async () => {
    const named = await server.api('reach_entryvendortask', 'list', { partnerId: SEED.partner });
    assert.deepEqual([named.code, named.args], ['SERVICE_FORBIDDEN', { SERVICE: 'reach_entryvendortask->list' }]);
    assert.equal((await server.api('reach_entryvendortask', 'list', {})).code, 'MISSING_KS');
    assert.equal((await server.api('reach_entryvendortask', 'list', { partnerId: 99 })).code, 'MISSING_KS');
  });
});

describe('credit periods', () => {
  test("a recurring credit that began long ago costs no loop, and one partner's profiles never slow another's calls", async () => {
    const { createSeedState } = await import('../../src/sandbox/seed/index.js');
    const { startReachServer } = await import('./reach-server.js');
    const longAgo = -6e12; // daily periods since long before any calendar: stepping through them takes seconds
    const slowSeed = (/** @type {number} */ now) => {
      const state = createSeedState(now);
      const other = state.reachProfiles[SEED.profiles.otherPartner];
      other.credit = {
        objectType: 'KalturaReoccurringVendorCredit',
        credit: 100,
        fromDate: longAgo,
        frequency: 'day',
        overageCredit: 0,
        addOn: 0,
      };
      delete other._creditPeriodStart;
      return state;
    };
    const slow = await startReachServer({ createState: slowSeed });
    try {
      const started = performance.now();
      const list = await slow.api('reach_entryvendortask', 'list', { ks: await slow.session() });
      assert.ok(Array.isArray(list.objects));
      const otherKs = await slow.session({ partnerId: SEED.otherPartner, userId: SEED.users.otherPartnerUser });
      const profile = await slow.api('reach_reachprofile', 'get', { ks: otherKs, id: SEED.profiles.otherPartner });
      assert.equal(profile.credit.objectType, 'KalturaReoccurringVendorCredit');
      assert.ok(performance.now() - started < 2000, `took ${performance.now() - started} ms`);
    } finally {
      await slow.close();
    }
  });
});

describe('session.start', () => {
  test("caps the expiry at the partner's ksMaxExpiryInSeconds (a day when unset)", async () => {
    const expiryOf = async (/** @type {number} */ expiry) => {
      const ks = await server.api('session', 'start', {
        secret: SEED.secrets[SEED.partner].admin,
        partnerId: SEED.partner,
        type: 2,
        expiry,
      });
      return (await server.api('session', 'get', { ks })).expiry;
    };
    const now = Math.floor(server.sandbox.clock.now());
    assert.ok((await expiryOf(365 * 86_400)) <= now + 86_400 + 5);
    server.sandbox.state.partners[SEED.partner].ksMaxExpiryInSeconds = 3600;
    const capped = await expiryOf(86_400);
    assert.ok(
      capped <= Math.floor(server.sandbox.clock.now()) + 3600 + 5 && capped >= now + 3600 - 5,
      String(capped - now),
    );
  });
});

describe('lists that need a filter', () => {
  test('categoryEntry.list without an entry or a category: MUST_FILTER_ON_ENTRY_OR_CATEGORY for a session that is not admin', async () => {
    const user = await server.session({ type: 0, userId: SEED.users.student });
    const refused = await server.api('categoryentry', 'list', {
      ks: user,
      filter: { objectType: 'KalturaCategoryEntryFilter' },
    });
    assert.equal(refused.code, 'MUST_FILTER_ON_ENTRY_OR_CATEGORY');
    const narrowed = await server.api('categoryentry', 'list', {
      ks: user,
      filter: { objectType: 'KalturaCategoryEntryFilter', entryIdEqual: E.lecture45 },
    });
    assert.equal(narrowed.objectType, 'KalturaCategoryEntryListResponse');
    const admin = await server.api('categoryentry', 'list', { ks: server.ks });
    assert.equal(admin.objectType, 'KalturaCategoryEntryListResponse');
  });
});
