// Vite plugins for production bundles: remove what only the sources need to carry.
import { minifyHTMLLiterals } from 'minify-literals';

const SOURCE = /\/src\/.*\.ts$/;

/**
 * Removes the layout whitespace and comments inside lit's html`` and css`` templates (esbuild's
 * minifier leaves template strings as written).
 * @returns {import('vite').Plugin}
 */
export function minifyTemplates() {
  return {
    name: 'reach-minify-templates',
    apply: 'build',
    async transform(code, id) {
      if (!SOURCE.test(id) || !/\b(html|css)`/.test(code)) return null;
      const result = await minifyHTMLLiterals(code, { fileName: id });
      return result ? { code: result.code, map: result.map?.toString() } : null;
    },
  };
}

/** A `desc: '…'` option of `msg()`, with its comma: a note for translators, read from the sources at extraction. */
const TRANSLATOR_NOTE = /\bdesc:\s*(?:'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")\s*,?/g;

/**
 * Drops the translator notes of `msg()` calls, which @lit/localize's runtime never reads.
 * @returns {import('vite').Plugin}
 */
export function dropTranslatorNotes() {
  return {
    name: 'reach-drop-translator-notes',
    apply: 'build',
    transform(code, id) {
      if (!SOURCE.test(id) || !code.includes('msg(')) return null;
      const stripped = code.replace(TRANSLATOR_NOTE, '');
      return stripped === code ? null : { code: stripped, map: null };
    },
  };
}

/**
 * The CDN file must need no other file; only translations load beside it. A translation module imports
 * `str` from @lit/localize and `html` from lit (messages with markup), which would make the bundler move
 * those packages into a chunk of their own that the main file imports. Translations get their own copy of
 * both tags instead: each only records its strings and values, the shape lit's production `html` returns
 * (`_$litType$` 1 marks an HTML template) and @lit/localize's `str` returns.
 * @returns {import('vite').Plugin}
 */
export function translationsStandAlone() {
  const standIn = { '@lit/localize': '\0reach-translation-str', lit: '\0reach-translation-html' };
  const code = {
    '\0reach-translation-str': 'export const str = (strings, ...values) => ({ strTag: true, strings, values });',
    '\0reach-translation-html': "export const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });",
  };
  // One copy per translation (`?<its file>`): a copy they shared would be a chunk of its own, one more request
  // after the translation's before its strings can be used.
  return {
    name: 'reach-translations-stand-alone',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer?.includes('/src/i18n/locales/') && standIn[source]
        ? `${standIn[source]}?${importer.slice(importer.lastIndexOf('/') + 1)}`
        : null,
    load: (loaded) => code[loaded.split('?')[0]] ?? null,
  };
}

const MANIFEST_PLACEHOLDER = /(["'`])__REACH_CDN_MANIFEST__\1/;

/**
 * Writes into the CDN loader (src/cdn/autoloader.ts) what it loads: for each element entry (named `elements/<tag>`)
 * its file and every chunk it imports, however deep, so the loader fetches them all at once instead of
 * discovering them one import at a time; and the file of each translation.
 * @param {string} loaderName the loader's entry name
 * @returns {import('vite').Plugin}
 */
export function cdnManifest(loaderName) {
  return {
    name: 'reach-cdn-manifest',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const withImports = (fileName, seen = new Set()) => {
        if (seen.has(fileName)) return seen;
        seen.add(fileName);
        for (const imported of byFile.get(fileName)?.imports ?? []) withImports(imported, seen);
        return seen;
      };
      const manifest = { elements: {}, locales: {} };
      for (const chunk of chunks) {
        const tag =
          chunk.isEntry && chunk.name.startsWith('elements/') ? chunk.name.slice('elements/'.length) : undefined;
        if (tag) manifest.elements[tag] = [...withImports(chunk.fileName)];
        const locale = chunk.facadeModuleId?.match(/\/src\/i18n\/locales\/([\w-]+)\.ts$/)?.[1];
        if (locale) manifest.locales[locale] = chunk.fileName;
      }
      const loader = chunks.find((chunk) => chunk.isEntry && chunk.name === loaderName);
      if (!loader || !MANIFEST_PLACEHOLDER.test(loader.code))
        this.error(`the CDN loader ${loaderName} has no manifest placeholder`);
      loader.code = loader.code.replace(MANIFEST_PLACEHOLDER, JSON.stringify(manifest));
    },
  };
}
