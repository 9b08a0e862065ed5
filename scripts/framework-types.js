// Framework typings generated from custom-elements.json: JSX IntrinsicElements for React 19, GlobalComponents for Vue
// and SvelteHTMLElements for Svelte 5. Each tag gets its public properties (typed from the element's class), its
// attributes (strings) and a handler per event it fires (typed from the page's event map). The build writes them
// to dist/types/frameworks/; `npm run typecheck` writes them beside the sources' types and compiles a fixture
// (test/types/) against them.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CEM_ANALYZE_ARGS } from './entries.js';

/**
 * @typedef {{ tag: string, className: string, properties: string[], attributes: string[], events: string[] }} ElementShape
 */

/**
 * The public surface of each custom element in the manifest.
 * @param {any} manifest custom-elements.json
 * @returns {ElementShape[]}
 */
export function elementShapes(manifest) {
  const shapes = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      const isPublicField = (member) =>
        member.kind === 'field' && !member.static && !member.readonly && !member.privacy && !/^[#_]/.test(member.name);
      shapes.push({
        tag: declaration.tagName,
        className: declaration.name,
        properties: (declaration.members ?? []).filter(isPublicField).map((member) => member.name),
        attributes: (declaration.attributes ?? []).map((attribute) => attribute.name),
        // The events the element documents with @fires; the analyzer also lists guesses from dispatchEvent calls
        // (no description, and sometimes a constructor argument for a name).
        events: [
          ...new Set(
            (declaration.events ?? []).filter((event) => event.name && event.description).map((event) => event.name),
          ),
        ],
      });
    }
  }
  return shapes.sort((a, b) => a.tag.localeCompare(b.tag));
}

const union = (names) => (names.length > 0 ? names.map((name) => `'${name}'`).join(' | ') : 'never');

/** The helpers every framework file shares: properties, attributes, and the event map lookup. */
const COMMON = `type EventOf<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;
/** Properties (set as DOM properties by React 19, Vue and Svelte 5 alike), typed as the element declares them. */
type Properties<E, P extends keyof E> = Partial<Pick<E, P>>;
/** Attributes, for markup written as HTML: always strings. */
type Attributes<A extends string> = { [K in A]?: string };`;

/**
 * @param {ElementShape[]} shapes
 * @param {string} typesEntry import path of the package's types (the element classes and the event map)
 * @returns {Record<string, string>} file name → content
 */
export function frameworkTypes(shapes, typesEntry) {
  const header = (framework) =>
    `// Generated from custom-elements.json by scripts/framework-types.js: the REACH elements in ${framework}. Do not edit.\nimport type { ${shapes.map((shape) => shape.className).join(', ')} } from '${typesEntry}';\n`;
  const props = (shape) =>
    `Properties<${shape.className}, ${union(shape.properties)}> & Attributes<${union(shape.attributes.filter((name) => !shape.properties.includes(name)))}>`;
  const entries = (render) => shapes.map((shape) => `      '${shape.tag}': ${render(shape)};`).join('\n');

  const react = `${header('React 19 JSX')}import type { DetailedHTMLProps, HTMLAttributes } from 'react';

${COMMON}
/** React 19 adds a listener for \`on<event-name>\` props on custom elements, the event name as written. */
type Events<N extends string> = { [K in N as \`on\${K}\`]?: (event: EventOf<K>) => void };
type ElementProps<E, P extends keyof E, A extends string, N extends string> = Omit<DetailedHTMLProps<HTMLAttributes<E>, E>, P & string> &
  Properties<E, P> & Attributes<A> & Events<N>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries((shape) => `ElementProps<${shape.className}, ${union(shape.properties)}, ${union(shape.attributes.filter((name) => !shape.properties.includes(name)))}, ${union(shape.events)}>`)}
    }
  }
}
`;

  const vue = `${header('Vue templates')}import type { DefineComponent } from 'vue';

${COMMON}
/** Vue turns \`@reach-task-created\` into the \`onReachTaskCreated\` prop and listens for the event as written. */
type Events<N extends string> = { [K in N as \`on\${Capitalize<CamelCase<K>>}\`]?: (event: EventOf<K>) => void };
type CamelCase<S extends string> = S extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<CamelCase<Tail>>}\` : S;

declare module 'vue' {
  interface GlobalComponents {
${entries((shape) => `DefineComponent<${props(shape)} & Events<${union(shape.events)}>>`).replace(/^ {2}/gm, '')}
  }
}
`;

  const svelte = `${header('Svelte 5 markup')}import type { HTMLAttributes } from 'svelte/elements';

${COMMON}
/** Svelte 5 adds a listener for \`on<event-name>\` attributes, the event name as written. */
type Events<N extends string> = { [K in N as \`on\${K}\`]?: (event: EventOf<K>) => void };

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${entries((shape) => `Omit<HTMLAttributes<${shape.className}>, ${union(shape.properties)}> & ${props(shape)} & Events<${union(shape.events)}>`).replace(/^ {2}/gm, '')}
  }
}
`;
  return { 'react.d.ts': react, 'vue.d.ts': vue, 'svelte.d.ts': svelte };
}

/**
 * Writes the three files into `outDir`, importing the element types from `typesEntry` (a path relative to outDir).
 * @param {{ manifestFile: string, outDir: string, typesEntry: string }} options
 */
export function writeFrameworkTypes({ manifestFile, outDir, typesEntry }) {
  const files = frameworkTypes(elementShapes(JSON.parse(readFileSync(manifestFile, 'utf8'))), typesEntry);
  mkdirSync(outDir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(outDir, name), content);
}

// `node scripts/framework-types.js`: for the typecheck, from a fresh manifest of the sources, typed by the sources.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = 'node_modules/.cache/reach-framework-types';
  const manifestFile = join(outDir, 'custom-elements.json');
  mkdirSync(outDir, { recursive: true });
  // The project's analyzer config (custom-elements-manifest.config.mjs) leaves package.json alone.
  execFileSync('node_modules/.bin/cem', [...CEM_ANALYZE_ARGS, '--outdir', outDir], { stdio: 'inherit' });
  writeFrameworkTypes({ manifestFile, outDir, typesEntry: relative(outDir, 'src/index.js') });
}
