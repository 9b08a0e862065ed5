import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './locale-codes.js';

/**
 * The one localization layer (@lit/localize, runtime mode). The locale follows the page's `lang`.
 * English is built in; a translation is a module of its own, fetched only by pages that need it
 * (beside the CDN file: `dist/cdn/locales/<locale>.js`).
 */
const translations = {
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  ja: () => import('./locales/ja.js'),
} as const;
type TargetLocale = keyof typeof translations;

let localization: ReturnType<typeof configureLocalization> | undefined;
try {
  localization = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => translations[locale as TargetLocale](),
  });
} catch {
  // Another copy of this package (or the host) configured @lit/localize first: use its locale.
}

/** The supported locale closest to a BCP 47 tag: `es-MX` → `es`; unknown → the source locale. */
export function supportedLocale(tag: string | null | undefined): string {
  const language = (tag ?? '').toLowerCase().split('-')[0] ?? '';
  if (language === 'iw') return 'he';
  return (targetLocales as readonly string[]).includes(language) ? language : sourceLocale;
}

/** Follows `<html lang>`; called by every element when it connects and when the page's lang changes. */
export function syncLocaleWithPage(): void {
  if (!localization || typeof document === 'undefined') return;
  // Not compared with getLocale(): while another locale loads, that is still the old one, and switching
  // back to it must cancel the load. setLocale does nothing for the locale active or loading.
  void localization.setLocale(supportedLocale(document.documentElement.lang || navigator.language));
}

if (typeof document !== 'undefined' && typeof MutationObserver !== 'undefined') {
  new MutationObserver(syncLocaleWithPage).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

/** The locale the messages are in now: the page's supported locale once its translation has loaded. */
export function messageLocale(): string {
  return localization?.getLocale() ?? supportedLocale(displayLocale());
}

/** The display locale for Intl (numbers, dates, language names). */
export function displayLocale(): string {
  return (typeof document !== 'undefined' && document.documentElement.lang) || navigator.language || 'en';
}
