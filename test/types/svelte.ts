// The generated Svelte 5 typings (scripts/framework-types.js): what markup may set on each element; compiled by
// `npm run typecheck`.
import type { SvelteHTMLElements } from 'svelte/elements';

export const panel: SvelteHTMLElements['reach-order-panel'] = {
  entryId: '1_abcd1234',
  serviceUrl: 'https://www.kaltura.com',
  'partner-id': '1001',
  'onreach-task-created': (event) => console.log(event.task.id),
};
// @ts-expect-error a property keeps its type: entryId is a string
export const wrongType: SvelteHTMLElements['reach-order-panel'] = { entryId: 42 };
export const wrongEvent: SvelteHTMLElements['reach-order-panel'] = {
  // @ts-expect-error the handler gets the element's event type
  'onreach-task-created': (event: { nope: true }) => event,
};
