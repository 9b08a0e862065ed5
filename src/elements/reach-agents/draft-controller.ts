import type { ReactiveControllerHost } from 'lit';
import type { AgentsClient } from '../../agents/client.js';
import {
  createFromDraft,
  draftOf,
  draftProblems,
  emptyDraft,
  updateFromDraft,
  type AgentDraft,
  type DraftAction,
  type DraftProblem,
} from '../../agents/draft.js';
import type { ActionDefinition, Agent } from '../../agents/schemas.js';

/**
 * The agent being created or edited: its draft and, once the user tried to save, the draft's problems,
 * which follow every change from then on.
 */
export class DraftController {
  draft: AgentDraft = emptyDraft();
  problems: readonly DraftProblem[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    /** What actions the account offers, once read. */
    private readonly definitions: () => readonly ActionDefinition[] | undefined,
    /** Moves the focus (to the first problem) once drawn. */
    private readonly focus: (id: string) => void,
  ) {}

  /** Starts from the agent being edited, or from an empty draft. */
  start(editing: Agent | undefined): void {
    this.draft = editing ? draftOf(editing) : emptyDraft();
    this.problems = [];
    this.host.requestUpdate();
  }

  change(changes: Partial<AgentDraft>): void {
    this.#set({ ...this.draft, ...changes });
  }

  changeAction(type: string, changes: Partial<DraftAction>): void {
    const current = this.draft.actions[type] ?? { on: false, catalogItemId: undefined, profileId: undefined };
    this.#set({ ...this.draft, actions: { ...this.draft.actions, [type]: { ...current, ...changes } } });
  }

  /** Whether the draft may be saved; if not, its problems show and the first takes the focus. */
  check(definitions: readonly ActionDefinition[]): boolean {
    const problems = draftProblems(this.draft, definitions);
    this.problems = problems;
    this.host.requestUpdate();
    if (problems.length === 0) return true;
    this.focus(problems[0] === 'name-required' ? 'agent-name' : `problem-${problems[0]}`);
    return false;
  }

  /** Sends the draft: a new agent, or the changes to `editing`. */
  save(client: AgentsClient, editing: Agent | undefined, definitions: readonly ActionDefinition[]): Promise<Agent> {
    return editing
      ? updateFromDraft(client, editing, this.draft, definitions)
      : createFromDraft(client, this.draft, definitions);
  }

  #set(draft: AgentDraft): void {
    this.draft = draft;
    if (this.problems.length > 0) this.problems = draftProblems(draft, this.definitions() ?? []);
    this.host.requestUpdate();
  }
}
