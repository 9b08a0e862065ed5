import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { TriggerSystemName, type ActionDefinition, type Agent } from '../../agents/schemas.js';
import {
  actionUnavailable,
  type AgentDraft,
  type DraftAction,
  type DraftProblem,
  type DraftTrigger,
} from '../../agents/draft.js';
import { VendorCatalogItemPriceFunction } from '../../reach/enums.js';
import type { Category } from '../../reach/categories.js';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { formatCredit } from '../shared/format.js';
import { catalogLanguage, freeText } from '../shared/order-text.js';
import { categoryPathLabel } from '../shared/labels.js';
import { actionTypeLabel, nounWords, type Noun } from './agent-text.js';
import type { AgentViewsHost } from './agent-views.js';
import type { DraftController } from './draft-controller.js';

// Loaded on first use (agent-views.ts): the form brings its styles and the controller of its draft.
export { agentFormStyles } from './agent-form.styles.js';
export { DraftController } from './draft-controller.js';

export interface AgentFormView {
  noun: Noun;
  editing: boolean;
  draft: AgentDraft;
  definitions: readonly ActionDefinition[] | undefined;
  categories: readonly Category[];
  catalog: ReadonlyMap<number, VendorCatalogItem>;
  /** Shown once the user tried to save. */
  problems: readonly DraftProblem[];
  busy: boolean;
  errorText: string | undefined;
  change: (changes: Partial<AgentDraft>) => void;
  changeAction: (type: string, changes: Partial<DraftAction>) => void;
  save: () => void;
  cancel: () => void;
}

function problemText(problem: DraftProblem): string {
  switch (problem) {
    case 'name-required':
      return msg('Give it a name.');
    case 'category-required':
      return msg('Choose at least one category.');
    case 'action-required':
      return msg('Choose at least one action.');
  }
}

/** Create or edit an agent: name, description, when it runs, what it does. */
export function renderAgentForm(view: AgentFormView): TemplateResult {
  const words = nounWords(view.noun);
  const problem = (which: DraftProblem) =>
    view.problems.includes(which)
      ? html`<p class="field-problem error" id="problem-${which}" tabindex="-1">${problemText(which)}</p>`
      : nothing;
  const described = (which: DraftProblem) => (view.problems.includes(which) ? `problem-${which}` : '');
  return html`<form class="agent-form" part="form" novalidate @submit=${(event: Event) => {
    event.preventDefault();
    view.save();
  }}>
    <h2 id="form-title" tabindex="-1">${view.editing ? msg('Edit') : words.create}</h2>
    <div class="field">
      <label for="agent-name">${msg('Name')}</label>
      <input id="agent-name" maxlength="256" .value=${live(view.draft.name)} aria-invalid=${view.problems.includes('name-required') ? 'true' : 'false'}
        aria-describedby=${described('name-required')} @input=${(event: Event) => view.change({ name: (event.target as HTMLInputElement).value })} />
      ${problem('name-required')}
    </div>
    <div class="field">
      <label for="agent-description">${msg('Description (optional)')}</label>
      <textarea id="agent-description" rows="2" maxlength="1024" .value=${live(view.draft.description)}
        @input=${(event: Event) => view.change({ description: (event.target as HTMLTextAreaElement).value })}></textarea>
    </div>
    <fieldset class="step-card">
      <legend><span class="step-badge" aria-hidden="true">1</span> ${msg('When')}</legend>
      ${triggerChoice(view, TriggerSystemName.ENTRY_READY, msg('When media is uploaded'))}
      ${triggerChoice(view, TriggerSystemName.ENTRY_ADDED_TO_CATEGORY, msg('When media is added to categories'))}
      ${view.draft.trigger === TriggerSystemName.ENTRY_ADDED_TO_CATEGORY ? renderCategories(view, problem('category-required'), described('category-required')) : nothing}
      ${triggerChoice(view, TriggerSystemName.RUN_ON_DEMAND, msg('Run on demand'))}
    </fieldset>
    <fieldset class="step-card" aria-describedby=${described('action-required')}>
      <legend><span class="step-badge" aria-hidden="true">2</span> ${msg('Do')}</legend>
      ${
        view.definitions === undefined
          ? html`<p class="muted">${msg('Loading the actions available to the account…')}</p>`
          : html`<ul class="action-choices">${view.definitions.map((definition) => renderActionChoice(view, definition))}</ul>`
      }
      ${problem('action-required')}
    </fieldset>
    ${view.errorText ? html`<p class="notice error" role="alert">${view.errorText}</p>` : nothing}
    <div class="page-actions">
      <button type="button" @click=${view.cancel}>${msg('Cancel')}</button>
      <button type="submit" class="primary" ?disabled=${view.busy}>${msg('Save')}</button>
    </div>
  </form>`;
}

function triggerChoice(view: AgentFormView, trigger: DraftTrigger, label: string): TemplateResult {
  return html`<label class="choice">
    <input type="radio" name="trigger" .checked=${live(view.draft.trigger === trigger)} @change=${() => view.change({ trigger })} />
    <span>${label}</span>
  </label>`;
}

function renderCategories(
  view: AgentFormView,
  problem: TemplateResult | typeof nothing,
  describedBy: string,
): TemplateResult {
  const toggle = (id: string, on: boolean) =>
    view.change({
      categoryIds: on ? [...view.draft.categoryIds, id] : view.draft.categoryIds.filter((known) => known !== id),
    });
  return html`<div class="category-choice">
    <div class="category-list" role="group" aria-label=${msg('Categories')} aria-describedby=${describedBy}>
      ${view.categories.map(
        (category) => html`<label class="choice">
          <input type="checkbox" .checked=${live(view.draft.categoryIds.includes(String(category.id)))}
            @change=${(event: Event) => toggle(String(category.id), (event.target as HTMLInputElement).checked)} />
          <span><bdi>${categoryPathLabel(category)}</bdi></span>
        </label>`,
      )}
    </div>
    ${problem}
    <label class="choice">
      <input type="checkbox" .checked=${live(view.draft.includeSubcategories)} @change=${(event: Event) => view.change({ includeSubcategories: (event.target as HTMLInputElement).checked })} />
      <span>${msg('Include subcategories')}</span>
    </label>
  </div>`;
}

function unitPrice(item: VendorCatalogItem | undefined): string {
  const price = item?.pricing?.pricePerUnit;
  if (!price) return freeText();
  return item.pricing?.priceFunction === VendorCatalogItemPriceFunction.PRICE_PER_MINUTE
    ? msg(str`${formatCredit(price)} per minute`)
    : msg(str`${formatCredit(price)} per unit`);
}

function renderActionChoice(view: AgentFormView, definition: ActionDefinition): TemplateResult {
  const unavailable = actionUnavailable(definition);
  const chosen = view.draft.actions[definition.type] ?? { on: false, catalogItemId: undefined, profileId: undefined };
  const id = `action-${definition.type}`;
  const languages = definition.vendors.flatMap((vendor) =>
    vendor.languages.map((language) => ({ vendor: vendor.name, ...language })),
  );
  const itemId = chosen.catalogItemId ?? languages[0]?.catalogItemId;
  const reason =
    unavailable === 'no-profile'
      ? msg('Needs an active REACH profile.')
      : unavailable === 'no-catalog-item'
        ? msg('No service of this kind is enabled for the account.')
        : '';
  return html`<li class="action-choice ${unavailable ? 'unavailable' : ''}">
    <label class="choice">
      <input type="checkbox" id=${id} ?disabled=${Boolean(unavailable)} .checked=${live(chosen.on && !unavailable)}
        aria-describedby=${unavailable ? `${id}-why` : ''} @change=${(event: Event) => view.changeAction(definition.type, { on: (event.target as HTMLInputElement).checked })} />
      <span class="action-type">${actionTypeLabel(definition.type)}</span>
    </label>
    ${unavailable ? html`<p class="muted" id="${id}-why">${reason}</p>` : nothing}
    ${
      !unavailable && chosen.on && languages.length > 0
        ? html`<div class="action-settings">
          <label class="small-field">
            <span>${msg('Language and vendor')}</span>
            <select @change=${(event: Event) => view.changeAction(definition.type, { catalogItemId: Number((event.target as HTMLSelectElement).value) })}>
              ${languages.map(
                (
                  language,
                ) => html`<option value=${language.catalogItemId} ?selected=${language.catalogItemId === itemId}>
                  ${catalogLanguage(language.language)} · ${language.vendor}
                </option>`,
              )}
            </select>
          </label>
          <label class="small-field">
            <span>${msg('REACH profile')}</span>
            <select @change=${(event: Event) => view.changeAction(definition.type, { profileId: Number((event.target as HTMLSelectElement).value) })}>
              ${definition.reachProfiles.map(
                (profile) =>
                  html`<option value=${profile.id} ?selected=${profile.id === (chosen.profileId ?? definition.reachProfiles[0]?.id)}>${profile.name ?? profile.id}</option>`,
              )}
            </select>
          </label>
          <span class="muted unit-price">${unitPrice(itemId === undefined ? undefined : view.catalog.get(itemId))}</span>
        </div>`
        : nothing
    }
  </li>`;
}

/** The form for the agent being created (`editing` undefined) or edited, as the agents element shows it. */
export function renderFormView(
  host: AgentViewsHost,
  draft: DraftController,
  editing: Agent | undefined,
): TemplateResult {
  const actions = host.actions();
  return renderAgentForm({
    noun: host.noun(),
    editing: Boolean(editing),
    draft: draft.draft,
    definitions: host.definitions(),
    categories: [...host.categories().values()],
    catalog: host.catalog(),
    problems: draft.problems,
    busy: actions.busy,
    errorText: actions.errorText,
    change: (changes) => draft.change(changes),
    changeAction: (type, changes) => draft.changeAction(type, changes),
    save: () => void actions.save(editing, draft, host.definitions()),
    cancel: () => host.cancelForm(editing),
  });
}
