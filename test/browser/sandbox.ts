/**
 * Browser-test helpers for the sandbox that web-test-runner mounts on the test page's origin
 * (real HTTP, test controls on). Time moves only through `advanceClock`, never by waiting.
 */
import { TEST_ADMIN_SECRET } from './sandbox-config.js';
import { KalturaClient } from '../../src/api/client.js';
import { SEED } from '../../src/sandbox/seed/ids.js';

export { SEED, TEST_ADMIN_SECRET };
export const serviceUrl = location.origin;

/** The host page's own client of the sandbox, to check what an element did (no retries: a test sees every failure). */
export function apiClient(ks: string): KalturaClient {
  return new KalturaClient({ serviceUrl, ks, retryDelaysMs: [] });
}

async function control(path: string, method = 'POST', body?: unknown): Promise<unknown> {
  const response = await fetch(`/__sandbox/${path}`, {
    method,
    headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control ${path} answered ${response.status}`);
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}

export const resetSandbox = () => control('reset');
export const advanceClock = (seconds: number) => control('clock', 'POST', { advance: seconds });
export const clearFaults = () => control('faults', 'DELETE');
export const resetStats = () => control('stats/reset');

export interface Fault {
  service: string;
  action: string;
  fault: 'latency' | 'http500' | 'drop' | 'dropAfterCommit' | 'malformed';
  count?: number;
  latencyMs?: number;
}
export const injectFault = (fault: Fault) => control('faults', 'POST', { count: 1, ...fault });

export interface SandboxStats {
  httpRequests: number;
  calls: Record<string, number>;
}
export const stats = () => control('stats', 'GET') as Promise<SandboxStats>;

export interface KsOptions {
  partnerId?: number;
  /** 0 USER, 2 ADMIN */
  type?: 0 | 2;
  userId?: string;
  privileges?: string;
  expiry?: number;
}

/** A real KS from the sandbox's `session.start`, as a host page's backend would get one. */
export async function startKs(options: KsOptions = {}): Promise<string> {
  const body = new URLSearchParams({
    format: '1',
    secret: TEST_ADMIN_SECRET,
    partnerId: String(options.partnerId ?? SEED.partner),
    type: String(options.type ?? 2),
    userId: options.userId ?? 'admin@example.com',
    expiry: String(options.expiry ?? 86400),
    privileges: options.privileges ?? '',
  });
  const response = await fetch('/api_v3/service/session/action/start', { method: 'POST', body });
  const ks: unknown = await response.json();
  if (typeof ks !== 'string') throw new Error(`session.start failed: ${JSON.stringify(ks)}`);
  return ks;
}
