import { expect } from '@open-wc/testing';
import { AUTO_DETECT_LANGUAGE, CATALOG_ITEM_LANGUAGES, languageLabel, languageTag } from './languages.js';

describe('REACH language names', () => {
  it('knows all 97 catalog item languages, each with a valid BCP 47 tag', () => {
    expect(CATALOG_ITEM_LANGUAGES).to.have.length(97);
    for (const wireValue of CATALOG_ITEM_LANGUAGES) {
      if (wireValue === AUTO_DETECT_LANGUAGE) continue;
      const tag = languageTag(wireValue);
      expect(tag, wireValue).to.be.a('string');
      expect(() => Intl.getCanonicalLocales(tag), wireValue).not.to.throw();
    }
  });

  it('maps regional wire values to regional tags', () => {
    expect(languageTag('English (American)')).to.equal('en-US');
    expect(languageTag('Spanish (Latin America)')).to.equal('es-419');
    expect(languageTag('Simplified Chinese')).to.equal('zh-Hans');
    expect(languageTag('English (ASL)')).to.equal('ase');
  });

  it('names a language in the display locale', () => {
    expect(languageLabel('Spanish', 'de')).to.equal('Spanisch');
    expect(languageLabel('Spanish', 'en')).to.equal('Spanish');
    expect(languageLabel('French (Canada)', 'de')).to.equal('Französisch (Kanada)');
    expect(languageLabel('German', 'he')).to.equal('גרמנית');
  });

  it('names every language in each language the elements are translated to, never by its English wire value', () => {
    for (const wireValue of CATALOG_ITEM_LANGUAGES) {
      if (wireValue === AUTO_DETECT_LANGUAGE) continue;
      // German shares many names with English (Hindi, Zulu…): its own are checked by name below.
      for (const locale of ['es', 'fr-BE'])
        expect(languageLabel(wireValue, locale), `${wireValue} in ${locale}`).not.to.equal(wireValue);
      expect(languageLabel(wireValue, 'he-IL'), wireValue).not.to.match(/[a-z]/i);
      expect(languageLabel(wireValue, 'ja-JP'), wireValue).not.to.match(/[a-z]/i);
    }
    // Intl.DisplayNames has no name for these three: the elements' own.
    expect(languageLabel('Bashkir', 'es-MX')).to.equal('baskir');
    expect(languageLabel('English (ASL)', 'he')).to.equal('שפת הסימנים האמריקאית');
    expect(languageLabel('English (BSL)', 'es')).to.equal('lengua de señas británica');
    expect(languageLabel('English (ASL)', 'fr-CA')).to.equal('langue des signes américaine');
    expect(languageLabel('Bashkir', 'de')).to.equal('Baschkirisch');
    expect(languageLabel('English (BSL)', 'ja')).to.equal('イギリス手話');
    // Not a language the elements are translated to.
    expect(languageLabel('English (BSL)', 'it')).to.equal('English (BSL)');
  });

  it('falls back to the wire value', () => {
    expect(languageLabel(AUTO_DETECT_LANGUAGE, 'de')).to.equal('Auto Detect');
    expect(languageTag(AUTO_DETECT_LANGUAGE)).to.equal(undefined);
    expect(languageLabel('Klingon', 'de')).to.equal('Klingon');
    expect(languageLabel('toString', 'de')).to.equal('toString');
    expect(languageLabel('Spanish', 'not a locale!')).to.equal('Spanish');
  });

  it('builds one Intl.DisplayNames per display locale', () => {
    const intl = Intl as { DisplayNames: typeof Intl.DisplayNames }; // writable at run time, read-only in lib.d.ts
    const RealDisplayNames = intl.DisplayNames;
    let constructed = 0;
    intl.DisplayNames = class extends RealDisplayNames {
      constructor(...args: ConstructorParameters<typeof RealDisplayNames>) {
        super(...args);
        constructed += 1;
      }
    };
    try {
      languageLabel('Spanish', 'fr');
      languageLabel('German', 'fr');
      languageLabel('Italian', 'fr');
    } finally {
      intl.DisplayNames = RealDisplayNames;
    }
    expect(constructed).to.equal(1);
    expect(languageLabel('German', 'fr')).to.equal('allemand');
  });
});
