// @ts-check
/** Command line of `reach-sandbox` (bin/reach-sandbox.js). */
import { parseArgs } from 'node:util';
import { ReachProfileStatus, VendorCatalogItemStatus } from '../reach/wire-enums.js';
import { isLoopbackHost, startSandboxServer } from './index.js';

const USAGE = `Usage: reach-sandbox [--port 8787] [--host 127.0.0.1] [--speed N] [--state FILE]
                     [--admin-secret S] [--origin URL] [--test-controls]

  --port N           port to listen on (0 = any free port)
  --host H           interface to bind (default 127.0.0.1)
  --speed N          sandbox clock speed (2 = vendors work twice as fast)
  --state FILE       keep the state in FILE across restarts
  --admin-secret S   admin secret of every seeded partner (user secrets are derived from it);
                     off loopback one is generated when not given
  --origin URL       where clients reach the sandbox (default http://host:port), for the URLs it answers
  --test-controls    enable /__sandbox/* (reset, clock, faults, stats); refused off loopback`;

/**
 * @param {string[]} argv arguments after the script name
 * @returns {{ port: number, host: string, speed: number, stateFile?: string, adminSecret?: string, testControls: boolean,
 *   origin?: string } | { help: true }}
 */
export function parseCommandLine(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      speed: { type: 'string', default: '1' },
      state: { type: 'string' },
      'admin-secret': { type: 'string' },
      origin: { type: 'string' },
      'test-controls': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return { help: true };
  const port = Number(values.port);
  const speed = Number(values.speed);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0-65535, got ${values.port}`);
  if (!Number.isFinite(speed) || speed <= 0) throw new Error(`--speed must be a positive number, got ${values.speed}`);
  if (values.origin !== undefined && !/^https?:\/\/[^/?#]+$/.test(values.origin))
    throw new Error(`--origin must be http(s)://host[:port], got ${values.origin}`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    speed,
    stateFile: values.state,
    adminSecret: values['admin-secret'],
    testControls: Boolean(values['test-controls']),
    ...(values.origin === undefined ? {} : { origin: values.origin }),
  };
}

/**
 * Why nothing can be ordered for a partner, when its state says so at a glance (the start-up list
 * names the accounts that demo those refusals).
 * @param {Record<string, any>} state @param {Record<string, any>} partner
 */
function reachNote(state, partner) {
  if (partner.reachEnabled === false) return ' (no REACH)';
  const ownedActive = (/** @type {any[]} */ rows, /** @type {number} */ active) =>
    rows.some((row) => row.partnerId === partner.id && row.status === active);
  if (!ownedActive(Object.values(state.reachProfiles), ReachProfileStatus.ACTIVE))
    return ' (REACH on, no active profile)';
  if (!ownedActive(state.partnerCatalogItems, VendorCatalogItemStatus.ACTIVE))
    return ' (REACH on, no catalog item enabled)';
  return '';
}

/**
 * Starts the server and prints where it is, its partners and an example call.
 * @param {string[]} argv
 */
export async function main(argv) {
  let options;
  try {
    options = parseCommandLine(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if ('help' in options) {
    console.log(USAGE);
    return;
  }
  let started;
  try {
    started = await startSandboxServer(options);
  } catch (error) {
    // A port in use or an unreadable state file: say so plainly instead of a stack trace.
    console.error(`reach-sandbox: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
    return;
  }
  const { url, sandbox, close, generatedAdminSecret } = started;
  if (!isLoopbackHost(options.host)) {
    console.warn(
      `reach-sandbox: listening on ${options.host}, off loopback. This is a development server: anyone who can reach it and holds a secret or a KS can read and change its data. See "Security" in src/sandbox/README.md.`,
    );
  }
  const partners = Object.values(sandbox.state.partners);
  console.log(
    `REACH sandbox listening on ${url} (clock speed ×${options.speed}${options.stateFile ? `, state in ${options.stateFile}` : ''}${options.testControls ? ', test controls on' : ''})`,
  );
  for (const partner of partners) {
    const userSecret = options.adminSecret || generatedAdminSecret ? `, user secret: ${partner.secret}` : '';
    console.log(
      `  partner ${partner.id} ${partner.name ?? ''} — admin secret: ${partner.adminSecret}${reachNote(sandbox.state, partner)}${userSecret}`,
    );
  }
  if (generatedAdminSecret) console.log('  (secrets generated for this run and printed only here)');
  if (partners.length === 0) console.log('  (no partners: the seed is missing)');
  const example = partners[0];
  if (example) {
    console.log(
      `Example: curl -s ${url}/api_v3/service/session/action/start -d format=1 -d partnerId=${example.id} -d type=2 -d secret=${example.adminSecret}`,
    );
  }
  console.log(`Agents Manager: ${url}/agents-manager/api/v1/<object>/<action> (POST JSON, Authorization: Bearer <KS>)`);
  const shutdown = () => {
    close().then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}
