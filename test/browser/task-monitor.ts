// The task monitor's browser-test helpers: the element on the page, its cards and rows, and orders placed beside it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-task-monitor/index.js';
import type { ReachTaskMonitor } from '../../src/elements/reach-task-monitor/reach-task-monitor.js';
import { addTask, type NewTask } from '../../src/reach/tasks.js';
import type { EntryVendorTask } from '../../src/reach/schemas.js';
import { apiClient, SEED, serviceUrl } from './sandbox.js';
import { sessionOf, text } from './elements.js';

export const E = SEED.entries;
export const C = SEED.catalog;
export const T = SEED.tasks;
export const STUDENT = SEED.users.student;

/** Places an order as the host page would (not through the element). */
export async function order(ks: string, task: NewTask): Promise<EntryVendorTask> {
  return apiClient(ks).call(addTask(task));
}

/** Asks the server now, as the poller's next tick would, and waits for the element to show it. */
export async function poll(el: ReachTaskMonitor): Promise<void> {
  await sessionOf(el).poller.refresh();
  await el.updateComplete;
}

export async function monitor(ks: string, entryId?: string, pageSize?: number): Promise<ReachTaskMonitor> {
  const el = await fixture<ReachTaskMonitor>(
    html`<reach-task-monitor entry-id=${entryId ?? ''} page-size=${pageSize ?? 500} service-url=${serviceUrl} .ks=${ks}></reach-task-monitor>`,
  );
  await waitUntil(
    () => el.shadowRoot!.querySelector('.task, .row, .empty, .notice:not([role=status])'),
    'the tasks did not load',
    { timeout: 5000 },
  );
  // The account view's list may come a moment after the notices above it (its code loads on first use).
  await waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'the account view did not load');
  await el.updateComplete;
  // An administrator's account view starts on the orders awaiting approval: these tests look at every task.
  const pressed = el.shadowRoot!.querySelector<HTMLButtonElement>('.chip[aria-pressed=true]');
  if (pressed) {
    pressed.click();
    await waitUntil(
      () => !el.shadowRoot!.querySelector('.chip[aria-pressed=true]') && rows(el).length > 1,
      'every status is not shown',
      { timeout: 5000 },
    );
  }
  return el;
}

export const cards = (el: ReachTaskMonitor) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('article.task')];
export const rows = (el: ReachTaskMonitor) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.row')];
export function card(el: ReachTaskMonitor, taskId: string | number): HTMLElement {
  const found = cards(el).find((article) => article.getAttribute('aria-labelledby') === `task-${taskId}`);
  if (!found) throw new Error(`task ${taskId} is not shown`);
  return found;
}
export const badge = (el: ReachTaskMonitor, taskId: string | number) => text(card(el, taskId).querySelector('.badge')!);
export function button(root: Element | ShadowRoot, name: RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => name.test(text(candidate)));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}
export const hasButton = (root: Element, name: RegExp) =>
  [...root.querySelectorAll('button')].some((candidate) => name.test(text(candidate)));
export const liveRegion = (el: ReachTaskMonitor) => text(el.shadowRoot!.querySelector('[aria-live=polite]')!);
/** The shared live region speaks on the next frame (cleared first, so that the same words are said again). */
export const spoken = (el: ReachTaskMonitor) => waitUntil(() => liveRegion(el) !== '', 'nothing was announced');
/** After clicking a task's action or result: its confirmation and result load on first use, awaited as a user waits. */
export async function cardPartsLoaded(el: ReachTaskMonitor): Promise<void> {
  await el.updateComplete;
  const opened = () => !el.shadowRoot!.querySelector('article.task p.loading');
  await waitUntil(opened, 'the card did not open', { timeout: 5000 });
  await el.updateComplete;
}
/** The account view's filter form is folded at first. */
export async function openFilters(el: ReachTaskMonitor): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>('.filters-toggle')!.click();
  await el.updateComplete;
}
