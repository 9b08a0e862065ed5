// Marks on a track (the timeline's markers, the range handles), placed through the CSSOM.

/** Places the timeline's markers, from the fractions they carry: call it after each update of the host. */
export function placeMarkers(root: ParentNode): void {
  for (const marker of root.querySelectorAll<HTMLElement>('.marker[data-start]'))
    placeOnTrack(marker, Number(marker.dataset['start']), Number(marker.dataset['length']));
}

/**
 * Places a mark on a track (fractions of the track) through the CSSOM. Not `styleMap`: on first render it
 * writes the `style` attribute as text, which a strict `style-src 'self'` policy blocks (lit#4719).
 */
export function placeOnTrack(element: Element | undefined, start: number, length?: number): void {
  if (!element) return;
  const { style } = element as HTMLElement;
  style.insetInlineStart = `${start * 100}%`;
  if (length !== undefined) style.inlineSize = `${length * 100}%`;
}
