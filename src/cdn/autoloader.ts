/**
 * The CDN entry (`dist/cdn/reach-elements.js`): a small loader that knows every tag and loads an element's code
 * only when the page first uses it. Each element's files (its module and the chunks it shares with the others,
 * lit among them) are fetched at once rather than one import after another, and so is the translation for the
 * page's language. Elements inside a shadow root the loader cannot see are loaded with `loadElement(tag)`.
 */

/** What the CDN build writes in place of the placeholder below (see scripts/build-plugins.js `cdnManifest`). */
interface CdnManifest {
  /** Each tag's files, relative to this file: its module first, then every chunk it imports. */
  elements: Record<string, string[]>;
  /** Each translation's file, by locale. */
  locales: Record<string, string>;
}

const manifest = '__REACH_CDN_MANIFEST__' as unknown as CdnManifest;

const loading = new Map<string, Promise<void>>();
const fetchModule = (file: string) => import(/* @vite-ignore */ new URL(file, import.meta.url).href);

/** Loads `tag`'s code (once) and resolves when the tag is defined. */
export function loadElement(tag: string): Promise<void> {
  const files = manifest.elements[tag];
  if (!files) return Promise.reject(new Error(`reach-elements has no element <${tag}>`));
  let loaded = loading.get(tag);
  if (!loaded) {
    const language = (document.documentElement.lang || navigator.language).toLowerCase().split('-')[0] ?? '';
    const translation = manifest.locales[language];
    loaded = Promise.all([...files, ...(translation ? [translation] : [])].map(fetchModule)).then(
      () => undefined,
      (error: unknown) => {
        // Forgotten, so the next element of this tag added to the page tries again.
        loading.delete(tag);
        throw error;
      },
    );
    loading.set(tag, loaded);
  }
  return loaded;
}

const tags = Object.keys(manifest.elements);

function discover(root: Element | Document): void {
  for (const tag of tags) {
    if (loading.has(tag) || customElements.get(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      loadElement(tag).catch((error: unknown) => console.error(`reach-elements: could not load <${tag}>`, error));
    }
  }
}

new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) discover(node);
}).observe(document, { childList: true, subtree: true });
discover(document);
