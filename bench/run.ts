// `npm run bench`: runs every bench/*.bench.ts in its own Node process (so heap figures are its own)
// and prints their reports. Benchmarks never run under `npm test`.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.ts') && (!only || name.includes(only)))
  .sort();

console.log(`Galley benchmarks on ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
let failed = 0;
for (const file of files) {
  console.log(`\n## ${file}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', join(here, file)], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`${file} failed (exit ${result.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
