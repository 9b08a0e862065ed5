import type { ReactiveController } from 'lit';
import { Task } from '@lit/task';
import { EntryStatus } from '../../reach/enums.js';
import type { MediaEntry } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { LabController, listClipEntries } from './lab-data.js';

/** Entry statuses on the way to READY. */
const IN_PROGRESS_ENTRY: ReadonlySet<string> = new Set([
  EntryStatus.IMPORT,
  EntryStatus.PRECONVERT,
  EntryStatus.PENDING,
]);

/**
 * The clips of the source that are entries of their own (saved, or still being made). While some are
 * still being made it looks at them again on the session's poll timing, until the lab leaves the page.
 */
export class ClipEntriesController extends LabController implements ReactiveController {
  entries: readonly MediaEntry[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Looks at the clips again; a newer look, or another entry, drops the answer of an older one. */
  readonly #refresh = new Task(this.lab.element, {
    autoRun: false,
    task: async ([session, entryId]: readonly [ReachSession, string], { signal }) =>
      (await session.call(listClipEntries(entryId), { signal: AbortSignal.any([signal, this.lab.signal()]) })).objects,
    onComplete: (entries) => this.set(entries),
    onError: (error) => this.lab.reportError(error),
  });

  /** Back in the page (moved): looks again at clips still being made. */
  hostConnected(): void {
    this.#lookAgainLater();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** Keeps the clips and, while some are still being made, looks at them again later. */
  set(entries: readonly MediaEntry[]): void {
    this.entries = entries;
    this.changed();
    this.#lookAgainLater();
  }

  #lookAgainLater(): void {
    clearTimeout(this.#timer);
    const session = this.lab.session();
    if (!session || !this.entries.some((entry) => entry.status !== undefined && IN_PROGRESS_ENTRY.has(entry.status)))
      return;
    this.#timer = setTimeout(() => void this.refresh(), session.poller.timing.machineMaxMs);
  }

  /** Another entry: none of the last one's clips, and no answer of a look at them. */
  reset(): void {
    this.#refresh.abort();
    this.set([]);
  }

  /** Forgets a clip that is gone from the server. */
  remove(entryId: string): void {
    this.entries = this.entries.filter((entry) => entry.id !== entryId);
    this.changed();
  }

  async refresh(): Promise<void> {
    const session = this.lab.session();
    const entryId = this.lab.entryId();
    if (session && entryId) await this.#refresh.run([session, entryId]);
  }
}
