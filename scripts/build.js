// Builds the package: the library (lit, @lit/*, zod external) in dist/, one self-contained minified
// ESM file in dist/cdn/, type declarations in dist/types/ and the Custom Elements Manifest.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { libraryEntries } from './entries.js';
import { dropTranslatorNotes, minifyTemplates, translationsStandAlone } from './build-plugins.js';

rmSync('dist', { recursive: true, force: true });

const external = (id) => /^(lit|@lit\/|@lit-labs\/|zod)(\/|$)/.test(id);

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [dropTranslatorNotes(), minifyTemplates()],
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: { entry: libraryEntries(), formats: ['es'], fileName: (_format, name) => `${name}.js` },
    rollupOptions: { external, output: { chunkFileNames: 'chunks/[name]-[hash].js' } },
  },
});

await build({
  configFile: false,
  logLevel: 'warn',
  plugins: [dropTranslatorNotes(), minifyTemplates(), translationsStandAlone()],
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    minify: true,
    lib: { entry: { 'reach-elements': 'src/index.ts' }, formats: ['es'], fileName: () => 'reach-elements.js' },
    // One file for everything but the translations, which pages load only for their language. Fully
    // minified: for an ES library Vite keeps the whitespace and the pure annotations (for a bundler that
    // tree-shakes it again), which this file, loaded as it is by a <script type="module">, does not need.
    rollupOptions: { output: { chunkFileNames: 'locales/[name].js', minify: true, comments: false } },
  },
});

const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('tsc'), ['-p', 'tsconfig.sandbox-types.json'], { stdio: 'inherit' });
// Globs and plugins: custom-elements-manifest.config.mjs.
execFileSync(bin('cem'), ['analyze', '--quiet'], { stdio: 'inherit' });
console.log('Built dist/ (library), dist/cdn/reach-elements.js, dist/types/ and custom-elements.json');
