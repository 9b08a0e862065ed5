/** The placeholder of the host's entry URL template. */
const ENTRY_ID = '{entryId}';

/**
 * The host page's address of an entry, from its template (`https://host/media/{entryId}`), or undefined
 * when there is no template or it is not an absolute http(s) address with the placeholder: a link never
 * runs script (`javascript:`) or leaves the web (`data:`, `file:`).
 */
export function entryLink(template: string | undefined, entryId: string): string | undefined {
  if (!template?.includes(ENTRY_ID)) return undefined;
  let url: URL;
  try {
    url = new URL(template.replaceAll(ENTRY_ID, encodeURIComponent(entryId)));
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
