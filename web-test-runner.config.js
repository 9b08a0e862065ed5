// Browser tests: real Chromium (the system's, else the one from npm; see scripts/check-browser.js), the sandbox
// mounted on the same origin over real HTTP.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { CHROMIUM_ARGS, findChromium } from './scripts/check-browser.js';
import { createSandbox } from './src/sandbox/index.js';
import { TEST_ADMIN_SECRET } from './test/browser/sandbox-config.js';

const sandbox = createSandbox({ adminSecret: TEST_ADMIN_SECRET, testControls: true });

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChromium(),
        args: CHROMIUM_ARGS,
      },
    }),
  ],
  middleware: [sandbox.middleware],
  // Lit says once per test file that it runs in dev mode (it does, on purpose: dev mode checks more).
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
