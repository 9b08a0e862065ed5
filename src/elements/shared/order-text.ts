import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import { EntryStatus, EntryType, EntryVendorTaskStatus, MediaType, VendorServiceFeature } from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import type { EntryRefusal } from '../../reach/order-rules.js';
import type { CreditVerdict, PriceEstimate } from '../../reach/pricing.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';
import type { InputRefusal } from '../../reach/task-data.js';
import { languageLabel } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { featureLabel, statusLabel } from './labels.js';
import { formatCredit, formatDate, formatDuration } from './format.js';

// Words every element that orders REACH services uses (the order panel, the clips lab).

/**
 * Server text (a name, a message) inside a plain-text sentence (aria-label, title, an announcement):
 * isolated between FSI and PDI, so a right-to-left name cannot reorder the sentence around it, nor the
 * reverse. In templates the name goes in a `<bdi>` instead.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** An entry's status in words. */
export function entryStatusLabel(status: string | undefined): string {
  switch (status ?? EntryStatus.READY) {
    case EntryStatus.READY:
      return msg('Ready', { id: 'entry-status.ready', desc: 'Status of a media entry (its media is ready to use).' });
    case EntryStatus.IMPORT:
      return msg('Importing');
    case EntryStatus.PRECONVERT:
      return msg('Converting');
    case EntryStatus.PENDING:
      return msg('Pending', {
        id: 'entry-status.pending',
        desc: 'Status of a media entry (its media has not arrived yet).',
      });
    case EntryStatus.MODERATE:
      return msg('Awaiting moderation');
    case EntryStatus.BLOCKED:
      return msg('Blocked');
    case EntryStatus.DELETED:
      return msg('Deleted');
    case EntryStatus.NO_CONTENT:
      return msg('No media yet');
    case EntryStatus.ERROR_IMPORTING:
      return msg('Import failed');
    case EntryStatus.ERROR_CONVERTING:
      return msg('Conversion failed');
    default:
      return msg(str`Status ${status ?? ''}`);
  }
}

/** What kind of entry it is: video, audio, image, live stream, document. */
export function entryKindLabel(entry: MediaEntry): string {
  if (entry.type === EntryType.LIVE_STREAM) return msg('Live stream');
  if (entry.type === EntryType.DOCUMENT) return msg('Document');
  switch (entry.mediaType) {
    case MediaType.VIDEO:
      return msg('Video');
    case MediaType.AUDIO:
      return msg('Audio');
    case MediaType.IMAGE:
      return msg('Image');
    default:
      return msg('Media');
  }
}

/** A REACH language in the user's language. */
export function catalogLanguage(wire: string): string {
  return wire === 'Auto Detect' ? msg('Detected automatically') : languageLabel(wire, displayLocale());
}

/** Why a service cannot be ordered for this entry, in a sentence. */
export function entryRefusalText(refusal: EntryRefusal, entry: MediaEntry, item: VendorCatalogItem): string {
  const feature = featureLabel(item.serviceFeature);
  switch (refusal) {
    case 'entry-not-ready':
      return msg(
        str`This entry is not ready yet (${entryStatusLabel(entry.status)}). Services can be ordered once it is ready.`,
      );
    case 'entry-type-not-supported':
      return msg('REACH does not take orders for this kind of entry.');
    case 'feature-not-supported':
      if (item.serviceFeature === VendorServiceFeature.VIDEO_ANALYSIS)
        return msg('Video analysis needs a video; this entry has no picture.');
      return msg(str`${feature} cannot be ordered for this kind of entry (${entryKindLabel(entry)}).`);
    case 'entry-too-short':
      // The server answers ENTRY_TOO_SHORT for an entry without media length (an image, a document) too.
      if (entryDurationMs(entry) === 0)
        return msg(str`${feature} cannot be ordered for this kind of entry (${entryKindLabel(entry)}).`);
      return msg(str`The media is shorter than 10 seconds, the minimum for ${feature}.`);
    case 'entry-too-long':
      return msg(
        str`The media is longer than ${formatDuration(item.maxVideoDuration ?? 0)}, the most this service takes.`,
      );
  }
}

/** Why the inputs a service needs cannot be given for this entry. */
export function inputRefusalText(refusal: InputRefusal, item: VendorCatalogItem): string {
  switch (refusal) {
    case 'needs-source-captions': {
      const language = catalogLanguage(item.sourceLanguage ?? 'English');
      return msg(
        str`Translates existing ${language} captions, and this entry has none. Order ${language} captions first.`,
      );
    }
    case 'needs-transcript':
      return msg('Needs a text transcript attached to the entry; this panel cannot attach one.');
  }
}

/** Why an existing order stops the service from being ordered again. */
export function blockingTaskText(task: EntryVendorTask): string {
  if (task.status === EntryVendorTaskStatus.READY)
    return msg('Already ordered and delivered. This service cannot be ordered again for this entry.');
  return msg(str`Already ordered (${statusLabel(task.status)}). It cannot be ordered again while that order is open.`);
}

/** An amount of credit in words: "1 credit", "15 credits", "22.5 credits". */
export function creditsText(amount: number): string {
  const shown = formatCredit(amount);
  return plural(amount, {
    one: msg('1 credit', { id: 'credits.one', desc: 'An amount of REACH credit (a price, a total, a balance).' }),
    other: msg(str`${shown} credits`, {
      id: 'credits.other',
      desc: 'An amount of REACH credit (a price, a total, a balance).',
    }),
  });
}

/** What is charged for nothing, said the same way everywhere. */
export function freeText(): string {
  return msg('Free', { id: 'price.free', desc: 'The price of a service that costs no credit.' });
}

/** What something costs: "Free", or its credits. */
export function costText(amount: number): string {
  return amount === 0 ? freeText() : creditsText(amount);
}

/** Why an element shows no prices or credit: the session may not read the profiles (a USER session without a role). */
export function profilesHiddenText(): string {
  return msg(
    "Prices and credit are not shown: this session may not read the account's REACH profiles. You can still order; the account's profile is charged.",
  );
}

/** A price estimate in words. */
export function priceText(estimate: PriceEstimate): string {
  switch (estimate.kind) {
    case 'free':
      return freeText();
    case 'fixed':
      return costText(estimate.amount);
    case 'on-completion':
      return msg('On delivery');
    case 'units-required':
      return msg('Priced per token');
    case 'unknown':
      return msg('Price not shown');
  }
}

/**
 * A warning before ordering a service whose pending order on an earlier version of the media the server
 * will cancel (kaltura-rules §4.5); cancelled orders are not refunded (kaltura-rules §4.4).
 */
export function cancelsOrderText(cancelled: readonly EntryVendorTask[]): string {
  const when = new Intl.ListFormat(displayLocale(), { type: 'unit' }).format(
    cancelled.map((task) => formatDate(task.createdAt)),
  );
  const count = cancelled.length;
  return plural(count, {
    one: msg(
      str`Ordering this cancels the pending order of ${when}, placed for an earlier version of the media. Its credit is not refunded.`,
      {
        id: 'cancels-orders.one',
        desc: 'Warning on a service: ordering it makes the server cancel a pending order placed for an earlier version of the media.',
      },
    ),
    other: msg(
      str`Ordering this cancels ${count} pending orders (${when}), placed for an earlier version of the media. Their credit is not refunded.`,
      {
        id: 'cancels-orders.other',
        desc: 'Warning on a service: ordering it makes the server cancel pending orders placed for an earlier version of the media; in parentheses, their dates.',
      },
    ),
  });
}

/** For pay-per-use items: what one unit costs (units are counted by the vendor). */
export function unitPriceText(pricePerUnit: number): string {
  const amount = new Intl.NumberFormat(displayLocale(), { maximumSignificantDigits: 6 }).format(pricePerUnit);
  return msg(str`Priced when delivered: ${amount} per unit used`);
}

/** What a refused or failed order means for the user; the server's own message is shown next to it. */
export function orderErrorText(error: KalturaApiError): string {
  switch (error.code) {
    case 'EXCEEDED_MAX_CREDIT_ALLOWED':
      return msg('Not enough credit left on the profile.');
    case 'CREDIT_EXPIRED':
      return msg("The profile's credit period has ended.");
    case 'ENTRY_VENDOR_TASK_DUPLICATION':
      return msg('This service has already been ordered for this entry.');
    case 'ENTRY_NOT_READY':
      return msg('The entry is not ready yet.');
    case 'ENTRY_TOO_SHORT':
      return msg('The media is too short for this service.');
    case 'FEATURE_TYPE_NOT_SUPPORTED_FOR_ENTRY':
      return msg('This service cannot be ordered for this kind of entry.');
    case 'REACH_PROFILE_NOT_FOUND':
      return msg('The REACH profile is not active any more.');
    case 'CATALOG_ITEM_NOT_ENABLED_FOR_ACCOUNT':
      return msg('This service is not enabled for the account.');
    case 'REQUIRE_CAPTION':
      return msg('Choose the captions to translate from.');
    case 'FEATURE_FORBIDDEN':
      return msg('REACH is not enabled for this account.');
    case 'SERVICE_FORBIDDEN':
      return msg('Your session may not order services.');
    default:
      if (error.kind === 'transient') return msg('The server could not be reached.');
      return msg('The order was refused.');
  }
}

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
      return refused
        ? msg('The credit period of this profile has ended, so nothing was ordered.')
        : msg('The credit period of this profile has ended.');
    case 'not-started':
      return refused
        ? msg('The credit period of this profile has not started yet, so nothing was ordered.')
        : msg('The credit period of this profile has not started yet.');
    default:
      return undefined;
  }
}
