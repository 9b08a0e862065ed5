import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { RuleDraft } from '../../reach/profile-rules.js';
import { formatDate } from '../shared/format.js';
import { ruleText, type RuleNames } from './rule-text.js';

// The rules in order, each a sentence with its buttons, the save bar, and the choice when someone else
// saved other rules meanwhile.

export interface RuleListView {
  readonly names: RuleNames;
  readonly drafts: readonly RuleDraft[];
  /** Why the rules cannot be changed here, or undefined when they can. */
  readonly readOnly: string | undefined;
  /** The rule being edited (its index), if any: its buttons wait. */
  readonly editing: number | 'new' | undefined;
  readonly dirty: boolean;
  readonly saving: boolean;
  /** Saved by this element and not changed since. */
  readonly saved: boolean;
  readonly add: () => void;
  readonly edit: (index: number) => void;
  readonly remove: (index: number) => void;
  readonly move: (index: number, by: -1 | 1) => void;
  readonly setStop: (index: number, stop: boolean) => void;
  readonly save: () => void;
  readonly discard: () => void;
  readonly preview: () => void;
  /** The pointer or the focus came to Add or Edit: the editor may start to load. */
  readonly prepareEditor: () => void;
  /** The pointer or the focus came to Preview: the preview may start to load. */
  readonly preparePreview: () => void;
}

export function renderRuleList(view: RuleListView) {
  const { drafts } = view;
  return html`<section class="rules box" part="rules" aria-labelledby="rules-title">
    <h3 id="rules-title">${msg('Automation rules')}</h3>
    <p class="hint">${msg('Rules are checked in this order. A rule that stops ends the check for the rules after it.')}</p>
    ${
      drafts.length === 0
        ? html`<p class="empty">${msg('No rules yet: nothing is ordered automatically.')}</p>`
        : html`<ol class="rule-list">${drafts.map((draft, index) => renderRule(view, draft, index))}</ol>`
    }
    ${view.readOnly ? nothing : renderRuleActions(view)}
  </section>`;
}

function renderRule(view: RuleListView, draft: RuleDraft, index: number) {
  const sentence = ruleText(draft, view.names);
  const position = index + 1;
  const last = view.drafts.length - 1;
  const busy = view.editing !== undefined || view.saving;
  // Which rule a button acts on, for screen readers (the visible text stays short).
  const ofRule = html`<span class="visually-hidden">${msg(str`, rule ${position}`)}</span>`;
  const onKey = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    const by = event.key === 'ArrowUp' ? -1 : 1;
    if (busy || index + by < 0 || index + by > last) return;
    event.preventDefault();
    view.move(index, by);
  };
  return html`<li class="rule" part="rule" aria-labelledby="rule-${index}-text" @keydown=${onKey}>
    <p class="sentence" id="rule-${index}-text">${sentence}</p>
    ${
      view.readOnly
        ? nothing
        : html`<div class="rule-buttons">
          <label class="stop">
            <input type="checkbox" id="rule-${index}-stop" .checked=${draft.stopProcessing} ?disabled=${busy}
              @change=${(event: Event) => view.setStop(index, (event.target as HTMLInputElement).checked)} />
            ${msg('Stop here when this rule matches')}
          </label>
          <button type="button" id="rule-${index}-up" ?disabled=${busy || index === 0} aria-keyshortcuts="Alt+ArrowUp"
            @click=${() => view.move(index, -1)}>${msg('Move up')}${ofRule}</button>
          <button type="button" id="rule-${index}-down" ?disabled=${busy || index === last} aria-keyshortcuts="Alt+ArrowDown"
            @click=${() => view.move(index, 1)}>${msg('Move down')}${ofRule}</button>
          <button type="button" id="rule-${index}-edit" ?disabled=${busy} @click=${() => view.edit(index)}
            @pointerenter=${view.prepareEditor} @focus=${view.prepareEditor}>${msg('Edit')}${ofRule}</button>
          <button type="button" id="rule-${index}-delete" ?disabled=${busy} @click=${() => view.remove(index)}>${msg('Delete')}${ofRule}</button>
        </div>`
    }
  </li>`;
}

function renderRuleActions(view: RuleListView) {
  const busy = view.editing !== undefined || view.saving;
  return html`<div class="bar" part="save-bar">
    <button type="button" id="add-rule" ?disabled=${busy} @click=${() => view.add()}
      @pointerenter=${view.prepareEditor} @focus=${view.prepareEditor}>${msg('Add a rule')}</button>
    <button type="button" id="preview" ?disabled=${view.editing !== undefined} @click=${() => view.preview()}
      @pointerenter=${view.preparePreview} @focus=${view.preparePreview}>${msg('Preview the last 30 days')}</button>
    <button type="button" class="primary" id="save-rules" ?disabled=${busy || !view.dirty} @click=${() => view.save()}>
      ${view.saving ? msg('Saving rules…') : msg('Save rules')}
    </button>
    ${view.dirty && !busy ? html`<button type="button" class="link" @click=${() => view.discard()}>${msg('Undo my changes')}</button>` : nothing}
    ${view.saved ? html`<span class="success">${msg('Rules saved.')}</span>` : nothing}
  </div>`;
}

export interface ConflictView {
  readonly part: 'rules' | 'dictionaries';
  /** When the other version was saved (unix seconds). */
  readonly theirsSavedAt: number | undefined;
  /** Each version in sentences (rules) or lines (dictionaries). */
  readonly theirs: readonly string[];
  readonly mine: readonly string[];
  readonly keepMine: () => void;
  readonly takeTheirs: () => void;
}

/** Someone saved the profile since it was loaded: both versions, and the admin chooses. */
export function renderConflict(view: ConflictView) {
  const when = view.theirsSavedAt ? formatDate(view.theirsSavedAt, true) : '';
  const title =
    view.part === 'rules' ? msg('Someone else changed these rules') : msg('Someone else changed these dictionaries');
  return html`<section class="conflict notice box" part="notice conflict" role="alert" aria-labelledby="conflict-title">
    <h3 id="conflict-title" tabindex="-1">${title}</h3>
    <p>${msg(str`The profile was saved by someone else (${when}) after you opened it. Nothing was saved. Choose the version to keep.`)}</p>
    <div class="versions">
      <div>
        <h4>${msg('Their version (saved)')}</h4>
        ${renderLines(view.theirs)}
      </div>
      <div>
        <h4>${msg('Your version (not saved)')}</h4>
        ${renderLines(view.mine)}
      </div>
    </div>
    <div class="bar">
      <button type="button" class="primary" id="keep-mine" @click=${() => view.keepMine()}>${msg('Save my version over theirs')}</button>
      <button type="button" id="take-theirs" @click=${() => view.takeTheirs()}>${msg('Use their version and drop mine')}</button>
    </div>
  </section>`;
}

function renderLines(lines: readonly string[]) {
  return lines.length === 0
    ? html`<p class="empty">${msg('None.')}</p>`
    : html`<ol>${lines.map((line) => html`<li>${line}</li>`)}</ol>`;
}
