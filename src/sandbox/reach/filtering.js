// @ts-check
/** Generic filter matching for REACH list filters: `<field>Equal`, `In`, `NotIn`, `GreaterThanOrEqual`, `LessThanOrEqual`. */
import { NULL_FIELD } from '../registry.js';
import { csvValues } from '../lists.js';

const OPERATOR = /^(.+?)(Equal|NotIn|In|GreaterThanOrEqual|LessThanOrEqual)$/;

/**
 * True when `object` passes every generic condition of `filter`. Properties in `skip` are handled by
 * the caller (e.g. freeText, partnerIdEqual); `fieldOf` maps a filter field to the object's field.
 * @param {Record<string, any>} object
 * @param {Record<string, any> | null | undefined} filter
 * @param {{ skip?: string[], fieldOf?: Record<string, string> }} [options]
 */
export function matchesFilter(object, filter, { skip = [], fieldOf = {} } = {}) {
  if (!filter) return true;
  for (const [prop, wanted] of Object.entries(filter)) {
    if (prop === 'objectType' || prop === 'orderBy' || skip.includes(prop) || wanted === undefined || wanted === NULL_FIELD) continue;
    const match = OPERATOR.exec(prop);
    if (!match) continue;
    const field = fieldOf[match[1]] ?? match[1];
    const value = object[field];
    switch (match[2]) {
      case 'Equal':
        if (String(value) !== String(wanted)) return false;
        break;
      case 'In':
        if (!csvValues(wanted).includes(String(value))) return false;
        break;
      case 'NotIn':
        if (csvValues(wanted).includes(String(value))) return false;
        break;
      case 'GreaterThanOrEqual':
        if (!(Number(value) >= Number(wanted))) return false;
        break;
      case 'LessThanOrEqual':
        if (!(Number(value) <= Number(wanted))) return false;
        break;
    }
  }
  return true;
}
