import type { LitElement, ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { AgentsClient } from '../../agents/client.js';
import { runAgent, updateAgent } from '../../agents/adapter.js';
import { removeAgent, startRemoval, type AgentRemoval } from '../../agents/removal.js';
import type { ActionDefinition, Agent } from '../../agents/schemas.js';
import { isAborted, toApiError, type KalturaApiError } from '../../api/errors.js';
import { ReachAgentChangedEvent, ReachAgentRunEvent } from '../../events.js';
import { isolate } from '../shared/order-text.js';
import type { ConfirmKind } from './agent-page.js';
import { agentsErrorText, nounWords, runStartedText, type Noun } from './agent-text.js';
import type { DraftController } from './draft-controller.js';

export interface AgentActionsOptions {
  client: () => AgentsClient | undefined;
  noun: () => Noun;
  announce: (text: string) => void;
  reportError: (failure: KalturaApiError) => void;
  focus: (id: string) => void;
  /** The server answered with the agent changed (activated or deactivated): the element shows it. */
  changed: (agent: Agent) => void;
  /** The agent was saved (created when `editing` is undefined): the element lists it and opens it. */
  saved: (agent: Agent, editing: Agent | undefined) => Promise<void>;
  /** The agent is gone: the element drops it and goes back to the list. */
  removed: (agent: Agent) => void;
  /** The agent was run: the element shows its activity. */
  ran: (agent: Agent) => void;
}

/**
 * What changes an agent on the Agents Manager: activate / deactivate (after a confirmation for activate),
 * save a draft, delete (after a confirmation; a deletion that failed half-way is finished, not started
 * again), run. One change at a time: none starts while another is on its way. Each fires its event and
 * says what happened; a failure is reported, shown and said.
 */
export class AgentActionsController implements ReactiveController {
  /** A change is on its way to the server. */
  busy = false;
  /** Why the last change failed. */
  #error: KalturaApiError | undefined;
  /** The confirmation open. */
  dialog: ConfirmKind | undefined;
  /** A deletion that failed half-way: Delete again (of the same agent) finishes it. */
  #deletion: AgentRemoval | undefined;

  constructor(
    private readonly host: LitElement,
    private readonly options: AgentActionsOptions,
  ) {
    host.addController(this);
  }

  /** The confirmation is drawn as a `<dialog>`: it opens modal once it is in the page. */
  hostUpdated(): void {
    const dialog = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog#confirm');
    if (dialog && !dialog.open) dialog.showModal();
  }

  /** What the last failure means to the user, if the last change failed. */
  get errorText(): string | undefined {
    return this.#error ? agentsErrorText(this.#error, this.options.noun()) : undefined;
  }

  clearError(): void {
    this.#error = undefined;
    this.host.requestUpdate();
  }

  confirm(kind: ConfirmKind): void {
    this.dialog = kind;
    this.host.requestUpdate();
  }

  /** The confirmation was dismissed: the focus goes back to the agent's main button. */
  dismiss(): void {
    this.dialog = undefined;
    this.host.requestUpdate();
    this.options.focus('main-action');
  }

  /** The confirmation's OK: activates or deletes `agent`. */
  confirmed(agent: Agent): Promise<void> {
    return this.dialog === 'activate' ? this.setStatus(agent, 'Enabled') : this.remove(agent);
  }

  /** Reports, shows and says a failure (one of a change, or of a read the element made); an abort is none. */
  fail(error: unknown): void {
    if (isAborted(error)) return;
    const failure = toApiError(error);
    this.options.reportError(failure);
    this.#error = failure;
    this.host.requestUpdate();
    this.options.announce(agentsErrorText(failure, this.options.noun()));
  }

  async setStatus(agent: Agent, status: 'Enabled' | 'Disabled'): Promise<void> {
    await this.#act(
      (client) => client.call(updateAgent(agent.id, { status })),
      (answer) => {
        // An update may answer without the inline trigger and actions: keep those we know.
        const updated = {
          ...answer,
          trigger: answer.trigger ?? agent.trigger,
          actions: answer.actions ?? agent.actions,
        };
        this.options.changed(updated);
        this.dialog = undefined;
        this.host.dispatchEvent(new ReachAgentChangedEvent(updated));
        const words = nounWords(this.options.noun());
        this.options.announce(status === 'Enabled' ? words.activated : words.deactivated);
        this.options.focus('main-action');
      },
    );
  }

  /** Saves the draft (a new agent unless `editing`), once it has no problems. */
  async save(
    editing: Agent | undefined,
    form: DraftController,
    definitions: readonly ActionDefinition[] | undefined,
  ): Promise<void> {
    if (!definitions || !this.options.client() || this.busy || !form.check(definitions)) return;
    await this.#act(
      (client) => form.save(client, editing, definitions),
      (saved) => {
        this.host.dispatchEvent(new ReachAgentChangedEvent(saved));
        this.options.announce(msg(str`Saved "${isolate(saved.name)}".`));
        return this.options.saved(saved, editing);
      },
    );
  }

  async remove(agent: Agent): Promise<void> {
    const removal = this.#deletion?.agent.id === agent.id ? this.#deletion : startRemoval(agent);
    await this.#act(
      (client) => {
        this.#deletion = removal;
        return removeAgent(client, removal);
      },
      () => {
        this.#deletion = undefined;
        this.dialog = undefined;
        this.host.dispatchEvent(new ReachAgentChangedEvent({ ...removal.agent, status: 'Deleted' }));
        this.options.announce(nounWords(this.options.noun()).deleted);
        this.options.removed(removal.agent);
      },
    );
  }

  async run(agent: Agent, entryIds: readonly string[]): Promise<void> {
    if (entryIds.length === 0) return;
    await this.#act(
      (client) => client.call(runAgent(agent.id, entryIds)),
      (executions) => {
        this.host.dispatchEvent(
          new ReachAgentRunEvent(
            agent,
            executions.map((execution) => execution.id),
          ),
        );
        this.options.announce(runStartedText(executions.length));
        this.options.ran(agent);
      },
    );
  }

  /**
   * Sends one change (`send`), unless another is on its way, and shows its outcome (`show`). A failure
   * closes the confirmation and is shown. After a `show` that returns nothing, `busy` ends in the same
   * microtask: the update that draws the outcome has the buttons enabled, so the focus can move to one.
   */
  async #act<T>(send: (client: AgentsClient) => Promise<T>, show: (outcome: T) => void | Promise<void>): Promise<void> {
    const client = this.options.client();
    if (!client || this.busy) return;
    this.busy = true;
    this.#error = undefined;
    this.host.requestUpdate();
    try {
      const showing = show(await send(client));
      if (showing) await showing;
    } catch (error) {
      this.dialog = undefined;
      this.fail(error);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }
}
