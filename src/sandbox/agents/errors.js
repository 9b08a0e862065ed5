// @ts-check
/**
 * Agents Manager errors (architecture.md "Agents Manager", our assumption): an HTTP 4xx status with
 * `{code, message, field?}` — unlike api_v3, whose errors arrive with HTTP 200 — and the checks that
 * produce the 400 VALIDATION_ERRORs, each naming its field. Every input is bounded.
 */

export class AgentsError extends Error {
  /**
   * @param {number} status HTTP status
   * @param {string} code e.g. 'VALIDATION_ERROR'
   * @param {string} message
   * @param {string} [field] the body field at fault, e.g. 'triggerParameters.categoryIds'
   */
  constructor(status, code, message, field) {
    super(message);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  toJSON() {
    return { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) };
  }
}

/** @param {string} field @param {string} message */
export const validationError = (field, message) => new AgentsError(400, 'VALIDATION_ERROR', message, field);
/** @param {string} what e.g. 'Agent' @param {unknown} id */
export const notFound = (what, id) =>
  new AgentsError(404, 'NOT_FOUND', `${what} "${String(id).slice(0, 64)}" not found`);
/** @param {string} message @param {string} [field] */
export const forbidden = (message, field) => new AgentsError(403, 'FORBIDDEN', message, field);

const MAX_ID_LENGTH = 64;

/** @param {unknown} value */
export const isGiven = (value) => value !== undefined && value !== null;

/**
 * A string field, trimmed, within `max` characters.
 * @param {Record<string, any>} body @param {string} field
 * @param {{ max: number, required?: boolean, path?: string }} options `path`: the field's name in errors
 * @returns {string | undefined}
 */
export function stringField(body, field, { max, required = false, path = field }) {
  const value = body[field];
  if (!isGiven(value)) {
    if (required) throw validationError(path, `${path} is required`);
    return undefined;
  }
  if (typeof value !== 'string') throw validationError(path, `${path} must be a string`);
  const trimmed = value.trim();
  if (required && !trimmed) throw validationError(path, `${path} must not be empty`);
  if (trimmed.length > max) throw validationError(path, `${path} must be at most ${max} characters`);
  return trimmed;
}

/**
 * An object id (string) the call needs.
 * @param {Record<string, any>} body @param {string} field @param {string} [path]
 */
export function idField(body, field, path = field) {
  return /** @type {string} */ (stringField(body, field, { max: MAX_ID_LENGTH, required: true, path }));
}

/**
 * One of the listed values (an enum-like string).
 * @template {string} T
 * @param {Record<string, any>} body @param {string} field @param {readonly T[]} values
 * @param {{ required?: boolean, path?: string }} [options]
 * @returns {T | undefined}
 */
export function oneOfField(body, field, values, { required = false, path = field } = {}) {
  const value = body[field];
  if (!isGiven(value)) {
    if (required) throw validationError(path, `${path} is required (one of ${values.join(', ')})`);
    return undefined;
  }
  if (!values.includes(/** @type {T} */ (value)))
    throw validationError(path, `${path} must be one of ${values.join(', ')}`);
  return /** @type {T} */ (value);
}

/**
 * A positive integer id given as a number or a digit string (Kaltura ids arrive both ways).
 * @param {Record<string, any>} body @param {string} field @param {string} [path]
 */
export function integerIdField(body, field, path = field) {
  const value = body[field];
  if (!isGiven(value)) throw validationError(path, `${path} is required`);
  const number = typeof value === 'string' && /^\d{1,12}$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number) || number <= 0)
    throw validationError(path, `${path} must be a positive integer`);
  return number;
}

/**
 * An array field with between `min` and `max` elements.
 * @param {Record<string, any>} body @param {string} field
 * @param {{ min: number, max: number, required?: boolean, path?: string }} options
 * @returns {unknown[] | undefined}
 */
export function arrayField(body, field, { min, max, required = false, path = field }) {
  const value = body[field];
  if (!isGiven(value)) {
    if (required) throw validationError(path, `${path} is required`);
    return undefined;
  }
  if (!Array.isArray(value)) throw validationError(path, `${path} must be an array`);
  if (value.length < min || value.length > max) throw validationError(path, `${path} must hold ${min} to ${max} items`);
  return value;
}

/**
 * A JSON object field.
 * @param {Record<string, any>} body @param {string} field @param {string} [path]
 * @returns {Record<string, any> | undefined}
 */
export function objectField(body, field, path = field) {
  const value = body[field];
  if (!isGiven(value)) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError(path, `${path} must be an object`);
  return value;
}
