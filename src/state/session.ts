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

/** How long, and how many, announcement keys a session remembers (see `claimAnnouncement`). */
const ANNOUNCEMENT_MEMORY_MS = 30_000;
const ANNOUNCEMENT_MEMORY_SIZE = 200;

/** The longest delay setTimeout honours. */
const MAX_TIMER_MS = 2 ** 31 - 1;

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
  /** Announcement keys claimed lately, with when (ms); see `claimAnnouncement`. */
  readonly #announced = new Map<string, number>();
  #details: Promise<SessionDetails> | undefined;
  #expiryTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #partnerIdFromSettings: boolean;

  constructor(settings: SessionSettings) {
    this.serviceUrl = normaliseServiceUrl(settings.serviceUrl);
    this.client = new KalturaClient({ serviceUrl: this.serviceUrl, ks: settings.ks });
    this.#partnerIdFromSettings = settings.partnerId !== undefined;
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
    if (this.#details) return this.#details;
    const asked = this.call(getSessionInfo()).then((details) => {
      // An answer about a KS that has since been replaced changes nothing.
      if (this.#details === asked) {
        this.partnerId ??= details.partnerId;
        this.#watchExpiry(details.expiry);
      }
      return details;
    });
    this.#details = asked;
    // A failed look-up is asked again next time (unless a newer one has already started).
    asked.catch(() => {
      if (this.#details === asked) this.#details = undefined;
    });
    return asked;
  }

  /** The host set a new KS (e.g. after `reach-ks-expired`): everything that waited resumes. */
  updateKs(ks: string): void {
    if (ks === this.client.ks) return;
    this.client.ks = ks;
    this.#details = undefined;
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
    // Settings win over the KS; otherwise take the partner of the new KS when it says.
    if (!this.#partnerIdFromSettings) this.partnerId = parseKs(ks)?.partnerId ?? this.partnerId;
    if (this.#hosts.size > 0) void this.details().catch(() => undefined);
  }

  /** True when `host` is the only element using the session (or none does). */
  usedOnlyBy(host: HTMLElement): boolean {
    return this.#hosts.size === 0 || (this.#hosts.size === 1 && this.#hosts.has(host));
  }

  /**
   * True for the first element of this session that claims `key` (e.g. `${taskId}:${status}`) within
   * ANNOUNCEMENT_MEMORY_MS; false for the others, so a change is spoken once however many elements show it.
   */
  claimAnnouncement(key: string): boolean {
    const now = Date.now();
    for (const [known, at] of this.#announced) {
      if (now - at < ANNOUNCEMENT_MEMORY_MS && this.#announced.size <= ANNOUNCEMENT_MEMORY_SIZE) break;
      this.#announced.delete(known);
    }
    const at = this.#announced.get(key);
    if (at !== undefined && now - at < ANNOUNCEMENT_MEMORY_MS) return false;
    this.#announced.delete(key);
    this.#announced.set(key, now);
    return true;
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
    // A session.get answer that lands after this arms no expiry timer (it would keep the session for the KS's life).
    this.#details = undefined;
  }

  #watchExpiry(expiry: number | undefined): void {
    clearTimeout(this.#expiryTimer);
    this.#expiryTimer = undefined;
    if (!expiry) return;
    const warnAt = (expiry - EXPIRY_WARNING_SECONDS) * 1000;
    // setTimeout fires at once beyond 2^31 - 1 ms (~24.8 days): wait in chunks and look again.
    const arm = () => {
      const wait = warnAt - Date.now();
      if (wait > MAX_TIMER_MS) {
        this.#expiryTimer = setTimeout(arm, MAX_TIMER_MS);
        return;
      }
      this.#expiryTimer = setTimeout(
        () => {
          this.#expiryTimer = undefined;
          this.#announce(new ReachKsExpiringEvent(expiry));
        },
        Math.max(0, wait),
      );
    };
    arm();
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
 * changed. It is given the new KS — so what waited for a new KS resumes and nothing is lost — only when
 * this element is its only user, or when it waits for a new KS (a renewal after expiry, which every
 * element sharing it needs). Otherwise the other elements keep it with the old KS and this element gets
 * (or creates) the session for the new one. A session that takes a new KS is filed under the new key only.
 */
export function acquireSession(host: HTMLElement, settings: SessionSettings, previous?: ReachSession): ReachSession {
  const key = keyOf(settings.serviceUrl, settings.ks);
  let session = sessions.get(key);
  if (
    !session &&
    previous &&
    previous.serviceUrl === normaliseServiceUrl(settings.serviceUrl) &&
    (previous.usedOnlyBy(host) || previous.waitingForKs)
  ) {
    for (const [oldKey, value] of sessions) if (value === previous) sessions.delete(oldKey);
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

/** For tests (a soak test asserts nothing is retained): how many sessions the page holds now. */
export function heldSessionCount(): number {
  return new Set(sessions.values()).size;
}

export function releaseSession(host: HTMLElement, session: ReachSession): void {
  if (!session.detach(host)) return;
  session.dispose();
  for (const [key, value] of sessions) if (value === session) sessions.delete(key);
}
