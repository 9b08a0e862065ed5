/**
 * Browser-test helpers for <reach-order-panel>: open one on an entry, pick services, review and read the
 * results as a user does, and watch or change what goes over the wire.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-order-panel/index.js';
import type { ReachOrderPanel } from '../../src/elements/reach-order-panel/reach-order-panel.js';
import { KalturaClient } from '../../src/api/client.js';
import { addTask, listTasks, type NewTask } from '../../src/reach/tasks.js';
import { serviceUrl } from './sandbox.js';
import { text } from './elements.js';

export async function panel(entryId: string, ks: string): Promise<ReachOrderPanel> {
  const element = await fixture<ReachOrderPanel>(
    html`<reach-order-panel .ks=${ks} service-url=${serviceUrl} entry-id=${entryId}></reach-order-panel>`,
  );
  await loaded(element);
  return element;
}

/** Loaded, showing all services ("Browse all services"), as most tests of the catalog want it. */
export async function loaded(element: ReachOrderPanel): Promise<void> {
  await loadedByNeed(element);
  const browse = $(element, '#browse');
  if (!browse) return;
  browse.click();
  await partsLoaded(element);
}

/** Loaded, as it opens: asking what is needed first. */
export async function loadedByNeed(element: ReachOrderPanel): Promise<void> {
  await waitUntil(
    () => element.shadowRoot!.querySelector('.entry, .notice.error, .need-steps'),
    'the panel did not load',
    { timeout: 5000 },
  );
  await partsLoaded(element);
}

export const $ = <T extends Element = HTMLElement>(element: ReachOrderPanel, selector: string) =>
  element.shadowRoot!.querySelector<T & HTMLElement>(selector);
export const row = (element: ReachOrderPanel, id: number) => $(element, `[data-item="${id}"]`)!;
export const rowText = (element: ReachOrderPanel, id: number) => text(row(element, id));
export const checkbox = (element: ReachOrderPanel, id: number) => $<HTMLInputElement>(element, `#pick-${id}`)!;

/** Ticks services as a user does (their checkboxes come with the order parts), and waits for what that draws. */
export async function pick(element: ReachOrderPanel, ...ids: number[]): Promise<void> {
  for (const id of ids) {
    checkbox(element, id).click();
    await element.updateComplete;
  }
  await partsLoaded(element);
}

/** The parts loaded on first use (the order parts, the bulk order) have come: no "Loading…" is left. */
export async function partsLoaded(element: ReachOrderPanel): Promise<void> {
  await element.updateComplete;
  await waitUntil(() => !$(element, 'p.loading'), 'a part of the panel did not load', { timeout: 5000 });
  await element.updateComplete;
}

export async function choose(element: ReachOrderPanel, selector: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(element, selector)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await element.updateComplete;
}

export async function type(element: ReachOrderPanel, selector: string, value: string): Promise<void> {
  const field = $<HTMLInputElement>(element, selector)!;
  field.value = value;
  field.dispatchEvent(new Event('input'));
  await element.updateComplete;
}

export async function review(element: ReachOrderPanel): Promise<void> {
  $(element, '#review')!.click();
  await element.updateComplete;
  await waitUntil(() => $(element, '#place'), 'the confirmation did not open');
}

export async function results(element: ReachOrderPanel): Promise<string> {
  await waitUntil(() => $(element, '.results'), 'no order results', { timeout: 5000 });
  return text(element, '.results');
}

/** The sandbox as the host page, another user or another tab sees it: straight through the API with `ks`. */
export const apiAs = (ks: string) => new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });

/** An order placed outside the panel, as another user or tab would. */
export async function orderElsewhere(ks: string, task: NewTask): Promise<void> {
  const created = await apiAs(ks).call(addTask(task));
  expect(created.id, 'the other order was not created').to.be.a('string');
}

export async function tasksOnServer(ks: string, entryId: string, catalogItemId: number): Promise<number> {
  return (await apiAs(ks).call(listTasks({ entryIdEqual: entryId, catalogItemIdIn: [catalogItemId] }))).totalCount;
}

/** The form fields of every request the page sends until `stop()`. */
export function recordSentFields(): { fields: [string, string][]; stop: () => void } {
  const fields: [string, string][] = [];
  const realFetch = window.fetch;
  window.fetch = (input, init) => {
    if (init?.body instanceof URLSearchParams) fields.push(...init.body);
    return realFetch(input, init);
  };
  return {
    fields,
    stop: () => {
      window.fetch = realFetch;
    },
  };
}

export type WireObject = Record<string, unknown>;

/** Rewrites the `objects` of every list answer of `listType` in multirequest answers; returns the undo. */
export function rewriteAnswers(listType: string, rewrite: (objects: WireObject[]) => WireObject[]): () => void {
  const realFetch = window.fetch;
  window.fetch = async (input, init) => {
    const response = await realFetch(input, init);
    if (!String(input).endsWith('/multirequest')) return response;
    const answers = (await response.json()) as WireObject[];
    for (const answer of answers) {
      if (answer?.objectType === listType) {
        answer.objects = rewrite(answer.objects as WireObject[]);
        answer.totalCount = (answer.objects as WireObject[]).length;
      }
    }
    return new Response(JSON.stringify(answers), { status: 200, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    window.fetch = realFetch;
  };
}
