// The price check of ordering a task again: made by the actions controller, shown by the confirmation.
import { msg } from '@lit/localize';
import type { CreditVerdict, PriceEstimate } from '../../reach/pricing.js';
import type { EntryVendorTask } from '../../reach/schemas.js';
import { blockingTaskText, creditVerdictText } from '../shared/order-text.js';

/** What a resubmission would cost, and whether the task's profile can pay for it: checked when "Order again" opens. */
export interface Quote {
  estimate: PriceEstimate;
  /** Undefined when the task's profile is not listed for this session (the server still checks). */
  verdict: CreditVerdict | undefined;
  profileName: string | undefined;
  remaining: number | undefined;
  blocking: EntryVendorTask | undefined;
}

/** Why a resubmission must not be sent, in words (`undefined` quote: the check failed); undefined when it may. */
export function quoteRefusal(quote: Quote | undefined): string | undefined {
  if (!quote) return msg('The price and the credit could not be checked, so nothing was ordered. Try again.');
  if (quote.blocking) return blockingTaskText(quote.blocking);
  return creditVerdictText(quote.verdict, true);
}
