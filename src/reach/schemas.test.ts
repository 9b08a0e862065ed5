import { expect } from '@open-wc/testing';
import { EntryStatus, EntryVendorTaskStatus, VendorCatalogItemOutputFormat, VendorServiceFeature } from './enums.js';
import {
  ResponseValidationError,
  captionAssetSchema,
  cuePointSchema,
  entryVendorTaskSchema,
  flavorAssetSchema,
  listResponse,
  mediaEntrySchema,
  parseResponse,
  reachProfileSchema,
  sessionInfoSchema,
  vendorCatalogItemSchema,
  type EntryVendorTask,
  type ReachProfile,
  type VendorCatalogItem,
} from './schemas.js';

// Bodies as the server writes them: JSON text, so `12.0` is exactly what JSON.parse sees.
const wire = (json: string): unknown => JSON.parse(json);

// A task as Kaltura's knowledge base shows one (kaltura-rules §1.1), plus the clips job data of §5.9, a field we do
// not know and relatedObjects.
const REAL_TASK = `{"id":"364983352","partnerId":4124832,"vendorPartnerId":1724132,"createdAt":1693206812,
  "updatedAt":1693206812,"queueTime":1693206812,"entryId":"1_8i57m3ju","status":1,"reachProfileId":187412,
  "catalogItemId":14482,"price":0,"userId":"user@customer.com","accessKey":"djJ8NDEyNDgzMnxzZWNyZXQ=","version":1,
  "notes":"Speakers: Ann, Bob","dictionary":"Kaltura","creationMode":1,"expectedFinishTime":1693811612,
  "serviceType":2,"serviceFeature":10,"turnAroundTime":-1,
  "taskJobData":{"clipsDuration":60,"instruction":"","outputJson":"[]","objectType":"KalturaClipsVendorTaskData"},
  "someFutureField":{"x":1},"relatedObjects":{},"objectType":"KalturaEntryVendorTask"}`;

describe('entryVendorTaskSchema', () => {
  it('parses a task as Kaltura sends it', () => {
    const task: EntryVendorTask = parseResponse(entryVendorTaskSchema, wire(REAL_TASK), 'reach_entryvendortask.get');
    expect(task.id).to.equal('364983352');
    expect(task.status).to.equal(EntryVendorTaskStatus.PENDING);
    expect(task.version).to.equal(1);
    expect(task.turnAroundTime).to.equal(-1);
    expect(task.taskJobData).to.deep.equal({
      clipsDuration: 60,
      instruction: '',
      outputJson: '[]',
      objectType: 'KalturaClipsVendorTaskData',
    });
    expect(task.finishTime).to.equal(undefined);
  });

  it('drops unknown fields and never keeps the vendor access key', () => {
    const task = parseResponse(entryVendorTaskSchema, wire(REAL_TASK), 'reach_entryvendortask.get');
    expect(task).not.to.have.property('accessKey');
    expect(task).not.to.have.property('someFutureField');
    expect(task).not.to.have.property('relatedObjects');
  });

  it('keeps a bigint id as text, whichever way it arrives, and reads numbers sent as text', () => {
    const task = parseResponse(
      entryVendorTaskSchema,
      wire(
        '{"id":1001,"partnerId":"123","createdAt":"1693206812","status":"2","catalogItemId":"4242","price":12.0,"version":"11"}',
      ),
      'reach_entryvendortask.add',
    );
    expect(task.id).to.equal('1001');
    expect(task).to.include({
      partnerId: 123,
      createdAt: 1693206812,
      status: 2,
      catalogItemId: 4242,
      price: 12,
      version: 11,
    });
  });

  it('lets an unknown status and an unknown job data subclass through', () => {
    const task = parseResponse(
      entryVendorTaskSchema,
      wire(
        '{"id":"7","partnerId":1,"createdAt":1,"status":42,"catalogItemId":1,"taskJobData":{"objectType":"KalturaTomorrowVendorTaskData","entryDuration":"125000","novel":true}}',
      ),
      'reach_entryvendortask.get',
    );
    expect(task.status).to.equal(42);
    expect(task.taskJobData).to.deep.equal({ objectType: 'KalturaTomorrowVendorTaskData', entryDuration: 125000 });
  });

  it('turns KalturaStringArray and 0/1 booleans in job data into plain values', () => {
    const task = parseResponse(
      entryVendorTaskSchema,
      wire(`{"id":"8","partnerId":1,"createdAt":1,"status":2,"catalogItemId":1,"taskJobData":{
        "objectType":"KalturaMetadataEnrichmentVendorTaskData","shouldApply":1,"applyMode":"FILL_EMPTY_AND_OVERRIDE_LIST",
        "overrideFields":[{"objectType":"KalturaString","value":"name"},{"objectType":"KalturaString","value":"tags"}]}}`),
      'reach_entryvendortask.get',
    );
    expect(task.taskJobData?.shouldApply).to.equal(true);
    expect(task.taskJobData?.overrideFields).to.deep.equal(['name', 'tags']);
  });
});

describe('vendorCatalogItemSchema', () => {
  it('reads custom-data ints sent as text ("outputFormat":"3") and float prices', () => {
    const item: VendorCatalogItem = parseResponse(
      vendorCatalogItemSchema,
      wire(`{"id":14482,"vendorPartnerId":1724132,"name":"Machine captions","systemName":"MACHINE_EN","createdAt":1600000000,
        "status":2,"serviceType":2,"serviceFeature":1,"turnAroundTime":-1,
        "pricing":{"pricePerUnit":12.0,"priceFunction":"kReachUtils::calcPricePerMinute","objectType":"KalturaVendorCatalogItemPricing"},
        "sourceLanguage":"English (American)","allowResubmission":true,"payPerUse":false,"outputFormat":"3","enableSpeakerId":0,
        "fixedPriceAddons":0,"flavorParamsId":0,"stage":1,"vendorData":"{}","objectType":"KalturaVendorCaptionsCatalogItem"}`),
      'reach_vendorcatalogitem.list',
    );
    expect(item.outputFormat).to.equal(VendorCatalogItemOutputFormat.VTT);
    expect(item.pricing).to.deep.equal({ pricePerUnit: 12, priceFunction: 'kReachUtils::calcPricePerMinute' });
    expect(item).to.include({
      sourceLanguage: 'English (American)',
      allowResubmission: true,
      payPerUse: false,
      enableSpeakerId: false,
    });
    expect(item).not.to.have.property('vendorData');
  });

  it('reads the translation subclass fields and the partner catalog item fields', () => {
    const item = parseResponse(
      vendorCatalogItemSchema,
      wire(`{"id":5,"status":2,"serviceType":1,"serviceFeature":2,"turnAroundTime":172800,"sourceLanguage":"English",
        "targetLanguage":"Spanish (Latin America)","requireSource":true,"partnerId":"1001","defaultReachProfileId":"77",
        "objectType":"KalturaVendorTranslationCatalogItem"}`),
      'reach_vendorcatalogitem.list',
    );
    expect(item).to.include({
      serviceFeature: VendorServiceFeature.TRANSLATION,
      targetLanguage: 'Spanish (Latin America)',
      requireSource: true,
    });
    expect(item).to.include({ partnerId: 1001, defaultReachProfileId: 77 });
    expect(item.pricing).to.equal(undefined);
  });

  it('tolerates a subclass and a feature it has never heard of', () => {
    const item = parseResponse(
      vendorCatalogItemSchema,
      wire(
        '{"id":9,"status":2,"serviceType":2,"serviceFeature":99,"turnAroundTime":0,"hologramDepth":3,"objectType":"KalturaVendorHologramCatalogItem"}',
      ),
      'reach_vendorcatalogitem.list',
    );
    expect(item).to.deep.equal({
      id: 9,
      status: 2,
      serviceType: 2,
      serviceFeature: 99,
      turnAroundTime: 0,
      objectType: 'KalturaVendorHologramCatalogItem',
    });
  });
});

describe('reachProfileSchema', () => {
  const profileWith = (credit: string, flags = '') =>
    wire(`{"id":77,"name":"Default","partnerId":1001,"status":2,"profileType":2,"defaultOutputFormat":1,${flags}
      "credit":${credit},"usedCredit":12.5,"objectType":"KalturaReachProfile"}`);

  it('reads a plain vendor credit', () => {
    const profile: ReachProfile = parseResponse(
      reachProfileSchema,
      profileWith(
        '{"credit":1000,"fromDate":1690000000,"overageCredit":50,"addOn":"10","objectType":"KalturaVendorCredit"}',
      ),
      'reach_reachprofile.list',
    );
    expect(profile.credit).to.deep.equal({
      credit: 1000,
      fromDate: 1690000000,
      overageCredit: 50,
      addOn: 10,
      objectType: 'KalturaVendorCredit',
    });
    expect(profile.usedCredit).to.equal(12.5);
  });

  it('reads a time range credit', () => {
    const profile = parseResponse(
      reachProfileSchema,
      profileWith(
        '{"credit":500,"fromDate":1690000000,"toDate":1721606399,"overageCredit":0,"addOn":0,"objectType":"KalturaTimeRangeVendorCredit"}',
      ),
      'reach_reachprofile.get',
    );
    expect(profile.credit).to.include({ objectType: 'KalturaTimeRangeVendorCredit', toDate: 1721606399 });
  });

  it('reads a reoccurring credit', () => {
    const profile = parseResponse(
      reachProfileSchema,
      profileWith(
        '{"credit":100,"fromDate":1690000000,"toDate":1721606399,"frequency":"month","objectType":"KalturaReoccurringVendorCredit"}',
      ),
      'reach_reachprofile.get',
    );
    expect(profile.credit).to.include({ objectType: 'KalturaReoccurringVendorCredit', frequency: 'month' });
  });

  it('reads an unlimited credit', () => {
    const profile = parseResponse(
      reachProfileSchema,
      profileWith('{"credit":-9999,"fromDate":1690000000,"objectType":"KalturaUnlimitedVendorCredit"}'),
      'reach_reachprofile.get',
    );
    expect(profile.credit).to.deep.equal({
      credit: -9999,
      fromDate: 1690000000,
      objectType: 'KalturaUnlimitedVendorCredit',
    });
  });

  it('reads NullableBoolean sent as booleans, as −1/0/1 and as text', () => {
    const profile = parseResponse(
      reachProfileSchema,
      profileWith(
        '{"credit":1,"fromDate":1,"objectType":"KalturaVendorCredit"}',
        `"enableMachineModeration":true,"enableHumanModeration":false,"autoDisplayMachineCaptionsOnPlayer":1,
         "autoDisplayHumanCaptionsOnPlayer":0,"enableMetadataExtraction":-1,"enableSpeakerChangeIndication":"1",
         "enableAudioTags":"0","enableProfanityRemoval":"-1",`,
      ),
      'reach_reachprofile.get',
    );
    expect(profile).to.include({
      enableMachineModeration: true,
      enableHumanModeration: false,
      autoDisplayMachineCaptionsOnPlayer: true,
      autoDisplayHumanCaptionsOnPlayer: false,
      enableMetadataExtraction: undefined,
      enableSpeakerChangeIndication: true,
      enableAudioTags: false,
      enableProfanityRemoval: undefined,
    });
  });

  it('keeps rules whole and reads dictionaries', () => {
    const rule = {
      description: 'Caption new lectures',
      actions: [
        { type: '8', catalogItemIds: '14482,5', entryObjectType: 1, objectType: 'KalturaAddEntryVendorTaskAction' },
      ],
      conditions: [
        {
          type: 'reach.CategoryEntry',
          categoryId: 12,
          comparison: '5',
          not: false,
          objectType: 'KalturaCategoryEntryCondition',
        },
      ],
      stopProcessing: false,
      ruleData: 'kept',
      objectType: 'KalturaRule',
    };
    const profile = parseResponse(
      reachProfileSchema,
      {
        id: '77',
        rules: [rule],
        dictionaries: [{ language: 'English', data: 'Kaltura\nREACH', objectType: 'KalturaDictionary' }],
      },
      'reach_reachprofile.get',
    );
    expect(profile.rules).to.deep.equal([rule]);
    expect(profile.dictionaries).to.deep.equal([{ language: 'English', data: 'Kaltura\nREACH' }]);
  });
});

describe('entries, assets, cue points and sessions', () => {
  it('reads a media entry whose status and duration arrive in either type', () => {
    const entry = parseResponse(
      mediaEntrySchema,
      wire(`{"id":"0_abc123","name":"Keynote","description":"","tags":"ai,clips","status":2,"mediaType":1,"type":1,
        "msDuration":"125000","duration":125,"rootEntryId":"0_abc123","thumbnailUrl":"https://cdn/p/1/thumbnail/entry_id/0_abc123",
        "userId":"me@x.com","createdAt":1700000000,"updatedAt":1700000500,"partnerId":1001,"flavorParamsIds":"0,2,3",
        "operationAttributes":[{"offset":127000,"duration":30000,"objectType":"KalturaClipAttributes"}],
        "plays":3,"objectType":"KalturaMediaEntry"}`),
      'media.get',
    );
    expect(entry).to.include({ status: EntryStatus.READY, type: '1', msDuration: 125000, duration: 125 });
    expect(entry.operationAttributes).to.deep.equal([
      { offset: 127000, duration: 30000, objectType: 'KalturaClipAttributes' },
    ]);
    expect(entry).not.to.have.property('plays');
  });

  it('reads flavor assets, caption assets and cue points', () => {
    const flavor = parseResponse(
      flavorAssetSchema,
      wire(
        '{"id":"0_f1","entryId":"0_abc123","status":2,"sizeInBytes":"10485760","isOriginal":true,"isWeb":false,"isDefault":-1,"frameRate":29.97,"objectType":"KalturaFlavorAsset"}',
      ),
      'flavorasset.list',
    );
    expect(flavor).to.include({
      status: 2,
      sizeInBytes: 10485760,
      isOriginal: true,
      isWeb: false,
      isDefault: undefined,
      frameRate: 29.97,
    });

    const caption = parseResponse(
      captionAssetSchema,
      wire(
        '{"id":"0_c1","entryId":"0_abc123","language":"English","languageCode":"en","label":"English (auto)","format":"1","status":2,"accuracy":99,"isDefault":true,"displayOnPlayer":1,"objectType":"KalturaCaptionAsset"}',
      ),
      'caption_captionasset.list',
    );
    expect(caption).to.include({ format: '1', status: 2, accuracy: 99, isDefault: true, displayOnPlayer: true });

    const chapters = parseResponse(
      listResponse(cuePointSchema),
      wire(`{"objects":[
        {"id":"1_cp","entryId":"0_abc123","cuePointType":"thumbCuePoint.Thumb","startTime":0,"endTime":60000,"title":"Intro","subType":2,"objectType":"KalturaThumbCuePoint"},
        {"id":"1_ad","entryId":"0_abc123","cuePointType":"adCuePoint.Ad","startTime":"30000","protocolType":"1","objectType":"KalturaAdCuePoint"}
      ],"totalCount":2,"objectType":"KalturaCuePointListResponse"}`),
      'cuepoint_cuepoint.list',
    );
    expect(chapters.objects[0]).to.include({ title: 'Intro', subType: 2, endTime: 60000 });
    expect(chapters.objects[1]).to.deep.equal({
      id: '1_ad',
      entryId: '0_abc123',
      cuePointType: 'adCuePoint.Ad',
      startTime: 30000,
      objectType: 'KalturaAdCuePoint',
    });
  });

  it('reads session info', () => {
    const session = parseResponse(
      sessionInfoSchema,
      wire(
        '{"partnerId":1001,"userId":"me@x.com","expiry":1800000000,"sessionType":2,"privileges":"disableentitlement","objectType":"KalturaSessionInfo"}',
      ),
      'session.get',
    );
    expect(session).to.deep.equal({
      partnerId: 1001,
      userId: 'me@x.com',
      expiry: 1800000000,
      sessionType: 2,
      privileges: 'disableentitlement',
    });
  });
});

describe('listResponse', () => {
  it('reads objects and totalCount', () => {
    const list = parseResponse(
      listResponse(entryVendorTaskSchema),
      wire(`{"objects":[${REAL_TASK}],"totalCount":"31","objectType":"KalturaEntryVendorTaskListResponse"}`),
      'reach_entryvendortask.list',
    );
    expect(list.totalCount).to.equal(31);
    expect(list.objects.map((task) => task.id)).to.deep.equal(['364983352']);
  });

  it('reads an empty list, with or without its objects', () => {
    const tasks = listResponse(entryVendorTaskSchema);
    expect(parseResponse(tasks, { objects: [], totalCount: 0 }, 'reach_entryvendortask.list')).to.deep.equal({
      objects: [],
      totalCount: 0,
    });
    expect(parseResponse(tasks, { totalCount: 0 }, 'reach_entryvendortask.list')).to.deep.equal({
      objects: [],
      totalCount: 0,
    });
  });
});

describe('parseResponse', () => {
  const catchError = (run: () => unknown): ResponseValidationError => {
    try {
      run();
    } catch (error) {
      if (error instanceof ResponseValidationError) return error;
      throw error;
    }
    throw new Error('expected a ResponseValidationError');
  };

  it('names the call and the bad field, not its value', () => {
    const list = wire(
      `{"objects":[${REAL_TASK},{"id":"2","partnerId":1,"createdAt":1,"status":"private-note-123","catalogItemId":1}],"totalCount":2}`,
    );
    const error = catchError(() =>
      parseResponse(listResponse(entryVendorTaskSchema), list, 'reach_entryvendortask.list'),
    );
    expect(error.code).to.equal('RESPONSE_VALIDATION');
    expect(error.where).to.equal('reach_entryvendortask.list');
    expect(error.path).to.equal('objects[1].status');
    expect(error.message).to.equal(
      'Unexpected response from reach_entryvendortask.list: objects[1].status is not a valid number',
    );
    expect(error.message).not.to.contain('private-note-123');
    expect(error).to.be.instanceOf(Error);
  });

  it('says when a required field is missing', () => {
    const error = catchError(() =>
      parseResponse(
        vendorCatalogItemSchema,
        { id: 1, status: 2, serviceType: 2, turnAroundTime: -1 },
        'reach_vendorcatalogitem.get',
      ),
    );
    expect(error.path).to.equal('serviceFeature');
    expect(error.message).to.equal('Unexpected response from reach_vendorcatalogitem.get: serviceFeature is missing');
  });

  it('rejects a response that is not an object at all', () => {
    const error = catchError(() => parseResponse(reachProfileSchema, 'secret text', 'reach_reachprofile.get'));
    expect(error.path).to.equal('');
    expect(error.message).to.equal(
      'Unexpected response from reach_reachprofile.get: the response is not a valid object',
    );
  });

  it('rejects text that only looks like a number, and unknown boolean spellings', () => {
    expect(
      catchError(() => parseResponse(reachProfileSchema, { id: '12abc' }, 'reach_reachprofile.get')).path,
    ).to.equal('id');
    expect(
      catchError(() => parseResponse(reachProfileSchema, { id: 1, enableAudioTags: 'yes' }, 'reach_reachprofile.get'))
        .message,
    ).to.equal('Unexpected response from reach_reachprofile.get: enableAudioTags is not valid (custom)');
  });

  it('loads and parses under a CSP without unsafe-eval, causing no violation', async () => {
    // Classic zod compiles object parsers with `new Function`; zod/mini must not.
    const nonce = crypto.randomUUID();
    const frame = document.createElement('iframe');
    frame.srcdoc = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-${nonce}'">
      <script type="module" nonce="${nonce}">
        import { parseResponse, entryVendorTaskSchema } from '${new URL('./schemas.ts', import.meta.url).pathname}';
        window.parsedTask = parseResponse(entryVendorTaskSchema, ${REAL_TASK.replace(/\s+/g, ' ')}, 'test');
      </script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const frameWindow = frame.contentWindow as Window & typeof globalThis & { parsedTask?: EntryVendorTask };
      const reports = await new Promise<Report[]>((resolve) => {
        const observer = new frameWindow.ReportingObserver((buffered) => resolve(buffered), {
          types: ['csp-violation'],
          buffered: true,
        });
        observer.observe();
        setTimeout(() => resolve(observer.takeRecords()), 200);
      });
      expect(frameWindow.parsedTask?.id).to.equal('364983352');
      expect(reports.map((report) => report.body?.toJSON())).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
