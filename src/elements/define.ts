/**
 * Registers a tag once. A host page may load this package twice (say, the CDN file and a bundled copy);
 * the second registration must not throw, and the first one wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
