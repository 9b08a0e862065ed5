import { expect } from '@open-wc/testing';
import { EntryVendorTaskStatus, VendorServiceFeature } from './enums.js';
import type { EntryVendorTask } from './schemas.js';
import { taskOutputKind } from './task-output-kind.js';
import { taskOutput } from './task-outputs.js';

const ready = (serviceFeature: number, more: Partial<EntryVendorTask> = {}) =>
  ({
    id: '1',
    entryId: '0_media',
    partnerId: 1,
    catalogItemId: 1,
    serviceFeature,
    status: EntryVendorTaskStatus.READY,
    createdAt: 1_000,
    ...more,
  }) as EntryVendorTask;
const withOutput = (serviceFeature: number, outputJson: string) =>
  ready(serviceFeature, { taskJobData: { objectType: 'KalturaVendorTaskData', outputJson } });

describe('task outputs', () => {
  const clips = JSON.stringify([{ title: 'Opening', start: 0, duration: 30 }]);
  const tasks = {
    captions: ready(VendorServiceFeature.CAPTIONS, { outputObjectId: '0_caption' }),
    captionsWithoutAsset: ready(VendorServiceFeature.CAPTIONS),
    dubbing: ready(VendorServiceFeature.DUBBING, { outputObjectId: '0_flavor' }),
    dubbingOnEntry: ready(VendorServiceFeature.DUBBING),
    chapters: ready(VendorServiceFeature.CHAPTERING),
    clips: withOutput(VendorServiceFeature.CLIPS, clips),
    signLanguage: ready(VendorServiceFeature.SIGN_LANGUAGE),
    summary: withOutput(VendorServiceFeature.SUMMARY, JSON.stringify({ summary: 'In short.' })),
    metadata: withOutput(VendorServiceFeature.METADATA_ENRICHMENT, JSON.stringify({ title: 'T', tags: ['a', 'b'] })),
    quiz: withOutput(VendorServiceFeature.QUIZ, JSON.stringify([{ question: 'Why?' }])),
    moderation: ready(VendorServiceFeature.MODERATION, {
      taskJobData: { objectType: 'KalturaVendorTaskData', moderationOutputJson: '{"flagged":true}' },
    }),
    malformedSummary: withOutput(VendorServiceFeature.SUMMARY, '{"summary":'),
    tagging: ready(VendorServiceFeature.INTELLIGENT_TAGGING),
  };

  it('reads what each service produced', () => {
    expect(taskOutput(tasks.captions)).to.deep.equal({ kind: 'captions', captionAssetId: '0_caption' });
    expect(taskOutput(tasks.captionsWithoutAsset)).to.deep.equal({ kind: 'entry', entryId: '0_media' });
    expect(taskOutput(tasks.dubbing)).to.deep.equal({ kind: 'audio', flavorAssetId: '0_flavor' });
    expect(taskOutput(tasks.dubbingOnEntry)).to.deep.equal({ kind: 'entry', entryId: '0_media' });
    expect(taskOutput(tasks.chapters)).to.deep.equal({ kind: 'chapters', entryId: '0_media' });
    expect(taskOutput(tasks.clips)).to.deep.equal({ kind: 'clips', entryId: '0_media', suggested: 1 });
    expect(taskOutput(tasks.signLanguage)).to.deep.equal({ kind: 'clips', entryId: '0_media', suggested: 0 });
    expect(taskOutput(tasks.summary)).to.deep.equal({ kind: 'summary', text: 'In short.' });
    expect(taskOutput(tasks.metadata)).to.deep.equal({
      kind: 'metadata',
      title: 'T',
      description: undefined,
      tags: 'a, b',
    });
    expect(taskOutput(tasks.quiz)).to.deep.equal({ kind: 'quiz', questions: ['Why?'] });
    expect(taskOutput(tasks.moderation)).to.deep.equal({ kind: 'moderation', flagged: true });
    expect(taskOutput(tasks.malformedSummary)).to.deep.equal({ kind: 'summary', text: undefined });
    expect(taskOutput(tasks.tagging)).to.deep.equal({ kind: 'entry', entryId: '0_media' });
  });

  it('names the kind of result from the task alone, before reading it', () => {
    const kinds = Object.fromEntries(Object.entries(tasks).map(([name, task]) => [name, taskOutputKind(task)]));
    expect(kinds).to.deep.equal({
      captions: 'captions',
      captionsWithoutAsset: 'entry',
      dubbing: 'audio',
      dubbingOnEntry: 'entry',
      chapters: 'chapters',
      clips: 'clips',
      signLanguage: 'clips',
      summary: 'summary',
      metadata: 'metadata',
      quiz: 'quiz',
      moderation: 'moderation',
      malformedSummary: 'summary',
      tagging: 'entry',
    });
  });

  it('has no result without the entry it belongs to', () => {
    const orphan: EntryVendorTask = { ...tasks.chapters, entryId: undefined };
    expect(taskOutputKind(orphan)).to.equal(undefined);
    expect(taskOutput(orphan)).to.equal(undefined);
  });

  it('has no result before the task is ready', () => {
    const pending = { ...tasks.summary, status: EntryVendorTaskStatus.PROCESSING };
    expect(taskOutputKind(pending)).to.equal(undefined);
    expect(taskOutput(pending)).to.equal(undefined);
  });
});
