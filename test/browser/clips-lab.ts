// What the clips lab's browser tests share: the seeded source, clips made without the element, and
// reading and driving the lab as a user does.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/elements/clips-lab/index.js';
import type { ClipsLab } from '../../src/elements/clips-lab/clips-lab.js';
import { parseClipsOutput } from '../../src/reach/clip-suggestions.js';
import { listEntries } from '../../src/reach/entries.js';
import { addTask, getTask } from '../../src/reach/tasks.js';
import {
  advanceClock,
  apiClient,
  clearFaults,
  injectFault,
  resetSandbox,
  SEED,
  serviceUrl,
  startKs,
} from './sandbox.js';
import { sessionOf, text } from './elements.js';
export { apiClient } from './sandbox.js';

export const SOURCE = SEED.entries.keynote30;

/**
 * Each test of the calling `describe` starts on a fresh sandbox with a KS of the media team (`ks()` reads it); the
 * faults a test arms are cleared after it.
 */
export function freshLabSession(): () => string {
  let ks = '';
  beforeEach(async () => {
    await resetSandbox();
    ks = await startKs({ userId: SEED.users.mediaTeam });
  });
  afterEach(() => clearFaults());
  return () => ks;
}
/** Fails the 1st, 3rd … task ordered from it, with an errDescription; delivers the others. */
export const FLAKY_CLIPS = SEED.catalog.machineClipsEnglishFlaky;
const ALL_STATUSES = ['-2', '-1', '0', '1', '2', '4', '7'];

/** Orders clips without the element, as if another tab had, and lets the vendor deliver them. */
export async function clipsAlreadyGenerated(ks: string, clipsDuration = 60, entryId: string = SOURCE) {
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

export async function children(ks: string, statusIn = ALL_STATUSES) {
  const { objects } = await apiClient(ks).call(listEntries({ rootEntryIdIn: [SOURCE], statusIn }, { pageSize: 500 }));
  return objects.filter((entry) => entry.id !== SOURCE);
}

/** Polls quickly: the sandbox clock, not real time, decides when things are done. */
function pollFast(el: ClipsLab): void {
  const session = sessionOf(el);
  session.poller.timing = { ...session.poller.timing, fastMs: 50, machineMaxMs: 100, humanMaxMs: 100, errorMaxMs: 200 };
}

export const $ = <T extends Element = HTMLElement>(el: ClipsLab, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: ClipsLab, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

export function buttonNamed(el: ClipsLab, name: RegExp): HTMLButtonElement {
  const button = $$<HTMLButtonElement>(el, 'button').find((candidate) =>
    name.test(candidate.textContent!.replace(/\s+/g, ' ')),
  );
  if (!button) throw new Error(`no button ${name}`);
  return button;
}

export function type(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function choose(el: ClipsLab, selectId: string, value: string | number): void {
  const select = $<HTMLSelectElement>(el, `#${selectId}`)!;
  select.value = String(value);
  select.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** What the lab shows in the order form as the credit left on the profile. */
export const creditLeft = (el: ClipsLab) => $$(el, '.price dd')[1]!.textContent!.trim();
export const liveRegion = (el: ClipsLab) => $(el, 'p[role="status"]')!.textContent!;

/** Lets the vendor finish the clips task and the lab see it; resolves with the task as the lab saw it change. */
export async function vendorFinishes(el: ClipsLab) {
  await advanceClock(30);
  const changed = next(el, 'reach-task-changed');
  await sessionOf(el).poller.refresh();
  return (await changed).task;
}

/** `entryHref`: the host page's entry URL template, for links to saved clips. */
export async function lab(ks: string, entryId: string = SOURCE, entryHref?: string): Promise<ClipsLab> {
  const el = await fixture<ClipsLab>(
    html`<clips-lab entry-id=${entryId} entry-href=${entryHref ?? nothing} service-url=${serviceUrl} .ks=${ks}></clips-lab>`,
  );
  pollFast(el);
  return el;
}

/** The next event of that name, typed. */
export const next = <K extends keyof GlobalEventHandlersEventMap>(el: ClipsLab, name: K) =>
  oneEvent(el, name) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
export const clipCards = (el: ClipsLab) => $$(el, 'li.clip');

export async function openFirstClip(el: ClipsLab): Promise<HTMLVideoElement> {
  await waitUntil(() => clipCards(el).length > 0, 'clips listed', { timeout: 5000 });
  buttonNamed(el, /Preview and edit/).click();
  await waitUntil(() => $(el, 'video')?.getAttribute('src'), 'the preview has its media', { timeout: 5000 });
  return $<HTMLVideoElement>(el, 'video')!;
}

/** A lab whose save of its first clip stopped (the cut failed): the empty copy it made is left, owned by the save. */
export async function labWithStoppedSave(ks: string): Promise<ClipsLab> {
  await clipsAlreadyGenerated(ks);
  const first = await lab(ks);
  await openFirstClip(first);
  await injectFault({ service: 'media', action: 'updateContent', fault: 'http500' });
  buttonNamed(first, /Save as a new entry/).click();
  await waitUntil(() => /the clip was not cut yet/.test(text(first)), 'the failure', { timeout: 5000 });
  return first;
}

/** The pointer comes to the order form, as before pressing Generate: the order step it loads has come. */
export async function pointAtOrderForm(el: ClipsLab): Promise<void> {
  $(el, 'form.order')!.dispatchEvent(new PointerEvent('pointerenter'));
  const { orderStep } = el as unknown as { orderStep: { loaded: unknown } };
  await waitUntil(() => orderStep.loaded, 'the order step', { timeout: 5000 });
}

export function editField(el: ClipsLab, id: string): HTMLInputElement {
  return $<HTMLInputElement>(el, `#${id}`)!;
}

/** A part of the lab (`LazyModule`), by the name the lab gives it, with the load it was made with. */
function partOf(el: ClipsLab, name: 'orderStep' | 'savesPart' | 'detailPart') {
  return (el as unknown as Record<typeof name, { options: { load: () => Promise<unknown> } }>)[name];
}

/** The part comes only once the returned function is called, as over a slow network. */
export function holdPart(el: ClipsLab, name: 'orderStep' | 'savesPart' | 'detailPart'): () => void {
  const { options } = partOf(el, name);
  const load = options.load;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  options.load = () => held.then(load);
  return release;
}

/** The part cannot be loaded (offline) until the returned function is called. */
export function failPart(el: ClipsLab, name: 'orderStep' | 'savesPart' | 'detailPart'): () => void {
  const { options } = partOf(el, name);
  const load = options.load;
  options.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  return () => (options.load = load);
}

/** A lab whose parts `prepare` holds or fails before its first render. */
export async function preparedLab(ks: string, prepare: (el: ClipsLab) => void, entryId = SOURCE): Promise<ClipsLab> {
  const place = await fixture<HTMLElement>(html`<div></div>`);
  const el = document.createElement('clips-lab');
  el.entryId = entryId;
  el.setAttribute('service-url', serviceUrl);
  el.ks = ks;
  prepare(el);
  place.append(el);
  await el.updateComplete;
  pollFast(el);
  return el;
}
