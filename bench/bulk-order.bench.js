// @ts-check
// <reach-order-panel> ordering English machine captions for 500 entries, in real Chromium against an
// in-process sandbox served by Vite, two ways side by side:
//   A. one bulk order (`entry-ids` with the 500 ids): load, pre-flight, place;
//   B. the single-entry panel, one entry after the other (mount on the entry, pick, review, place, next).
// For each: HTTP requests used, time from mounting the panel to the last outcome, and the longest
// main-thread task (PerformanceObserver 'longtask'). The entries are made through the sandbox's API in-process.
import { SEED } from '../src/sandbox/seed/ids.js';
import { startBrowserBench } from './browser-bench.js';

const ENTRIES = Number(process.env.BULK_BENCH_ENTRIES ?? 500);
const ITEM = SEED.catalog.machineCaptionsEnglish;

const { sandbox, origin, page, report, close, passed, adminKs } = await startBrowserBench();

/** A fresh sandbox with ENTRIES ready entries of two minutes; their ids. */
function readyEntries(/** @type {string} */ ks) {
  sandbox.reset();
  const ids = [];
  for (let index = 0; index < ENTRIES; index += 1) {
    const entry = /** @type {{ id: string }} */ (
      sandbox.call('media', 'add', {
        ks,
        entry: { objectType: 'KalturaMediaEntry', name: `Lecture ${index + 1}`, mediaType: 1 },
      })
    );
    sandbox.call('media', 'addContent', {
      ks,
      entryId: entry.id,
      resource: { objectType: 'KalturaUrlResource', url: 'https://example.com/lecture.mp4' },
    });
    ids.push(entry.id);
  }
  sandbox.clock.advance(60);
  return ids;
}

/** Tasks of ITEM on these entries, and the most any one entry has. */
function tasksOnServer(/** @type {string[]} */ ids) {
  const ours = new Set(ids);
  const perEntry = new Map();
  for (const task of sandbox.state.tasks.values())
    if (task.catalogItemId === ITEM && ours.has(task.entryId))
      perEntry.set(task.entryId, (perEntry.get(task.entryId) ?? 0) + 1);
  return {
    total: [...perEntry.values()].reduce((sum, count) => sum + count, 0),
    most: Math.max(0, ...perEntry.values()),
  };
}

/** Runs `body` in the page with a long-task observer; returns its result and the longest task. */
async function measured(/** @type {string} */ script, /** @type {any} */ args) {
  return page.evaluate(
    async ({ script, args }) => {
      const longest = { ms: 0 };
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
      });
      observer.observe({ type: 'longtask' });
      const body = new Function('args', `return (async () => { ${script} })()`);
      const value = await body(args);
      await new Promise((resolve) => setTimeout(resolve, 100)); // the last long task is reported after it ends
      observer.disconnect();
      return { ...value, longestTaskMs: longest.ms };
    },
    { script, args },
  );
}

const helpers = `
  const until = async (test, what, ms = 120000) => {
    const deadline = performance.now() + ms;
    while (!test()) {
      if (performance.now() > deadline) throw new Error('timed out: ' + what);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const $ = (panel, selector) => panel.shadowRoot && panel.shadowRoot.querySelector(selector);
`;

try {
  // ---------------------------------------------------------------------------------------------
  // A. One bulk order.
  let ks = adminKs();
  let ids = readyEntries(ks);
  await page.goto(`${origin}/index.html`);
  await page.evaluate(() => import('/src/elements/reach-order-panel/index.ts'));
  sandbox.resetStats();
  const bulk = await measured(
    `${helpers}
    document.body.replaceChildren();
    const started = performance.now();
    const panel = document.createElement('reach-order-panel');
    panel.serviceUrl = args.origin;
    panel.ks = args.ks;
    panel.setAttribute('entry-ids', args.ids.join(','));
    document.body.append(panel);
    await until(() => $(panel, '#bulk-pick-' + args.item), 'the bulk order to load');
    const loadedMs = performance.now() - started;
    $(panel, '#bulk-pick-' + args.item).click();
    await panel.updateComplete;
    const label = $(panel, '#bulk-place').textContent.trim();
    $(panel, '#bulk-place').click();
    await until(() => $(panel, '#bulk-again'), 'the bulk order to finish');
    return { loadedMs, totalMs: performance.now() - started, label, outcome: $(panel, '.bulk-outcome').textContent.trim() };`,
    { ks, origin, ids, item: ITEM },
  );
  const bulkRequests = sandbox.stats.httpRequests;
  const bulkTasks = tasksOnServer(ids);

  // ---------------------------------------------------------------------------------------------
  // B. The single-entry panel, one entry after the other.
  ks = adminKs();
  ids = readyEntries(ks);
  await page.goto(`${origin}/index.html`);
  await page.evaluate(() => import('/src/elements/reach-order-panel/index.ts'));
  sandbox.resetStats();
  const single = await measured(
    `${helpers}
    document.body.replaceChildren();
    const started = performance.now();
    let ordered = 0;
    for (const id of args.ids) {
      const panel = document.createElement('reach-order-panel');
      panel.serviceUrl = args.origin;
      panel.ks = args.ks;
      panel.setAttribute('entry-id', id);
      document.body.append(panel);
      // The catalog as a whole ("Browse all services"), where every service is one click away.
      await until(() => $(panel, '#browse') || $(panel, '#pick-' + args.item), 'the panel of ' + id);
      $(panel, '#browse')?.click();
      await until(() => $(panel, '#pick-' + args.item), 'the catalog of ' + id);
      $(panel, '#pick-' + args.item).click();
      await panel.updateComplete;
      $(panel, '#review').click();
      await until(() => $(panel, '#place'), 'the confirmation of ' + id);
      $(panel, '#place').click();
      await until(() => $(panel, '.results') && !$(panel, '#place'), 'the result for ' + id);
      if (/Ordered/.test($(panel, '.results').textContent)) ordered += 1;
      panel.remove();
    }
    return { totalMs: performance.now() - started, ordered };`,
    { ks, origin, ids, item: ITEM },
  );
  const singleRequests = sandbox.stats.httpRequests;
  const singleTasks = tasksOnServer(ids);

  console.log(`\n  ${ENTRIES} entries, English machine captions    bulk order      one by one (single panel)`);
  const row = (/** @type {string} */ name, /** @type {string} */ a, /** @type {string} */ b) =>
    console.log(`  ${name.padEnd(40)} ${a.padEnd(15)} ${b}`);
  row('HTTP requests', String(bulkRequests), String(singleRequests));
  row('time to the last outcome', `${(bulk.totalMs / 1000).toFixed(1)} s`, `${(single.totalMs / 1000).toFixed(1)} s`);
  row('  of which loading (bulk: until services)', `${(bulk.loadedMs / 1000).toFixed(1)} s`, '');
  // Chromium reports long tasks from 50 ms on.
  const longest = (/** @type {number} */ ms) => (ms > 0 ? `${ms.toFixed(0)} ms` : 'none ≥ 50 ms');
  row('longest main-thread task', longest(bulk.longestTaskMs), longest(single.longestTaskMs));
  row(
    'tasks on the server (most per entry)',
    `${bulkTasks.total} (${bulkTasks.most})`,
    `${singleTasks.total} (${singleTasks.most})`,
  );
  console.log();
  report(
    `bulk order: "${bulk.label}" → "${bulk.outcome}"`,
    `${bulkTasks.total} tasks`,
    bulkTasks.total === ENTRIES && bulkTasks.most === 1,
  );
  report(
    'one by one: every entry ordered once',
    `${singleTasks.total} tasks`,
    singleTasks.total === ENTRIES && singleTasks.most === 1,
  );
  report('bulk order: no main-thread task over 200 ms', longest(bulk.longestTaskMs), bulk.longestTaskMs <= 200);
  report(
    'bulk order: fewer requests than one by one',
    `${bulkRequests} vs ${singleRequests}`,
    bulkRequests < singleRequests,
  );
} finally {
  await close();
}
process.exit(passed() ? 0 : 1);
