// <reach-rules> as the tests of its parts loaded on first use open it.
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/reach-rules/index.js';
import type { ReachRules } from '../../src/elements/reach-rules/reach-rules.js';
import { SEED, serviceUrl, startKs } from './sandbox.js';

/** The default profile's rules, for an administrator, once they are shown. */
export async function rulesElement(): Promise<ReachRules> {
  const ks = await startKs();
  const el = await fixture<ReachRules>(
    html`<reach-rules profile-id=${SEED.profiles.default} service-url=${serviceUrl} .ks=${ks}></reach-rules>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('.rules'), 'the rules did not load', { timeout: 5000 });
  return el;
}
