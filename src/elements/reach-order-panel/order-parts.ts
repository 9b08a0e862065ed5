// What the order panel needs only once a service is chosen: the service's inputs and the confirmation step. Loaded
// on the first choice (LazyModule), so the first screen (what is needed, the catalog) downloads less.
export { renderServiceInputs } from './service-inputs.js';
export { renderConfirm } from './confirm-step.js';
