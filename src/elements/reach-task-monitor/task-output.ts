import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../../i18n/plural.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { safeUrl } from '../../reach/safe-url.js';
import { taskOutput, type TaskOutput } from '../../reach/task-outputs.js';
import { formatClock, formatCount, formatDuration } from '../shared/format.js';
import type { KeyedTask } from './keyed-tasks.js';
import type { OutputView } from './task-output-data.js';
import { errorText } from './task-words.js';

/** A task's result, under its buttons: a download link, the chapters, the clips, or the result itself. */
export function renderOutputPanel(
  task: EntryVendorTask,
  view: KeyedTask<OutputView> | undefined,
  clipsHref: string | undefined,
) {
  const loading = () => html`<p class="muted" role="status">${msg('Loading the result…')}</p>`;
  return html`<div id=${`output-${task.id}`} class="output-panel">
    ${
      view
        ? view.render({
            initial: loading,
            pending: loading,
            error: (error) =>
              html`<p class="error" role="alert">${msg('The result could not be loaded.')} ${errorText(error)}</p>`,
            complete: (loaded) => renderLoaded(task, taskOutput(task), loaded, clipsHref),
          })
        : loading()
    }
  </div>`;
}

function renderLoaded(
  task: EntryVendorTask,
  output: TaskOutput | undefined,
  view: OutputView,
  clipsHref: string | undefined,
) {
  switch (view.kind) {
    case 'file':
      return renderFile(task, view.url, view.format);
    case 'chapters':
      if (view.chapters.length === 0) return html`<p class="muted">${msg('No chapters were found on the media.')}</p>`;
      return html`<ol class="chapters">
        ${view.chapters.map((chapter) => html`<li><span class="clock">${formatClock((chapter.startTime ?? 0) / 1000)}</span> <bdi>${chapter.title ?? ''}</bdi></li>`)}
      </ol>`;
    case 'clips': {
      const suggested =
        output?.kind === 'clips' && output.suggested ? html`<p>${suggestedClipsText(output.suggested)}</p>` : nothing;
      return html`${suggested}${
        view.clips.length === 0
          ? html`<p class="muted">${msg('No clips were found.')}</p>`
          : html`<ul class="clips">
              ${view.clips.map((clip) => html`<li><bdi>${clip.name ?? clip.id}</bdi> <span class="muted">(${formatDuration(clip.duration ?? (clip.msDuration ?? 0) / 1000)})</span></li>`)}
            </ul>`
      }
        ${clipsHref ? html`<p><a href=${clipsHref}>${msg('Review the clips')}</a></p>` : nothing}`;
    }
    case 'inline':
      return renderInline(output);
  }
}

function renderFile(task: EntryVendorTask, link: string, format: string | undefined) {
  const url = safeUrl(link);
  if (!url)
    return html`<p class="error" role="alert">${msg('The server gave a link that cannot be opened safely.')}</p>`;
  const name = `${task.entryId ?? 'task'}-${task.id}${format ? `.${format.toLowerCase()}` : ''}`;
  return html`<p class="links">
    <a href=${url} download=${name} rel="noopener noreferrer" referrerpolicy="no-referrer">${format ? msg(str`Download (${format})`) : msg('Download')}</a>
    <a href=${url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer">${msg('Open in a new tab')}</a>
  </p>`;
}

/** Results the task itself carries (or that were written onto the entry). */
function renderInline(output: TaskOutput | undefined) {
  switch (output?.kind) {
    case 'summary':
      return html`<p class="prose">${output.text ?? msg('The summary was written to the entry’s description.')}</p>`;
    case 'metadata':
      return html`<dl class="facts">
        ${output.title ? html`<div><dt>${msg('Title')}</dt><dd>${output.title}</dd></div>` : nothing}
        ${output.description ? html`<div><dt>${msg('Description')}</dt><dd>${output.description}</dd></div>` : nothing}
        ${output.tags ? html`<div><dt>${msg('Tags')}</dt><dd>${output.tags}</dd></div>` : nothing}
      </dl>`;
    case 'quiz':
      return output.questions.length === 0
        ? html`<p class="muted">${msg('The quiz questions were added to the media.')}</p>`
        : html`<ol class="prose">${output.questions.map((question) => html`<li>${question}</li>`)}</ol>`;
    case 'moderation':
      return html`<p>${output.flagged === undefined ? msg('The moderation result is on the entry.') : output.flagged ? msg('Flagged for review.') : msg('Nothing was flagged.')}</p>`;
    default:
      return html`<p>${msg('The result was applied to the media’s details (tags, metadata).')}</p>`;
  }
}

function suggestedClipsText(count: number): string {
  const shown = formatCount(count);
  return plural(count, {
    one: msg('The vendor suggested 1 clip.', {
      id: 'monitor.suggested-clips.one',
      desc: 'Result of an AI clips task: how many clips the vendor suggested.',
    }),
    other: msg(str`The vendor suggested ${shown} clips.`, {
      id: 'monitor.suggested-clips.other',
      desc: 'Result of an AI clips task: how many clips the vendor suggested.',
    }),
  });
}
