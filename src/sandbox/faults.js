// @ts-check
/**
 * Injected faults (test controls only): the next `count` HTTP requests whose call — or any
 * sub-request of a multirequest — matches service/action get the fault.
 */

const FAULT_KINDS = ['latency', 'http500', 'drop', 'dropAfterCommit', 'malformed'];

/**
 * @typedef {{ service: string, action: string, count: number, fault: string, latencyMs: number }} Fault
 */

export function createFaults() {
  /** @type {Fault[]} */
  let pending = [];
  return {
    /**
     * @param {Record<string, unknown>} spec `{ service, action, count = 1, fault, latencyMs? }`
     * @returns {Fault}
     */
    add(spec) {
      const fault = String(spec.fault ?? '');
      if (!FAULT_KINDS.includes(fault)) throw new RangeError(`fault must be one of ${FAULT_KINDS.join(', ')}`);
      const count = spec.count === undefined ? 1 : Number(spec.count);
      if (!Number.isInteger(count) || count < 1) throw new RangeError('count must be a positive integer');
      const latencyMs = spec.latencyMs === undefined ? 1000 : Number(spec.latencyMs);
      if (!Number.isFinite(latencyMs) || latencyMs < 0) throw new RangeError('latencyMs must be a non-negative number');
      const entry = {
        service: String(spec.service ?? '*').toLowerCase(),
        action: String(spec.action ?? '*').toLowerCase(),
        count,
        fault,
        latencyMs,
      };
      pending.push(entry);
      return entry;
    },
    clear() {
      pending = [];
    },
    /**
     * Takes (consumes one use of) the first fault matching any of the calls.
     * @param {Array<{ service: string, action: string }>} calls
     * @returns {Fault | undefined}
     */
    take(calls) {
      const found = pending.find((fault) =>
        calls.some(
          (call) =>
            (fault.service === '*' || fault.service === call.service.toLowerCase()) &&
            (fault.action === '*' || fault.action === call.action.toLowerCase()),
        ),
      );
      if (!found) return undefined;
      found.count -= 1;
      if (found.count === 0) pending = pending.filter((fault) => fault !== found);
      return found;
    },
    list() {
      return pending.map((fault) => ({ ...fault }));
    },
  };
}
