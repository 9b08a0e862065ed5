// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CLIP_PROCESSING_SECONDS } from '../../src/sandbox/services/entries.js';
import { ids, USER_SECRET, useFixtureServer } from './platform-fixture.js';

const server = useFixtureServer();

/** @param {any} list */
const idsOf = (list) => list.objects.map((/** @type {any} */ entry) => entry.id);

describe('baseentry.list', () => {
  test('defaults: READY only, not hidden from search, newest first, 30 per page', async () => {
    const list = await server.api('baseentry', 'list', { ks: server.ks });
    assert.equal(list.objectType, 'KalturaBaseEntryListResponse');
    assert.deepEqual(idsOf(list), [ids.aliceVideo, ids.audio, ids.video]);
    assert.equal(list.totalCount, 3);
    assert.ok(list.objects.every((/** @type {any} */ entry) => entry.objectType === 'KalturaMediaEntry'));
  });

  test('a status filter lifts the READY default; idEqual lifts every default', async () => {
    const list = await server.api('baseentry', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaBaseEntryFilter', statusIn: '2,4', orderBy: '+createdAt' },
    });
    assert.deepEqual(idsOf(list), [ids.video, ids.audio, ids.aliceVideo, ids.draft]);
    const byId = await server.api('baseentry', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaBaseEntryFilter', idEqual: ids.hidden },
    });
    assert.deepEqual(idsOf(byId), [ids.hidden]);
  });

  test('filters: free text, tags, media type, categories (direct and ancestors), created range', async () => {
    /** @param {Record<string, any>} filter */
    const list = async (filter) =>
      idsOf(
        await server.api('media', 'list', {
          ks: server.ks,
          filter: { objectType: 'KalturaMediaEntryFilter', ...filter },
        }),
      );
    assert.deepEqual(await list({ freeText: 'strategy' }), [ids.video]);
    assert.deepEqual(await list({ tagsLike: 'podcast' }), [ids.audio]);
    assert.deepEqual(await list({ mediaTypeEqual: 5 }), [ids.audio]);
    assert.deepEqual(await list({ mediaTypeIn: '1', orderBy: '+name' }), [ids.aliceVideo, ids.video]);
    assert.deepEqual(await list({ categoriesIdsMatchOr: '12' }), [ids.aliceVideo]);
    assert.deepEqual(await list({ categoryAncestorIdIn: '11' }), [ids.aliceVideo]);
    assert.deepEqual(await list({ createdAtGreaterThanOrEqual: -450 }), [ids.aliceVideo, ids.audio]);
    assert.deepEqual(await list({ durationLessThan: 100 }), [ids.audio]);
  });

  test('pager: size clamped to 500, pages, and the 10000-match ceiling', async () => {
    const second = await server.api('baseentry', 'list', { ks: server.ks, pager: { pageSize: 2, pageIndex: 2 } });
    assert.deepEqual(idsOf(second), [ids.video]);
    assert.equal(second.totalCount, 3);
    const beyond = await server.api('baseentry', 'list', { ks: server.ks, pager: { pageSize: 500, pageIndex: 21 } });
    assert.equal(beyond.code, 'QUERY_EXCEEDED_MAX_MATCHES_ALLOWED');
    assert.deepEqual(beyond.args, []);
    const clamped = await server.api('baseentry', 'list', {
      ks: server.ks,
      pager: { pageSize: 100000, pageIndex: 20 },
    });
    assert.equal(clamped.code, undefined, 'offset 9500 is still allowed because pageSize is clamped to 500');
  });
});

describe('clips: clone → updateContent → READY', () => {
  test('a clone without flavors has no content; the clip turns READY on the sandbox clock', async () => {
    const clone = await server.api('baseentry', 'clone', {
      ks: server.ks,
      entryId: ids.video,
      cloneOptions: { 0: { objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' } },
    });
    assert.equal(clone.status, '7');
    assert.equal(clone.msDuration, 0);
    assert.equal(clone.rootEntryId, ids.video);
    assert.notEqual(clone.id, ids.video);
    assert.equal(
      (await server.api('flavorasset', 'list', { ks: server.ks, filter: { entryIdEqual: clone.id } })).totalCount,
      0,
    );

    const updated = await server.api('media', 'updateContent', {
      ks: server.ks,
      entryId: clone.id,
      resource: {
        objectType: 'KalturaOperationResource',
        resource: { objectType: 'KalturaEntryResource', entryId: ids.video },
        operationAttributes: { 0: { objectType: 'KalturaClipAttributes', offset: 30000, duration: 15000 } },
      },
    });
    assert.equal(updated.msDuration, 15000);
    assert.equal(updated.duration, 15);
    assert.equal(updated.status, '1');
    assert.equal(updated.operationAttributes[0].offset, 30000);

    const clips = {
      ks: server.ks,
      filter: { objectType: 'KalturaBaseEntryFilter', rootEntryIdIn: ids.video, statusIn: '0,1,2,4,7' },
    };
    // An original entry is its own root, so it is listed with its clips (as on the real server).
    assert.deepEqual(idsOf(await server.api('baseentry', 'list', clips)), [clone.id, ids.video]);
    assert.deepEqual(
      idsOf(await server.api('baseentry', 'list', { ...clips, filter: { rootEntryIdIn: ids.video } })),
      [ids.video],
      'the clip is not READY yet',
    );

    server.sandbox.clock.advance(CLIP_PROCESSING_SECONDS);
    const ready = await server.api('media', 'get', { ks: server.ks, entryId: clone.id });
    assert.equal(ready.status, '2');
    const flavors = await server.api('flavorasset', 'list', { ks: server.ks, filter: { entryIdEqual: clone.id } });
    assert.equal(flavors.totalCount, 1);
    const url = await server.api('flavorasset', 'getUrl', { ks: server.ks, id: flavors.objects[0].id });
    const serveFlavor = `${server.url}/p/1001/sp/100100/serveFlavor/entryId/${clone.id}`;
    assert.ok(url.startsWith(serveFlavor) && url.includes(`/flavorId/${flavors.objects[0].id}/`), url);

    const thumbnail = await fetch(`${ready.thumbnailUrl}/vid_sec/5/width/320`);
    assert.equal(thumbnail.headers.get('content-type'), 'image/svg+xml');
    const svg = await thumbnail.text();
    assert.match(svg, /width="320" height="240"/);
    assert.match(svg, />00:35</, 'a clip shows the source timecode: 30 s offset + 5 s');
  });

  test('a clip carries the part of the source transcript inside its range, re-timed', async () => {
    const noFlavors = { 0: { objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' } };
    /** @param {number} offset @param {number} duration */
    const clipTranscript = async (offset, duration) => {
      const clone = await server.api('baseentry', 'clone', {
        ks: server.ks,
        entryId: ids.video,
        cloneOptions: noFlavors,
      });
      assert.equal(server.sandbox.state.entries[clone.id].transcript, undefined, 'an empty clone says nothing');
      await server.api('media', 'updateContent', {
        ks: server.ks,
        entryId: clone.id,
        resource: {
          objectType: 'KalturaOperationResource',
          resource: { objectType: 'KalturaEntryResource', entryId: ids.video },
          operationAttributes: { 0: { objectType: 'KalturaClipAttributes', offset, duration } },
        },
      });
      return server.sandbox.state.entries[clone.id].transcript;
    };
    assert.deepEqual(await clipTranscript(0, 10000), [{ start: 0, end: 4, text: 'Hello' }]);
    assert.deepEqual(await clipTranscript(2000, 10000), [], 'a cue cut in half is left out');
  });

  test('updateContent refuses entries with content and unsupported resources', async () => {
    const resource = {
      objectType: 'KalturaOperationResource',
      resource: { objectType: 'KalturaEntryResource', entryId: ids.video },
    };
    const replace = await server.api('media', 'updateContent', { ks: server.ks, entryId: ids.audio, resource });
    assert.deepEqual(replace.args, { FEATURE: 'FEATURE_ENTRY_REPLACEMENT' });
    const empty = await server.api('baseentry', 'clone', {
      ks: server.ks,
      entryId: ids.video,
      cloneOptions: { 0: { objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' } },
    });
    const noType = await server.api('media', 'updateContent', {
      ks: server.ks,
      entryId: empty.id,
      resource: { entryId: ids.video },
    });
    assert.equal(noType.code, 'OBJECT_TYPE_ABSTRACT');
    const missingSource = await server.api('media', 'updateContent', {
      ks: server.ks,
      entryId: empty.id,
      resource: { ...resource, resource: { objectType: 'KalturaEntryResource', entryId: '0_nothere' } },
    });
    assert.equal(missingSource.code, 'ENTRY_ID_NOT_FOUND');
  });

  test('a failing call leaves no trace: the state is unchanged', async () => {
    const before = JSON.stringify(server.sandbox.state);
    const answer = await server.api('baseentry', 'update', {
      ks: server.ks,
      entryId: ids.video,
      baseEntry: { objectType: 'KalturaBaseEntry', name: 'x', rootEntryId: 'forged' },
    });
    assert.equal(answer.code, 'PROPERTY_VALIDATION_NOT_UPDATABLE');
    assert.equal(answer.message, 'The property "KalturaBaseEntry::rootEntryId" cannot be updated');
    assert.equal(JSON.stringify(server.sandbox.state), before);
  });

  test('update: insert-only fields may be resent unchanged; __null clears a field', async () => {
    const updated = await server.api('media', 'update', {
      ks: server.ks,
      entryId: ids.audio,
      mediaEntry: { objectType: 'KalturaMediaEntry', mediaType: 5, tags__null: '', description: 'Now described' },
    });
    assert.equal(updated.description, 'Now described');
    assert.equal(updated.tags, undefined);
    const changedType = await server.api('media', 'update', {
      ks: server.ks,
      entryId: ids.audio,
      mediaEntry: { objectType: 'KalturaMediaEntry', mediaType: 1 },
    });
    assert.equal(changedType.code, 'PROPERTY_VALIDATION_NOT_UPDATABLE');
  });
});

describe('assets, categories and cue points', () => {
  test('flavorasset.list needs an entry id', async () => {
    const answer = await server.api('flavorasset', 'list', { ks: server.ks });
    assert.deepEqual(answer.args, {
      PROP_NAME: 'KalturaFlavorAssetFilter::entryIdEqual/KalturaFlavorAssetFilter::entryIdIn',
    });
  });

  test('captionasset.serve returns the raw text; getUrl points to the same text, signed for that asset', async () => {
    const response = await fetch(`${server.url}/api_v3/service/caption_captionasset/action/serve`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: `format=1&ks=${server.ks}&captionAssetId=${ids.caption}`,
    });
    assert.equal(await response.text(), '1\n00:00:00,000 --> 00:00:04,000\nHello\n');
    const url = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: ids.caption });
    assert.ok(
      url.startsWith(`${server.url}/api_v3/index.php/service/caption_captionAsset/action/serve/captionAssetId/`),
      url,
    );
    assert.equal(await fetch(url).then((download) => download.text()), '1\n00:00:00,000 --> 00:00:04,000\nHello\n');
  });

  test('categories by full name prefix; categoryentry.add links an entry once', async () => {
    const categories = await server.api('category', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaCategoryFilter', fullNameStartsWith: 'Training>' },
    });
    assert.deepEqual(
      categories.objects.map((/** @type {any} */ category) => category.id),
      [12],
    );
    const link = await server.api('categoryentry', 'add', {
      ks: server.ks,
      categoryEntry: { objectType: 'KalturaCategoryEntry', categoryId: 11, entryId: ids.video },
    });
    assert.deepEqual([link.categoryId, link.entryId, link.status], [11, ids.video, 2]);
    assert.equal(
      (
        await server.api('categoryentry', 'add', {
          ks: server.ks,
          categoryEntry: { categoryId: 11, entryId: ids.video },
        })
      ).code,
      'CATEGORY_ENTRY_ALREADY_EXISTS',
    );
    const listed = await server.api('categoryentry', 'list', { ks: server.ks, filter: { entryIdEqual: ids.video } });
    assert.equal(listed.totalCount, 1);
    const user = await server.startSession({ type: 0, secret: USER_SECRET, userId: 'alice' });
    assert.equal(
      (await server.api('categoryentry', 'add', { ks: user, categoryEntry: { categoryId: 12, entryId: ids.audio } }))
        .code,
      'SERVICE_FORBIDDEN',
    );
  });

  test('cue points by entry and type, ordered by start time', async () => {
    const chapters = await server.api('cuepoint_cuepoint', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaCuePointFilter', entryIdEqual: ids.video, cuePointTypeIn: 'thumbCuePoint.Thumb' },
    });
    assert.deepEqual(
      chapters.objects.map((/** @type {any} */ cue) => cue.title),
      ['Chapter 1', 'Chapter 2'],
    );
    assert.equal(chapters.objects[0].objectType, 'KalturaThumbCuePoint');
    const all = await server.api('cuepoint_cuepoint', 'list', { ks: server.ks, filter: { entryIdEqual: ids.video } });
    assert.equal(all.totalCount, 3);
  });
});
