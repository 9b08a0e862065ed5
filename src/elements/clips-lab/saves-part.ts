// What the lab needs only once clips are saved: the session's saves (clone → cut → describe → process), the check
// of the clips to save, and how saves are drawn. Loaded on first use (LazyModule): on intent, when a save is asked
// for, with the clip detail, when the entry has copies an earlier save left (which may be a save's of this
// session), or in every lab of a session once a save starts in it (lab-saves-controller.ts, `sessionsSaving`).
export { ClipSavesController } from './clip-saves-controller.js';
export { renderJob, renderSummary } from './save-jobs.js';
export { draftsToSave } from './save-drafts.js';
export * as clipEditRules from './clip-edit.js';
