// Gzip (level 9) sizes of what a page downloads: the CDN file, and each element bundled on its own
// with lit, shown also as its own cost on top of lit + the shared client. Fails over the ceiling.
import { build } from 'vite';
import { gzipSync } from 'node:zlib';
import { readFileSync, existsSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { elementTags } from './entries.js';
import { dropTranslatorNotes, minifyTemplates, translationsStandAlone } from './build-plugins.js';

const CDN_FILE = 'dist/cdn/reach-elements.js';
/** The goal for the CDN file once every element exists (reach-agents and reach-rules are still to come). */
const CDN_GOAL_BYTES = 40 * 1024;
/**
 * What the CDN file may not grow past meanwhile: today's size (72.6 KB with three elements, fully
 * minified) plus a little room. Lower it whenever the bundle shrinks; never raise it without saying why
 * in the commit.
 */
const CDN_CEILING_BYTES = 74 * 1024;

const gzipSize = (code) => gzipSync(code, { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const scratch = join('node_modules', '.cache', 'reach-size');

/** Bundles `entryCode` (everything included, minified) and returns its gzip size. */
async function bundledSize(entryCode) {
  mkdirSync(scratch, { recursive: true });
  const entry = join(scratch, 'entry.js');
  writeFileSync(entry, entryCode);
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    plugins: [dropTranslatorNotes(), minifyTemplates(), translationsStandAlone()],
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
      // Minified as the CDN file is (scripts/build.js): whitespace and pure annotations too.
      rollupOptions: { output: { minify: true, comments: false } },
    },
  });
  const results = /** @type {import('vite').Rollup.RollupOutput[]} */ (Array.isArray(output) ? output : [output]);
  const chunks = results.flatMap((result) => result.output);
  // What every page downloads: the entry, not the translations loaded for other languages.
  let total = 0;
  for (const chunk of chunks) if (chunk.type === 'chunk' && chunk.isEntry) total += gzipSize(chunk.code);
  return total;
}

const root = process.cwd();
/** @type {[string, number, string][]} */
const rows = [];
const lit = await bundledSize(`export * from 'lit';`);
rows.push(['lit alone', lit, '']);
const sharedEntry = existsSync('src/state/index.ts') ? 'src/state/index.ts' : 'src/api/index.ts';
const shared = await bundledSize(`export * from 'lit'; export * from '${root}/${sharedEntry}';`);
rows.push([`lit + shared client (${sharedEntry})`, shared, `+${kb(shared - lit)} over lit`]);
for (const tag of elementTags()) {
  const size = await bundledSize(`export * from '${root}/src/elements/${tag}/index.ts'; export * from '${root}/${sharedEntry}';`);
  rows.push([`<${tag}> alone`, size, `+${kb(size - shared)} over lit + shared`]);
}

rmSync(scratch, { recursive: true, force: true });
if (!existsSync(CDN_FILE)) {
  console.error(`${CDN_FILE} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const cdn = gzipSize(readFileSync(CDN_FILE));
rows.push([`${CDN_FILE} (everything)`, cdn, `ceiling ${kb(CDN_CEILING_BYTES)}; goal ${kb(CDN_GOAL_BYTES)} (${kb(cdn - CDN_GOAL_BYTES)} to go)`]);

const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, size, note] of rows) console.log(`${name.padEnd(width)}  ${kb(size).padStart(8)}  ${note}`);
if (cdn > CDN_CEILING_BYTES) {
  console.error(`The CDN bundle is ${kb(cdn)} gzip, over its ${kb(CDN_CEILING_BYTES)} ceiling.`);
  process.exit(1);
}
