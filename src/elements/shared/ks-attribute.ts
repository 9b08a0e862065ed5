/** Elements removing their own `ks` attribute: the callback that removal causes is not a logout. */
const removing = new WeakSet<Element>();

/**
 * Attribute handling for an element with a `ks` property: `apply` (Lit's own handling) takes the value,
 * then the attribute is removed, so the KS does not stay in the page's markup for any script or
 * serialisation (outerHTML, devtools, extensions) to read. Call it from `attributeChangedCallback`.
 */
export function takeKsAttribute(element: Element, name: string, value: string | null, apply: () => void): void {
  if (name !== 'ks') return apply();
  if (value === null && removing.has(element)) return;
  apply();
  if (value === null) return;
  removing.add(element);
  try {
    element.removeAttribute('ks');
  } finally {
    removing.delete(element);
  }
}
