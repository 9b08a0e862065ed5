// What a task's card draws only once asked: an action's confirmation and the task's result, and what they send
// and load. Loaded the first time one opens (LazyModule), so a page that only watches its tasks does not download
// them.
export { cardPartsStyles } from './card-parts.styles.js';
export { renderConfirm } from './task-confirm.js';
export { renderOutputPanel } from './task-output.js';
export { loadOutput } from './task-output-data.js';
export { TaskActionRunner } from './task-action-runner.js';
