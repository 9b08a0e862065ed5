// The saves made in this visit as the lab draws them: the summary of finished ones, and a card per save under way
// or stopped with what can be done about it. Part of the saves part (saves-part.ts), loaded on first use.
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import { ClipSaveErrorCode, type ClipSaveJob, type ClipSaveStep } from '../../state/clip-save.js';
import { formatCount } from '../shared/format.js';
import { timeRange } from './clip-text.js';
import { savedEntryName } from './saves.js';

/** What a save's card does when the user acts on it. */
export interface JobActions {
  resume(job: ClipSaveJob): void;
  discard(job: ClipSaveJob): void;
  /** Where the host page shows a saved clip, if it said. */
  linkTo(entryId: string): string | undefined;
}

/** The clips saved here as new entries, each with a link to it where the host page said where entries are shown. */
export function renderSummary(done: readonly ClipSaveJob[], actions: JobActions) {
  if (done.length === 0) return nothing;
  const count = formatCount(done.length);
  return html`<div class="save-summary" part="save-summary">
    <h4 id="save-summary-heading">
      ${plural(done.length, {
        one: msg('Saved 1 clip as a new entry', {
          id: 'clips.saved-summary.one',
          desc: 'Heading of the list of clips saved as new entries in this visit.',
        }),
        other: msg(str`Saved ${count} clips as new entries`, {
          id: 'clips.saved-summary.other',
          desc: 'Heading of the list of clips saved as new entries in this visit.',
        }),
      })}
    </h4>
    <ul aria-labelledby="save-summary-heading">
      ${done.map((job) =>
        job.phase.kind === 'done'
          ? html`<li>${savedEntryName(job.draft.name, actions.linkTo(job.phase.entry.id))} <span class="muted">(${job.phase.entry.id})</span></li>`
          : nothing,
      )}
    </ul>
  </div>`;
}

/** One save: where it is, or where it stopped and what can be done about it. */
export function renderJob(job: ClipSaveJob, actions: JobActions) {
  const { phase, draft } = job;
  const range = timeRange(draft.offsetMs / 1000, (draft.offsetMs + draft.durationMs) / 1000);
  return html`<li class="save ${phase.kind}" aria-busy=${phase.kind === 'working' ? 'true' : 'false'}>
    <p>
      <strong>${draft.name}</strong> <span class="muted">${msg(str`${range} in the source`)}</span>
    </p>
    ${
      phase.kind === 'working'
        ? html`<p class="muted">${stepWorking(phase.step)}</p>`
        : phase.kind === 'done'
          ? html`<p class="success">${msg(str`Saved as a new entry (${phase.entry.id}).`)} ${renderOpenLink(phase.entry.id, draft.name, actions)}</p>`
          : phase.kind === 'discarded'
            ? html`<p class="muted">${job.cloneId ? msg('Cancelled; the unfinished copy was removed.') : msg('Cancelled; nothing was left behind.')}</p>`
            : renderStopped(job, actions)
    }
  </li>`;
}

function renderOpenLink(entryId: string, name: string, actions: JobActions) {
  const href = actions.linkTo(entryId);
  if (!href) return nothing;
  return html`<a href=${href}>${msg(html`Open<span class="visually-hidden"> <bdi>${name}</bdi></span>`, { id: 'clips.open-saved', desc: 'Link to a clip saved as a new entry, on the host page; screen readers also hear its title.' })}</a>`;
}

function renderStopped(job: ClipSaveJob, actions: JobActions) {
  if (job.phase.kind !== 'failed') return nothing;
  return html`<p class="error">
      ${
        job.phase.removing
          ? msg(html`The unfinished copy could not be removed: <bdi>${job.phase.error.message}</bdi>`)
          : `${saveStoppedText(job)} ${failureDetail(job) ?? ''}`
      }
    </p>
    <div class="row">
      ${
        job.resumable
          ? html`<button type="button" class="primary" @click=${() => actions.resume(job)}>
            ${job.cloneId ? msg('Resume with the same copy') : job.lostClone ? msg('Check again') : msg('Try again')}
          </button>`
          : nothing
      }
      <button type="button" class="danger" @click=${() => actions.discard(job)}>
        ${job.cloneId || job.lostClone ? msg('Remove the copy') : msg('Cancel')}
      </button>
    </div>`;
}

function stepWorking(step: ClipSaveStep): string {
  switch (step) {
    case 'clone':
      return msg('Copying the entry…');
    case 'trim':
      return msg('Cutting the clip…');
    case 'describe':
      return msg('Saving the title, description and tags…');
    case 'process':
      return msg('Processing on the server…');
  }
}

/**
 * Where a save stopped, one whole sentence each: on the save's card, or announced with the clip's name
 * (`name`, already isolated).
 */
export function saveStoppedText(job: ClipSaveJob, name?: string): string {
  if (job.phase.kind !== 'failed') return '';
  switch (job.phase.step) {
    case 'clone':
      if (job.lostClone) {
        return name === undefined
          ? msg('Saving stopped: it is not known yet whether the entry was copied.')
          : msg(str`Saving “${name}” stopped: it is not known yet whether the entry was copied.`);
      }
      return name === undefined
        ? msg('Saving stopped: the entry could not be copied.')
        : msg(str`Saving “${name}” stopped: the entry could not be copied.`);
    case 'trim':
      return name === undefined
        ? msg('Saving stopped: the entry was copied, but the clip was not cut yet.')
        : msg(str`Saving “${name}” stopped: the entry was copied, but the clip was not cut yet.`);
    case 'describe':
      return name === undefined
        ? msg('Saving stopped: the clip was cut, but its title, description and tags were not saved yet.')
        : msg(str`Saving “${name}” stopped: the clip was cut, but its title, description and tags were not saved yet.`);
    case 'process':
      return name === undefined
        ? msg('Saving stopped: the server could not make the clip.')
        : msg(str`Saving “${name}” stopped: the server could not make the clip.`);
  }
}

function failureDetail(job: ClipSaveJob): string | undefined {
  if (job.phase.kind !== 'failed') return undefined;
  const { error } = job.phase;
  switch (error.code) {
    case ClipSaveErrorCode.CLONE_NOT_MADE:
      return msg('The server did not answer, and no copy was made.');
    case ClipSaveErrorCode.CLONE_UNKNOWN:
      return msg('Check again: the lab looks for the copy first, so it never makes a second one.');
    case ClipSaveErrorCode.NOT_APPLIED:
      return msg('The server did not answer, and this step did not happen.');
    case ClipSaveErrorCode.CONVERSION_FAILED:
      return undefined;
    default:
      return error.message;
  }
}
