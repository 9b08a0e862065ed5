import type { ReactiveController } from 'lit';
import type { TaskChange } from '../../state/task-store.js';
import type { ReachSession } from '../../state/session.js';

/**
 * Follows the session's TaskStore for an element: one subscription while the element is in the page and
 * has a session, moved to the new session when it changes, dropped when the element leaves the page.
 * `changed` hears every batch of changes (filter for what the element shows). Add it in the constructor:
 * `this.addController(new TaskStoreController(() => this.session, (changes, session) => …))`.
 */
export class TaskStoreController implements ReactiveController {
  #session: ReachSession | undefined;
  #unsubscribe: (() => void) | undefined;

  constructor(
    private readonly sessionOf: () => ReachSession | undefined,
    private readonly changed: (changes: readonly TaskChange[], session: ReachSession) => void,
  ) {}

  hostConnected(): void {
    this.#follow();
  }

  /** After the host's willUpdate, where it joins (or leaves) its session. */
  hostUpdate(): void {
    this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#session = undefined;
  }

  #follow(): void {
    const session = this.sessionOf();
    if (session === this.#session) return;
    this.#unsubscribe?.();
    this.#session = session;
    this.#unsubscribe = session?.tasks.subscribe((changes) => this.changed(changes, session));
  }
}
