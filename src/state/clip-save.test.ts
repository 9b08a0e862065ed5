import { expect, waitUntil } from '@open-wc/testing';
import { KalturaClient, type ApiCall, type CallOptions } from '../api/client.js';
import { KalturaApiError } from '../api/errors.js';
import { cloneWithoutMedia } from '../reach/clips.js';
import { listEntries } from '../reach/entries.js';
import { ClipSaveErrorCode, ClipSaver, type ApiCaller, type ClipDraft } from './clip-save.js';
import {
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../test/browser/sandbox.js';

const SOURCE = SEED.entries.welcome;

const draft = (name: string, offsetMs = 10_000): ClipDraft => ({
  sourceEntryId: SOURCE,
  offsetMs,
  durationMs: 5_000,
  name,
  description: `About ${name}`,
  tags: 'welcome, tour',
});

/** Lets every call reach the server, but loses the answers of `lose` (service.action) as a network would. */
function losingAnswers(caller: ApiCaller, lose: string, times = Infinity): ApiCaller {
  let lost = 0;
  return {
    async call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T> {
      const result = await caller.call(call, options);
      if (`${call.service}.${call.action}` === lose && lost < times) {
        lost += 1;
        throw new KalturaApiError({
          code: 'OUTCOME_UNKNOWN',
          message: 'lost',
          kind: 'uncertain',
          service: call.service,
          action: call.action,
        });
      }
      return result;
    },
  };
}

/** Lets every call reach the server, but gives `unreadable` (service.action) an answer that does not fit its schema. */
function unreadableAnswers(caller: ApiCaller, unreadable: string): ApiCaller {
  return {
    call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T> {
      if (`${call.service}.${call.action}` !== unreadable) return caller.call(call, options);
      return caller.call(
        {
          ...call,
          parse: () => {
            throw new Error('Unexpected response: id is not valid');
          },
        },
        options,
      );
    },
  };
}

/** Fails the reads (service.action) `times` times, as an unreachable server would after the client's retries. */
function failingReads(caller: ApiCaller, read: string, times: number): ApiCaller {
  let failed = 0;
  return {
    call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T> {
      if (`${call.service}.${call.action}` === read && failed < times) {
        failed += 1;
        return Promise.reject(
          new KalturaApiError({
            code: 'NETWORK_ERROR',
            message: 'The server could not be reached.',
            kind: 'transient',
            service: call.service,
            action: call.action,
          }),
        );
      }
      return caller.call(call, options);
    },
  };
}

describe('ClipSaver', () => {
  let client: KalturaClient;
  beforeEach(async () => {
    await resetSandbox();
    client = new KalturaClient({ serviceUrl, ks: await startKs(), retryDelaysMs: [] });
  });
  afterEach(() => clearFaults());

  const copies = async (statusIn = ['7']) =>
    (await client.call(listEntries({ rootEntryIdIn: [SOURCE], statusIn }, { pageSize: 500 }))).objects.filter(
      (entry) => entry.id !== SOURCE,
    );
  const settled = (saver: ClipSaver) =>
    waitUntil(
      () => saver.jobs.every((job) => job.phase.kind !== 'working' || job.phase.step === 'process'),
      'jobs settled',
      { timeout: 5000 },
    );

  it('takes the copy a lost clone answer made, and makes no second one', async () => {
    const saver = new ClipSaver(losingAnswers(client, 'baseentry.clone'), { pollDelayMs: () => 20 });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    await advanceClock(10);
    await waitUntil(() => job!.phase.kind === 'done', 'saved', { timeout: 5000 });
    const [made] = await copies(['2']);
    expect(job!.cloneId).to.equal(made!.id);
    expect(made!.name).to.equal('Tour');
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    saver.dispose();
  });

  it('gives each of several jobs its own copy when all their clone answers are lost', async () => {
    const saver = new ClipSaver(losingAnswers(client, 'baseentry.clone'), { pollDelayMs: () => 20 });
    const jobs = saver.save([draft('One'), draft('Two', 20_000), draft('Three', 30_000)]);
    await settled(saver);
    const ids = jobs.map((job) => job.cloneId);
    expect(new Set(ids).size).to.equal(3);
    expect(jobs.every((job) => job.phase.kind === 'working')).to.equal(true);
    expect((await stats()).calls['baseentry.clone']).to.equal(3);
    saver.dispose();
  });

  it('says no copy was made when the clone never reached the server, and tries again on resume', async () => {
    const saver = new ClipSaver(client, { pollDelayMs: () => 20 });
    await injectFault({ service: 'baseentry', action: 'clone', fault: 'http500' });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase.kind).to.equal('failed');
    expect(job!.phase.kind === 'failed' && job!.phase.error.code).to.equal(ClipSaveErrorCode.CLONE_NOT_MADE);
    expect(job!.cloneId).to.equal(undefined);
    expect(await copies()).to.have.length(0);

    await saver.resume(job!);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    expect((await copies(['1', '2'])).length).to.equal(1);
    saver.dispose();
  });

  it('takes the copy a clone with an unreadable answer made, and makes no second one', async () => {
    const saver = new ClipSaver(unreadableAnswers(client, 'baseentry.clone'), { pollDelayMs: () => 20 });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    await advanceClock(10);
    await waitUntil(() => job!.phase.kind === 'done', 'saved', { timeout: 5000 });
    const [made] = await copies(['2']);
    expect(job!.cloneId).to.equal(made!.id);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect(await copies()).to.have.length(0);
    saver.dispose();
  });

  it('never clones again after an unreadable clone answer whose copy is not listed yet', async () => {
    // Search indexing can lag: the first listing does not show the copy the clone made.
    let hidden = false;
    const lagging: ApiCaller = {
      call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T> {
        if (`${call.service}.${call.action}` === 'baseentry.list' && !hidden) {
          hidden = true;
          return Promise.resolve({ objects: [], totalCount: 0 } as T);
        }
        return client.call(call, options);
      },
    };
    const saver = new ClipSaver(unreadableAnswers(lagging, 'baseentry.clone'), { pollDelayMs: () => 20 });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase.kind === 'failed' && job!.phase.error.code).to.equal(ClipSaveErrorCode.CLONE_UNKNOWN);
    await saver.resume(job!);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    saver.dispose();
  });

  it('takes the newest empty copy after a lost clone answer, not one an earlier save left', async () => {
    const [leftover] = await Promise.all([client.call(cloneWithoutMedia(SOURCE))]);
    await advanceClock(1);
    const saver = new ClipSaver(losingAnswers(client, 'baseentry.clone'), { pollDelayMs: () => 20 });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    expect(job!.cloneId).to.not.equal(leftover!.id);
    expect((await copies()).map((entry) => entry.id)).to.deep.equal([leftover!.id]);
    saver.dispose();
  });

  it('never clones again while it is not known whether a lost clone made a copy', async () => {
    // The clone's answer is lost and the listing that would tell fails too.
    const saver = new ClipSaver(failingReads(losingAnswers(client, 'baseentry.clone'), 'baseentry.list', 1), {
      pollDelayMs: () => 20,
    });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase.kind === 'failed' && job!.phase.error.code).to.equal(ClipSaveErrorCode.CLONE_UNKNOWN);
    expect(job!.phase.kind === 'failed' && job!.phase.step).to.equal('clone');
    expect(job!.resumable).to.equal(true);
    expect(await copies()).to.have.length(1);

    // "Check again" looks for the copy and goes on with it; it does not send a second clone.
    await saver.resume(job!);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect((await copies(['1', '2', '7'])).length).to.equal(1);
    saver.dispose();
  });

  it('removes the copy a clone of unknown outcome made when the save is cancelled', async () => {
    const saver = new ClipSaver(failingReads(losingAnswers(client, 'baseentry.clone'), 'baseentry.list', 1), {
      pollDelayMs: () => 20,
    });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase.kind === 'failed' && job!.phase.error.code).to.equal(ClipSaveErrorCode.CLONE_UNKNOWN);
    await saver.discard(job!);
    expect(job!.phase.kind).to.equal('discarded');
    expect(await copies()).to.have.length(0);
    saver.dispose();
  });

  it('checks a lost metadata answer against the entry before going on', async () => {
    const saver = new ClipSaver(losingAnswers(client, 'media.update'), { pollDelayMs: () => 20 });
    const [job] = saver.save([draft('Tour')]);
    await settled(saver);
    expect(job!.phase).to.deep.equal({ kind: 'working', step: 'process' });
    expect(job!.entry?.name).to.equal('Tour');
    saver.dispose();
  });

  it('reports a range the server cannot cut as a failed conversion that cannot be resumed', async () => {
    const saver = new ClipSaver(client, { pollDelayMs: () => 20 });
    // The welcome video is 125 s long: a clip starting at 200 s has nothing in it.
    const [job] = saver.save([draft('Past the end', 200_000)]);
    await settled(saver);
    await advanceClock(10);
    await waitUntil(() => job!.phase.kind === 'failed', 'failed', { timeout: 5000 });
    expect(job!.phase.kind === 'failed' && job!.phase.step).to.equal('process');
    expect(job!.resumable).to.equal(false);
    saver.dispose();
  });
});
