import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './index.js';
import '../reach-task-monitor/index.js';
import type { ReachAgents } from './reach-agents.js';
import type { ReachTaskMonitor } from '../reach-task-monitor/reach-task-monitor.js';
import { KalturaClient, type ApiCall } from '../../api/client.js';
import { AgentsClient } from '../../agents/client.js';
import { getActions, getAgent, getTrigger, listExecutions, runAgent } from '../../agents/adapter.js';
import { createActions, createAgent, createTrigger } from '../../agents/calls.js';
import { KalturaApiError } from '../../api/errors.js';
import { addMediaEntry, addUrlContent } from '../../reach/uploads.js';
import { listTasks } from '../../reach/tasks.js';
import { MediaType } from '../../reach/enums.js';
import { apiCall } from '../../reach/call.js';
import * as z from 'zod/mini';
import { ReachAgentChangedEvent, ReachAgentRunEvent, ReachErrorEvent } from '../../events.js';
import {
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
import { sessionOf, text } from '../../../test/browser/elements.js';

const A = SEED.agents;
const E = SEED.entries;
const AGENTS_URL = `${location.origin}/agents-manager`;

/** The host page's own view of the sandbox: what it uploads and what it checks. */
function host(ks: string) {
  const kaltura = new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
  const agents = new AgentsClient({
    baseUrl: AGENTS_URL,
    kaltura,
    partnerId: async () => SEED.partner,
    retryDelaysMs: [],
  });
  return { call: <T>(call: ApiCall<T>) => kaltura.call(call), agents: agents.call.bind(agents) };
}

/** An upload as Kaltura does it, brought to READY on the sandbox clock. */
async function upload(ks: string, name: string): Promise<string> {
  const { call } = host(ks);
  const entry = await call(addMediaEntry(name, MediaType.VIDEO));
  await call(addUrlContent(entry.id, 'https://media.example.com/lecture.mp4'));
  await advanceClock(30);
  return entry.id;
}

function addToCategory(ks: string, entryId: string, categoryId: number) {
  return host(ks).call(
    apiCall(
      'categoryentry',
      'add',
      { categoryEntry: { objectType: 'KalturaCategoryEntry', entryId, categoryId } },
      z.looseObject({}),
      true,
    ),
  );
}

async function agentsElement(
  ks: string,
  options: { agentId?: string; noun?: 'agent' | 'workflow'; agentsUrl?: string; partnerId?: number } = {},
): Promise<ReachAgents> {
  const el = await fixture<ReachAgents>(html`<reach-agents
    service-url=${serviceUrl}
    agents-url=${options.agentsUrl ?? AGENTS_URL}
    agent-id=${options.agentId ?? ''}
    noun=${options.noun ?? 'agent'}
    .ks=${ks}
  ></reach-agents>`);
  // With an agent to open, its page (a part loaded on first use) or why it could not be shown.
  const shown = options.agentId ? '.agent-page, [role=alert]' : '.agent-card, .agent-page, .notice, .empty-state';
  await waitUntil(() => el.shadowRoot!.querySelector(shown), 'the agents did not load', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: ReachAgents, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...(el.shadowRoot ?? el).querySelectorAll<T>(selector),
];
function button(el: ReachAgents, name: RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(el, 'button').find((candidate) => name.test(text(candidate)));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}
function card(el: ReachAgents, name: string): HTMLElement {
  const found = $$(el, '.agent-card').find((item) => text(item, '.agent-name') === name);
  if (!found) throw new Error(`no agent ${name}`);
  return found;
}
async function openAgent(el: ReachAgents, name: string): Promise<void> {
  card(el, name).querySelector<HTMLButtonElement>('.card-link')!.click();
  await waitUntil(() => $(el, '.agent-page'), 'the agent page did not open');
}
async function openActivity(el: ReachAgents): Promise<void> {
  $<HTMLButtonElement>(el, '#tab-activity')!.click();
  await waitUntil(() => $(el, '.execution, .activity .empty-state'), 'the activity did not load');
}
async function failureOf(promise: Promise<unknown>): Promise<KalturaApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof KalturaApiError) return error;
    throw error;
  }
  throw new Error('the call did not fail');
}
const runOf = (el: ReachAgents, entryName: string) =>
  $$(el, '.execution').find((item) => text(item, '.execution-entry') === entryName);

describe('reach-agents', () => {
  let adminKs: string;
  beforeEach(async () => {
    await resetSandbox();
    adminKs = await startKs({ userId: SEED.users.mediaTeam });
  });
  afterEach(() => clearFaults());

  it('lists the agents: trigger and actions in words, Active / Inactive / On demand, the last run', async () => {
    const el = await agentsElement(adminKs);
    expect(text(el, '.shell-title')).to.equal('AI Agents');
    const biology = card(el, 'Caption Biology');
    expect(text(biology, '.agent-trigger')).to.equal('When media is added to Biology and its subcategories');
    expect(text(biology, '.agent-actions')).to.equal('Captions, English (Machine)');
    expect(text(biology, '.pill')).to.equal('Active');
    expect(text(biology, '.last-run')).to.match(/^Last run .+: Succeeded$/);
    expect(text(card(el, 'Professional captions for Genetics'), '.agent-trigger')).to.equal(
      'When media is added to Genetics',
    );
    const upload = card(el, 'Publishing Agent: captions for every upload');
    expect([text(upload, '.agent-trigger'), text(upload, '.pill')]).to.deep.equal([
      'When media is uploaded',
      'Inactive',
    ]);
    expect(text(card(el, 'Accessibility pack'), '.agent-trigger')).to.equal('Run on demand');
    expect($$(el, '.agent-card').some((item) => text(item).includes('Caption on demand'))).to.equal(
      false,
      "another partner's agent",
    );
    await expect(el).to.be.accessible();
  });

  it('says "workflow" when the host calls them workflows', async () => {
    const el = await agentsElement(adminKs, { noun: 'workflow' });
    expect(text(el, '.shell-title')).to.equal('Agentic Workflows');
    await openAgent(el, 'Caption Biology');
    expect(text(el, '.back')).to.include('All workflows');
  });

  it('activate → upload → the task appears in the task monitor as automatic; deactivate → upload → nothing', async () => {
    const el = await agentsElement(adminKs);
    await openAgent(el, 'Publishing Agent: captions for every upload');
    expect(text(el, '.agent-title .pill')).to.equal('Inactive');
    await expect(el).to.be.accessible();

    button(el, /^Activate$/).click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#confirm')?.open, 'no confirmation');
    const dialog = $<HTMLDialogElement>(el, 'dialog#confirm')!;
    expect(text(dialog)).to.include("every time an entry finishes processing and becomes 'Ready'");
    expect(text(dialog)).to.include('Activity tab');
    await expect(el).to.be.accessible();
    const changed = oneEvent(el, ReachAgentChangedEvent.eventName);
    [...dialog.querySelectorAll('button')].find((item) => text(item) === 'Activate')!.click();
    expect(((await changed) as unknown as ReachAgentChangedEvent).agent.status).to.equal('Enabled');
    await waitUntil(() => $(el, '#main-action.danger-solid'), 'the button did not become Deactivate');
    expect(text($(el, '#main-action'))).to.equal('Deactivate');
    expect(text(el, '.agent-title .pill')).to.equal('Active');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'main-action', 'focus did not return to the button');

    const entryId = await upload(adminKs, 'Field trip to the coast');
    const monitor = await fixture<ReachTaskMonitor>(
      html`<reach-task-monitor entry-id=${entryId} service-url=${serviceUrl} .ks=${adminKs}></reach-task-monitor>`,
    );
    await waitUntil(() => monitor.shadowRoot!.querySelector('article.task'), 'no task for the upload', {
      timeout: 5000,
    });
    const task = monitor.shadowRoot!.querySelector('article.task')!;
    expect(text(task)).to.include('English captions');
    [...task.querySelectorAll('button')].find((item) => text(item).startsWith('Details'))!.click();
    await monitor.updateComplete;
    expect(text(task, '.details')).to.include('Automatically, by a rule or an agent');

    const deactivated = oneEvent(el, ReachAgentChangedEvent.eventName);
    button(el, /^Deactivate$/).click();
    expect(((await deactivated) as unknown as ReachAgentChangedEvent).agent.status).to.equal('Disabled');
    await waitUntil(() => text($(el, '#main-action')) === 'Activate', 'the button did not go back to Activate');
    const quietId = await upload(adminKs, 'Quiet upload');
    const tasks = await host(adminKs).call(listTasks({ entryIdEqual: quietId }));
    expect(tasks.totalCount).to.equal(0);
    const runs = await host(adminKs).agents(listExecutions({ entryId: quietId }));
    expect(runs.totalCount).to.equal(0);
  });

  it('an entry added to a subcategory fires the category agent; its run shows in the Activity tab with the REACH task', async () => {
    await addToCategory(adminKs, E.welcome, SEED.categories.cellBiology);
    const el = await agentsElement(adminKs, { agentId: A.biologyCaptions });
    expect(text(el, '#agent-title')).to.equal('Caption Biology');
    await openActivity(el);
    await waitUntil(() => runOf(el, 'Welcome to the Media Portal'), 'the run is not shown');
    const run = runOf(el, 'Welcome to the Media Portal')!;
    expect(text(run, '.execution-meta')).to.include('Started by a category');
    expect(text(run, '.step-name')).to.equal('Captions, English (Machine)');
    await waitUntil(() => text(run, '.step-task') !== '', 'no REACH task status');
    expect(text(run, '.step-task')).to.match(/^REACH task: (Pending|Processing)$/);
    expect(text(run, '.trace')).to.match(/^Trace ID [0-9a-f]{32}$/);
    await expect(el).to.be.accessible();
  });

  it('runs an on-demand agent on 3 entries chosen across pages and filters; the pre-flight and the run say which is skipped', async () => {
    const el = await agentsElement(adminKs, { agentId: A.onDemand });
    expect(text($(el, '#main-action'))).to.equal('Run');
    button(el, /^Run$/).click();
    await waitUntil(() => $$(el, '.picker-entry').length > 0, 'the picker did not load');
    expect(button(el, /^Run now$/).disabled).to.equal(true);
    const names = () => $$(el, '.picker-entry').map((item) => text(item, '.picker-name'));
    expect(names()).not.to.include('Eukaryotic Cell Diagram', 'images are not offered');
    const pick = async (name: string) => {
      const row = $$(el, '.picker-entry').find((item) => text(item, '.picker-name') === name)!;
      row.querySelector<HTMLInputElement>('input')!.click();
      await el.updateComplete;
    };
    await pick('Saturday Lab Teaser');
    expect(button(el, /^Run now$/).disabled).to.equal(false);
    await pick('Study Smarter Podcast — Episode 12: Spaced Repetition');
    button(el, /^Next$/).click();
    await waitUntil(() => names().includes('Welcome to the Media Portal'), 'page 2 did not load');
    await pick('Welcome to the Media Portal');
    const audioOnly = $$<HTMLSelectElement>(el, '.picker-filters select')[1]!;
    audioOnly.value = 'audio';
    audioOnly.dispatchEvent(new Event('change'));
    await waitUntil(() => names().length === 1, 'the audio filter did not apply');
    expect(text(el, '.run-count')).to.equal('3 selected');

    await waitUntil(
      () => $$(el, '.preflight-entry').length === 3 && $(el, '.preflight[aria-busy=false]'),
      'no pre-flight',
    );
    const teaser = $$(el, '.preflight-entry').find((item) => text(item).includes('Saturday Lab Teaser'))!;
    expect(text(teaser)).to.include('Would be skipped');
    expect(text(teaser)).to.include('shorter than 10 seconds');
    const welcome = $$(el, '.preflight-entry').find((item) => text(item).includes('Welcome to the Media Portal'))!;
    expect(text(welcome)).not.to.include('Skipped', 'the translation waits for the captions of the same run');
    expect(text(el, '.total')).to.include('Research Office — Unlimited');
    await expect(el).to.be.accessible();

    const ran = oneEvent(el, ReachAgentRunEvent.eventName);
    button(el, /^Run now$/).click();
    const event = (await ran) as unknown as ReachAgentRunEvent;
    expect(event.agent.id).to.equal(A.onDemand);
    expect(event.executionIds).to.have.length(3);
    await waitUntil(() => $$(el, '.execution').length >= 3, 'the runs are not shown');
    expect($<HTMLElement>(el, '#tab-activity')!.getAttribute('aria-selected')).to.equal('true');
    expect(text(runOf(el, 'Saturday Lab Teaser'), '.pill')).to.equal('Skipped');
    expect(text(runOf(el, 'Welcome to the Media Portal'), '.pill')).to.equal('Running');
    await expect(el).to.be.accessible();
  });

  it("follows running executions by itself until they end, with the steps' REACH task status from the shared store", async () => {
    const { agents } = host(adminKs);
    await agents(runAgent(A.onDemand, [E.podcast20]));
    const el = await agentsElement(adminKs, { agentId: A.onDemand });
    const session = sessionOf(el);
    session.poller.timing = { ...session.poller.timing, fastMs: 50, machineMaxMs: 200 };
    await openActivity(el);
    const podcast = () => runOf(el, 'Study Smarter Podcast — Episode 12: Spaced Repetition')!;
    expect(text(podcast(), '.pill')).to.equal('Running');
    await advanceClock(3 * 3600);
    await waitUntil(
      () => text(podcast(), '.step-succeeded .step-name') === 'Captions, English (Machine)',
      'the captions step did not finish',
      { timeout: 5000 },
    );
    await advanceClock(3 * 3600);
    await waitUntil(() => text(podcast(), '.pill') === 'Succeeded', 'the run did not finish', { timeout: 5000 });
    expect($$(podcast(), '.step-task').map((step) => text(step))).to.deep.equal([
      'REACH task: Ready',
      'REACH task: Ready',
    ]);
  });

  it('creates an agent for a category and its subcategories, then edits it; unavailable actions say why', async () => {
    const el = await agentsElement(adminKs);
    button(el, /^Create new agent$/).click();
    await waitUntil(() => $(el, '.action-choices'), 'the form did not load the actions');
    expect(el.shadowRoot!.activeElement?.id).to.equal('form-title');
    await expect(el).to.be.accessible();

    button(el, /^Save$/).click();
    await el.updateComplete;
    expect($$(el, '.field-problem').map((item) => text(item))).to.deep.equal([
      'Give it a name.',
      'Choose at least one action.',
    ]);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'agent-name', 'the name did not take the focus');

    const name = $<HTMLInputElement>(el, '#agent-name')!;
    name.value = 'Caption new Biology media';
    name.dispatchEvent(new Event('input'));
    const byLabel = (label: string | RegExp) =>
      $$(el, 'label.choice')
        .find((item) => (typeof label === 'string' ? text(item) === label : label.test(text(item))))!
        .querySelector('input')!;
    byLabel('When media is added to categories').click();
    await el.updateComplete;
    byLabel(/(^| › )Biology$/).click();
    expect(byLabel('Include subcategories').checked).to.equal(true);
    byLabel('Captions').click();
    await el.updateComplete;
    expect($(el, '#action-captions')!.closest('li')!.querySelector('.unit-price')).to.exist;
    const disabled = $$<HTMLInputElement>(el, '.action-choice input[type=checkbox]').filter((input) => input.disabled);
    for (const input of disabled)
      expect(text(input.closest('li')!, 'p')).to.match(/REACH profile|enabled for the account/);
    await expect(el).to.be.accessible();

    const saved = oneEvent(el, ReachAgentChangedEvent.eventName);
    button(el, /^Save$/).click();
    const agent = ((await saved) as unknown as ReachAgentChangedEvent).agent;
    expect([agent.name, agent.status, agent.trigger?.systemName]).to.deep.equal([
      'Caption new Biology media',
      'Disabled',
      'ENTRY_ADDED_TO_CATEGORY',
    ]);
    await waitUntil(() => text(el, '#agent-title') === 'Caption new Biology media', 'the new agent did not open');
    expect(text(el, '.step-card')).to.include('When media is added to Biology and its subcategories');
    expect(text(el, '.action-list')).to.equal('Captions, English (Machine)');

    button(el, /^Edit$/).click();
    await waitUntil(() => $(el, '#agent-name'), 'the form did not open');
    const editName = $<HTMLInputElement>(el, '#agent-name')!;
    expect(editName.value).to.equal('Caption new Biology media');
    editName.value = 'Caption Biology uploads';
    editName.dispatchEvent(new Event('input'));
    await waitUntil(() => $(el, '.action-choices'), 'no actions');
    button(el, /^Save$/).click();
    await waitUntil(() => text(el, '#agent-title') === 'Caption Biology uploads', 'the edit was not saved');
    const stored = await host(adminKs).agents(getAgent(agent.id));
    expect(stored.name).to.equal('Caption Biology uploads');
  });

  it('deletes the agent, its trigger and its actions, and finishes the job after a failure half-way', async () => {
    const el = await agentsElement(adminKs, { agentId: A.coursesTrialVendor });
    const { agents } = host(adminKs);
    const before = await agents(getAgent(A.coursesTrialVendor));
    await injectFault({ service: 'agents-manager', action: 'trigger/delete', fault: 'http500' });
    const confirmDelete = async () => {
      button(el, /^Delete$/).click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#confirm')?.open, 'no confirmation');
      expect(text($(el, 'dialog#confirm'))).to.include('its trigger and its actions are deleted');
      await expect(el).to.be.accessible();
      [...$(el, 'dialog#confirm')!.querySelectorAll('button')].find((item) => text(item) === 'Delete')!.click();
    };
    await confirmDelete();
    await waitUntil(() => $(el, '.notice.error'), 'the failure is not shown');
    await expect(el).to.be.accessible();
    expect((await failureOf(agents(getAgent(A.coursesTrialVendor)))).code).to.equal(
      'NOT_FOUND',
      'the agent went first',
    );
    expect((await agents(getTrigger(before.triggerId!))).status).to.equal('Enabled', 'the trigger is left');

    const deleted = oneEvent(el, ReachAgentChangedEvent.eventName);
    await confirmDelete();
    expect(((await deleted) as unknown as ReachAgentChangedEvent).agent.status).to.equal('Deleted');
    await waitUntil(() => $(el, '.agent-card'), 'back to the list');
    expect($$(el, '.agent-name').map((item) => text(item))).not.to.include('Caption Courses (trial vendor)');
    expect((await failureOf(agents(getTrigger(before.triggerId!)))).code).to.equal('NOT_FOUND');
    expect((await failureOf(agents(getActions(before.actionsId!)))).code).to.equal('NOT_FOUND');
  });

  it('after a deletion failed half-way, deleting another agent deletes that one', async () => {
    const el = await agentsElement(adminKs, { agentId: A.coursesTrialVendor });
    const { agents } = host(adminKs);
    const deleteOpenAgent = async () => {
      button(el, /^Delete$/).click();
      await waitUntil(() => $<HTMLDialogElement>(el, 'dialog#confirm')?.open, 'no confirmation');
      [...$(el, 'dialog#confirm')!.querySelectorAll('button')].find((item) => text(item) === 'Delete')!.click();
    };
    await injectFault({ service: 'agents-manager', action: 'trigger/delete', fault: 'http500' });
    await deleteOpenAgent();
    await waitUntil(() => $(el, '.notice.error'), 'the failure is not shown');
    await clearFaults();

    $<HTMLButtonElement>(el, '.back')!.click();
    await waitUntil(() => $$(el, '.agent-card').length > 0, 'back to the list');
    await openAgent(el, 'Caption Biology');
    const deleted = oneEvent(el, ReachAgentChangedEvent.eventName);
    await deleteOpenAgent();
    expect(((await deleted) as unknown as ReachAgentChangedEvent).agent.id).to.equal(A.biologyCaptions);
    await waitUntil(() => $(el, '.agent-card'), 'back to the list');
    expect($$(el, '.agent-name').map((item) => text(item))).not.to.include('Caption Biology');
    expect((await failureOf(agents(getAgent(A.biologyCaptions)))).code).to.equal('NOT_FOUND');
  });

  it('loads with one api_v3 request and the Agents Manager calls of the list', async () => {
    await resetStats();
    const el = await agentsElement(adminKs);
    expect($$(el, '.agent-card').length).to.be.greaterThan(0);
    const counted = await stats();
    expect(counted.calls['agents-manager.agent/list']).to.equal(1);
    // agent/list gives each agent's lastExecution, so the last runs need no execution/list.
    expect(counted.calls['agents-manager.execution/list'] ?? 0).to.equal(0);
    expect(counted.httpRequests).to.equal(2, 'one api_v3 multirequest and agent/list');
  });

  it('the picker searches and filters by category, duration and date; the Activity tab filters runs by status', async () => {
    const el = await agentsElement(adminKs, { agentId: A.onDemand });
    button(el, /^Run$/).click();
    await waitUntil(() => $$(el, '.picker-entry').length > 0, 'the picker did not load');
    const names = () => $$(el, '.picker-entry').map((item) => text(item, '.picker-name'));
    const select = (label: string, value: string) => {
      const field = $$(el, '.picker-filters label')
        .find((item) => text(item).startsWith(label))!
        .querySelector('select')!;
      field.value = value;
      field.dispatchEvent(new Event('change'));
    };
    const search = $<HTMLInputElement>(el, '.picker-search input')!;
    search.value = 'Lab';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => names().length === 2, 'the search did not apply');
    expect(names()).to.have.members(['Saturday Lab Teaser', 'Genetics Lab Walkthrough: Extracting DNA']);
    search.value = '';
    search.dispatchEvent(new Event('input'));
    await waitUntil(() => names().length === 8, 'the search was not cleared');

    select('Category', String(SEED.categories.cellBiology));
    await waitUntil(() => names().length === 2, 'the category filter did not apply');
    expect(names()).to.have.members([
      'Introduction to Cell Biology — Lecture 1',
      'Biología Celular — Clase 1 (en español)',
    ]);
    select('Category', '');
    select('Duration', 'long');
    await waitUntil(() => names().length === 3, 'the duration filter did not apply');
    expect(names()).to.have.members([
      'Introduction to Cell Biology — Lecture 1',
      'Opening Keynote: Science on a Warming Planet',
      'Study Smarter Podcast — Episode 12: Spaced Repetition',
    ]);
    select('Duration', '');
    select('Created', 'week');
    // The teaser is 5 days old, the podcast 9.
    await waitUntil(
      () =>
        names().includes('Saturday Lab Teaser') &&
        !names().includes('Study Smarter Podcast — Episode 12: Spaced Repetition'),
      'the date filter did not apply',
    );
    expect(names().length).to.be.at.most(2);
    await expect(el).to.be.accessible();

    button(el, /^Cancel$/).click();
    await waitUntil(() => $(el, '#tab-activity'), 'Cancel did not go back to the agent');
    await openActivity(el);
    const status = $$(el, '.activity-toolbar select')[0] as HTMLSelectElement;
    status.value = 'Skipped';
    status.dispatchEvent(new Event('change'));
    await waitUntil(
      () => $$(el, '.execution').length === 1 && text($$(el, '.execution')[0]!, '.pill') === 'Skipped',
      'the status filter did not apply',
    );
    expect(text($$(el, '.execution')[0]!, '.execution-entry')).to.equal('Eukaryotic Cell Diagram');
  });

  it('runs an on-demand agent again for the entries whose run failed, once for a double click', async () => {
    const { agents } = host(adminKs);
    const trigger = await agents(createTrigger('RUN_ON_DEMAND'));
    const actions = await agents(
      createActions([
        {
          type: 'captions',
          catalog_item_id: SEED.catalog.machineCaptionsEnglishFlaky,
          reach_profile_id: SEED.profiles.default,
        },
      ]),
    );
    const agent = await agents(
      createAgent({ name: 'Trial captions', triggerId: trigger.id, actionsId: actions.id, status: 'Enabled' }),
    );
    // The flaky vendor fails every other task: of two runs, one fails.
    await agents(runAgent(agent.id, [E.welcome, E.podcast20]));
    await advanceClock(6 * 3600);
    const el = await agentsElement(adminKs, { agentId: agent.id });
    await openActivity(el);
    await waitUntil(() => $$(el, '.execution .pill').some((pill) => text(pill) === 'Failed'), 'no failed run');
    const failed = $$(el, '.execution').filter((item) => text(item, '.pill') === 'Failed');
    expect(failed).to.have.length(1);
    expect(text(failed[0]!, '.step-error')).to.not.equal('');
    await expect(el).to.be.accessible();
    const failedEntry = text(failed[0]!, '.execution-entry');
    await resetStats();
    const ran = oneEvent(el, ReachAgentRunEvent.eventName);
    const runAgain = button(el, /^Run again for the failed ones$/);
    runAgain.click();
    runAgain.click();
    expect(((await ran) as unknown as ReachAgentRunEvent).executionIds).to.have.length(1);
    await waitUntil(
      () => $$(el, '.execution').filter((item) => text(item, '.execution-entry') === failedEntry).length === 2,
      'the new run is not shown',
    );
    expect((await stats()).calls['agents-manager.agent/run']).to.equal(1, 'the second click ran nothing');
  });

  it('sends one change at a time: Deactivate clicked twice deactivates once, and the focus stays on its button', async () => {
    const el = await agentsElement(adminKs, { agentId: A.biologyCaptions });
    await waitUntil(() => text($(el, '#main-action')) === 'Deactivate', 'the agent page did not open');
    await resetStats();
    let changes = 0;
    el.addEventListener(ReachAgentChangedEvent.eventName, () => changes++);
    const deactivate = button(el, /^Deactivate$/);
    deactivate.click();
    deactivate.click();
    await waitUntil(() => text($(el, '#main-action')) === 'Activate', 'the button did not become Activate');
    expect(text(el, '.agent-title .pill')).to.equal('Inactive');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'main-action', 'focus did not return to the button');
    expect((await stats()).calls['agents-manager.agent/update']).to.equal(1);
    expect(changes).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('a USER session picks only the media it owns, and a run survives the KS expiring on the way', async () => {
    const userKs = await startKs({ type: 0, userId: SEED.users.professor, expiry: 600 });
    const el = await agentsElement(userKs, { agentId: A.onDemand });
    button(el, /^Run$/).click();
    await waitUntil(() => $$(el, '.picker-entry').length > 0, 'the picker did not load');
    const names = $$(el, '.picker-entry').map((item) => text(item, '.picker-name'));
    expect(names).to.have.members([
      'Welcome to the Media Portal',
      'Genetics Lab Walkthrough: Extracting DNA',
      'Introduction to Cell Biology — Lecture 1',
    ]);
    const mine = $$<HTMLInputElement>(el, '.picker-mine input')[0]!;
    expect([mine.checked, mine.disabled]).to.deep.equal([true, true]);
    expect(text(el, '.media-picker .hint')).to.equal('Only video and audio entries you own are listed.');
    $$(el, '.picker-entry')
      .find((item) => text(item, '.picker-name') === 'Welcome to the Media Portal')!
      .querySelector('input')!
      .click();
    await el.updateComplete;

    await advanceClock(700);
    const expired = oneEvent(el, 'reach-ks-expired');
    button(el, /^Run now$/).click();
    await expired;
    await waitUntil(() => text(el).includes('Your session has expired'), 'no session notice');
    expect(text(el, '.run-count')).to.equal('1 selected');
    const ran = oneEvent(el, ReachAgentRunEvent.eventName);
    el.ks = await startKs({ type: 0, userId: SEED.users.professor });
    expect(((await ran) as unknown as ReachAgentRunEvent).executionIds).to.have.length(1);
    await waitUntil(() => runOf(el, 'Welcome to the Media Portal'), 'the run is not shown');
  });

  it('says so when the service cannot be reached (after retrying), with Try again', async function () {
    this.timeout(20_000);
    const unreachable = await fixture<ReachAgents>(
      html`<reach-agents service-url=${serviceUrl} agents-url="http://127.0.0.1:9" .ks=${adminKs}></reach-agents>`,
    );
    expect(text(unreachable, '.loading')).to.equal('Loading…');
    await waitUntil(() => text(unreachable, '.notice').includes('could not be reached'), 'no unreachable message', {
      timeout: 15_000,
    });
    expect(button(unreachable, /^Try again$/)).to.exist;
    await expect(unreachable).to.be.accessible();
  });

  it("shows a student's USER session the agents in words, lets it run on-demand ones, and offers no managing", async () => {
    const studentKs = await startKs({ type: 0, userId: SEED.users.student });
    const list = await agentsElement(studentKs);
    expect(text(list, '#not-admin')).to.equal(
      'This is a user session: you can see the agents, run those that run on demand on media you own, and follow ' +
        'what they do. Creating, changing, activating and deleting agents take an administrator session.',
    );
    expect($(list, '#create')).to.equal(null);
    // The category and the service are named, although the session may not read the REACH profiles.
    expect(text(card(list, 'Caption Biology'), '.agent-trigger')).to.equal(
      'When media is added to Biology and its subcategories',
    );
    expect(text(card(list, 'Caption Biology'), '.agent-actions')).to.equal('Captions, English (Machine)');
    await expect(list).to.be.accessible();

    const scheduled = await agentsElement(studentKs, { agentId: A.uploadCaptions });
    expect($$(scheduled, 'button').map((item) => text(item))).not.to.include.members(['Activate', 'Edit', 'Delete']);
    expect($$(scheduled, 'button').map((item) => text(item))).to.include('Overview');
    await expect(scheduled).to.be.accessible();

    // Its pre-flight cannot read the profile's credit: it says so and skips nothing for it (the server checks).
    const onDemand = await agentsElement(studentKs, { agentId: A.onDemand });
    button(onDemand, /^Run$/).click();
    await waitUntil(() => $$(onDemand, '.picker-entry').length > 0, 'the picker did not load');
    $$(onDemand, '.picker-entry')[0]!.querySelector('input')!.click();
    await waitUntil(() => $(onDemand, '.preflight .total'), 'no pre-flight');
    expect(text(onDemand, '.preflight .total')).to.equal(
      "Prices and credit are not shown: this session may not read the account's REACH profiles. You can still order; the account's profile is charged.",
    );
    expect($$(onDemand, '.preflight .skip-reason')).to.have.length(0);
    expect($(onDemand, '#not-admin'), 'the run panel keeps to the run').to.equal(null);
    await expect(onDemand).to.be.accessible();
  });

  it('says so when the account has no agents feature, and when the server refuses to let the session manage agents', async () => {
    const reported: string[] = [];
    const record = (event: Event) => reported.push((event as ReachErrorEvent).code);
    document.addEventListener(ReachErrorEvent.eventName, record);
    const noAgents = await agentsElement(await startKs({ partnerId: SEED.partnerWithoutReach }), {});
    expect(text(noAgents, '.notice')).to.include('Publishing Agent is not enabled for this account');
    document.removeEventListener(ReachErrorEvent.eventName, record);
    expect(reported, 'one reach-error for one failed load').to.deep.equal(['AGENTS_NOT_ENABLED']);
    await expect(noAgents).to.be.accessible();

    // An administrator session whose role lacks ADMIN_BASE is offered Activate: the server's verdict is shown.
    const basicRole = await startKs({ type: 2, privileges: 'setrole:Basic User Session Role' });
    const user = await agentsElement(basicRole, { agentId: A.uploadCaptions });
    button(user, /^Activate$/).click();
    await waitUntil(() => $<HTMLDialogElement>(user, 'dialog#confirm')?.open, 'no confirmation');
    [...$(user, 'dialog#confirm')!.querySelectorAll('button')].find((item) => text(item) === 'Activate')!.click();
    await waitUntil(() => text(user, '.notice.error').includes('may not manage agents'), 'no forbidden message');
    expect(text($(user, '#main-action'))).to.equal('Activate');
    await expect(user).to.be.accessible();
  });
});
