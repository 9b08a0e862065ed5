import { KalturaClient, KsInvalidEvent, type ApiCall, type CallOptions } from '../api/client.js';
import { parseKs } from '../api/ks.js';
import { ReachKsExpiredEvent, ReachKsExpiringEvent } from '../events.js';
import { getSessionInfo, type SessionDetails } from '../reach/session-info.js';
import { chunkIds, listTasksById } from '../reach/tasks.js';
import { TaskPoller } from './poller.js';
import { TaskStore } from './task-store.js';

export const DEFAULT_SERVICE_URL = 'https://www.kaltura.com';

/** How long before a known expiry `reach-ks-expiring` fires. */
const EXPIRY_WARNING_SECONDS = 60;

export interface SessionSettings {
  serviceUrl?: string | undefined;
  ks: string;
  partnerId?: number | undefined;
}

/**
 * What the elements of one page share per (service URL, KS): the client (one HTTP request per tick),
 * the task store and its poller. Elements find it through `acquireSession` — with or without a
 * `<reach-provider>` — and give it back with `release` when they leave the page.
 */
export class ReachSession {
  readonly serviceUrl: string;
  readonly client: KalturaClient;
  readonly tasks = new TaskStore();
  readonly poller: TaskPoller;
  /** From the KS when it says, else from `session.get`; settings win. */
  partnerId: number | undefined;
  readonly #hosts = new Set<HTMLElement>();
  #details: Promise<SessionDetails> | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(settings: SessionSettings) {
    this.serviceUrl = normaliseServiceUrl(settings.serviceUrl);
    this.client = new KalturaClient({ serviceUrl: this.serviceUrl, ks: settings.ks });
    this.partnerId = settings.partnerId ?? parseKs(settings.ks)?.partnerId;
    this.poller = new TaskPoller(this.tasks, async (ids) => {
      const pages = await Promise.all(chunkIds(ids).map((chunk) => this.call(listTasksById(chunk))));
      return pages.flat();
    });
    this.client.addEventListener('ks-invalid', (event) => {
      if (event instanceof KsInvalidEvent) this.#announce(new ReachKsExpiredEvent());
    });
  }

  get ks(): string {
    return this.client.ks;
  }

  /** True after INVALID_KS until the host sets a new KS; calls wait meanwhile. */
  get waitingForKs(): boolean {
    return this.client.waitingForKs;
  }

  call<T>(call: ApiCall<T>, options?: CallOptions): Promise<T> {
    return this.client.call(call, options);
  }

  /**
   * Who the KS belongs to and what it may do. Asked once per KS; call it in the same tick as the other
   * first calls so that `session.get` rides in their multirequest.
   */
  details(): Promise<SessionDetails> {
    this.#details ??= this.call(getSessionInfo()).then((details) => {
      this.partnerId ??= details.partnerId;
      this.#watchExpiry(details.expiry);
      return details;
    });
    // A failed look-up is asked again next time.
    this.#details.catch(() => (this.#details = undefined));
    return this.#details;
  }

  /** The host set a new KS (e.g. after `reach-ks-expired`): everything that waited resumes. */
  updateKs(ks: string): void {
    if (ks === this.client.ks) return;
    this.client.ks = ks;
    this.#details = undefined;
    if (this.#hosts.size > 0) void this.details().catch(() => undefined);
  }

  attach(host: HTMLElement): void {
    this.#hosts.add(host);
  }

  /** Returns true when no element uses the session any more. */
  detach(host: HTMLElement): boolean {
    this.#hosts.delete(host);
    return this.#hosts.size === 0;
  }

  dispose(): void {
    this.poller.dispose();
    clearTimeout(this.#expiryTimer);
  }

  #watchExpiry(expiry: number | undefined): void {
    clearTimeout(this.#expiryTimer);
    if (!expiry) return;
    const warnInMs = (expiry - EXPIRY_WARNING_SECONDS) * 1000 - Date.now();
    this.#expiryTimer = setTimeout(() => this.#announce(new ReachKsExpiringEvent(expiry)), Math.max(0, warnInMs));
  }

  /** Session-wide events are fired once, from the first element that uses the session. */
  #announce(event: Event): void {
    const [host] = this.#hosts;
    host?.dispatchEvent(event);
  }
}

export function normaliseServiceUrl(serviceUrl: string | undefined): string {
  const url = (serviceUrl?.trim() || DEFAULT_SERVICE_URL).replace(/\/+$/, '');
  return url.replace(/\/api_v3$/, '');
}

const sessions = new Map<string, ReachSession>();
const keyOf = (serviceUrl: string | undefined, ks: string) => `${normaliseServiceUrl(serviceUrl)}\n${ks}`;

/**
 * The page's session for these settings. `previous` is the session the element used before its KS
 * changed: it is kept and given the new KS, so what waited for a new KS resumes and nothing is lost.
 */
export function acquireSession(host: HTMLElement, settings: SessionSettings, previous?: ReachSession): ReachSession {
  const key = keyOf(settings.serviceUrl, settings.ks);
  let session = sessions.get(key);
  if (!session && previous && previous.serviceUrl === normaliseServiceUrl(settings.serviceUrl)) {
    previous.updateKs(settings.ks);
    session = previous;
    sessions.set(key, session);
  }
  if (!session) {
    session = new ReachSession(settings);
    sessions.set(key, session);
  }
  if (previous && previous !== session) releaseSession(host, previous);
  session.attach(host);
  return session;
}

export function releaseSession(host: HTMLElement, session: ReachSession): void {
  if (!session.detach(host)) return;
  session.dispose();
  for (const [key, value] of sessions) if (value === session) sessions.delete(key);
}
