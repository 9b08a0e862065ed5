import { msg, str } from '@lit/localize';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { fidelityLabel, turnaroundLabel } from '../shared/labels.js';
import { catalogLanguage } from '../shared/order-text.js';

// What the order panel says of a service in a line, in the shell and in both its parts (the whole catalog, the bulk
// order): kept beside the shell, so that no chunk of its own is made for the two parts. What it says of a service
// being chosen and ordered is in choice-text.ts.

export function itemMeta(item: VendorCatalogItem): string {
  const languages = item.targetLanguage
    ? msg(str`${catalogLanguage(item.sourceLanguage ?? '')} to ${catalogLanguage(item.targetLanguage)}`)
    : item.sourceLanguage
      ? catalogLanguage(item.sourceLanguage)
      : '';
  return [fidelityLabel(item.serviceType), languages, turnaroundLabel(item.turnAroundTime)].filter(Boolean).join(' · ');
}

/** Why a paid per-token service that is not pay-per-use cannot be ordered here. */
export function unitsRequiredText(): string {
  return msg(
    'Priced per token, and the number of tokens must be given with the order. Order it through your Kaltura account team or the API.',
  );
}
