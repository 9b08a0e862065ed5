// The generated React 19 typings (scripts/framework-types.js) as a React app uses them; compiled by `npm run typecheck`.
export const panel = (
  <reach-order-panel
    entryId="1_abcd1234"
    ks="djJ8…"
    serviceUrl="https://www.kaltura.com"
    partner-id="1001"
    onreach-task-created={(event) => console.log(event.task.id)}
    onreach-error={(event) => console.error(event.code)}
  />
);
export const monitor = (
  <reach-task-monitor pageSize={50} onreach-task-changed={(event) => console.log(event.previousStatus)} />
);
// @ts-expect-error a property keeps its type: entryId is a string
export const wrongType = <reach-order-panel entryId={42} />;
// @ts-expect-error the handler gets the element's event type
export const wrongEvent = <reach-order-panel onreach-task-created={(event: { nope: true }) => event} />;
// @ts-expect-error no such element
export const unknown = <reach-unknown />;
