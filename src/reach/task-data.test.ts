import { expect } from '@open-wc/testing';
import { encodeParams, type WireParams } from '../api/encode.js';
import { OUTPUT_LANGUAGES, outputLanguageOptions } from '../i18n/languages.js';
import { MetadataEnrichmentApplyMode, VendorServiceFeature } from './enums.js';
import type { MediaEntry, VendorCatalogItem } from './schemas.js';
import { defaultOrderInput, inputProblems, languageCode, taskJobData, type OrderInput } from './task-data.js';

const item = (serviceFeature: number, sourceLanguage = 'English') =>
  ({ id: 9, serviceFeature, serviceType: 2, turnAroundTime: -1, status: 2, sourceLanguage }) as VendorCatalogItem;
const enrichment = item(VendorServiceFeature.METADATA_ENRICHMENT);
const sentiment = item(VendorServiceFeature.SENTIMENT_ANALYSIS);
const entry = { id: '0_e', msDuration: 120_000 } as MediaEntry;
const input = (base: VendorCatalogItem, fields: Partial<OrderInput>): OrderInput => ({
  ...defaultOrderInput(base, []),
  ...fields,
});
/** The form pairs the client sends for this taskJobData. */
const wire = (data: WireParams | undefined) =>
  [...encodeParams({ taskJobData: data ?? {} })].map(([key, value]) => `${key}=${value}`);

describe('task data', () => {
  it('metadata enrichment is not applied to the entry unless asked', () => {
    expect(wire(taskJobData(enrichment, input(enrichment, { instruction: ' ' })))).to.deep.equal([
      'taskJobData[objectType]=KalturaMetadataEnrichmentVendorTaskData',
      'taskJobData[outputLanguage]=English',
      'taskJobData[shouldApply]=false',
    ]);
  });

  it('metadata enrichment that replaces chosen fields sends them as a KalturaStringArray, in field order', () => {
    const chosen = input(enrichment, {
      shouldApply: true,
      applyMode: MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST,
      overrideFields: ['tags', 'name'],
      outputLanguage: 'Spanish',
      instruction: 'Keep product names',
    });
    expect(inputProblems(enrichment, chosen, entry)).to.deep.equal({});
    expect(wire(taskJobData(enrichment, chosen))).to.deep.equal([
      'taskJobData[objectType]=KalturaMetadataEnrichmentVendorTaskData',
      'taskJobData[outputLanguage]=Spanish',
      'taskJobData[shouldApply]=true',
      'taskJobData[applyMode]=FILL_EMPTY_AND_OVERRIDE_LIST',
      'taskJobData[overrideFields][0][objectType]=KalturaString',
      'taskJobData[overrideFields][0][value]=name',
      'taskJobData[overrideFields][1][objectType]=KalturaString',
      'taskJobData[overrideFields][1][value]=tags',
      'taskJobData[instruction]=Keep product names',
    ]);
  });

  it('sends the fields chosen for replacement only in the mode that uses them', () => {
    const all = input(enrichment, {
      shouldApply: true,
      applyMode: MetadataEnrichmentApplyMode.OVERRIDE_ALL,
      overrideFields: ['name'],
    });
    expect(taskJobData(enrichment, all)).to.include({ applyMode: 'OVERRIDE_ALL', overrideFields: undefined });
    const notApplied = input(enrichment, {
      applyMode: MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST,
      overrideFields: [],
    });
    expect(inputProblems(enrichment, notApplied, entry)).to.deep.equal({});
  });

  it('asks for at least one field when only chosen fields are to be replaced', () => {
    const none = input(enrichment, {
      shouldApply: true,
      applyMode: MetadataEnrichmentApplyMode.FILL_EMPTY_AND_OVERRIDE_LIST,
      overrideFields: [],
    });
    expect(inputProblems(enrichment, none, entry)).to.deep.equal({ overrideFields: { problem: 'choose-one' } });
  });

  it('sentiment analysis sends a KalturaLanguageCode, by default the source language of the item', () => {
    expect(taskJobData(sentiment, defaultOrderInput(sentiment, []))).to.deep.equal({
      objectType: 'KalturaSentimentAnalysisVendorTaskData',
      language: 'en',
    });
    expect(
      defaultOrderInput(item(VendorServiceFeature.SENTIMENT_ANALYSIS, 'Portuguese (Brazil)'), []).language,
    ).to.equal('pt');
    expect(defaultOrderInput(item(VendorServiceFeature.SENTIMENT_ANALYSIS, 'Auto Detect'), []).language).to.equal('en');
  });

  it('maps REACH languages to the KalturaLanguageCode enum, and only to its values', () => {
    expect(languageCode('Spanish')).to.equal('es');
    expect(languageCode('English (British)')).to.equal('en_gb');
    expect(languageCode('Hebrew')).to.equal('he');
    for (const language of ['Portuguese (Brazil)', 'Cantonese', 'Bosnian', 'Auto Detect', 'English (ASL)']) {
      expect(languageCode(language), language).to.equal(undefined);
    }
  });

  it('output languages are written ones only, named and sorted for the user', () => {
    expect(OUTPUT_LANGUAGES)
      .to.include('Spanish')
      .and.not.include('Auto Detect')
      .and.not.include('English (ASL)')
      .and.not.include('English (BSL)');
    const german = outputLanguageOptions('de');
    expect(german.map((option) => option.value)).to.have.members([...OUTPUT_LANGUAGES]);
    expect(german.find((option) => option.value === 'Spanish')?.label).to.equal('Spanisch');
    const labels = german.map((option) => option.label);
    expect(labels).to.deep.equal([...labels].sort(new Intl.Collator('de').compare));
    expect(outputLanguageOptions('de')).to.equal(german);
    // A tag Intl rejects still gives the list.
    expect(outputLanguageOptions('en_US')).to.have.length(OUTPUT_LANGUAGES.length);
  });

  it('the output language defaults to the source language of the item when it is a written one', () => {
    expect(defaultOrderInput(item(VendorServiceFeature.SUMMARY, 'French'), []).outputLanguage).to.equal('French');
    expect(defaultOrderInput(item(VendorServiceFeature.SUMMARY, 'English (ASL)'), []).outputLanguage).to.equal(
      'English',
    );
    expect(defaultOrderInput(item(VendorServiceFeature.SUMMARY, 'Auto Detect'), []).outputLanguage).to.equal('English');
  });
});
