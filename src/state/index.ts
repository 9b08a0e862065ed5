export { ReachSession, acquireSession, releaseSession, normaliseServiceUrl, DEFAULT_SERVICE_URL } from './session.js';
export type { SessionSettings } from './session.js';
export { TaskStore } from './task-store.js';
export type { TaskChange, TaskListener } from './task-store.js';
export { TaskPoller, DEFAULT_POLL_TIMING } from './poller.js';
export type { PollTiming } from './poller.js';
export { reachSettingsContext } from './context.js';
export type { ReachSettings } from './context.js';
