// @ts-check
/**
 * Caption files built from an entry's transcript, the way caption vendors deliver them: each spoken
 * cue is wrapped to the profile's line length and split into two-line captions, timed by text share.
 */

/** @typedef {{ start: number, end: number, text: string }} Cue seconds */

const LINES_PER_CAPTION = 2;
/** KalturaReachProfile.maxCharactersPerCaptionLine when unset or 0. */
export const DEFAULT_LINE_LENGTH = 26;

/**
 * @param {Cue[]} transcript
 * @param {{ maxLineLength?: number, transform?: (text: string) => string }} [options]
 * @returns {Cue[]} captions whose text holds at most two lines joined by "\n"
 */
export function captionCues(transcript, { maxLineLength = DEFAULT_LINE_LENGTH, transform = (text) => text } = {}) {
  return transcript.flatMap((cue) => {
    const lines = wrap(transform(cue.text), maxLineLength || DEFAULT_LINE_LENGTH);
    const groups = [];
    for (let index = 0; index < lines.length; index += LINES_PER_CAPTION)
      groups.push(lines.slice(index, index + LINES_PER_CAPTION));
    const totalChars = lines.join('').length || 1;
    let start = cue.start;
    return groups.map((group) => {
      const end = start + ((cue.end - cue.start) * group.join('').length) / totalChars;
      const caption = { start, end, text: group.join('\n') };
      start = end;
      return caption;
    });
  });
}

/** @param {Cue[]} cues */
export function toSrt(cues) {
  return cues
    .map((cue, index) => `${index + 1}\n${timestamp(cue.start, ',')} --> ${timestamp(cue.end, ',')}\n${cue.text}\n`)
    .join('\n');
}

/** @param {Cue[]} cues */
export function toVtt(cues) {
  return `WEBVTT\n\n${cues.map((cue) => `${timestamp(cue.start, '.')} --> ${timestamp(cue.end, '.')}\n${cue.text}\n`).join('\n')}`;
}

/** @param {string} text @param {number} width */
function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** `HH:MM:SS,mmm` (SRT) or `HH:MM:SS.mmm` (WebVTT). @param {number} seconds @param {string} separator */
function timestamp(seconds, separator) {
  const totalMs = Math.round(seconds * 1000);
  const pad = (/** @type {number} */ value, size = 2) => String(value).padStart(size, '0');
  const hours = Math.floor(totalMs / 3_600_000);
  const minutes = Math.floor((totalMs % 3_600_000) / 60_000);
  const secs = Math.floor((totalMs % 60_000) / 1000);
  return `${pad(hours)}:${pad(minutes)}:${pad(secs)}${separator}${pad(totalMs % 1000, 3)}`;
}
