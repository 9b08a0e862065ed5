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
 * over a `<reach-provider>`), the page's shared session for them, and the session-expired notice.
 * Subclasses load their data in `sessionChanged` and abort it with `this.abortSignal`.
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

  protected session: ReachSession | undefined;
  #abort = new AbortController();
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
    // Moved in the page: the session was released on disconnect; willUpdate joins it again.
    if (this.hasUpdated && !this.session) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#leaveSession();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('ks') || changed.has('serviceUrl') || changed.has('partnerId') || changed.has('providerSettings') || !this.session) {
      this.#joinSession();
    }
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
