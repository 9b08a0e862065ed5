// @ts-check
/**
 * Shared by the platform tests: a small fixed world (independent of the REACH seed) and a
 * server on an ephemeral port with helpers that speak api_v3 over real HTTP.
 */
import { after, before } from 'node:test';
import { startSandboxServer } from '../../src/sandbox/index.js';

export const ADMIN_SECRET = 'platform-admin-secret';
export const USER_SECRET = 'platform-user-secret';
export const OTHER_ADMIN_SECRET = 'other-admin-secret';

/** Entry ids of the fixture world. */
export const ids = {
  video: '0_video001',
  audio: '0_audio001',
  aliceVideo: '0_alice001',
  hidden: '0_hidden01',
  draft: '0_draft001',
  otherPartner: '0_other001',
  caption: '0_capt0001',
};

/** @param {number} now */
export function fixtureState(now) {
  const at = Math.floor(now);
  /** @param {Record<string, any>} fields */
  const entry = (fields) => ({
    objectType: 'KalturaMediaEntry',
    partnerId: 1001,
    type: '1',
    status: '2',
    moderationStatus: 2,
    displayInSearch: 1,
    mediaType: 1,
    msDuration: 125000,
    userId: 'admin',
    version: 0,
    ...fields,
  });
  return {
    partners: {
      1001: { id: 1001, name: 'Fixture Media', adminSecret: ADMIN_SECRET, secret: USER_SECRET, reachEnabled: true },
      2002: {
        id: 2002,
        name: 'Other Co',
        adminSecret: OTHER_ADMIN_SECRET,
        secret: 'other-user-secret',
        reachEnabled: false,
      },
    },
    entries: {
      [ids.video]: entry({
        id: ids.video,
        name: 'Quarterly keynote',
        description: 'Strategy talk',
        tags: 'keynote,strategy',
        createdAt: at - 500,
        updatedAt: at - 500,
        transcript: [{ start: 0, end: 4, text: 'Hello' }],
      }),
      [ids.audio]: entry({
        id: ids.audio,
        name: 'Podcast episode',
        tags: 'podcast',
        mediaType: 5,
        msDuration: 61000,
        createdAt: at - 400,
        updatedAt: at - 400,
      }),
      [ids.aliceVideo]: entry({
        id: ids.aliceVideo,
        name: 'Alice <b>demo</b> & "tips"',
        userId: 'alice',
        createdAt: at - 300,
        updatedAt: at - 300,
        categoriesIds: '12',
      }),
      [ids.hidden]: entry({
        id: ids.hidden,
        name: 'Hidden from search',
        displayInSearch: -1,
        createdAt: at - 200,
        updatedAt: at - 200,
      }),
      [ids.draft]: entry({
        id: ids.draft,
        name: 'Draft upload',
        status: '4',
        createdAt: at - 100,
        updatedAt: at - 100,
      }),
      [ids.otherPartner]: entry({
        id: ids.otherPartner,
        partnerId: 2002,
        name: 'Other partner video',
        createdAt: at - 50,
        updatedAt: at - 50,
      }),
    },
    categories: {
      11: { id: 11, partnerId: 1001, name: 'Training', fullName: 'Training', fullIds: '11', depth: 0, parentId: 0 },
      12: {
        id: 12,
        partnerId: 1001,
        name: 'Onboarding',
        fullName: 'Training>Onboarding',
        fullIds: '11>12',
        depth: 1,
        parentId: 11,
      },
      21: { id: 21, partnerId: 2002, name: 'Other', fullName: 'Other', fullIds: '21', depth: 0, parentId: 0 },
    },
    captionAssets: {
      [ids.caption]: {
        objectType: 'KalturaCaptionAsset',
        id: ids.caption,
        entryId: ids.video,
        partnerId: 1001,
        language: 'English',
        languageCode: 'en',
        label: 'English',
        format: '1',
        status: 2,
        accuracy: 99,
        createdAt: at - 450,
        updatedAt: at - 450,
        content: '1\n00:00:00,000 --> 00:00:04,000\nHello\n',
      },
    },
    cuePoints: {
      '0_cue00001': {
        objectType: 'KalturaThumbCuePoint',
        id: '0_cue00001',
        cuePointType: 'thumbCuePoint.Thumb',
        subType: 2,
        entryId: ids.video,
        partnerId: 1001,
        startTime: 30000,
        title: 'Chapter 2',
        status: 1,
      },
      '0_cue00002': {
        objectType: 'KalturaThumbCuePoint',
        id: '0_cue00002',
        cuePointType: 'thumbCuePoint.Thumb',
        subType: 2,
        entryId: ids.video,
        partnerId: 1001,
        startTime: 0,
        title: 'Chapter 1',
        status: 1,
      },
      '0_cue00003': {
        objectType: 'KalturaQuestionCuePoint',
        id: '0_cue00003',
        cuePointType: 'quiz.QUIZ_QUESTION',
        entryId: ids.video,
        partnerId: 1001,
        startTime: 5000,
        question: 'Why?',
        status: 1,
      },
    },
  };
}

/**
 * Form encoding with brackets, as the browser client sends it: `a[b][0][c]=v`.
 * @param {Record<string, any>} params
 * @param {string} [prefix]
 * @returns {string[]}
 */
export function formPairs(params, prefix = '') {
  return Object.entries(params).flatMap(([key, value]) => {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (value !== null && typeof value === 'object') return formPairs(value, name);
    return [`${encodeFormText(name)}=${encodeFormText(String(value))}`];
  });
}

const LONE_SURROGATE = /([\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF])/;

/**
 * encodeURIComponent, except that a lone surrogate is sent as the bytes UTF-8 would give it —
 * invalid UTF-8 on the wire, which the fuzz test wants to send.
 * @param {string} text
 */
function encodeFormText(text) {
  return text
    .split(LONE_SURROGATE)
    .map((part, index) => (index % 2 ? surrogateBytes(part) : encodeURIComponent(part)))
    .join('');
}

/** @param {string} surrogate e.g. U+D800 → `%ED%A0%80` */
function surrogateBytes(surrogate) {
  const code = surrogate.charCodeAt(0);
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
    .map((byte) => `%${byte.toString(16).toUpperCase()}`)
    .join('');
}

/**
 * A function that POSTs one api_v3 call to the server at `url`, form-encoded like the browser client,
 * and returns the parsed JSON answer.
 * @param {string} url
 */
export function apiCaller(url) {
  /**
   * @param {string} service
   * @param {string} action
   * @param {Record<string, any>} [params]
   * @returns {Promise<any>}
   */
  return async (service, action, params = {}) => {
    const response = await fetch(`${url}/api_v3/service/${service}/action/${action}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: formPairs({ format: 1, ...params }).join('&'),
    });
    return response.json();
  };
}

/**
 * @param {Parameters<typeof startSandboxServer>[0]} [options]
 */
export async function startFixtureServer(options = {}) {
  const server = await startSandboxServer({ port: 0, createState: fixtureState, log: () => {}, ...options });
  const api = apiCaller(server.url);
  /**
   * @param {Record<string, any>} [options] session.start params
   * @returns {Promise<string>}
   */
  const startSession = async (options = {}) => {
    const ks = await api('session', 'start', {
      secret: ADMIN_SECRET,
      partnerId: 1001,
      type: 2,
      userId: 'admin',
      ...options,
    });
    if (typeof ks !== 'string') throw new Error(`session.start failed: ${JSON.stringify(ks)}`);
    return ks;
  };
  return { ...server, api, startSession };
}

/** @typedef {Awaited<ReturnType<typeof startFixtureServer>>} FixtureServer */

/**
 * The fixture server for the calling test file or `describe` block: started before its tests, with an
 * ADMIN KS in `ks`, and closed after them. The object is filled in once `before` has run.
 * @param {Parameters<typeof startSandboxServer>[0]} [options]
 */
export function useFixtureServer(options) {
  const server = /** @type {FixtureServer & { ks: string }} */ ({ ks: '' });
  before(async () => {
    Object.assign(server, await startFixtureServer(options));
    server.ks = await server.startSession();
  });
  after(() => server.close());
  return server;
}

/**
 * `response.json()` typed loosely for assertions.
 * @param {Response} response
 * @returns {Promise<any>}
 */
export const json = (response) => response.json();
