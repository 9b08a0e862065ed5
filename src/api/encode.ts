/**
 * Kaltura api_v3 form encoding (kaltura-rules §5.2): nested objects and arrays as `a[b][0][c]`, `null` as the
 * `__null` suffix, an empty array as `a[-]`, booleans as `true`/`false`, dates as unix seconds.
 * `undefined` means "not sent".
 */
export type WireScalar = string | number | boolean | Date;
export type WireValue = WireScalar | null | undefined | WireValue[] | { readonly [key: string]: WireValue };
export type WireParams = { readonly [key: string]: WireValue };

function scalarText(value: WireScalar): string {
  if (value instanceof Date) return String(Math.floor(value.getTime() / 1000));
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return String(value);
}

function appendValue(out: URLSearchParams, key: string, value: WireValue): void {
  if (value === undefined) return;
  if (value === null) {
    out.append(nullKey(key), '');
  } else if (Array.isArray(value)) {
    if (value.length === 0) out.append(`${key}[-]`, '');
    value.forEach((item, index) => appendValue(out, `${key}[${index}]`, item));
  } else if (typeof value === 'object' && !(value instanceof Date)) {
    for (const [name, item] of Object.entries(value)) appendValue(out, `${key}[${name}]`, item);
  } else {
    out.append(key, scalarText(value));
  }
}

/** `a[b][c]` → `a[b][c__null]`; a top-level `notes` → `notes__null`. */
function nullKey(key: string): string {
  return key.endsWith(']') ? `${key.slice(0, -1)}__null]` : `${key}__null`;
}

/** Appends `params` to `out`, each key under `prefix` when given (`1[filter][idIn]`). */
export function encodeParams(params: WireParams, out = new URLSearchParams(), prefix?: string): URLSearchParams {
  for (const [name, value] of Object.entries(params)) {
    appendValue(out, prefix === undefined ? name : `${prefix}[${name}]`, value);
  }
  return out;
}
