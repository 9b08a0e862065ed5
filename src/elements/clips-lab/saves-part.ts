// What the lab needs only once clips are saved: the session's saves (clone → cut → describe → process), the check
// of the clips to save, and how saves are drawn. Loaded on first use (LazyModule, its `use`): on intent, when a save is asked
// for, with the clip detail, or at once when another lab of the page has loaded it (its saves may be of this
// lab's session).
export { ClipSavesController } from './clip-saves-controller.js';
export { renderJob, renderSummary } from './save-jobs.js';
export { draftsToSave } from './save-drafts.js';
export * as clipEditRules from './clip-edit.js';
