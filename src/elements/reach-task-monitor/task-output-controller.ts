import type { ReactiveControllerHost } from 'lit';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { KeyedTasks } from './keyed-tasks.js';
import type { MonitorContext } from './monitor-context.js';
import type { OutputView } from './task-output-data.js';

/**
 * The result panels of the tasks: which are open, and what each shows, loaded (a `@lit/task` per task)
 * when it opens, with the panel's code (card-parts.ts). A signed download link is not kept: closing its panel
 * forgets it, opening asks again.
 */
export class TaskOutputController {
  readonly #shown = new Set<string>();
  readonly views: KeyedTasks<OutputView>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: MonitorContext,
  ) {
    this.views = new KeyedTasks(host, () => context.signal());
  }

  shows(id: string): boolean {
    return this.#shown.has(id);
  }

  toggle(task: EntryVendorTask): void {
    const id = task.id;
    if (this.#shown.delete(id)) {
      if (this.views.get(id)?.value?.kind === 'file') this.views.drop(id);
      this.host.requestUpdate();
      return;
    }
    this.#shown.add(id);
    this.host.requestUpdate();
    const session = this.context.session();
    if (session)
      this.views.run(id, async (signal) => (await import('./card-parts.js')).loadOutput(session, task, signal), true);
  }
}
