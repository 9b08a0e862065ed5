import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { ClipSuggestion } from '../../reach/clip-suggestions.js';
import { EntryStatus } from '../../reach/enums.js';
import { thumbnailSrc } from '../../reach/safe-url.js';
import { formatClock, formatDate, formatDuration } from '../shared/format.js';
import { isolate } from '../shared/order-text.js';
import type { ClipReview, ClipSet } from './clip-review.js';
import type { ClipSavesController } from './clip-saves-controller.js';
import { clipEntryStatus, selectValue, timeRange } from './clip-text.js';

export interface ReviewView {
  sets: readonly ClipSet[];
  shown: ClipSet;
  /** The clip open for preview, in the shown set. */
  active: ClipSuggestion | undefined;
  /** Wide enough for the preview beside the list; narrower, it opens under its clip. */
  wide: boolean;
  mayEdit: boolean;
  sourceSeconds: number;
  /** The source's thumbnail, to show a clip without an entry of its own at its start. */
  sourceThumbnail: string | undefined;
  review: ClipReview;
  /** Undefined until the saves part has come. */
  saves: ClipSavesController | undefined;
  /** The preview and edit panel of a clip. */
  detail(clip: ClipSuggestion): TemplateResult;
  /** `toggle`: from the card's own button, which closes the preview it opened (narrow layout). */
  open(clip: ClipSuggestion, toggle?: boolean): void;
  saveSelected(clips: ClipSuggestion[]): void;
  /** The pointer is on, or the focus in, a control that saves: the saves part starts to load. */
  wantSaves(): void;
}

/** The clips of the shown set: the set picker, their timeline, "Save selected", the cards and the preview. */
export function renderReview(view: ReviewView) {
  const { shown, active, wide, review } = view;
  const clips = shown.clips;
  const selectedClips = clips.filter((clip) => review.selected.has(clip.key));
  return html`<section class="review ${wide ? 'wide' : ''}" aria-labelledby="clips-heading">
    <div class="list-pane">
      <h3 id="clips-heading" tabindex="-1">${msg(str`Generated clips (${clips.length})`)}</h3>
      ${view.sets.length > 1 ? renderSetPicker(view) : nothing} ${renderTimeline(view)}
      ${
        view.mayEdit
          ? html`<div class="bulk">
            <button
              type="button"
              class="primary"
              aria-disabled=${selectedClips.length === 0 ? 'true' : 'false'}
              aria-describedby="bulk-hint"
              @pointerenter=${view.wantSaves}
              @focus=${view.wantSaves}
              @click=${() => selectedClips.length > 0 && view.saveSelected(selectedClips)}
            >
              ${msg(str`Save selected (${selectedClips.length})`)}
            </button>
            <span id="bulk-hint" class="hint">${msg('Tick clips to save several at once.')}</span>
          </div>`
          : nothing
      }
      ${review.bulkProblem ? html`<p class="notice error" part="notice" role="alert">${review.bulkProblem}</p>` : nothing}
      <ul class="clips">
        ${clips.map(
          (clip, index) => html`${renderCard(view, clip, index)}
          ${!wide && clip.key === active?.key ? html`<li class="detail-item">${view.detail(clip)}</li>` : nothing}`,
        )}
      </ul>
    </div>
    ${
      wide
        ? html`<div class="detail-pane">
          ${active ? view.detail(active) : html`<p class="muted detail-hint">${msg('Choose a clip to preview and edit it.')}</p>`}
        </div>`
        : nothing
    }
  </section>`;
}

/** Earlier sets stay reachable: one list shows one set, the newest unless the user chose another. */
function renderSetPicker({ sets, shown, review }: ReviewView) {
  const instruction = shown.task?.taskJobData?.instruction;
  return html`<div class="field set-picker">
    <label for="clip-set">${msg('Clip set')}</label>
    <select id="clip-set" aria-describedby=${instruction ? 'clip-set-instruction' : nothing} @change=${(event: Event) => review.choose(selectValue(event))}>
      ${sets.map((set, index) => html`<option value=${set.key} ?selected=${set === shown}>${setLabel(set, index === 0)}</option>`)}
    </select>
    ${instruction ? html`<span id="clip-set-instruction" class="hint">${msg(str`Instruction: ${isolate(instruction)}`)}</span>` : nothing}
  </div>`;
}

/** A clip set as listed: when it was ordered and how long its clips may be at most. */
function setLabel(set: ClipSet, newest: boolean): string {
  const { task } = set;
  if (!task) return msg('Other clips of this entry');
  const when = formatDate(task.createdAt, true);
  const seconds = task.taskJobData?.clipsDuration;
  const ordered = seconds ? msg(str`${when}, clips up to ${formatDuration(seconds)}`) : when;
  // "Newest" first: a narrow select shows only the start of its label.
  return newest ? msg(str`Newest: ${ordered}`) : ordered;
}

function renderTimeline(view: ReviewView) {
  const { sourceSeconds: length, review, active } = view;
  const clips = view.shown.clips;
  const placed = clips.filter((clip) => clip.startSeconds !== undefined);
  if (length <= 0 || placed.length === 0) return nothing;
  return html`<div class="timeline" part="timeline" dir="ltr" role="group" aria-label=${msg(str`Where the clips are in the source (${formatClock(length)})`)}>
    <div class="track">
      ${placed.map((clip) => {
        const range = review.rangeOf(clip) ?? {
          start: clip.startSeconds!,
          end: clip.startSeconds! + clip.durationSeconds,
        };
        const number = clips.indexOf(clip) + 1;
        const title = review.titleOf(clip);
        return html`<button
          type="button"
          class="marker"
          part="marker"
          data-start=${range.start / length}
          data-length=${(range.end - range.start) / length}
          aria-current=${clip.key === active?.key ? 'true' : 'false'}
          aria-label=${msg(str`Clip ${number}: ${isolate(title)}, ${formatClock(range.start)} to ${formatClock(range.end)}`)}
          title=${`${number}. ${isolate(title)}`}
          @click=${() => view.open(clip)}
        >
          <span aria-hidden="true">${number}</span>
        </button>`;
      })}
    </div>
    <div class="scale" aria-hidden="true"><span>0:00</span><span>${formatClock(length)}</span></div>
  </div>`;
}

function renderCard(view: ReviewView, clip: ClipSuggestion, index: number) {
  const title = view.review.titleOf(clip);
  const range = view.review.rangeOf(clip);
  const edited = view.review.isEdited(clip);
  const thumbnail = thumbnailOf(clip, range?.start, view.sourceThumbnail);
  const processing = clip.entry?.status !== undefined && clip.entry.status !== EntryStatus.READY;
  return html`<li class="clip ${clip.key === view.active?.key ? 'active' : ''}" part="clip">
    ${
      thumbnail
        ? html`<img class="thumb" part="thumbnail" src=${thumbnail} alt="" loading="lazy" width="160" height="90" />`
        : html`<div class="thumb" part="thumbnail"></div>`
    }
    <div class="clip-body">
      <h4 class="clip-title">${index + 1}. <bdi>${title}</bdi></h4>
      <p class="clip-meta">
        ${
          range
            ? msg(str`${formatClock(range.end - range.start)} · ${timeRange(range.start, range.end)} in the source`)
            : msg(str`${formatClock(clip.durationSeconds)} · position in the source unknown`)
        }
        ${edited ? html` · <span class="badge edited">${msg('Edited', { id: 'clips.edited', desc: 'Mark on a clip card whose title, description, tags or range the user changed.' })}</span>` : nothing}
        ${processing ? html` · <span class="badge">${clipEntryStatus(false)}</span>` : nothing}
        ${
          view.saves?.isSaving(clip.key)
            ? html` · <span class="badge">${msg('Saving…')}</span>`
            : view.saves?.latestJobFor(clip.key)?.phase.kind === 'done'
              ? html` · <span class="badge">${msg('Saved')}</span>`
              : nothing
        }
      </p>
      ${clip.description ? html`<p class="clip-description">${clip.description}</p>` : nothing}
      ${
        clip.tags.length > 0
          ? html`<ul class="tags" aria-label=${msg('Tags')}>
            ${clip.tags.map((tag) => html`<li>${tag}</li>`)}
          </ul>`
          : nothing
      }
      <div class="clip-actions">${renderCardActions(view, clip, index, title, Boolean(range))}</div>
    </div>
  </li>`;
}

function renderCardActions(view: ReviewView, clip: ClipSuggestion, index: number, title: string, playable: boolean) {
  const checkboxId = `select-${index}`;
  const isActive = clip.key === view.active?.key;
  return html`${
    view.mayEdit
      ? html`<span class="select" @pointerenter=${view.wantSaves} @focusin=${view.wantSaves}>
          <input
            id=${checkboxId}
            type="checkbox"
            .checked=${view.review.selected.has(clip.key)}
            @change=${(event: Event) => view.review.toggle(clip.key, (event.target as HTMLInputElement).checked)}
          />
          <label for=${checkboxId}>
            ${msg(html`Select<span class="visually-hidden"> <bdi>${title}</bdi></span>`, {
              id: 'clips.select-clip',
              desc: 'Checkbox of a clip card, to save several at once; screen readers also hear the clip title.',
            })}
          </label>
        </span>`
      : nothing
  }
    <button type="button" aria-pressed=${isActive ? 'true' : 'false'} ?disabled=${!playable} @click=${() => view.open(clip, true)}>
      ${
        view.mayEdit
          ? msg(html`Preview and edit<span class="visually-hidden">: <bdi>${title}</bdi></span>`, {
              id: 'clips.preview-and-edit',
              desc: 'Button of a clip card; screen readers also hear the clip title.',
            })
          : msg(html`Preview<span class="visually-hidden">: <bdi>${title}</bdi></span>`, {
              id: 'clips.preview',
              desc: 'Button of a clip card (for a session that may not edit); screen readers also hear the clip title.',
            })
      }
    </button>`;
}

/** The clip's own thumbnail, or the source's at the start of the clip (as edited: a new start, a new picture). */
function thumbnailOf(
  clip: ClipSuggestion,
  start: number | undefined,
  sourceThumbnail: string | undefined,
): string | undefined {
  const moved = start !== undefined && start !== clip.startSeconds;
  if (clip.entry?.thumbnailUrl && !moved) return thumbnailSrc(clip.entry.thumbnailUrl, 320, 180);
  if (start === undefined) return undefined;
  return thumbnailSrc(sourceThumbnail, 320, 180, `/vid_sec/${Math.floor(start)}`);
}
