// The CDN build: what a host page loads with one script tag, built by `npm run build` into dist/cdn/ and, for the
// demo and its test, in memory by the dev server (so `npm start` and `npm test` need no build step first).
import { build } from 'vite';
import { cdnManifest, dropTranslatorNotes, minifyTemplates, translationsStandAlone } from './build-plugins.js';
import { elementTags } from './entries.js';

export const CDN_DIR = 'dist/cdn';
/** What `npm run check:cdn` measured in Chromium, for `npm run size` to hold against the budgets. */
export const WIRE_SIZES_FILE = 'dist/cdn-wire-sizes.json';

/** Where chunks go: translations (and the stand-ins they import) by name, code shared between elements hashed. */
function chunkFileName(chunk) {
  return chunk.moduleIds.every((id) => id.includes('/src/i18n/locales/') || id.startsWith('\0reach-translation'))
    ? 'locales/[name].js'
    : 'chunks/[name]-[hash].js';
}

/**
 * Builds the CDN files: the loader `reach-elements.js` with one module per element and the chunks they share, the
 * one-file `reach-elements.bundle.js` for hosts that want a single file, and the translations both load beside
 * them. With `write: false` nothing touches the disk.
 * @param {{ write: boolean }} options
 * @returns {Promise<Map<string, string | Uint8Array>>} each file's path inside dist/cdn/ and its content
 */
export async function buildCdn({ write }) {
  /**
   * @param {Record<string, string>} entry @param {import('vite').Plugin[]} plugins
   * @param {'strict' | 'allow-extension'} entrySignatures `allow-extension` lets code loaded later (the order
   *   panel's bulk order) import what it shares from the entry file, instead of splitting that out of it
   */
  const bundle = async (entry, plugins = [], entrySignatures = 'strict') => {
    const output = await build({
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
        rollupOptions: {
          preserveEntrySignatures: entrySignatures,
          output: { chunkFileNames: chunkFileName, minify: true },
        },
      },
    });
    const results = /** @type {import('vite').Rollup.RollupOutput[]} */ (Array.isArray(output) ? output : [output]);
    return results.flatMap((result) => result.output);
  };
  const elements = Object.fromEntries(elementTags().map((tag) => [`elements/${tag}`, `src/elements/${tag}/index.ts`]));
  const files = [
    ...(await bundle({ 'reach-elements.bundle': 'src/index.ts' }, [], 'allow-extension')),
    ...(await bundle({ 'reach-elements': 'src/cdn/autoloader.ts', ...elements }, [cdnManifest('reach-elements')])),
  ];
  return new Map(files.map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source]));
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
