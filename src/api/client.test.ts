import { expect } from '@open-wc/testing';
import { KalturaClient, KsInvalidEvent } from './client.js';
import { encodeParams } from './encode.js';
import { KalturaApiError } from './errors.js';
import { parseKs, parsePrivileges } from './ks.js';
import {
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../test/browser/sandbox.js';

const anything = (raw: unknown) => raw;
const getEntry = (entryId: string) => ({
  service: 'baseentry',
  action: 'get',
  params: { entryId },
  parse: (raw: unknown) => (raw as { id: string }).id,
});
const fastRetries = [20, 40, 80];

/** The URLs fetched while `run` runs, and what it returned. */
async function urlsFetchedDuring<T>(run: () => Promise<T>): Promise<{ urls: string[]; value: T }> {
  const urls: string[] = [];
  const originalFetch = window.fetch;
  window.fetch = (input, init) => {
    urls.push(String(input));
    return originalFetch(input, init);
  };
  try {
    return { urls, value: await run() };
  } finally {
    window.fetch = originalFetch;
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<KalturaApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(KalturaApiError);
    return error as KalturaApiError;
  }
  throw new Error('expected the call to fail');
}

describe('encodeParams', () => {
  it('encodes nested objects, arrays, nulls, empty arrays, booleans and dates the way Kaltura reads them', () => {
    const body = encodeParams({
      entryVendorTask: {
        objectType: 'KalturaEntryVendorTask',
        catalogItemId: 12,
        notes: null,
        taskJobData: { objectType: 'KalturaClipsVendorTaskData', clipsDuration: 60 },
      },
      cloneOptions: [{ objectType: 'KalturaBaseEntryCloneOptionComponent', itemType: '6', rule: '1' }],
      reachProfile: { rules: [], enableMachineModeration: false },
      topLevel: null,
      since: new Date(1_700_000_000_500),
      skipped: undefined,
    });
    expect([...body.entries()]).to.deep.equal([
      ['entryVendorTask[objectType]', 'KalturaEntryVendorTask'],
      ['entryVendorTask[catalogItemId]', '12'],
      ['entryVendorTask[notes__null]', ''],
      ['entryVendorTask[taskJobData][objectType]', 'KalturaClipsVendorTaskData'],
      ['entryVendorTask[taskJobData][clipsDuration]', '60'],
      ['cloneOptions[0][objectType]', 'KalturaBaseEntryCloneOptionComponent'],
      ['cloneOptions[0][itemType]', '6'],
      ['cloneOptions[0][rule]', '1'],
      ['reachProfile[rules][-]', ''],
      ['reachProfile[enableMachineModeration]', 'false'],
      ['topLevel__null', ''],
      ['since', '1700000000'],
    ]);
  });

  it('prefixes every key of a multirequest sub-request', () => {
    const body = encodeParams({ filter: { idIn: '1,2' } }, new URLSearchParams(), '2');
    expect(body.toString()).to.equal('2%5Bfilter%5D%5BidIn%5D=1%2C2');
  });
});

describe('parseKs', () => {
  it('reads the partner id of a v2 KS issued by the server', async () => {
    await resetSandbox();
    const ks = await startKs();
    expect(ks.startsWith('djJ8')).to.equal(true);
    expect(parseKs(ks)).to.deep.equal({ version: 2, partnerId: SEED.partner });
  });

  it('reads partner, expiry, type, user and privileges of a v1 KS', () => {
    const info = '1001;1001;1893456000;2;4242;jane@example.com;edit:0_abc,sview:*;;';
    const ks = btoa(`0123456789abcdef0123456789abcdef01234567|${info}`);
    expect(parseKs(ks)).to.deep.equal({
      version: 1,
      partnerId: 1001,
      expiry: 1893456000,
      sessionType: 2,
      userId: 'jane@example.com',
      privileges: 'edit:0_abc,sview:*',
    });
  });

  it('says undefined for text that is not a KS', () => {
    expect(parseKs('not a ks')).to.equal(undefined);
    expect(parseKs('')).to.equal(undefined);
  });

  it('splits privileges into names and values', () => {
    const privileges = parsePrivileges('edit:0_a/0_b,disableentitlement,sview:*');
    expect([...privileges]).to.deep.equal([
      ['edit', ['0_a', '0_b']],
      ['disableentitlement', []],
      ['sview', ['*']],
    ]);
  });
});

describe('KalturaClient', () => {
  let client: KalturaClient;

  beforeEach(async () => {
    await resetSandbox();
    client = new KalturaClient({ serviceUrl, ks: await startKs(), retryDelaysMs: fastRetries });
    await resetStats();
  });

  afterEach(() => clearFaults());

  it('sends the calls of one tick as ONE multirequest and hands each caller its own result', async () => {
    const ids = await Promise.all(
      [getEntry(SEED.entries.welcome), getEntry(SEED.entries.seminar12), getEntry(SEED.entries.keynote30)].map((call) =>
        client.call(call),
      ),
    );
    expect(ids).to.deep.equal([SEED.entries.welcome, SEED.entries.seminar12, SEED.entries.keynote30]);
    expect((await stats()).httpRequests).to.equal(1);
  });

  it('fails only the caller whose sub-request failed', async () => {
    const [good, bad] = await Promise.allSettled([
      client.call(getEntry(SEED.entries.welcome)),
      client.call(getEntry('0_missing')),
    ]);
    expect(good).to.deep.equal({ status: 'fulfilled', value: SEED.entries.welcome });
    const error = (bad as PromiseRejectedResult).reason as KalturaApiError;
    expect(error.code).to.equal('ENTRY_ID_NOT_FOUND');
    expect(error.kind).to.equal('api');
    expect(error.args).to.deep.equal({ ENTRY_ID: '0_missing' });
    expect((await stats()).httpRequests).to.equal(1);
  });

  it('splits a larger tick into batches of maxBatchSize', async () => {
    const small = new KalturaClient({ serviceUrl, ks: client.ks, maxBatchSize: 2 });
    await Promise.all([1, 2, 3, 4, 5].map(() => small.call(getEntry(SEED.entries.welcome))));
    expect((await stats()).httpRequests).to.equal(3);
  });

  it('lets later calls of a sequence use earlier results ({N:result:…})', async () => {
    const [list, entry] = await client.sequence([
      {
        service: 'baseentry',
        action: 'list',
        params: { filter: { objectType: 'KalturaBaseEntryFilter', idEqual: SEED.entries.welcome } },
        parse: anything,
      },
      { service: 'baseentry', action: 'get', params: { entryId: '{1:result:objects:0:id}' }, parse: anything },
    ]);
    expect(list!.status).to.equal('fulfilled');
    expect((entry as PromiseFulfilledResult<{ id: string }>).value.id).to.equal(SEED.entries.welcome);
  });

  it('retries a read after a server error, with backoff, and succeeds', async () => {
    await injectFault({ service: 'baseentry', action: 'get', fault: 'http500', count: 2 });
    expect(await client.call(getEntry(SEED.entries.welcome))).to.equal(SEED.entries.welcome);
    expect((await stats()).httpRequests).to.equal(3);
  });

  it('gives up on a read after three retries with a transient error', async () => {
    await injectFault({ service: 'baseentry', action: 'get', fault: 'http500', count: 10 });
    const error = await rejectionOf(client.call(getEntry(SEED.entries.welcome)));
    expect(error.kind).to.equal('transient');
    expect(error.code).to.equal('HTTP_ERROR');
    expect(error.status).to.equal(500);
    expect((await stats()).httpRequests).to.equal(4);
  });

  it('reports a dropped connection as a network error once retries are spent', async () => {
    await injectFault({ service: 'baseentry', action: 'get', fault: 'drop', count: 10 });
    const error = await rejectionOf(client.call(getEntry(SEED.entries.welcome)));
    expect(error.kind).to.equal('transient');
    expect(error.code).to.equal('NETWORK_ERROR');
    expect((await stats()).httpRequests).to.equal(4);
  });

  it('never retries a call that spends credit: a lost answer is reported as uncertain', async () => {
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
    const add = {
      service: 'reach_entryvendortask',
      action: 'add',
      mutates: true,
      params: {
        entryVendorTask: {
          objectType: 'KalturaEntryVendorTask',
          entryId: SEED.entries.welcome,
          catalogItemId: SEED.catalog.machineCaptionsEnglish,
        },
      },
      parse: anything,
    };
    const error = await rejectionOf(client.call(add));
    expect(error.kind).to.equal('uncertain');
    expect(error.code).to.equal('OUTCOME_UNKNOWN');
    expect((await stats()).httpRequests).to.equal(1);
    // The task was created although the answer was lost: what the caller must reconcile.
    const list = (await client.call({
      service: 'reach_entryvendortask',
      action: 'list',
      params: {
        filter: {
          objectType: 'KalturaEntryVendorTaskFilter',
          entryIdEqual: SEED.entries.welcome,
          catalogItemIdEqual: SEED.catalog.machineCaptionsEnglish,
        },
      },
      parse: anything,
    })) as { totalCount: number };
    expect(list.totalCount).to.equal(1);
  });

  it('reports an unreadable answer as malformed and retries reads', async () => {
    await injectFault({ service: 'baseentry', action: 'get', fault: 'malformed' });
    expect(await client.call(getEntry(SEED.entries.welcome))).to.equal(SEED.entries.welcome);
    expect((await stats()).httpRequests).to.equal(2);
  });

  it('turns a response that does not fit the schema into a validation error', async () => {
    const error = await rejectionOf(
      client.call({
        ...getEntry(SEED.entries.welcome),
        parse: () => {
          throw new Error('entry.id is missing');
        },
      }),
    );
    expect(error.kind).to.equal('validation');
    expect(error.message).to.equal('entry.id is missing');
  });

  it('cancels a call whose signal aborts before it is sent, without any request', async () => {
    const controller = new AbortController();
    const promise = client.call(getEntry(SEED.entries.welcome), { signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(promise)).kind).to.equal('aborted');
    await Promise.resolve();
    expect((await stats()).httpRequests).to.equal(0);
  });

  it('cancels a call in flight and abandons the request when every caller has gone', async () => {
    await injectFault({ service: 'baseentry', action: 'get', fault: 'latency', latencyMs: 2000 });
    const controller = new AbortController();
    const promise = client.call(getEntry(SEED.entries.welcome), { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await rejectionOf(promise);
    expect(error.kind).to.equal('aborted');
  });

  it('times out a request that gets no answer', async () => {
    const impatient = new KalturaClient({ serviceUrl, ks: client.ks, timeoutMs: 100, retryDelaysMs: [] });
    await injectFault({ service: 'baseentry', action: 'get', fault: 'latency', latencyMs: 1000 });
    const error = await rejectionOf(impatient.call(getEntry(SEED.entries.welcome)));
    expect(error.code).to.equal('TIMEOUT');
    expect(error.kind).to.equal('transient');
  });

  it('holds calls on INVALID_KS, fires ks-invalid once, and resumes them with a new KS', async () => {
    const shortKs = await startKs({ expiry: 60 });
    const expiring = new KalturaClient({ serviceUrl, ks: shortKs });
    await advanceClock(120);
    const events: KsInvalidEvent[] = [];
    expiring.addEventListener('ks-invalid', (event) => events.push(event as KsInvalidEvent));
    const first = expiring.call(getEntry(SEED.entries.welcome));
    const second = expiring.call(getEntry(SEED.entries.seminar12));
    await new Promise<void>((resolve) => expiring.addEventListener('ks-invalid', () => resolve(), { once: true }));
    expect(expiring.waitingForKs).to.equal(true);
    expect(events).to.have.length(1);
    // The server echoes the KS in its message; it never reaches our errors.
    expect(events[0]!.error.message).not.to.contain(shortKs);
    expect(JSON.stringify(events[0]!.error.args)).not.to.contain(shortKs);

    expiring.ks = await startKs();
    expect(await Promise.all([first, second])).to.deep.equal([SEED.entries.welcome, SEED.entries.seminar12]);
    expect(expiring.waitingForKs).to.equal(false);
  });

  it('sends the KS only in the request body', async () => {
    const { urls } = await urlsFetchedDuring(() => client.call(getEntry(SEED.entries.welcome)));
    expect(urls).to.deep.equal([`${serviceUrl}/api_v3/service/baseentry/action/get`]);
  });

  it('asks for a file alone, with the KS in the body, and hands over its text; its error is an API error', async () => {
    const serve = (captionAssetId: string) => ({
      service: 'caption_captionasset',
      action: 'serve',
      params: { captionAssetId },
      parse: (raw: unknown) => raw as string,
      file: true,
    });
    const { urls, value } = await urlsFetchedDuring(async () => {
      const [text, id] = await Promise.all([
        client.call(serve(SEED.captionAssets.seminarEnglish)),
        client.call(getEntry(SEED.entries.welcome)),
      ]);
      return { text, id, error: await rejectionOf(client.call(serve('0_missing1'))) };
    });
    expect(value.text).to.match(/^1\n\d\d:\d\d:\d\d,\d{3} --> /);
    expect(value.id).to.equal(SEED.entries.welcome);
    expect([value.error.code, value.error.kind]).to.deep.equal(['CAPTION_ASSET_ID_NOT_FOUND', 'api']);
    expect(urls).to.have.members([
      `${serviceUrl}/api_v3/service/caption_captionasset/action/serve`,
      `${serviceUrl}/api_v3/service/baseentry/action/get`,
      `${serviceUrl}/api_v3/service/caption_captionasset/action/serve`,
    ]);
  });
});

describe('KalturaClient: changes are never abandoned', () => {
  const realFetch = globalThis.fetch;
  let answers: Array<{ url: string; signal: AbortSignal | undefined; respond(body: unknown): void }> = [];

  beforeEach(() => {
    answers = [];
    globalThis.fetch = ((url: string, init?: RequestInit) =>
      !String(url).startsWith('https://reach.invalid')
        ? realFetch(url, init)
        : new Promise<Response>((resolve, reject) => {
            init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
            answers.push({
              url: String(url),
              signal: init?.signal ?? undefined,
              respond: (body) => resolve(new Response(JSON.stringify(body))),
            });
          })) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  const client = () => new KalturaClient({ serviceUrl: 'https://reach.invalid', ks: 'KS', retryDelaysMs: fastRetries });
  const addTask = {
    service: 'reach_entryvendortask',
    action: 'add',
    mutates: true,
    parse: (raw: unknown) => (raw as { id: number }).id,
  };
  const strict = (raw: unknown) => {
    if (typeof (raw as { id?: unknown }).id !== 'number') throw new Error('id is not a number');
    return (raw as { id: number }).id;
  };
  const sent = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    return answers;
  };

  it('makes an unreadable answer to a change uncertain (the server did act), and to a read a validation error', async () => {
    const api = client();
    const change = api.call({ ...addTask, parse: strict });
    (await sent())[0]!.respond({ id: 'oops' });
    const error = await rejectionOf(change);
    expect([error.kind, error.code]).to.deep.equal(['uncertain', 'RESPONSE_VALIDATION']);

    const read = api.call({ service: 'baseentry', action: 'get', parse: strict });
    (await sent())[1]!.respond({ id: 'oops' });
    const readError = await rejectionOf(read);
    expect([readError.kind, readError.code]).to.deep.equal(['validation', 'RESPONSE_VALIDATION']);
  });

  it('makes an unreadable answer in a sequence holding a change uncertain', async () => {
    const api = client();
    const results = api.sequence([
      { service: 'baseentry', action: 'clone', mutates: true, parse: anything },
      { service: 'baseentry', action: 'get', parse: strict },
    ]);
    (await sent())[0]!.respond([{ id: 1 }, { id: 'oops' }]);
    const [first, second] = await results;
    expect(first!.status).to.equal('fulfilled');
    expect(second!.status).to.equal('rejected');
    const error = (second as PromiseRejectedResult).reason as KalturaApiError;
    expect([error.kind, error.code]).to.deep.equal(['uncertain', 'RESPONSE_VALIDATION']);
  });

  it('drops a queued change when its signal aborts, before anything is sent', async () => {
    const api = client();
    const controller = new AbortController();
    const change = api.call(addTask, { signal: controller.signal });
    controller.abort();
    const error = await rejectionOf(change);
    expect(error.kind).to.equal('aborted');
    expect((await sent()).length).to.equal(0);
  });

  it('never cancels a change once sent: the signal is ignored and the answer still settles the call', async () => {
    const api = client();
    const controller = new AbortController();
    const change = api.call(addTask, { signal: controller.signal });
    const [request] = await sent();
    controller.abort();
    expect(request!.signal?.aborted).to.equal(false);
    request!.respond({ id: 77 });
    expect(await change).to.equal(77);
  });

  it('still cancels a read in flight when its only caller gives up', async () => {
    const api = client();
    const controller = new AbortController();
    const read = api.call(getEntry('0_a'), { signal: controller.signal });
    const [request] = await sent();
    controller.abort();
    expect((await rejectionOf(read)).kind).to.equal('aborted');
    expect(request!.signal?.aborted).to.equal(true);
  });

  it('removes its abort listener from the signal when a call settles', async () => {
    const api = client();
    const controller = new AbortController();
    let listeners = 0;
    const add = controller.signal.addEventListener.bind(controller.signal);
    const remove = controller.signal.removeEventListener.bind(controller.signal);
    controller.signal.addEventListener = ((...args: Parameters<AbortSignal['addEventListener']>) => {
      listeners += 1;
      add(...args);
    }) as AbortSignal['addEventListener'];
    controller.signal.removeEventListener = ((...args: Parameters<AbortSignal['removeEventListener']>) => {
      listeners -= 1;
      remove(...args);
    }) as AbortSignal['removeEventListener'];
    for (let round = 0; round < 3; round += 1) {
      const read = api.call(getEntry(`0_${round}`), { signal: controller.signal });
      (await sent())[round]!.respond('0_x');
      await read;
    }
    expect(listeners).to.equal(0);
  });
});
