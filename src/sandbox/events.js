// @ts-check
/**
 * Platform events, as Kaltura's server raises them for its automation (REACH profile rules in
 * kReachManager, event notification templates, agents). Services emit them; each automation engine
 * registers its listener when its module is imported. A listener runs synchronously inside the call
 * or clock tick that raised the event, so whatever it creates is part of that call's state change.
 *
 * @typedef {{ type: 'entryReady', entry: Record<string, any>, at: number }
 *   | { type: 'categoryEntryAdded', entry: Record<string, any>, category: Record<string, any>, at: number }
 *   | { type: 'entryUpdated', entry: Record<string, any>, changed: string[], previous: Record<string, any>, at: number }} PlatformEvent
 *   `at`: sandbox clock (unix seconds) of the moment the event happened, which may lie before the call
 *   that noticed it (an entry that turned READY between two calls); `changed`: the entry fields an update
 *   changed, `previous`: their values before it
 * @typedef {(ctx: import('./dispatch.js').ActionContext, event: PlatformEvent) => void} PlatformListener
 *   `ctx` is the context of the call that raised the event — possibly another partner's: a listener
 *   acts for `event.entry.partnerId`, never for `ctx.partnerId`
 */

/** @type {PlatformListener[]} */
const listeners = [];

/** @param {PlatformListener} listener */
export function onPlatformEvent(listener) {
  listeners.push(listener);
}

/**
 * @param {import('./dispatch.js').ActionContext} ctx
 * @param {PlatformEvent} event
 */
export function emitPlatformEvent(ctx, event) {
  for (const listener of listeners) listener(ctx, event);
}
