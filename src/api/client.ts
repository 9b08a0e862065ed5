import { encodeParams, type WireParams } from './encode.js';
import {
  ClientErrorCode,
  isApiErrorBody,
  KalturaApiError,
  normaliseErrorArgs,
  redact,
  type ApiErrorKind,
} from './errors.js';

/** Turns the raw JSON of one result into a typed value; throws when it does not fit. */
export type ResponseParser<T> = (raw: unknown) => T;

export interface ApiCall<T> {
  service: string;
  action: string;
  params?: WireParams;
  parse: ResponseParser<T>;
  /**
   * True for calls that spend credit, create or change things (`entryVendorTask.add`, `baseEntry.clone`,
   * `media.updateContent` …). They are never retried automatically: after a lost answer the caller
   * gets an `uncertain` error and must find out what is true on the server. The same holds for an answer
   * that does not fit `parse`: the server did act, so the error is `uncertain` (code RESPONSE_VALIDATION).
   */
  mutates?: boolean;
  /**
   * The answer is a file (`captionAsset.serve`), not JSON: through `call` it goes alone, never in a
   * multirequest (which cannot carry a file; do not put it in a `sequence`), still as a POST with the KS in
   * the body, and `parse` gets the text as is. An error still comes as Kaltura's JSON error.
   */
  file?: boolean;
}

export interface CallOptions {
  /**
   * Gives up the call. A read is dropped at once (rejected `aborted`; its HTTP request is cancelled when
   * no other caller waits for it). A `mutates` call — and every call of a `sequence` that holds one — is
   * dropped only while it has not been sent (queued, waiting for a retry or for a new KS); once sent, the
   * signal is ignored: the request is never cancelled and the promise settles with what the server did,
   * so the caller can still record a created task or entry.
   */
  signal?: AbortSignal | undefined;
}

export interface KalturaClientOptions {
  /** e.g. `https://www.kaltura.com`; `/api_v3` is appended. */
  serviceUrl: string;
  ks: string;
  clientTag?: string;
  /** Per HTTP request. */
  timeoutMs?: number;
  /** Calls per multirequest; more calls in one tick are sent as several requests. */
  maxBatchSize?: number;
  /** Backoff before each retry of a read after a transient failure; jitter of ±25 % is added. */
  retryDelaysMs?: readonly number[];
}

/**
 * Fired (as `ks-invalid`) once per rejected KS; calls wait until `client.ks` is set to a new value,
 * which fires `ks-resumed`.
 */
export class KsInvalidEvent extends Event {
  constructor(readonly error: KalturaApiError) {
    super('ks-invalid');
  }
}

interface Pending {
  call: ApiCall<unknown>;
  resolve(value: unknown): void;
  reject(error: KalturaApiError): void;
  signal: AbortSignal | undefined;
  attempt: number;
  settled: boolean;
  /** Part of an explicit multirequest: never re-sent on its own. */
  grouped: boolean;
  /** Part of an explicit multirequest that holds a `mutates` call. */
  groupMutates: boolean;
  /** In an HTTP request now; a mutating call in flight ignores its signal. */
  inFlight: boolean;
  /** Removed when the call settles, so that long-lived signals do not collect listeners. */
  onAbort: (() => void) | undefined;
}

/**
 * `unreachable` fires when a request gets no answer at all (network down, DNS, a CSP or CORS refusal,
 * offline, a timeout), once until an answer arrives again, which fires `reachable`. Calls meanwhile fail or
 * retry as usual; the events let a UI say why nothing loads.
 */
export type ReachabilityEventName = 'unreachable' | 'reachable';

const DEFAULT_RETRY_DELAYS = [1000, 2000, 4000];

export class KalturaClient extends EventTarget {
  readonly serviceUrl: string;
  readonly #endpoint: string;
  readonly #clientTag: string;
  readonly #timeoutMs: number;
  readonly #maxBatchSize: number;
  readonly #retryDelaysMs: readonly number[];
  #ks: string;
  /** The KS the server last rejected; while it is current, calls are parked instead of sent. */
  #rejectedKs: string | undefined;
  #queue: Pending[] = [];
  #parked: Pending[] = [];
  #flushScheduled = false;
  #reachable = true;

  constructor(options: KalturaClientOptions) {
    super();
    this.serviceUrl = options.serviceUrl.replace(/\/+$/, '');
    this.#endpoint = `${this.serviceUrl}/api_v3/service`;
    this.#ks = options.ks;
    this.#clientTag = options.clientTag ?? 'reach-elements';
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#maxBatchSize = Math.max(1, options.maxBatchSize ?? 50);
    this.#retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  }

  get ks(): string {
    return this.#ks;
  }

  /** A new KS resumes every call that was waiting after INVALID_KS. */
  set ks(value: string) {
    if (value === this.#ks) return;
    this.#ks = value;
    if (this.#rejectedKs !== undefined && value !== this.#rejectedKs) {
      this.#rejectedKs = undefined;
      const parked = this.#parked;
      this.#parked = [];
      for (const pending of parked) this.#enqueue(pending);
      this.dispatchEvent(new Event('ks-resumed'));
    }
  }

  /** False from a request that got no answer until one gets an answer (see `ReachabilityEventName`). */
  get reachable(): boolean {
    return this.#reachable;
  }

  /** True while calls wait for a new KS. */
  get waitingForKs(): boolean {
    return this.#rejectedKs !== undefined;
  }

  /**
   * Another service of the same session (the Agents Manager) refused `rejectedKs`: calls here wait for a
   * new KS too, and `ks-invalid` fires once per KS, so there is one expiry path for the whole session.
   */
  rejectKs(rejectedKs: string, error: KalturaApiError): void {
    if (this.#ks !== rejectedKs || this.#rejectedKs === rejectedKs) return;
    this.#rejectedKs = rejectedKs;
    this.dispatchEvent(new KsInvalidEvent(error));
  }

  /** Resolves at once, or when the host sets a new KS after a rejection; rejects `aborted` with `signal`. */
  ksRenewed(signal?: AbortSignal): Promise<void> {
    if (!this.waitingForKs) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.removeEventListener('ks-resumed', onResumed);
        reject(
          new KalturaApiError({
            code: ClientErrorCode.ABORTED,
            message: 'The request was cancelled.',
            kind: 'aborted',
          }),
        );
      };
      const onResumed = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      if (signal?.aborted) return onAbort();
      this.addEventListener('ks-resumed', onResumed, { once: true });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  /** Calls made in the same tick are sent together in one multirequest. */
  call<T>(call: ApiCall<T>, options: CallOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const pending = this.#createPending(
        call as ApiCall<unknown>,
        resolve as (value: unknown) => void,
        reject,
        options.signal,
        false,
      );
      if (pending) this.#enqueue(pending);
    });
  }

  /**
   * Sends `calls` as one multirequest of their own, in order, so later calls can use earlier results with
   * `{N:result:path}` (N 1-based). Each result settles separately; nothing is retried.
   */
  sequence(calls: readonly ApiCall<unknown>[], options: CallOptions = {}): Promise<PromiseSettledResult<unknown>[]> {
    const promises: Promise<unknown>[] = [];
    const group: Pending[] = [];
    const groupMutates = calls.some((call) => call.mutates);
    for (const call of calls) {
      promises.push(
        new Promise((resolve, reject) => {
          const pending = this.#createPending(call, resolve, reject, options.signal, true);
          if (pending) {
            pending.groupMutates = groupMutates;
            group.push(pending);
          }
        }),
      );
    }
    if (group.length === calls.length) void this.#send(group);
    else for (const pending of group) this.#settle(pending, abortedError(pending.call));
    return Promise.allSettled(promises);
  }

  #createPending(
    call: ApiCall<unknown>,
    resolve: (value: unknown) => void,
    reject: (error: KalturaApiError) => void,
    signal: AbortSignal | undefined,
    grouped: boolean,
  ): Pending | undefined {
    if (signal?.aborted) {
      reject(abortedError(call));
      return undefined;
    }
    const pending: Pending = {
      call,
      resolve,
      reject,
      signal,
      attempt: 0,
      settled: false,
      grouped,
      groupMutates: false,
      inFlight: false,
      onAbort: undefined,
    };
    if (signal) {
      pending.onAbort = () => {
        // Sent changes are never abandoned: the server may have acted, so their answer still settles them.
        if (pending.inFlight && (pending.call.mutates || pending.groupMutates)) return;
        this.#settle(pending, abortedError(call));
      };
      signal.addEventListener('abort', pending.onAbort, { once: true });
    }
    return pending;
  }

  #enqueue(pending: Pending): void {
    pending.inFlight = false;
    if (pending.settled) return;
    if (pending.signal?.aborted) {
      // Gave up while it was in flight (a mutating call whose answer did not settle it): not sent again.
      this.#settle(pending, abortedError(pending.call));
      return;
    }
    if (this.#rejectedKs !== undefined && this.#ks === this.#rejectedKs) {
      this.#parked.push(pending);
      return;
    }
    this.#queue.push(pending);
    if (!this.#flushScheduled) {
      this.#flushScheduled = true;
      queueMicrotask(() => this.#flush());
    }
  }

  #flush(): void {
    this.#flushScheduled = false;
    const ready = this.#queue.filter((pending) => !pending.settled && !pending.call.file);
    for (const pending of this.#queue) if (!pending.settled && pending.call.file) void this.#send([pending]);
    this.#queue = [];
    for (let start = 0; start < ready.length; start += this.#maxBatchSize) {
      void this.#send(ready.slice(start, start + this.#maxBatchSize));
    }
  }

  #settle(pending: Pending, outcome: KalturaApiError | { value: unknown }): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.inFlight = false;
    if (pending.onAbort) pending.signal?.removeEventListener('abort', pending.onAbort);
    pending.onAbort = undefined;
    this.#parked = this.#parked.filter((item) => item !== pending);
    if (outcome instanceof KalturaApiError) pending.reject(outcome);
    else pending.resolve(outcome.value);
  }

  async #send(batch: Pending[]): Promise<void> {
    for (const pending of batch) pending.inFlight = true;
    const ks = this.#ks;
    const body = new URLSearchParams({ format: '1', clientTag: this.#clientTag });
    if (ks) body.set('ks', ks);
    let url: string;
    const only = batch.length === 1 && !batch[0]!.grouped ? batch[0]!.call : undefined;
    if (only) {
      url = `${this.#endpoint}/${only.service}/action/${only.action}`;
      encodeParams(only.params ?? {}, body);
    } else {
      url = `${this.#endpoint}/multirequest`;
      batch.forEach(({ call }, index) => {
        const prefix = String(index + 1);
        body.set(`${prefix}[service]`, call.service);
        body.set(`${prefix}[action]`, call.action);
        encodeParams(call.params ?? {}, body, prefix);
      });
    }

    // The HTTP request is abandoned only when every caller in it has given up.
    const controller = new AbortController();
    const abandonIfAllGone = () => {
      if (batch.every((pending) => pending.settled)) controller.abort();
    };
    for (const pending of batch) pending.signal?.addEventListener('abort', abandonIfAllGone, { once: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);

    let json: unknown;
    try {
      // Form-encoded POST without custom headers: a CORS simple request, so no preflight.
      const response = await fetch(url, { method: 'POST', body, signal: controller.signal, credentials: 'omit' });
      this.#setReachable(true);
      if (!response.ok) {
        this.#failTransport(
          batch,
          response.status >= 500 || response.status === 429 ? 'transient' : 'api',
          ClientErrorCode.HTTP,
          `The server answered HTTP ${response.status}.`,
          response.status,
        );
        return;
      }
      const text = await response.text();
      const parsed = parseJson(text);
      if (only?.file) {
        json = isApiErrorBody(parsed) ? parsed : text;
      } else if (parsed === undefined) {
        this.#failTransport(
          batch,
          'transient',
          ClientErrorCode.MALFORMED,
          'The server sent an answer that is not valid JSON.',
        );
        return;
      } else {
        json = parsed;
      }
    } catch {
      if (batch.every((pending) => pending.settled)) return;
      this.#setReachable(false);
      if (timedOut)
        this.#failTransport(
          batch,
          'transient',
          ClientErrorCode.TIMEOUT,
          `No answer from the server within ${Math.round(this.#timeoutMs / 1000)} s.`,
        );
      else this.#failTransport(batch, 'transient', ClientErrorCode.NETWORK, 'The server could not be reached.');
      return;
    } finally {
      clearTimeout(timer);
      for (const pending of batch) pending.signal?.removeEventListener('abort', abandonIfAllGone);
    }

    if (only) {
      this.#deliver(batch[0]!, json, ks);
    } else if (Array.isArray(json) && json.length === batch.length) {
      batch.forEach((pending, index) => this.#deliver(pending, json[index], ks));
    } else if (isApiErrorBody(json)) {
      // The whole multirequest was refused (e.g. the KS): every call gets that error.
      for (const pending of batch) this.#deliver(pending, json, ks);
    } else {
      this.#failTransport(
        batch,
        'transient',
        ClientErrorCode.MALFORMED,
        'The server sent an answer of an unexpected shape.',
      );
    }
  }

  #setReachable(reachable: boolean): void {
    if (reachable === this.#reachable) return;
    this.#reachable = reachable;
    this.dispatchEvent(new Event(reachable ? 'reachable' : 'unreachable'));
  }

  #deliver(pending: Pending, raw: unknown, sentKs: string): void {
    if (pending.settled) return;
    const { service, action } = pending.call;
    if (isApiErrorBody(raw)) {
      const args = normaliseErrorArgs(raw.args);
      for (const name of Object.keys(args)) args[name] = redact(args[name]!, sentKs);
      const isKsError = raw.code === 'INVALID_KS';
      const error = new KalturaApiError({
        code: raw.code,
        message: redact(String(raw.message), sentKs),
        kind: isKsError ? 'invalid-ks' : 'api',
        args,
        service,
        action,
      });
      if (isKsError && !pending.grouped) this.#park(pending, error, sentKs);
      else this.#settle(pending, error);
      return;
    }
    try {
      this.#settle(pending, { value: pending.call.parse(raw) });
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : 'The answer did not have the expected shape.';
      // The server carried out a change but its answer is unreadable: the caller must find out what is true.
      const acted = Boolean(pending.call.mutates || pending.groupMutates);
      this.#settle(
        pending,
        new KalturaApiError({
          code: ClientErrorCode.VALIDATION,
          message: acted ? `${message} The request was carried out, but its answer could not be read.` : message,
          kind: acted ? 'uncertain' : 'validation',
          service,
          action,
        }),
      );
    }
  }

  /** INVALID_KS: nothing happened on the server, so the call is safe to send again with a new KS. */
  #park(pending: Pending, error: KalturaApiError, rejectedKs: string): void {
    pending.inFlight = false;
    if (pending.signal?.aborted) {
      this.#settle(pending, abortedError(pending.call));
      return;
    }
    const firstForThisKs = this.#rejectedKs !== rejectedKs;
    if (this.#ks !== rejectedKs) {
      // The host already replaced the KS while this call was in flight.
      this.#enqueue(pending);
      return;
    }
    this.#rejectedKs = rejectedKs;
    this.#parked.push(pending);
    if (firstForThisKs) this.dispatchEvent(new KsInvalidEvent(error));
  }

  #failTransport(batch: Pending[], kind: ApiErrorKind, code: string, message: string, status?: number): void {
    const mutationInBatch = batch.some((pending) => pending.call.mutates);
    for (const pending of batch) {
      if (pending.settled) continue;
      const { service, action, mutates } = pending.call;
      const retryable = kind === 'transient' && !pending.grouped && !mutates;
      if (retryable && pending.attempt < this.#retryDelaysMs.length) {
        const base = this.#retryDelaysMs[pending.attempt]!;
        pending.attempt += 1;
        setTimeout(() => this.#enqueue(pending), base * (0.75 + Math.random() * 0.5));
        continue;
      }
      // A lost answer to a call that changes things leaves its outcome unknown (and so does any call sent with it).
      const uncertain = kind === 'transient' && (mutates || (pending.grouped && mutationInBatch));
      this.#settle(
        pending,
        uncertain
          ? new KalturaApiError({
              code: ClientErrorCode.OUTCOME_UNKNOWN,
              message: `${message} It is not known whether the request was carried out.`,
              kind: 'uncertain',
              service,
              action,
            })
          : new KalturaApiError({ code, message, kind, service, action, ...(status === undefined ? {} : { status }) }),
      );
    }
  }
}

function abortedError(call: ApiCall<unknown>): KalturaApiError {
  return new KalturaApiError({
    code: ClientErrorCode.ABORTED,
    message: 'The request was cancelled.',
    kind: 'aborted',
    service: call.service,
    action: call.action,
  });
}

/** The JSON value of a text, or undefined when it is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
