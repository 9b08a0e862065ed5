const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'blob:']);

/**
 * A URL from the server or the host page (download and media URLs, thumbnails, the sandbox CSV, a
 * `clips-href` template once filled) that may go into a `src` or `href`: only http:, https: and blob:
 * (an object URL this page made), never javascript:, data: or anything else. Relative URLs resolve
 * against the page. Undefined when it may not.
 */
export function safeUrl(
  url: string | null | undefined,
  base: string = globalThis.location?.href ?? 'http://localhost/',
): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return SAFE_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An entry's thumbnail at this size (Kaltura's thumbnail API takes its parameters as path segments,
 * `path` adds more, e.g. `/vid_sec/12`), when its URL is safe to show.
 */
export function thumbnailSrc(
  thumbnailUrl: string | undefined,
  width: number,
  height: number,
  path = '',
): string | undefined {
  return thumbnailUrl ? safeUrl(`${thumbnailUrl}${path}/width/${width}/height/${height}`) : undefined;
}
