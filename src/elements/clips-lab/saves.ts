import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { savedClipRange, type ClipChildren } from '../../reach/clip-suggestions.js';
import { EntryStatus } from '../../reach/enums.js';
import type { MediaEntry } from '../../reach/schemas.js';
import type { ClipSaveJob } from '../../state/clip-save.js';
import { formatDate } from '../shared/format.js';
import type { ClipSavesController } from './clip-saves-controller.js';
import { clipEntryStatus, timeRange } from './clip-text.js';
import type * as SavesPart from './saves-part.js';

/** The saves part (saves-part.ts) once it has come, and the lab's controller of the session's saves. */
export interface LoadedSaves {
  controller: ClipSavesController;
  part: typeof SavesPart;
}

export interface SavesView {
  children: ClipChildren;
  /** Undefined until the saves part has come: no save of this session is known here before. */
  saves: LoadedSaves | undefined;
  /** The save the open preview shows (not listed here). */
  shownInDetail: ClipSaveJob | undefined;
  mayEdit: boolean;
  /** Until the saves part has come, where it is needed: "Loading…", or why it did not come; else nothing. */
  pending: unknown;
  /** Where the host page shows a saved clip, if it said. */
  linkTo(entryId: string): string | undefined;
  /** Removes an empty copy an earlier save left, once the saves part is here. */
  removeLeftover(entry: MediaEntry): void;
}

/** Clips being saved, saved clips and unfinished saves of the entry (copies a save here owns are shown as that save). */
export function renderSaves(view: SavesView): TemplateResult | typeof nothing {
  const { children, saves } = view;
  const all = saves?.controller.jobs ?? [];
  const owned = new Set(all.map((job) => job.cloneId).filter(Boolean));
  // Finished saves are listed once, in the summary.
  const jobs = all.filter((job) => job !== view.shownInDetail && job.phase.kind !== 'done');
  const done = all.filter((job) => job.phase.kind === 'done');
  // Until the saves part is here, an empty copy may be one a save of the session still uses: not offered for removal.
  const leftovers = saves || !view.mayEdit ? children.unfinished.filter((entry) => !owned.has(entry.id)) : [];
  const saved = children.saved.filter((entry) => !owned.has(entry.id));
  const shown = jobs.length + done.length + leftovers.length + saved.length;
  if (shown === 0 && view.pending === nothing) return nothing;
  return html`<section class="saves" part="saves" aria-labelledby="saves-heading">
    <h3 id="saves-heading">${msg('Saves')}</h3>
    ${view.pending}
    ${saves ? saves.part.renderSummary(done, saves.controller) : nothing}
    <ul class="save-list">
      ${saves ? jobs.map((job) => saves.part.renderJob(job, saves.controller)) : nothing}
      ${leftovers.map((entry) => renderLeftover(entry, view))}
      ${saved.map((entry) => renderSaved(entry, view))}
    </ul>
  </section>`;
}

/** A saved clip's title, as a link to it (`href`) when the host page said where entries are shown. */
export function savedEntryName(name: string, href: string | undefined) {
  return href ? html`<a href=${href}><bdi>${name}</bdi></a>` : html`<bdi>${name}</bdi>`;
}

function renderLeftover(entry: MediaEntry, view: SavesView) {
  const controller = view.saves?.controller;
  const error = controller?.leftoverErrors.get(entry.id);
  return html`<li class="save failed">
    <p>
      <strong>${msg('Unfinished save')}</strong>
      ${
        entry.createdAt
          ? msg(
              str`An earlier save stopped before the clip was cut, leaving an empty copy of this entry (${entry.id}, ${formatDate(entry.createdAt, true)}).`,
            )
          : msg(
              str`An earlier save stopped before the clip was cut, leaving an empty copy of this entry (${entry.id}).`,
            )
      }
    </p>
    ${error !== undefined ? html`<p class="error">${msg(html`The copy could not be removed: <bdi>${error}</bdi>`)}</p>` : nothing}
    ${
      view.mayEdit
        ? html`<button
          type="button"
          class="danger"
          aria-disabled=${controller?.leftoversBusy.has(entry.id) ? 'true' : 'false'}
          @click=${() => view.removeLeftover(entry)}
        >
          ${msg('Remove the copy')}
        </button>`
        : nothing
    }
  </li>`;
}

function renderSaved(entry: MediaEntry, view: SavesView) {
  const range = savedClipRange(entry);
  return html`<li class="save">
    <p>
      <strong>${savedEntryName(entry.name ?? entry.id, view.linkTo(entry.id))}</strong>
      <span class="muted">
        ${range ? msg(str`${timeRange(range.startSeconds, range.startSeconds + range.durationSeconds)} in the source`) : nothing}
        · ${clipEntryStatus(entry.status === EntryStatus.READY)} · ${entry.id}
      </span>
    </p>
  </li>`;
}
