import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { msg, str } from '@lit/localize';
import { formatDuration } from '../shared/format.js';
import { formatTimecode, MIN_CLIP_SECONDS } from './clip-edit.js';
import { timeRange } from './clip-text.js';
import { placeOnTrack } from './track.js';

export interface ClipRange {
  start: number;
  end: number;
}

export interface RangeHandlesView {
  range: ClipRange;
  /** The part of the source the track shows (seconds). */
  window: ClipRange;
  sourceSeconds: number;
  /** A new valid range, from a handle moved by key or pointer. */
  change(range: ClipRange): void;
}

type Handle = 'start' | 'end';

/** Arrow keys nudge by a second, with Shift by five (Page keys too). */
const NUDGE_SECONDS = 1;
const BIG_NUDGE_SECONDS = 5;

/**
 * The part of the source the handles' track shows: the clip as the AI placed it with its own length (at
 * least half a minute) either side, widened to hold the range as edited, within the source. Dragging a
 * handle is then fine-grained; keys reach the whole source.
 */
export function trimWindow(original: ClipRange, edited: ClipRange, sourceSeconds: number): ClipRange {
  const margin = Math.max(30, original.end - original.start);
  return {
    start: Math.max(0, Math.min(original.start - margin, edited.start)),
    end: Math.min(sourceSeconds, Math.max(original.end + margin, edited.end)),
  };
}

/** The range with one handle moved to `seconds`, kept inside the source and at least the shortest clip long. */
export function moveHandle(range: ClipRange, handle: Handle, seconds: number, sourceSeconds: number): ClipRange {
  const rounded = Math.round(seconds * 10) / 10;
  if (handle === 'start')
    return { start: Math.min(Math.max(0, rounded), range.end - MIN_CLIP_SECONDS), end: range.end };
  return { start: range.start, end: Math.max(Math.min(sourceSeconds, rounded), range.start + MIN_CLIP_SECONDS) };
}

/** Where a key moves a handle to; undefined for keys a slider leaves alone. */
function keyTarget(event: KeyboardEvent, value: number, min: number, max: number): number | undefined {
  const step = event.shiftKey ? BIG_NUDGE_SECONDS : NUDGE_SECONDS;
  switch (event.key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return value + step;
    case 'ArrowLeft':
    case 'ArrowDown':
      return value - step;
    case 'PageUp':
      return value + BIG_NUDGE_SECONDS;
    case 'PageDown':
      return value - BIG_NUDGE_SECONDS;
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return undefined;
  }
}

/**
 * The clip's range as two slider handles on a track of its own (left to right in every language, like
 * the player's clock). Keys: arrows ±1 s, Shift+arrows and Page keys ±5 s, Home and End to the limits.
 */
export function renderRangeHandles(view: RangeHandlesView) {
  const { range, window, sourceSeconds } = view;
  const span = Math.max(window.end - window.start, MIN_CLIP_SECONDS);
  const fraction = (seconds: number) => Math.min(1, Math.max(0, (seconds - window.start) / span));
  const length = formatDuration(range.end - range.start);
  const limits = {
    start: { min: 0, max: range.end - MIN_CLIP_SECONDS },
    end: { min: range.start + MIN_CLIP_SECONDS, max: sourceSeconds },
  };
  let track: HTMLElement | undefined;

  const moveTo = (handle: Handle, seconds: number) => {
    const next = moveHandle(range, handle, seconds, sourceSeconds);
    if (next.start !== range.start || next.end !== range.end) view.change(next);
  };
  const onKey = (handle: Handle) => (event: KeyboardEvent) => {
    const target = keyTarget(event, range[handle], limits[handle].min, limits[handle].max);
    if (target === undefined) return;
    event.preventDefault();
    moveTo(handle, target);
  };
  const onPointerDown = (event: PointerEvent) => {
    const element = event.currentTarget as HTMLElement;
    element.setPointerCapture(event.pointerId);
    element.focus();
    event.preventDefault();
  };
  const onPointerMove = (handle: Handle) => (event: PointerEvent) => {
    const element = event.currentTarget as HTMLElement;
    if (!track || !element.hasPointerCapture(event.pointerId)) return;
    const box = track.getBoundingClientRect();
    if (box.width <= 0) return;
    moveTo(handle, window.start + ((event.clientX - box.left) / box.width) * span);
  };

  const renderHandle = (handle: Handle, label: string) => html`<div
    class="handle ${handle}"
    part="range-handle"
    role="slider"
    tabindex="0"
    aria-orientation="horizontal"
    aria-label=${label}
    aria-valuemin=${limits[handle].min}
    aria-valuemax=${limits[handle].max}
    aria-valuenow=${range[handle]}
    aria-valuetext=${msg(str`${formatTimecode(range[handle])}, clip ${length} long`, {
      id: 'clips.range-handle-value',
      desc: 'What a screen reader says for a range handle: its time in the source, then the length of the clip.',
    })}
    ${ref((element) => placeOnTrack(element, fraction(range[handle])))}
    @keydown=${onKey(handle)}
    @pointerdown=${onPointerDown}
    @pointermove=${onPointerMove(handle)}
  ></div>`;

  return html`<div class="trim" dir="ltr">
    <div class="trim-track" ${ref((element) => (track = element as HTMLElement | undefined))}>
      <div class="trim-range" aria-hidden="true" ${ref((element) => placeOnTrack(element, fraction(range.start), fraction(range.end) - fraction(range.start)))}></div>
      ${renderHandle('start', msg('Clip start'))} ${renderHandle('end', msg('Clip end'))}
    </div>
    <div class="scale" aria-hidden="true"><span>${formatTimecode(window.start)}</span><span>${timeRange(range.start, range.end)}</span><span>${formatTimecode(window.end)}</span></div>
  </div>`;
}
