import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { CreditVerdict } from '../../reach/pricing.js';
import { formatCredit } from '../shared/format.js';
import { unitsRequiredText } from './service-text.js';

// The order panel's way to an order: the summary beside the catalog (what is chosen in it, the confirmation and the
// results, loaded on first use, are in chosen-summary.ts, confirm-step.ts and order-results.ts).

/** What is chosen, as the summary shows it (chosen-summary.ts, loaded with the order parts). */
export interface ChosenSummary {
  readonly count: number;
  /** The services chosen and their total, and the notices (credit, translations taken out of the order). */
  readonly content: unknown;
  /** The credit stops the order (said in `#credit-block`). */
  readonly blocked: boolean;
}

/** `chosen`: undefined before the order parts have come (nothing can be chosen yet). */
export function renderSummary(chosen: ChosenSummary | undefined, review: () => void) {
  const count = chosen?.count ?? 0;
  return html`<aside class="summary ${count > 0 ? 'active' : ''}" part="summary" aria-labelledby="summary-title">
    <h3 id="summary-title">${msg('Your order')}</h3>
    ${count === 0 ? html`<p class="hint">${msg('Choose one or more services above.')}</p>` : nothing}
    ${chosen?.content}
    <button type="button" id="review" class="primary" ?disabled=${count === 0 || chosen?.blocked}
      aria-describedby=${chosen?.blocked ? 'credit-block' : nothing} @click=${review}>
      ${count === 0 ? msg('Review order') : msg(str`Review order (${count})`)}
    </button>
  </aside>`;
}

/**
 * Why the profile's credit stops several services ordered together (the order panel's selection), or
 * undefined when it does not: `total` is what they cost, `remaining` the credit left. Here, with the first paint,
 * because both of the panel's parts say it (the chosen summary and the bulk order): in one of them, the other would
 * download a chunk of its own for it.
 */
export function selectionCreditText(verdict: CreditVerdict, total: number, remaining: number): string | undefined {
  switch (verdict) {
    case 'ok':
      return undefined;
    case 'expired':
      return msg(
        "The profile's credit period has ended, so paid services cannot be ordered with it. Choose another profile.",
      );
    case 'not-started':
      return msg("The profile's credit period has not started yet. Choose another profile.");
    case 'exceeded':
      return msg(
        str`Not enough credit: these services cost ${formatCredit(total)} and the profile has ${formatCredit(remaining)} left. Remove a service or choose another profile.`,
      );
    case 'units-required':
      return unitsRequiredText();
  }
}
