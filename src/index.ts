/**
 * reach-elements: every element, registered on import (guarded, so a second copy on the page does not
 * throw), plus the public events and the pieces a host may want to reuse.
 */
export { ReachOrderPanel } from './elements/reach-order-panel/index.js';
export { ReachTaskMonitor } from './elements/reach-task-monitor/index.js';
export { ClipsLab } from './elements/clips-lab/index.js';
export { ReachAgents } from './elements/reach-agents/index.js';
export { ReachRules } from './elements/reach-rules/index.js';
export { ReachUsage } from './elements/reach-usage/index.js';
export { ReachProvider } from './elements/reach-provider/index.js';
export * from './events.js';
export { KalturaApiError } from './api/errors.js';
export type { ApiErrorKind } from './api/errors.js';
export type { EntryVendorTask, MediaEntry, VendorCatalogItem, ReachProfile } from './reach/schemas.js';
export type { Agent, Execution, ExecutionStep, Trigger, Actions, WorkflowAction } from './agents/schemas.js';
