import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isolate } from '../shared/order-text.js';
import { TriggerSystemName, type Agent, type Trigger } from '../../agents/schemas.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { actionText, categoryNames, nounWords, runsOnDemand, triggerText, type Noun } from './agent-text.js';
import { agentIcon, statusPill } from './agent-list.js';

export type AgentTab = 'overview' | 'activity';

export interface AgentPageView {
  noun: Noun;
  agent: Agent;
  tab: AgentTab;
  categories: ReadonlyMap<string, Category>;
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  /** A change is on its way to the server. */
  busy: boolean;
  /** The session may activate, edit and delete agents (not a USER session); anyone may run an on-demand one. */
  manages: boolean;
  back: () => void;
  selectTab: (tab: AgentTab) => void;
  activate: () => void;
  deactivate: () => void;
  run: () => void;
  remove: () => void;
  edit: () => void;
  /** The pointer or the focus came to Run: the run may start to load. */
  prepareRun: () => void;
  /** The pointer or the focus came to Edit: the form may start to load. */
  prepareEdit: () => void;
  /** Why the last change failed, if it did. */
  errorText: string | undefined;
  /** The selected tab's panel. */
  panel: TemplateResult;
}

/** The agent page: its name, state and main button, the Overview / Activity tabs and the panel shown. */
export function renderAgentPage(view: AgentPageView): TemplateResult {
  const { agent } = view;
  const words = nounWords(view.noun);
  const errorNotice = view.errorText ? html`<p class="notice error" role="alert">${view.errorText}</p>` : nothing;
  return html`${errorNotice}<div class="agent-page">
    <button type="button" class="back link" @click=${view.back}><span aria-hidden="true" class="arrow">←</span> ${words.back}</button>
    <div class="agent-header" part="agent-header">
      <span class="agent-icon large" aria-hidden="true">${agentIcon()}</span>
      <div class="agent-title">
        <h2 id="agent-title" tabindex="-1"><bdi>${agent.name || agent.id}</bdi></h2>
        ${statusPill(agent)}
      </div>
      <div class="agent-buttons">${mainButton(view)}</div>
    </div>
    <div class="tabs" role="tablist" aria-labelledby="agent-title">
      ${tab(view, 'overview', msg('Overview'))} ${tab(view, 'activity', msg('Activity'))}
    </div>
    <div class="tab-panel" role="tabpanel" id="panel-${view.tab}" aria-labelledby="tab-${view.tab}">${view.panel}</div>
  </div>`;
}

function tab(view: AgentPageView, name: AgentTab, label: string): TemplateResult {
  const selected = view.tab === name;
  const keys = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next: AgentTab = view.tab === 'overview' ? 'activity' : 'overview';
    view.selectTab(event.key === 'Home' ? 'overview' : event.key === 'End' ? 'activity' : next);
  };
  return html`<button
    type="button"
    role="tab"
    id="tab-${name}"
    class="tab"
    aria-selected=${selected ? 'true' : 'false'}
    aria-controls="panel-${name}"
    tabindex=${selected ? 0 : -1}
    @click=${() => view.selectTab(name)}
    @keydown=${keys}
  >
    ${label}
  </button>`;
}

function mainButton(view: AgentPageView): TemplateResult | typeof nothing {
  const { agent } = view;
  if (runsOnDemand(agent)) {
    return html`<button type="button" class="primary" id="main-action" @click=${view.run}
      @pointerenter=${view.prepareRun} @focus=${view.prepareRun}>${msg('Run')}</button>`;
  }
  if (!view.manages) return nothing;
  return agent.status === 'Enabled'
    ? html`<button type="button" class="danger-solid" id="main-action" ?disabled=${view.busy} @click=${view.deactivate}>${msg('Deactivate')}</button>`
    : html`<button type="button" class="primary" id="main-action" ?disabled=${view.busy} @click=${view.activate}>${msg('Activate')}</button>`;
}

/** The Overview tab: when the agent runs and what it does. */
export function renderOverview(view: Omit<AgentPageView, 'panel'>): TemplateResult {
  const { agent } = view;
  const actions = agent.actions?.workflowActions ?? [];
  return html`<div class="overview">
    ${agent.description ? html`<p class="description"><bdi>${agent.description}</bdi></p>` : nothing}
    <section class="step-card" aria-labelledby="when-title">
      <h3 id="when-title"><span class="step-badge" aria-hidden="true">1</span> ${msg('When')}</h3>
      <p>${triggerText(agent.trigger, view.categories)}</p>
      ${runsOnDemand(agent) ? nothing : html`<p class="muted">${activationText(agent.trigger, view.categories)}</p>`}
    </section>
    <section class="step-card" aria-labelledby="do-title">
      <h3 id="do-title"><span class="step-badge" aria-hidden="true">2</span> ${msg('Do')}</h3>
      ${
        actions.length === 0
          ? html`<p class="muted">${msg('No actions')}</p>`
          : html`<ol class="action-list">
            ${actions.map((action) => html`<li>${actionText(action, view.catalog)}</li>`)}
          </ol>`
      }
    </section>
    ${
      view.manages
        ? html`<div class="page-actions">
          <button type="button" ?disabled=${view.busy} @click=${view.edit}
            @pointerenter=${view.prepareEdit} @focus=${view.prepareEdit}>${msg('Edit')}</button>
          <button type="button" class="danger" ?disabled=${view.busy} @click=${view.remove}>${msg('Delete')}</button>
        </div>`
        : nothing
    }
  </div>`;
}

export type ConfirmKind = 'activate' | 'delete';

export interface AgentConfirmView {
  kind: ConfirmKind;
  noun: Noun;
  agent: Agent;
  categories: ReadonlyMap<string, Category>;
  busy: boolean;
  ok: () => void;
  cancel: () => void;
}

/** Activate says when the agent will run and how to follow it; Delete says what goes. */
export function renderAgentConfirm(view: AgentConfirmView): TemplateResult {
  const words = nounWords(view.noun);
  const common = { busy: view.busy, ok: view.ok, cancel: view.cancel };
  return view.kind === 'activate'
    ? renderConfirm({
        ...common,
        title: words.activateTitle,
        text: [activationText(view.agent.trigger, view.categories), words.follow],
        confirm: msg('Activate'),
        danger: false,
      })
    : renderConfirm({
        ...common,
        title: words.deleteTitle,
        text: [msg(str`"${isolate(view.agent.name)}" will be deleted.`), words.deleteText],
        confirm: msg('Delete'),
        danger: true,
      });
}

interface ConfirmView {
  title: string;
  text: readonly string[];
  confirm: string;
  danger: boolean;
  busy: boolean;
  ok: () => void;
  cancel: () => void;
}

/** A modal confirmation (opened with showModal by the element once drawn). */
function renderConfirm(view: ConfirmView): TemplateResult {
  return html`<dialog id="confirm" part="dialog" aria-labelledby="confirm-title" @cancel=${(event: Event) => {
    event.preventDefault();
    view.cancel();
  }}>
    <h2 id="confirm-title">${view.title}</h2>
    ${view.text.map((line) => html`<p>${line}</p>`)}
    <div class="dialog-buttons">
      <button type="button" @click=${view.cancel}>${msg('Cancel')}</button>
      <button type="button" class=${view.danger ? 'danger-solid' : 'primary'} ?disabled=${view.busy} @click=${view.ok}>${view.confirm}</button>
    </div>
  </dialog>`;
}

/** What activating means, for the confirmation. */
function activationText(trigger: Trigger | undefined, categories: ReadonlyMap<string, Category>): string {
  if (trigger?.systemName === TriggerSystemName.ENTRY_ADDED_TO_CATEGORY) {
    const names = categoryNames(trigger.triggerParameters?.categoryIds ?? [], categories);
    return trigger.triggerParameters?.includeSubcategories
      ? msg(str`It will run automatically for every entry added to ${names}, or to any of their subcategories.`)
      : msg(str`It will run automatically for every entry added to ${names}.`);
  }
  if (trigger?.systemName === TriggerSystemName.ENTRY_UPDATED)
    return msg('It will run automatically every time an entry changes.');
  return msg("It will run automatically every time an entry finishes processing and becomes 'Ready'.");
}
