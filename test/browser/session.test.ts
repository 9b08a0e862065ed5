// The page's shared sessions: which element keeps which KS, session.get answers that arrive late,
// far expiries, announcement claims; and the task store's ordering rules and listener isolation.
import { expect, waitUntil } from '@open-wc/testing';
import { css, html, LitElement } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { ReachElement } from '../../src/elements/reach-element.js';
import '../../src/elements/reach-provider/index.js';
import { remToPx, RowWindow } from '../../src/elements/shared/row-window.js';
import { acquireSession, releaseSession, type ReachSession } from '../../src/state/session.js';
import { TaskStore, statusRank } from '../../src/state/task-store.js';
import { EntryVendorTaskStatus } from '../../src/reach/enums.js';
import { getSessionInfo } from '../../src/reach/session-info.js';
import type { EntryVendorTask } from '../../src/reach/schemas.js';

const SERVICE = 'https://session-test.invalid';
const realFetch = globalThis.fetch;
let requests: Array<{ respond(body: unknown): void }> = [];
let unique = 0;

/** Unreadable KS texts, one per call, so that tests never share a session. */
const ks = (name: string) => `${name}-${Date.now()}-${(unique += 1)}`;
/** A v1 KS of `partnerId` (the browser can read its partner). */
const v1Ks = (partnerId: number) =>
  btoa(`0123456789abcdef0123456789abcdef01234567|${partnerId};${partnerId};1893456000;2;${(unique += 1)};u;;;`);
const host = () => document.createElement('div');
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
const sessionAnswer = (expiry: number) => ({ partnerId: 1001, userId: 'u', expiry, sessionType: 2, privileges: '' });

describe('acquireSession', () => {
  const held: Array<[HTMLElement, ReachSession]> = [];
  const acquire = (element: HTMLElement, ksText: string, previous?: ReachSession) => {
    const session = acquireSession(element, { serviceUrl: SERVICE, ks: ksText }, previous);
    held.push([element, session]);
    return session;
  };

  beforeEach(() => {
    requests = [];
    globalThis.fetch = ((url: string, init?: RequestInit) =>
      String(url).startsWith(SERVICE)
        ? new Promise<Response>((resolve) =>
            requests.push({ respond: (body) => resolve(new Response(JSON.stringify(body))) }),
          )
        : realFetch(url, init)) as typeof fetch;
  });
  afterEach(async () => {
    // Calls a test started in its last tick reach the stub, not the network.
    await tick();
    for (const [element, session] of held) releaseSession(element, session);
    held.length = 0;
    globalThis.fetch = realFetch;
  });

  it('gives a new KS on one element a session of its own when another element still uses the old one', () => {
    const [x, y] = [host(), host()];
    const a = ks('A');
    const shared = acquire(x, a);
    expect(acquire(y, a)).to.equal(shared);
    const c = ks('C');
    const forX = acquire(x, c, shared);
    expect(forX).not.to.equal(shared);
    expect(forX.ks).to.equal(c);
    expect(shared.ks).to.equal(a);
    expect(acquire(host(), a)).to.equal(shared);
  });

  it('moves a session to the new KS when its only user changes KS, and files it under the new KS only', () => {
    const x = host();
    const a = ks('A');
    const session = acquire(x, a);
    const c = ks('C');
    expect(acquire(x, c, session)).to.equal(session);
    expect(session.ks).to.equal(c);
    expect(acquire(host(), a)).not.to.equal(session);
  });

  it('takes the partner of the new KS when it is readable', () => {
    const x = host();
    const session = acquire(x, v1Ks(1001));
    expect(session.partnerId).to.equal(1001);
    acquire(x, v1Ks(2002), session);
    expect(session.partnerId).to.equal(2002);
  });

  it('ignores a session.get answer about a KS that has since been replaced', async () => {
    const x = host();
    let warnings = 0;
    x.addEventListener('reach-ks-expiring', () => (warnings += 1));
    const session = acquire(x, ks('A'));
    const old = session.details();
    await tick();
    acquire(x, ks('C'), session); // asks again for the new KS
    await tick();
    expect(requests.length).to.equal(2);
    // The old answer says the KS expires in 30 s: had it armed the timer, a warning would fire at once.
    requests[0]!.respond(sessionAnswer(Math.floor(Date.now() / 1000) + 30));
    await old;
    await tick(20);
    expect(warnings).to.equal(0);
    requests[1]!.respond(sessionAnswer(Math.floor(Date.now() / 1000) + 3600));
    await session.details();
    await tick(20);
    expect(warnings).to.equal(0);
  });

  it('warns of an expiry that is close, and waits for one beyond 2^31 ms instead of firing at once', async () => {
    const near = host();
    let nearWarnings = 0;
    near.addEventListener('reach-ks-expiring', () => (nearWarnings += 1));
    const soon = acquire(near, ks('soon'));
    const far = host();
    let farWarnings = 0;
    far.addEventListener('reach-ks-expiring', () => (farWarnings += 1));
    const later = acquire(far, ks('later'));
    const answers = [soon.details(), later.details()];
    await tick();
    requests[0]!.respond(sessionAnswer(Math.floor(Date.now() / 1000) + 30));
    requests[1]!.respond(sessionAnswer(Math.floor(Date.now() / 1000) + 40 * 24 * 3600));
    await Promise.all(answers);
    await tick(20);
    expect(nearWarnings).to.equal(1);
    expect(farWarnings).to.equal(0);
  });

  it('lets one element of a session announce a key; the others stay silent for a while', () => {
    const session = acquire(host(), ks('A'));
    expect(session.claimAnnouncement('t1:2')).to.equal(true);
    expect(session.claimAnnouncement('t1:2')).to.equal(false);
    expect(session.claimAnnouncement('t1:3')).to.equal(true);
  });
});

describe('TaskStore', () => {
  const task = (status: number, updatedAt: number): EntryVendorTask =>
    ({
      id: '9',
      entryId: '0_e',
      catalogItemId: 1,
      status,
      createdAt: 1_700_000_000,
      updatedAt,
    }) as unknown as EntryVendorTask;

  it('ranks statuses in the order a task moves through them', () => {
    const S = EntryVendorTaskStatus;
    expect(statusRank(S.PENDING_MODERATION)).to.equal(statusRank(S.PENDING_ENTRY_READY));
    expect(statusRank(S.PENDING_MODERATION)).to.be.below(statusRank(S.PENDING));
    expect(statusRank(S.PENDING)).to.equal(statusRank(S.SCHEDULED));
    expect(statusRank(S.SCHEDULED)).to.be.below(statusRank(S.PROCESSING));
    expect(statusRank(S.PROCESSING)).to.be.below(statusRank(S.READY));
  });

  it('does not move a task back when an older answer has the same updatedAt', () => {
    const store = new TaskStore();
    store.upsert([task(EntryVendorTaskStatus.PENDING_MODERATION, 100)]);
    store.upsert([task(EntryVendorTaskStatus.PENDING, 100)]);
    expect(store.upsert([task(EntryVendorTaskStatus.PENDING_MODERATION, 100)])).to.deep.equal([]);
    expect(store.get('9')!.status).to.equal(EntryVendorTaskStatus.PENDING);
    // A later second may say anything the server says.
    store.upsert([task(EntryVendorTaskStatus.PENDING_MODERATION, 101)]);
    expect(store.get('9')!.status).to.equal(EntryVendorTaskStatus.PENDING_MODERATION);
  });

  it('keeps telling the other listeners, and returns the changes, when a listener throws', async () => {
    const store = new TaskStore();
    const heard: number[] = [];
    const previous = window.onerror;
    const reported: unknown[] = [];
    window.onerror = (_message, _source, _line, _column, error) => {
      reported.push(error);
      return true;
    };
    try {
      store.subscribe(() => {
        throw new Error('listener bug');
      });
      store.subscribe((changes) => heard.push(changes.length));
      const changes = store.upsert([task(EntryVendorTaskStatus.PENDING, 100)]);
      expect(changes.length).to.equal(1);
      expect(heard).to.deep.equal([1]);
      await tick(10);
      expect(reported.map((error) => (error as Error).message)).to.deep.equal(['listener bug']);
    } finally {
      window.onerror = previous;
    }
  });
});

class SessionProbe extends ReachElement {
  joined: ReachSession[] = [];
  reconnected = 0;
  protected override sessionChanged(session: ReachSession): void {
    this.joined.push(session);
  }
  protected override sessionReconnected(): void {
    this.reconnected += 1;
  }
  get current(): ReachSession | undefined {
    return this.session;
  }
  get signal(): AbortSignal {
    return this.abortSignal;
  }
  say(key: string, text: string): boolean {
    return this.announceTaskChange(key, text);
  }
  override render() {
    return html`${this.settings.ks ? 'ready' : this.renderMissingKs()}${this.renderLiveRegion()}`;
  }
}
customElements.define('session-probe', SessionProbe);

describe('ReachElement', () => {
  const probe = async (ksText: string) => {
    const el = document.createElement('session-probe') as SessionProbe;
    el.serviceUrl = SERVICE;
    el.ks = ksText;
    document.body.append(el);
    await el.updateComplete;
    return el;
  };

  beforeEach(() => {
    globalThis.fetch = ((url: string, init?: RequestInit) =>
      String(url).startsWith(SERVICE) ? new Promise<Response>(() => undefined) : realFetch(url, init)) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('leaves its session and shows the missing-KS state when the KS is cleared', async () => {
    const el = await probe(ks('A'));
    const session = el.current!;
    const signal = el.signal;
    el.ks = undefined;
    await el.updateComplete;
    expect(el.current).to.equal(undefined);
    expect(signal.aborted).to.equal(true);
    expect(el.shadowRoot!.textContent).to.include('needs a Kaltura Session');
    // Released: the next element with that KS gets a fresh session.
    const other = await probe(session.ks);
    expect(other.current).not.to.equal(session);
    el.remove();
    other.remove();
  });

  it('keeps its session and signal when moved in the page, and releases them when removed', async () => {
    const el = await probe(ks('A'));
    const session = el.current!;
    const signal = el.signal;
    const elsewhere = document.createElement('section');
    document.body.append(elsewhere);
    elsewhere.append(el); // disconnect + connect in one task
    await el.updateComplete;
    await tick(10);
    expect(el.current).to.equal(session);
    expect(signal.aborted).to.equal(false);
    expect(el.joined.length).to.equal(1);
    expect(el.reconnected).to.equal(1);
    el.remove();
    await tick(10);
    expect(el.current).to.equal(undefined);
    expect(signal.aborted).to.equal(true);
    elsewhere.remove();
  });

  it('takes a ks attribute and removes it from the markup', async () => {
    const secret = ks('A');
    const holder = document.createElement('div');
    holder.innerHTML = `<reach-provider ks="${secret}" service-url="${SERVICE}"><session-probe ks="${secret}" service-url="${SERVICE}"></session-probe></reach-provider>`;
    document.body.append(holder);
    const el = holder.querySelector('session-probe') as SessionProbe;
    await el.updateComplete;
    expect(el.current?.ks).to.equal(secret);
    expect(holder.innerHTML).not.to.include(secret);
    expect(el.ks).to.equal(secret);
    holder.remove();
  });

  it("never sends the provider's KS to a service the element chose itself", async () => {
    const provided = ks('P');
    const provider = document.createElement('reach-provider');
    provider.ks = provided;
    provider.serviceUrl = SERVICE;
    const inherits = document.createElement('session-probe') as SessionProbe;
    const elsewhere = document.createElement('session-probe') as SessionProbe;
    elsewhere.serviceUrl = 'https://elsewhere.invalid';
    provider.append(inherits, elsewhere);
    document.body.append(provider);
    await inherits.updateComplete;
    await elsewhere.updateComplete;
    expect(inherits.current?.ks).to.equal(provided);
    expect(elsewhere.current).to.equal(undefined);
    expect(elsewhere.shadowRoot!.textContent).to.include('needs a Kaltura Session');
    const own = ks('E');
    elsewhere.ks = own;
    await elsewhere.updateComplete;
    expect(elsewhere.current?.ks).to.equal(own);
    expect(elsewhere.current?.serviceUrl).to.equal('https://elsewhere.invalid');
    provider.remove();
  });

  it('announces a task change once per session, and the same words again when asked', async () => {
    const shared = ks('A');
    const [first, second] = [await probe(shared), await probe(shared)];
    expect(first.current).to.equal(second.current);
    expect(first.say('7:2', 'English captions are ready')).to.equal(true);
    expect(second.say('7:2', 'English captions are ready')).to.equal(false);
    const region = () => first.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region().textContent === 'English captions are ready');
    first.say('7:3', 'English captions are ready');
    await first.updateComplete;
    expect(region().textContent).to.equal('');
    await waitUntil(() => region().textContent === 'English captions are ready');
    first.remove();
    second.remove();
  });
});

/** An element with one load (session.get), showing the base element's notices. */
class LoadingProbe extends ReachElement {
  readonly load = this.sessionTask(
    (_args, session, signal) => session.call(getSessionInfo(), { signal }),
    () => [] as const,
  );
  override render() {
    return html`${this.renderSessionNotice()}
      ${this.load.render({ pending: () => 'Loading…', complete: (details) => `Partner ${details.partnerId}`, error: () => 'Failed' })}
      ${this.renderLiveRegion()}`;
  }
}
customElements.define('loading-probe', LoadingProbe);

describe('ReachElement when the service cannot be reached', () => {
  let reachable = false;
  let sent = 0;
  beforeEach(() => {
    reachable = false;
    sent = 0;
    globalThis.fetch = ((url: string, init?: RequestInit) => {
      if (!String(url).startsWith(SERVICE)) return realFetch(url, init);
      sent += 1;
      // What fetch does on a network error, a DNS failure, offline, or a request the page's CSP refuses.
      return reachable
        ? Promise.resolve(new Response(JSON.stringify(sessionAnswer(Math.floor(Date.now() / 1000) + 3600))))
        : Promise.reject(new TypeError('Failed to fetch'));
    }) as typeof fetch;
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('says so at the first request that gets no answer, instead of loading for ever, and Try again loads again', async () => {
    const el = document.createElement('loading-probe') as LoadingProbe;
    el.serviceUrl = SERVICE;
    el.ks = ks('A');
    document.body.append(el);
    const notice = () => el.shadowRoot!.querySelector<HTMLElement>('.notice[role="alert"]');
    await waitUntil(notice, 'no notice while the requests fail');
    expect(notice()!.textContent).to.include('cannot be reached');
    // Said while the client still retries: the user is not left with "Loading…".
    expect(el.shadowRoot!.textContent).to.include('Loading…');
    await expect(el).to.be.accessible();

    reachable = true;
    const before = sent;
    notice()!.querySelector('button')!.click();
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Partner 1001'), 'Try again did not load');
    expect(sent).to.be.greaterThan(before);
    expect(notice()).to.equal(null);
    el.remove();
  });
});

class RowsProbe extends LitElement {
  static override styles = css`
    .scroller { block-size: 200px; overflow: auto; }
    .row { block-size: 2.5rem; }
  `;
  items = Array.from({ length: 1000 }, (_, index) => String(index));
  window = new RowWindow(this, { rowHeight: () => remToPx(2.5), measureRows: true, overscan: 2 });
  override render() {
    return html`<div class="scroller" ${ref(this.window.scrollerRef)} @scroll=${this.window.onScroll}>
      ${this.window.rows(
        this.items,
        (item) => item,
        (item) => html`<div class="row">${item}</div>`,
      )}
    </div>`;
  }
}
customElements.define('rows-probe', RowsProbe);

describe('RowWindow', () => {
  it('sizes its spacers through the CSSOM and follows the row height in rem', async () => {
    const el = document.createElement('rows-probe') as RowsProbe;
    document.body.append(el);
    await el.updateComplete;
    await tick(50);
    const rowPx = remToPx(2.5);
    const spacers = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-row-spacer]')];
    expect(el.window.rowHeight).to.equal(rowPx);
    const trailing = spacers().at(-1)!;
    expect(trailing.style.blockSize).to.equal(`${(1000 - el.window.end) * rowPx}px`);
    expect(el.shadowRoot!.querySelectorAll('.row').length).to.be.below(30);
    // The user doubles the font size: the rows grow, and the window follows the measured row.
    document.documentElement.style.fontSize = `${parseFloat(getComputedStyle(document.documentElement).fontSize) * 2}px`;
    try {
      await waitUntil(
        () => el.window.rowHeight === remToPx(2.5) && remToPx(2.5) === rowPx * 2,
        'the row height did not follow the font size',
      );
      await el.updateComplete;
      expect(spacers().at(-1)!.style.blockSize).to.equal(`${(1000 - el.window.end) * rowPx * 2}px`);
    } finally {
      document.documentElement.style.fontSize = '';
      el.remove();
    }
  });
});
