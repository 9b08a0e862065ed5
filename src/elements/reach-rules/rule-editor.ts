import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { Category } from '../../reach/categories.js';
import type { RuleDraft, RuleTrigger } from '../../reach/profile-rules.js';
import type { ReachSession } from '../../state/session.js';
import type { EventNotificationTemplate, VendorCatalogItem } from '../../reach/schemas.js';
import { featureLabel, fidelityLabel, turnaroundLabel } from '../shared/labels.js';
import { catalogLanguage, priceText, unitPriceText } from '../shared/order-text.js';
import { formatCredit } from '../shared/format.js';
import { estimatePrice } from '../../reach/pricing.js';
import { plural } from '../../i18n/plural.js';
import { serviceLabel, type RuleNames } from './rule-text.js';
import type { Editing, EditingActions } from './rule-editing-controller.js';
import type { TemplateFormController } from './template-form-controller.js';

// One rule being written: when it orders (always, a category, a Boolean template) and what (catalog items
// grouped by service), and whether it stops the rules after it. Loaded the first time a rule is added or edited
// (rule-editing-controller.ts): the editor brings its styles and the controller of its template form.
export { ruleEditorStyles } from './rule-editor.styles.js';
export { TemplateFormController } from './template-form-controller.js';

/** Creating a partner template from one of Kaltura's system templates. */
export interface TemplateForm {
  readonly system: readonly EventNotificationTemplate[] | undefined;
  readonly systemId: number | undefined;
  readonly name: string;
  /** Values of the system template's parameters (e.g. trigger_tags), by key. */
  readonly parameters: Readonly<Record<string, string>>;
  readonly busy: boolean;
  readonly error: string | undefined;
}

export interface RuleEditorView {
  readonly names: RuleNames;
  readonly draft: RuleDraft;
  readonly isNew: boolean;
  readonly categorySearch: string;
  readonly templateForm: TemplateForm | undefined;
  /** Why the rule cannot be kept yet (no item chosen, no category…), shown after a first try. */
  readonly problem: string | undefined;
  readonly setTrigger: (trigger: RuleTrigger) => void;
  readonly setCategorySearch: (text: string) => void;
  readonly toggleItem: (id: number, on: boolean) => void;
  readonly setStop: (stop: boolean) => void;
  readonly openTemplateForm: () => void;
  readonly changeTemplateForm: (change: Partial<TemplateForm>) => void;
  readonly createTemplate: () => void;
  readonly done: () => void;
  readonly cancel: () => void;
}

/** Why the rule cannot be kept yet, if it cannot. */
export function editorProblem(draft: RuleDraft): string | undefined {
  if (draft.trigger.kind === 'category' && draft.trigger.categoryIds.length === 0)
    return msg('Choose at least one category.');
  if (draft.trigger.kind === 'template' && draft.trigger.templateIds.length === 0)
    return msg('Choose a template, or create one from a system template.');
  if (draft.catalogItemIds.length === 0) return msg('Choose at least one service to order.');
  return undefined;
}

export function renderRuleEditor(view: RuleEditorView) {
  const title = view.isNew ? msg('New rule') : msg('Edit rule');
  return html`<section class="editor box" part="editor" aria-labelledby="editor-title">
    <h3 id="editor-title" tabindex="-1">${title}</h3>
    ${renderWhen(view)} ${renderItems(view)}
    <label class="stop">
      <input type="checkbox" id="editor-stop" .checked=${view.draft.stopProcessing} @change=${(event: Event) => view.setStop((event.target as HTMLInputElement).checked)} />
      ${msg('Stop here when this rule matches (later rules are not checked)')}
    </label>
    ${view.problem ? html`<p class="error" id="editor-problem" role="alert">${view.problem}</p>` : nothing}
    <div class="bar">
      <button type="button" class="primary" id="editor-done" @click=${() => view.done()}>${view.isNew ? msg('Add this rule') : msg('Keep these changes')}</button>
      <button type="button" id="editor-cancel" @click=${() => view.cancel()}>${msg('Cancel')}</button>
    </div>
  </section>`;
}

/** The rule being edited in the editor, its changes made through `act`, its template form through `templates`. */
export function renderEditing(
  editing: Editing,
  names: RuleNames,
  session: ReachSession,
  templates: TemplateFormController,
  act: EditingActions,
) {
  const { draft } = editing;
  return renderRuleEditor({
    names,
    draft,
    isNew: editing.index === 'new',
    categorySearch: editing.search,
    templateForm: templates.form,
    problem: editing.tried ? editorProblem(draft) : undefined,
    setTrigger: (trigger) => act.changeDraft({ trigger }),
    setCategorySearch: (search) => act.change({ search }),
    toggleItem: (id, on) =>
      act.changeDraft({
        catalogItemIds: on ? [...draft.catalogItemIds, id] : draft.catalogItemIds.filter((item) => item !== id),
      }),
    setStop: (stopProcessing) => act.changeDraft({ stopProcessing }),
    openTemplateForm: () => void templates.open(session),
    changeTemplateForm: (change) => templates.change(change),
    createTemplate: () => void createTemplate(templates, session, act),
    done: () => act.finish(true),
    cancel: () => act.finish(false),
  });
}

async function createTemplate(templates: TemplateFormController, session: ReachSession, act: EditingActions) {
  const template = await templates.create(session);
  if (!template) return;
  act.changeDraft({ trigger: { kind: 'template', templateIds: [template.id] } });
  act.announce(msg(str`Template ${template.name ?? template.id} created and active.`));
  act.focusAfterUpdate('template');
}

function renderWhen(view: RuleEditorView) {
  const { trigger } = view.draft;
  const { categories, templates } = view.names;
  const choose = (kind: RuleTrigger['kind']) => {
    if (kind === trigger.kind) return;
    if (kind === 'always') view.setTrigger({ kind });
    if (kind === 'category') view.setTrigger({ kind, categoryIds: [] });
    if (kind === 'template') view.setTrigger({ kind, templateIds: templates[0] ? [templates[0].id] : [] });
  };
  const radio = (kind: RuleTrigger['kind'], label: string) => html`<label class="choice">
    <input type="radio" name="when" value=${kind} .checked=${trigger.kind === kind} @change=${() => choose(kind)} />${label}
  </label>`;
  return html`<fieldset class="when">
    <legend>${msg('When')}</legend>
    ${radio('always', msg('Always: every entry that becomes ready'))}
    ${radio('category', msg('An entry is added to a category'))}
    ${radio('template', msg('A Boolean event notification template fires'))}
    ${trigger.kind === 'other' ? html`<p class="hint">${msg('This rule has conditions this editor cannot show; they are kept as they are.')}</p>` : nothing}
    ${trigger.kind === 'category' ? renderCategoryTree(view, categories, trigger.categoryIds) : nothing}
    ${trigger.kind === 'template' ? renderTemplatePicker(view, templates, trigger.templateIds) : nothing}
  </fieldset>`;
}

function renderCategoryTree(view: RuleEditorView, categories: readonly Category[], chosen: readonly number[]) {
  const search = view.categorySearch.trim().toLowerCase();
  // A match shows the categories above it too, so the tree stays a tree.
  const matching = categories.filter((category) =>
    (category.fullName ?? category.name ?? '').toLowerCase().includes(search),
  );
  const shownIds = new Set(
    matching.flatMap((category) => (category.fullIds ?? String(category.id)).split('>').map(Number)),
  );
  const shown = categories.filter((category) => shownIds.has(category.id));
  const toggle = (id: number, on: boolean) =>
    view.setTrigger({
      kind: 'category',
      categoryIds: on ? [...chosen, id] : chosen.filter((candidate) => candidate !== id),
    });
  return html`<div class="categories">
    <label for="category-search">${msg('Find a category')}</label>
    <input id="category-search" type="search" .value=${view.categorySearch} @input=${(event: Event) => view.setCategorySearch((event.target as HTMLInputElement).value)} />
    <ul class="tree" aria-label=${msg('Categories')}>
      ${shown.map(
        (category) => html`<li class="depth-${Math.min(category.depth ?? 0, 5)}">
          <label>
            <input type="checkbox" name="category" value=${category.id} .checked=${chosen.includes(category.id)}
              @change=${(event: Event) => toggle(category.id, (event.target as HTMLInputElement).checked)} />
            ${category.name}
          </label>
        </li>`,
      )}
    </ul>
    ${shown.length === 0 ? html`<p class="empty">${msg('No category has that name.')}</p>` : nothing}
  </div>`;
}

function renderTemplatePicker(
  view: RuleEditorView,
  templates: readonly EventNotificationTemplate[],
  chosen: readonly number[],
) {
  return html`<div class="templates">
    ${
      templates.length === 0
        ? html`<p class="empty">${msg('This account has no Boolean templates yet. Create one from a system template.')}</p>`
        : html`<label for="template">${msg('Template')}</label>
          <select id="template" @change=${(event: Event) => view.setTrigger({ kind: 'template', templateIds: [Number((event.target as HTMLSelectElement).value)] })}>
            ${templates.map((template) => html`<option value=${template.id} ?selected=${chosen.includes(template.id)}>${template.name ?? template.id}</option>`)}
          </select>`
    }
    ${view.templateForm ? renderTemplateForm(view, view.templateForm) : html`<button type="button" id="new-template" @click=${() => view.openTemplateForm()}>${msg('Create from a system template')}</button>`}
  </div>`;
}

function renderTemplateForm(view: RuleEditorView, form: TemplateForm) {
  if (!form.system) return html`<p class="hint" role="status">${msg('Loading the system templates…')}</p>`;
  const system = form.system.find((template) => template.id === form.systemId);
  return html`<fieldset class="template-form">
    <legend>${msg('New template from a system template')}</legend>
    <label for="system-template">${msg('System template')}</label>
    <select id="system-template" @change=${(event: Event) => view.changeTemplateForm({ systemId: Number((event.target as HTMLSelectElement).value), parameters: {} })}>
      ${form.system.map((template) => html`<option value=${template.id} ?selected=${template.id === form.systemId}>${template.name ?? template.id}</option>`)}
    </select>
    ${system?.description ? html`<p class="hint">${system.description}</p>` : nothing}
    <label for="template-name">${msg('Name')}</label>
    <input id="template-name" .value=${form.name} @input=${(event: Event) => view.changeTemplateForm({ name: (event.target as HTMLInputElement).value })} />
    ${(system?.userParameters ?? []).map(
      (parameter) => html`<label for="parameter-${parameter.key}">${parameter.description ?? parameter.key}</label>
        <input id="parameter-${parameter.key}" .value=${form.parameters[parameter.key] ?? ''}
          @input=${(event: Event) => view.changeTemplateForm({ parameters: { ...form.parameters, [parameter.key]: (event.target as HTMLInputElement).value } })} />`,
    )}
    ${form.error ? html`<p class="error" role="alert">${form.error}</p>` : nothing}
    <button type="button" id="create-template" ?disabled=${form.busy} @click=${() => view.createTemplate()}>
      ${form.busy ? msg('Creating the template…') : msg('Create and activate the template')}
    </button>
  </fieldset>`;
}

function itemDetails(item: VendorCatalogItem): string {
  const estimate = estimatePrice(item, 60_000);
  const price =
    estimate.kind === 'fixed'
      ? plural(estimate.amount, {
          one: msg('1 credit per minute', { id: 'item-price.one' }),
          other: msg(str`${formatCredit(estimate.amount)} credits per minute`, { id: 'item-price.other' }),
        })
      : estimate.kind === 'free' || estimate.kind === 'unknown'
        ? priceText(estimate)
        : unitPriceText(estimate.pricePerUnit);
  const languages = [item.sourceLanguage, item.targetLanguage]
    .filter((language): language is NonNullable<typeof language> => Boolean(language))
    .map(catalogLanguage);
  // The catalog's own name tells apart items that are otherwise alike (two vendors of one service).
  return [
    item.name,
    languages.join(' → '),
    fidelityLabel(item.serviceType),
    turnaroundLabel(item.turnAroundTime),
    price,
  ]
    .filter(Boolean)
    .join(' · ');
}

function renderItems(view: RuleEditorView) {
  const groups = new Map<number, VendorCatalogItem[]>();
  for (const item of view.names.catalog.values())
    groups.set(item.serviceFeature, [...(groups.get(item.serviceFeature) ?? []), item]);
  const features = [...groups.keys()].sort((a, b) => featureLabel(a).localeCompare(featureLabel(b)));
  return html`<fieldset class="items">
    <legend>${msg('Order')}</legend>
    ${features.map(
      (feature) => html`<fieldset class="group">
        <legend>${featureLabel(feature)}</legend>
        ${groups.get(feature)!.map(
          (item) => html`<label class="item">
            <input type="checkbox" name="item" value=${item.id} .checked=${view.draft.catalogItemIds.includes(item.id)}
              @change=${(event: Event) => view.toggleItem(item.id, (event.target as HTMLInputElement).checked)} />
            <span class="item-name">${serviceLabel(item)}</span>
            <span class="item-details">${itemDetails(item)}</span>
          </label>`,
        )}
      </fieldset>`,
    )}
  </fieldset>`;
}
