export { KalturaClient, KsInvalidEvent } from './client.js';
export type { ApiCall, CallOptions, KalturaClientOptions, ResponseParser } from './client.js';
export { encodeParams } from './encode.js';
export type { WireParams, WireValue } from './encode.js';
export { ClientErrorCode, KalturaApiError, isAborted, isKalturaApiError, toApiError } from './errors.js';
export type { ApiErrorKind, FailedCall } from './errors.js';
export { parseKs, parsePrivileges } from './ks.js';
export type { KsInfo } from './ks.js';
