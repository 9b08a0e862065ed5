// @ts-check
/** Shared by the Agents Manager tests: JSON calls to `/agents-manager/api/v1/...` over real HTTP. */

/**
 * A function that POSTs one Agents Manager call and answers `{ status, body }`.
 * @param {string} url the sandbox's origin
 */
export function agentsCaller(url) {
  /**
   * @param {string} path `object/action`
   * @param {string} ks
   * @param {Record<string, any>} [body]
   * @param {{ scheme?: string, method?: string }} [options] `scheme`: the Authorization scheme, Bearer by default
   * @returns {Promise<{ status: number, body: any }>}
   */
  return async (path, ks, body = {}, { scheme = 'Bearer', method = 'POST' } = {}) => {
    const response = await fetch(`${url}/agents-manager/api/v1/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(ks ? { Authorization: `${scheme} ${ks}` } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
    });
    return { status: response.status, body: await response.json() };
  };
}
