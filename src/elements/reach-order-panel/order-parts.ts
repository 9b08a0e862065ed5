// What the order panel needs only once the user starts to choose: the whole catalog ("Browse all services", or a
// short catalog shown whole), the need-first steps after the need, a service's inputs, the way to an order and its
// results. Loaded on the first sign of a choice (LazyModule), so the first screen (what is needed) downloads less.
export { renderBrowse } from './browse.js';
export { renderNeedChoice } from './need-choice.js';
export { renderConfirm } from './confirm-step.js';
export { renderResults } from './order-results.js';
export { chosenSummary } from './chosen-summary.js';
export { OrderFlow } from './order-flow.js';
export { orderPartsStyles } from './order-parts.styles.js';
