// `npm run bench`: runs every bench/*.bench.js in turn (each prints its own numbers) and stops at the first failure.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const benches = readdirSync('bench')
  .filter((name) => name.endsWith('.bench.js') && (!only || name.includes(only)))
  .sort();
for (const name of benches) {
  console.log(`\n== ${name}`);
  const run = spawnSync(process.execPath, ['--expose-gc', `bench/${name}`], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
