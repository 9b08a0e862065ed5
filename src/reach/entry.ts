/** Facts about an entry that the order rules, the task inputs and the elements all need. */

/**
 * The entry's media length in milliseconds, as the server reads it (`lengthInMsecs`, exposed as
 * `msDuration`); falls back to `duration` (whole seconds) when an answer has only that; 0 when neither.
 */
export function entryDurationMs(
  entry: { readonly msDuration?: number | undefined; readonly duration?: number | undefined } | undefined,
): number {
  return entry?.msDuration ?? (entry?.duration ?? 0) * 1000;
}
