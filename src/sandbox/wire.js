// @ts-check
/**
 * The api_v3 request format (kaltura-rules §5.1, §5.2, §5.5): bodies, query strings and `/key/value` path
 * pairs become one nested params object; a multirequest is split into its sub-requests; and
 * `{N:result:path}` references are resolved against earlier results.
 */

/**
 * More `key=value` pairs than this are dropped, as PHP drops input variables past `max_input_vars`
 * (10000 in Kaltura's configurations/php/kaltura.template.ini).
 */
const MAX_PAIRS = 10_000;
/**
 * At most this many sub-requests of a multirequest run: the most a form body can carry within
 * `max_input_vars` (each needs a service and an action). The server has no error for it — PHP drops the
 * variables and the run stops at the first missing index — so a longer multirequest is cut here, JSON too.
 */
export const MAX_MULTIREQUEST_CALLS = MAX_PAIRS / 2;
/** PHP's json_decode gives up past this depth (its default), and the request then has no JSON params. */
const MAX_JSON_DEPTH = 512;
/** Deeper key nesting than this is folded into the last segment. */
const MAX_KEY_DEPTH = 16;
/** Top-level params every sub-request of a multirequest inherits when it lacks them. */
const INHERITED_PARAMS = ['ks', 'clientTag', 'partnerId'];

/**
 * @typedef {Record<string, any>} Params
 * @typedef {{ service: string, action: string, params: Params }} Call
 */

/**
 * Percent-decodes to bytes first and then to UTF-8, dropping invalid sequences as the server
 * does ("invalid UTF-8 stripped", kaltura-rules §5.2). Input is latin1 text (one char per byte): a body
 * read as latin1, or an ASCII query string.
 * @param {string} text
 */
function decodeComponent(text) {
  if (/^[\x20-\x24\x26-\x2a\x2c-\x7e]*$/.test(text)) return text;
  const bytes = text
    .replaceAll('+', ' ')
    .replace(/%([0-9a-fA-F]{2})/g, (_match, hex) => String.fromCharCode(parseInt(hex, 16)));
  return stripInvalidUtf8(Buffer.from(bytes, 'latin1'));
}

/** @param {Buffer} bytes */
function stripInvalidUtf8(bytes) {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes).replaceAll('\uFFFD', '');
}

/**
 * `a:b:c`, `a[b][c]` and mixes like `1[filter]:statusIn` all name the same nested path.
 * @param {string} key
 */
function keyPath(key) {
  const segments = key.split(/\]\[|\[|\]|:/).filter((segment, index) => index === 0 || segment !== '');
  if (key.endsWith('[]')) segments.push('');
  if (segments.length > MAX_KEY_DEPTH) {
    return [...segments.slice(0, MAX_KEY_DEPTH - 1), segments.slice(MAX_KEY_DEPTH - 1).join(':')];
  }
  return segments;
}

/**
 * @param {Params} target
 * @param {string[]} path
 * @param {unknown} value
 */
function setPath(target, path, value) {
  // `__proto__` would reach Object.prototype through plain assignment.
  if (path.some((segment) => segment === '__proto__')) return;
  let node = target;
  for (const segment of path.slice(0, -1)) {
    if (typeof node[segment] !== 'object' || node[segment] === null) node[segment] = {};
    node = node[segment];
  }
  const last = path[path.length - 1];
  if (last === '') {
    // PHP `a[]=x` appends.
    node[String(Object.keys(node).length)] = value;
  } else {
    node[last] = value;
  }
}

/**
 * Form encoding (`application/x-www-form-urlencoded` body or a query string) → nested params.
 * @param {string} text
 * @returns {Params}
 */
export function parseForm(text) {
  /** @type {Params} */
  const params = {};
  const pairs = text.split('&').slice(0, MAX_PAIRS);
  for (const pair of pairs) {
    if (!pair) continue;
    const equals = pair.indexOf('=');
    const rawKey = equals < 0 ? pair : pair.slice(0, equals);
    const rawValue = equals < 0 ? '' : pair.slice(equals + 1);
    const key = decodeComponent(rawKey);
    if (!key) continue;
    setPath(params, keyPath(key), decodeComponent(rawValue));
  }
  return params;
}

/**
 * `/api_v3/service/X/action/Y/ks/…/format/1` → `{ ks, format }` (pairs after the action).
 * @param {string[]} segments the decoded path segments after `/api_v3/`
 * @returns {Params}
 */
export function parsePathPairs(segments) {
  /** @type {Params} */
  const params = {};
  for (let index = 0; index + 1 < segments.length; index += 2) {
    if (segments[index]) setPath(params, keyPath(segments[index]), segments[index + 1]);
  }
  return params;
}

/**
 * A request body → nested params. JSON only with a Content-Type of exactly `application/json`
 * (case-insensitive, no parameters) and a body that is one JSON object (kaltura-rules §5.1); forms only
 * when declared as such (PHP parses nothing else); any other body is ignored, as the server does.
 * @param {Buffer} body
 * @param {string | undefined} contentType
 * @returns {Params}
 */
export function parseBody(body, contentType) {
  if (body.length === 0) return {};
  const type = (contentType ?? '').trim().toLowerCase();
  if (type === 'application/json') return parseJsonObject(stripInvalidUtf8(body));
  if (type.startsWith('multipart/form-data')) return parseMultipart(body, String(contentType));
  if (type.split(';')[0].trim() === 'application/x-www-form-urlencoded') return parseForm(body.toString('latin1'));
  return {};
}

/**
 * @param {string} text
 * @returns {Params}
 */
function parseJsonObject(text) {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return {};
  try {
    const parsed = JSON.parse(trimmed);
    const isObject = typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
    return isObject && depthOf(parsed) <= MAX_JSON_DEPTH ? parsed : {};
  } catch {
    return {};
  }
}

/**
 * A file part of a multipart body (uploadToken.upload's `fileData`). The sandbox keeps what it needs to
 * know about the file, never its bytes: uploaded media plays the sample file of its media type.
 */
export class UploadedFile {
  /** @param {string} fileName @param {string} contentType @param {number} size bytes */
  constructor(fileName, contentType, size) {
    this.fileName = fileName;
    this.contentType = contentType;
    this.size = size;
  }
}

/**
 * How deeply a parsed JSON value nests (1 for a flat object), measured without recursion so that no
 * body can exhaust the stack.
 * @param {unknown} value
 */
export function depthOf(value) {
  let deepest = 0;
  /** @type {Array<[unknown, number]>} */
  const pending = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = /** @type {[unknown, number]} */ (pending.pop());
    if (typeof node !== 'object' || node === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(node))
      if (typeof child === 'object' && child !== null) pending.push([child, depth + 1]);
  }
  return deepest;
}

/**
 * `multipart/form-data`: a part named `json` holds the JSON body, file parts become `UploadedFile`s,
 * other parts are plain fields.
 * @param {Buffer} body
 * @param {string} contentType as sent: the boundary is case-sensitive
 * @returns {Params}
 */
function parseMultipart(body, contentType) {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) return {};
  /** @type {Params} */
  const params = {};
  for (const part of body.toString('latin1').split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const headers = part.slice(0, headerEnd);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (!name) continue;
    const fileName = /filename="([^"]*)"/i.exec(headers)?.[1];
    if (fileName !== undefined) {
      const contentType = /content-type:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
      const size = Buffer.byteLength(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1');
      setPath(
        params,
        keyPath(name),
        new UploadedFile(stripInvalidUtf8(Buffer.from(fileName, 'latin1')), contentType, size),
      );
      continue;
    }
    const value = stripInvalidUtf8(Buffer.from(part.slice(headerEnd + 4).replace(/\r\n$/, ''), 'latin1'));
    if (name === 'json') Object.assign(params, parseJsonObject(value));
    else setPath(params, keyPath(name), value);
  }
  return params;
}

/**
 * Splits a multirequest into its calls (kaltura-rules §5.5): keys are integers, 0- or 1-based; the run
 * stops at the first missing index or a sub-request without service/action, and after
 * `MAX_MULTIREQUEST_CALLS`. `ks`, `clientTag` and `partnerId` are inherited from the top level.
 * @param {Params} params
 * @returns {Call[]}
 */
export function splitMultirequest(params) {
  const start = Object.hasOwn(params, '0') ? 0 : 1;
  const calls = [];
  for (let index = start; calls.length < MAX_MULTIREQUEST_CALLS; index++) {
    const request = Object.hasOwn(params, String(index)) ? params[String(index)] : undefined;
    if (typeof request !== 'object' || request === null) break;
    const { service, action, ...rest } = request;
    if (typeof service !== 'string' || typeof action !== 'string' || !service || !action) break;
    for (const name of INHERITED_PARAMS) {
      if (rest[name] === undefined && params[name] !== undefined) rest[name] = params[name];
    }
    calls.push({ service, action, params: rest });
  }
  return calls;
}

const REFERENCE = /\{(\d+):result((?::[^{}]*)?)\}/g;

/**
 * Replaces `{N:result}` / `{N:result:prop:0:sub}` in every string value with the value from the
 * N-th executed request (1-based execution position). Missing or non-scalar ⇒ `""`.
 * `_all:attr` on an array joins that attribute of every element with commas.
 * @param {Params} params
 * @param {unknown[]} results serialized results (or error objects) of the calls so far
 * @returns {Params}
 */
export function resolveReferences(params, results) {
  /** @param {unknown} value @returns {unknown} */
  const walk = (value) => {
    if (typeof value === 'string') {
      return value.replace(REFERENCE, (_match, position, path) => referencedText(results[Number(position) - 1], path));
    }
    if (Array.isArray(value)) return value.map(walk);
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(Object.entries(value).map(([key, nested]) => [key, walk(nested)]));
    }
    return value;
  };
  return /** @type {Params} */ (walk(params));
}

/**
 * @param {unknown} result
 * @param {string} path e.g. ':objects:0:id' or ''
 */
function referencedText(result, path) {
  /** @type {unknown} */
  let node = result;
  const segments = path.split(':').filter(Boolean);
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    if (segment === '_all' && Array.isArray(node)) {
      const attribute = segments[index + 1];
      return node.map((element) => scalarText(element?.[attribute])).join(',');
    }
    node =
      typeof node === 'object' && node !== null ? /** @type {Record<string, unknown>} */ (node)[segment] : undefined;
  }
  return scalarText(node);
}

/** @param {unknown} value */
function scalarText(value) {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : '';
  return '';
}
