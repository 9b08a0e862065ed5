// The generated Vue typings (scripts/framework-types.js): the props a template gives each element, with
// `@reach-task-created` as `onReachTaskCreated`; compiled by `npm run typecheck`.
import type { GlobalComponents } from 'vue';

type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const panel: PropsOf<'reach-order-panel'> = {
  entryId: '1_abcd1234',
  serviceUrl: 'https://www.kaltura.com',
  'partner-id': '1001',
  onReachTaskCreated: (event) => console.log(event.task.id),
};
export const lab: PropsOf<'clips-lab'> = {
  onReachClipSaved: (event) => console.log(event.entry.id, event.sourceEntryId),
};
// @ts-expect-error a property keeps its type: entryId is a string
export const wrongType: PropsOf<'reach-order-panel'> = { entryId: 42 };
// @ts-expect-error the order panel fires no reach-clip-saved
export const wrongEvent: PropsOf<'reach-order-panel'> = { onReachClipSaved: () => undefined };
