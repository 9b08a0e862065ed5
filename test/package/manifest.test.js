// @ts-check
// The Custom Elements Manifest is the elements' API for tools (IDEs, docs, Storybook): every event named
// and typed, and what every element shares documented once, on ReachElement, and inherited.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const rootPath = fileURLToPath(root);

/** Analyzes the elements as `npm run analyze` does, into a scratch folder (custom-elements.json is left alone). */
function analyze() {
  const outdir = mkdtempSync(join(tmpdir(), 'reach-cem-'));
  try {
    // The analyzer takes --outdir relative to where it runs.
    execFileSync(
      join(rootPath, 'node_modules/.bin/cem'),
      ['analyze', '--quiet', '--outdir', relative(rootPath, outdir)],
      { cwd: rootPath, stdio: 'pipe' },
    );
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Event class → name, as src/events.ts declares them. */
const eventNames = new Map(
  [
    ...readFileSync(new URL('src/events.ts', root), 'utf8').matchAll(
      /class (\w+) extends Event \{\s*static readonly eventName = '([^']+)'/g,
    ),
  ].map(([, type, name]) => [type, name]),
);

const manifest = analyze();
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
const elements = declarations.filter((declaration) => declaration.customElement && declaration.tagName);

test('every event in the manifest has a reach- name and the type that fires it', () => {
  const events = declarations.flatMap((declaration) =>
    (declaration.events ?? []).map((event) => ({ of: declaration.name, ...event })),
  );
  assert.ok(events.length > 0, 'no events in the manifest');
  for (const event of events) {
    assert.match(String(event.name), /^reach-[a-z]+(-[a-z]+)*$/, `${event.of}: an event named ${event.name}`);
    assert.equal(
      eventNames.get(event.type?.text),
      event.name,
      `${event.of}: ${event.name} has the type ${event.type?.text}`,
    );
  }
  for (const declaration of declarations) {
    const names = (declaration.events ?? []).map((event) => event.name);
    assert.deepEqual(names, [...new Set(names)], `${declaration.name} lists an event twice`);
  }
});

test('every element inherits the shared events, parts and custom properties from ReachElement', () => {
  const reachElements = elements.filter((declaration) => declaration.superclass?.name === 'ReachElement');
  for (const tag of ['clips-lab', 'reach-order-panel', 'reach-rules', 'reach-task-monitor', 'reach-usage']) {
    assert.ok(
      reachElements.some((element) => element.tagName === tag),
      `${tag} is not in the manifest as a ReachElement`,
    );
  }
  for (const element of reachElements) {
    const inherited = (list, name) => list?.find((item) => item.name === name)?.inheritedFrom?.name;
    for (const event of ['reach-error', 'reach-ks-expiring', 'reach-ks-expired']) {
      assert.ok(
        element.events?.some((item) => item.name === event && item.description),
        `${element.tagName} does not document ${event}`,
      );
    }
    for (const part of ['panel', 'notice', 'live-region'])
      assert.equal(inherited(element.cssParts, part), 'ReachElement', `${element.tagName}: part ${part}`);
    for (const property of ['--reach-color-accent', '--reach-color-on-accent', '--reach-space']) {
      assert.equal(inherited(element.cssProperties, property), 'ReachElement', `${element.tagName}: ${property}`);
    }
  }
});
