import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './index.js';
import type { ClipsLab } from './clips-lab.js';
import { KalturaClient } from '../../api/client.js';
import { parseClipsOutput } from '../../reach/clip-suggestions.js';
import { getEntry, listEntries } from '../../reach/entries.js';
import { addTask, getTask, listTasks, rejectTask } from '../../reach/tasks.js';
import { updateEntryMetadata } from '../../reach/clips.js';
import type { ReachSession } from '../../state/session.js';
import { advanceClock, clearFaults, injectFault, resetSandbox, resetStats, SEED, serviceUrl, startKs, stats } from '../../../test/browser/sandbox.js';
import { parseTimecode } from './clip-edit.js';

const SOURCE = SEED.entries.keynote30;
/** Fails the 1st, 3rd … task ordered from it, with an errDescription; delivers the others. */
const FLAKY_CLIPS = SEED.catalog.machineClipsEnglishFlaky;
const ALL_STATUSES = ['-2', '-1', '0', '1', '2', '4', '7'];

/** The host page's own view of the sandbox, to check what the element did. */
function apiClient(ks: string): KalturaClient {
  return new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
}

/** Orders clips without the element, as if another tab had, and lets the vendor deliver them. */
async function clipsAlreadyGenerated(ks: string, clipsDuration = 60, entryId: string = SOURCE) {
  const client = apiClient(ks);
  const task = await client.call(
    addTask({
      entryId,
      catalogItemId: SEED.catalog.machineClipsEnglish,
      taskJobData: { objectType: 'KalturaClipsVendorTaskData', outputLanguage: 'English', clipsDuration },
    }),
  );
  await advanceClock(30);
  const ready = await client.call(getTask(task.id));
  expect(ready.status).to.equal(2);
  return parseClipsOutput(ready);
}

async function children(ks: string, statusIn = ALL_STATUSES) {
  const { objects } = await apiClient(ks).call(listEntries({ rootEntryIdIn: [SOURCE], statusIn }, { pageSize: 500 }));
  return objects.filter((entry) => entry.id !== SOURCE);
}

function sessionOf(el: ClipsLab): ReachSession {
  return (el as unknown as { session: ReachSession }).session;
}

/** Polls quickly: the sandbox clock, not real time, decides when things are done. */
function pollFast(el: ClipsLab): void {
  const session = sessionOf(el);
  session.poller.timing = { ...session.poller.timing, fastMs: 50, machineMaxMs: 100, humanMaxMs: 100, errorMaxMs: 200 };
}

const $ = <T extends Element = HTMLElement>(el: ClipsLab, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: ClipsLab, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (el: ClipsLab) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

function buttonNamed(el: ClipsLab, name: RegExp): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, 'button').find((candidate) => name.test(candidate.textContent!.replace(/\s+/g, ' ')));
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function choose(el: ClipsLab, selectId: string, value: string | number): void {
  const select = $<HTMLSelectElement>(el, `#${selectId}`)!;
  select.value = String(value);
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** What the lab shows in the order form as the credit left on the profile. */
const creditLeft = (el: ClipsLab) => $$(el, '.price dd')[1]!.textContent!.trim();
const liveRegion = (el: ClipsLab) => $(el, 'p[role="status"]')!.textContent!;

/** Lets the vendor finish the clips task and the lab see it; resolves with the task as the lab saw it change. */
async function vendorFinishes(el: ClipsLab) {
  await advanceClock(30);
  const changed = next(el, 'reach-task-changed');
  await sessionOf(el).poller.refresh();
  return (await changed).task;
}

async function lab(ks: string, entryId: string = SOURCE): Promise<ClipsLab> {
  const el = await fixture<ClipsLab>(html`<clips-lab entry-id=${entryId} service-url=${serviceUrl} .ks=${ks}></clips-lab>`);
  pollFast(el);
  return el;
}

/** The next event of that name, typed. */
const next = <K extends keyof GlobalEventHandlersEventMap>(el: ClipsLab, name: K) =>
  oneEvent(el, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
const clipCards = (el: ClipsLab) => $$(el, 'li.clip');

async function openFirstClip(el: ClipsLab): Promise<HTMLVideoElement> {
  await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
  buttonNamed(el, /Preview and edit/).click();
  await waitUntil(() => $(el, 'video')?.getAttribute('src'), 'the preview has its media', { timeout: 5000 });
  return $<HTMLVideoElement>(el, 'video')!;
}

function editField(el: ClipsLab, id: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `#${id}`)!;
}

describe('clips-lab', function () {
  this.timeout(30000);
  let ks: string;
  beforeEach(async () => {
    await resetSandbox();
    ks = await startKs({ userId: SEED.users.mediaTeam });
  });
  afterEach(() => clearFaults());

  it('offers the order with its price and credit, follows the task to READY and lists the clips', async () => {
    const el = await lab(ks);
    expect(text(el)).to.contain('Loading clips');
    await expect(el).to.be.accessible();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // 30 minutes of keynote at 1 credit per minute.
    expect($(el, '.price')!.textContent).to.match(/Price \(credits\)\s+30\b/);
    expect($(el, '.price')!.textContent).to.match(/Credit left\s+[\d,.]+ of [\d,.]+/);
    await expect(el).to.be.accessible();

    type(editField(el, 'clip-length'), '45');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Focus on the ocean findings');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect(task.taskJobData?.clipsDuration).to.equal(45);
    expect(task.taskJobData?.instruction).to.equal('Focus on the ocean findings');
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    await expect(el).to.be.accessible();

    await advanceClock(30);
    const changed = next(el, 'reach-task-changed');
    await sessionOf(el).poller.refresh();
    expect((await changed).task.id).to.equal(task.id);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const output = parseClipsOutput((await apiClient(ks).call(getTask(task.id))));
    expect(clipCards(el)).to.have.length(output.length);
    expect(clipCards(el)[0]!.textContent).to.contain(output[0]!.title!);
    expect(clipCards(el)[0]!.textContent).to.contain('0:45');
    // Every clip has a keyboard-reachable marker on the source's timeline.
    const markers = $$<HTMLButtonElement>(el, '.timeline button.marker');
    expect(markers).to.have.length(output.length);
    expect(markers[0]!.getAttribute('aria-label')).to.contain(output[0]!.title!);
    // The shared live region speaks on the next frame (or after a short timer in a hidden page).
    await waitUntil(() => /AI clips are ready/.test($(el, 'p[role="status"]')!.textContent!), 'the announcement', { timeout: 2000 });
    expect($(el, 'p[role="status"]')!.textContent).to.match(/AI clips are ready: \d+ clips?/);
    expect($(el, 'form.order')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('sends one order when Generate is pressed twice', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await resetStats();
    const button = buttonNamed(el, /Generate clips/);
    const created = next(el, 'reach-task-created');
    button.click();
    button.click();
    await created;
    await el.updateComplete;
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
  });

  it('tells when the order was placed by the server’s clock, not the browser’s', async () => {
    await advanceClock(2 * 3600); // the server's clock is now two hours ahead of the browser's
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    expect(text(el)).to.match(/Ordered (now|\d+ seconds? ago)\./);
  });

  it('reads the profile again after its own order, so the credit shown is the server’s', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await resetStats();
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(async () => (await stats()).calls['reach_reachprofile.list'] === 1, 'the profiles asked again', { timeout: 5000 });
  });

  it('reports a refused order clearly and keeps what was typed', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // The order panel's rules (reach/task-data.ts): whole seconds from 1 up to the entry's length (30 minutes).
    type(editField(el, 'clip-length'), '1801');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Keep it short');
    await resetStats();
    buttonNamed(el, /Generate clips/).click();
    await waitUntil(() => $(el, '#clip-length-error'), 'the field error', { timeout: 2000 });
    expect($(el, '#clip-length-error')!.textContent).to.contain('1800 or fewer seconds');
    expect(editField(el, 'clip-length').getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'clip-length'));
    expect($<HTMLTextAreaElement>(el, '#clip-instruction')!.value).to.equal('Keep it short');
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('shows the one task after the answer to the order was lost', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    // The server creates the task and the answer is cut off: the lab lists the entry's clips tasks to find it.
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'dropAfterCommit' });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => /AI clips: (Pending|Processing)/.test(text(el)), 'the task status shows', { timeout: 5000 });
    expect($(el, '[role="alert"]')).to.equal(null);
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(1);
    const { objects } = await apiClient(ks).call(listTasks({ entryIdEqual: SOURCE, catalogItemIdIn: [SEED.catalog.machineClipsEnglish] }));
    expect(objects).to.have.length(1);
  });

  it('says nothing was ordered when the order never reached the server', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    await injectFault({ service: 'reach_entryvendortask', action: 'add', fault: 'http500' });
    buttonNamed(el, /Generate clips/).click();
    await waitUntil(() => $(el, 'form.order [role="alert"]'), 'the problem', { timeout: 5000 });
    expect($(el, 'form.order [role="alert"]')!.textContent).to.contain('nothing was ordered or charged');
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('says clearly when the clips task fails, refunds the credit shown, and orders again', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    choose(el, 'clip-service', FLAKY_CLIPS);
    await el.updateComplete;
    const credit = creditLeft(el);
    type(editField(el, 'clip-length'), '45');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect((await vendorFinishes(el)).status).to.equal(6);
    const { errDescription } = await apiClient(ks).call(getTask(task.id));
    expect(errDescription).to.be.a('string').and.not.equal('');

    await waitUntil(() => /AI clips: Failed/.test(text(el)), 'the failure', { timeout: 5000 });
    expect($(el, '.task-status')!.textContent).to.contain(errDescription!);
    await waitUntil(() => liveRegion(el).includes(errDescription!), 'the failure announced', { timeout: 2000 });
    expect(liveRegion(el)).to.contain('AI clips: Failed');
    // The order form is back with what was typed, and the credit the failed order took is shown returned.
    await waitUntil(() => $(el, 'form.order') && creditLeft(el) === credit, 'the credit refunded', { timeout: 5000 });
    expect(editField(el, 'clip-length').value).to.equal('45');
    await expect(el).to.be.accessible();

    const again = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    expect((await again).task.catalogItemId).to.equal(FLAKY_CLIPS);
    expect((await vendorFinishes(el)).status).to.equal(2);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect($(el, '.task-status')).to.equal(null);
  });

  it('says when a moderator rejected the order, with the reason as text, and lets the user order again', async () => {
    const owner = await startKs({ type: 0, userId: SEED.users.mediaTeam });
    const el = await lab(owner);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    choose(el, 'clip-profile', SEED.profiles.moderated);
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await created;
    expect(task.status).to.equal(4);
    await waitUntil(() => /AI clips: Awaiting approval/.test(text(el)), 'awaiting approval', { timeout: 5000 });

    const reason = 'Off-topic for this channel <img src=x onerror="window.__pwned=2">';
    await apiClient(ks).call(rejectTask(task.id, reason));
    const changed = next(el, 'reach-task-changed');
    await sessionOf(el).poller.refresh();
    expect((await changed).task.status).to.equal(5);
    await waitUntil(() => /AI clips: Rejected/.test(text(el)), 'the rejection', { timeout: 5000 });
    expect($(el, '.task-status')!.textContent).to.contain(`A moderator rejected the order: \u2068${reason}\u2069`);
    expect($$(el, '.task-status img')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    await waitUntil(() => liveRegion(el).includes('A moderator rejected the order'), 'the rejection announced', { timeout: 2000 });
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('moves the focus from the order’s status line to the clips once they are ready', async () => {
    const el = await lab(ks);
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 5000 });
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).focus();
    buttonNamed(el, /Generate clips/).click();
    await created;
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'task-status', 'the status focused', { timeout: 2000 });
    expect((await vendorFinishes(el)).status).to.equal(2);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'clips-heading', 'the focus on the clips', { timeout: 5000 });
    expect(clipCards(el).length).to.be.greaterThan(0);
  });

  it('keeps the set the user ticked clips in when a new set arrives, and offers the new one', async () => {
    const earlier = await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const tick = () => clipCards(el)[0]!.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    tick().click();
    await el.updateComplete;
    expect(tick().checked, 'ticked').to.equal(true);
    // The flaky service fails its first order and delivers the second.
    for (const status of [6, 2]) {
      buttonNamed(el, /Generate again/).click();
      await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
      choose(el, 'clip-service', FLAKY_CLIPS);
      const created = next(el, 'reach-task-created');
      buttonNamed(el, /Generate clips/).click();
      await created;
      expect((await vendorFinishes(el)).status).to.equal(status);
    }
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    await waitUntil(() => /AI clips are ready/.test(liveRegion(el)), 'the new set announced', { timeout: 2000 });
    expect(clipCards(el)).to.have.length(earlier.length);
    expect(clipCards(el)[0]!.textContent).to.contain(earlier[0]!.title!);
    expect(tick().checked, 'still ticked').to.equal(true);
    const options = $$<HTMLOptionElement>(el, '#clip-set option');
    expect(options).to.have.length(2);
    expect(options[0]!.textContent).to.match(/^\s*Newest: /);
    expect(options[1]!.selected, 'the earlier set chosen').to.equal(true);
  });

  it('generates a new set once clips exist: the newest first, the earlier set a choice away', async () => {
    const earlier = await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect($(el, 'form.order')).to.equal(null);
    await resetStats();
    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-heading');
    buttonNamed(el, /^\s*Cancel\s*$/).click();
    await waitUntil(() => !$(el, 'form.order'), 'the form closed', { timeout: 2000 });
    expect(el.shadowRoot!.activeElement?.id).to.equal('order-again');
    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    // AI Clips was delivered and takes no second order (no allowResubmission): the form starts on the other service.
    expect($<HTMLSelectElement>(el, '#clip-service')!.value).to.equal(String(FLAKY_CLIPS));
    // 30 minutes at 0.5 credits per minute.
    expect($(el, '.price')!.textContent).to.match(/Price \(credits\)\s+15\b/);
    expect($(el, '.price')!.textContent).to.match(/Credit left\s+[\d,.]+ of [\d,.]+/);
    await expect(el).to.be.accessible();

    // Chosen anyway, AI Clips says why it cannot be ordered again, and pressing Generate sends nothing.
    choose(el, 'clip-service', SEED.catalog.machineClipsEnglish);
    await el.updateComplete;
    expect($(el, '#order-blocked')!.textContent).to.contain('cannot be ordered again');
    expect(buttonNamed(el, /Generate clips/).getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    buttonNamed(el, /Generate clips/).click();
    await el.updateComplete;
    expect((await stats()).httpRequests).to.equal(0);

    // The flaky service's first task fails: said, with the earlier clips still there and a way to order again.
    choose(el, 'clip-service', FLAKY_CLIPS);
    type(editField(el, 'clip-length'), '45');
    type($<HTMLTextAreaElement>(el, '#clip-instruction')!, 'Only the ocean findings');
    const created = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).focus();
    buttonNamed(el, /Generate clips/).click();
    await created;
    // The form gives way to the order's status line, and the focus goes with it.
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'task-status', 'the status focused', { timeout: 2000 });
    expect((await vendorFinishes(el)).status).to.equal(6);
    await waitUntil(() => /AI clips: Failed/.test(text(el)), 'the failure', { timeout: 5000 });
    expect(clipCards(el)).to.have.length(earlier.length);
    await expect(el).to.be.accessible();

    buttonNamed(el, /Generate again/).click();
    await waitUntil(() => $(el, 'form.order'), 'the order form', { timeout: 2000 });
    expect(editField(el, 'clip-length').value).to.equal('45');
    const createdAgain = next(el, 'reach-task-created');
    buttonNamed(el, /Generate clips/).click();
    const { task } = await createdAgain;
    expect((await vendorFinishes(el)).status).to.equal(2);
    const newest = parseClipsOutput(await apiClient(ks).call(getTask(task.id)));
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    await waitUntil(() => liveRegion(el).includes(`AI clips are ready: ${newest.length} clips`), 'the new set announced', { timeout: 2000 });
    expect(clipCards(el)).to.have.length(newest.length);
    expect(clipCards(el)[0]!.textContent).to.contain(newest[0]!.title!).and.to.contain('0:45');
    const options = $$<HTMLOptionElement>(el, '#clip-set option');
    expect(options).to.have.length(2);
    expect(options[0]!.selected).to.equal(true);
    expect(options[0]!.textContent).to.match(/^\s*Newest: .*clips up to 45 seconds/);
    expect(options[1]!.textContent).to.contain('clips up to 1 minute');
    expect($(el, '#clip-set-instruction')!.textContent).to.contain('Only the ocean findings');
    await expect(el).to.be.accessible();

    choose(el, 'clip-set', options[1]!.value);
    await el.updateComplete;
    expect(clipCards(el)).to.have.length(earlier.length);
    expect(clipCards(el)[0]!.textContent).to.contain(earlier[0]!.title!).and.to.contain('1:00');
    // Both services delivered and neither takes another order: the lab says so instead of offering the form.
    expect(() => buttonNamed(el, /Generate again/)).to.throw();
    expect(text(el)).to.contain('cannot be ordered again');
    await expect(el).to.be.accessible();
    expect((await stats()).calls['reach_entryvendortask.add']).to.equal(2);
  });

  it('loads the source, its clips and everything the lab needs in one request', async () => {
    await clipsAlreadyGenerated(ks);
    await resetStats();
    const el = await lab(ks);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const { httpRequests, calls } = await stats();
    expect(httpRequests).to.equal(1);
    expect(calls['baseentry.get']).to.equal(1);
    expect(calls['baseentry.list']).to.equal(1);
  });

  it('previews a clip from its offset and stops at its end', async () => {
    const output = await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    const video = await openFirstClip(el);
    const start = output[0]!.start;
    await waitUntil(() => video.readyState >= 1, 'metadata', { timeout: 5000 });
    // Opened at the clip, not at the start of the file (the sandbox serves byte ranges).
    await waitUntil(() => Math.abs(video.currentTime - start) < 0.5, `at the offset ${start}`, { timeout: 5000 });
    // A two-second trim keeps the test short; the preview follows the edited range.
    type(editField(el, 'edit-end'), String(start + 2));
    await el.updateComplete;
    video.muted = true;
    buttonNamed(el, /Play clip/).click();
    await waitUntil(() => !video.paused, 'playing', { timeout: 5000 });
    expect(video.currentTime).to.be.within(start - 0.1, start + 1);
    await waitUntil(() => video.paused, 'stopped by itself', { timeout: 8000 });
    expect(video.currentTime).to.be.within(start + 1.8, start + 2.25);
    await expect(el).to.be.accessible();
  });

  it('saves an edited clip as an entry with the trimmed duration, title and tags', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    type(editField(el, 'edit-name'), 'Warming planet <intro>');
    type(editField(el, 'edit-tags'), 'climate, keynote');
    const start = parseTimecode(editField(el, 'edit-start').value)!;
    type(editField(el, 'edit-end'), String(start + 12.5));
    const before = (await children(ks)).length;
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await expect(el).to.be.accessible();
    await advanceClock(10);
    const { entry, sourceEntryId } = await saved;
    expect(sourceEntryId).to.equal(SOURCE);
    expect(entry.status).to.equal('2');
    expect(entry.msDuration).to.equal(12500);
    const stored = await apiClient(ks).call(getEntry(entry.id));
    expect(stored.name).to.equal('Warming planet <intro>');
    expect(stored.tags).to.equal('climate, keynote');
    expect(stored.rootEntryId).to.equal(SOURCE);
    expect(stored.operationAttributes?.[0]?.offset).to.equal(start * 1000);
    expect((await children(ks)).length).to.equal(before + 1);
    expect(text(el)).to.contain(`Saved as a new entry (${entry.id})`);
    await expect(el).to.be.accessible();
  });

  it('stops with a recoverable state when cutting the clip fails, and resumes with the same copy', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    const before = (await children(ks)).length;
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the failure', { timeout: 5000 });
    expect(text(el)).to.contain('this step did not happen');
    const empty = await children(ks, ['7']);
    expect(empty).to.have.length(1);
    await expect(el).to.be.accessible();

    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Resume with the same copy/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    expect(entry.id).to.equal(empty[0]!.id);
    expect((await children(ks)).length).to.equal(before + 1);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
  });

  it('goes on by itself when the answer to the cut was lost but the cut happened', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    const before = (await children(ks)).length;
    await injectFault({ service: 'media', action: 'updateContent', fault: 'dropAfterCommit' });
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await saved;
    expect((await children(ks)).length).to.equal(before + 1);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect((await stats()).calls['media.updateContent']).to.equal(1);
  });

  it('removes the copy of a save that stopped halfway', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the failure', { timeout: 5000 });
    buttonNamed(el, /Remove the copy/).click();
    await waitUntil(() => /the unfinished copy was removed/.test(text(el)), 'removed', { timeout: 5000 });
    expect(await children(ks, ['7'])).to.have.length(0);
  });

  it('shows an empty copy left by an earlier, interrupted save', async () => {
    await clipsAlreadyGenerated(ks);
    const first = await lab(ks);
    await openFirstClip(first);
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(first, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(first)), 'the failure', { timeout: 5000 });
    first.remove();
    // Gone for longer than a move: its session (and the saves it knew) went with it, as on another page.
    await waitUntil(() => !sessionOf(first), 'the first lab left its session', { timeout: 2000 });

    const el = await lab(ks);
    await waitUntil(() => /Unfinished save/.test(text(el)), 'the leftover', { timeout: 5000 });
    expect(buttonNamed(el, /Remove the copy/)).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('shows a stopped save of another lab of the session, and resumes it with the same copy', async () => {
    await clipsAlreadyGenerated(ks);
    const first = await lab(ks);
    await openFirstClip(first);
    await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
    buttonNamed(first, /Save as a new entry/).click();
    await waitUntil(() => /the clip was not cut yet/.test(text(first)), 'the failure', { timeout: 5000 });
    const empty = await children(ks, ['7']);
    expect(empty).to.have.length(1);

    // A second lab on the same page and session knows the save: not a leftover, but a save to resume.
    const el = await fixture<ClipsLab>(html`<clips-lab entry-id=${SOURCE} service-url=${serviceUrl} .ks=${ks}></clips-lab>`);
    expect(sessionOf(el)).to.equal(sessionOf(first));
    await waitUntil(() => /the clip was not cut yet/.test(text(el)), 'the stopped save', { timeout: 5000 });
    expect(text(el)).to.not.contain('Unfinished save');
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Resume with the same copy/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    expect(entry.id).to.equal(empty[0]!.id);
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
  });

  it('saves several selected clips in one go', async () => {
    const output = await clipsAlreadyGenerated(ks);
    expect(output.length).to.be.greaterThan(2);
    const el = await lab(ks);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const before = (await children(ks)).length;
    const boxes = $$<HTMLInputElement>(el, 'li.clip input[type="checkbox"]');
    for (const box of boxes.slice(0, 2)) box.click();
    await el.updateComplete;
    await resetStats();
    let savedCount = 0;
    el.addEventListener('reach-clip-saved', () => (savedCount += 1));
    buttonNamed(el, /Save selected \(2\)/).click();
    await waitUntil(() => ($$(el, '.save.working').length === 2 && /Processing on the server/.test(text(el))), 'both processing', { timeout: 5000 });
    // The two clones went out together.
    const { calls, httpRequests } = await stats();
    expect(calls['baseentry.clone']).to.equal(2);
    expect(httpRequests).to.be.at.most(6);
    await advanceClock(10);
    await waitUntil(() => savedCount === 2, 'both saved', { timeout: 5000 });
    const saved = (await children(ks)).filter((entry) => entry.operationAttributes?.length);
    expect(saved.map((entry) => entry.name)).to.have.members([output[0]!.title, output[1]!.title]);
    expect((await children(ks)).length).to.equal(before + 2);
  });

  it('asks to fix an invalid range instead of saving it, keeping the text', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    type(editField(el, 'edit-name'), '');
    type(editField(el, 'edit-end'), '99:99');
    await resetStats();
    buttonNamed(el, /Save as a new entry/).click();
    await el.updateComplete;
    expect($(el, '#edit-name-error')!.textContent).to.contain('Give the clip a title');
    expect($(el, '#edit-end-error')!.textContent).to.contain('minutes and seconds');
    expect(editField(el, 'edit-end').value).to.equal('99:99');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'edit-name'));
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('names the selected clip that needs fixing instead of saving any of them', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    type(editField(el, 'edit-name'), '');
    for (const box of $$<HTMLInputElement>(el, 'li.clip input[type="checkbox"]').slice(0, 2)) box.click();
    await el.updateComplete;
    await resetStats();
    buttonNamed(el, /Save selected \(2\)/).click();
    await waitUntil(() => $(el, '.list-pane [role="alert"]'), 'the problem', { timeout: 2000 });
    expect($(el, '.list-pane [role="alert"]')!.textContent).to.contain('needs fixing');
    expect(el.shadowRoot!.activeElement).to.equal(editField(el, 'edit-name'));
    expect((await stats()).httpRequests).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('keeps a Hebrew entry name whole in the English “From” line, and isolates the clip names it announces', async () => {
    const hebrew = 'הרצאת פתיחה: אוקיינוסים';
    await apiClient(ks).call(updateEntryMetadata(SOURCE, { name: hebrew }));
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await waitUntil(() => $(el, '.source bdi'), 'the source line', { timeout: 5000 });
    // The name sits in its own bidi isolate: its colon stays inside it, the quotes and the length stay outside.
    expect($(el, '.source bdi')!.textContent).to.equal(hebrew);
    expect($(el, '.source')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`From “${hebrew}” (30:00)`);
    await openFirstClip(el);
    type(editField(el, 'edit-name'), 'סיכום (חלק א)');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => liveRegion(el) === 'Saving “\u2068סיכום (חלק א)\u2069”…', 'the save announced, the name isolated', { timeout: 2000 });
    await advanceClock(10);
    await waitUntil(() => liveRegion(el) === 'Saved “\u2068סיכום (חלק א)\u2069” as a new entry.', 'the saved clip announced, the name isolated', { timeout: 5000 });
  });

  it('shows AI and entry text as text, never as markup', async () => {
    await clipsAlreadyGenerated(ks);
    const [child] = await children(ks);
    await apiClient(ks).call({
      service: 'media',
      action: 'update',
      params: { entryId: child!.id, mediaEntry: { objectType: 'KalturaMediaEntry', name: '<img src=x onerror="window.__pwned=1">Bold', description: '<b>loud</b>' } },
      parse: () => undefined,
      mutates: true,
    });
    const el = await lab(ks);
    // Renamed, the clip no longer matches the task's output by title: it is listed with the entry's other clips.
    await waitUntil(() => $(el, '#clip-set'), 'the set list', { timeout: 5000 });
    choose(el, 'clip-set', $$<HTMLOptionElement>(el, '#clip-set option').find((option) => /Other clips/.test(option.text))!.value);
    await waitUntil(() => /onerror/.test(text(el)), 'the odd title, as text', { timeout: 5000 });
    expect($$(el, 'li.clip img:not(.thumb)')).to.have.length(0);
    expect($$(el, 'li.clip b')).to.have.length(0);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('shows the entry’s captions in the preview and can burn them into the saved clip', async () => {
    const source = SEED.entries.seminar12;
    await clipsAlreadyGenerated(ks, 20, source);
    const el = await lab(ks, source);
    const video = await openFirstClip(el);
    await waitUntil(() => $<HTMLTrackElement>(el, 'video track'), 'a captions track', { timeout: 5000 });
    const track = $<HTMLTrackElement>(el, 'video track')!;
    expect(track.kind).to.equal('captions');
    expect(track.srclang).to.equal('en');
    // The SRT asset reaches the track as WebVTT, and its cues load.
    await waitUntil(() => (video.textTracks[0]?.cues?.length ?? 0) > 0, 'cues', { timeout: 5000 });

    $<HTMLInputElement>(el, '#edit-burn')!.click();
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    const { entry } = await saved;
    const raw = (await apiClient(ks).call({ service: 'baseentry', action: 'get', params: { entryId: entry.id }, parse: (value) => value })) as {
      operationAttributes: { captionAttributes?: { captionAssetId: string }[] }[];
    };
    expect(raw.operationAttributes[0]!.captionAttributes?.[0]?.captionAssetId).to.equal(SEED.captionAssets.seminarEnglish);
  });

  it('lets a session that may not edit the entry watch the clips, but not order or save', async () => {
    await clipsAlreadyGenerated(ks);
    // A user whose role reads profiles and prices (a basic user session may not), who does not own the entry.
    const student = await startKs({ type: 0, userId: SEED.users.student, privileges: `setrole:${SEED.roles.contentManager}` });
    const el = await lab(student);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    expect(text(el)).to.contain('may not order or save clips');
    expect($(el, 'form.order')).to.equal(null);
    expect($$(el, 'li.clip input[type="checkbox"]')).to.have.length(0);
    buttonNamed(el, /^\s*Preview:/).click();
    await waitUntil(() => $(el, 'video'), 'the preview', { timeout: 5000 });
    expect($(el, 'form.edit')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('opens the preview under its clip in a 360 px sidebar and beside the list when wide', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await fixture<ClipsLab>(
      html`<div style="inline-size: 360px"><clips-lab entry-id=${SOURCE} service-url=${serviceUrl} .ks=${ks}></clips-lab></div>`,
    ).then((wrapper) => wrapper.querySelector('clips-lab')!);
    await openFirstClip(el);
    expect($(el, 'li.detail-item video')).to.be.instanceOf(HTMLVideoElement);
    expect(el.shadowRoot!.activeElement?.id).to.equal('detail-heading');
    expect($(el, '.detail-pane')).to.equal(null);
    const thumbnails = $$(el, 'li.clip .thumb');
    expect(thumbnails[0]!.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
    await expect(el).to.be.accessible();

    el.parentElement!.style.inlineSize = '1100px';
    await waitUntil(() => $(el, '.detail-pane video'), 'the preview beside the list', { timeout: 2000 });
    expect($(el, 'li.detail-item')).to.equal(null);
  });

  it('loads again when it is moved in the page', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => clipCards(el).length > 0 && !/Loading clips/.test(text(el)), 'clips listed again', { timeout: 5000 });
  });

  it('keeps a save going when it is moved in the page, and never starts a second copy', async () => {
    await clipsAlreadyGenerated(ks);
    const el = await lab(ks);
    await openFirstClip(el);
    const before = (await children(ks)).length;
    await resetStats();
    // The clone is on its way when the lab is moved: it must not be cancelled, nor forgotten.
    await injectFault({ service: 'baseentry', action: 'clone', fault: 'latency', latencyMs: 400 });
    buttonNamed(el, /Save as a new entry/).click();
    await waitUntil(() => /Copying the entry/.test(text(el)), 'copying', { timeout: 5000 });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await waitUntil(() => $(el, 'form.edit') && !/Loading clips/.test(text(el)), 'the preview again', { timeout: 5000 });
    expect(buttonNamed(el, /Saving…/).getAttribute('aria-disabled')).to.equal('true');
    const saved = next(el, 'reach-clip-saved');
    buttonNamed(el, /Saving…/).click();
    await waitUntil(() => /Processing on the server/.test(text(el)), 'processing', { timeout: 5000 });
    await advanceClock(10);
    await saved;
    expect((await stats()).calls['baseentry.clone']).to.equal(1);
    expect((await children(ks)).length).to.equal(before + 1);
  });

  it('places the timeline markers under a strict style-src policy without a violation', async () => {
    await clipsAlreadyGenerated(ks);
    const nonce = crypto.randomUUID();
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '1000px';
    // 'report-sample': each report carries the start of the blocked style, to tell the probe below from the lab's.
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="style-src 'self' 'report-sample'; script-src 'self' 'nonce-${nonce}'">
      <script type="module" nonce="${nonce}">
        import '${new URL('./index.ts', import.meta.url).pathname}';
        window.labReady = true;
      </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const frameWindow = frame.contentWindow as Window & typeof globalThis & { labReady?: boolean };
      await waitUntil(() => frameWindow.labReady, 'the lab loaded in the frame', { timeout: 5000 });
      const violations: { sample?: string }[] = [];
      new frameWindow.ReportingObserver((reports) => violations.push(...reports.map((report) => report.body?.toJSON())), {
        types: ['csp-violation'],
        buffered: true,
      }).observe();
      const el = frameWindow.document.createElement('clips-lab') as ClipsLab;
      Object.assign(el, { entryId: SOURCE, serviceUrl, ks });
      frameWindow.document.body.append(el);
      await waitUntil(() => $$(el, '.timeline button.marker').length > 0, 'markers', { timeout: 5000 });
      const track = $(el, '.track')!.getBoundingClientRect();
      const [first] = $$(el, '.timeline button.marker');
      const marker = first!.getBoundingClientRect();
      // Placed where the clip is (the seeded first clip does not start at 0:00), not at the start of the track.
      expect(marker.left).to.be.greaterThan(track.left + 2);
      // A violation of the test's own, after the lab rendered: reports reach the observer in the order they
      // happened, so once the probe's is in, any the lab caused are in too.
      await el.updateComplete;
      frameWindow.document.body.setAttribute('style', '--csp-probe: 1');
      const isProbe = (violation: { sample?: string }) => violation.sample?.startsWith('--csp-probe') ?? false;
      await waitUntil(() => violations.some(isProbe), 'the probe reported', { timeout: 5000 });
      expect(violations.filter((violation) => !isProbe(violation))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('revokes a caption track that arrives after the preview was reset', async () => {
    const source = SEED.entries.seminar12;
    await clipsAlreadyGenerated(ks, 20, source);
    const el = await lab(ks, source);
    await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
    const created: string[] = [];
    const revoked: string[] = [];
    const { createObjectURL, revokeObjectURL } = URL;
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = createObjectURL.call(URL, object);
      created.push(url);
      return url;
    };
    URL.revokeObjectURL = (url: string) => {
      revoked.push(url);
      revokeObjectURL.call(URL, url);
    };
    try {
      // The media and caption URLs come late; meanwhile the lab is given another entry.
      await injectFault({ service: 'caption_captionasset', action: 'getUrl', fault: 'latency', latencyMs: 300 });
      buttonNamed(el, /Preview and edit/).click();
      await el.updateComplete;
      el.entryId = SOURCE;
      await waitUntil(() => created.length === 1, 'the late caption track', { timeout: 5000 });
      await waitUntil(() => revoked.length === 1, 'revoked', { timeout: 2000 });
      expect(revoked).to.deep.equal(created);
      expect($(el, 'video track')).to.equal(null);
      expect((el as unknown as { trackUrl?: string }).trackUrl).to.equal(undefined);
      expect((el as unknown as { mediaUrl?: string }).mediaUrl).to.equal(undefined);
    } finally {
      URL.createObjectURL = createObjectURL;
      URL.revokeObjectURL = revokeObjectURL;
    }
  });

  it('explains a load failure and can try again', async () => {
    const el = await lab(ks, '0_missing1');
    await waitUntil(() => $(el, '[role="alert"]'), 'the error', { timeout: 5000 });
    expect(text(el)).to.contain('could not be loaded');
    expect(buttonNamed(el, /Try again/)).to.be.instanceOf(HTMLButtonElement);
    await expect(el).to.be.accessible();
  });

  it('plays in the host page’s Kaltura Player when it is there', async () => {
    const calls: string[] = [];
    const fake = Object.assign(new EventTarget(), {
      currentTime: 0,
      paused: true,
      loadMedia: (media: { entryId: string }) => calls.push(`loadMedia ${media.entryId}`),
      play: () => calls.push('play'),
      pause: () => undefined,
      destroy: () => calls.push('destroy'),
    });
    (window as unknown as { KalturaPlayer?: unknown }).KalturaPlayer = {
      setup: (config: { targetId: string; provider: { partnerId: number; uiConfId: number } }) => {
        calls.push(`setup ${config.provider.partnerId} ${config.provider.uiConfId} ${Boolean(document.getElementById(config.targetId))}`);
        return fake;
      },
    };
    try {
      const output = await clipsAlreadyGenerated(ks);
      const el = await fixture<ClipsLab>(
        html`<clips-lab entry-id=${SOURCE} player-uiconf-id="4711" service-url=${serviceUrl} .ks=${ks}></clips-lab>`,
      );
      await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
      buttonNamed(el, /Preview and edit/).click();
      await waitUntil(() => calls.length >= 2, 'player set up', { timeout: 5000 });
      expect(calls.slice(0, 2)).to.deep.equal([`setup ${SEED.partner} 4711 true`, `loadMedia ${SOURCE}`]);
      expect(fake.currentTime).to.equal(output[0]!.start);
      expect($(el, 'video')).to.equal(null);
      buttonNamed(el, /Play clip/).click();
      expect(calls).to.include('play');
      el.remove();
      expect(calls).to.include('destroy');
    } finally {
      delete (window as unknown as { KalturaPlayer?: unknown }).KalturaPlayer;
    }
  });
});
