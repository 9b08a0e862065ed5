import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { languageTag } from '../../i18n/languages.js';
import type { ClipSuggestion } from '../../reach/clip-suggestions.js';
import { safeUrl } from '../../reach/safe-url.js';
import type { CaptionAsset } from '../../reach/schemas.js';
import { formatDuration } from '../shared/format.js';
import { isolate } from '../shared/order-text.js';
import { formatTimecode, type ClipEdit, type ClipEditErrors } from './clip-edit.js';
import { PLAYER_SLOT, type ClipPreviewController } from './clip-preview-controller.js';
import type { ClipReview } from './clip-review.js';
import { inputValue, timeRange } from './clip-text.js';
import { renderRangeHandles, trimWindow, type ClipRange } from './range-handles.js';
import type { LoadedSaves } from './saves.js';

// Made by the lab when this part has come: the preview plays only here; the review is given the edit rules.
export { ClipPreviewController } from './clip-preview-controller.js';
export * as clipEditRules from './clip-edit.js';
export { detailStyles } from './clip-detail.styles.js';

export interface DetailView {
  clip: ClipSuggestion;
  review: ClipReview;
  preview: ClipPreviewController;
  saves: LoadedSaves;
  /** The native video plays (not the host page's Kaltura Player). */
  nativeVideo: boolean;
  sourceSeconds: number;
  /** The captions shown in the preview, and offered to burn in. */
  caption: CaptionAsset | undefined;
  mayEdit: boolean;
  save(): void;
}

/** The preview and edit panel of one clip. */
export function renderDetail(view: DetailView) {
  const { clip, review, preview, saves } = view;
  const title = review.titleOf(clip);
  const range = review.rangeOf(clip);
  const job = saves.controller.latestJobFor(clip.key);
  const fromPlayhead = (field: 'start' | 'end') => {
    if (preview.position === undefined) return;
    review.patch(clip, { [field]: formatTimecode(preview.position) });
  };
  return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
    <h3 id="detail-heading" tabindex="-1">${msg(html`Preview: <bdi>${title}</bdi>`)}</h3>
    <div class="player">${renderPlayer(view, title)}</div>
    ${preview.problem ? html`<p class="notice error" part="notice">${preview.problem}</p>` : nothing}
    ${
      range
        ? html`<p class="muted">
          ${msg(str`Plays ${formatTimecode(range.start)} to ${formatTimecode(range.end)} of the source (${formatDuration(range.end - range.start)}).`)}
        </p>`
        : nothing
    }
    <div class="row">
      <button type="button" class="primary" @click=${() => preview.play()}>${msg('Play clip')}</button>
      <button type="button" aria-pressed=${preview.loop ? 'true' : 'false'} @click=${() => preview.setLoop(!preview.loop)}>${msg('Loop the clip')}</button>
      ${
        view.mayEdit
          ? html`<button type="button" @click=${() => fromPlayhead('start')}>${msg('Start here')}</button>
            <button type="button" @click=${() => fromPlayhead('end')}>${msg('End here')}</button>`
          : nothing
      }
    </div>
    ${view.mayEdit ? renderEditForm(view) : nothing}
    ${
      job
        ? html`<ul class="save-list" aria-label=${msg('Saving this clip')}>${saves.part.renderJob(job, saves.controller)}</ul>`
        : nothing
    }
  </section>`;
}

function renderPlayer({ nativeVideo, preview, caption }: DetailView, title: string) {
  if (!nativeVideo) return html`<slot name=${PLAYER_SLOT}></slot>`;
  const trackUrl = safeUrl(preview.trackUrl);
  return html`<video part="video" controls preload="metadata" playsinline src=${safeUrl(preview.mediaUrl) ?? nothing} aria-label=${msg(str`Preview of ${isolate(title)}`)}>
    ${
      trackUrl && caption
        ? html`<track
          kind="captions"
          src=${trackUrl}
          srclang=${caption.languageCode ?? languageTag(caption.language ?? '') ?? 'und'}
          label=${caption.label ?? caption.language ?? msg('Captions')}
          default
        />`
        : nothing
    }
  </video>`;
}

/** How a field shows its error: `aria-invalid`, the error's id to be described by, and the error itself. */
function fieldState(errors: ClipEditErrors, name: 'name' | 'start' | 'end') {
  return {
    invalid: errors[name] ? 'true' : 'false',
    describedBy: errors[name] ? `edit-${name}-error` : '',
    error: errors[name] ? html`<span id=${`edit-${name}-error`} class="error">${errors[name]}</span>` : nothing,
  };
}

function renderEditForm(view: DetailView) {
  const { clip, review, caption } = view;
  const edit = review.editFor(clip);
  const errors = review.errors.get(clip.key) ?? {};
  const change = (patch: Partial<ClipEdit>) => review.patch(clip, patch);
  const saving = view.saves.controller.isSaving(clip.key);
  const nameField = fieldState(errors, 'name');
  return html`<form
    class="edit"
    novalidate
    aria-label=${msg('Edit the clip before saving')}
    @submit=${(event: Event) => {
      event.preventDefault();
      view.save();
    }}
  >
    <div class="field">
      <label for="edit-name">${msg('Title')}</label>
      <input
        id="edit-name"
        required
        maxlength="256"
        .value=${edit.name}
        aria-invalid=${nameField.invalid}
        aria-describedby=${nameField.describedBy || nothing}
        @input=${(event: Event) => change({ name: inputValue(event) })}
      />
      ${nameField.error}
    </div>
    <div class="field">
      <label for="edit-description">${msg('Description')}</label>
      <textarea id="edit-description" rows="3" .value=${edit.description} @input=${(event: Event) => change({ description: inputValue(event) })}></textarea>
    </div>
    <div class="field">
      <label for="edit-tags">${msg('Tags')}</label>
      <input id="edit-tags" aria-describedby="edit-tags-hint" .value=${edit.tags} @input=${(event: Event) => change({ tags: inputValue(event) })} />
      <span id="edit-tags-hint" class="hint">${msg('Separate tags with commas.')}</span>
    </div>
    ${renderRange(view, edit, errors, change)}
    ${
      caption
        ? html`<div class="check">
          <input
            id="edit-burn"
            type="checkbox"
            .checked=${edit.burnCaptions}
            @change=${(event: Event) => change({ burnCaptions: (event.target as HTMLInputElement).checked })}
          />
          <label for="edit-burn">${msg(html`Burn the captions (<bdi>${caption.label ?? caption.language ?? ''}</bdi>) into the picture`)}</label>
        </div>`
        : nothing
    }
    <div class="actions">
      <button type="submit" class="primary" aria-disabled=${saving ? 'true' : 'false'}>${saving ? msg('Saving…') : msg('Save as a new entry')}</button>
      <button type="button" @click=${() => review.undo(clip)}>${msg('Undo my changes')}</button>
    </div>
  </form>`;
}

/** Clip lengths offered with one press: the lengths social networks favour. */
const LENGTH_PRESETS_SECONDS = [15, 30, 60];

function renderRange(
  view: DetailView,
  edit: ClipEdit,
  errors: ClipEditErrors,
  change: (patch: Partial<ClipEdit>) => void,
) {
  const { clip, review, sourceSeconds } = view;
  const range = review.rangeOf(clip);
  const setRange = (next: ClipRange) => change({ start: formatTimecode(next.start), end: formatTimecode(next.end) });
  return html`<fieldset class="range">
    <legend>${msg('Range in the source')}</legend>
    ${
      range && clip.startSeconds !== undefined && sourceSeconds > 0
        ? renderRangeHandles({
            range,
            window: trimWindow(
              { start: clip.startSeconds, end: clip.startSeconds + clip.durationSeconds },
              range,
              sourceSeconds,
            ),
            sourceSeconds,
            change: setRange,
          })
        : nothing
    }
    ${renderTime(edit, errors, change, 'start', msg('Start'))} ${renderTime(edit, errors, change, 'end', msg('End'))}
    <span id="edit-range-hint" class="hint">${msg(str`Minutes and seconds, like 1:05, within ${timeRange(0, sourceSeconds)}. At least 1 second.`)}</span>
    ${
      range
        ? html`<div class="presets" role="group" aria-label=${msg('Clip length')}>
          ${LENGTH_PRESETS_SECONDS.filter((seconds) => seconds <= sourceSeconds).map(
            (
              seconds,
            ) => html`<button type="button" aria-pressed=${Math.abs(range.end - range.start - seconds) < 0.05 ? 'true' : 'false'} @click=${() => setRange(withLength(range, seconds, sourceSeconds))}>
              ${formatDuration(seconds)}
            </button>`,
          )}
        </div>`
        : nothing
    }
  </fieldset>`;
}

/** The range made `seconds` long from its start, or ending at the end of the source when it would run past it. */
function withLength(range: ClipRange, seconds: number, sourceSeconds: number): ClipRange {
  const start = Math.max(0, Math.min(range.start, sourceSeconds - seconds));
  return { start, end: start + seconds };
}

function renderTime(
  edit: ClipEdit,
  errors: ClipEditErrors,
  change: (patch: Partial<ClipEdit>) => void,
  name: 'start' | 'end',
  label: string,
) {
  const field = fieldState(errors, name);
  return html`<div class="field">
    <label for=${`edit-${name}`}>${label}</label>
    <input
      id=${`edit-${name}`}
      inputmode="decimal"
      autocomplete="off"
      .value=${edit[name]}
      aria-invalid=${field.invalid}
      aria-describedby="edit-range-hint ${field.describedBy}"
      @input=${(event: Event) => change({ [name]: inputValue(event) })}
    />
    ${field.error}
  </div>`;
}
