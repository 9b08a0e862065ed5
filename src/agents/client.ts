import type { KalturaClient } from '../api/client.js';
import { ClientErrorCode, KalturaApiError, redact, type ApiErrorKind } from '../api/errors.js';
import { parseResponse } from '../reach/schemas.js';
import type * as z from 'zod/mini';

/** The `service` every Agents Manager error names (its `action` is the call's path, e.g. `agent/list`). */
export const AGENTS_SERVICE = 'agentsManager';

/** Error codes the Agents Manager answers with (architecture.md "Agents Manager"). */
export const AgentsErrorCode = {
  INVALID_KS: 'INVALID_KS',
  AGENTS_NOT_ENABLED: 'AGENTS_NOT_ENABLED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  VALIDATION_ERROR: 'VALIDATION_ERROR',
} as const;

/** One Agents Manager call: `POST {base}/api/v1/{path}` with a JSON body, answer checked by `parse`. */
export interface AgentsCall<T> {
  /** e.g. `agent/list`. */
  path: string;
  body: Record<string, unknown>;
  parse: (raw: unknown) => T;
  /** The body carries the account's `partnerId` (the client fills it in from the session). */
  withPartner: boolean;
  /** Creates, changes, deletes or runs something: never retried blindly (see `ApiCall.mutates`). */
  mutates: boolean;
}

/** A typed call whose answer is validated with `schema` at the edge. */
export function agentsCall<T>(
  path: string,
  body: Record<string, unknown>,
  schema: z.ZodMiniType<T>,
  options: { mutates: boolean; withPartner?: boolean },
): AgentsCall<T> {
  return {
    path,
    body,
    withPartner: options.withPartner ?? true,
    mutates: options.mutates,
    parse: (raw) => parseResponse(schema, raw, `agents ${path}`),
  };
}

/** How the KS is sent: the guide's `Authorization: Bearer <KS>`, or kmc-ng's `Authorization: KS <KS>`. */
export type AgentsAuthScheme = 'Bearer' | 'KS';

export interface AgentsClientOptions {
  /** The Agents Manager, e.g. `https://agents-manager.nvp1.ovp.kaltura.com` (with or without `/api/v1`). */
  baseUrl: string;
  /** The session's api_v3 client: the KS comes from it and a rejected KS follows its expiry path. */
  kaltura: KalturaClient;
  /** The account the KS belongs to. */
  partnerId: () => Promise<number>;
  authScheme?: AgentsAuthScheme;
  timeoutMs?: number;
  /** Backoff before each retry of a read after a transient failure; jitter of ±25 % is added. */
  retryDelaysMs?: readonly number[];
}

const DEFAULT_RETRY_DELAYS = [1000, 2000, 4000];

/** The Agents Manager's API root for a configured `agents-url`: `/api/v1` is added unless it is there. */
export function agentsApiRoot(baseUrl: string): string {
  const url = baseUrl.trim().replace(/\/+$/, '');
  return /\/api\/v1$/.test(url) ? url : `${url}/api/v1`;
}

/**
 * The Agents Manager client: JSON POSTs with the KS in the `Authorization` header. Failures become
 * KalturaApiError like api_v3's: INVALID_KS parks the call until the host sets a new KS (the session's
 * one expiry path), reads retry transient failures, calls that change things never retry and report
 * a lost answer as `uncertain`.
 */
export class AgentsClient {
  readonly root: string;
  readonly #kaltura: KalturaClient;
  readonly #partnerId: () => Promise<number>;
  readonly #scheme: AgentsAuthScheme;
  readonly #timeoutMs: number;
  readonly #retryDelaysMs: readonly number[];

  constructor(options: AgentsClientOptions) {
    this.root = agentsApiRoot(options.baseUrl);
    this.#kaltura = options.kaltura;
    this.#partnerId = options.partnerId;
    this.#scheme = options.authScheme ?? 'Bearer';
    this.#timeoutMs = options.timeoutMs ?? 30_000;
    this.#retryDelaysMs = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS;
  }

  async call<T>(call: AgentsCall<T>, options: { signal?: AbortSignal | undefined } = {}): Promise<T> {
    const { signal } = options;
    const body = call.withPartner ? { partnerId: String(await this.#partnerId()), ...call.body } : call.body;
    for (let attempt = 0; ; ) {
      await this.#kaltura.ksRenewed(signal);
      const ks = this.#kaltura.ks;
      try {
        return await this.#send(call, body, ks, signal);
      } catch (error) {
        if (!(error instanceof KalturaApiError)) throw error;
        if (error.kind === 'invalid-ks') {
          // Nothing happened on the server: wait for a new KS and send it again.
          this.#kaltura.rejectKs(ks, error);
          continue;
        }
        if (error.kind === 'transient' && !call.mutates && attempt < this.#retryDelaysMs.length) {
          await delay(this.#retryDelaysMs[attempt]! * (0.75 + Math.random() * 0.5), signal, call.path);
          attempt += 1;
          continue;
        }
        throw error;
      }
    }
  }

  async #send<T>(
    call: AgentsCall<T>,
    body: Record<string, unknown>,
    ks: string,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    const fail = (
      code: string,
      message: string,
      kind: ApiErrorKind,
      extra: { args?: Record<string, string>; status?: number } = {},
    ) =>
      new KalturaApiError({
        code,
        message: redact(message, ks),
        kind,
        service: AGENTS_SERVICE,
        action: call.path,
        ...extra,
      });
    const lost = (text: string, code: string) =>
      call.mutates
        ? fail(
            ClientErrorCode.OUTCOME_UNKNOWN,
            `${text} It is not known whether the request was carried out.`,
            'uncertain',
          )
        : fail(code, text, 'transient');
    if (signal?.aborted) throw fail(ClientErrorCode.ABORTED, 'The request was cancelled.', 'aborted');

    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.#timeoutMs);
    // A sent change is never abandoned: its answer still tells what the server did.
    const onAbort = () => {
      if (!call.mutates) controller.abort();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.root}/${call.path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `${this.#scheme} ${ks}` },
        body: JSON.stringify(body),
        signal: controller.signal,
        credentials: 'omit',
      });
      text = await response.text();
    } catch {
      if (signal?.aborted && !call.mutates)
        throw fail(ClientErrorCode.ABORTED, 'The request was cancelled.', 'aborted');
      if (timedOut)
        throw lost(
          `No answer from the Agents Manager within ${Math.round(this.#timeoutMs / 1000)} s.`,
          ClientErrorCode.TIMEOUT,
        );
      throw lost('The Agents Manager could not be reached.', ClientErrorCode.NETWORK);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }

    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    if (!response.ok) throw this.#httpError(response.status, json, fail, lost);
    if (json === undefined)
      throw lost('The Agents Manager sent an answer that is not valid JSON.', ClientErrorCode.MALFORMED);
    try {
      return call.parse(json);
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : 'The answer did not have the expected shape.';
      throw call.mutates
        ? fail(
            ClientErrorCode.VALIDATION,
            `${message} The request was carried out, but its answer could not be read.`,
            'uncertain',
          )
        : fail(ClientErrorCode.VALIDATION, message, 'validation');
    }
  }

  #httpError(
    status: number,
    json: unknown,
    fail: (
      code: string,
      message: string,
      kind: ApiErrorKind,
      extra?: { args?: Record<string, string>; status?: number },
    ) => KalturaApiError,
    lost: (text: string, code: string) => KalturaApiError,
  ): KalturaApiError {
    const answer = json && typeof json === 'object' ? (json as Record<string, unknown>) : {};
    const code = typeof answer.code === 'string' ? answer.code : undefined;
    const message = typeof answer.message === 'string' ? answer.message : `The Agents Manager answered HTTP ${status}.`;
    if (status === 401 || code === AgentsErrorCode.INVALID_KS)
      return fail(AgentsErrorCode.INVALID_KS, message, 'invalid-ks', { status });
    if (status >= 500 || status === 429) return lost(message, ClientErrorCode.HTTP);
    const byStatus: Record<number, string> = {
      400: AgentsErrorCode.VALIDATION_ERROR,
      403: AgentsErrorCode.FORBIDDEN,
      404: AgentsErrorCode.NOT_FOUND,
    };
    const args: Record<string, string> = typeof answer.field === 'string' ? { field: answer.field } : {};
    return fail(code ?? byStatus[status] ?? ClientErrorCode.HTTP, message, 'api', { args, status });
  }
}

function delay(ms: number, signal: AbortSignal | undefined, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(
        new KalturaApiError({
          code: ClientErrorCode.ABORTED,
          message: 'The request was cancelled.',
          kind: 'aborted',
          service: AGENTS_SERVICE,
          action: path,
        }),
      );
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
