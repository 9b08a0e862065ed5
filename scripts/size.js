// The CDN budgets, on what a page really downloads: bytes over the wire (headers included) that `npm run check:cdn`
// measured in Chromium for a host page of another origin, from a CDN that serves brotli as jsDelivr and unpkg do. The
// gzip figure (the same files from a CDN that serves only gzip) is printed beside and has a ceiling of its own. Also
// lists each CDN file's gzip and brotli size. Fails over a ceiling. A ceiling above its goal is today's size plus a
// little room: lower it whenever the code shrinks, never raise it without saying why in the commit.
// `npm run size -- --explain` also lists, per CDN chunk, the modules in it by size (a fresh build, written nowhere).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { WIRE_SIZES_FILE, brotlied, buildCdnOutput, gzipped } from './cdn.js';

const KB = 1024;
/**
 * Goals and ceilings of bytes over the wire: the goal and the first ceiling for brotli, the second for gzip.
 * @type {Record<string, { goal: number, ceiling: number, gzipCeiling: number }>}
 */
const BUDGETS = {
  loader: { goal: 4 * KB, ceiling: 4 * KB, gzipCeiling: 4 * KB },
  'reach-order-panel': { goal: 40 * KB, ceiling: 40 * KB, gzipCeiling: 45 * KB },
  'reach-task-monitor': { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 47 * KB },
  'clips-lab': { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 50 * KB },
  'reach-agents': { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 47 * KB },
  'reach-rules': { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 46 * KB },
  'reach-provider': { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 45 * KB },
};
/**
 * Every element in one file (their parts loaded on first use beside it), for hosts that want one script: no goal, only
 * a ceiling (gzip) against growth.
 */
const BUNDLE = { file: 'dist/cdn/reach-elements.bundle.js', ceiling: 79 * KB };
/** An element without a budget of its own gets the goal of "each other element". */
const DEFAULT_BUDGET = { goal: 45 * KB, ceiling: 45 * KB, gzipCeiling: 45 * KB };

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

if (!existsSync(WIRE_SIZES_FILE) || !existsSync(BUNDLE.file)) {
  console.error(
    `${WIRE_SIZES_FILE} or ${BUNDLE.file} is missing: run \`npm run build\` and then \`npm run check:cdn\` first.`,
  );
  process.exit(1);
}

const gzipSize = (content) => gzipped(content).length;
const brotliSize = (content) => brotlied(content).length;

if (process.argv.includes('--explain')) await explain();

console.log('Size of each CDN file (gzip, brotli):');
const listed = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? listed(join(dir, item.name)) : [join(dir, item.name)],
  );
for (const file of listed('dist/cdn').sort()) {
  const content = readFileSync(file);
  console.log(`  ${file.padEnd(52)} ${kb(gzipSize(content)).padStart(8)} ${kb(brotliSize(content)).padStart(8)}`);
}

const wire = JSON.parse(readFileSync(WIRE_SIZES_FILE, 'utf8'));
const rows = [['the loader alone', wire.loader, BUDGETS.loader]];
for (const [tag, bytes] of Object.entries(wire.elements))
  rows.push([`a page with only <${tag}>`, bytes, BUDGETS[tag] ?? DEFAULT_BUDGET]);
const bundle = gzipSize(readFileSync(BUNDLE.file));

const failures = [];
console.log(`\nBytes over the wire (${WIRE_SIZES_FILE}), brotli (gzip):`);
for (const [what, { brotli, gzip }, { goal, ceiling, gzipCeiling }] of rows) {
  const note =
    brotli > goal
      ? `OVER its ${kb(goal)} goal by ${kb(brotli - goal)} (ceilings meanwhile ${kb(ceiling)}, gzip ${kb(gzipCeiling)})`
      : `goal ${kb(goal)}`;
  console.log(`  ${what.padEnd(36)} ${kb(brotli).padStart(8)} (${kb(gzip).padStart(8)})  ${note}`);
  if (brotli > ceiling) failures.push(`${what}: ${kb(brotli)} brotli, over its ${kb(ceiling)} ceiling`);
  if (gzip > gzipCeiling) failures.push(`${what}: ${kb(gzip)} gzip, over its ${kb(gzipCeiling)} gzip ceiling`);
}
console.log(`  ${'the one-file bundle (gzip)'.padEnd(36)} ${kb(bundle).padStart(8)}  ceiling ${kb(BUNDLE.ceiling)}`);
if (bundle > BUNDLE.ceiling) failures.push(`${BUNDLE.file}: ${kb(bundle)}, over its ${kb(BUNDLE.ceiling)} ceiling`);

if (failures.length > 0) {
  console.error(`\nOver budget:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}

/** Per chunk of a fresh CDN build: its size and the modules in it, largest first (sizes before minifying). */
async function explain() {
  const chunks = /** @type {import('vite').Rollup.OutputChunk[]} */ (
    (await buildCdnOutput({ write: false })).filter(
      (file) => file.type === 'chunk' && !file.fileName.startsWith('locales/'),
    )
  );
  for (const chunk of chunks.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const imports = chunk.imports.join(', ') || 'nothing';
    console.log(`${chunk.fileName}: ${kb(gzipSize(chunk.code))} gzip; imports ${imports}`);
    const modules = Object.entries(chunk.modules).sort(([, a], [, b]) => b.renderedLength - a.renderedLength);
    for (const [id, module] of modules) {
      const name = id.replace(/^\0|^.*\/node_modules\//, '').replace(`${process.cwd()}/`, '');
      const alone = kb(gzipSize(module.code ?? '')).padStart(8);
      console.log(`  ${kb(module.renderedLength).padStart(8)} ${alone} gzip alone  ${name}`);
    }
  }
  console.log('');
}
