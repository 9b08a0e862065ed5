import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import * as z from 'zod/mini';
import './index.js';
import type { ReachRules } from './reach-rules.js';
import { dictionaryErrorText } from './dictionaries.js';
import { toApiError } from '../../api/errors.js';
import type { ReachErrorEvent } from '../../events.js';
import type { WireParams } from '../../api/encode.js';
import { getReachProfile, updateProfileAutomation } from '../../reach/automation.js';
import { apiCall } from '../../reach/call.js';
import { EntryVendorTaskStatus } from '../../reach/enums.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { addTask, listTasks } from '../../reach/tasks.js';
import {
  apiClient,
  advanceClock,
  clearFaults,
  injectFault,
  resetSandbox,
  resetStats,
  SEED,
  serviceUrl,
  startKs,
  stats,
} from '../../../test/browser/sandbox.js';
import { text } from '../../../test/browser/elements.js';

const E = SEED.entries;
const C = SEED.catalog;
const CAT = SEED.categories;
const PROFILE = SEED.profiles.default;

/** A call the element does not make (putting an entry in a category, changing its tags), as a host page would. */
function call(ks: string, service: string, action: string, params: WireParams): Promise<unknown> {
  return apiClient(ks).call(apiCall(service, action, params, z.unknown(), true));
}

const tasksOf = async (ks: string, entryId: string): Promise<EntryVendorTask[]> =>
  (await apiClient(ks).call(listTasks({ entryIdEqual: entryId }))).objects;
const ruleMade = (tasks: readonly EntryVendorTask[]) =>
  tasks
    .filter((task) => task.creationMode === 2 && task.reachProfileId === PROFILE)
    .map((task) => task.catalogItemId)
    .sort();

async function rulesElement(ks: string, profileId: number = PROFILE): Promise<ReachRules> {
  const el = await fixture<ReachRules>(
    html`<reach-rules profile-id=${profileId} service-url=${serviceUrl} .ks=${ks}></reach-rules>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.rules, .notice[role=alert]'), 'the rules did not load', {
    timeout: 5000,
  });
  return el;
}

const root = (el: ReachRules) => el.shadowRoot!;
const sentences = (el: ReachRules) => [...root(el).querySelectorAll('.rule .sentence')].map((node) => text(node));
function button(el: ReachRules, name: RegExp): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find(
    (candidate) => name.test(text(candidate)) || name.test(candidate.getAttribute('aria-label') ?? ''),
  );
  if (!found) throw new Error(`no button ${name}`);
  return found;
}
async function click(el: ReachRules, target: HTMLElement): Promise<void> {
  target.click();
  await el.updateComplete;
}
async function check(el: ReachRules, selector: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  await click(el, input);
}
async function type(el: ReachRules, selector: string, value: string): Promise<void> {
  const field = root(el).querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
async function choose(el: ReachRules, selector: string, value: string): Promise<void> {
  const select = root(el).querySelector<HTMLSelectElement>(selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await el.updateComplete;
}
const saved = (el: ReachRules) =>
  waitUntil(
    () =>
      !root(el).querySelector('#save-rules')?.textContent?.includes('Saving') &&
      (root(el).querySelector<HTMLButtonElement>('#save-rules')?.disabled ?? false),
    'the rules were not saved',
  );

/** Add a rule: the editor (a part loaded on first use) opens. */
async function openEditor(el: ReachRules): Promise<void> {
  await click(el, button(el, /^Add a rule$/));
  await waitUntil(() => root(el).querySelector('#editor-title'), 'the editor did not open');
}

/** Writes a new rule through the editor: a trigger, the items, and whether it stops. */
async function addRule(
  el: ReachRules,
  when: () => Promise<void>,
  items: readonly number[],
  stop = false,
): Promise<void> {
  await openEditor(el);
  await when();
  for (const item of items) await check(el, `input[name=item][value="${item}"]`);
  if (stop) await check(el, '#editor-stop');
  await click(el, button(el, /^Add this rule$/));
}
const inCategory = (el: ReachRules, search: string, id: number) => async () => {
  await check(el, 'input[name=when][value=category]');
  await type(el, '#category-search', search);
  await check(el, `input[name=category][value="${id}"]`);
};

describe('reach-rules', () => {
  let adminKs: string;
  beforeEach(async () => {
    await resetSandbox();
    adminKs = await startKs();
  });
  afterEach(() => clearFaults());

  it('loads in one request and shows the rules as sentences, in order', async () => {
    await resetStats();
    const el = await rulesElement(adminKs);
    expect((await stats()).httpRequests).to.equal(1);
    expect(text(root(el), 'h2')).to.equal('Automation of University — Default');
    expect(sentences(el)).to.deep.equal([
      'When an entry is added to Keynotes, order English machine captions (1 service, about 5 credits per 10 minutes).',
      'When an entry is added to Biology, order English machine captions and Chapters (2 services, about 7 credits per 10 minutes). Then stop.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('shows a USER session the rules read-only, and why', async () => {
    // A Content Manager may read REACH profiles (KMC access) but not change them (ADMIN_BASE), as on Kaltura.
    const el = await rulesElement(
      await startKs({ type: 0, userId: SEED.users.professor, privileges: `setrole:${SEED.roles.contentManager}` }),
    );
    expect(text(root(el), '#read-only')).to.contain('changing a REACH profile takes an administrator');
    expect(sentences(el)).to.have.length(2);
    expect(root(el).querySelector('#add-rule, #save-rules, #rule-0-up, #save-dictionaries')).to.equal(null);
    expect(root(el).querySelector<HTMLTextAreaElement>('textarea')!.readOnly).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a category rule it saves orders when an entry is added to that category', async () => {
    const el = await rulesElement(adminKs);
    await addRule(el, inCategory(el, 'chem', CAT.chemistry), [C.machineCaptionsEnglish]);
    await expect(el).to.be.accessible();
    expect(sentences(el)[2]).to.match(
      /^When an entry is added to Chemistry, order English machine captions \(1 service/,
    );
    await resetStats();
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    const sent = await stats();
    expect(sent.calls['reach_reachprofile.update']).to.equal(1);
    expect(text(root(el), '.rules .success')).to.equal('Rules saved.');
    await expect(el).to.be.accessible();
    await call(adminKs, 'categoryentry', 'add', {
      categoryEntry: { objectType: 'KalturaCategoryEntry', entryId: E.podcast20, categoryId: CAT.chemistry },
    });
    expect(ruleMade(await tasksOf(adminKs, E.podcast20))).to.deep.equal([C.machineCaptionsEnglish]);
  });

  it('an "always" rule orders when an entry becomes ready', async () => {
    const el = await rulesElement(adminKs);
    await addRule(el, () => check(el, 'input[name=when][value=always]'), [C.machineSummaryEnglish]);
    expect(sentences(el)[2]).to.match(/^When any entry becomes ready, order Summary/);
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    expect(ruleMade(await tasksOf(adminKs, E.processing))).not.to.include(C.machineSummaryEnglish);
    await advanceClock(16 * 60); // the seeded upload finishes converting
    expect(ruleMade(await tasksOf(adminKs, E.processing))).to.include(C.machineSummaryEnglish);
  });

  it('a rule on a Boolean template created from a system template orders when the template fires', async () => {
    const el = await rulesElement(adminKs);
    await openEditor(el);
    await check(el, 'input[name=when][value=template]');
    await click(el, button(el, /^Create from a system template$/));
    await waitUntil(() => root(el).querySelector('#system-template'), 'the system templates did not load');
    await choose(el, '#system-template', String(SEED.templates.entryTagsEquals));
    await type(el, '#template-name', 'Tagged auto-summary');
    await type(el, '#parameter-trigger_tags', 'auto-summary');
    await expect(el).to.be.accessible();
    await click(el, button(el, /^Create and activate the template$/));
    await waitUntil(() => !root(el).querySelector('#create-template'), 'the template was not created');
    expect(root(el).querySelector<HTMLSelectElement>('#template')!.selectedOptions[0]!.textContent).to.equal(
      'Tagged auto-summary',
    );
    await check(el, `input[name=item][value="${C.machineSummaryEnglish}"]`);
    await click(el, button(el, /^Add this rule$/));
    expect(sentences(el)[2]).to.match(/^When the event notification Tagged auto-summary fires, order Summary/);
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    await call(adminKs, 'baseentry', 'update', {
      entryId: E.withTasks,
      baseEntry: { objectType: 'KalturaMediaEntry', tags: 'genetics, lab, dna, auto-summary' },
    });
    expect(ruleMade(await tasksOf(adminKs, E.withTasks))).to.include(C.machineSummaryEnglish);
  });

  it('a rule that stops ends the check; unticking it lets the later rules order', async () => {
    const el = await rulesElement(adminKs);
    await addRule(el, inCategory(el, 'Biology', CAT.biology), [C.machineSummaryEnglish]);
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    const addToBiology = (entryId: string) =>
      call(adminKs, 'categoryentry', 'add', {
        categoryEntry: { objectType: 'KalturaCategoryEntry', entryId, categoryId: CAT.biology },
      });
    await addToBiology(E.keynote30);
    expect(ruleMade(await tasksOf(adminKs, E.keynote30))).to.deep.equal([
      C.machineCaptionsEnglish,
      C.machineChapteringEnglish,
    ]);

    await check(el, '#rule-1-stop');
    expect(sentences(el)[1]).not.to.contain('Then stop.');
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    await addToBiology(E.podcast20);
    expect(ruleMade(await tasksOf(adminKs, E.podcast20))).to.deep.equal([
      C.machineCaptionsEnglish,
      C.machineChapteringEnglish,
      C.machineSummaryEnglish,
    ]);
  });

  it('reorders with the keyboard, keeps the focus on the moved rule, and saves the new order', async () => {
    const el = await rulesElement(adminKs);
    const down = root(el).querySelector<HTMLButtonElement>('#rule-0-down')!;
    down.focus();
    down.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(sentences(el)[0]).to.contain('Biology');
    expect(root(el).activeElement?.id).to.equal('rule-1-up');
    await expect(el).to.be.accessible();
    await click(el, button(el, /^Move up, rule 2$/));
    expect(sentences(el)[0]).to.contain('Keynotes');
    await click(el, button(el, /^Move down, rule 1$/));
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    const profile = await apiClient(adminKs).call(getReachProfile(PROFILE));
    expect(profile.rules!.map((rule) => rule.description)).to.deep.equal([
      'Biology: captions and chapters, nothing more',
      'Caption every keynote',
    ]);
  });

  it('refuses to save over rules someone else changed, shows both versions and lets the admin choose', async () => {
    const el = await rulesElement(adminKs);
    await click(el, button(el, /^Delete, rule 1$/));
    const theirs = (await apiClient(adminKs).call(getReachProfile(PROFILE))).rules!.slice(1);
    await apiClient(adminKs).call(updateProfileAutomation(PROFILE, { rules: theirs }));
    await resetStats();
    await click(el, button(el, /^Save rules$/));
    await waitUntil(() => root(el).querySelector('.conflict'), 'no conflict shown');
    expect((await stats()).calls['reach_reachprofile.update']).to.equal(undefined);
    expect(root(el).activeElement?.id).to.equal('conflict-title');
    expect(text(root(el), '.conflict'))
      .to.contain('Their version (saved)')
      .and.contain('Your version (not saved)');
    expect(sentences(el)).to.have.length(1); // what the admin did is still there
    await expect(el).to.be.accessible();

    // Their version gets a rule the admin never saw; the admin keeps theirs, then edits again.
    await click(el, button(el, /^Use their version and drop mine$/));
    expect(root(el).querySelector('.conflict')).to.equal(null);
    expect(sentences(el)).to.have.length(1);
    expect(sentences(el)[0]).to.contain('Biology');
  });

  it('keeps what was typed when a save fails, and saves it on the next try', async () => {
    const el = await rulesElement(adminKs);
    await addRule(el, inCategory(el, 'gen', CAT.genetics), [C.machineCaptionsSpanish], true);
    await injectFault({ service: 'reach_reachprofile', action: 'update', fault: 'http500' });
    await click(el, button(el, /^Save rules$/));
    await waitUntil(() => text(root(el)).includes('The rules were not saved'), 'no error shown');
    expect(sentences(el)[2]).to.match(
      /^When an entry is added to Genetics, order Spanish machine captions .*Then stop\.$/,
    );
    await expect(el).to.be.accessible();
    await click(el, button(el, /^Save rules$/));
    await saved(el);
    expect((await apiClient(adminKs).call(getReachProfile(PROFILE))).rules).to.have.length(3);
  });

  it('keeps the rule typed while the session is expired, and saves it once the page sets a new KS', async () => {
    const el = await rulesElement(await startKs({ expiry: 600 }));
    await addRule(el, inCategory(el, 'gen', CAT.genetics), [C.machineCaptionsSpanish]);
    await advanceClock(700);
    await click(el, button(el, /^Save rules$/));
    await waitUntil(
      () => text(root(el)).includes('Your session has expired. Nothing you entered is lost'),
      'the expiry is not shown',
    );
    expect(sentences(el)).to.have.length(3);
    await expect(el).to.be.accessible();
    el.ks = await startKs();
    await saved(el);
    expect((await apiClient(adminKs).call(getReachProfile(PROFILE))).rules).to.have.length(3);
  });

  it('after someone else saved other dictionaries, "save my version" puts the admin’s over theirs', async () => {
    const el = await rulesElement(adminKs);
    const terms = root(el).querySelector<HTMLTextAreaElement>('textarea')!;
    await type(el, `#${terms.id}`, 'Margulis');
    await apiClient(adminKs).call(
      updateProfileAutomation(PROFILE, { dictionaries: [{ language: 'French', data: 'mitochondrie' }] }),
    );
    await click(el, button(el, /^Save dictionaries$/));
    await waitUntil(() => root(el).querySelector('.conflict'), 'no conflict shown');
    expect(text(root(el), '.conflict'))
      .to.contain('French: mitochondrie')
      .and.contain('English: Margulis');
    await click(el, button(el, /^Save my version over theirs$/));
    await waitUntil(() => !root(el).querySelector('.conflict'), 'the conflict stays');
    const saved = await apiClient(adminKs).call(getReachProfile(PROFILE));
    expect(saved.dictionaries!.map((dictionary) => [dictionary.language, dictionary.data])).to.deep.equal([
      ['English', 'Margulis'],
      ['Spanish', 'mitocondria\ncloroplasto\neucariota'],
    ]);
  });

  it('previews the last 30 days from real entries and tasks: orders, cost, duplicates skipped, and the limit', async () => {
    const el = await rulesElement(adminKs);
    await apiClient(adminKs).call(
      addTask({ entryId: E.seminar12, catalogItemId: C.machineChapteringEnglish, reachProfileId: PROFILE }),
    );
    await click(el, button(el, /^Preview the last 30 days$/));
    await waitUntil(() => root(el).querySelector('.preview-summary'), 'no preview');
    const preview = text(root(el), '.preview');
    expect(preview).to.contain('entries created in the last 30 days, nothing older');
    // Biology: the seminar and the interview; Keynotes: the keynote. The seminar's chapters exist already.
    expect(text(root(el), '.preview-summary')).to.match(
      /^4 orders for 3 entries, about [\d.]+ credits\. 1 skipped: already ordered\.$/,
    );
    expect(preview).to.contain('Skipped: already ordered');
    await expect(el).to.be.accessible();
    // It follows the rules as they are edited: without the Keynotes rule the keynote gets nothing.
    await click(el, button(el, /^Delete, rule 1$/));
    expect(text(root(el), '.preview-summary')).to.match(
      /^3 orders for 2 entries, about [\d.]+ credits\. 1 skipped: already ordered\.$/,
    );
  });

  it('a preview that fails is said in the preview and reported once; Try again reads again', async function () {
    this.timeout(20_000);
    const el = await rulesElement(adminKs);
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).code));
    // The first try and the client's three retries of a read.
    await injectFault({ service: 'baseentry', action: 'list', fault: 'http500', count: 4 });
    await click(el, button(el, /^Preview the last 30 days$/));
    expect(text(root(el), '.loading')).to.equal('Reading the entries of the last 30 days…');
    await waitUntil(() => root(el).querySelector('.notice.error'), 'no failure shown', { timeout: 15_000 });
    expect(text(root(el), '.notice.error')).to.match(
      /^The preview could not be loaded: The server answered HTTP 500\./,
    );
    expect(reported).to.deep.equal(['HTTP_ERROR']);
    await expect(el).to.be.accessible();
    await click(el, button(el, /^Try again$/));
    await waitUntil(() => root(el).querySelector('.preview-summary'), 'no preview after trying again');
    expect(reported).to.have.length(1);
  });

  it('another profile drops the preview still being read, without an error', async () => {
    const el = await rulesElement(adminKs);
    const reported: string[] = [];
    el.addEventListener('reach-error', (event) => reported.push((event as ReachErrorEvent).code));
    await injectFault({ service: 'baseentry', action: 'list', fault: 'latency', latencyMs: 3000 });
    await click(el, button(el, /^Preview the last 30 days$/));
    el.profileId = SEED.profiles.moderated;
    await waitUntil(() => text(root(el), 'h2').includes('Faculty of Medicine'), 'the other profile is not shown');
    expect(root(el).querySelector('.preview, .loading, .notice.error')).to.equal(null);
    expect(reported).to.deep.equal([]);
  });

  it("tells a student's session (USER, no role) why it shows no rules, without an error wall", async () => {
    const reported: string[] = [];
    const record = (event: Event) => reported.push((event as ReachErrorEvent).code);
    document.addEventListener('reach-error', record);
    const el = await fixture<ReachRules>(
      html`<reach-rules profile-id=${PROFILE} service-url=${serviceUrl} .ks=${await startKs({ type: 0, userId: SEED.users.student })}></reach-rules>`,
    );
    await waitUntil(() => root(el).querySelector('#not-allowed'), 'no notice', { timeout: 5000 });
    document.removeEventListener('reach-error', record);
    expect(text(root(el), '#not-allowed')).to.equal(
      "The automation rules are part of the account's REACH profile, which this session may not read. Open this page with an administrator session.",
    );
    expect(root(el).querySelector('[role=alert], button')).to.equal(null);
    expect(reported, 'the host hears of the refusal once').to.deep.equal(['SERVICE_FORBIDDEN']);
    await expect(el).to.be.accessible();
  });

  describe('dictionaries', () => {
    it('refuses a second dictionary of one language before sending', async () => {
      const el = await rulesElement(adminKs);
      await click(el, button(el, /^Add a dictionary$/));
      await choose(el, 'fieldset.dictionary:last-of-type select', 'English');
      await resetStats();
      await click(el, button(el, /^Save dictionaries$/));
      expect(text(root(el), '.dictionaries')).to.contain(
        'Another dictionary is for English already. A profile has one dictionary per language.',
      );
      const second = [...root(el).querySelectorAll<HTMLSelectElement>('fieldset.dictionary select')].at(-1)!;
      expect(root(el).activeElement).to.equal(second);
      expect((await stats()).httpRequests).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('counts characters live against the limit and refuses a dictionary over it before sending', async () => {
      const el = await rulesElement(adminKs);
      const first = root(el).querySelector<HTMLTextAreaElement>('textarea')!.id;
      await type(el, `#${first}`, 'Margulis\nmitochondria');
      expect(text(root(el), `#${first.replace('-terms', '-count')}`)).to.equal(
        '2 terms; 21 of 10,000 characters used (accented letters count as two or more).',
      );
      await type(el, `#${first}`, `${'é'.repeat(5000)}x`);
      expect(text(root(el), `#${first.replace('-terms', '-count')}`)).to.contain('10,001 of 10,000');
      expect(text(root(el), '.dictionaries')).to.contain('Too long: 10,001 of at most 10,000.');
      await resetStats();
      await click(el, button(el, /^Save dictionaries$/));
      expect((await stats()).httpRequests).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('words the server’s refusals specifically', async () => {
      const refusal = async (dictionaries: { language: 'English' | 'Spanish'; data: string }[]) => {
        try {
          await apiClient(adminKs).call(updateProfileAutomation(PROFILE, { dictionaries }));
        } catch (error) {
          return dictionaryErrorText(toApiError(error));
        }
        throw new Error('the server accepted the dictionaries');
      };
      expect(
        await refusal([
          { language: 'English', data: 'a' },
          { language: 'English', data: 'b' },
        ]),
      ).to.equal('The server refused the dictionaries: a language has two of them. Keep one per language.');
      expect(await refusal([{ language: 'Spanish', data: 'x'.repeat(10_001) }])).to.equal(
        'The server refused the dictionaries: one is over the limit of 10,000 characters. Remove some terms.',
      );
    });

    it('a dictionary it saves fixes the terms machine captions mishear', async () => {
      const el = await rulesElement(adminKs);
      const english = [...root(el).querySelectorAll<HTMLSelectElement>('fieldset.dictionary select')].findIndex(
        (select) => select.value === 'English',
      );
      const terms = root(el).querySelectorAll<HTMLTextAreaElement>('textarea')[english]!;
      await type(el, `#${terms.id}`, 'Margulis');
      await click(el, button(el, /^Save dictionaries$/));
      await waitUntil(
        () =>
          root(el).querySelector<HTMLButtonElement>('#save-dictionaries')!.disabled &&
          !text(root(el), '#save-dictionaries').includes('Saving'),
        'not saved',
      );
      const saved = await apiClient(adminKs).call(getReachProfile(PROFILE));
      expect(saved.dictionaries!.find((dictionary) => dictionary.language === 'English')!.data).to.equal('Margulis');

      const task = await apiClient(adminKs).call(
        addTask({ entryId: E.lecture45, catalogItemId: C.machineCaptionsEnglish, reachProfileId: PROFILE }),
      );
      await advanceClock(3 * 3600);
      const ready = (await tasksOf(adminKs, E.lecture45)).find((candidate) => candidate.id === task.id)!;
      expect(ready.status).to.equal(EntryVendorTaskStatus.READY);
      const url = await apiClient(adminKs).call(
        apiCall('caption_captionasset', 'getUrl', { id: ready.outputObjectId! }, z.string()),
      );
      const captions = await (await fetch(url)).text();
      expect(captions).to.contain('Margulis').and.not.contain('Margolis');
      expect(captions).to.contain('mitochondira'); // no longer in the dictionary
    });
  });
});
