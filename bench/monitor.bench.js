// @ts-check
// <reach-task-monitor> in real Chromium against an in-process sandbox served by Vite:
//   A. three monitors on one page following 60 pending tasks: HTTP requests per poll tick, while hidden,
//      and once every task is final;
//   B. the account view over 10,000 tasks: time from the first page's data arriving to the first rows on
//      screen, and the most row elements in the DOM while scrolling to the end (pages load on the way).
// The 10,000 tasks are written into the sandbox's state directly (bench-only), like bench/sandbox.bench.js.
import { SEED } from '../src/sandbox/seed/ids.js';
import { noteTaskChange } from '../src/sandbox/reach/lifecycle.js';
import { startBrowserBench } from './browser-bench.js';

const PENDING = 60;
const MANY = 10_000;
const TICK_MS = 250;
const TICKS = 8;
const FINAL = new Set([2, 5, 6, 7]);

const { sandbox, origin, page, report, close, passed, adminKs } = await startBrowserBench();
const sleep = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));

try {
  // ---------------------------------------------------------------------------------------------
  // A. Polling: 3 monitors, 60 pending tasks.
  sandbox.reset();
  // Seeded tasks that never finish by themselves (moderation, scheduled, waiting for media) are settled,
  // so that "everything final" can happen.
  for (const task of sandbox.state.tasks.values()) if (!FINAL.has(task.status)) task.status = 2;
  noteTaskChange(sandbox.state); // written behind the sandbox's back: its cached answers must go
  let ks = adminKs();
  const entries = [
    SEED.entries.lecture45,
    SEED.entries.keynote30,
    SEED.entries.welcome,
    SEED.entries.podcast20,
    SEED.entries.studentInterview,
    SEED.entries.spanishLecture,
    SEED.entries.seminar12,
  ];
  const human = [30121, 30122, 30123, 30124, 30152, 30154, 30162, 30173, 30261, 30262];
  let placed = 0;
  for (const entryId of entries) {
    for (const catalogItemId of human) {
      if (placed === PENDING) break;
      const task = sandbox.call('reach_entryvendortask', 'add', {
        ks,
        entryVendorTask: {
          objectType: 'KalturaEntryVendorTask',
          entryId,
          catalogItemId,
          reachProfileId: SEED.profiles.unlimited,
        },
      });
      if (task && typeof task === 'object' && 'id' in task) placed += 1;
    }
  }
  if (placed !== PENDING) throw new Error(`only ${placed} orders placed`);

  await page.goto(`${origin}/index.html`);
  await page.evaluate(
    async ({ ks, origin, first, second }) => {
      await import('/src/elements/reach-task-monitor/index.ts');
      document.body.replaceChildren();
      for (const entryId of [first, second, '']) {
        const monitor = /** @type {any} */ (document.createElement('reach-task-monitor'));
        if (entryId) monitor.setAttribute('entry-id', entryId);
        monitor.serviceUrl = origin;
        monitor.ks = ks;
        document.body.append(monitor);
      }
      const monitors = /** @type {any[]} */ ([...document.querySelectorAll('reach-task-monitor')]);
      const deadline = performance.now() + 10_000;
      while (!monitors.every((monitor) => monitor.shadowRoot?.querySelector('.task, .scroller'))) {
        if (performance.now() > deadline) throw new Error('the monitors did not load');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
    { ks, origin, first: entries[0], second: entries[1] },
  );
  const pending = await page.evaluate((tick) => {
    const session = /** @type {any} */ (document.querySelector('reach-task-monitor')).session;
    session.poller.timing = { ...session.poller.timing, fastMs: tick, machineMaxMs: tick, humanMaxMs: tick, growth: 1 };
    void session.poller.refresh();
    return session.tasks.pending().length;
  }, TICK_MS);
  await sleep(TICK_MS / 2);
  sandbox.resetStats();
  await sleep(TICK_MS * TICKS);
  const ticks = sandbox.stats.calls['reach_entryvendortask.list'] ?? 0;
  const requests = sandbox.stats.httpRequests;
  report(
    `3 monitors, ${pending} pending tasks: HTTP requests per poll tick`,
    `${(requests / Math.max(ticks, 1)).toFixed(2)} (${requests} requests in ${ticks} ticks over ${TICK_MS * TICKS} ms)`,
    ticks >= TICKS - 2 && requests === ticks,
  );

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await sleep(TICK_MS);
  sandbox.resetStats();
  await sleep(TICK_MS * TICKS);
  report('requests while the page is hidden', sandbox.stats.httpRequests, sandbox.stats.httpRequests === 0);

  sandbox.clock.advance(30 * 86_400);
  // A month on, the KS has long expired (the partner caps its life): the host gives the monitors a new one.
  const renewed = adminKs();
  await page.evaluate((ks) => {
    for (const monitor of document.querySelectorAll('reach-task-monitor')) /** @type {any} */ (monitor).ks = ks;
    delete (/** @type {any} */ (document).hidden);
    document.dispatchEvent(new Event('visibilitychange'));
  }, renewed);
  // The month also made uploads ready, and a profile rule orders machine captions for them: the monitors follow
  // those too. An hour at a time, until every task the page knows is final.
  const pendingOnPage = () =>
    page.evaluate(
      () => /** @type {any} */ (document.querySelector('reach-task-monitor')).session.tasks.pending().length,
    );
  let stillPending = await pendingOnPage();
  for (let hour = 0; stillPending > 0 && hour < 48; hour += 1) {
    sandbox.clock.advance(3600);
    await page
      .waitForFunction(
        (before) =>
          /** @type {any} */ (document.querySelector('reach-task-monitor')).session.tasks.pending().length < before,
        stillPending,
        { timeout: TICK_MS * 8 },
      )
      .catch(() => {}); // nothing finished within this hour: the next one
    stillPending = await pendingOnPage();
  }
  sandbox.resetStats();
  await sleep(TICK_MS * TICKS);
  report(
    `requests once every task is final (${stillPending} pending)`,
    sandbox.stats.httpRequests,
    stillPending === 0 && sandbox.stats.httpRequests === 0,
  );

  // ---------------------------------------------------------------------------------------------
  // B. The account view over 10,000 tasks.
  sandbox.reset();
  // Nothing awaits approval, so that the view opens on all tasks rather than on "Awaiting approval".
  for (const task of sandbox.state.tasks.values()) if (!FINAL.has(task.status)) task.status = 2;
  const template = [...sandbox.state.tasks.values()].find(
    (task) => task.partnerId === SEED.partner && task.status === 2,
  );
  for (let index = 0; index < MANY; index += 1) {
    const id = String(5_000_000 + index);
    sandbox.state.tasks.set(id, {
      ...template,
      id,
      createdAt: template.createdAt - index,
      updatedAt: template.createdAt - index,
    });
  }
  noteTaskChange(sandbox.state);
  ks = adminKs();
  await page.goto(`${origin}/index.html`);
  const view = await page.evaluate(
    async ({ ks, origin }) => {
      await import('/src/elements/reach-task-monitor/index.ts');
      document.body.replaceChildren();
      // When the answer holding the first page has been read (the client reads every answer with text()).
      let arrived = 0;
      const read = Response.prototype.text;
      Response.prototype.text = async function () {
        const body = await read.call(this);
        if (!arrived && body.length > 100_000) arrived = performance.now();
        return body;
      };
      const monitor = /** @type {any} */ (document.createElement('reach-task-monitor'));
      monitor.serviceUrl = origin;
      monitor.ks = ks;
      monitor.style.setProperty('--reach-monitor-list-height', '800px');
      document.body.append(monitor);
      const rows = () => monitor.shadowRoot?.querySelectorAll('.row').length ?? 0;
      while (!rows()) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const firstRowsMs = performance.now() - arrived;
      // Scroll to the end, a screen at a time; pages load on the way.
      const scroller = monitor.shadowRoot.querySelector('.scroller');
      let maxRows = 0;
      let longestFrame = 0;
      const frameTimes = [];
      let frames = 0;
      let last = performance.now();
      const started = last;
      const summary = () => monitor.shadowRoot.querySelector('.summary')?.textContent.replace(/\s+/g, ' ').trim() ?? '';
      while (!/^10,000 of/.test(summary()) || scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
        scroller.scrollTop += 2 * scroller.clientHeight;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const now = performance.now();
        longestFrame = Math.max(longestFrame, now - last);
        frameTimes.push(now - last);
        last = now;
        frames += 1;
        maxRows = Math.max(maxRows, rows());
        if (now - started > 120_000) throw new Error(`stuck: ${summary()}`);
      }
      frameTimes.sort((a, b) => a - b);
      const medianFrame = frameTimes[Math.floor(frameTimes.length / 2)];
      return {
        firstRowsMs,
        maxRows,
        longestFrame,
        medianFrame,
        frames,
        seconds: (performance.now() - started) / 1000,
        summary: summary(),
      };
    },
    { ks, origin },
  );
  report(
    'account view, 10,000 tasks: first rows on screen after the data arrived',
    `${view.firstRowsMs.toFixed(0)} ms`,
    view.firstRowsMs <= 100,
  );
  report('row elements in the DOM while scrolling to the end', `at most ${view.maxRows}`, view.maxRows <= 100);
  console.log(
    `     scrolled ${view.frames} × 2 screens in ${view.seconds.toFixed(1)} s (20 pages loaded on the way); median frame ${view.medianFrame.toFixed(0)} ms, longest ${view.longestFrame.toFixed(0)} ms (a page arriving); "${view.summary}"`,
  );
} finally {
  await close();
}
process.exit(passed() ? 0 : 1);
