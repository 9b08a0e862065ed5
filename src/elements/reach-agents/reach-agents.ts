import { html, type TemplateResult } from 'lit';
import { initialState, TaskStatus } from '@lit/task';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { ReachElement } from '../reach-element.js';
import { baseStyles } from '../shared/styles.js';
import { agentsStyles } from './reach-agents.styles.js';
import { renderAgentList, renderAgentsHeader, renderLoadError, renderNoAgentsUrl } from './agent-list.js';
import type { AgentTab } from './agent-page.js';
import { AgentViews } from './agent-views.js';
import { AgentActionsController } from './agent-actions-controller.js';
import { loadAgentsData, withInlines, type AgentsData } from './agents-data.js';
import { nounWords, type Noun } from './agent-text.js';
import { TaskStoreController } from '../shared/task-store-controller.js';
import type { AgentsClient } from '../../agents/client.js';
import { listActionDefinitions } from '../../agents/calls.js';
import type { Agent, Execution } from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { agentsClientOf } from '../../state/agents-clients.js';
import { toApiError } from '../../api/errors.js';

type View =
  | { kind: 'list' }
  | { kind: 'agent'; tab: AgentTab }
  | { kind: 'run' }
  | { kind: 'form'; editing: Agent | undefined };

/**
 * @tagname reach-agents
 * @summary Kaltura agents (Publishing Agent / Agentic Workflows): list, activate or run, follow activity.
 *
 * An administrator session creates, edits, activates and deletes agents; a USER session (a KMS page's) sees
 * them, runs the on-demand ones on media it owns and follows them, and is told what takes an administrator.
 *
 * @fires reach-agent-changed {ReachAgentChangedEvent} - an agent was activated, deactivated or deleted
 * @fires reach-agent-run {ReachAgentRunEvent} - an on-demand agent was run, with one execution per entry
 * @csspart agents - the list of agents
 * @csspart agent - one agent in the list
 * @csspart status - an agent's Active / Inactive badge
 * @csspart agent-header - the agent page's header
 * @csspart media-picker - the media picker of a run
 * @csspart preflight - what a run would order
 * @csspart run-bar - the bar with Run now
 * @csspart executions - the runs in the Activity tab
 * @csspart execution - one run
 * @csspart dialog - a confirmation
 * @csspart empty - the message shown when there are no agents
 */
@localized()
export class ReachAgents extends ReachElement {
  static override styles = [baseStyles, agentsStyles];

  /** The Agents Manager (e.g. `https://agents-manager.nvp1.ovp.kaltura.com`); wins over the provider's. */
  @property({ attribute: 'agents-url' }) agentsUrl?: string;
  /** The host's word for the product: `agent` (Publishing Agent) or `workflow` (Agentic Workflows). */
  @property() noun: Noun = 'agent';
  /** Opens this agent's page. */
  @property({ attribute: 'agent-id' }) agentId?: string;

  @state() private view: View = { kind: 'list' };
  @state() private agents: Agent[] = [];
  @state() private agent: Agent | undefined;
  @state() private lastRuns = new Map<string, Execution>();
  @state() private categories = new Map<string, Category>();
  @state() private catalog = new Map<number, VendorCatalogItem>();
  /**
   * The session may create, change and delete agents: an administrator's (ADMIN_BASE, kaltura-rules §3.6).
   * A USER session reads the agents, runs the on-demand ones on its own media and follows them.
   */
  @state() private manages = true;

  /** The parts loaded on first use (the agent's page, the run, the form) and their views. */
  readonly #views = new AgentViews(this, {
    session: () => this.session,
    agent: () => this.agent,
    client: () => this.#client(),
    definitions: () => this.#definitions.value,
    noun: () => this.noun,
    categories: () => this.categories,
    catalog: () => this.catalog,
    manages: () => this.manages,
    actions: () => this.#actions,
    reportError: (error) => this.reportError(error),
    focusAfterUpdate: (id) => this.focusAfterUpdate(id),
    focusStayed: (opener) => this.focusStayed(opener),
    backToList: () => this.#backToList(),
    selectTab: (tab) => this.#selectTab(tab),
    startRun: () => this.#startRun(),
    openForm: (editing) => this.#openForm(editing),
    cancelForm: (editing) => this.#cancelForm(editing),
    cancelRun: () => this.#cancelRun(),
  });

  /** The list and the look-ups its words need; with `agent-id`, that agent's page. */
  readonly #load = this.sessionTask(
    ([agentsUrl, agentId], session, signal) =>
      agentsUrl
        ? this.#loadAll(session, agentsClientOf(session, agentsUrl), agentId, signal)
        : Promise.resolve(initialState),
    () => [this.agentsUrl || this.settings.agentsUrl, this.agentId?.trim()] as const,
  );

  /** What actions the account offers, read when the create / edit form opens. */
  readonly #definitions = this.sessionTask(
    ([agentsUrl, open], session, signal) =>
      agentsUrl && open
        ? agentsClientOf(session, agentsUrl)
            .call(listActionDefinitions(), { signal })
            .then((list) => list.objects)
        : Promise.resolve(initialState),
    () => [this.agentsUrl || this.settings.agentsUrl, this.view.kind === 'form'] as const,
  );

  readonly #actions = new AgentActionsController(this, {
    client: () => this.#client(),
    noun: () => this.noun,
    announce: (text) => this.announce(text),
    reportError: (failure) => this.reportError(failure),
    focus: (id) => this.focusAfterUpdate(id),
    changed: (agent) => this.#replaceAgent(agent),
    saved: (agent, editing) => {
      if (editing) this.#replaceAgent(agent);
      else this.agents = [agent, ...this.agents];
      return this.#open(agent, 'overview');
    },
    removed: (agent) => {
      this.agents = this.agents.filter((known) => known.id !== agent.id);
      this.#backToList();
    },
    ran: (agent) => {
      this.#views.runMode.loaded?.parts.picker.stop();
      this.view = { kind: 'agent', tab: 'activity' };
      this.focusAfterUpdate('tab-activity');
      this.#views.detail.use(({ activity }) => {
        if (this.view.kind === 'agent' && this.view.tab === 'activity' && this.agent?.id === agent.id)
          void activity.show(agent.id, '');
      });
    },
  });

  /** The `agent-id` whose page was opened. */
  #openedFor: string | undefined;

  constructor() {
    super();
    // Step statuses come from the shared task store: draw again when a task changes.
    this.addController(
      new TaskStoreController(
        () => this.session,
        () => this.requestUpdate(),
      ),
    );
  }

  /** Asks the server again for what is shown: the list and, on the Activity tab, the open agent's executions. */
  override async refresh(): Promise<void> {
    await super.refresh();
    const activity = this.#views.detail.loaded?.activity;
    if (this.view.kind === 'agent' && this.view.tab === 'activity' && this.agent) await activity?.show(this.agent.id);
  }

  #client(): AgentsClient | undefined {
    const url = this.agentsUrl || this.settings.agentsUrl;
    return url && this.session ? agentsClientOf(this.session, url) : undefined;
  }

  /** Loads the list and its look-ups; opens the agent `agent-id` names the first time it is asked for. */
  async #loadAll(
    session: ReachSession,
    client: AgentsClient,
    agentId: string | undefined,
    signal: AbortSignal,
  ): Promise<void> {
    const opening = agentId && agentId !== this.#openedFor ? agentId : undefined;
    // The agent's page comes with the data it shows.
    if (opening) this.#views.detail.want();
    let data: AgentsData;
    try {
      data = await loadAgentsData(session, client, opening, signal);
    } catch (error) {
      // sessionTask reports the failure; the task's error is the project's error type, which the notice reads.
      throw toApiError(error);
    }
    this.agents = data.agents;
    this.lastRuns = data.lastRuns;
    if (data.categories) this.categories = data.categories;
    if (data.catalog) this.catalog = data.catalog;
    this.manages = data.details?.isAdmin ?? true;
    if (data.opened) {
      this.#openedFor = opening;
      await this.#open(data.opened, 'overview', false);
    } else if (this.view.kind !== 'list' && this.agent) {
      const current = this.agents.find((agent) => agent.id === this.agent!.id);
      if (current) this.agent = current;
    }
  }

  async #open(agent: Agent, tab: AgentTab, focus = true): Promise<void> {
    this.#actions.clearError();
    this.agent = agent;
    this.#showTab(agent, tab);
    if (focus) this.#views.focusWhenCome(this.#views.detail, 'agent-title', () => this.view.kind === 'agent');
    const client = this.#client();
    if (!client) return;
    try {
      this.agent = await withInlines(client, agent, this.abortSignal);
    } catch (error) {
      this.#actions.fail(error);
    }
  }

  #selectTab(tab: AgentTab): void {
    if (!this.agent) return;
    this.focusAfterUpdate(`tab-${tab}`);
    this.#showTab(this.agent, tab);
  }

  /** Shows the agent's tab; the Activity tab follows its executions while it is shown. */
  #showTab(agent: Agent, tab: AgentTab): void {
    this.view = { kind: 'agent', tab };
    // Until the page's part has come, its "Loading…" shows; it shows the tab then.
    this.#views.detail.use(({ activity }) => {
      if (this.view.kind !== 'agent' || this.view.tab !== tab || this.agent?.id !== agent.id) return;
      if (tab === 'activity') void activity.show(agent.id);
      else activity.stop();
    });
  }

  #backToList(): void {
    this.#views.detail.loaded?.activity.stop();
    this.#views.runMode.loaded?.parts.picker.stop();
    this.view = { kind: 'list' };
    this.agent = undefined;
    this.#actions.clearError();
    void this.#load.run();
  }

  #replaceAgent(agent: Agent): void {
    this.agent = agent;
    this.agents = this.agents.map((known) => (known.id === agent.id ? agent : known));
  }

  #openForm(editing: Agent | undefined): void {
    this.#actions.clearError();
    const view: View = { kind: 'form', editing };
    this.view = view;
    // Until the form's part has come, its "Loading…" shows; it starts the draft then.
    this.#views.agentForm.use(({ draft }) => {
      if (this.view === view) draft.start(editing);
    });
    this.#views.focusWhenCome(this.#views.agentForm, 'form-title', () => this.view === view);
  }

  #startRun(): void {
    this.#actions.clearError();
    const view: View = { kind: 'run' };
    this.view = view;
    // Until the run part has come, its "Loading…" shows; it starts the run then.
    this.#views.runMode.use(({ parts }) => {
      if (this.view !== view) return;
      parts.preflight.reset();
      parts.picker.start();
    });
    this.#views.focusWhenCome(this.#views.runMode, 'run-title', () => this.view === view);
  }

  protected override render(): TemplateResult {
    if (!this.settings.ks) return html`${this.renderMissingKs()}${this.renderLiveRegion()}`;
    const loaded = this.#load.status === TaskStatus.COMPLETE;
    return html`<div class="agents-shell" part="panel">
      ${this.renderSessionNotice()}
      ${renderAgentsHeader({
        noun: this.noun,
        create: this.view.kind === 'list' && loaded && this.manages ? () => this.#openForm(undefined) : undefined,
        prepareCreate: this.#views.agentForm.want,
        userSession: !this.manages && loaded && this.view.kind !== 'run',
      })}
      ${this.#renderBody()} ${this.#views.renderDialog(this.agent)}
      ${this.renderLiveRegion()}
    </div>`;
  }

  #renderBody(): TemplateResult {
    if (!(this.agentsUrl || this.settings.agentsUrl)) return renderNoAgentsUrl();
    const loading = html`<p class="muted loading">${msg('Loading…')}</p>`;
    return this.#load.render({
      initial: () => loading,
      pending: () => (this.view.kind === 'list' ? loading : this.#renderView()),
      complete: () => this.#renderView(),
      error: (error) => renderLoadError(toApiError(error), this.noun, () => void this.#load.run()),
    }) as TemplateResult;
  }

  #cancelForm(editing: Agent | undefined): void {
    if (editing) void this.#open(editing, 'overview');
    else this.#backToList();
  }

  #cancelRun(): void {
    this.#views.runMode.loaded?.parts.picker.stop();
    this.view = { kind: 'agent', tab: 'overview' };
    this.focusAfterUpdate('main-action');
  }

  #renderView(): TemplateResult {
    const now = this.serverNow();
    if (this.view.kind === 'form') {
      const { editing } = this.view;
      return this.#views.renderPart(
        this.#views.agentForm,
        (part) => this.#views.renderForm(part, editing),
        () => this.#openForm(editing),
        html`<button type="button" @click=${() => this.#cancelForm(editing)}>${msg('Cancel')}</button>`,
      );
    }
    if (this.view.kind === 'list' || !this.agent) {
      return renderAgentList({
        noun: this.noun,
        agents: this.agents,
        lastRuns: this.lastRuns,
        categories: this.categories,
        catalog: this.catalog,
        now,
        open: (agent) => void this.#open(agent, 'overview'),
        prepare: this.#views.detail.want,
      });
    }
    const agent = this.agent;
    if (this.view.kind === 'run')
      return this.#views.renderPart(
        this.#views.runMode,
        (run) => this.#views.renderRun(run, agent),
        () => this.#startRun(),
        html`<button type="button" @click=${() => this.#cancelRun()}>${msg('Cancel')}</button>`,
      );
    const tab = this.view.tab;
    return this.#views.renderPart(
      this.#views.detail,
      (part) => this.#views.renderPage(part, agent, tab, now),
      () => void this.#open(agent, tab),
      html`<button type="button" class="link" @click=${() => this.#backToList()}>
        <span aria-hidden="true">←</span> ${nounWords(this.noun).back}
      </button>`,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-agents': ReachAgents;
  }
}
