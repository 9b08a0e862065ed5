// The CDN budgets, on what a page really downloads: bytes over the wire (gzip, headers included) that
// `npm run check:cdn` measured in Chromium for a host page of another origin. Also lists each CDN file's gzip size.
// Fails over a ceiling. A ceiling above its goal is today's size plus a little room: lower it whenever the code
// shrinks, never raise it without saying why in the commit.
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WIRE_SIZES_FILE } from './cdn.js';

const KB = 1024;
/** @type {Record<string, { goal: number, ceiling: number }>} bytes over the wire */
const BUDGETS = {
  loader: { goal: 4 * KB, ceiling: 4 * KB },
  'reach-order-panel': { goal: 40 * KB, ceiling: 58 * KB },
  'reach-task-monitor': { goal: 45 * KB, ceiling: 64 * KB },
  'clips-lab': { goal: 45 * KB, ceiling: 64 * KB },
  'reach-agents': { goal: 45 * KB, ceiling: 60 * KB },
  'reach-rules': { goal: 45 * KB, ceiling: 50 * KB },
  'reach-provider': { goal: 45 * KB, ceiling: 45 * KB },
};
/** Every element in one file, for hosts that want a single file: no goal, only a ceiling against growth. */
const BUNDLE = { file: 'dist/cdn/reach-elements.bundle.js', ceiling: 117 * KB };
/** An element without a budget of its own gets the goal of "each other element". */
const DEFAULT_BUDGET = { goal: 45 * KB, ceiling: 45 * KB };

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync(WIRE_SIZES_FILE) || !existsSync(BUNDLE.file)) {
  console.error(
    `${WIRE_SIZES_FILE} or ${BUNDLE.file} is missing: run \`npm run build\` and then \`npm run check:cdn\` first.`,
  );
  process.exit(1);
}

console.log('Gzip size of each CDN file:');
const listed = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listed(join(dir, item.name)) : [join(dir, item.name)],
  );
for (const file of listed('dist/cdn').sort())
  console.log(`  ${file.padEnd(48)} ${kb(gzipSync(readFileSync(file), { level: 9 }).length).padStart(8)}`);

const wire = JSON.parse(readFileSync(WIRE_SIZES_FILE, 'utf8'));
const rows = [['the loader alone', wire.loader, BUDGETS.loader]];
for (const [tag, bytes] of Object.entries(wire.elements))
  rows.push([`a page with only <${tag}>`, bytes, BUDGETS[tag] ?? DEFAULT_BUDGET]);
const bundle = gzipSync(readFileSync(BUNDLE.file), { level: 9 }).length;

const failures = [];
console.log(`\nBytes over the wire (${WIRE_SIZES_FILE}):`);
for (const [what, bytes, { goal, ceiling }] of rows) {
  const note =
    bytes > goal
      ? `OVER its ${kb(goal)} goal by ${kb(bytes - goal)} (ceiling meanwhile ${kb(ceiling)})`
      : `goal ${kb(goal)}`;
  console.log(`  ${what.padEnd(36)} ${kb(bytes).padStart(8)}  ${note}`);
  if (bytes > ceiling) failures.push(`${what}: ${kb(bytes)}, over its ${kb(ceiling)} ceiling`);
}
console.log(`  ${'the one-file bundle (gzip)'.padEnd(36)} ${kb(bundle).padStart(8)}  ceiling ${kb(BUNDLE.ceiling)}`);
if (bundle > BUNDLE.ceiling) failures.push(`${BUNDLE.file}: ${kb(bundle)}, over its ${kb(BUNDLE.ceiling)} ceiling`);

if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
