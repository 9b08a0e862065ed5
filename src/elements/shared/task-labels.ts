import { msg, str } from '@lit/localize';
import { EntryVendorTaskStatus, VendorServiceFeature } from '../../reach/enums.js';
import type { EntryVendorTask, VendorCatalogItem } from '../../reach/schemas.js';
import { languageLabel } from '../../i18n/languages.js';
import { displayLocale } from '../../i18n/localization.js';
import { featureLabel, statusLabel } from './labels.js';

const language = (wire: string | undefined) => (wire ? languageLabel(wire, displayLocale()) : undefined);

/** What a task is: the service, and the language when the service works in one. */
type TaskKind =
  | { kind: 'captions' | 'translation' | 'dubbing'; language: string }
  | { kind: 'service'; feature: number };

function taskKind(task: EntryVendorTask, item: VendorCatalogItem | undefined): TaskKind {
  const feature = item?.serviceFeature ?? task.serviceFeature ?? 0;
  const source = language(item?.sourceLanguage);
  const target = language(item?.targetLanguage);
  if (feature === VendorServiceFeature.CAPTIONS && source) return { kind: 'captions', language: source };
  if (feature === VendorServiceFeature.TRANSLATION && target) return { kind: 'translation', language: target };
  if (feature === VendorServiceFeature.DUBBING && target) return { kind: 'dubbing', language: target };
  return { kind: 'service', feature };
}

/** What a task is called in lists and announcements: "English captions", "Spanish translation", "Summary". */
export function taskTitle(task: EntryVendorTask, item: VendorCatalogItem | undefined): string {
  const kind = taskKind(task, item);
  switch (kind.kind) {
    case 'captions':
      return msg(str`${kind.language} captions`);
    case 'translation':
      return msg(str`${kind.language} translation`);
    case 'dubbing':
      return msg(str`${kind.language} dubbing`);
    case 'service':
      return featureLabel(kind.feature);
  }
}

/** The languages a task works in: "English", "English → Spanish". */
export function taskLanguages(task: EntryVendorTask, item: VendorCatalogItem | undefined): string | undefined {
  const source = language(item?.sourceLanguage);
  const target = language(item?.targetLanguage ?? task.taskJobData?.outputLanguage);
  if (source && target && source !== target) return msg(str`${source} → ${target}`);
  return source ?? target;
}

/** A polite announcement of a status change: "English captions are ready.", "Summary: Failed." */
export function taskChangeAnnouncement(
  task: EntryVendorTask,
  item: VendorCatalogItem | undefined,
  previousStatus: number | undefined,
): string {
  if (task.status === EntryVendorTaskStatus.READY) return readyAnnouncement(taskKind(task, item));
  const title = taskTitle(task, item);
  if (task.status === EntryVendorTaskStatus.PENDING && previousStatus === EntryVendorTaskStatus.PENDING_MODERATION)
    return msg(str`${title}: approved.`);
  return msg(str`${title}: ${statusLabel(task.status)}.`);
}

/**
 * "… is ready" agrees with what is ready: each kind of task has a sentence of its own, in whatever form
 * each language needs, rather than a verb chosen by English grammar.
 */
function readyAnnouncement(kind: TaskKind): string {
  switch (kind.kind) {
    case 'captions':
      return msg(str`${kind.language} captions are ready.`, {
        id: 'task-ready.captions',
        desc: 'Announced when captions in a language are delivered.',
      });
    case 'translation':
      return msg(str`${kind.language} translation is ready.`, {
        id: 'task-ready.translation',
        desc: 'Announced when a translation into a language is delivered.',
      });
    case 'dubbing':
      return msg(str`${kind.language} dubbing is ready.`, {
        id: 'task-ready.dubbing',
        desc: 'Announced when dubbing into a language is delivered.',
      });
    case 'service':
      return msg(str`Ready: ${featureLabel(kind.feature)}.`, {
        id: 'task-ready.service',
        desc: 'Announced when any other service is delivered. The placeholder is the service (Summary, Chapters, AI clips…): the words around it must fit every one.',
      });
  }
}
