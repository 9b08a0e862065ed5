import { expect } from '@open-wc/testing';
import type { ApiCall } from '../api/client.js';
import { KalturaApiError } from '../api/errors.js';
import { EntryVendorTaskCreationMode, EntryVendorTaskStatus } from '../reach/enums.js';
import type { EntryVendorTask } from '../reach/schemas.js';
import { profilesOf } from './lookups.js';
import { placeOrders, reconcileOrder } from './order.js';
import type { ReachSession } from './session.js';

const ENTRY = '0_e';
const ITEM = 30101;
const request = { entryId: ENTRY, catalogItemId: ITEM, reachProfileId: 201 };
const lost = new KalturaApiError({ code: 'OUTCOME_UNKNOWN', message: 'lost', kind: 'uncertain' });
const attempt = { sentAt: 1_800_000_000, knownTaskIds: ['1'] };

const task = (id: string, fields: Partial<EntryVendorTask> = {}) =>
  ({
    id,
    entryId: ENTRY,
    catalogItemId: ITEM,
    status: EntryVendorTaskStatus.PENDING,
    createdAt: attempt.sentAt,
    partnerId: 1001,
    userId: 'me@example.com',
    creationMode: EntryVendorTaskCreationMode.MANUAL,
    ...fields,
  }) as EntryVendorTask;

/** A session that answers from memory: `answers` by "service.action" (a function may throw). */
function fakeSession(userId: string, answers: Record<string, () => unknown>) {
  const calls: string[] = [];
  const upserted: EntryVendorTask[] = [];
  const session = {
    details: () => Promise.resolve({ partnerId: 1001, userId, expiry: 0, isAdmin: true, privileges: new Map() }),
    call: <T>(call: ApiCall<T>) => {
      const name = `${call.service}.${call.action}`;
      calls.push(name);
      try {
        return Promise.resolve(answers[name]!() as T);
      } catch (error) {
        return Promise.reject(error);
      }
    },
    tasks: { forEntry: () => [], upsert: (tasks: EntryVendorTask[]) => upserted.push(...tasks) },
  } as unknown as ReachSession;
  return { session, calls, upserted };
}

const listing = (...objects: EntryVendorTask[]) => ({
  'reach_entryvendortask.list': () => ({ objects, totalCount: objects.length }),
});

describe('reconcileOrder: only a task this order could have made counts', () => {
  it('claims the one new manual task of the session user', async () => {
    const mine = task('5');
    const { session } = fakeSession('me@example.com', listing(task('1'), mine));
    const outcome = await reconcileOrder(session, request, attempt, lost);
    expect(outcome.kind).to.equal('created');
    expect(outcome.kind === 'created' && outcome.task.id).to.equal('5');
  });

  it("never claims a rule's task or another user's task: nothing was ordered", async () => {
    const { session, upserted } = fakeSession(
      'me@example.com',
      listing(
        task('6', { creationMode: EntryVendorTaskCreationMode.AUTOMATIC }),
        task('7', { userId: 'someone@example.com' }),
      ),
    );
    const outcome = await reconcileOrder(session, request, attempt, lost);
    expect(outcome.kind).to.equal('failed');
    // What the listing found is still shown everywhere.
    expect(upserted.map((found) => found.id)).to.have.members(['6', '7']);
  });

  it('matches an admin KS without a user ("") to tasks without userId', async () => {
    const { session } = fakeSession(
      '',
      listing(task('8', { userId: undefined }), task('9', { userId: 'me@example.com' })),
    );
    const outcome = await reconcileOrder(session, request, attempt, lost);
    expect(outcome.kind === 'created' && outcome.task.id).to.equal('8');
  });

  it('answers unknown, with the candidates, when several tasks of the user could be this order', async () => {
    const { session } = fakeSession(
      'me@example.com',
      listing(task('10'), task('11', { status: EntryVendorTaskStatus.READY })),
    );
    const outcome = await reconcileOrder(session, request, attempt, lost);
    expect(outcome.kind).to.equal('unknown');
    expect(outcome.kind === 'unknown' && outcome.candidates?.map((found) => found.id)).to.deep.equal(['10', '11']);
  });

  it('answers unknown when the listing fails', async () => {
    const { session } = fakeSession('me@example.com', {
      'reach_entryvendortask.list': () => {
        throw new KalturaApiError({ code: 'HTTP_ERROR', message: '500', kind: 'transient' });
      },
    });
    const outcome = await reconcileOrder(session, request, attempt, lost);
    expect(outcome.kind).to.equal('unknown');
    expect(outcome.kind === 'unknown' && outcome.candidates).to.equal(undefined);
  });
});

describe('placeOrders and the shared profiles', () => {
  it('forgets the memoised profiles (their usedCredit) once an order created a task, so profilesOf reads them again', async () => {
    let used = 10;
    const { session, calls } = fakeSession('me@example.com', {
      'reach_reachprofile.list': () => ({ objects: [{ id: 201, usedCredit: used }], totalCount: 1 }),
      'reach_entryvendortask.add': () => {
        used += 1.5;
        return task('12');
      },
    });
    expect((await profilesOf(session))[0]!.usedCredit).to.equal(10);
    expect((await profilesOf(session))[0]!.usedCredit, 'memoised').to.equal(10);
    const [outcome] = await placeOrders(session, [request]);
    expect(outcome!.kind).to.equal('created');
    expect((await profilesOf(session))[0]!.usedCredit).to.equal(11.5);
    expect(calls.filter((call) => call === 'reach_reachprofile.list')).to.have.length(2);
  });

  it('keeps the profiles when the order was refused', async () => {
    const { session, calls } = fakeSession('me@example.com', {
      'reach_reachprofile.list': () => ({ objects: [], totalCount: 0 }),
      'reach_entryvendortask.add': () => {
        throw new KalturaApiError({ code: 'EXCEEDED_MAX_CREDIT_ALLOWED', message: 'no', kind: 'api' });
      },
    });
    await profilesOf(session);
    await placeOrders(session, [request]);
    await profilesOf(session);
    expect(calls.filter((call) => call === 'reach_reachprofile.list')).to.have.length(1);
  });
});

describe('placeOrders, the same order twice at once', () => {
  it('sends it once; the second call reports that order’s outcome, marked joined, and the first is not', async () => {
    const { session, calls } = fakeSession('me@example.com', { 'reach_entryvendortask.add': () => task('20') });
    const [placed, joined] = await Promise.all([placeOrders(session, [request]), placeOrders(session, [request])]);
    expect(calls.filter((call) => call === 'reach_entryvendortask.add')).to.have.length(1);
    expect(placed![0]!.kind === 'created' && placed![0]!.task.id).to.equal('20');
    expect(placed![0]!.joined).to.equal(undefined);
    expect(joined![0]!.kind === 'created' && joined![0]!.task.id).to.equal('20');
    expect(joined![0]!.joined).to.equal(true);
  });
});
