import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Agent, Execution } from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { formatRelative } from '../shared/format.js';
import { actionsText, agentsErrorText, executionStatusLabel, nounWords, triggerText, type Noun } from './agent-text.js';
import { AgentsErrorCode } from '../../agents/client.js';
import type { KalturaApiError } from '../../api/errors.js';

export interface AgentListView {
  noun: Noun;
  agents: readonly Agent[];
  lastRuns: ReadonlyMap<string, Execution>;
  categories: ReadonlyMap<string, Category>;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  now: number;
  open: (agent: Agent) => void;
  /** The pointer or the focus came to an agent: what opening it needs may start to load. */
  prepare: () => void;
}

export function renderAgentList(view: AgentListView): TemplateResult {
  const words = nounWords(view.noun);
  if (view.agents.length === 0) {
    return html`<div class="empty-state" part="empty">
      <p class="empty-title">${words.none}</p>
      <p class="muted">${words.noneHint}</p>
    </div>`;
  }
  return html`<ul class="agents" part="agents" aria-label=${words.listLabel}>
    ${view.agents.map((agent) => renderAgentCard(view, agent))}
  </ul>`;
}

function renderAgentCard(view: AgentListView, agent: Agent): TemplateResult {
  const lastRun = view.lastRuns.get(agent.id);
  const trigger = triggerText(agent.trigger, view.categories);
  return html`<li class="agent-card" part="agent">
    <span class="agent-icon" aria-hidden="true">${agentIcon()}</span>
    <div class="agent-summary">
      <h3 class="agent-name">
        <button type="button" class="card-link" @click=${() => view.open(agent)}
          @pointerenter=${view.prepare} @focus=${view.prepare}><bdi>${agent.name || agent.id}</bdi></button>
      </h3>
      <p class="agent-trigger">${trigger}</p>
      <p class="agent-actions muted">${actionsText(agent, view.catalog)}</p>
    </div>
    <div class="agent-state">
      ${statusPill(agent)}
      <p class="muted last-run">
        ${
          lastRun?.createdAt !== undefined
            ? msg(str`Last run ${formatRelative(lastRun.createdAt, view.now)}: ${executionStatusLabel(lastRun.status)}`)
            : msg('Not run yet')
        }
      </p>
    </div>
  </li>`;
}

/** Active / Inactive (on-demand agents are always ready to run). */
export function statusPill(agent: Agent): TemplateResult {
  if (agent.trigger?.systemName === 'RUN_ON_DEMAND')
    return html`<span class="pill on-demand" part="status">${msg('On demand')}</span>`;
  return agent.status === 'Enabled'
    ? html`<span class="pill active" part="status">${msg('Active')}</span>`
    : html`<span class="pill inactive" part="status">${msg('Inactive')}</span>`;
}

/** A small spark: the product's mark for automation. */
export function agentIcon(): TemplateResult {
  return html`<svg viewBox="0 0 24 24" width="20" height="20" focusable="false">
    <path fill="currentColor" d="M12 2l1.9 5.6L19.5 9.5l-5.6 1.9L12 17l-1.9-5.6L4.5 9.5l5.6-1.9L12 2zm6 11l.9 2.6 2.6.9-2.6.9L18 20l-.9-2.6-2.6-.9 2.6-.9L18 13z" />
  </svg>`;
}

/** Why the list could not load: agents not enabled and a KS that may not manage them are final; the rest may be tried again. */
export function renderLoadError(error: KalturaApiError, noun: Noun, retry: () => void): TemplateResult {
  const final = error.code === AgentsErrorCode.AGENTS_NOT_ENABLED || error.code === AgentsErrorCode.FORBIDDEN;
  return html`<div class="notice ${final ? '' : 'error'}" role="alert" part="notice">
    <p>${agentsErrorText(error, noun)}</p>
    ${final ? nothing : html`<button type="button" @click=${retry}>${msg('Try again')}</button>`}
  </div>`;
}

export interface AgentsHeaderView {
  noun: Noun;
  /** Starts a new agent; undefined where Create is not offered (not on the list, or not an administrator). */
  create: (() => void) | undefined;
  /** The pointer or the focus came to Create: the form may start to load. */
  prepareCreate: () => void;
  /** Says what a USER session may not do. */
  userSession: boolean;
}

/** The element's title with its Create button and, for a USER session, what takes an administrator. */
export function renderAgentsHeader(view: AgentsHeaderView): TemplateResult {
  const words = nounWords(view.noun);
  return html`<div class="shell-header">
      <h2 class="shell-title">${words.title}</h2>
      ${
        view.create
          ? html`<button type="button" class="primary" id="create" @click=${view.create}
              @pointerenter=${view.prepareCreate} @focus=${view.prepareCreate}>${words.create}</button>`
          : nothing
      }
    </div>
    ${view.userSession ? html`<p class="notice" part="notice" id="not-admin">${words.userSession}</p>` : nothing}`;
}

/** Shown instead of everything while the element has no Agents Manager to ask. */
export function renderNoAgentsUrl(): TemplateResult {
  const text = msg('This element needs the address of the Agents Manager (the agents-url attribute).');
  return html`<p class="notice" part="notice">${text}</p>`;
}
