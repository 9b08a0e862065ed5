import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReachSession } from '../../state/session.js';

/** Progress and "in 5 minutes" texts are refreshed this often while something is pending. */
const CLOCK_REFRESH_MS = 30_000;

/** Draws the element again every half minute while the page is seen and a task of its session is under way. */
export class RefreshClockController implements ReactiveController {
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly session: () => ReachSession | undefined,
  ) {}

  hostConnected(): void {
    clearInterval(this.#timer);
    this.#timer = setInterval(() => {
      if (!document.hidden && this.session()?.tasks.pending().length) this.host.requestUpdate();
    }, CLOCK_REFRESH_MS);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
  }
}
