import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { initialState } from '@lit/task';
import { toApiError } from '../../api/errors.js';
import { draftOf, ruleOf, type RuleDraft } from '../../reach/profile-rules.js';
import type { ReachProfile } from '../../reach/schemas.js';
import type { ReachSession } from '../../state/session.js';
import { ReachElement } from '../reach-element.js';
import { baseStyles } from '../shared/styles.js';
import {
  dictionariesToSend,
  dictionaryErrorText,
  dictionaryLanguages,
  firstDictionaryProblemField,
  dictionaryText,
  renderDictionaries,
  type DictionaryDraft,
} from './dictionaries.js';
import type { PreviewOptions } from './preview-controller.js';
import { RuleEditingController, type RuleEditingHost } from './rule-editing-controller.js';
import { renderLoadError } from './load-error.js';
import { renderConflict, renderRuleList } from './rule-list.js';
import { ruleText, type RuleNames } from './rule-text.js';
import { rulesStyles } from './reach-rules.styles.js';
import { loadRulesData, saveProfilePart, type RulesData } from './rules-data.js';
import { LazyModule } from '../shared/lazy-module.js';
import { isolate } from '../shared/order-text.js';

type Part = 'rules' | 'dictionaries';

const rulesKey = (drafts: readonly RuleDraft[]) => JSON.stringify(drafts.map(ruleOf));
const dictionariesKey = (drafts: readonly { language: string; data?: string | undefined }[]) =>
  JSON.stringify(drafts.map(({ language, data }) => [language, data ?? '']));

/**
 * @tagname reach-rules
 * @summary A REACH profile's automation rules and dictionaries, for an administrator to set up and check.
 *
 * Shows the profile's rules as sentences, in the order the server checks them, and lets an ADMIN session
 * add, edit, delete and reorder them (buttons, or Alt+Arrow keys on a rule), preview what they would have
 * ordered in the last 30 days, and save them in one update after checking that nobody else changed them.
 * A USER session sees them read-only. Below, one dictionary per language for machine captions.
 *
 * @csspart rules - the list of rules and its buttons
 * @csspart rule - one rule
 * @csspart save-bar - add, preview and save
 * @csspart editor - the rule being written
 * @csspart preview - what the rules would have ordered
 * @csspart conflict - both versions after someone else saved
 * @csspart dictionaries - the dictionaries section
 * @csspart dictionary - one dictionary
 */
@localized()
export class ReachRules extends ReachElement {
  static override styles = [baseStyles, rulesStyles];

  /** The REACH profile whose rules and dictionaries are shown. */
  @property({ attribute: 'profile-id', type: Number }) profileId?: number;

  /** The profile as loaded or last saved: what the drafts started from, and what "someone else changed it" is checked against. */
  @state() private base: ReachProfile | undefined;
  @state() private drafts: readonly RuleDraft[] = [];
  @state() private dictionaries: readonly DictionaryDraft[] = [];
  @state() private dictionariesChecked = false;
  @state() private saving: Part | undefined;
  /** The part this element saved last (its confirmation shows until the part changes again). */
  @state() private saved: Part | undefined;
  @state() private conflict: { part: Part; theirs: ReachProfile } | undefined;
  @state() private rulesError: string | undefined;
  @state() private dictionariesError: string | undefined;
  /** The preview is open (its part, `#preview`, reads and draws it). */
  @state() private previewShown = false;
  #nextKey = 1;

  /** What the controllers of the editor and the preview ask of this element. */
  readonly #asks: RuleEditingHost & PreviewOptions = {
    abortSignal: () => this.abortSignal,
    drafts: () => this.drafts,
    setDrafts: (drafts) => (this.drafts = drafts),
    focusAfterUpdate: (id) => this.focusAfterUpdate(id),
    focusStayed: (opener) => this.focusStayed(opener),
    announce: (text) => this.announce(text),
    reportError: (error) => this.reportError(error),
  };

  /** The rule being added or edited, and the editor's part. */
  readonly #editing = new RuleEditingController(this, this.#asks);

  /** The 30-day preview (preview.ts) and its controller: loaded the first time the preview is asked for. */
  readonly #preview = new LazyModule(this, {
    load: () =>
      import('./preview.js').then((preview) => ({
        preview,
        look: new preview.PreviewController(this, this.#asks),
      })),
    styles: ({ preview }) => [preview.previewStyles],
    failed: this.#asks.reportError,
  });

  readonly #load = this.sessionTask(
    ([profileId], session, signal) => this.#loadRules(session, profileId, signal),
    () => [this.profileId] as const,
  );

  async #loadRules(
    session: ReachSession,
    profileId: number | undefined,
    signal: AbortSignal,
  ): Promise<RulesData | typeof initialState> {
    if (!profileId) return initialState;
    const data = await loadRulesData(session, profileId, signal);
    // A reload (new session, retry) keeps what the admin changed and has not saved.
    const sameProfile = this.base?.id === data.profile.id;
    if (!sameProfile || !this.#rulesDirty) this.#take('rules', data.profile);
    if (!sameProfile || !this.#dictionariesDirty) this.#take('dictionaries', data.profile);
    if (!sameProfile) {
      this.#editing.drop();
      this.#closePreview();
      this.conflict = undefined;
    }
    return data;
  }

  get #rulesDirty(): boolean {
    return this.base !== undefined && rulesKey(this.drafts) !== rulesKey((this.base.rules ?? []).map(draftOf));
  }

  get #dictionariesDirty(): boolean {
    return (
      this.base !== undefined && dictionariesKey(this.dictionaries) !== dictionariesKey(this.base.dictionaries ?? [])
    );
  }

  /** `profile`'s rules or dictionaries become the base and the drafts. */
  #take(part: Part, profile: ReachProfile): void {
    this.base = {
      ...(this.base?.id === profile.id ? this.base : profile),
      [part]: profile[part] ?? [],
      updatedAt: profile.updatedAt,
    };
    if (part === 'rules') this.drafts = (profile.rules ?? []).map(draftOf);
    else {
      this.dictionaries = (profile.dictionaries ?? []).map(({ language, data }) => ({
        key: this.#nextKey++,
        language,
        data: data ?? '',
      }));
      this.dictionariesChecked = false;
    }
  }

  #names(data: RulesData): RuleNames {
    return {
      catalog: data.catalog,
      categories: data.categories,
      templates: [...this.#editing.created, ...data.templates],
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Rules

  #move(index: number, by: -1 | 1): void {
    const drafts = [...this.drafts];
    const to = index + by;
    [drafts[index], drafts[to]] = [drafts[to]!, drafts[index]!];
    this.drafts = drafts;
    const edge = to === 0 || to === drafts.length - 1;
    this.focusAfterUpdate(edge ? `rule-${to}-${by < 0 ? 'down' : 'up'}` : `rule-${to}-${by < 0 ? 'up' : 'down'}`);
    this.announce(msg(str`Rule moved to position ${to + 1} of ${drafts.length}. Save the rules to apply.`));
  }

  #remove(index: number): void {
    this.drafts = this.drafts.filter((_, at) => at !== index);
    this.focusAfterUpdate(this.drafts.length > 0 ? `rule-${Math.min(index, this.drafts.length - 1)}-edit` : 'add-rule');
    this.announce(msg('Rule deleted. Save the rules to apply.'));
  }

  #setStop(index: number, stop: boolean): void {
    this.drafts = this.drafts.map((draft, at) => (at === index ? { ...draft, stopProcessing: stop } : draft));
  }

  #showPreview(session: ReachSession): void {
    this.previewShown = true;
    // Until the preview's part has come, its "Loading…" shows; it reads the entries then.
    this.#preview.use(({ look }) => {
      if (this.previewShown && this.session === session) look.show(session, this.serverNow());
    });
  }

  #closePreview(): void {
    this.#preview.loaded?.look.abort();
    this.previewShown = false;
  }

  // ---------------------------------------------------------------------------------------------
  // Saving

  /** Saves one part in one update; what the admin typed stays on the page whatever happens. */
  async #save(part: Part, force = false): Promise<void> {
    const session = this.session;
    const base = this.base;
    if (!session || !base || this.saving) return;
    const dictionaries = part === 'dictionaries' ? dictionariesToSend(this.dictionaries) : undefined;
    if (part === 'dictionaries' && !dictionaries) {
      this.dictionariesChecked = true;
      const field = firstDictionaryProblemField(this.dictionaries);
      if (field) this.focusAfterUpdate(field);
      this.announce(msg('Some dictionaries need changes before they can be saved.'));
      return;
    }
    const automation = part === 'rules' ? { rules: this.drafts.map(ruleOf) } : { dictionaries };
    this.saving = part;
    this.rulesError = this.dictionariesError = undefined;
    try {
      const outcome = await saveProfilePart(session, base, part, automation, force);
      if (outcome.kind === 'conflict') {
        this.conflict = { part, theirs: outcome.theirs };
        this.focusAfterUpdate('conflict-title');
        return;
      }
      this.conflict = undefined;
      this.saved = part;
      this.#take(part, outcome.profile);
      this.announce(part === 'rules' ? msg('Rules saved.') : msg('Dictionaries saved.'));
    } catch (error) {
      this.reportError(error);
      const apiError = toApiError(error);
      if (part === 'rules')
        this.rulesError = msg(str`The rules were not saved: ${apiError.message}. Your changes are still here.`);
      else this.dictionariesError = dictionaryErrorText(apiError);
      this.announce(part === 'rules' ? this.rulesError! : this.dictionariesError!);
    } finally {
      this.saving = undefined;
    }
  }

  #takeTheirs(): void {
    const conflict = this.conflict;
    if (!conflict) return;
    this.#take(conflict.part, conflict.theirs);
    this.conflict = undefined;
    this.announce(msg('Their version is shown; yours was dropped.'));
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  protected override render() {
    const name = this.base?.name;
    return html`<div class="panel" part="panel">
      <h2 class="title">${name ? msg(str`Automation of ${isolate(name)}`) : msg('REACH automation')}</h2>
      ${this.renderSessionNotice()} ${this.#renderBody()} ${this.renderLiveRegion()}
    </div>`;
  }

  #renderBody() {
    if (!this.settings.ks) return this.renderMissingKs();
    if (!this.profileId)
      return html`<p class="notice" part="notice">${msg('Set the profile-id attribute to the REACH profile to show.')}</p>`;
    const loading = () => html`<p class="loading">${msg('Loading the profile, its rules and the services…')}</p>`;
    return this.#load.render({
      initial: loading,
      pending: () => (this.#load.value ? this.#renderReady(this.#load.value) : loading()),
      error: (error) => renderLoadError(toApiError(error), this.profileId, () => void this.#load.run()),
      complete: (data) => this.#renderReady(data),
    });
  }

  #renderReady(data: RulesData) {
    const session = this.session;
    const names = this.#names(data);
    const readOnly = data.details.isAdmin
      ? undefined
      : msg(
          'You can read these rules and dictionaries but not change them: changing a REACH profile takes an administrator (ADMIN) session.',
        );
    return html`
      ${readOnly ? html`<p class="notice" part="notice" id="read-only">${readOnly}</p>` : nothing}
      ${this.conflict ? this.#renderConflict(names, this.conflict) : nothing}
      ${this.rulesError ? html`<p class="notice error" part="notice" role="alert">${this.rulesError}</p>` : nothing}
      ${renderRuleList({
        names,
        drafts: this.drafts,
        readOnly,
        editing: this.#editing.index,
        dirty: this.#rulesDirty,
        saving: this.saving === 'rules',
        saved: this.saved === 'rules' && !this.#rulesDirty,
        add: () => this.#editing.edit('new'),
        edit: (index) => this.#editing.edit(index),
        remove: (index) => this.#remove(index),
        move: (index, by) => this.#move(index, by),
        setStop: (index, stop) => this.#setStop(index, stop),
        save: () => void this.#save('rules'),
        discard: () => this.base && this.#take('rules', this.base),
        preview: () => session && this.#showPreview(session),
        prepareEditor: this.#editing.prepare,
        preparePreview: this.#preview.want,
      })}
      ${this.#editing.render(names, session)}
      ${this.#renderPreview(data)}
      ${this.#renderDictionaries(data, readOnly !== undefined)}
    `;
  }

  #renderDictionaries(data: RulesData, readOnly: boolean) {
    return renderDictionaries({
      drafts: this.dictionaries,
      languages: dictionaryLanguages(data.catalog.values()),
      readOnly,
      dirty: this.#dictionariesDirty,
      saving: this.saving === 'dictionaries',
      saved: this.saved === 'dictionaries' && !this.#dictionariesDirty,
      checked: this.dictionariesChecked,
      serverError: this.dictionariesError,
      add: () => {
        const key = this.#nextKey++;
        this.dictionaries = [...this.dictionaries, { key, language: '', data: '' }];
        this.focusAfterUpdate(`dictionary-${key}-language`);
      },
      change: (key, change) =>
        (this.dictionaries = this.dictionaries.map((draft) => (draft.key === key ? { ...draft, ...change } : draft))),
      remove: (key) => {
        this.dictionaries = this.dictionaries.filter((draft) => draft.key !== key);
        this.focusAfterUpdate('add-dictionary');
      },
      save: () => void this.#save('dictionaries'),
    });
  }

  #renderPreview(data: RulesData) {
    if (!this.previewShown) return nothing;
    const reading = () => html`<p class="loading" role="status">${msg('Reading the entries of the last 30 days…')}</p>`;
    const retry = () => this.session && this.#showPreview(this.session);
    const close = () => {
      this.#closePreview();
      this.focusAfterUpdate('preview');
    };
    // The part did not come: Try again, or close the preview (a way out, as the editor's Cancel).
    const failure = this.#preview.renderFailure(retry);
    if (failure !== nothing)
      return html`${failure}
        <div><button type="button" @click=${close}>${msg('Close the preview')}</button></div>`;
    return this.#preview.render(
      ({ preview, look }) =>
        preview.renderPreview({
          preview: look,
          drafts: this.drafts,
          catalog: data.catalog,
          reading,
          retry,
          close,
        }),
      // While the part loads, then while it reads the entries: one "Reading…" for both.
      reading,
    );
  }

  #renderConflict(names: RuleNames, conflict: { part: Part; theirs: ReachProfile }) {
    const rules = conflict.part === 'rules';
    const sentences = (drafts: readonly RuleDraft[]) => drafts.map((draft) => ruleText(draft, names));
    return renderConflict({
      part: conflict.part,
      theirsSavedAt: conflict.theirs.updatedAt,
      theirs: rules
        ? sentences((conflict.theirs.rules ?? []).map(draftOf))
        : (conflict.theirs.dictionaries ?? []).map(({ language, data }) => dictionaryText(language, data)),
      mine: rules
        ? sentences(this.drafts)
        : this.dictionaries.map(({ language, data }) => dictionaryText(language, data)),
      keepMine: () => void this.#save(conflict.part, true),
      takeTheirs: () => this.#takeTheirs(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'reach-rules': ReachRules;
  }
}
