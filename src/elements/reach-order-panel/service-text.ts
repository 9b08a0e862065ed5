import { msg, str } from '@lit/localize';
import type { VendorCatalogItem } from '../../reach/schemas.js';
import { fidelityLabel, turnaroundLabel } from '../shared/labels.js';
import { catalogLanguage, isolate } from '../shared/order-text.js';
import type { ItemView } from './panel-view.js';

// What the order panel says of a service in a line, on the first screen and in its parts (the catalog, the bulk
// order, the need steps); what it says of one being chosen and ordered is in choice-text.ts.

export function itemMeta(item: VendorCatalogItem): string {
  const languages = item.targetLanguage
    ? msg(str`${catalogLanguage(item.sourceLanguage ?? '')} to ${catalogLanguage(item.targetLanguage)}`)
    : item.sourceLanguage
      ? catalogLanguage(item.sourceLanguage)
      : '';
  return [fidelityLabel(item.serviceType), languages, turnaroundLabel(item.turnAroundTime)].filter(Boolean).join(' · ');
}

/** Translations taken out of the order with the captions they start from: said, not dropped silently. */
export function unchainedText(views: readonly Pick<ItemView, 'item'>[]): string {
  return views
    .map(({ item }) =>
      msg(
        str`“${isolate(item.name ?? '')}” was taken out of your order: it needs ${catalogLanguage(item.sourceLanguage ?? '')} captions, and none are chosen. Choose it again to order captions with it.`,
        { desc: 'When the user unticks the only captions a chosen translation was to start from.' },
      ),
    )
    .join(' ');
}

/** Why a paid per-token service that is not pay-per-use cannot be ordered here. */
export function unitsRequiredText(): string {
  return msg(
    'Priced per token, and the number of tokens must be given with the order. Order it through your Kaltura account team or the API.',
  );
}
