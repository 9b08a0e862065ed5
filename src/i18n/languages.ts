// REACH names languages by English words on the wire (KalturaCatalogItemLanguage, kaltura-rules §2; values in src/reach/wire-enums.js).
// This maps each one to a BCP 47 tag so the UI can name it in the user's language.

/** Wire value → BCP 47 tag; '' where the value is not a language. */
const TAG_BY_CATALOG_LANGUAGE = {
  English: 'en',
  'English (American)': 'en-US',
  'English (British)': 'en-GB',
  Dutch: 'nl',
  French: 'fr',
  German: 'de',
  Italian: 'it',
  Spanish: 'es',
  Arabic: 'ar',
  'Arabic (Lebanon)': 'ar-LB',
  'Arabic (Qatar)': 'ar-QA',
  'Arabic (Saudi Arabia)': 'ar-SA',
  Chinese: 'zh',
  'Mandarin Chinese': 'cmn',
  Cantonese: 'yue',
  Hebrew: 'he',
  Hindi: 'hi',
  Japanese: 'ja',
  Korean: 'ko',
  Portuguese: 'pt',
  'Portuguese (Brazil)': 'pt-BR',
  Russian: 'ru',
  Turkish: 'tr',
  Thai: 'th',
  Swedish: 'sv',
  Danish: 'da',
  Norwegian: 'no',
  Finnish: 'fi',
  Icelandic: 'is',
  Polish: 'pl',
  Indonesian: 'id',
  Greek: 'el',
  Romanian: 'ro',
  Hungarian: 'hu',
  Irish: 'ga',
  'Gaelic (Scottish)': 'gd',
  Welsh: 'cy',
  Urdu: 'ur',
  Tamil: 'ta',
  Malayalam: 'ml',
  Zulu: 'zu',
  Vietnamese: 'vi',
  Ukrainian: 'uk',
  'French (Canada)': 'fr-CA',
  'Taiwanese Mandarin': 'zh-TW',
  'Spanish (Latin America)': 'es-419',
  Catalan: 'ca',
  Czech: 'cs',
  Afrikaans: 'af',
  Bulgarian: 'bg',
  Estonian: 'et',
  'Latvian (Lettish)': 'lv',
  Lithuanian: 'lt',
  Slovak: 'sk',
  Bashkir: 'ba',
  Basque: 'eu',
  'Byelorussian (Belarusian)': 'be',
  Croatian: 'hr',
  Esperanto: 'eo',
  Farsi: 'fa',
  Galician: 'gl',
  Interlingua: 'ia',
  Malay: 'ms',
  Marathi: 'mr',
  Mongolian: 'mn',
  Slovenian: 'sl',
  Telugu: 'te',
  Uighur: 'ug',
  'English (Australian)': 'en-AU',
  Azerbaijani: 'az',
  'Bengali (Bangla)': 'bn',
  Burmese: 'my',
  Bosnian: 'bs',
  Georgian: 'ka',
  Gujarati: 'gu',
  Javanese: 'jv',
  Kannada: 'kn',
  Kazakh: 'kk',
  Cambodian: 'km',
  Laothian: 'lo',
  Macedonian: 'mk',
  Nepali: 'ne',
  'Persian (Iran)': 'fa-IR',
  Punjabi: 'pa',
  Serbian: 'sr',
  Sinhalese: 'si',
  Slovakian: 'sk-SK',
  Sundanese: 'su',
  'Swahili (Kiswahili)': 'sw',
  Tagalog: 'tl',
  Uzbek: 'uz',
  Xhosa: 'xh',
  'Simplified Chinese': 'zh-Hans',
  'Traditional Chinese': 'zh-Hant',
  'Auto Detect': '',
  'English (ASL)': 'ase',
  'English (BSL)': 'bfi',
} as const satisfies Record<string, string>;

export type CatalogItemLanguage = keyof typeof TAG_BY_CATALOG_LANGUAGE;

/** Every wire value, in Kaltura's order (for language pickers). */
export const CATALOG_ITEM_LANGUAGES = Object.keys(TAG_BY_CATALOG_LANGUAGE) as CatalogItemLanguage[];

/** Not a language: the vendor detects it. The UI names this one itself. */
export const AUTO_DETECT_LANGUAGE = 'Auto Detect' satisfies CatalogItemLanguage;

/** Signed, never written. */
const SIGN_LANGUAGES: ReadonlySet<string> = new Set<CatalogItemLanguage>(['English (ASL)', 'English (BSL)']);

/** What a written output (clips, summary, quiz, metadata) can be in: every language but Auto Detect and the sign languages. */
export const OUTPUT_LANGUAGES = CATALOG_ITEM_LANGUAGES.filter(
  (language) => language !== AUTO_DETECT_LANGUAGE && !SIGN_LANGUAGES.has(language),
);

/** The BCP 47 tag for a wire value; undefined for Auto Detect and for values this table does not know. */
export function languageTag(wireValue: string): string | undefined {
  return Object.hasOwn(TAG_BY_CATALOG_LANGUAGE, wireValue)
    ? TAG_BY_CATALOG_LANGUAGE[wireValue as CatalogItemLanguage] || undefined
    : undefined;
}

// One DisplayNames per display locale; null remembers a locale Intl rejected.
const displayNamesByLocale = new Map<string, Intl.DisplayNames | null>();

function displayNames(locale: string): Intl.DisplayNames | null {
  let names = displayNamesByLocale.get(locale);
  if (names === undefined) {
    try {
      names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'none' });
    } catch {
      names = null;
    }
    displayNamesByLocale.set(locale, names);
  }
  return names;
}

/**
 * Names Intl.DisplayNames lacks (Chromium's data has no `ba`, `ase` or `bfi`), in the languages the
 * elements are translated to; by wire value, then by the display locale's language.
 */
const NAMES_INTL_LACKS = new Map<string, ReadonlyMap<string, string>>([
  [
    'Bashkir',
    new Map([
      ['de', 'Baschkirisch'],
      ['es', 'baskir'],
      ['fr', 'bachkir'],
      ['he', 'בשקירית'],
      ['ja', 'バシキール語'],
    ]),
  ],
  [
    'English (ASL)',
    new Map([
      ['de', 'Amerikanische Gebärdensprache'],
      ['es', 'lengua de señas americana'],
      ['fr', 'langue des signes américaine'],
      ['he', 'שפת הסימנים האמריקאית'],
      ['ja', 'アメリカ手話'],
    ]),
  ],
  [
    'English (BSL)',
    new Map([
      ['de', 'Britische Gebärdensprache'],
      ['es', 'lengua de señas británica'],
      ['fr', 'langue des signes britannique'],
      ['he', 'שפת הסימנים הבריטית'],
      ['ja', 'イギリス手話'],
    ]),
  ],
]);

/**
 * The name of a REACH language in `displayLocale` ("Spanish", "de" → "Spanisch").
 * Falls back to the wire value when the value, the locale or the browser's data does not know it.
 */
export function languageLabel(wireValue: string, displayLocale: string): string {
  const tag = languageTag(wireValue);
  if (!tag) return wireValue;
  const language = displayLocale.toLowerCase().split(/[-_]/)[0] ?? '';
  return displayNames(displayLocale)?.of(tag) ?? NAMES_INTL_LACKS.get(wireValue)?.get(language) ?? wireValue;
}

export interface LanguageOption {
  readonly value: CatalogItemLanguage;
  readonly label: string;
}

const outputOptionsByLocale = new Map<string, readonly LanguageOption[]>();

/**
 * OUTPUT_LANGUAGES named in `displayLocale` and sorted by name for it: the list every output-language
 * picker offers. Built once per locale.
 */
export function outputLanguageOptions(displayLocale: string): readonly LanguageOption[] {
  let options = outputOptionsByLocale.get(displayLocale);
  if (!options) {
    // A locale Intl rejects (e.g. "en_US") sorts by the default locale's rules.
    const collator = displayNames(displayLocale) ? new Intl.Collator(displayLocale) : new Intl.Collator();
    options = OUTPUT_LANGUAGES.map((value) => ({ value, label: languageLabel(value, displayLocale) })).sort((a, b) =>
      collator.compare(a.label, b.label),
    );
    outputOptionsByLocale.set(displayLocale, options);
  }
  return options;
}
