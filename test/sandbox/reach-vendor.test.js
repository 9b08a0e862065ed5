// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FLAKY_VENDOR_ERROR } from '../../src/sandbox/reach/vendor.js';
import { transcriptOf } from '../../src/sandbox/seed/transcripts.js';
import { SEED } from '../../src/sandbox/seed/ids.js';
import { order, useReachServer } from './reach-server.js';

const { entries: E, catalog: C, profiles: P, tasks: T } = SEED;

const server = useReachServer();

/** @param {Record<string, any>} params */
const add = async (params) => {
  const task = await server.api('reach_entryvendortask', 'add', { ks: server.ks, ...params });
  assert.equal(task.objectType, 'KalturaEntryVendorTask', JSON.stringify(task));
  return task;
};
/** @param {string | number} id */
const getTask = (id) => server.api('reach_entryvendortask', 'get', { ks: server.ks, id });
/** @param {string} captionAssetId */
const captionText = async (captionAssetId) => {
  const url = await server.api('caption_captionasset', 'getUrl', { ks: server.ks, id: captionAssetId });
  return (await fetch(url)).text();
};
/** The words of an SRT body, timing lines and numbers removed. @param {string} srt */
const srtWords = (srt) =>
  srt
    .split('\n')
    .filter((line) => line && !/^\d+$/.test(line) && !line.includes('-->'))
    .join(' ');

describe('vendor simulator', () => {
  test('a machine task starts after 3 s and is READY after 10 s, with its captions attached', async () => {
    const task = await add(order(E.welcome, C.machineCaptionsEnglish));
    server.advance(2.9);
    assert.equal((await getTask(task.id)).status, 1);
    server.advance(0.2);
    assert.equal((await getTask(task.id)).status, 3);
    server.advance(7);
    const ready = await getTask(task.id);
    assert.equal(ready.status, 2);
    assert.equal(ready.finishTime, ready.queueTime + 10);
    assert.ok(ready.accuracy >= 80 && ready.accuracy <= 92, `machine accuracy ${ready.accuracy}`);

    const caption = await server.api('caption_captionasset', 'get', {
      ks: server.ks,
      captionAssetId: ready.outputObjectId,
    });
    assert.deepEqual(
      [caption.entryId, caption.language, caption.label, caption.format, caption.accuracy],
      [E.welcome, 'English', 'English (auto)', '1', ready.accuracy],
    );
    const srt = await captionText(ready.outputObjectId);
    assert.match(srt, /^1\n00:00:00,000 --> 00:00:0\d,\d{3}\n/);
    const transcript = transcriptOf(server.sandbox.state.entries[E.welcome])
      .map((/** @type {any} */ cue) => cue.text)
      .join(' ');
    assert.equal(srtWords(srt), transcript, 'the captions say exactly what the transcript says');
  });

  test('a human task takes about a minute and is 99 % accurate', async () => {
    const task = await add(order(E.welcome, C.humanCaptionsEnglish1Day));
    server.advance(59);
    assert.equal((await getTask(task.id)).status, 3);
    server.advance(1);
    const ready = await getTask(task.id);
    assert.deepEqual([ready.status, ready.accuracy], [2, 99]);
  });

  test('the flaky vendor fails every other order with an error description, and the credit comes back', async () => {
    const before = (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    // The seeded ERROR task was this vendor's 1st, so the next order succeeds and the one after fails.
    const succeeds = await add(order(E.welcome, C.machineCaptionsEnglishFlaky));
    const fails = await add(order(E.seminar12, C.machineCaptionsEnglishFlaky));
    assert.equal(fails.price, 3, 'charged when ordered (12 min × 0.25)');
    server.advance(10);
    assert.equal((await getTask(succeeds.id)).status, 2);
    const failed = await getTask(fails.id);
    assert.deepEqual([failed.status, failed.errDescription, failed.price], [6, FLAKY_VENDOR_ERROR, 0]);
    assert.equal(failed.finishTime, failed.queueTime + 10);
    const after = (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    assert.equal(after, before + succeeds.price, 'the failed task was refunded');
  });

  test('seeded human tasks follow their real turnaround time', async () => {
    const pending = await getTask(T.pending);
    assert.equal(pending.status, 1);
    server.advance(pending.expectedFinishTime - server.sandbox.clock.now() + 1);
    server.ks = await server.session(); // days later: the first session has expired
    const done = await getTask(T.pending);
    assert.equal(done.status, 2);
    assert.equal(done.finishTime, pending.expectedFinishTime);
  });

  test('a task waiting for its entry moves on once the entry is READY, without a charge (§7 quirk 6)', async () => {
    const usedBefore = (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    assert.equal((await getTask(T.pendingEntryReady)).status, 8);
    server.advance(15 * 60);
    const released = await getTask(T.pendingEntryReady);
    assert.equal(released.status, 1);
    assert.equal(released.expectedFinishTime, released.queueTime + 1800);
    assert.equal(
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit,
      usedBefore,
    );
  });

  test('pay-per-use is priced and charged on delivery, from the units the vendor reports', async () => {
    const before = (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit;
    const task = await add(order(E.welcome, C.machineSentimentAnalysisPayPerUse));
    assert.equal(task.price, 0);
    server.advance(10);
    const ready = await getTask(task.id);
    assert.ok(ready.unitsUsed > 0);
    assert.equal(ready.price, ready.unitsUsed * 0.001);
    assert.equal(
      (await server.api('reach_reachprofile', 'get', { ks: server.ks, id: P.default })).usedCredit,
      before + ready.price,
    );
  });
});

describe('outputs, attached as Kaltura attaches them', () => {
  test('translation: a caption in the target language, visibly marked', async () => {
    const task = await add(
      order(E.seminar12, C.machineTranslationEnglishToSpanish, {
        taskJobData: {
          objectType: 'KalturaTranslationVendorTaskData',
          captionAssetId: SEED.captionAssets.seminarEnglish,
        },
      }),
    );
    server.advance(10);
    const ready = await getTask(task.id);
    assert.equal(ready.taskJobData.captionAssetId, SEED.captionAssets.seminarEnglish);
    const caption = await server.api('caption_captionasset', 'get', {
      ks: server.ks,
      captionAssetId: ready.outputObjectId,
    });
    assert.deepEqual([caption.language, caption.languageCode], ['Spanish', 'es']);
    assert.match(await captionText(ready.outputObjectId), /\n\[es\] Thanks for joining/);
  });

  test('clips: child entries under the source and outputJson in seconds', async () => {
    const task = await add(
      order(E.keynote30, C.machineClipsEnglish, {
        taskJobData: {
          objectType: 'KalturaClipsVendorTaskData',
          clipsDuration: 60,
          instruction: 'Key moments',
          outputLanguage: 'English',
        },
      }),
    );
    server.advance(10);
    const ready = await getTask(task.id);
    assert.equal(ready.status, 2);
    const clips = JSON.parse(ready.taskJobData.outputJson);
    assert.equal(clips.length, 8, '30 minutes with 60-second clips gives the maximum of 8');
    for (const clip of clips) {
      assert.deepEqual(Object.keys(clip), ['title', 'description', 'tags', 'start', 'duration']);
      assert.equal(clip.duration, 60);
      assert.ok(Number.isInteger(clip.start) && clip.start >= 0 && clip.start + clip.duration <= 1800);
    }
    assert.equal(ready.taskJobData.instruction, 'Key moments');

    const children = await server.api('baseentry', 'list', {
      ks: server.ks,
      filter: {
        objectType: 'KalturaBaseEntryFilter',
        rootEntryIdIn: E.keynote30,
        statusIn: '1,2,4',
        orderBy: '+createdAt',
      },
      pager: { pageSize: 500 },
    });
    const clipEntries = children.objects.filter((/** @type {any} */ entry) => entry.id !== E.keynote30);
    assert.equal(clipEntries.length, 8);
    for (const [index, entry] of clipEntries.entries()) {
      assert.deepEqual(
        [entry.rootEntryId, entry.status, entry.mediaType, entry.name, entry.tags],
        [E.keynote30, '2', 1, clips[index].title, clips[index].tags],
      );
      assert.deepEqual(server.sandbox.state.entries[entry.id]._clip, {
        sourceEntryId: E.keynote30,
        offsetMs: clips[index].start * 1000,
        durationMs: 60_000,
      });
    }
    assert.equal(ready.outputObjectId, clipEntries[0].id);
  });

  test('chaptering: chapter cue points across the video', async () => {
    const task = await add(order(E.lecture45, C.machineChapteringEnglish));
    server.advance(10);
    const list = await server.api('cuepoint_cuepoint', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaThumbCuePointFilter', entryIdEqual: E.lecture45, subTypeEqual: 2 },
    });
    assert.equal(list.totalCount, 9, '45 minutes → a chapter about every 5 minutes');
    assert.ok(
      list.objects.every(
        (/** @type {any} */ cue) => cue.objectType === 'KalturaThumbCuePoint' && /^Chapter \d+: /.test(cue.title),
      ),
    );
    assert.equal((await getTask(task.id)).outputObjectId, list.objects[0].id);
  });

  test('quiz: multiple-choice question cue points with one correct answer each', async () => {
    await add(
      order(E.seminar12, C.machineQuizEnglish, {
        taskJobData: { objectType: 'KalturaQuizVendorTaskData', numberOfQuestions: 3 },
      }),
    );
    server.advance(10);
    const list = await server.api('cuepoint_cuepoint', 'list', {
      ks: server.ks,
      filter: {
        objectType: 'KalturaCuePointFilter',
        entryIdEqual: E.seminar12,
        cuePointTypeEqual: 'quiz.QUIZ_QUESTION',
      },
    });
    assert.equal(list.totalCount, 3);
    for (const question of list.objects)
      assert.equal(question.optionalAnswers.filter((/** @type {any} */ answer) => answer.isCorrect).length, 1);
  });

  test('summary: the entry description becomes the summary', async () => {
    const task = await add(
      order(E.welcome, C.machineSummaryEnglish, {
        taskJobData: { objectType: 'KalturaSummaryVendorTaskData', typeOfSummary: 'concise', writingStyle: 'formal' },
      }),
    );
    server.advance(10);
    const { summary } = JSON.parse((await getTask(task.id)).taskJobData.outputJson);
    const entry = await server.api('baseentry', 'get', { ks: server.ks, entryId: E.welcome });
    assert.equal(entry.description, summary);
    assert.match(summary, /welcome to the Sandbox University media portal/);
  });

  test('dubbing: an audio flavor in the target language', async () => {
    const task = await add(order(E.welcome, C.machineDubbingEnglishToFrench));
    server.advance(10);
    const flavors = await server.api('flavorasset', 'list', {
      ks: server.ks,
      filter: { objectType: 'KalturaFlavorAssetFilter', entryIdEqual: E.welcome },
    });
    const dubbed = flavors.objects.find(
      (/** @type {any} */ flavor) => flavor.id === server.sandbox.state.tasks.get(task.id).outputObjectId,
    );
    assert.equal(dubbed?.language, 'French');
  });
});

describe('exportToCsv', () => {
  test("needs a filter, answers the user's e-mail and keeps a downloadable CSV", async () => {
    const missing = await server.api('reach_entryvendortask', 'exportToCsv', { ks: server.ks });
    assert.deepEqual([missing.code, missing.args], ['MISSING_MANDATORY_PARAMETER', { PARAM_NAME: 'filter' }]);
    const recipient = await server.api('reach_entryvendortask', 'exportToCsv', {
      ks: server.ks,
      filter: { objectType: 'KalturaEntryVendorTaskFilter', entryIdEqual: E.withTasks },
    });
    assert.equal(recipient, SEED.users.professor);
    const url = await server.api('sandbox_csvexport', 'getLatestUrl', { ks: server.ks });
    const response = await fetch(url);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    const rows = (await response.text()).trim().split('\r\n');
    assert.equal(rows.length, 1 + 7, 'header and the 7 visible tasks');
    assert.ok(rows[0].startsWith('Task ID,Entry ID,Entry Name,Status'));
    assert.ok(
      rows.some(
        (row) => row.startsWith(`${T.pendingModeration},${E.withTasks},`) && row.includes(',PENDING_MODERATION,'),
      ),
    );
  });

  test('a session without an e-mail user gets USER_EMAIL_NOT_FOUND', async () => {
    const anonymous = await server.session({ userId: '' });
    const error = await server.api('reach_entryvendortask', 'exportToCsv', {
      ks: anonymous,
      filter: { objectType: 'KalturaEntryVendorTaskFilter' },
    });
    assert.equal(error.code, 'USER_EMAIL_NOT_FOUND');
  });
});
