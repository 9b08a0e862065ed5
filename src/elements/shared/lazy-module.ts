// A part of an element that its first paint does not need, loaded the first time it is needed: a page that never
// opens it does not download it (from the CDN each element is its own file; its parts are smaller ones beside it).
import { adoptStyles, html, nothing, type CSSResultOrNative, type LitElement } from 'lit';
import type { TemplateResult } from 'lit';
import { msg } from '@lit/localize';

export interface LazyModuleOptions<Module> {
  /** `() => import('./the-part.js')`: a literal path, so the bundler makes the part a chunk of its own. */
  load: () => Promise<Module>;
  /** The part's styles, adopted into the host's shadow root beside the element's own once it has loaded. */
  styles?: (module: Module) => readonly CSSResultOrNative[];
  /** Runs once the part has loaded, before the host updates (to make the part's controllers, say). */
  loaded?: (module: Module) => void;
  /**
   * A failed load (offline, the CDN refused): reported by the host. The part's place then says so with "Try again"
   * (`render`, `renderFailure`); that button (`retry`) and `use` ask for the part again, `want` does not.
   */
  failed: (error: unknown) => void;
}

/** The styles each shadow root took from its lazy parts, so that a second part does not drop the first's. */
const adoptedParts = new WeakMap<ShadowRoot, CSSResultOrNative[]>();

/** Loads a part of its host on first use and updates the host when it has come. */
export class LazyModule<Module> {
  #module: Module | undefined;
  #loading: Promise<void> | undefined;
  /** The last load failed, and nothing has asked for the part since. */
  #failed = false;
  /** Actions asked (`use`) before the part came; dropped if its load fails. */
  #waiting: ((module: Module) => void)[] = [];

  constructor(
    private readonly host: LitElement,
    private readonly options: LazyModuleOptions<Module>,
  ) {}

  /** The part if it has loaded, without asking for it. */
  get loaded(): Module | undefined {
    return this.#module;
  }

  /**
   * The part if it has loaded; else starts loading it (once) and gives undefined: the host updates when it comes.
   * After a failed load it asks again only through `retry` (the failure's "Try again") or `use`: a render that calls
   * it must not load again and again while the network is down.
   */
  get(): Module | undefined {
    if (this.#module !== undefined || this.#failed) return this.#module;
    this.#loading ??= this.options.load().then((module) => this.#arrived(module), this.#fail);
    return undefined;
  }

  /**
   * Starts loading the part on intent (pointer or focus on what opens it), unless it is here, on its way, or failed:
   * moving about the page while the network is down does not download it again (and again report it).
   */
  readonly want = (): void => void this.get();

  /** Loads the part again after a failure ("Try again", or the user's action): the failure gives way to "Loading…". */
  readonly retry = (): void => {
    if (this.#failed) {
      this.#failed = false;
      this.host.requestUpdate();
    }
    this.get();
  };

  /**
   * Runs `act` with the part: at once when it is here, else when it comes (an action pressed before its code came).
   * If the load fails, the failure is reported and the action dropped; the next action asks for the part again.
   */
  use(act: (module: Module) => void): void {
    this.retry();
    const module = this.#module;
    if (module === undefined) this.#waiting.push(act);
    else act(module);
  }

  /** The part's view once it has loaded; a short "Loading…" (a polite status) until then, or why it did not come. */
  render<View>(view: (module: Module) => View, loading: () => NoInfer<View> | TemplateResult = renderLoadingPart) {
    const module = this.get();
    if (module !== undefined) return view(module);
    return this.#failed ? this.#renderFailed(this.retry) : loading();
  }

  /** After a failed load: that it failed, and "Try again" (`retry`, by default loading the part again); else nothing. */
  renderFailure(retry: () => void = this.retry) {
    return this.#failed ? this.#renderFailed(retry) : nothing;
  }

  #renderFailed(retry: () => void): TemplateResult {
    return html`<div class="notice error" part="notice" role="alert">
      <p>${msg('This part could not be loaded. Check your connection and try again.')}</p>
      <button type="button" data-part-retry @click=${retry}>${msg('Try again')}</button>
    </div>`;
  }

  #arrived(module: Module): void {
    const styles = this.options.styles?.(module) ?? [];
    const root = this.host.renderRoot;
    if (styles.length > 0 && root instanceof ShadowRoot) {
      const parts = [...(adoptedParts.get(root) ?? []), ...styles];
      adoptedParts.set(root, parts);
      adoptStyles(root, [...(this.host.constructor as typeof LitElement).elementStyles, ...parts]);
    }
    this.#module = module;
    this.options.loaded?.(module);
    for (const act of this.#waiting.splice(0)) act(module);
    this.host.requestUpdate();
  }

  readonly #fail = (error: unknown): void => {
    this.#loading = undefined;
    this.#failed = true;
    this.#waiting = [];
    this.options.failed(error);
    this.host.requestUpdate();
    // The control that opened the part may have gone with the view it opened: then a keyboard user's focus has
    // fallen to the page, far from the failure's "Try again", which takes it (not when the focus is anywhere else).
    void this.host.updateComplete.then(() => {
      let focused = document.activeElement;
      while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
      if (focused !== null && focused !== document.body) return;
      this.host.renderRoot.querySelector<HTMLElement>('[data-part-retry]')?.focus();
    });
  };
}

/** What stands for a part while it loads. */
export function renderLoadingPart(): TemplateResult {
  const text = msg('Loading…');
  return html`<p class="loading" role="status">${text}</p>`;
}
