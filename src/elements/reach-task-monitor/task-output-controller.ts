import type { ReactiveControllerHost } from 'lit';
import type { EntryVendorTask } from '../../reach/schemas.js';
import type { LazyModule } from '../shared/lazy-module.js';
import type * as CardParts from './card-parts.js';
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
    private readonly parts: LazyModule<typeof CardParts>,
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
    // The user's press asks again for parts whose load failed (a pointer passing by does not).
    this.parts.retry();
    this.host.requestUpdate();
    this.#load(task);
  }

  /** The card's parts have come (at last, after "Try again"): the results opened meanwhile load now. */
  partsLoaded(): void {
    const session = this.context.session();
    for (const id of this.#shown) {
      const task = session?.tasks.get(id);
      if (task) this.#load(task);
    }
  }

  /** Reads the result with the panel's code; before it has come, asked when it comes (`partsLoaded`). */
  #load(task: EntryVendorTask): void {
    const session = this.context.session();
    const parts = this.parts.loaded;
    if (!parts) this.parts.want();
    else if (session) this.views.run(task.id, (signal) => parts.loadOutput(session, task, signal), true);
  }
}
