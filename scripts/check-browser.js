// Finds the Chromium the browser tests run in: CHROME_PATH, then the system's, then the one shipped inside the
// `@sparticuz/chromium` dev dependency (unpacked once into node_modules/.cache), so a machine with only Node can run
// every test. Run as a script it also launches the browser once and, if none works, stops with one clear paragraph.
import { accessSync, constants, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

/**
 * Every launcher (web-test-runner, the CDN and demo checks, the benches) starts Chromium with these flags and no
 * others: never a serverless preset such as --disable-web-security or --single-process, which would falsify the
 * CORS and security tests.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const PACKAGE = '@sparticuz/chromium';
const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

class NoChromium extends Error {}

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The path of a Chromium to launch. `REACH_SKIP_SYSTEM_CHROMIUM=1` ignores the system's, to prove the packaged one
 * works on a machine that has none.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) return fromEnv;
    throw new NoChromium(
      `CHROME_PATH is set to ${fromEnv}, which is not an executable file: point it at a Chrome/Chromium binary or unset it.`,
    );
  }
  if (process.env.REACH_SKIP_SYSTEM_CHROMIUM !== '1') {
    const system = SYSTEM_CANDIDATES.find(isExecutable);
    if (system) return system;
  }
  return packagedChromium();
}

/** The Chromium inside the npm package: its compressed files unpacked once per version, beside a launcher script. */
function packagedChromium() {
  let bin;
  let version;
  try {
    // The package exports only its code (build/index.js); its folder is one level up.
    const packageDir = dirname(dirname(createRequire(import.meta.url).resolve(PACKAGE)));
    bin = join(packageDir, 'bin');
    version = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')).version;
  } catch {
    throw new NoChromium(
      `No Chromium found: CHROME_PATH is not set, there is none at ${SYSTEM_CANDIDATES[0]}, and the ${PACKAGE} dev dependency is not installed (run \`npm ci\`).`,
    );
  }
  const dir = join(projectRoot, 'node_modules', '.cache', 'reach-chromium', version);
  const launcher = join(dir, 'chromium-launcher');
  if (!existsSync(join(dir, 'chromium'))) unpack(bin, dir);
  // Its own libraries and fonts; and a language: under a C/POSIX locale this build reports navigator.language as
  // "en-US@posix", which Intl refuses, where a system Chromium says "en-US".
  const script = `#!/bin/sh
case "\${LC_ALL:-\${LANG:-C}}" in C | C.* | POSIX) export LC_ALL=en_US.UTF-8 ;; esac
LD_LIBRARY_PATH="${join(dir, 'lib')}\${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}" FONTCONFIG_FILE="${join(dir, 'fonts.conf')}" exec "${join(dir, 'chromium')}" "$@"
`;
  if (!existsSync(launcher) || readFileSync(launcher, 'utf8') !== script) {
    writeFileSync(`${launcher}.${process.pid}`, script, { mode: 0o755 });
    renameSync(`${launcher}.${process.pid}`, launcher);
  }
  return launcher;
}

/** Unpacks the package's compressed Chromium, its libraries and fonts into `dir`. */
function unpack(bin, dir) {
  // Unpacked beside its final place and renamed into it, so a run that stops half-way (or runs twice) leaves no
  // broken copy behind.
  const partial = `${dir}.partial-${process.pid}`;
  try {
    rmSync(partial, { recursive: true, force: true });
    mkdirSync(join(partial, 'fonts'), { recursive: true });
    writeFileSync(join(partial, 'chromium'), brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), {
      mode: 0o755,
    });
    // Chromium loads its software GL beside itself; al2023 holds the NSS/expat libraries it links against.
    for (const archive of ['swiftshader', 'al2023', 'fonts'])
      untar(brotliDecompressSync(readFileSync(join(bin, `${archive}.tar.br`))), partial);
    writeFileSync(
      join(partial, 'fonts.conf'),
      `<?xml version="1.0"?>\n<fontconfig><dir>/usr/share/fonts</dir><dir>${join(dir, 'fonts')}</dir><cachedir>${join(dir, 'fonts-cache')}</cachedir></fontconfig>\n`,
    );
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another run (a parallel test file) unpacked it first: use theirs.
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(join(dir, 'chromium'))) throw error;
    }
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    throw new NoChromium(
      `No Chromium found, and the one inside ${PACKAGE} could not be unpacked into ${dir}: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
}

/** Extracts a plain ustar archive (regular files and folders, as the package ships them) into `target`. */
function untar(archive, target) {
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    const field = (start, length) =>
      header
        .subarray(start, start + length)
        .toString('latin1')
        .replace(/\0.*$/s, '');
    const name = field(345, 155) ? `${field(345, 155)}/${field(0, 100)}` : field(0, 100);
    if (!name) break;
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const path = normalize(join(target, name));
    if (!path.startsWith(`${target}/`)) throw new Error(`archive entry outside its folder: ${name}`);
    if (type === '5') mkdirSync(path, { recursive: true });
    else if (type === '0') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, archive.subarray(offset + 512, offset + 512 + size), {
        mode: parseInt(field(100, 8).trim() || '644', 8),
      });
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}

/** Launches the Chromium found, headless with our flags, and opens a page: proof it runs on this machine. */
async function checkLaunch(executablePath) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: 30_000 });
  try {
    const page = await browser.newPage();
    await page.setContent('<p>ready</p>');
    if ((await page.textContent('p')) !== 'ready') throw new Error('it rendered no page');
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let path;
  try {
    path = findChromium();
    await checkLaunch(path);
  } catch (error) {
    const reason = error instanceof NoChromium ? error.message : `${path} did not start headless: ${firstLine(error)}.`;
    console.error(
      `The browser tests need Chromium and none works here. ${reason} Fix one of: set CHROME_PATH to a working Chrome/Chromium; install your system's (\`apt-get install chromium\` on Debian); or run \`npm ci\` so the Chromium inside the ${PACKAGE} dev dependency is there (it is unpacked into node_modules/.cache on first use).`,
    );
    process.exit(1);
  }
}

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
