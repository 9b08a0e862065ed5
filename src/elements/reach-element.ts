import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume, ContextRoot } from '@lit/context';
import { msg } from '@lit/localize';
import { reachSettingsContext, type ReachSettings } from '../state/context.js';
import { acquireSession, releaseSession, type ReachSession } from '../state/session.js';
import { syncLocaleWithPage } from '../i18n/localization.js';

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

/**
 * What every REACH element shares: the `ks` / `service-url` / `partner-id` settings (own attributes win
 * over a `<reach-provider>`), the page's shared session for them, the session-expired notice and one
 * polite live region.
 * Subclasses load their data in `sessionChanged` and abort it with `this.abortSignal`.
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
 */
export abstract class ReachElement extends LitElement {
  /** The Kaltura Session. Prefer setting the property; the attribute is accepted. */
  @property() ks?: string;

  /** Kaltura service URL; `/api_v3` is appended. Default `https://www.kaltura.com`. */
  @property({ attribute: 'service-url' }) serviceUrl?: string;

  /** Optional; read from the KS when possible. */
  @property({ attribute: 'partner-id', type: Number }) partnerId?: number;

  @consume({ context: reachSettingsContext, subscribe: true })
  @state()
  protected providerSettings?: ReachSettings;

  /** True while calls wait for the host to set a new KS. */
  @state() protected waitingForKs = false;

  /** What the live region says; cleared first so that the same words are spoken again. */
  @state() private liveAnnouncement = '';

  protected session: ReachSession | undefined;
  #abort = new AbortController();
  /** A release deferred by one task, so that moving the element in the page keeps its session. */
  #releaseTimer: ReturnType<typeof setTimeout> | undefined;
  #announceToken = 0;
  #movedWithSession = false;
  readonly #onKsStateChange = () => (this.waitingForKs = this.session?.waitingForKs ?? false);

  /** Aborted when the element leaves the page or its session changes. */
  protected get abortSignal(): AbortSignal {
    return this.#abort.signal;
  }

  protected get settings(): ReachSettings {
    const provided = this.providerSettings ?? {};
    return {
      ks: this.ks || provided.ks,
      serviceUrl: this.serviceUrl || provided.serviceUrl,
      partnerId: this.partnerId ?? provided.partnerId,
      agentsUrl: provided.agentsUrl,
    };
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
    if (changed.has('ks') || changed.has('serviceUrl') || changed.has('partnerId') || changed.has('providerSettings') || !this.session) {
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
      if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') requestAnimationFrame(speak);
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

  /** Called when the element has a (new) session to load its data from. */
  protected abstract sessionChanged(session: ReachSession): void;

  #joinSession(): void {
    const { ks, serviceUrl, partnerId } = this.settings;
    if (!ks || !this.isConnected) return;
    const previous = this.session;
    const session = acquireSession(this, { ks, serviceUrl, partnerId }, previous);
    this.waitingForKs = session.waitingForKs;
    if (session === previous) return;
    if (previous) this.#unwatchKs(previous);
    session.client.addEventListener('ks-invalid', this.#onKsStateChange);
    session.client.addEventListener('ks-resumed', this.#onKsStateChange);
    this.#abort.abort();
    this.#abort = new AbortController();
    this.session = session;
    this.sessionChanged(session);
  }

  #leaveSession(): void {
    this.#abort.abort();
    this.waitingForKs = false;
    if (!this.session) return;
    this.#unwatchKs(this.session);
    releaseSession(this, this.session);
    this.session = undefined;
  }

  #unwatchKs(session: ReachSession): void {
    session.client.removeEventListener('ks-invalid', this.#onKsStateChange);
    session.client.removeEventListener('ks-resumed', this.#onKsStateChange);
  }

  /** Shown while the KS is expired; what the user typed stays where it is. */
  protected renderSessionNotice() {
    if (!this.waitingForKs) return nothing;
    return html`<p class="notice" part="notice" role="status">
      ${msg('Your session has expired. Nothing you entered is lost: work resumes when the page renews the session.')}
    </p>`;
  }

  /** Text for the missing-settings state. */
  protected renderMissingKs() {
    return html`<p class="notice" part="notice">${msg('This element needs a Kaltura Session (the ks property) to load.')}</p>`;
  }
}
