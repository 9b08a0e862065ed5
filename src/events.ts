/**
 * The public events (architecture.md "Events"): typed Event subclasses, all `bubbles` and `composed`,
 * so a host page can listen on the element or on any ancestor, across shadow roots. None carries the KS.
 */
import type { EntryVendorTask, MediaEntry } from './reach/schemas.js';
import type { Agent } from './agents/schemas.js';

const init = { bubbles: true, composed: true } as const;

export class ReachTaskCreatedEvent extends Event {
  static readonly eventName = 'reach-task-created';
  constructor(readonly task: EntryVendorTask) {
    super(ReachTaskCreatedEvent.eventName, init);
  }
}

export class ReachTaskChangedEvent extends Event {
  static readonly eventName = 'reach-task-changed';
  constructor(
    readonly task: EntryVendorTask,
    readonly previousStatus: number | undefined,
  ) {
    super(ReachTaskChangedEvent.eventName, init);
  }
}

export class ReachClipSavedEvent extends Event {
  static readonly eventName = 'reach-clip-saved';
  constructor(
    readonly entry: MediaEntry,
    readonly sourceEntryId: string,
  ) {
    super(ReachClipSavedEvent.eventName, init);
  }
}

/** An agent was activated, deactivated, saved or deleted (then its `status` is `Deleted`). */
export class ReachAgentChangedEvent extends Event {
  static readonly eventName = 'reach-agent-changed';
  constructor(readonly agent: Agent) {
    super(ReachAgentChangedEvent.eventName, init);
  }
}

/** An on-demand agent was run: one execution per entry. */
export class ReachAgentRunEvent extends Event {
  static readonly eventName = 'reach-agent-run';
  constructor(
    readonly agent: Agent,
    readonly executionIds: readonly string[],
  ) {
    super(ReachAgentRunEvent.eventName, init);
  }
}

export interface ReachErrorDetail {
  code: string;
  message: string;
  service?: string | undefined;
  action?: string | undefined;
}

export class ReachErrorEvent extends Event {
  static readonly eventName = 'reach-error';
  readonly code: string;
  readonly message: string;
  readonly service: string | undefined;
  readonly action: string | undefined;
  constructor(detail: ReachErrorDetail) {
    super(ReachErrorEvent.eventName, init);
    this.code = detail.code;
    this.message = detail.message;
    this.service = detail.service;
    this.action = detail.action;
  }
}

export class ReachKsExpiringEvent extends Event {
  static readonly eventName = 'reach-ks-expiring';
  /** Unix seconds. */
  constructor(readonly expiresAt: number) {
    super(ReachKsExpiringEvent.eventName, init);
  }
}

export class ReachKsExpiredEvent extends Event {
  static readonly eventName = 'reach-ks-expired';
  constructor() {
    super(ReachKsExpiredEvent.eventName, init);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'reach-task-created': ReachTaskCreatedEvent;
    'reach-task-changed': ReachTaskChangedEvent;
    'reach-clip-saved': ReachClipSavedEvent;
    'reach-agent-changed': ReachAgentChangedEvent;
    'reach-agent-run': ReachAgentRunEvent;
    'reach-error': ReachErrorEvent;
    'reach-ks-expiring': ReachKsExpiringEvent;
    'reach-ks-expired': ReachKsExpiredEvent;
  }
}
