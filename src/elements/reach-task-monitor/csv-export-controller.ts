import type { ReactiveControllerHost } from 'lit';
import { isAborted, toApiError } from '../../api/errors.js';
import { getLatestCsvExportUrl } from '../../reach/task-export.js';
import { safeUrl } from '../../reach/safe-url.js';
import { exportTasksToCsv, type TaskFilter } from '../../reach/tasks.js';
import type { ReachSession } from '../../state/session.js';
import type { MonitorContext } from './monitor-context.js';
import { errorText } from './task-words.js';

export type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'sent'; to: string; url: string | undefined }
  | { kind: 'error'; message: string };

/** Sessions whose server does not offer the sandbox's CSV download link (real Kaltura). */
const noCsvLink = new WeakSet<ReachSession>();
/** Signed download links are not kept longer than this. */
const LINK_LIFETIME_MS = 5 * 60_000;

/**
 * "Export to CSV": asks Kaltura to e-mail the tasks of a filter, once per click (never retried), and
 * keeps the local sandbox's download link for a few minutes.
 */
export class CsvExportController {
  state: ExportState = { kind: 'idle' };
  #linkTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly context: MonitorContext,
  ) {}

  /** A new list: the notice of the last export goes. */
  reset(): void {
    this.#set({ kind: 'idle' });
  }

  async export(filter: TaskFilter): Promise<void> {
    const session = this.context.session();
    if (!session || this.state.kind === 'busy') return;
    this.#set({ kind: 'busy' });
    // One multirequest: the export, then where to download it. Only the local sandbox answers the second
    // (real Kaltura e-mails the file and refuses it): its refusal is silent, and once a server has refused
    // it, it is not asked again in this session. The export is never retried.
    const askLink = !noCsvLink.has(session);
    const calls = askLink ? [exportTasksToCsv(filter), getLatestCsvExportUrl()] : [exportTasksToCsv(filter)];
    const [sent, link] = await session.client.sequence(calls, { signal: this.context.signal() });
    if (sent!.status === 'rejected') {
      if (isAborted(sent!.reason)) return;
      this.#set({ kind: 'error', message: errorText(sent!.reason) });
      this.context.reportError(sent!.reason);
      return;
    }
    if (link?.status === 'rejected' && toApiError(link.reason).kind === 'api') noCsvLink.add(session);
    const url = link?.status === 'fulfilled' && typeof link.value === 'string' ? safeUrl(link.value) : undefined;
    this.#set({ kind: 'sent', to: String(sent!.value), url });
    // After a while the notice only says where the file was mailed.
    if (url) this.#linkTimer = setTimeout(() => this.#forgetLink(), LINK_LIFETIME_MS);
  }

  #forgetLink(): void {
    if (this.state.kind === 'sent' && this.state.url) this.#set({ ...this.state, url: undefined });
  }

  #set(state: ExportState): void {
    clearTimeout(this.#linkTimer);
    this.state = state;
    this.host.requestUpdate();
  }
}
