import { html, nothing, type LitElement } from 'lit';
import { msg } from '@lit/localize';
import type { RuleDraft } from '../../reach/profile-rules.js';
import type { EventNotificationTemplate } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { LazyModule } from '../shared/lazy-module.js';
import type * as RuleEditor from './rule-editor.js';
import type { RuleNames } from './rule-text.js';

export interface Editing {
  /** The rule's index, or 'new' for a rule being added. */
  readonly index: number | 'new';
  readonly draft: RuleDraft;
  readonly search: string;
  /** "Add" or "Keep" was tried: problems are shown. */
  readonly tried: boolean;
}

interface EditorPart {
  readonly editor: typeof RuleEditor;
  readonly templates: RuleEditor.TemplateFormController;
}

/** What the editor's part may do to the rule being edited (rule-editor.ts, `renderEditing`). */
export interface EditingActions {
  change(change: Partial<Editing>): void;
  /** Changes the draft as it is now. */
  changeDraft(change: Partial<RuleDraft>): void;
  /** Keep (true) or Cancel (false). */
  finish(keep: boolean): void;
  announce(text: string): void;
  focusAfterUpdate(id: string): void;
}

/** What the editing reads of the rules element, and asks of it. */
export interface RuleEditingHost {
  drafts(): readonly RuleDraft[];
  setDrafts(drafts: readonly RuleDraft[]): void;
  focusAfterUpdate(id: string): void;
  focusStayed(opener: Element | null): boolean;
  announce(text: string): void;
  reportError(error: unknown): void;
}

/**
 * The rule being added or edited: its draft, the editor's part (rule-editor.ts, with its template form's controller),
 * loaded the first time a rule is added or edited, and what Keep and Cancel do to the rules.
 */
export class RuleEditingController {
  #editing: Editing | undefined;
  readonly #editor: LazyModule<EditorPart>;

  constructor(
    private readonly host: LitElement,
    private readonly rules: RuleEditingHost,
  ) {
    this.#editor = new LazyModule(host, {
      // The part comes with its template form's controller made for this element.
      load: () =>
        import('./rule-editor.js').then((editor) => ({
          editor,
          templates: new editor.TemplateFormController(host, (error) => rules.reportError(error)),
        })),
      styles: ({ editor }) => [editor.ruleEditorStyles],
      failed: (error) => rules.reportError(error),
    });
  }

  /** The rule being edited (its index), if any. */
  get index(): number | 'new' | undefined {
    return this.#editing?.index;
  }

  /** Templates created while editing, newest first (the loaded list does not have them). */
  get created(): readonly EventNotificationTemplate[] {
    return this.#editor.loaded?.templates.created ?? [];
  }

  /** The pointer or the focus came to Add or Edit: the editor may start to load. */
  get prepare(): () => void {
    return this.#editor.want;
  }

  readonly #actions: EditingActions = {
    change: (change) => this.#change(change),
    changeDraft: (change) => this.#changeDraft(change),
    finish: (keep) => this.#finish(keep),
    announce: (text) => this.rules.announce(text),
    focusAfterUpdate: (id) => this.rules.focusAfterUpdate(id),
  };

  #set(editing: Editing | undefined): void {
    this.#editing = editing;
    this.host.requestUpdate();
  }

  /** The editing ends unsaved (another profile is shown). */
  drop(): void {
    this.#set(undefined);
  }

  edit(index: number | 'new'): void {
    const draft: RuleDraft =
      index === 'new'
        ? { trigger: { kind: 'always' }, catalogItemIds: [], stopProcessing: false }
        : this.rules.drafts()[index]!;
    const editing: Editing = { index, draft, search: '', tried: false };
    this.#set(editing);
    // Until the editor's part has come, its "Loading…" shows; its title takes the focus then, unless the user has
    // moved the focus meanwhile.
    const opener = this.host.shadowRoot!.activeElement;
    this.#editor.use(() => {
      if (this.#editing === editing && this.rules.focusStayed(opener)) this.rules.focusAfterUpdate('editor-title');
    });
  }

  #change(change: Partial<Editing>): void {
    if (this.#editing) this.#set({ ...this.#editing, ...change });
  }

  #changeDraft(change: Partial<RuleDraft>): void {
    if (this.#editing) this.#change({ draft: { ...this.#editing.draft, ...change } });
  }

  #finish(keep: boolean): void {
    const editing = this.#editing;
    if (!editing) return;
    const { rules } = this;
    // Keep is a button of the editor: its part has come.
    if (keep && this.#editor.loaded?.editor.editorProblem(editing.draft)) {
      this.#change({ tried: true });
      rules.focusAfterUpdate('editor-problem');
      return;
    }
    const drafts = rules.drafts();
    const index = editing.index === 'new' ? drafts.length : editing.index;
    if (keep) {
      rules.setDrafts(
        editing.index === 'new'
          ? [...drafts, editing.draft]
          : drafts.map((draft, at) => (at === index ? editing.draft : draft)),
      );
      rules.announce(msg('Rule kept. Save the rules to apply.'));
    }
    this.#set(undefined);
    this.#editor.loaded?.templates.close();
    rules.focusAfterUpdate(keep || editing.index !== 'new' ? `rule-${index}-edit` : 'add-rule');
  }

  /** The editor, "Loading…" while its part comes, or why the part did not come: Try again, or Cancel. */
  render(names: RuleNames, session: ReachSession | undefined) {
    const editing = this.#editing;
    if (!editing || !session) return nothing;
    const failure = this.#editor.renderFailure(() => this.edit(editing.index));
    if (failure === nothing)
      return this.#editor.render(({ editor, templates }) =>
        editor.renderEditing(editing, names, session, templates, this.#actions),
      );
    return html`${failure}
      <div><button type="button" @click=${() => this.#finish(false)}>${msg('Cancel')}</button></div>`;
  }
}
