import { html, nothing, type LitElement, type TemplateResult } from 'lit';
import type { AgentsClient } from '../../agents/client.js';
import type { ActionDefinition, Agent } from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { LazyModule } from '../shared/lazy-module.js';
import type { AgentActionsController } from './agent-actions-controller.js';
import type * as AgentDetail from './agent-detail.js';
import type * as AgentForm from './agent-form.js';
import type { AgentTab } from './agent-page.js';
import type { Noun } from './agent-text.js';
import type * as RunMode from './run-mode.js';

/** What the views of the parts read of the agents element, and ask of it. */
export interface AgentViewsHost {
  session(): ReachSession | undefined;
  /** The agent open on the element's page. */
  agent(): Agent | undefined;
  client(): AgentsClient | undefined;
  /** What actions the account offers (read when the form opens). */
  definitions(): ActionDefinition[] | undefined;
  noun(): Noun;
  categories(): ReadonlyMap<string, Category>;
  catalog(): ReadonlyMap<number, VendorCatalogItem>;
  /** The session may create, change and delete agents. */
  manages(): boolean;
  actions(): AgentActionsController;
  reportError(error: unknown): void;
  focusAfterUpdate(id: string): void;
  focusStayed(opener: Element | null): boolean;
  backToList(): void;
  selectTab(tab: AgentTab): void;
  startRun(): void;
  openForm(editing: Agent | undefined): void;
  cancelForm(editing: Agent | undefined): void;
  cancelRun(): void;
}

/**
 * The agents element's parts loaded on first use (the agent's page, the run, the form), the controllers made from
 * each when it comes, and their views: what the element draws once a part is here, or while it comes.
 */
export class AgentViews {
  /** Running the agent on chosen entries (run-mode.ts): loaded the first time a run is started. */
  readonly runMode: LazyModule<{ mode: typeof RunMode; parts: RunMode.RunControllers }>;
  /** The agent form (agent-form.ts) and its draft: loaded the first time an agent is created or edited. */
  readonly agentForm: LazyModule<{ form: typeof AgentForm; draft: AgentForm.DraftController }>;
  /** An opened agent's page and its Activity tab (agent-detail.ts): loaded the first time an agent is opened. */
  readonly detail: LazyModule<{ detail: typeof AgentDetail; activity: AgentDetail.ActivityController }>;

  constructor(
    private readonly element: LitElement,
    readonly host: AgentViewsHost,
  ) {
    const failed = (error: unknown) => host.reportError(error);
    this.runMode = new LazyModule(element, {
      // The part comes with its controllers made for this element.
      load: () =>
        import('./run-mode.js').then((mode) => ({
          mode,
          parts: new mode.RunControllers(element, host.session, () => host.agent()?.actions?.workflowActions ?? []),
        })),
      styles: ({ mode }) => mode.runModeStyles,
      failed,
    });
    this.agentForm = new LazyModule(element, {
      load: () =>
        import('./agent-form.js').then((form) => ({
          form,
          draft: new form.DraftController(element, host.definitions, (id) => host.focusAfterUpdate(id)),
        })),
      styles: ({ form }) => [form.agentFormStyles],
      failed,
    });
    this.detail = new LazyModule(element, {
      // The part comes with the Activity tab's controller made for this element.
      load: () =>
        import('./agent-detail.js').then((detail) => ({
          detail,
          activity: new detail.ActivityController(element, host.session, host.client),
        })),
      styles: ({ detail }) => detail.agentDetailStyles,
      failed,
    });
  }

  /**
   * Focuses `#id` once `part` has come (at once if it is here) and `still()` holds, unless the user has moved the
   * focus meanwhile: it stays on the control that opened the part, or nowhere.
   */
  focusWhenCome<Module>(part: LazyModule<Module>, id: string, still: () => boolean): void {
    const opener = this.element.shadowRoot!.activeElement;
    part.use(() => {
      if (still() && this.host.focusStayed(opener)) this.host.focusAfterUpdate(id);
    });
  }

  /**
   * `part`'s view, "Loading…" while it comes, or why it did not come: Try again (`retry`, which asks for it again)
   * and the way out the part would have given (`leave`), so that the user is never stuck on a part that failed.
   */
  renderPart<Module>(
    part: LazyModule<Module>,
    view: (module: Module) => TemplateResult,
    retry: () => void,
    leave: TemplateResult,
  ): TemplateResult {
    const failure = part.renderFailure(retry);
    return failure === nothing ? part.render(view) : html`<div>${leave}</div>${failure}`;
  }

  renderForm(
    { form, draft }: { form: typeof AgentForm; draft: AgentForm.DraftController },
    editing: Agent | undefined,
  ): TemplateResult {
    return form.renderFormView(this.host, draft, editing);
  }

  renderRun({ mode, parts }: { mode: typeof RunMode; parts: RunMode.RunControllers }, agent: Agent): TemplateResult {
    return mode.renderRunView(this.host, parts, agent);
  }

  renderPage(
    { detail, activity }: { detail: typeof AgentDetail; activity: AgentDetail.ActivityController },
    agent: Agent,
    tab: AgentTab,
    now: number,
  ): TemplateResult {
    return detail.renderPageView(this, activity, agent, tab, now);
  }

  /** The confirmation asked for on the agent's page (whose part has come, then). */
  renderDialog(agent: Agent | undefined): TemplateResult | typeof nothing {
    return this.detail.loaded?.detail.renderDialogView(this.host, agent) ?? nothing;
  }
}
