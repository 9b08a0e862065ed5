export { AgentsClient, AgentsErrorCode, AGENTS_SERVICE, agentsApiRoot } from './client.js';
export type { AgentsAuthScheme, AgentsCall, AgentsClientOptions } from './client.js';
export * from './calls.js';
export * from './adapter.js';
export { TriggerSystemName, FINAL_EXECUTION_STATUSES } from './schemas.js';
export type * from './schemas.js';
