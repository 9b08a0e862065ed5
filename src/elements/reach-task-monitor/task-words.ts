import { html } from 'lit';
import { msg } from '@lit/localize';
import { toApiError } from '../../api/errors.js';
import { EntryVendorTaskCreationMode } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import type { TaskAction } from '../../reach/task-rules.js';
import type { TaskOutputKind } from '../../reach/task-output-kind.js';

/** The server's own words for an API refusal; for anything else, what happened (never the KS: the client redacts it). */
export function errorText(error: unknown): string {
  const apiError = toApiError(error);
  return apiError.code === 'UNEXPECTED' ? msg('Something went wrong.') : apiError.message;
}

/** A task's button: its label, and for screen readers which task it acts on. */
export function forTask(label: string, title: string) {
  return msg(html`${label}<span class="visually-hidden">: ${title}</span>`, {
    id: 'monitor.button-for-task',
    desc: 'A button of a task: its label (Approve, Details, Show the summary…), then, heard by screen readers only, the task it acts on.',
  });
}

export function actionLabel(action: TaskAction): string {
  switch (action) {
    case 'approve':
      return msg('Approve');
    case 'reject':
      return msg('Reject');
    case 'abort':
      return msg('Cancel order');
    case 'resubmit':
      return msg('Order again');
  }
}

/**
 * Who ordered: a person, or the rule of a REACH profile (rule orders carry the category in `context`), or
 * automatically without more said (an agent, or a rule of a profile this session cannot read).
 */
export function orderedBy(task: EntryVendorTask, profileName: string | undefined) {
  if (task.creationMode !== EntryVendorTaskCreationMode.AUTOMATIC)
    return html`<bdi>${task.userId || msg('an administrator')}</bdi>`;
  if (task.context && profileName) return msg(html`Rule of <bdi>${profileName}</bdi>`);
  return msg('A rule or an agent');
}

/** The label of the button that shows a task's result. */
export function outputLabel(kind: TaskOutputKind): string {
  switch (kind) {
    case 'captions':
      return msg('Get the caption file');
    case 'audio':
      return msg('Get the audio track');
    case 'chapters':
      return msg('Show the chapters');
    case 'clips':
      return msg('Show the clips');
    case 'summary':
      return msg('Show the summary');
    case 'metadata':
      return msg('Show the suggested metadata');
    case 'quiz':
      return msg('Show the questions');
    case 'moderation':
      return msg('Show the moderation result');
    case 'entry':
      return msg('Show the result');
  }
}
