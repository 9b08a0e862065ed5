// The CDN build: what a host page loads with one script tag, built by `npm run build` into dist/cdn/ and, for the
// demo and its test, in memory by the dev server (so `npm start` and `npm test` need no build step first).
import { build } from 'vite';
import { dropTranslatorNotes, minifyTemplates, translationsStandAlone } from './build-plugins.js';

export const CDN_DIR = 'dist/cdn';

/**
 * Builds the CDN files. With `write: false` nothing touches the disk.
 * @param {{ write: boolean }} options
 * @returns {Promise<Map<string, string | Uint8Array>>} each file's path inside dist/cdn/ and its content
 */
export async function buildCdn({ write }) {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [dropTranslatorNotes(), minifyTemplates(), translationsStandAlone()],
    build: {
      write,
      outDir: CDN_DIR,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      lib: { entry: { 'reach-elements': 'src/index.ts' }, formats: ['es'], fileName: () => 'reach-elements.js' },
      // One file for everything but the translations, which pages load only for their language.
      rollupOptions: { output: { chunkFileNames: 'locales/[name].js' } },
    },
  });
  const results = /** @type {import('vite').Rollup.RollupOutput[]} */ (Array.isArray(output) ? output : [output]);
  return new Map(results.flatMap((result) => result.output).map((file) => [file.fileName, file.type === 'chunk' ? file.code : file.source]));
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
        else res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' }).end(file);
      },
      (error) => {
        files = undefined;
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`The CDN build failed: ${error instanceof Error ? error.message : String(error)}`);
      },
    );
  };
}
