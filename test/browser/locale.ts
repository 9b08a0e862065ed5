import { waitUntil } from '@open-wc/testing';
import { messageLocale, supportedLocale } from '../../src/i18n/localization.js';

/** Sets the page's language, as a host page would, and waits until the elements' messages are in it. */
export async function setPageLanguage(lang: string): Promise<void> {
  document.documentElement.lang = lang;
  await waitUntil(() => messageLocale() === supportedLocale(lang), `the ${lang} messages did not load`, {
    timeout: 5000,
  });
}
