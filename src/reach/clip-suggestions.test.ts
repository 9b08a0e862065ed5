import { expect } from '@open-wc/testing';
import { clipChildren } from './clip-suggestions.js';
import { EntryStatus, EntryVendorTaskStatus, VendorServiceFeature } from './enums.js';
import type { EntryVendorTask, MediaEntry } from './schemas.js';

const SOURCE = '0_source';
const output = JSON.stringify([
  { title: 'Opening', description: 'The start', tags: 'intro', start: 0, duration: 30 },
  { title: 'Findings', description: 'The results', tags: 'results', start: 120, duration: 45 },
]);
const clipsTask = (id: string, createdAt: number) =>
  ({
    id,
    entryId: SOURCE,
    partnerId: 1,
    catalogItemId: 1,
    serviceFeature: VendorServiceFeature.CLIPS,
    status: EntryVendorTaskStatus.READY,
    createdAt,
    taskJobData: { objectType: 'KalturaClipsVendorTaskData', outputJson: output },
  }) as EntryVendorTask;
const child = (id: string, name: string, seconds: number, createdAt: number) =>
  ({ id, name, msDuration: seconds * 1000, createdAt, status: EntryStatus.READY, rootEntryId: SOURCE }) as MediaEntry;

describe('clip suggestions', () => {
  it('gives each of two alike sets the clip entries made after its own order', () => {
    const earlier = clipsTask('10', 1_000);
    const newer = clipsTask('11', 5_000);
    const entries = [
      child('0_a1', 'Opening', 30, 1_100),
      child('0_a2', 'Findings', 45, 1_100),
      child('0_b1', 'Opening', 30, 5_100),
      child('0_b2', 'Findings', 45, 5_100),
    ];
    const { suggestions } = clipChildren(SOURCE, [earlier, newer], entries);
    const keysOf = (taskId: string) => suggestions.filter((clip) => clip.taskId === taskId).map((clip) => clip.key);
    expect(keysOf('11')).to.deep.equal(['0_b1', '0_b2']);
    expect(keysOf('10')).to.deep.equal(['0_a1', '0_a2']);
  });

  it('keeps the earlier set’s entries while the newer set’s entries are still loading', () => {
    const { suggestions } = clipChildren(
      SOURCE,
      [clipsTask('10', 1_000), clipsTask('11', 5_000)],
      [child('0_a1', 'Opening', 30, 1_100), child('0_a2', 'Findings', 45, 1_100)],
    );
    expect(suggestions.filter((clip) => clip.taskId === '10').map((clip) => clip.key)).to.deep.equal(['0_a1', '0_a2']);
    expect(suggestions.filter((clip) => clip.taskId === '11').every((clip) => clip.entry === undefined)).to.equal(true);
  });
});
