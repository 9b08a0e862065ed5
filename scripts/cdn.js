// The CDN build: what a host page loads with one script tag, built by `npm run build` into dist/cdn/ and, for the
// demo and its test, in memory by the dev server (so `npm start` and `npm test` need no build step first).
import { build } from 'vite';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { cdnManifest, dropTranslatorNotes, minifyTemplates, translationsStandAlone } from './build-plugins.js';
import { elementTags } from './entries.js';

export const CDN_DIR = 'dist/cdn';
/** What `npm run check:cdn` measured in Chromium, for `npm run size` to hold against the budgets. */
export const WIRE_SIZES_FILE = 'dist/cdn-wire-sizes.json';

/** A CDN file compressed as a CDN stores it, at the highest level of each encoding. */
export const gzipped = (/** @type {string | Uint8Array} */ content) => gzipSync(content, { level: 9 });
export const brotlied = (/** @type {string | Uint8Array} */ content) =>
  brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY } });

/**
 * Code that at least this many elements need for their first paint goes into one shared chunk rather than into a
 * chunk for each set of elements using it: a page then fetches two files (its element and the shared chunk) instead of
 * up to nine (each a request, headers and, over HTTP/1.1, a connection of the six a browser opens to a host), and one
 * larger file compresses better and spends no bytes on the names chunks import from each other. Only first paints
 * count (see `firstPaintUsers`): code that only parts loaded on first use share (the `live` and `ref` directives, the
 * media picker's) goes into chunks of their own, fetched on that use, instead of into every page's first download.
 * Measured (brotli, the loader and headers included, all seven pages): counting every user and 3 — the order panel
 * 39.7 KB, monitor 41.4, clips lab 43.9, agents 41.3, rules 40.1, usage 37.3, 277.8 in all; first paints and 3 — 39.9,
 * 39.7, 46.3 (the lab's first paint then fetches four small chunks it shares with one other element), 39.1, 38.0,
 * 35.1, 274.4; first paints and 2 — 38.4, 40.6, 44.4, 40.4, 39.3, 36.5, 272.2: every page under its goal, and the
 * least in all.
 */
const SHARED_BY = 2;

/**
 * The one-file bundle keeps every element's first paint in one file: all that its entry imports goes into it (a group
 * named as the entry is merged into it), or parts loaded on first use (LazyModule) that share code with the elements
 * would split that code into chunks of its own. The parts themselves are chunks beside it, loaded on their first use.
 * @type {import('vite').Rollup.OutputOptions}
 */
const ONE_FILE = { codeSplitting: { groups: [{ name: 'reach-elements.bundle', tags: ['$initial'] }] } };

const isTranslation = (id) => id.includes('/src/i18n/locales/') || id.startsWith('\0reach-translation');

/** Where chunks go: translations (and the stand-ins they import) by name, code shared between elements hashed. */
function chunkFileName(chunk) {
  return chunk.moduleIds.every(isTranslation) ? 'locales/[name].js' : 'chunks/[name]-[hash].js';
}

/**
 * Builds the CDN files: the loader `reach-elements.js` with one module per element and the chunks they share, the
 * one-file `reach-elements.bundle.js` for hosts that want a single file, and the translations both load beside
 * them. With `write: false` nothing touches the disk.
 * @param {{ write: boolean }} options
 * @returns {Promise<Map<string, string | Uint8Array>>} each file's path inside dist/cdn/ and its content
 */
export async function buildCdn({ write }) {
  const files = await buildCdnOutput({ write });
  return new Map(files.map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source]));
}

/**
 * The CDN build's output as the bundler gives it (chunks with the modules in them; see `buildCdn`).
 * @param {{ write: boolean }} options
 */
export async function buildCdnOutput({ write }) {
  /**
   * @param {Record<string, string>} entry
   * @param {import('vite').Plugin[]} plugins
   * @param {import('vite').Rollup.OutputOptions} output
   */
  const bundle = async (entry, plugins = [], output = {}) => {
    const built = await build({
      configFile: false,
      logLevel: 'warn',
      plugins: [dropTranslatorNotes(), minifyTemplates(), translationsStandAlone(), ...plugins],
      build: {
        write,
        outDir: CDN_DIR,
        emptyOutDir: false,
        target: 'es2022',
        minify: true,
        lib: { entry, formats: ['es'], fileName: (_format, name) => `${name}.js` },
        // Lib mode keeps whitespace in ES output (for other bundlers' tree-shaking); this code goes to browsers as is.
        // Pure annotations only help a bundler that takes these files in; browsers get them as they are.
        rollupOptions: {
          // Parts loaded on first use (LazyModule) import what they share with their element from the element's own
          // file, instead of splitting that out of it into a chunk of its own (one more file on the first paint).
          preserveEntrySignatures: 'allow-extension',
          output: { chunkFileNames: chunkFileName, minify: true, comments: { annotation: false }, ...output },
        },
      },
    });
    const results = /** @type {import('vite').Rollup.RollupOutput[]} */ (Array.isArray(built) ? built : [built]);
    return results.flatMap((result) => result.output);
  };
  const elements = Object.fromEntries(elementTags().map((tag) => [`elements/${tag}`, `src/elements/${tag}/index.ts`]));
  const firstPaint = await firstPaintUsers(elements);
  return [
    ...(await bundle({ 'reach-elements.bundle': 'src/index.ts' }, [], ONE_FILE)),
    ...(await bundle({ 'reach-elements': 'src/cdn/autoloader.ts', ...elements }, [cdnManifest('reach-elements')], {
      codeSplitting: {
        groups: [
          {
            name: 'shared',
            test: (id) => !isTranslation(id) && (firstPaint.get(id) ?? 0) >= SHARED_BY,
          },
        ],
      },
    })),
  ];
}

/**
 * For each module, how many elements load it for their first paint: the element's module and what it imports, not
 * the parts it loads on first use.
 * @param {Record<string, string>} elements entry name → element module
 */
async function firstPaintUsers(elements) {
  /** @type {Map<string, number>} */
  const users = new Map();
  await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [
      {
        name: 'reach-first-paint-users',
        buildEnd() {
          for (const entry of Object.values(elements)) {
            const root = [...this.getModuleIds()].find((id) => id.endsWith(entry));
            if (root === undefined) this.error(`the element module ${entry} is not in the build`);
            const reached = new Set();
            const next = [root];
            while (next.length > 0) {
              const id = next.pop();
              if (id === undefined || reached.has(id)) continue;
              reached.add(id);
              next.push(...(this.getModuleInfo(id)?.importedIds ?? []));
            }
            for (const id of reached) users.set(id, (users.get(id) ?? 0) + 1);
          }
        },
      },
    ],
    build: { write: false, target: 'es2022', minify: false, lib: { entry: elements, formats: ['es'] } },
  });
  return users;
}

/**
 * Connect middleware serving `/dist/cdn/…` from an in-memory CDN build, made on the first request and kept for the
 * server's life (restart the server to see source changes there; the other demo pages use the sources directly).
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void}
 */
export function serveCdnBuild() {
  /** @type {Promise<Map<string, string | Uint8Array>> | undefined} */
  let files;
  return (req, res, next) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!path.startsWith(`/${CDN_DIR}/`)) return next();
    files ??= buildCdn({ write: false });
    files.then(
      (built) => {
        const file = built.get(path.slice(CDN_DIR.length + 2));
        if (file === undefined) res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not in the CDN build');
        else
          res
            .writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' })
            .end(file);
      },
      (error) => {
        files = undefined;
        res
          .writeHead(500, { 'Content-Type': 'text/plain' })
          .end(`The CDN build failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
}
