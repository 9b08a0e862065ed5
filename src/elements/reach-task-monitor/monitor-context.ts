import type { ReachSession } from '../../state/session.js';

/** What the monitor's controllers read of the element: its session (never kept), the session's signal, error reporting. */
export interface MonitorContext {
  session(): ReachSession | undefined;
  /** Aborted when the element leaves the session: reads stop. */
  signal(): AbortSignal;
  /** Fires `reach-error` (not for an aborted call). */
  reportError(error: unknown): void;
}
