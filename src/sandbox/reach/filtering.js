// @ts-check
/** Generic filter matching for REACH list filters: `<field>Equal`, `In`, `NotIn`, `GreaterThanOrEqual`, `LessThanOrEqual`. */
import { NULL_FIELD } from '../registry.js';
import { csvValues } from '../lists.js';

const OPERATOR = /^(.+?)(Equal|NotIn|In|GreaterThanOrEqual|LessThanOrEqual)$/;

/**
 * One generic condition of a filter: the object's `field`, read as a number or a string (`kind`), passes `test`.
 * @typedef {{ field: string, kind: 'number' | 'string', test: (value: any) => boolean }} Condition
 */

/**
 * The generic conditions of `filter`, parsed once per list call (not once per object). Properties in `skip` are
 * handled by the caller (e.g. freeText, partnerIdEqual); `fieldOf` maps a filter field to the object's field.
 * @param {Record<string, any> | null | undefined} filter
 * @param {{ skip?: string[], fieldOf?: Record<string, string> }} [options]
 * @returns {Condition[]}
 */
export function filterConditions(filter, { skip = [], fieldOf = {} } = {}) {
  /** @type {Condition[]} */
  const conditions = [];
  for (const [prop, wanted] of Object.entries(filter ?? {})) {
    if (
      prop === 'objectType' ||
      prop === 'orderBy' ||
      skip.includes(prop) ||
      wanted === undefined ||
      wanted === NULL_FIELD
    )
      continue;
    const match = OPERATOR.exec(prop);
    if (!match) continue;
    const field = fieldOf[match[1]] ?? match[1];
    switch (match[2]) {
      case 'Equal': {
        const text = String(wanted);
        conditions.push({ field, kind: 'string', test: (value) => value === text });
        break;
      }
      case 'In': {
        const values = new Set(csvValues(wanted));
        conditions.push({ field, kind: 'string', test: (value) => values.has(value) });
        break;
      }
      case 'NotIn': {
        const values = new Set(csvValues(wanted));
        conditions.push({ field, kind: 'string', test: (value) => !values.has(value) });
        break;
      }
      case 'GreaterThanOrEqual': {
        const bound = Number(wanted);
        conditions.push({ field, kind: 'number', test: (value) => value >= bound });
        break;
      }
      case 'LessThanOrEqual': {
        const bound = Number(wanted);
        conditions.push({ field, kind: 'number', test: (value) => value <= bound });
        break;
      }
    }
  }
  return conditions;
}

/**
 * A field of an object as a condition of its kind reads it.
 * @param {Record<string, any>} object @param {string} field @param {'number' | 'string'} kind
 */
export function conditionValue(object, field, kind) {
  return kind === 'number' ? Number(object[field]) : String(object[field]);
}

/**
 * A predicate for the generic conditions of `filter` (see `filterConditions`).
 * @param {Record<string, any> | null | undefined} filter
 * @param {{ skip?: string[], fieldOf?: Record<string, string> }} [options]
 * @returns {(object: Record<string, any>) => boolean}
 */
export function compileFilter(filter, options) {
  const conditions = filterConditions(filter, options);
  // Runs once per object of a list (10 000 tasks): no closure per call, and nothing at all without conditions.
  if (conditions.length === 0) return () => true;
  return (object) => {
    for (const { field, kind, test } of conditions) if (!test(conditionValue(object, field, kind))) return false;
    return true;
  };
}
