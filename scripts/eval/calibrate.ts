// `npm run calibrate`: refits src/core/analysis/calibration-table.ts. Judges dev, dev-hard and real-dev
// plus two fixture sets built from ../shared/corpus into a temporary folder (never the repository): the
// real kinds of input (PDF text, -layout text, OCR columns; 80 issues per kind, seed 13) and broken and
// misplaced paragraphs (120 issues, seed 7). Seven real pages cannot measure a rule to 99 % alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'galley-calibrate-'));
const tsx = (args: readonly string[]): void => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`failed: ${args.join(' ')}`);
};
try {
  tsx(['scripts/real-layout-fixtures.ts', join(work, 'real-layouts'), '80', '13']);
  tsx(['scripts/fragment-fixtures.ts', join(work, 'fragments'), '120', '7']);
  tsx(['scripts/eval/run-eval.ts', '--extra', `${join(work, 'real-layouts')},${join(work, 'fragments')}`, '--write-calibration', ...process.argv.slice(2)]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
