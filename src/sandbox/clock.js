// @ts-check
/**
 * The sandbox clock: real time, sped up by `speed` since the sandbox started, plus an offset
 * that tests and demos move forward with `advance()`. Everything time-dependent (KS expiry,
 * entry and task progression) reads this clock — never Date.now().
 */

/**
 * @param {{ speed?: number, offset?: () => number, setOffset?: (seconds: number) => void }} options
 *   `offset`/`setOffset` read and write the persisted offset (state.clockOffset)
 */
export function createClock({ speed = 1, offset = () => 0, setOffset = () => {} } = {}) {
  const startedAt = Date.now() / 1000;
  return {
    speed,
    /** @returns {number} unix seconds (float) */
    now() {
      const realNow = Date.now() / 1000;
      return startedAt + (realNow - startedAt) * speed + offset();
    },
    /** @param {number} seconds */
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0)
        throw new RangeError('advance() takes a non-negative number of seconds');
      setOffset(offset() + seconds);
    },
  };
}

/** @typedef {ReturnType<typeof createClock>} Clock */
