import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { formatClock, formatCount } from '../shared/format.js';
import { isolate } from '../shared/order-text.js';

/** Words several parts of the lab say. */

export function clipsReadyText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('AI clips are ready: 1 clip.', {
      id: 'clips.ready.one',
      desc: 'Announced when a clips task is delivered, with how many clips it made.',
    }),
    other: msg(str`AI clips are ready: ${shown} clips.`, {
      id: 'clips.ready.other',
      desc: 'Announced when a clips task is delivered, with how many clips it made.',
    }),
  });
}

/** A saved clip (an entry of its own) is ready, or still being made by the server. */
export function clipEntryStatus(ready: boolean): string {
  return ready
    ? msg('Ready', { id: 'clip-entry.ready', desc: 'Status of a clip saved as a new entry: the server has made it.' })
    : msg('Processing', {
        id: 'clip-entry.processing',
        desc: 'Status of a clip saved as a new entry: the server is still making it.',
      });
}

/** "1:24–2:24", kept left to right inside right-to-left text (Unicode isolates), like the player's clock. */
export function timeRange(startSeconds: number, endSeconds: number): string {
  return `\u2066${formatClock(startSeconds)}–${formatClock(endSeconds)}\u2069`;
}

/** Why a clips task ended without clips, with the server's reason when it gave one; undefined for other statuses. */
export function endedReason(task: EntryVendorTask): string | undefined {
  switch (task.status) {
    case EntryVendorTaskStatus.ERROR:
      return task.errDescription
        ? msg(str`The vendor reported: ${isolate(task.errDescription)}`)
        : msg('The vendor reported no reason.');
    case EntryVendorTaskStatus.REJECTED:
      return task.errDescription
        ? msg(str`A moderator rejected the order: ${isolate(task.errDescription)}`)
        : msg('A moderator rejected the order.');
    default:
      return undefined;
  }
}

export function selectValue(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}

export function inputValue(event: Event): string {
  return (event.target as HTMLInputElement | HTMLTextAreaElement).value;
}
