/**
 * Every failure of a call becomes a KalturaApiError. `kind` says what the caller may do about it:
 * - `api`        the server refused the call (a Kaltura error code); nothing happened on the server.
 * - `invalid-ks` the session is invalid or expired; the call waits for a new KS (see KalturaClient).
 * - `transient`  network, timeout, 5xx or an unreadable answer on a read; already retried.
 * - `uncertain`  the same on a call that spends credit or creates things: it may or may not have happened
 *                on the server, so the caller must reconcile (list what exists) before trying again.
 * - `validation` the answer did not have the shape we expect.
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
    body.objectType === 'KalturaAPIException' || (typeof body.code === 'string' && typeof body.message === 'string' && !('objectType' in body))
  );
}

/** Removes every copy of `secret` from a text; the server echoes the KS in INVALID_KS messages. */
export function redact(text: string, secret: string): string {
  return secret ? text.split(secret).join('[KS]') : text;
}
