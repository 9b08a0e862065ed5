// Builds the package: the library (lit, @lit/*, zod external) in dist/, the CDN files (a loader, per-element
// modules, the one-file bundle) in dist/cdn/, type declarations in dist/types/ and the Custom Elements Manifest.
import { build } from 'vite';
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { CEM_ANALYZE_ARGS, libraryEntries } from './entries.js';
import { writeFrameworkTypes } from './framework-types.js';
import { dropTranslatorNotes, minifyTemplates } from './build-plugins.js';
import { buildCdn } from './cdn.js';

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

await buildCdn({ write: true });

const bin = (name) => `node_modules/.bin/${name}`;
execFileSync(bin('tsc'), ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
execFileSync(bin('tsc'), ['-p', 'tsconfig.sandbox-types.json'], { stdio: 'inherit' });
execFileSync(bin('cem'), CEM_ANALYZE_ARGS, { stdio: 'inherit' });
writeFrameworkTypes({
  manifestFile: 'custom-elements.json',
  outDir: 'dist/types/frameworks',
  typesEntry: '../index.js',
});
console.log(
  'Built dist/ (library), dist/cdn/ (loader, elements, one-file bundle), dist/types/ (with frameworks/ for React, Vue, Svelte) and custom-elements.json',
);
