// Soak: mounting, moving and removing every element many times, and an hour of polling, leave nothing behind —
// no listeners on the page, no timers, no open requests, no sessions held.
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-order-panel/index.js';
import '../../src/elements/reach-task-monitor/index.js';
import '../../src/elements/clips-lab/index.js';
import '../../src/elements/reach-agents/index.js';
import '../../src/elements/reach-rules/index.js';
import '../../src/elements/reach-usage/index.js';
import type { ReachElement } from '../../src/elements/reach-element.js';
import { heldSessionCount } from '../../src/state/session.js';
import type { PollTiming } from '../../src/state/poller.js';
import { sessionOf } from './elements.js';
import { advanceClock, resetSandbox, SEED, serviceUrl, startKs } from './sandbox.js';

/** Cycles per element; each one starts the element's loads against the sandbox. */
const CYCLES = 1000;
/** Cycles before the baseline is taken: what a first use keeps for the page's life (look-up caches) is no growth. */
const WARM_UP = 5;

/** Every element, as a page sets it up. */
const ELEMENTS: Array<[tag: string, attributes: Record<string, string>]> = [
  ['reach-order-panel', { 'entry-id': SEED.entries.welcome }],
  ['reach-task-monitor', { 'entry-id': SEED.entries.withTasks }],
  ['clips-lab', { 'entry-id': SEED.entries.welcome }],
  ['reach-agents', { 'agents-url': `${location.origin}/agents-manager` }],
  ['reach-rules', { 'profile-id': String(SEED.profiles.default) }],
  ['reach-usage', {}],
];

/** What the page holds: listeners on its long-lived targets, pending timers, requests on the way. */
const held = { listeners: 0, timers: 0, requests: 0 };
const pageTargets: EventTarget[] = [window, document, document.documentElement, document.body];
const listening = new Map<EventTarget, Set<string>>();
const pendingTimers = new Set<unknown>();
/** The page's timer functions, as the browser types them. */
interface Timers {
  setTimeout(handler: (...values: unknown[]) => void, delay?: number): number;
  clearTimeout(id?: number): void;
  setInterval(handler: (...values: unknown[]) => void, delay?: number): number;
  clearInterval(id?: number): void;
}
const timers = window as unknown as Timers;
const original = {
  add: EventTarget.prototype.addEventListener,
  remove: EventTarget.prototype.removeEventListener,
  setTimeout: timers.setTimeout,
  clearTimeout: timers.clearTimeout,
  setInterval: timers.setInterval,
  clearInterval: timers.clearInterval,
  fetch: window.fetch,
};
const listenerIds = new WeakMap<object, number>();
let nextListenerId = 0;
function listenerKey(
  type: string,
  listener: EventListenerOrEventListenerObject | null,
  options?: boolean | EventListenerOptions,
): string {
  let id = 0;
  if (listener) {
    id = listenerIds.get(listener) ?? (nextListenerId += 1);
    listenerIds.set(listener, id);
  }
  return `${type} ${id} ${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
}

function instrument(): void {
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    if (pageTargets.includes(this)) {
      const keys = listening.get(this) ?? listening.set(this, new Set()).get(this)!;
      keys.add(listenerKey(type, listener, options));
    }
    return original.add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    listening.get(this)?.delete(listenerKey(type, listener, options));
    return original.remove.call(this, type, listener, options);
  };
  timers.setTimeout = (handler, delay) => {
    const id = original.setTimeout.call(
      window,
      () => {
        pendingTimers.delete(id);
        handler();
      },
      delay,
    );
    pendingTimers.add(id);
    return id;
  };
  timers.clearTimeout = (id) => {
    pendingTimers.delete(id);
    original.clearTimeout.call(window, id);
  };
  timers.setInterval = (handler, delay) => {
    const id = original.setInterval.call(window, handler, delay);
    pendingTimers.add(id);
    return id;
  };
  timers.clearInterval = (id) => {
    pendingTimers.delete(id);
    original.clearInterval.call(window, id);
  };
  window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
    held.requests += 1;
    return original.fetch.call(window, input, init).finally(() => (held.requests -= 1));
  }) as typeof fetch;
}

function restore(): void {
  EventTarget.prototype.addEventListener = original.add;
  EventTarget.prototype.removeEventListener = original.remove;
  Object.assign(window, {
    setTimeout: original.setTimeout,
    clearTimeout: original.clearTimeout,
    setInterval: original.setInterval,
    clearInterval: original.clearInterval,
    fetch: original.fetch,
  });
}

function snapshot() {
  held.listeners = [...listening.values()].reduce((sum, keys) => sum + keys.size, 0);
  held.timers = pendingTimers.size;
  return { ...held, sessions: heldSessionCount() };
}

const nextTask = () => new Promise<void>((resolve) => original.setTimeout.call(window, () => resolve(), 0));

/**
 * Lets deferred releases and aborted requests settle; fails unless the page comes back to what it held
 * before. Waits with the page's own timers, so that the waiting is not counted.
 */
async function settled(baseline: ReturnType<typeof snapshot>, what: string) {
  const holdsNoMore = (now: ReturnType<typeof snapshot>) =>
    now.listeners <= baseline.listeners &&
    now.timers <= baseline.timers &&
    now.requests <= baseline.requests &&
    now.sessions <= baseline.sessions;
  for (let waited = 0; !holdsNoMore(snapshot()) && waited < 10_000; waited += 20) {
    await new Promise<void>((resolve) => original.setTimeout.call(window, () => resolve(), 20));
  }
  const now = snapshot();
  expect(
    holdsNoMore(now),
    `${what}: the page holds ${JSON.stringify(now)}, it held ${JSON.stringify(baseline)}`,
  ).to.equal(true);
}

describe('soak', () => {
  let ks = '';
  before(async () => {
    await resetSandbox();
    ks = await startKs();
  });
  beforeEach(instrument);
  afterEach(restore);

  for (const [tag, attributes] of ELEMENTS) {
    it(`${CYCLES} mounts, moves and removals of <${tag}> leave no listener, timer, request or session behind`, async function () {
      this.timeout(60_000);
      const [here, there] = [document.createElement('div'), document.createElement('div')];
      document.body.append(here, there);
      const cycles = async (count: number) => {
        for (let cycle = 0; cycle < count; cycle += 1) {
          const el = document.createElement(tag) as ReachElement;
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          el.setAttribute('service-url', serviceUrl);
          el.ks = ks;
          here.append(el);
          await el.updateComplete; // its loads start
          there.append(el); // moved: keeps its session
          await el.updateComplete;
          el.remove();
          // Now and then a full task passes, so removed elements release their session meanwhile too.
          if (cycle % 20 === 0) await nextTask();
        }
      };
      await cycles(WARM_UP);
      await settled({ ...snapshot(), requests: 0, sessions: 0 }, `<${tag}> warming up`);
      const baseline = snapshot();
      await cycles(CYCLES);
      await settled(baseline, `<${tag}>`);
      expect(snapshot().sessions).to.equal(0);
      here.remove();
      there.remove();
    });
  }

  it('an hour of polling (sandbox clock and poller) holds one session, one timer and at most one request', async function () {
    this.timeout(120_000);
    const el = document.createElement('reach-task-monitor') as ReachElement;
    el.setAttribute('entry-id', SEED.entries.withTasks);
    el.setAttribute('service-url', serviceUrl);
    el.ks = ks;
    const baseline = snapshot();
    document.body.append(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.task'), 'the tasks did not load', { timeout: 5000 });
    const session = sessionOf(el);
    // The poller's timing scaled down 1000 times: a poll every few ms stands for the seconds between polls.
    const scaled: PollTiming = { fastMs: 2, machineMaxMs: 15, humanMaxMs: 60, growth: 1.5, errorMaxMs: 120 };
    session.poller.timing = scaled;
    await session.poller.refresh();
    // An hour of the sandbox clock, a minute at a time, the poller polling in between; the most held in
    // each half hour: the second holds no more than the first.
    const halves = [snapshot(), snapshot()];
    for (let minute = 0; minute < 60; minute += 1) {
      await advanceClock(60);
      await session.poller.refresh();
      const now = snapshot();
      const half = halves[minute < 30 ? 0 : 1]!;
      for (const key of ['listeners', 'timers', 'requests', 'sessions'] as const)
        half[key] = Math.max(half[key], now[key]);
    }
    const [first, second] = halves as [ReturnType<typeof snapshot>, ReturnType<typeof snapshot>];
    expect(second.sessions).to.equal(1);
    expect(second.requests - baseline.requests, 'requests on the way at once').to.be.at.most(1);
    expect(second.timers, 'timers').to.be.at.most(first.timers);
    expect(second.listeners, 'page listeners').to.be.at.most(first.listeners);
    el.remove();
    await settled(baseline, 'after an hour of polling');
  });
});
