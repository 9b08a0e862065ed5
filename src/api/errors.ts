/**
 * Every failure of a call becomes a KalturaApiError. `kind` says what the caller may do about it:
 * - `api`        the server refused the call (a Kaltura error code); nothing happened on the server.
 * - `invalid-ks` the session is invalid or expired; the call waits for a new KS (see KalturaClient).
 * - `transient`  network, timeout, 5xx or an unreadable answer on a read; already retried.
 * - `uncertain`  the same on a call that spends credit or creates things: it may or may not have happened
 *                on the server, so the caller must reconcile (list what exists) before trying again. Also an
 *                answer to such a call (or to a `sequence` holding one) that does not fit its schema: the
 *                server did act; the code stays RESPONSE_VALIDATION (OUTCOME_UNKNOWN for a lost answer).
 * - `validation` the answer to a read did not have the shape we expect.
 * - `aborted`    the caller gave up (AbortSignal), e.g. the element left the page.
 */
export type ApiErrorKind = 'api' | 'invalid-ks' | 'transient' | 'uncertain' | 'validation' | 'aborted';

/** Codes the client gives to failures that have no Kaltura code. */
export const ClientErrorCode = {
  NETWORK: 'NETWORK_ERROR',
  TIMEOUT: 'TIMEOUT',
  HTTP: 'HTTP_ERROR',
  MALFORMED: 'MALFORMED_RESPONSE',
  OUTCOME_UNKNOWN: 'OUTCOME_UNKNOWN',
  VALIDATION: 'RESPONSE_VALIDATION',
  ABORTED: 'ABORTED',
  /** A fault on our side (see `toApiError`). */
  UNEXPECTED: 'UNEXPECTED',
} as const;

export interface ApiErrorInit {
  code: string;
  message: string;
  kind: ApiErrorKind;
  args?: Record<string, string>;
  service?: string;
  action?: string;
  status?: number;
}

export class KalturaApiError extends Error {
  override readonly name = 'KalturaApiError';
  readonly code: string;
  readonly kind: ApiErrorKind;
  readonly args: Readonly<Record<string, string>>;
  readonly service: string | undefined;
  readonly action: string | undefined;
  /** HTTP status, for HTTP_ERROR. */
  readonly status: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.code = init.code;
    this.kind = init.kind;
    this.args = init.args ?? {};
    this.service = init.service;
    this.action = init.action;
    this.status = init.status;
  }

  /** True when trying the same read again later may succeed. */
  get isTransient(): boolean {
    return this.kind === 'transient';
  }
}

export function isKalturaApiError(value: unknown): value is KalturaApiError {
  return value instanceof KalturaApiError;
}

/** Normalises Kaltura's three shapes of error args: a map, `[]`, or the XML-style `[{name, value}]` list. */
export function normaliseErrorArgs(args: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (Array.isArray(args)) {
    for (const item of args) {
      if (item && typeof item === 'object' && 'name' in item) {
        const { name, value } = item as { name: unknown; value: unknown };
        result[String(name)] = value == null ? '' : String(value);
      }
    }
  } else if (args && typeof args === 'object') {
    for (const [name, value] of Object.entries(args)) result[name] = value == null ? '' : String(value);
  }
  return result;
}

/** A Kaltura error object in a response body (`objectType` KalturaAPIException, or code + message). */
export function isApiErrorBody(value: unknown): value is { code: string; message: string; args?: unknown } {
  if (!value || typeof value !== 'object') return false;
  const body = value as Record<string, unknown>;
  return (
    body.objectType === 'KalturaAPIException' ||
    (typeof body.code === 'string' && typeof body.message === 'string' && !('objectType' in body))
  );
}

/** Removes every copy of `secret` from a text; the server echoes the KS in INVALID_KS messages. */
export function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('[KS]') : text;
}

/** The call a failure belongs to, for `toApiError`. */
export interface FailedCall {
  service?: string | undefined;
  action?: string | undefined;
  /** The call spends credit or creates / changes things (see `ApiCall.mutates`). */
  mutates?: boolean | undefined;
}

/**
 * Browsers reject `fetch` with a TypeError whose text names the network: Chromium "Failed to fetch",
 * Firefox "NetworkError when attempting to fetch resource.", Safari "Load failed" / "Network connection was lost".
 */
const FETCH_FAILURE = /fetch|network|load failed|connection/i;

/**
 * Turns anything a call or a step built on calls may throw into a KalturaApiError, so that elements
 * need one normaliser:
 * - a KalturaApiError is returned as it is;
 * - an abort (`AbortError` DOMException) becomes kind `aborted` (code ABORTED); a `TimeoutError`
 *   (e.g. from `AbortSignal.timeout`) becomes kind `transient` (code TIMEOUT);
 * - a TypeError thrown by `fetch` (the network failed) becomes kind `transient` (code NETWORK_ERROR);
 * - a zod error (an answer parsed outside the client) becomes kind `validation` (code RESPONSE_VALIDATION);
 * - anything else is a fault on our side (a bug, a broken assumption): code UNEXPECTED, kind `api`
 *   ("not done, do not retry blindly") — it is neither retryable (`transient`) nor a malformed answer
 *   (`validation`).
 * When `call.mutates` is true, a network / timeout / unexpected failure becomes kind `uncertain`
 * (code OUTCOME_UNKNOWN) instead, because we cannot tell whether the server acted; aborts stay `aborted`.
 * The message of a foreign error is kept; callers that may hold a KS in it should `redact` it.
 */
export function toApiError(error: unknown, call: FailedCall = {}): KalturaApiError {
  if (error instanceof KalturaApiError) return error;
  const where = { service: call.service, action: call.action };
  const name = errorName(error);
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Something went wrong.';
  if (name === 'AbortError') {
    return new KalturaApiError({
      code: ClientErrorCode.ABORTED,
      message: 'The request was cancelled.',
      kind: 'aborted',
      ...where,
    });
  }
  const uncertain = (text: string) =>
    new KalturaApiError({
      code: ClientErrorCode.OUTCOME_UNKNOWN,
      message: `${text} It is not known whether the request was carried out.`,
      kind: 'uncertain',
      ...where,
    });
  if (name === 'TimeoutError') {
    const text = 'No answer from the server in time.';
    return call.mutates
      ? uncertain(text)
      : new KalturaApiError({ code: ClientErrorCode.TIMEOUT, message: text, kind: 'transient', ...where });
  }
  if (error instanceof TypeError && FETCH_FAILURE.test(error.message)) {
    const text = 'The server could not be reached.';
    return call.mutates
      ? uncertain(text)
      : new KalturaApiError({ code: ClientErrorCode.NETWORK, message: text, kind: 'transient', ...where });
  }
  if (name === 'ZodError') {
    return new KalturaApiError({
      code: ClientErrorCode.VALIDATION,
      message,
      kind: call.mutates ? 'uncertain' : 'validation',
      ...where,
    });
  }
  if (call.mutates) return uncertain(message);
  return new KalturaApiError({ code: ClientErrorCode.UNEXPECTED, message, kind: 'api', ...where });
}

/** True when the caller gave up: a KalturaApiError of kind `aborted`, or an `AbortError` DOMException. */
export function isAborted(error: unknown): boolean {
  if (error instanceof KalturaApiError) return error.kind === 'aborted';
  return errorName(error) === 'AbortError';
}

function errorName(error: unknown): string | undefined {
  if (error && typeof error === 'object' && 'name' in error && typeof (error as { name: unknown }).name === 'string') {
    return (error as { name: string }).name;
  }
  return undefined;
}
