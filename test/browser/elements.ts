/**
 * Browser-test helpers for reading the REACH elements as a user (and a test) sees them.
 */
import type { ReachTaskCreatedEvent } from '../../src/events.js';
import type { ReachSession } from '../../src/state/session.js';

/** The page's shared session an element uses (a protected field: tests read it to drive its poller). */
export function sessionOf(element: HTMLElement): ReachSession {
  return (element as unknown as { session: ReachSession }).session;
}

/**
 * What a reader sees of `node`: its text with spaces collapsed and the invisible bidi isolates around
 * server text left out. An element with a shadow root (a REACH element) is read through it; `selector`
 * reads one part of it instead ('' when there is no such part).
 */
export function text(node: Element | ShadowRoot | null | undefined, selector?: string): string {
  const root = node instanceof Element && node.shadowRoot ? node.shadowRoot : node;
  const target = selector ? root?.querySelector(selector) : root;
  return (target?.textContent ?? '')
    .replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every `reach-task-created` that reaches `target` from now on. */
export function collectCreated(target: EventTarget): ReachTaskCreatedEvent[] {
  const events: ReachTaskCreatedEvent[] = [];
  target.addEventListener('reach-task-created', (event) => events.push(event as ReachTaskCreatedEvent));
  return events;
}
