// @ts-check
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deserialize, NULL_FIELD } from '../../src/sandbox/registry.js';
import { parseBody, parseForm, resolveReferences, splitMultirequest, UploadedFile } from '../../src/sandbox/wire.js';
import { ids, json, useFixtureServer } from './platform-fixture.js';

const NOW = 1_800_000_000;

describe('wire parsing', () => {
  test('colon and bracket nesting name the same path, and mix', () => {
    const colon = parseForm('filter:objectType=KalturaBaseEntryFilter&filter:statusIn=2,7');
    const brackets = parseForm('filter%5BobjectType%5D=KalturaBaseEntryFilter&filter[statusIn]=2%2C7');
    assert.deepEqual(colon, { filter: { objectType: 'KalturaBaseEntryFilter', statusIn: '2,7' } });
    assert.deepEqual(brackets, colon);
    assert.deepEqual(parseForm('1[filter]:idIn=a&1:pager[pageSize]=5'), {
      1: { filter: { idIn: 'a' }, pager: { pageSize: '5' } },
    });
  });

  test('plus is a space, invalid UTF-8 is stripped, __proto__ is ignored', () => {
    assert.deepEqual(parseForm('name=a+b%C3%A9%FF'), { name: 'a bé' });
    const params = parseForm('__proto__[polluted]=1&a[__proto__][x]=1');
    assert.equal(/** @type {any} */ ({}).polluted, undefined);
    assert.deepEqual(Object.keys(params), []);
  });

  test('JSON only with Content-Type exactly application/json', () => {
    const body = Buffer.from('{"format":1,"filter":{"idIn":"x"}}');
    assert.deepEqual(parseBody(body, 'Application/JSON'), { format: 1, filter: { idIn: 'x' } });
    assert.deepEqual(parseBody(body, 'application/json; charset=utf-8'), {}, 'with a charset the body is not read');
    assert.deepEqual(parseBody(Buffer.from('{"broken":'), 'application/json'), {});
    assert.deepEqual(parseBody(Buffer.from('[1,2]'), 'application/json'), {});
  });

  test('multipart: the `json` part is the JSON body, other parts are fields, a file part is its name, type and size', () => {
    const body = [
      '--XYZ',
      'Content-Disposition: form-data; name="json"',
      '',
      '{"format":1,"filter":{"idIn":"a"}}',
      '--XYZ',
      'Content-Disposition: form-data; name="pager[pageSize]"',
      '',
      '5',
      '--XYZ',
      'Content-Disposition: form-data; name="fileData"; filename="a.bin"',
      '',
      'binary',
      '--XYZ--',
      '',
    ].join('\r\n');
    assert.deepEqual(parseBody(Buffer.from(body), 'multipart/form-data; boundary=XYZ'), {
      format: 1,
      filter: { idIn: 'a' },
      pager: { pageSize: '5' },
      fileData: new UploadedFile('a.bin', 'application/octet-stream', 6),
    });
  });

  test('`[-]` is an empty array, `__null` a null marker, unknown props are dropped', () => {
    const params = parseForm(
      'cloneOptions[-]=&baseEntry[objectType]=KalturaMediaEntry&baseEntry[description__null]=&baseEntry[bogus]=1&baseEntry[name]=N',
    );
    assert.deepEqual(
      deserialize(params.cloneOptions, 'array:KalturaBaseEntryCloneOptionItem', { now: NOW, name: 'cloneOptions' }),
      [],
    );
    assert.deepEqual(deserialize(params.baseEntry, 'object:KalturaBaseEntry', { now: NOW, name: 'baseEntry' }), {
      objectType: 'KalturaMediaEntry',
      name: 'N',
      description: NULL_FIELD,
    });
  });

  test('arrays are ordered by numeric key with gaps, subclasses resolved from objectType', () => {
    const params = parseForm(
      'o[10][objectType]=KalturaBaseEntryCloneOptionComponent&o[10][itemType]=7&o[10][rule]=1&o[2][objectType]=KalturaBaseEntryCloneOptionComponent&o[2][itemType]=6&o[2][rule]=1',
    );
    const options = deserialize(params.o, 'array:KalturaBaseEntryCloneOptionItem', { now: NOW, name: 'o' });
    assert.deepEqual(
      options.map((/** @type {any} */ option) => option.itemType),
      ['6', '7'],
    );
  });

  test('scalars are coerced like PHP; times up to ten years are relative', () => {
    const pager = deserialize({ pageSize: '12abc', pageIndex: 'x' }, 'object:KalturaFilterPager', {
      now: NOW,
      name: 'pager',
    });
    assert.deepEqual(pager, { objectType: 'KalturaFilterPager', pageSize: 12, pageIndex: 0 });
    const filter = deserialize(
      { createdAtGreaterThanOrEqual: '-86400', createdAtLessThanOrEqual: '1700000000', isRoot: 'true' },
      'object:KalturaBaseEntryFilter',
      { now: NOW, name: 'filter' },
    );
    assert.equal(filter.createdAtGreaterThanOrEqual, NOW - 86400);
    assert.equal(filter.createdAtLessThanOrEqual, 1700000000);
    assert.equal(filter.isRoot, 1);
    const attributes = deserialize(
      { bold: 'FALSE', italic: '0', underline: 'yes' },
      'object:KalturaRenderCaptionAttributes',
      { now: NOW, name: 'a' },
    );
    assert.deepEqual([attributes.bold, attributes.italic, attributes.underline], [false, false, true]);
  });

  test('invalid enum, abstract type, scalar for an object and control characters are rejected', () => {
    const options = { now: NOW, name: 'filter' };
    assert.throws(() => deserialize({ statusEqual: '99' }, 'object:KalturaBaseEntryFilter', options), {
      code: 'INVALID_ENUM_VALUE',
      message:
        'Invalid enumeration value "99" for parameter "statusEqual", expecting enumeration type "KalturaEntryStatus"',
    });
    assert.throws(() => deserialize({ entryId: 'x' }, 'object:KalturaResource', { now: NOW, name: 'resource' }), {
      code: 'OBJECT_TYPE_ABSTRACT',
      args: { OBJ_TYPE: 'KalturaResource' },
    });
    assert.throws(() => deserialize('text', 'object:KalturaFilterPager', { now: NOW, name: 'pager' }), {
      code: 'PROPERTY_VALIDATION_WRONG_FORMAT',
      args: { PROP_NAME: 'pager', FORMAT: 'array' },
    });
    assert.throws(() => deserialize({ nameLike: 'a\u0001b' }, 'object:KalturaBaseEntryFilter', options), {
      code: 'INVALID_PARAMETER_CHAR',
    });
  });

  test('multirequest keys are 0- or 1-based and stop at the first gap; ks is inherited', () => {
    const calls = splitMultirequest({
      ks: 'K',
      0: { service: 'a', action: 'x' },
      1: { service: 'b', action: 'y', ks: 'own' },
      3: { service: 'c', action: 'z' },
    });
    assert.deepEqual(calls, [
      { service: 'a', action: 'x', params: { ks: 'K' } },
      { service: 'b', action: 'y', params: { ks: 'own' } },
    ]);
  });

  test('references read results by 1-based position and path; missing ⇒ ""', () => {
    const results = [{ id: '0_a', objects: [{ id: 'x' }, { id: 'y' }] }, 'KS'];
    assert.deepEqual(
      resolveReferences(
        {
          entryId: '{1:result:id}',
          ks: '{2:result}',
          all: '{1:result:objects:_all:id}',
          nested: { v: '[{1:result:objects:1:id}]' },
          gone: '{5:result:id}',
        },
        results,
      ),
      { entryId: '0_a', ks: 'KS', all: 'x,y', nested: { v: '[y]' }, gone: '' },
    );
  });
});

describe('api_v3 over HTTP', () => {
  const server = useFixtureServer();

  test('JSON body, query string and /key/value path pairs all carry params', async () => {
    const viaJson = await fetch(`${server.url}/api_v3/service/baseEntry/action/GET`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 1, ks: server.ks, entryId: ids.video }),
    }).then(json);
    assert.equal(viaJson.id, ids.video);
    assert.equal(viaJson.objectType, 'KalturaMediaEntry');
    const viaPath = await fetch(
      `${server.url}/api_v3/service/baseentry/action/get/ks/${server.ks}/entryId/${ids.audio}?format=1`,
    ).then(json);
    assert.equal(viaPath.id, ids.audio);
  });

  test('responses omit nulls and internal fields and derive duration, rootEntryId and URLs', async () => {
    const entry = await server.api('media', 'get', { ks: server.ks, entryId: ids.video });
    assert.equal(entry.duration, 125);
    assert.equal(entry.rootEntryId, ids.video);
    assert.equal(entry.thumbnailUrl, `${server.url}/p/1001/sp/100100/thumbnail/entry_id/${ids.video}/version/100000`);
    assert.ok(!('transcript' in entry), 'seed-only data never leaks');
    assert.ok(Object.values(entry).every((value) => value !== null));
    assert.equal(Object.keys(entry).at(-1), 'objectType');
  });

  test('a multirequest chains results by reference and reports errors inline', async () => {
    const body = [
      'format=1',
      `ks=${server.ks}`,
      '1:service=baseentry&1:action=list&1:filter:objectType=KalturaBaseEntryFilter&1:filter:idEqual=' + ids.audio,
      '2[service]=media&2[action]=get&2[entryId]={1:result:objects:0:id}',
      '3[service]=media&3[action]=get&3[entryId]=0_missing',
      '4[service]=baseentry&4[action]=get&4[entryId]={2:result:rootEntryId}',
    ].join('&');
    const results = await fetch(`${server.url}/api_v3/service/multirequest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body,
    }).then(json);
    assert.equal(results.length, 4);
    assert.equal(results[0].objectType, 'KalturaBaseEntryListResponse');
    assert.equal(results[1].id, ids.audio);
    assert.deepEqual(results[2], {
      code: 'ENTRY_ID_NOT_FOUND',
      message: 'Entry id "0_missing" not found',
      objectType: 'KalturaAPIException',
      args: { ENTRY_ID: '0_missing' },
    });
    assert.equal(results[3].id, ids.audio);
  });

  test('a JSON multirequest may be 0-based; references still count from 1', async () => {
    const results = await fetch(`${server.url}/api_v3/service/multirequest`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        format: 1,
        ks: server.ks,
        0: { service: 'media', action: 'get', entryId: ids.video },
        1: { service: 'caption_captionasset', action: 'list', filter: { entryIdEqual: '{1:result:id}' } },
      }),
    }).then(json);
    assert.equal(results[1].totalCount, 1);
    assert.equal(results[1].objects[0].id, ids.caption);
  });

  test('errors without arguments carry args: []', async () => {
    const answer = await server.api('baseentry', 'list', {});
    assert.deepEqual(answer, {
      code: 'MISSING_KS',
      message: 'Missing KS, session not established',
      objectType: 'KalturaAPIException',
      args: [],
    });
  });

  test('format=2, and no format at all, answer XML with error args as a list', async () => {
    const xml = await fetch(`${server.url}/api_v3/service/media/action/get?ks=${server.ks}&entryId=0_missing`).then(
      (response) => response.text(),
    );
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="utf-8"\?><xml><result><error><objectType>KalturaAPIException<\/objectType><code>ENTRY_ID_NOT_FOUND<\/code>/,
    );
    assert.match(
      xml,
      /<args><item><objectType>KalturaApiExceptionArg<\/objectType><name>ENTRY_ID<\/name><value>0_missing<\/value><\/item><\/args>/,
    );
    const entry = await fetch(
      `${server.url}/api_v3/service/media/action/get?format=2&ks=${server.ks}&entryId=${ids.video}`,
    ).then((response) => response.text());
    assert.match(
      entry,
      /<result><id>0_video001<\/id><name>Quarterly keynote<\/name>.*<objectType>KalturaMediaEntry<\/objectType><\/result><executionTime>/,
    );
  });

  test('service and action names are case-insensitive; unknown ones are reported', async () => {
    assert.equal((await server.api('MEDIA', 'Get', { ks: server.ks, entryId: ids.video })).id, ids.video);
    assert.deepEqual(await server.api('nosuch', 'get', { ks: server.ks }), {
      code: 'SERVICE_DOES_NOT_EXISTS',
      message: 'Service "nosuch" does not exists',
      objectType: 'KalturaAPIException',
      args: { SRV_NAME: 'nosuch' },
    });
    const noAction = await server.api('media', 'explode', { ks: server.ks });
    assert.equal(noAction.code, 'ACTION_DOES_NOT_EXISTS');
    assert.deepEqual(noAction.args, { ACTION_NAME: 'explode', SERVICE_NAME: 'media' });
  });
});
