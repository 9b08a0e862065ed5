import { msg, str } from '@lit/localize';
import { formatClock } from '../shared/format.js';

/** A clip as the user is editing it: times as typed, so nothing typed is lost while it is not valid yet. */
export interface ClipEdit {
  name: string;
  description: string;
  tags: string;
  /** "1:05", "65" or "1:05.5" — seconds in the source. */
  start: string;
  end: string;
  burnCaptions: boolean;
}

export interface ClipEditErrors {
  name?: string;
  start?: string;
  end?: string;
}

/** The shortest clip the lab saves. */
export const MIN_CLIP_SECONDS = 1;

/** 65.5 → "1:05.5"; whole seconds without decimals. */
export function formatTimecode(seconds: number): string {
  const tenths = Math.round(seconds * 10) % 10;
  return tenths ? `${formatClock(seconds)}.${tenths}` : formatClock(Math.round(seconds));
}

/** "1:05", "1:05.5", "65", "1:02:03" → seconds; undefined when it is not a time. */
export function parseTimecode(text: string): number | undefined {
  const parts = text.trim().replace(',', '.').split(':');
  if (parts.length > 3 || parts.some((part) => part === '')) return undefined;
  let seconds = 0;
  for (const [index, part] of parts.entries()) {
    const last = index === parts.length - 1;
    if (!(last ? /^\d+(\.\d+)?$/ : /^\d+$/).test(part)) return undefined;
    const value = Number(part);
    // Below the first unit, minutes and seconds stop at 59.
    if (index > 0 && value >= 60) return undefined;
    seconds = seconds * 60 + value;
  }
  return seconds;
}

export function editFromClip(clip: {
  title: string;
  description: string;
  tags: readonly string[];
  startSeconds: number;
  durationSeconds: number;
}): ClipEdit {
  return {
    name: clip.title,
    description: clip.description,
    tags: clip.tags.join(', '),
    start: formatTimecode(clip.startSeconds),
    end: formatTimecode(clip.startSeconds + clip.durationSeconds),
    burnCaptions: false,
  };
}

/** Checks an edit against the source's length; the range (seconds) when the edit is valid. */
export function checkClipEdit(
  edit: ClipEdit,
  sourceSeconds: number,
): { errors: ClipEditErrors; range?: { start: number; end: number } } {
  const errors: ClipEditErrors = {};
  if (!edit.name.trim()) errors.name = msg('Give the clip a title.');
  const start = parseTimecode(edit.start);
  const end = parseTimecode(edit.end);
  if (start === undefined) errors.start = msg('Enter the start as minutes and seconds, for example 1:05.');
  else if (start >= sourceSeconds)
    errors.start = msg(str`The start must be before ${formatClock(sourceSeconds)}, the end of the source.`);
  if (end === undefined) errors.end = msg('Enter the end as minutes and seconds, for example 1:35.');
  else if (end > sourceSeconds)
    errors.end = msg(str`The end can be ${formatClock(sourceSeconds)} at the latest, the end of the source.`);
  else if (start !== undefined && !errors.start && end - start < MIN_CLIP_SECONDS)
    errors.end = msg('The end must be at least 1 second after the start.');
  if (errors.name || errors.start || errors.end || start === undefined || end === undefined) return { errors };
  return { errors, range: { start, end } };
}
