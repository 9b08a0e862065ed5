/**
 * Captions for the preview's `<track>`: the caption file's text (captionAsset.serve) is handed to the track
 * as WebVTT through a blob URL, so SRT assets work too and the track needs no CORS setup on the video.
 */
export function toWebVtt(text: string): string {
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/^WEBVTT/.test(body)) return body;
  // SRT: "00:00:01,000 --> …" becomes "00:00:01.000 --> …"; the cue numbers stay as cue ids.
  return `WEBVTT\n\n${body.replace(/(\d\d:\d\d:\d\d),(\d{3})/g, '$1.$2')}`;
}

export function captionTrackUrl(captionText: string): string {
  return URL.createObjectURL(new Blob([toWebVtt(captionText)], { type: 'text/vtt' }));
}
