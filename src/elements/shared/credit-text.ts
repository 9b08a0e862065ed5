import { msg } from '@lit/localize';
import type { CreditVerdict } from '../../reach/pricing.js';

// Why a profile's credit stops one order, said by the elements that order one service at a time (the clips
// lab, a resubmission in the task monitor). Its own module, so that a page without those elements does not
// download it; the order panel words its selection of several services itself (order-steps.ts).

/**
 * Why the profile's credit stops one order, or undefined when it does not: before ordering (the clips
 * lab), or `refused` once nothing was sent because of it (a resubmission in the task monitor).
 */
export function creditVerdictText(verdict: CreditVerdict | undefined, refused = false): string | undefined {
  switch (verdict) {
    case 'exceeded':
      return refused
        ? msg('There is not enough credit left on this profile for this order, so nothing was ordered.')
        : msg('There is not enough credit left on this profile for this order.');
    case 'expired':
      return refused ? msg('The credit period of this profile has ended, so nothing was ordered.') : msg('The credit period of this profile has ended.');
    case 'not-started':
      return refused
        ? msg('The credit period of this profile has not started yet, so nothing was ordered.')
        : msg('The credit period of this profile has not started yet.');
    default:
      return undefined;
  }
}
