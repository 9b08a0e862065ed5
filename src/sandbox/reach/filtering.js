// @ts-check
/** Generic filter matching for REACH list filters: `<field>Equal`, `In`, `NotIn`, `GreaterThanOrEqual`, `LessThanOrEqual`. */
import { NULL_FIELD } from '../registry.js';
import { csvValues } from '../lists.js';

const OPERATOR = /^(.+?)(Equal|NotIn|In|GreaterThanOrEqual|LessThanOrEqual)$/;

/**
 * A predicate for the generic conditions of `filter`, built once per list call (the filter is parsed
 * once, not once per object). Properties in `skip` are handled by the caller (e.g. freeText,
 * partnerIdEqual); `fieldOf` maps a filter field to the object's field.
 * @param {Record<string, any> | null | undefined} filter
 * @param {{ skip?: string[], fieldOf?: Record<string, string> }} [options]
 * @returns {(object: Record<string, any>) => boolean}
 */
export function compileFilter(filter, { skip = [], fieldOf = {} } = {}) {
  /** @type {((object: Record<string, any>) => boolean)[]} */
  const tests = [];
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
        tests.push((object) => String(object[field]) === text);
        break;
      }
      case 'In': {
        const values = new Set(csvValues(wanted));
        tests.push((object) => values.has(String(object[field])));
        break;
      }
      case 'NotIn': {
        const values = new Set(csvValues(wanted));
        tests.push((object) => !values.has(String(object[field])));
        break;
      }
      case 'GreaterThanOrEqual': {
        const bound = Number(wanted);
        tests.push((object) => Number(object[field]) >= bound);
        break;
      }
      case 'LessThanOrEqual': {
        const bound = Number(wanted);
        tests.push((object) => Number(object[field]) <= bound);
        break;
      }
    }
  }
  // Runs once per object of a list (10 000 tasks): no closure per call, and nothing at all without conditions.
  if (tests.length === 0) return () => true;
  return (object) => {
    for (const test of tests) if (!test(object)) return false;
    return true;
  };
}
