/**
 * The demo's stand-in for a host page's backend: it asks the local sandbox for a KS with partner 1001's
 * admin secret (the sandbox's default). A real page gets its KS from its own server; the KS is only ever
 * set as a property, never put in a URL.
 */
import { SEED } from '../src/sandbox/seed/ids.js';

export interface DemoKsOptions {
  /** 0 USER, 2 ADMIN */
  type?: 0 | 2;
  userId?: string;
  privileges?: string;
  /** Seconds. */
  expiry?: number;
}

export async function demoKs(options: DemoKsOptions = {}): Promise<string> {
  const body = new URLSearchParams({
    format: '1',
    partnerId: String(SEED.partner),
    secret: SEED.secrets[SEED.partner].admin,
    type: String(options.type ?? 2),
    userId: options.userId ?? SEED.users.mediaTeam,
    expiry: String(options.expiry ?? 86400),
    privileges: options.privileges ?? '',
  });
  const response = await fetch('/api_v3/service/session/action/start', { method: 'POST', body });
  const ks: unknown = await response.json();
  if (typeof ks !== 'string') throw new Error('The sandbox did not issue a KS: is it running?');
  return ks;
}

/** Sets a fresh KS on every REACH element (or provider) matching `selector`, and renews it when it expires. */
export async function connectDemo(selector = '[data-demo-ks]', options?: DemoKsOptions): Promise<void> {
  const ks = await demoKs(options);
  for (const element of document.querySelectorAll<HTMLElement & { ks?: string }>(selector)) {
    element.ks = ks;
    element.addEventListener('reach-ks-expired', async () => {
      element.ks = await demoKs(options);
    });
  }
}

export { SEED };
