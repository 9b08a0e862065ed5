import { msg, str } from '@lit/localize';
import { EntryVendorTaskStatus, VendorServiceFeature, VendorServiceType, turnAroundSpan } from '../../reach/enums.js';
import { formatDuration } from './format.js';
import { displayLocale } from '../../i18n/localization.js';
import { plural } from '../../i18n/plural.js';

/** What a service feature is called in the UI. */
export function featureLabel(feature: number): string {
  switch (feature) {
    case VendorServiceFeature.CAPTIONS:
      return msg('Captions');
    case VendorServiceFeature.TRANSLATION:
      return msg('Translation');
    case VendorServiceFeature.ALIGNMENT:
      return msg('Alignment');
    case VendorServiceFeature.AUDIO_DESCRIPTION:
      return msg('Audio description');
    case VendorServiceFeature.CHAPTERING:
      return msg('Chapters');
    case VendorServiceFeature.INTELLIGENT_TAGGING:
      return msg('Intelligent tagging');
    case VendorServiceFeature.DUBBING:
      return msg('Dubbing');
    case VendorServiceFeature.LIVE_CAPTION:
      return msg('Live captions');
    case VendorServiceFeature.EXTENDED_AUDIO_DESCRIPTION:
      return msg('Extended audio description');
    case VendorServiceFeature.CLIPS:
      return msg('AI clips');
    case VendorServiceFeature.LIVE_TRANSLATION:
      return msg('Live translation');
    case VendorServiceFeature.QUIZ:
      return msg('Quiz');
    case VendorServiceFeature.SUMMARY:
      return msg('Summary');
    case VendorServiceFeature.VIDEO_ANALYSIS:
      return msg('Video analysis');
    case VendorServiceFeature.MODERATION:
      return msg('Moderation');
    case VendorServiceFeature.METADATA_ENRICHMENT:
      return msg('Metadata enrichment');
    case VendorServiceFeature.SENTIMENT_ANALYSIS:
      return msg('Sentiment analysis');
    case VendorServiceFeature.DOCUMENT_ENRICHMENT:
      return msg('Document enrichment');
    case VendorServiceFeature.SIGN_LANGUAGE:
      return msg('Sign language');
    case VendorServiceFeature.SPEECH_TO_VIDEO:
      return msg('Speech to video');
    case VendorServiceFeature.IMMERSIVE_AGENT_CALL:
      return msg('Immersive agent call');
    case VendorServiceFeature.IMMERSIVE_AGENT_CHAT:
      return msg('Immersive agent chat');
    case VendorServiceFeature.AVATAR_VOD:
      return msg('Avatar video');
    default:
      return msg(str`Service ${feature}`);
  }
}

/** Machine or professional (human) fidelity. */
export function fidelityLabel(serviceType: number | undefined): string {
  return serviceType === VendorServiceType.HUMAN ? msg('Professional') : msg('Machine');
}

/** A task's status in words. */
export function statusLabel(status: number): string {
  switch (status) {
    case EntryVendorTaskStatus.PENDING:
      return msg('Pending', {
        id: 'task-status.pending',
        desc: 'Status of one REACH task (an order of one service), on its badge and in sentences about it.',
      });
    case EntryVendorTaskStatus.READY:
      return msg('Ready', {
        id: 'task-status.ready',
        desc: 'Status of one REACH task: delivered. On its badge and in sentences about it.',
      });
    case EntryVendorTaskStatus.PROCESSING:
      return msg('Processing', {
        id: 'task-status.processing',
        desc: 'Status of one REACH task: the vendor is working on it.',
      });
    case EntryVendorTaskStatus.PENDING_MODERATION:
      return msg('Awaiting approval');
    case EntryVendorTaskStatus.REJECTED:
      return msg('Rejected');
    case EntryVendorTaskStatus.ERROR:
      return msg('Failed');
    case EntryVendorTaskStatus.ABORTED:
      return msg('Cancelled');
    case EntryVendorTaskStatus.PENDING_ENTRY_READY:
      return msg('Waiting for the media');
    case EntryVendorTaskStatus.SCHEDULED:
      return msg('Scheduled');
    default:
      return msg(str`Status ${status}`);
  }
}

/** Turnaround time in words: "Best effort", "2 business days", "30 minutes". */
export function turnaroundLabel(turnAroundTime: number | undefined): string {
  if (turnAroundTime === undefined) return msg('Unknown turnaround');
  const span = turnAroundSpan(turnAroundTime);
  if (span.unit === 'bestEffort') return msg('Best effort');
  if (span.unit === 'businessDays') {
    const days = span.amount;
    return plural(days, {
      one: msg('1 business day', { id: 'turnaround.business-days.one', desc: 'Turnaround of a service.' }),
      two: msg('2 business days', {
        id: 'turnaround.business-days.two',
        desc: 'Turnaround of a service (Hebrew has a form of its own for two).',
      }),
      other: msg(str`${days} business days`, {
        id: 'turnaround.business-days.other',
        desc: 'Turnaround of a service.',
      }),
    });
  }
  if (span.amount === 0) return msg('Immediate');
  const days = span.amount / 86400;
  if (Number.isInteger(days) && days > 1) {
    return new Intl.NumberFormat(displayLocale(), { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
  }
  return formatDuration(span.amount);
}

/** A category with its parents, as Kaltura's `fullName` has it ("Courses>Biology"), for reading: "Courses › Biology". */
export function categoryPathLabel(category: { name: string; fullName?: string | undefined }): string {
  return (category.fullName ?? category.name).split('>').join(' › ');
}
