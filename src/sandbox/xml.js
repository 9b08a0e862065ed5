// @ts-check
/**
 * The XML response format (format=2, and the server's default when `format` is absent):
 * `<xml><result>…</result><executionTime>…</executionTime></xml>`, arrays as `<item>`s, errors as
 * `<error>` with `args` as a list of KalturaApiExceptionArg (kaltura-rules §5.3, §7 quirk 1).
 */

const XML_NAME = /^[A-Za-z_][\w.-]*$/;

/**
 * Text safe inside XML / SVG elements and attribute values.
 * @param {string} text
 */
export function escapeXml(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * @param {Record<string, any>} error the JSON form of an ApiError
 */
function errorXml(error) {
  const args = Array.isArray(error.args) ? [] : Object.entries(error.args ?? {});
  const items = args.map(
    ([name, value]) =>
      `<item><objectType>KalturaApiExceptionArg</objectType><name>${escapeXml(name)}</name><value>${escapeXml(String(value))}</value></item>`,
  );
  return (
    `<error><objectType>KalturaAPIException</objectType><code>${escapeXml(String(error.code))}</code>` +
    `<message>${escapeXml(String(error.message))}</message><args>${items.join('')}</args></error>`
  );
}

/**
 * @param {unknown} value a response JSON value
 * @returns {string}
 */
function valueXml(value) {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((element) => `<item>${valueXml(element)}</item>`).join('');
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value !== 'object') return escapeXml(String(value));
  const record = /** @type {Record<string, unknown>} */ (value);
  if (record.objectType === 'KalturaAPIException') return errorXml(record);
  return Object.entries(record)
    .map(([key, element]) =>
      XML_NAME.test(key)
        ? `<${key}>${valueXml(element)}</${key}>`
        : `<item key="${escapeXml(key)}">${valueXml(element)}</item>`,
    )
    .join('');
}

/**
 * @param {unknown} payload the result (or, for a multirequest, the array of results)
 * @param {number} executionSeconds
 */
export function toXmlResponse(payload, executionSeconds) {
  return (
    `<?xml version="1.0" encoding="utf-8"?><xml><result>${valueXml(payload)}</result>` +
    `<executionTime>${executionSeconds.toFixed(6)}</executionTime></xml>`
  );
}
