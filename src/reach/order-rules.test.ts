import { expect } from '@open-wc/testing';
import { entryDurationMs } from './entry.js';
import { EntryStatus, EntryType, EntryVendorTaskStatus, MediaType, VendorServiceFeature } from './enums.js';
import { blockingTask, entryRefusal, tasksCancelledByOrder } from './order-rules.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from './schemas.js';

const captions = {
  id: 7,
  serviceFeature: VendorServiceFeature.CAPTIONS,
  serviceType: 2,
  turnAroundTime: -1,
  status: 2,
} as VendorCatalogItem;
const entry = (fields: Partial<MediaEntry>) =>
  ({
    id: '0_e',
    status: EntryStatus.READY,
    type: EntryType.MEDIA_CLIP,
    mediaType: MediaType.VIDEO,
    ...fields,
  }) as MediaEntry;
let nextId = 100;
const task = (status: number, version: number, fields: Partial<EntryVendorTask> = {}) =>
  ({
    id: String(nextId++),
    entryId: '0_e',
    catalogItemId: captions.id,
    status,
    version,
    createdAt: 1,
    partnerId: 1,
    ...fields,
  }) as EntryVendorTask;

describe('order rules', () => {
  it('entryDurationMs reads msDuration, else duration in seconds, else 0', () => {
    expect(entryDurationMs({ msDuration: 125_000, duration: 125 })).to.equal(125_000);
    expect(entryDurationMs({ duration: 8 })).to.equal(8_000);
    expect(entryDurationMs({})).to.equal(0);
    expect(entryDurationMs(undefined)).to.equal(0);
  });

  it('refuses in the server order: too short (step 11) before a kind the service does not take (step 12)', () => {
    expect(entryRefusal(entry({ mediaType: MediaType.IMAGE, msDuration: 0 }), captions)).to.equal('entry-too-short');
    expect(entryRefusal(entry({ mediaType: MediaType.IMAGE, msDuration: 60_000 }), captions)).to.equal(
      'feature-not-supported',
    );
    expect(entryRefusal(entry({ msDuration: 60_000 }), captions)).to.equal(undefined);
    expect(entryRefusal(entry({ status: EntryStatus.PRECONVERT, msDuration: 0 }), captions)).to.equal(
      'entry-not-ready',
    );
  });

  it('a PENDING order on another source version is cancelled by a new order (kaltura-rules §4.5), not blocking', () => {
    const older = task(EntryVendorTaskStatus.PENDING, 1);
    expect(blockingTask(captions, [older], 2)).to.equal(undefined);
    expect(tasksCancelledByOrder(captions, [older], 2)).to.deep.equal([older]);
  });

  it('cancels nothing when the order is refused, the version is the same, or the task waits for moderation', () => {
    expect(tasksCancelledByOrder(captions, [task(EntryVendorTaskStatus.PENDING, 2)], 2)).to.deep.equal([]);
    // PROCESSING on another version: the server answers DUPLICATION instead.
    expect(
      tasksCancelledByOrder(
        captions,
        [task(EntryVendorTaskStatus.PENDING, 1), task(EntryVendorTaskStatus.PROCESSING, 1)],
        2,
      ),
    ).to.deep.equal([]);
    expect(tasksCancelledByOrder(captions, [task(EntryVendorTaskStatus.PENDING_MODERATION, 1)], 2)).to.deep.equal([]);
    // No source flavor (version 0): every task counts as the same version.
    expect(tasksCancelledByOrder(captions, [task(EntryVendorTaskStatus.PENDING, 1)], 0)).to.deep.equal([]);
    // A delivered task on this version of an item that allows resubmission: the server replaces nothing.
    const resubmittable = { ...captions, allowResubmission: true };
    expect(
      tasksCancelledByOrder(
        resubmittable,
        [task(EntryVendorTaskStatus.READY, 2), task(EntryVendorTaskStatus.PENDING, 1)],
        2,
      ),
    ).to.deep.equal([]);
  });
});
