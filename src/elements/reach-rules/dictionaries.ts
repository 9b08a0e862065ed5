import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import { dictionaryBytes, duplicateDictionaryLanguage, MAX_DICTIONARY_BYTES } from '../../reach/automation.js';
import type { CatalogItemLanguage } from '../../i18n/languages.js';
import type { Dictionary, VendorCatalogItem } from '../../reach/schemas.js';
import { formatCount } from '../shared/format.js';
import { catalogLanguage } from '../shared/order-text.js';

// The profile's dictionaries: one editor per language, a term per line, counted against the server's limit.

export interface DictionaryDraft {
  /** Stable while the list changes, for ids and labels. */
  readonly key: number;
  /** Empty until one is chosen. */
  readonly language: CatalogItemLanguage | '';
  readonly data: string;
}

export interface DictionariesView {
  readonly drafts: readonly DictionaryDraft[];
  readonly languages: readonly CatalogItemLanguage[];
  readonly readOnly: boolean;
  readonly dirty: boolean;
  readonly saving: boolean;
  /** Saved by this element and not changed since. */
  readonly saved: boolean;
  /** Problems are shown once a save was tried (or the text is over the limit). */
  readonly checked: boolean;
  readonly serverError: string | undefined;
  readonly add: () => void;
  readonly change: (key: number, change: Partial<Omit<DictionaryDraft, 'key'>>) => void;
  readonly remove: (key: number) => void;
  readonly save: () => void;
}

/** Why a dictionary cannot be saved as it is, or undefined. */
export function dictionaryProblemText(draft: DictionaryDraft, drafts: readonly DictionaryDraft[]): string | undefined {
  if (!draft.language) return msg('Choose a language.');
  const first = drafts.find((candidate) => candidate.language === draft.language);
  if (first && first.key !== draft.key)
    return msg(
      str`Another dictionary is for ${catalogLanguage(draft.language)} already. A profile has one dictionary per language.`,
    );
  const bytes = dictionaryBytes(draft.data);
  if (bytes > MAX_DICTIONARY_BYTES)
    return msg(
      str`Too long: ${formatCount(bytes)} of at most ${formatCount(MAX_DICTIONARY_BYTES)}. Remove some terms.`,
    );
  return undefined;
}

/** The field to fix first when the dictionaries cannot be sent: the first language or terms with a problem. */
export function firstDictionaryProblemField(drafts: readonly DictionaryDraft[]): string | undefined {
  const draft = drafts.find((candidate) => dictionaryProblemText(candidate, drafts) !== undefined);
  if (!draft) return undefined;
  return dictionaryBytes(draft.data) > MAX_DICTIONARY_BYTES
    ? `dictionary-${draft.key}-terms`
    : `dictionary-${draft.key}-language`;
}

/** The dictionaries as the update sends them, or undefined while one has a problem (a repeated language, too long, no language). */
export function dictionariesToSend(
  drafts: readonly DictionaryDraft[],
): Pick<Dictionary, 'language' | 'data'>[] | undefined {
  const chosen = drafts.flatMap(({ language, data }) => (language ? [{ language, data }] : []));
  if (chosen.length < drafts.length || duplicateDictionaryLanguage(chosen) !== undefined) return undefined;
  return drafts.every((draft) => dictionaryProblemText(draft, drafts) === undefined) ? chosen : undefined;
}

/** The languages of the account's services, which dictionaries can be for, by name. */
export function dictionaryLanguages(catalog: Iterable<VendorCatalogItem>): CatalogItemLanguage[] {
  const languages = new Set<CatalogItemLanguage>();
  for (const item of catalog) {
    for (const language of [item.sourceLanguage, item.targetLanguage])
      if (language && language !== 'Auto Detect') languages.add(language);
  }
  return [...languages].sort((a, b) => catalogLanguage(a).localeCompare(catalogLanguage(b)));
}

/** A dictionary on one line, to compare two versions: "English: Margulis, Rubisco". */
export function dictionaryText(language: CatalogItemLanguage | '', data: string | undefined): string {
  const terms = (data ?? '')
    .split('\n')
    .map((term) => term.trim())
    .filter(Boolean);
  return `${language ? catalogLanguage(language) : msg('No language')}: ${terms.join(', ')}`;
}

/** The server's refusal of a dictionary save, in words. */
export function dictionaryErrorText(error: KalturaApiError): string {
  switch (error.code) {
    case 'DICTIONARY_LANGUAGE_DUPLICATION':
      return msg('The server refused the dictionaries: a language has two of them. Keep one per language.');
    case 'MAX_DICTIONARY_LENGTH_EXCEEDED':
      return msg(
        str`The server refused the dictionaries: one is over the limit of ${formatCount(MAX_DICTIONARY_BYTES)} characters. Remove some terms.`,
      );
    default:
      return msg(str`The dictionaries could not be saved: ${error.message}`);
  }
}

export function renderDictionaries(view: DictionariesView) {
  return html`<section class="dictionaries box" part="dictionaries" aria-labelledby="dictionaries-title">
    <h3 id="dictionaries-title">${msg('Dictionaries')}</h3>
    <p class="hint">${msg('Terms that machine captions should spell as written here: names, jargon. One term per line, one dictionary per language.')}</p>
    ${view.drafts.length === 0 ? html`<p class="empty">${msg('No dictionaries.')}</p>` : view.drafts.map((draft) => renderDictionary(view, draft))}
    ${view.serverError ? html`<p class="error" id="dictionaries-error" role="alert">${view.serverError}</p>` : nothing}
    ${
      view.readOnly
        ? nothing
        : html`<div class="bar">
          <button type="button" id="add-dictionary" ?disabled=${view.saving} @click=${() => view.add()}>${msg('Add a dictionary')}</button>
          <button type="button" class="primary" id="save-dictionaries" ?disabled=${view.saving || !view.dirty} @click=${() => view.save()}>
            ${view.saving ? msg('Saving dictionaries…') : msg('Save dictionaries')}
          </button>
          ${view.saved ? html`<span class="success">${msg('Dictionaries saved.')}</span>` : nothing}
        </div>`
    }
  </section>`;
}

function renderDictionary(view: DictionariesView, draft: DictionaryDraft) {
  const id = `dictionary-${draft.key}`;
  const bytes = dictionaryBytes(draft.data);
  const over = bytes > MAX_DICTIONARY_BYTES;
  const problem = view.checked || over ? dictionaryProblemText(draft, view.drafts) : undefined;
  const terms = draft.data.split('\n').filter((line) => line.trim()).length;
  const language = draft.language ? catalogLanguage(draft.language) : msg('New');
  return html`<fieldset class="dictionary" part="dictionary">
    <legend>${msg(str`${language} dictionary`)}</legend>
    <label for="${id}-language">${msg('Language')}</label>
    <select id="${id}-language" ?disabled=${view.readOnly} aria-describedby=${problem ? `${id}-problem` : nothing}
      @change=${(event: Event) => view.change(draft.key, { language: (event.target as HTMLSelectElement).value as CatalogItemLanguage })}>
      <option value="" ?selected=${!draft.language}>${msg('Choose a language')}</option>
      ${view.languages.map((wire) => html`<option value=${wire} ?selected=${wire === draft.language}>${catalogLanguage(wire)}</option>`)}
    </select>
    <label for="${id}-terms">${msg('Terms, one per line')}</label>
    <textarea id="${id}-terms" rows="5" dir="auto" ?readonly=${view.readOnly} .value=${draft.data} aria-describedby="${id}-count${problem ? ` ${id}-problem` : ''}"
      aria-invalid=${over ? 'true' : 'false'} @input=${(event: Event) => view.change(draft.key, { data: (event.target as HTMLTextAreaElement).value })}></textarea>
    <p class="count ${over ? 'over' : ''}" id="${id}-count">
      ${msg(str`${formatCount(terms)} terms; ${formatCount(bytes)} of ${formatCount(MAX_DICTIONARY_BYTES)} characters used (accented letters count as two or more).`)}
    </p>
    ${problem ? html`<p class="error" id="${id}-problem">${problem}</p>` : nothing}
    ${view.readOnly ? nothing : html`<button type="button" class="link" @click=${() => view.remove(draft.key)}>${msg(str`Remove the ${language} dictionary`)}</button>`}
  </fieldset>`;
}
