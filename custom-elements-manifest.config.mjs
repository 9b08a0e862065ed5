// The Custom Elements Manifest (custom-elements.json): `npm run analyze`, and part of `npm run build`.
import { readFileSync } from 'node:fs';

/** Every event class of src/events.ts → its name (`static readonly eventName = '…'`). */
function eventNames() {
  const source = readFileSync(new URL('./src/events.ts', import.meta.url), 'utf8');
  const declared = source.matchAll(/class (\w+) extends Event \{\s*static readonly eventName = '([^']+)'/g);
  return new Map([...declared].map(([, type, name]) => [type, name]));
}

/** `@fires reach-task-created {ReachTaskCreatedEvent} - …`: the type follows the name (the analyzer wants it first). */
function typeFromDescription(event) {
  const typed = /^\{(\w+)\}\s*(?:-\s*)?/.exec(event.description ?? '');
  if (!typed) return event;
  return { ...event, type: { text: typed[1] }, description: event.description.slice(typed[0].length) };
}

/**
 * The analyzer also reads `dispatchEvent(new SomeEvent(…))`, but names such an event after its first
 * argument (so: no name, or `task`). Name each event after its class instead, and merge it with the one
 * the element documents with `@fires` (the first one seen gives the description: the element's own
 * before an inherited one).
 */
function eventsNamedByClass() {
  const names = eventNames();
  return {
    name: 'reach-events-named-by-class',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const byName = new Map();
          for (const documented of declaration.events) {
            const event = typeFromDescription(documented);
            const name = names.get(event.type?.text) ?? event.name;
            const seen = byName.get(name);
            if (!seen) {
              byName.set(name, { ...event, name });
              continue;
            }
            seen.type ??= event.type;
            seen.description ??= event.description;
            // Inherited only when no copy of it is the element's own.
            if (!event.inheritedFrom) delete seen.inheritedFrom;
          }
          declaration.events = [...byName.values()];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json already; a manifest written elsewhere (a test's) must not change it.
  packagejson: false,
  plugins: [eventsNamedByClass()],
};
