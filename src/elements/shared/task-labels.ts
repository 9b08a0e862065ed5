import { msg, str } from '@lit/localize';
import { EntryVendorTaskStatus, VendorServiceFeature } from '../../reach/enums.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { languageLabel } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { featureLabel, statusLabel } from './labels.js';

const language = (wire: string | undefined) => (wire ? languageLabel(wire, displayLocale()) : undefined);

/** What a task is called in lists and announcements: "English captions", "Spanish translation", "Summary". */
export function taskTitle(task: EntryVendorTask, item: VendorCatalogItem | undefined): string {
  const feature = item?.serviceFeature ?? task.serviceFeature ?? 0;
  const source = language(item?.sourceLanguage);
  const target = language(item?.targetLanguage);
  switch (feature) {
    case VendorServiceFeature.CAPTIONS:
      return source ? msg(str`${source} captions`) : featureLabel(feature);
    case VendorServiceFeature.TRANSLATION:
      return target ? msg(str`${target} translation`) : featureLabel(feature);
    case VendorServiceFeature.DUBBING:
      return target ? msg(str`${target} dubbing`) : featureLabel(feature);
    default:
      return featureLabel(feature);
  }
}

/** The languages a task works in: "English", "English → Spanish". */
export function taskLanguages(task: EntryVendorTask, item: VendorCatalogItem | undefined): string | undefined {
  const source = language(item?.sourceLanguage);
  const target = language(item?.targetLanguage ?? task.taskJobData?.outputLanguage);
  if (source && target && source !== target) return msg(str`${source} → ${target}`);
  return source ?? target;
}

const PLURAL_TITLES: ReadonlySet<number> = new Set([
  VendorServiceFeature.CAPTIONS,
  VendorServiceFeature.LIVE_CAPTION,
  VendorServiceFeature.CHAPTERING,
  VendorServiceFeature.CLIPS,
]);

/** A polite announcement of a status change: "English captions are ready.", "Summary: Failed." */
export function taskChangeAnnouncement(task: EntryVendorTask, item: VendorCatalogItem | undefined, previousStatus: number | undefined): string {
  const title = taskTitle(task, item);
  const feature = item?.serviceFeature ?? task.serviceFeature ?? 0;
  if (task.status === EntryVendorTaskStatus.READY) return PLURAL_TITLES.has(feature) ? msg(str`${title} are ready.`) : msg(str`${title} is ready.`);
  if (task.status === EntryVendorTaskStatus.PENDING && previousStatus === EntryVendorTaskStatus.PENDING_MODERATION) return msg(str`${title}: approved.`);
  return msg(str`${title}: ${statusLabel(task.status)}.`);
}
