import { msg, str } from '@lit/localize';
import type { KalturaApiError } from '../../api/errors.js';
import {
  EntryStatus,
  EntryType,
  EntryVendorTaskStatus,
  MediaType,
  turnAroundSpan,
  VendorServiceFeature,
  VendorServiceTurnAroundTime,
} from '../../reach/enums.js';
import { entryDurationMs } from '../../reach/entry.js';
import type { EntryRefusal } from '../../reach/order-rules.js';
import type { CreditVerdict, PriceBreakdown, PriceEstimate } from '../../reach/pricing.js';
import type { EntryVendorTask, MediaEntry, VendorCatalogItem } from '../../reach/schemas.js';
import type { InputRefusal } from '../../reach/task-data.js';
import { languageLabel } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';
import { featureLabel, statusLabel } from './labels.js';
import { formatCredit, formatDate, formatDuration, formatTimeAhead } from './format.js';

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

/** How a price is made up: "1.5 credits a minute × 10 minutes", "+ 2 credits" for a fixed add-on. */
export function priceBreakdownText({ pricePerUnit, unit, units, addOns }: PriceBreakdown): string {
  const rate = creditsText(pricePerUnit);
  const count = new Intl.NumberFormat(displayLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(units);
  const perUnit =
    unit === 'second'
      ? msg(str`${rate} a second × ${count}`, {
          id: 'price-breakdown.second',
          desc: 'How a price is made up: the rate per second times the started seconds of the media.',
        })
      : unit === 'hour'
        ? msg(str`${rate} an hour × ${count}`, {
            id: 'price-breakdown.hour',
            desc: 'How a price is made up: the rate per hour times the started hours of the media.',
          })
        : msg(str`${rate} a minute × ${count}`, {
            id: 'price-breakdown.minute',
            desc: 'How a price is made up: the rate per minute times the started minutes of the media.',
          });
  return addOns
    ? msg(str`${perUnit} + ${creditsText(addOns)}`, {
        id: 'price-breakdown.add-on',
        desc: 'A price made up per unit, plus a fixed add-on.',
      })
    : perUnit;
}

/** "Ready by about 7:34 PM": when an order is expected, from the server's expected finish time. */
export function readyByText(expectedFinishTime: number, nowSeconds: number): string {
  return msg(str`Ready by about ${formatTimeAhead(Math.max(expectedFinishTime, nowSeconds), nowSeconds)}`);
}

/** Where an order placed stands, in a sentence: "Ready by about 7:34 PM.", "Delivered.", "Waiting for approval." */
export function orderStateText(task: EntryVendorTask, nowSeconds: number): string {
  switch (task.status) {
    case EntryVendorTaskStatus.READY:
      return msg('Delivered.', { id: 'order-state.ready', desc: 'An order placed, now done.' });
    case EntryVendorTaskStatus.PENDING_MODERATION:
      return msg('Waiting for an administrator to approve it.');
    case EntryVendorTaskStatus.REJECTED:
      return msg('An administrator rejected it.');
    case EntryVendorTaskStatus.ERROR:
      return msg('The vendor could not complete it.');
    case EntryVendorTaskStatus.ABORTED:
      return msg('It was cancelled.');
    case EntryVendorTaskStatus.PENDING_ENTRY_READY:
      return msg('Starts once the entry is ready.');
    default:
      return task.expectedFinishTime && task.turnAroundTime !== VendorServiceTurnAroundTime.BEST_EFFORT
        ? msg(str`${readyByText(task.expectedFinishTime, nowSeconds)}.`, {
            id: 'order-state.ready-by',
            desc: 'An order placed and on its way: when it is expected, as a sentence.',
          })
        : msg('In progress.', {
            id: 'order-state.in-progress',
            desc: 'An order placed, on its way, with no promised time.',
          });
  }
}

/**
 * An order chained after captions of `language` (a translation ordered with its source captions): when it
 * starts, "Starts when the English captions are ready (about 7:34 PM)."
 */
export function afterCaptionsText(language: string, readyAt: number | undefined, nowSeconds: number): string {
  const captions = catalogLanguage(language);
  return readyAt === undefined
    ? msg(str`Starts when the ${captions} captions are ready.`)
    : msg(
        str`Starts when the ${captions} captions are ready (about ${formatTimeAhead(Math.max(readyAt, nowSeconds), nowSeconds)}).`,
      );
}

/** What becomes of orders chained after captions, and what happens if the page closes first. */
export function chainedOrdersText(): string {
  return msg(
    'This page places the orders that wait for captions as soon as the captions are ready. If you close the page before then, they are not placed and nothing is charged for them: order them here again once the captions are ready.',
  );
}

/**
 * When a service ordered now would be ready (kaltura-rules §4.6): a clock time for a turnaround in
 * seconds; business days are counted in the vendor's working hours, so they are named, not computed.
 */
export function serviceReadyText(turnAroundTime: number, nowSeconds: number): string {
  const span = turnAroundSpan(turnAroundTime);
  if (span.unit === 'bestEffort') return msg('No promised delivery time');
  if (span.unit === 'businessDays') {
    const days = span.amount;
    return plural(days, {
      one: msg('Ready in about 1 business day', {
        id: 'ready-in.business-days.one',
        desc: 'When a service ordered now would be ready.',
      }),
      other: msg(str`Ready in about ${days} business days`, {
        id: 'ready-in.business-days.other',
        desc: 'When a service ordered now would be ready.',
      }),
    });
  }
  if (span.amount === 0) return msg('Ready within minutes');
  return readyByText(nowSeconds + span.amount, nowSeconds);
}

/** Why a paid per-token service that is not pay-per-use cannot be ordered here. */
export function unitsRequiredText(): string {
  return msg(
    'Priced per token, and the number of tokens must be given with the order. Order it through your Kaltura account team or the API.',
  );
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

/**
 * Why the profile's credit stops several services ordered together (the order panel's selection), or
 * undefined when it does not: `total` is what they cost, `remaining` the credit left.
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
