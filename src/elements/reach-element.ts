import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { msg } from '@lit/localize';
import { Task, initialState } from '@lit/task';
import type { ReachabilityEventName } from '../api/client.js';
import { isAborted, toApiError } from '../api/errors.js';
import { ReachErrorEvent } from '../events.js';
import { reachSettingsContext, type ReachSettings } from '../state/context.js';
import { acquireSession, releaseSession, type ReachSession } from '../state/session.js';
import { syncLocaleWithPage } from '../i18n/localization.js';
import { takeKsAttribute } from './shared/ks-attribute.js';

/**
 * Elements may upgrade before their `<reach-provider>` does (import order, lazy loading); a context root
 * keeps their requests and answers them once the provider appears. One per page, shared by every copy.
 */
const CONTEXT_ROOT_MARK = Symbol.for('reach-elements.context-root');
const page = globalThis as { [CONTEXT_ROOT_MARK]?: ContextRoot };
if (typeof document !== 'undefined' && !page[CONTEXT_ROOT_MARK]) {
  page[CONTEXT_ROOT_MARK] = new ContextRoot();
  page[CONTEXT_ROOT_MARK].attach(document.documentElement);
}

const REACHABILITY_EVENTS: readonly ReachabilityEventName[] = ['unreachable', 'reachable'];

/**
 * What every REACH element shares: the `ks` / `service-url` / `partner-id` settings (own attributes win
 * over a `<reach-provider>`; an own `service-url` takes none of the provider's), the page's shared session
 * for them, the session notices (KS expired, service unreachable) and one polite live region.
 * Subclasses load their data with `sessionTask` (a `@lit/task` Task that runs again when the session or
 * its arguments change and is aborted when the element leaves the session), report failures with
 * `reportError` and move the focus with `focusAfterUpdate`. See CONTRIBUTING.md.
 *
 * Session life: clearing the KS (logout) leaves the session (its polling stops when no element uses it)
 * and `settings.ks` is empty, so the element shows `renderMissingKs()`. Moving the element in the page
 * (disconnect and connect in the same task) keeps its session and does not abort `abortSignal`: the
 * release is deferred by one task and cancelled on reconnect, and `sessionReconnected` runs instead of
 * `sessionChanged`. A longer absence releases the session; on return, `sessionChanged` runs again.
 *
 * Announcements: the live region is NOT injected; put `${this.renderLiveRegion()}` once in every template
 * `render()` returns (the missing-KS one too). `announce(text)` speaks a text (again, even when it is the
 * same words); `announceTaskChange(key, text)` speaks it only if no other element of the same session
 * has announced `key` lately, so a page with a monitor and a clips lab says "English captions are
 * ready" once. Use a key naming the task and its new state, e.g. `${task.id}:${task.status}`.
 *
 * Every element inherits the API documented here; its own header documents only what it adds.
 *
 * @fires reach-error {ReachErrorEvent} - a load or an action failed ({code, message, service, action}); what the
 *   user reads is shown in the element
 * @fires reach-ks-expiring {ReachKsExpiringEvent} - the KS expires soon ({expiresAt}, unix seconds): set a new
 *   `ks`. Fired once per session, by its first element
 * @fires reach-ks-expired {ReachKsExpiredEvent} - the server refused the KS. Calls wait, and nothing typed is
 *   lost, until a new `ks` is set. Fired once per session, by its first element
 *
 * @csspart panel - the element's outer box
 * @csspart notice - notices: the session, refusals, warnings, errors
 * @csspart live-region - the visually hidden polite live region that speaks changes
 *
 * @cssproperty --reach-color-accent - buttons, focus ring, links
 * @cssproperty --reach-color-on-accent - text and icons on the accent colour
 * @cssproperty --reach-color-text - text
 * @cssproperty --reach-color-muted - secondary text
 * @cssproperty --reach-color-surface - element background
 * @cssproperty --reach-color-raised - cards and inputs
 * @cssproperty --reach-color-border - borders and separators
 * @cssproperty --reach-color-danger - errors
 * @cssproperty --reach-color-success - success
 * @cssproperty --reach-color-warning - warnings
 * @cssproperty --reach-radius - corner radius
 * @cssproperty --reach-space - base spacing unit
 * @cssproperty --reach-font-size - base font size (default: inherited from the page)
 */
export abstract class ReachElement extends LitElement {
  /**
   * The Kaltura Session. Prefer setting the property; the attribute is accepted, taken and removed from
   * the page's markup.
   */
  @property() ks?: string;

  /**
   * Kaltura service URL; `/api_v3` is appended. Default `https://www.kaltura.com`. An element that sets
   * its own takes no settings from a `<reach-provider>`: the provider's KS is for the provider's service.
   */
  @property({ attribute: 'service-url' }) serviceUrl?: string;

  /** Optional; read from the KS when possible. */
  @property({ attribute: 'partner-id', type: Number }) partnerId?: number;

  @consume({ context: reachSettingsContext, subscribe: true })
  @state()
  protected providerSettings?: ReachSettings;

  /** True while calls wait for the host to set a new KS. */
  @state() protected waitingForKs = false;

  /** True while the service gives no answer at all (network, DNS, CSP, offline, timeout); see `renderSessionNotice`. */
  @state() protected serviceUnreachable = false;

  /** What the live region says; cleared first so that the same words are spoken again. */
  @state() private liveAnnouncement = '';

  protected session: ReachSession | undefined;
  readonly #sessionTasks: { run(): Promise<void> }[] = [];
  #abort = new AbortController();
  /** A release deferred by one task, so that moving the element in the page keeps its session. */
  #releaseTimer: ReturnType<typeof setTimeout> | undefined;
  #announceToken = 0;
  /** The id `updated` focuses, once. */
  #focusTarget: string | undefined;
  #movedWithSession = false;
  readonly #onKsStateChange = () => (this.waitingForKs = this.session?.waitingForKs ?? false);
  readonly #onReachabilityChange = () => (this.serviceUnreachable = !(this.session?.client.reachable ?? true));

  /** Aborted when the element leaves the page or its session changes. */
  protected get abortSignal(): AbortSignal {
    return this.#abort.signal;
  }

  protected get settings(): ReachSettings {
    // KS and service URL go together: the provider's KS is never sent to a service the element chose.
    const provided = (!this.serviceUrl && this.providerSettings) || {};
    return {
      ks: this.ks || provided.ks,
      serviceUrl: this.serviceUrl || provided.serviceUrl,
      partnerId: this.partnerId ?? provided.partnerId,
      agentsUrl: provided.agentsUrl,
    };
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    takeKsAttribute(this, name, value, () => super.attributeChangedCallback(name, old, value));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    syncLocaleWithPage();
    if (this.#releaseTimer !== undefined) {
      // Moved in the page within one task: keep the session and the signal; let the subclass follow it again.
      clearTimeout(this.#releaseTimer);
      this.#releaseTimer = undefined;
      if (this.session) {
        this.#movedWithSession = true;
        this.requestUpdate();
      }
    }
    // Back after a longer absence: the session was released; willUpdate joins one again.
    if (this.hasUpdated && !this.session) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#releaseTimer);
    this.#releaseTimer = setTimeout(() => {
      this.#releaseTimer = undefined;
      if (!this.isConnected) this.#leaveSession();
    }, 0);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (
      changed.has('ks') ||
      changed.has('serviceUrl') ||
      changed.has('partnerId') ||
      changed.has('providerSettings') ||
      !this.session
    ) {
      if (this.settings.ks) this.#joinSession();
      // Logged out: leave the session (nothing polls for us any more); render shows the missing-KS state.
      else if (this.session) this.#leaveSession();
    }
    if (this.#movedWithSession) {
      this.#movedWithSession = false;
      if (this.session) this.sessionReconnected(this.session);
    }
  }

  /**
   * The element was moved in the page (disconnected and connected again in one task) and kept its
   * session and `abortSignal`. What `disconnectedCallback` stopped (store subscriptions…) must start
   * again here. By default it calls `sessionChanged(session)`, which also reloads; override it to only
   * re-subscribe. Called from `willUpdate`.
   */
  protected sessionReconnected(session: ReachSession): void {
    this.sessionChanged(session);
  }

  /** The server's time now (unix seconds): what its timestamps are compared with, whatever the browser's clock says. */
  protected serverNow(): number {
    return this.session?.tasks.now() ?? Date.now() / 1000;
  }

  /**
   * The polite live region `announce` speaks through; put it once in every template `render()` returns.
   */
  protected renderLiveRegion() {
    return html`<p class="visually-hidden" part="live-region" role="status" aria-live="polite" aria-atomic="true">${this.liveAnnouncement}</p>`;
  }

  /**
   * Says `text` politely to screen readers, again even when it is what was said last: the region is
   * cleared, rendered empty, and the text is set on the next frame.
   */
  protected announce(text: string): void {
    const token = ++this.#announceToken;
    this.liveAnnouncement = '';
    void this.updateComplete.then(() => {
      const speak = () => {
        if (token === this.#announceToken) this.liveAnnouncement = text;
      };
      // Frames do not run in a hidden page; a short timer stands in.
      if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden')
        requestAnimationFrame(speak);
      else setTimeout(speak, 50);
    });
  }

  /**
   * Announces a change of a shared thing (a task) once per session: only the first element of the
   * session to claim `key` speaks; the others stay silent. Returns whether this element announced.
   */
  protected announceTaskChange(key: string, text: string): boolean {
    if (this.session && !this.session.claimAnnouncement(key)) return false;
    this.announce(text);
    return true;
  }

  /**
   * Called when the element has a (new) session. Loads belong in `sessionTask` and store subscriptions
   * in a `TaskStoreController`, which follow the session by themselves; this hook is for what they do not cover.
   */
  protected sessionChanged(_session: ReachSession): void {}

  /**
   * The one way an element loads: a `@lit/task` Task that runs `load` with the session when the element
   * has one and `args()` differ from the last run (compared one by one, as Task does). Its `signal` is
   * aborted when a newer run starts or the element leaves the session; pass it to every `session.call`.
   * `load` may return `initialState` (from `@lit/task`) when there is nothing to load. A rejection is the
   * task's error, reported here with `reportError` (unless the run was aborted): render it from
   * `task.render({error})`. `task.run()` loads again (a retry button).
   */
  protected sessionTask<const Args extends readonly unknown[], Result>(
    load: (args: Args, session: ReachSession, signal: AbortSignal) => Promise<Result | typeof initialState>,
    args: () => Args,
  ): Task<readonly [ReachSession | undefined, AbortSignal, ...Args], Result> {
    const task = new Task(this, {
      // The session's signal is replaced whenever the element joins a session (again): a load it aborted runs again.
      args: () => [this.session, this.abortSignal, ...args()] as const,
      task: async ([session, sessionSignal, ...taskArgs], { signal }) => {
        if (!session) return initialState;
        const aborted = AbortSignal.any([signal, sessionSignal]);
        try {
          return await load(taskArgs as unknown as Args, session, aborted);
        } catch (error) {
          if (!aborted.aborted) this.reportError(error);
          throw error;
        }
      },
    });
    this.#sessionTasks.push(task);
    return task;
  }

  /**
   * Loads everything the element shows again (every `sessionTask`), for a host that changed something behind
   * the element's back. Resolves when the loads have settled; a failed one shows and reports its error as usual.
   */
  async refresh(): Promise<void> {
    await Promise.all(this.#sessionTasks.map((task) => task.run()));
  }

  /** Fires `reach-error` for a failed call (anything it threw); an aborted one (the element moved on) is no error. */
  protected reportError(failure: unknown): void {
    if (isAborted(failure)) return;
    const error = toApiError(failure);
    this.dispatchEvent(
      new ReachErrorEvent({ code: error.code, message: error.message, service: error.service, action: error.action }),
    );
  }

  /** Focuses the element with this id in the shadow root once the next update has rendered it. */
  protected focusAfterUpdate(id: string): void {
    this.#focusTarget = id;
    this.requestUpdate();
  }

  /**
   * Whether the focus is still where the user left it when they opened something that comes late (a part loaded on
   * first use): on `opener` (the shadow root's focused element then), or nowhere (it fell to the page). What comes late
   * takes the focus only then, never from a control the user has moved to meanwhile.
   */
  protected focusStayed(opener: Element | null): boolean {
    const focused = (this.getRootNode() as Document | ShadowRoot).activeElement;
    if (focused === this) return this.shadowRoot?.activeElement === opener;
    return focused === null || focused === document.body;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.#focusTarget === undefined) return;
    this.renderRoot.querySelector<HTMLElement>(`#${this.#focusTarget}`)?.focus();
    this.#focusTarget = undefined;
  }

  #joinSession(): void {
    const { ks, serviceUrl, partnerId } = this.settings;
    if (!ks || !this.isConnected) return;
    const previous = this.session;
    const session = acquireSession(this, { ks, serviceUrl, partnerId }, previous);
    this.waitingForKs = session.waitingForKs;
    this.serviceUnreachable = !session.client.reachable;
    if (session === previous) return;
    if (previous) this.#unwatchKs(previous);
    session.client.addEventListener('ks-invalid', this.#onKsStateChange);
    session.client.addEventListener('ks-resumed', this.#onKsStateChange);
    for (const name of REACHABILITY_EVENTS) session.client.addEventListener(name, this.#onReachabilityChange);
    this.#abort.abort();
    this.#abort = new AbortController();
    this.session = session;
    this.sessionChanged(session);
  }

  #leaveSession(): void {
    this.#abort.abort();
    this.waitingForKs = false;
    this.serviceUnreachable = false;
    if (!this.session) return;
    this.#unwatchKs(this.session);
    releaseSession(this, this.session);
    this.session = undefined;
  }

  #unwatchKs(session: ReachSession): void {
    session.client.removeEventListener('ks-invalid', this.#onKsStateChange);
    session.client.removeEventListener('ks-resumed', this.#onKsStateChange);
    for (const name of REACHABILITY_EVENTS) session.client.removeEventListener(name, this.#onReachabilityChange);
  }

  /**
   * Shown while the KS is expired (what the user typed stays where it is), or while the service gives no
   * answer at all — instead of a "Loading…" that never ends — with "Try again", which runs every load again.
   */
  protected renderSessionNotice() {
    if (this.waitingForKs) {
      return html`<p class="notice" part="notice" role="status">
        ${msg('Your session has expired. Nothing you entered is lost: work resumes when the page renews the session.')}
      </p>`;
    }
    if (!this.serviceUnreachable) return nothing;
    return html`<div class="notice error" part="notice" role="alert">
      <p>
        ${
          navigator.onLine
            ? msg(
                "The Kaltura service cannot be reached: the network, the address or the page's security policy may be blocking it.",
              )
            : msg('The Kaltura service cannot be reached: this device is offline.')
        }
      </p>
      <button type="button" @click=${() => void this.refresh()}>${msg('Try again')}</button>
    </div>`;
  }

  /** Text for the missing-settings state. */
  protected renderMissingKs() {
    return html`<p class="notice" part="notice">${msg('This element needs a Kaltura Session (the ks property) to load.')}</p>`;
  }
}
