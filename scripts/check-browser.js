// Finds the Chromium the browser tests run in; without one, stops with one clear line.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return CANDIDATES.find((path) => existsSync(path));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && !findChromium()) {
  console.error(
    'No Chromium found for the browser tests. Install it with `sudo apt-get install -y chromium` (Debian), or set CHROME_PATH to a Chrome/Chromium binary.',
  );
  process.exit(1);
}
