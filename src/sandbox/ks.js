// @ts-check
/**
 * KS v2, as the server issues it (kaltura-platform-notes.md "KS"):
 * base64url("v2|" + pid + "|" + AES-128-CBC(key = sha1(adminSecret)[0..16], zero IV, zero padding)(
 *   sha1(payload) + payload)), payload = 16 random bytes + url-query fields (privileges as
 * name=value, `_e` expiry, `_t` type, `_u` user).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { SessionType } from '../reach/wire-enums.js';

export { SessionType };

const BLOCK = 16;
const RANDOM_BYTES = 16;
const SHA1_BYTES = 20;
const RESERVED_FIELDS = new Set(['_e', '_t', '_u', '_m', '_d']);

/**
 * @typedef {{ partnerId: number, userId: string, type: number, expiry: number,
 *   privileges: Map<string, string[]>, privilegesText: string }} KsInfo
 */

/** @param {string} adminSecret */
function keyOf(adminSecret) {
  return createHash('sha1').update(adminSecret, 'utf8').digest().subarray(0, BLOCK);
}

/** @param {Buffer} data */
function sha1(data) {
  return createHash('sha1').update(data).digest();
}

/**
 * Privileges text `name:value,name2:a/b,flag` → Map name → values.
 * @param {string} text
 */
function parsePrivileges(text) {
  /** @type {Map<string, string[]>} */
  const privileges = new Map();
  for (const item of text.split(',')) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const colon = trimmed.indexOf(':');
    const name = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
    const values =
      colon < 0
        ? []
        : trimmed
            .slice(colon + 1)
            .split('/')
            .filter(Boolean);
    privileges.set(name, [...(privileges.get(name) ?? []), ...values]);
  }
  return privileges;
}

/**
 * @param {{ partnerId: number, adminSecret: string, userId: string, type: number, expiry: number, privileges?: string }} options
 *   `expiry` is absolute (unix seconds)
 */
export function createKs({ partnerId, adminSecret, userId, type, expiry, privileges = '' }) {
  const fields = new URLSearchParams();
  for (const [name, values] of parsePrivileges(privileges)) {
    if (!RESERVED_FIELDS.has(name)) fields.append(name, values.join('/'));
  }
  fields.append('_e', String(Math.floor(expiry)));
  fields.append('_t', String(type));
  fields.append('_u', userId);
  const payload = Buffer.concat([randomBytes(RANDOM_BYTES), Buffer.from(fields.toString(), 'utf8')]);
  const signed = Buffer.concat([sha1(payload), payload]);
  const padded = Buffer.concat([signed, Buffer.alloc((BLOCK - (signed.length % BLOCK)) % BLOCK)]);
  const cipher = createCipheriv('aes-128-cbc', keyOf(adminSecret), Buffer.alloc(BLOCK));
  cipher.setAutoPadding(false);
  const encrypted = Buffer.concat([cipher.update(padded), cipher.final()]);
  return Buffer.concat([Buffer.from(`v2|${partnerId}|`, 'utf8'), encrypted]).toString('base64url');
}

/**
 * Decrypts and checks a KS. Returns null when it cannot be cracked (unknown format or partner,
 * wrong secret, broken signature) — the caller answers INVALID_KS with the KS string.
 * Expiry is not checked here (kaltura-rules §5.8 checks it after argument deserialization).
 * @param {string} ks
 * @param {(partnerId: number) => string | undefined} adminSecretOf
 * @returns {KsInfo | null}
 */
export function crackKs(ks, adminSecretOf) {
  const decoded = ksBytes(ks);
  const header = /^v2\|(\d{1,10})\|/.exec(decoded.subarray(0, 16).toString('latin1'));
  if (!header) return null;
  const partnerId = Number(header[1]);
  const adminSecret = adminSecretOf(partnerId);
  const encrypted = decoded.subarray(header[0].length);
  if (adminSecret === undefined || encrypted.length === 0 || encrypted.length % BLOCK !== 0) return null;
  const decipher = createDecipheriv('aes-128-cbc', keyOf(adminSecret), Buffer.alloc(BLOCK));
  decipher.setAutoPadding(false);
  const plain = Buffer.concat([decipher.update(encrypted), decipher.final()]);
  let end = plain.length;
  while (end > 0 && plain[end - 1] === 0) end--;
  const signature = plain.subarray(0, SHA1_BYTES);
  const payload = plain.subarray(SHA1_BYTES, end);
  if (payload.length < RANDOM_BYTES || !sha1(payload).equals(signature)) return null;
  const fields = new URLSearchParams(payload.subarray(RANDOM_BYTES).toString('utf8'));
  const expiry = Number(fields.get('_e'));
  const type = Number(fields.get('_t'));
  if (!Number.isFinite(expiry) || !Number.isFinite(type)) return null;
  const privilegesText = [...fields]
    .filter(([name]) => !RESERVED_FIELDS.has(name))
    .map(([name, value]) => (value ? `${name}:${value}` : name))
    .join(',');
  return {
    partnerId,
    userId: fields.get('_u') ?? '',
    type,
    expiry,
    privileges: parsePrivileges(privilegesText),
    privilegesText,
  };
}

/**
 * A KS's bytes, as the decoder reads them whatever the spelling: standard or URL alphabet, with or without
 * padding, with characters outside the alphabet (which the decoder skips).
 * @param {string} ks
 */
function ksBytes(ks) {
  return Buffer.from(ks.replaceAll('+', '-').replaceAll('/', '_'), 'base64url');
}

/**
 * A stable key for a KS (session.end remembers ended sessions by it, not by the KS itself): of its decoded
 * bytes, so that a revoked KS stays revoked however it is re-encoded.
 * @param {string} ks
 */
export function ksFingerprint(ks) {
  return createHash('sha1').update(ksBytes(ks)).digest('hex');
}
