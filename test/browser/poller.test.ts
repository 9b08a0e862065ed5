// The shared poller and task store, through the task monitor against the sandbox, and on their own.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-task-monitor/index.js';
import type { ReachTaskMonitor } from '../../src/elements/reach-task-monitor/reach-task-monitor.js';
import { KalturaClient } from '../../src/api/client.js';
import { KalturaApiError } from '../../src/api/errors.js';
import { addTask, approveTask } from '../../src/reach/tasks.js';
import type { EntryVendorTask } from '../../src/reach/schemas.js';
import { TaskPoller, type PollTiming } from '../../src/state/poller.js';
import { sessionOf } from './elements.js';
import { TaskStore } from '../../src/state/task-store.js';
import { advanceClock, resetSandbox, resetStats, SEED, serviceUrl, startKs, stats } from './sandbox.js';

const E = SEED.entries;
const C = SEED.catalog;

const FAST: PollTiming = { fastMs: 40, machineMaxMs: 80, humanMaxMs: 80, growth: 1.5, errorMaxMs: 160 };

async function monitor(ks: string, entryId = ''): Promise<ReachTaskMonitor> {
  const el = await fixture<ReachTaskMonitor>(
    html`<reach-task-monitor entry-id=${entryId} service-url=${serviceUrl} .ks=${ks}></reach-task-monitor>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.task, .scroller'), 'the tasks did not load', { timeout: 5000 });
  return el;
}

/** Human work (the sandbox vendor takes a minute of its clock): stays pending while the test runs. */
const HUMAN_ITEMS = [
  C.humanCaptionsEnglish1Day,
  C.humanCaptionsEnglish3Days,
  C.humanCaptionsEnglish5DaysSpeakerId,
  C.humanCaptionsSpanish,
  C.humanAudioDescriptionEnglish,
  C.humanExtendedAudioDescriptionEnglish,
  C.humanChapteringEnglish,
  C.humanDubbingEnglishToSpanish,
  C.humanSignLanguageAsl,
  C.humanSignLanguageBsl,
];
const ENTRIES = [E.lecture45, E.keynote30, E.welcome, E.podcast20, E.studentInterview, E.spanishLecture, E.seminar12];

async function orderPendingTasks(ks: string, count: number): Promise<EntryVendorTask[]> {
  const client = new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
  const wanted = ENTRIES.flatMap((entryId) =>
    HUMAN_ITEMS.map((catalogItemId) => ({ entryId, catalogItemId, reachProfileId: SEED.profiles.unlimited })),
  );
  const results = await Promise.allSettled(wanted.map((task) => client.call(addTask(task))));
  const placed = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  expect(placed.length, 'orders placed').to.be.at.least(count);
  return placed;
}

/** Pretends the page went to a background tab (or came back). */
function setPageHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('task poller (through the monitors, against the sandbox)', () => {
  beforeEach(() => resetSandbox());
  afterEach(() => {
    delete (document as { hidden?: boolean }).hidden;
  });

  it('follows every pending task of three monitors with one entryVendorTask.list per tick, none while hidden, none once all are final', async () => {
    const ks = await startKs();
    const placed = await orderPendingTasks(ks, 60);
    // No order waits for approval, so the account view starts with every task (an administrator's starts on those waiting).
    await new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] }).call(
      approveTask(String(SEED.tasks.pendingModeration)),
    );
    const monitors = [await monitor(ks, E.lecture45), await monitor(ks, E.keynote30), await monitor(ks)];
    const session = sessionOf(monitors[0]!);
    expect(
      monitors.every((el) => sessionOf(el) === session),
      'one session for the page',
    ).to.be.true;
    expect(session.tasks.pending().length).to.be.at.least(placed.length);

    // One tick: one HTTP request, one list call, every pending task in it.
    await resetStats();
    await session.poller.refresh();
    let counted = await stats();
    expect(counted.httpRequests).to.equal(1);
    expect(counted.calls['reach_entryvendortask.list']).to.equal(1);

    // Several ticks on the timer: still one request each.
    session.poller.timing = FAST;
    await resetStats();
    await session.poller.refresh();
    await waitUntil(async () => (await stats()).httpRequests >= 4, 'the poller stopped', { timeout: 3000 });
    counted = await stats();
    expect(counted.calls['reach_entryvendortask.list']).to.equal(counted.httpRequests);

    // Hidden: nothing at all, however long; visible again: one look at once.
    setPageHidden(true);
    expect(session.poller.active).to.be.false;
    await waitFor(50); // a request already on the way may still land
    await resetStats();
    await waitFor(20 * FAST.fastMs);
    expect((await stats()).httpRequests, 'requests while hidden').to.equal(0);
    setPageHidden(false);
    await waitUntil(async () => (await stats()).httpRequests >= 1, 'no refresh on return', { timeout: 2000 });
    // The look on return is answered before the next one is scheduled.
    await waitUntil(() => session.poller.active, 'the poller did not go on after the page came back', {
      timeout: 2000,
    });
    for (const el of monitors) el.remove();
  });

  it('stops asking once every task is final', async () => {
    const ks = await startKs();
    const client = new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
    await client.call(addTask({ entryId: E.welcome, catalogItemId: C.machineCaptionsEnglish }));
    await client.call(addTask({ entryId: E.welcome, catalogItemId: C.machineChapteringEnglish }));
    const el = await monitor(ks, E.welcome);
    const session = sessionOf(el);
    session.poller.timing = FAST;
    expect(session.poller.active).to.be.true;

    await advanceClock(60);
    await session.poller.refresh();
    expect(session.tasks.pending()).to.have.length(0);
    expect(session.poller.active).to.be.false;
    await resetStats();
    await waitFor(20 * FAST.fastMs);
    expect((await stats()).httpRequests, 'requests once all are final').to.equal(0);
  });
});

describe('task poller (on its own)', () => {
  const task = (id: string, fields: Partial<EntryVendorTask> = {}): EntryVendorTask => ({
    id,
    partnerId: 1001,
    createdAt: Math.floor(Date.now() / 1000) - 60,
    updatedAt: Math.floor(Date.now() / 1000) - 60,
    status: 1,
    catalogItemId: 1,
    serviceType: 2,
    ...fields,
  });

  /** The delay of the next look, as scheduled by a refresh. */
  async function nextDelayAfter(poller: TaskPoller): Promise<number> {
    const delays: number[] = [];
    const original = window.setTimeout;
    window.setTimeout = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) => {
      delays.push(timeout ?? 0);
      return original(handler, timeout, ...rest);
    }) as typeof window.setTimeout;
    try {
      await poller.refresh();
    } finally {
      window.setTimeout = original;
    }
    return delays.at(-1)!;
  }

  let poller: TaskPoller | undefined;
  afterEach(() => poller?.dispose());

  it('backs off after network errors, up to a limit, and recovers', async () => {
    const store = new TaskStore();
    store.upsert([task('1')]);
    let failing = true;
    const timing: PollTiming = { fastMs: 100, machineMaxMs: 1000, humanMaxMs: 5000, growth: 2, errorMaxMs: 700 };
    poller = new TaskPoller(
      store,
      async (ids) => {
        if (failing)
          throw new KalturaApiError({
            code: 'NETWORK_ERROR',
            message: 'The server could not be reached.',
            kind: 'transient',
          });
        return ids.map((id) => task(id, { status: 3, updatedAt: Math.floor(Date.now() / 1000) }));
      },
      timing,
    );
    expect([
      await nextDelayAfter(poller),
      await nextDelayAfter(poller),
      await nextDelayAfter(poller),
      await nextDelayAfter(poller),
    ]).to.deep.equal([200, 400, 700, 700]);
    failing = false;
    expect(await nextDelayAfter(poller), 'quick again after the change it found').to.equal(100);
    expect(store.get('1')!.status).to.equal(3);
  });

  it('grows the delay while nothing changes, slower for human work, and looks right when a task is due', async () => {
    const store = new TaskStore();
    const now = Math.floor(Date.now() / 1000);
    store.upsert([task('1', { serviceType: 1, expectedFinishTime: now + 86_400 })]);
    const timing: PollTiming = { fastMs: 100, machineMaxMs: 1000, humanMaxMs: 5000, growth: 10, errorMaxMs: 700 };
    const answer = () => store.all();
    poller = new TaskPoller(store, async () => answer(), timing);
    expect(
      [await nextDelayAfter(poller), await nextDelayAfter(poller), await nextDelayAfter(poller)],
      'human only: up to humanMaxMs',
    ).to.deep.equal([1000, 5000, 5000]);

    store.upsert([task('2', { serviceType: 2 })]);
    expect(await nextDelayAfter(poller), 'machine work: up to machineMaxMs').to.equal(1000);

    store.upsert([task('3', { serviceType: 2, expectedFinishTime: Date.now() / 1000 + 0.4 })]);
    const dueIn = await nextDelayAfter(poller);
    expect(dueIn, 'looks when the task is due').to.be.within(100, 401);
  });

  it('never lets an older answer undo a final status, and keeps a vanished task as cancelled', () => {
    const store = new TaskStore();
    const now = Math.floor(Date.now() / 1000);
    store.upsert([task('1', { status: 2, updatedAt: now }), task('2', { status: 1, updatedAt: now })]);
    expect(store.upsert([task('1', { status: 3, updatedAt: now })]), 'stale answer of the same second').to.have.length(
      0,
    );
    expect(store.get('1')!.status).to.equal(2);
    const [vanished] = store.markVanished(['2', '1']);
    expect(vanished!.task.id).to.equal('2');
    expect(vanished!.previousStatus).to.equal(1);
    expect(store.get('2')!.status).to.equal(7);
  });

  it("tells the server's time from its tasks when the server clock is ahead", () => {
    const store = new TaskStore();
    const ahead = Math.floor(Date.now() / 1000) + 3600;
    store.upsert([task('1', { createdAt: ahead, updatedAt: ahead })]);
    expect(store.now() - Date.now() / 1000).to.be.within(3599, 3601);
  });
});
