/**
 * Captions for the preview's `<track>`: the caption file is fetched (its URL comes from
 * captionAsset.getUrl) and handed to the track as WebVTT through a blob URL, so SRT assets work too and
 * the track needs no CORS setup on the video.
 */
export function toWebVtt(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^WEBVTT/.test(body)) return body;
  // SRT: "00:00:01,000 --> …" becomes "00:00:01.000 --> …"; the cue numbers stay as cue ids.
  return `WEBVTT\n\n${body.replace(/(\d\d:\d\d:\d\d),(\d{3})/g, '$1.$2')}`;
}

export async function captionTrackUrl(url: string, signal?: AbortSignal): Promise<string> {
  const response = await fetch(url, { credentials: 'omit', signal: signal ?? null });
  if (!response.ok) throw new Error(`Captions answered HTTP ${response.status}`);
  const vtt = toWebVtt(await response.text());
  return URL.createObjectURL(new Blob([vtt], { type: 'text/vtt' }));
}
