import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { planRun, type Preflight } from '../../agents/preflight.js';
import type { WorkflowAction } from '../../agents/schemas.js';
import { listCaptionAssets } from '../../reach/entries.js';
import { listTasks } from '../../reach/tasks.js';
import type { CaptionAsset, EntryVendorTask, MediaEntry } from '../../reach/schemas.js';
import { catalogOf, readableProfilesOf } from '../../state/lookups.js';
import type { ReachSession } from '../../state/session.js';
import { isAborted, toApiError, type KalturaApiError } from '../../api/errors.js';

export type PreflightLoad =
  | { kind: 'idle' }
  | { kind: 'loading'; shown: Preflight | undefined }
  | { kind: 'ready'; plan: Preflight }
  | { kind: 'error'; error: KalturaApiError };

/**
 * The pre-flight of a run: what each selected entry would get. Reads the catalog and profiles once per
 * session, and each newly selected entry's tasks and captions once per run (all in one api_v3 request).
 */
export class PreflightController implements ReactiveController {
  load: PreflightLoad = { kind: 'idle' };
  readonly #tasks = new Map<string, EntryVendorTask[]>();
  readonly #captions = new Map<string, CaptionAsset[]>();
  #abort: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => ReachSession | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#abort?.abort();
  }

  /** Forgets what it read (a new run starts: tasks may have been ordered since). */
  reset(): void {
    this.#abort?.abort();
    this.#tasks.clear();
    this.#captions.clear();
    this.load = { kind: 'idle' };
  }

  async plan(actions: readonly WorkflowAction[], entries: readonly MediaEntry[]): Promise<void> {
    const session = this.session();
    this.#abort?.abort();
    if (!session || entries.length === 0) {
      this.load = { kind: 'idle' };
      this.host.requestUpdate();
      return;
    }
    const abort = (this.#abort = new AbortController());
    const { signal } = abort;
    this.load = {
      kind: 'loading',
      shown: this.load.kind === 'ready' ? this.load.plan : this.load.kind === 'loading' ? this.load.shown : undefined,
    };
    this.host.requestUpdate();
    try {
      const unknown = entries.filter((entry) => !this.#tasks.has(entry.id));
      const [catalog, profiles, tasks, captions] = await Promise.all([
        catalogOf(session),
        readableProfilesOf(session),
        Promise.all(
          unknown.map((entry) => session.call(listTasks({ entryIdEqual: entry.id }, { pageSize: 500 }), { signal })),
        ),
        Promise.all(unknown.map((entry) => session.call(listCaptionAssets(entry.id), { signal }))),
      ]);
      if (signal.aborted) return;
      unknown.forEach((entry, index) => {
        this.#tasks.set(entry.id, tasks[index]!.objects);
        this.#captions.set(entry.id, captions[index]!.objects);
      });
      const plan = planRun({
        actions,
        entries,
        catalog: [...catalog.values()],
        profiles,
        tasks: this.#tasks,
        captions: this.#captions,
        now: session.tasks.now(),
      });
      this.load = { kind: 'ready', plan };
    } catch (error) {
      if (isAborted(error) || signal.aborted) return;
      this.load = { kind: 'error', error: toApiError(error) };
    }
    this.host.requestUpdate();
  }
}
