// The package's entry points: `index` (every element) and one file per element tag.
import { readdirSync, existsSync } from 'node:fs';

export function elementTags() {
  return readdirSync('src/elements', { withFileTypes: true })
    .filter((item) => item.isDirectory() && existsSync(`src/elements/${item.name}/index.ts`))
    .map((item) => item.name)
    .sort();
}

export function libraryEntries() {
  const entries = { index: 'src/index.ts' };
  for (const tag of elementTags()) entries[tag] = `src/elements/${tag}/index.ts`;
  return entries;
}

/** `cem` arguments that write custom-elements.json; globs and plugins are in custom-elements-manifest.config.mjs. */
export const CEM_ANALYZE_ARGS = ['analyze', '--quiet'];
