// @ts-check
/**
 * HTTP front door: api_v3 (single calls and multirequest; also Kaltura's `/api_v3/index.php/…` download URLs),
 * the Agents Manager, media with ranges, thumbnails, CORS, and the test controls (only when enabled).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { AGENTS_PATH, agentsCall, MAX_AGENTS_BODY_BYTES } from './agents/index.js';
import { dispatchCall } from './dispatch.js';
import { jsonText, RawResponse } from './registry.js';
import { depthOf, parseBody, parseForm, parsePathPairs, resolveReferences, splitMultirequest } from './wire.js';
import { renderThumbnail } from './thumbnail.js';
import { mediaFileOf } from './media-files.js';
import { downloadFlavorFile, playManifestFile, serveFlavorFile } from './flavor-files.js';
import { toXmlResponse } from './xml.js';
import { EntryStatus } from '../reach/wire-enums.js';

const MEDIA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'media');
/** Bodies above this are refused (413); api_v3 bodies are small. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** JSON bodies of the test controls are smaller still (the Agents Manager has its own, smaller limit). */
const MAX_JSON_BODY_BYTES = 1024 * 1024;
/** A body still arriving after this many milliseconds is refused (408), so a slow sender holds nothing for long. */
export const BODY_TIMEOUT_MS = 10_000;
const MEDIA_TYPES = { webm: 'video/webm', mp4: 'video/mp4', mp3: 'audio/mpeg', jpg: 'image/jpeg', png: 'image/png' };
/** `/p/{pid}/sp/{pid}00/{thumbnail|playManifest|serveFlavor|download}/...` */
const PARTNER_PATH = /^\/p\/(\d+)\/sp\/\d+\/(thumbnail|playManifest|serveFlavor|download)\/(.*)$/;
/** The sandbox's own JSON bodies are flat; anything deeper is refused. */
const MAX_OWN_JSON_DEPTH = 8;

/**
 * @typedef {import('node:http').IncomingMessage} Request
 * @typedef {import('node:http').ServerResponse} Response
 */

/**
 * @param {any} sandbox
 * @returns {(req: Request, res: Response) => Promise<boolean>} true when the request was the sandbox's
 */
export function createHttpHandler(sandbox) {
  return async function handle(req, res) {
    const url = URL.parse(req.url ?? '/', 'http://sandbox.invalid');
    const route = url && routeOf(url.pathname, sandbox.options.testControls);
    if (!route) return false;
    // Stats count API traffic only (preflights included, and also on their own), not media or controls.
    const isApi = route === handleApi || route === handleAgentsManager;
    if (isApi) sandbox.stats.httpRequests += 1;
    // Test controls change everything: only pages of the sandbox's own origin (or no browser at all) may use them.
    if (
      route === handleTestControl &&
      req.headers.origin !== undefined &&
      req.headers.origin !== sandbox.originOf(req)
    ) {
      sendJson(res, 403, { error: 'test controls answer only their own origin' });
      return true;
    }
    setCorsHeaders(req, res);
    if (req.method === 'OPTIONS') {
      if (isApi) sandbox.stats.preflights += 1;
      res.writeHead(204, { 'Access-Control-Max-Age': '600' }).end();
      return true;
    }
    try {
      await route(sandbox, req, res, url);
    } catch (error) {
      sandbox.log('[reach-sandbox] request failed:', error);
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    }
    return true;
  };
}

/**
 * @param {string} pathname
 * @param {boolean} testControls
 * @returns {((sandbox: any, req: Request, res: Response, url: URL) => Promise<void> | void) | undefined}
 */
function routeOf(pathname, testControls) {
  if (pathname.startsWith('/api_v3/')) return handleApi;
  if (pathname.startsWith(AGENTS_PATH)) return handleAgentsManager;
  if (PARTNER_PATH.test(pathname)) return handlePartnerPath;
  if (pathname.startsWith('/__sandbox/')) return testControls ? handleTestControl : undefined;
  return undefined;
}

/**
 * @param {Request} req
 * @param {Response} res
 */
function setCorsHeaders(req, res) {
  const origin = req.headers.origin;
  res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
  if (origin) res.setHeader('Vary', 'Origin');
  res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS, DELETE');
  res.setHeader('Access-Control-Allow-Headers', 'Content-Type, Authorization, Range');
  res.setHeader('Access-Control-Expose-Headers', 'Content-Length, Content-Range, Accept-Ranges');
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {unknown} body
 */
function sendJson(res, status, body) {
  const text = jsonText(body);
  res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) }).end(text);
}

/**
 * @param {Response} res
 * @param {number} status
 * @param {string} text
 * @param {string} [contentType]
 * @param {Record<string, string>} [headers]
 */
function sendText(res, status, text, contentType = 'text/plain; charset=utf-8', headers = {}) {
  const length = Buffer.byteLength(text);
  res.writeHead(status, { ...headers, 'Content-Type': contentType, 'Content-Length': length }).end(text);
}

/**
 * @typedef {{ body: Buffer } | { status: 408 | 413, message: string }} BodyOutcome
 */

/**
 * Reads a request body within a size and a time limit. When either is exceeded the rest is never read,
 * so the answer closes the connection (see `refuseBody`).
 * @param {Request} req
 * @param {{ limitBytes?: number, timeoutMs?: number }} [limits]
 * @returns {Promise<BodyOutcome>}
 */
export function readBody(req, { limitBytes = MAX_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    /** @param {BodyOutcome} outcome */
    const finish = (outcome) => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onError);
      if (!('body' in outcome)) req.pause();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish({ status: 408, message: 'Request body not received in time' }), timeoutMs);
    /** @param {Buffer} chunk */
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limitBytes) finish({ status: 413, message: 'Request body too large' });
      else chunks.push(chunk);
    };
    const onEnd = () => finish({ body: Buffer.concat(chunks) });
    const onError = () => finish({ status: 408, message: 'Request body not received' });
    req.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * The answer to a body that was not read to its end: the connection cannot carry another request.
 * @param {Response} res
 * @param {{ status: number, message: string }} refusal
 */
function refuseBody(res, { status, message }) {
  res.setHeader('Connection', 'close');
  sendText(res, status, message);
}

/**
 * A JSON object body for the sandbox's own routes (test controls, the Agents Manager): only with a
 * `Content-Type: application/json` (so a cross-site form cannot send one without a preflight), within
 * the size, time and nesting limits of the api_v3 bodies.
 * @param {Request} req
 * @param {{ limitBytes?: number, timeoutMs?: number }} [limits]
 * @returns {Promise<{ value: Record<string, any> } | { status: 400 | 408 | 413 | 415, message: string }>}
 */
export async function readJsonBody(req, { limitBytes = MAX_JSON_BODY_BYTES, timeoutMs = BODY_TIMEOUT_MS } = {}) {
  const outcome = await readBody(req, { limitBytes, timeoutMs });
  if (!('body' in outcome)) return outcome;
  if (outcome.body.length === 0) return { value: {} };
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, message: 'body must be application/json' };
  let value;
  try {
    value = JSON.parse(outcome.body.toString('utf8'));
  } catch {
    return { status: 400, message: 'body must be JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { status: 400, message: 'body must be a JSON object' };
  if (depthOf(value) > MAX_OWN_JSON_DEPTH) return { status: 400, message: 'body nests too deeply' };
  return { value };
}

/** @param {string} segment */
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * `/api_v3/service/{service}/action/{action}[/key/value…]` and `/api_v3/service/multirequest`.
 * Params: body, then query string, then path pairs (later ones win, kaltura-rules §5.1).
 * @param {any} sandbox
 * @param {Request} req
 * @param {Response} res
 * @param {URL} url
 */
async function handleApi(sandbox, req, res, url) {
  const startedAt = performance.now();
  const read = await readBody(req, { timeoutMs: sandbox.options.bodyTimeoutMs });
  if (!('body' in read)) return refuseBody(res, read);
  const { body } = read;
  const segments = url.pathname.split('/').slice(2).map(decodeSegment);
  // `/api_v3/index.php/service/…`, the form of Kaltura's download URLs, is the same route.
  if (segments[0] === 'index.php') segments.shift();
  const params = {
    ...parseBody(body, req.headers['content-type']),
    ...parseForm(url.search.slice(1)),
    ...parsePathPairs(segments),
  };
  const serviceName = typeof params.service === 'string' ? params.service : '';
  const isMultirequest = serviceName.toLowerCase() === 'multirequest';
  const calls = isMultirequest ? splitMultirequest(params) : [{ service: serviceName, action: params.action, params }];
  const baseUrl = sandbox.originOf(req);

  const fault = sandbox.faults.take(
    calls.map((call) => ({ service: String(call.service ?? ''), action: String(call.action ?? '') })),
  );
  if (await answeredByFault(res, fault)) return;

  /** @param {import('./dispatch.js').CallOutcome} outcome the value a multirequest slot holds */
  const slotValue = (outcome) => (outcome.result instanceof RawResponse ? outcome.result.body : outcome.result);
  /** @type {import('./dispatch.js').CallOutcome[]} */
  const outcomes = [];
  /** The slot values so far, for `{N:result}` references. @type {unknown[]} */
  const results = [];
  for (const call of calls) {
    const resolved = isMultirequest ? { ...call, params: resolveReferences(call.params, results) } : call;
    const outcome = dispatchCall(sandbox, resolved, baseUrl);
    outcomes.push(outcome);
    results.push(slotValue(outcome));
  }
  if (outcomes.some((outcome) => outcome.wrote)) sandbox.save();
  if (fault?.fault === 'dropAfterCommit') return cutOffMidResponse(res);

  const [first] = outcomes;
  if (!isMultirequest && first.result instanceof RawResponse) {
    return sendText(res, 200, first.result.body, first.result.contentType, first.result.headers);
  }
  const payload = isMultirequest ? results : first.result;
  // JSON for format=1 (what every client sends); XML for format=2 and when format is absent, as
  // the server does; the rarely used PHP-serialized (3) and JSONP (9) formats get JSON.
  const format = params.format === undefined ? '2' : String(params.format);
  if (format === '2')
    sendAnswer(req, res, toXmlResponse(payload, (performance.now() - startedAt) / 1000), 'text/xml; charset=utf-8');
  else sendAnswer(req, res, jsonText(payload), 'application/json');
}

/** Answers shorter than this go as they are: compressing them saves less than it costs. */
const COMPRESS_FROM_BYTES = 1024;

/**
 * An API answer, compressed with gzip when the client accepts it, as Kaltura's servers send them (a list of catalog
 * items is ~10 times smaller; on a slow link that is most of the answer's time).
 * @param {Request} req
 * @param {Response} res
 * @param {string} text
 * @param {string} contentType
 */
function sendAnswer(req, res, text, contentType) {
  const body = Buffer.from(text);
  res.setHeader('Vary', [res.getHeader('Vary'), 'Accept-Encoding'].filter(Boolean).join(', '));
  if (body.length < COMPRESS_FROM_BYTES || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? ''))
    return res.writeHead(200, { 'Content-Type': contentType, 'Content-Length': body.length }).end(body);
  const zipped = gzipSync(body, { level: 6 });
  res
    .writeHead(200, { 'Content-Type': contentType, 'Content-Encoding': 'gzip', 'Content-Length': zipped.length })
    .end(zipped);
}

/**
 * An injected fault that stops a request before it runs: answers (or cuts off) the response and says so;
 * `latency` waits, then lets the request run.
 * @param {Response} res
 * @param {import('./faults.js').Fault | undefined} fault
 */
async function answeredByFault(res, fault) {
  if (fault?.fault === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.latencyMs));
  if (fault?.fault === 'http500') sendText(res, 500, 'Internal Server Error (injected fault)');
  else if (fault?.fault === 'drop') cutOffMidResponse(res);
  else if (fault?.fault === 'malformed')
    sendText(res, 200, '{"objectType":"KalturaMediaEntry","id":', 'application/json');
  else return false;
  return true;
}

/**
 * `/agents-manager/api/v1/{object}/{action}`: JSON in, JSON out, HTTP status per outcome (agents/index.js).
 * Faults match service `agents-manager` and action `{object}/{action}`.
 * @param {any} sandbox
 * @param {Request} req
 * @param {Response} res
 * @param {URL} url
 */
async function handleAgentsManager(sandbox, req, res, url) {
  const read = await readBody(req, { limitBytes: MAX_AGENTS_BODY_BYTES, timeoutMs: sandbox.options.bodyTimeoutMs });
  if (!('body' in read)) {
    if (read.status === 408) return refuseBody(res, read);
    res.setHeader('Connection', 'close');
    sendJson(res, 413, { code: 'VALIDATION_ERROR', message: 'The request body is too large', field: 'body' });
    return;
  }
  const { body } = read;
  const path = decodeSegment(url.pathname.slice(AGENTS_PATH.length));
  const fault = sandbox.faults.take([{ service: 'agents-manager', action: path }]);
  if (await answeredByFault(res, fault)) return;
  const request = { method: req.method ?? 'GET', path, authorization: req.headers.authorization, body };
  const outcome = agentsCall(sandbox, request, sandbox.originOf(req));
  if (outcome.wrote) sandbox.save();
  if (fault?.fault === 'dropAfterCommit') return cutOffMidResponse(res);
  sendJson(res, outcome.status, outcome.body);
}

/**
 * An entry whose thumbnails are served: one that exists and is not deleted.
 * @param {Record<string, any> | undefined} entry
 * @returns {entry is Record<string, any>}
 */
function isLive(entry) {
  return entry !== undefined && entry.status !== EntryStatus.DELETED;
}

/**
 * Real-Kaltura-like paths: thumbnails, playManifest and flavor files (flavor-files.js).
 * @param {any} sandbox
 * @param {Request} req
 * @param {Response} res
 * @param {URL} url
 */
function handlePartnerPath(sandbox, req, res, url) {
  const [, partnerId, kind, rest] = /** @type {RegExpExecArray} */ (PARTNER_PATH.exec(url.pathname));
  const pairs = parsePathPairs(rest.split('/').map(decodeSegment));
  if (kind !== 'thumbnail') {
    const { state } = sandbox;
    const now = sandbox.clock.now();
    const answer =
      kind === 'serveFlavor'
        ? serveFlavorFile(state, partnerId, pairs)
        : kind === 'download'
          ? downloadFlavorFile(state, partnerId, pairs, now)
          : playManifestFile(state, partnerId, pairs, now);
    if (answer instanceof RawResponse) return sendText(res, 200, answer.body, answer.contentType, answer.headers);
    return sendFile(req, res, join(MEDIA_DIR, mediaFileOf(state, answer.entry)));
  }
  const entryId = pairs.entry_id;
  const entry = typeof entryId === 'string' ? sandbox.state.entries[entryId] : undefined;
  if (!isLive(entry) || String(entry.partnerId) !== partnerId) return sendText(res, 404, 'Not found');
  const svg = renderThumbnail(entry, {
    second: Number(pairs.vid_sec ?? 0),
    width: Number(pairs.width ?? 0),
    height: Number(pairs.height ?? 0),
  });
  res.writeHead(200, {
    'Content-Type': 'image/svg+xml',
    'Content-Length': Buffer.byteLength(svg),
    'Cache-Control': 'no-cache',
  });
  res.end(svg);
}

/**
 * A media file with HTTP Range support (single ranges; 416 when unsatisfiable).
 * @param {Request} req
 * @param {Response} res
 * @param {string} path
 */
function sendFile(req, res, path) {
  if (!existsSync(path)) return sendText(res, 404, 'Media file not found');
  const size = statSync(path).size;
  const extension = path.slice(path.lastIndexOf('.') + 1);
  const headers = {
    'Content-Type': MEDIA_TYPES[/** @type {keyof typeof MEDIA_TYPES} */ (extension)] ?? 'application/octet-stream',
    'Accept-Ranges': 'bytes',
  };
  const range = parseRange(req.headers.range, size);
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
    return;
  }
  if (range) {
    res.writeHead(206, {
      ...headers,
      'Content-Range': `bytes ${range.start}-${range.end}/${size}`,
      'Content-Length': range.end - range.start + 1,
    });
  } else {
    res.writeHead(200, { ...headers, 'Content-Length': size });
  }
  if (req.method === 'HEAD') return void res.end();
  createReadStream(path, range ?? {}).pipe(res);
}

/**
 * @param {string | undefined} header
 * @param {number} size
 * @returns {{ start: number, end: number } | 'unsatisfiable' | null} null ⇒ whole file
 */
function parseRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header?.trim() ?? '');
  if (!match || (!match[1] && !match[2])) return null;
  let start;
  let end;
  if (!match[1]) {
    const suffix = Number(match[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] ? Math.min(Number(match[2]), size - 1) : size - 1;
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

/**
 * `/__sandbox/...` test controls (README "Routes").
 * @param {any} sandbox
 * @param {Request} req
 * @param {Response} res
 * @param {URL} url
 */
async function handleTestControl(sandbox, req, res, url) {
  const read = await readJsonBody(req, { timeoutMs: sandbox.options.bodyTimeoutMs });
  if (!('value' in read)) {
    if (read.status === 408 || read.status === 413) return refuseBody(res, read);
    return sendJson(res, read.status, { error: read.message });
  }
  const input = read.value;
  const route = `${req.method} ${url.pathname}`;
  try {
    switch (route) {
      case 'POST /__sandbox/reset':
        sandbox.reset();
        return sendJson(res, 200, { ok: true, now: sandbox.clock.now() });
      case 'GET /__sandbox/clock':
        return sendJson(res, 200, { now: sandbox.clock.now() });
      case 'POST /__sandbox/clock':
        sandbox.clock.advance(Number(input.advance));
        sandbox.save();
        return sendJson(res, 200, { now: sandbox.clock.now() });
      case 'GET /__sandbox/faults':
        return sendJson(res, 200, sandbox.faults.list());
      case 'POST /__sandbox/faults':
        return sendJson(res, 200, sandbox.faults.add(input));
      case 'DELETE /__sandbox/faults':
        sandbox.faults.clear();
        return sendJson(res, 200, { ok: true });
      case 'GET /__sandbox/stats':
        return sendJson(res, 200, sandbox.stats);
      case 'POST /__sandbox/stats/reset':
        sandbox.resetStats();
        return sendJson(res, 200, sandbox.stats);
      default:
        return sendJson(res, 404, { error: `no test control ${route}` });
    }
  } catch (error) {
    if (error instanceof RangeError) return sendJson(res, 400, { error: error.message });
    throw error;
  }
}

/**
 * A connection lost mid-answer. Some bytes go out first: a browser silently re-sends a POST whose
 * connection closed before any byte arrived, which would run the call twice instead of losing its answer.
 * @param {Response} res
 */
function cutOffMidResponse(res) {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '1000' });
  res.write('{"objectType":', () => res.destroy());
}
