import type { ReactiveControllerHost } from 'lit';
import { Task } from '@lit/task';
import type { ReachSession } from '../../state/session.js';
import { loadPreviewData, type PreviewData } from './preview-data.js';

export interface PreviewOptions {
  /** Aborted when the element leaves the page or its session. */
  abortSignal: () => AbortSignal;
  /** Moves the focus (to the preview's title once it is drawn). */
  focusAfterUpdate: (id: string) => void;
  reportError: (error: unknown) => void;
}

/**
 * The entries and tasks the 30-day preview reads, asked when the administrator asks for it; what the rules would
 * order is worked out from the drafts as they are when drawn. A new look, another profile or leaving the page
 * aborts the one in flight; a failure is reported once and shown in the preview.
 */
export class PreviewController {
  readonly task: Task<readonly [ReachSession, number], PreviewData>;

  constructor(host: ReactiveControllerHost, options: PreviewOptions) {
    this.task = new Task(host, {
      autoRun: false,
      task: ([session, now], { signal }) =>
        loadPreviewData(session, now, AbortSignal.any([signal, options.abortSignal()])),
      onComplete: () => options.focusAfterUpdate('preview-title'),
      onError: (error) => options.reportError(error),
    });
  }

  /** Reads the entries created in the 30 days before `now` (server clock) and their tasks, again. */
  show(session: ReachSession, now: number): void {
    void this.task.run([session, now]);
  }

  abort(): void {
    this.task.abort();
  }
}
