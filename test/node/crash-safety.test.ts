import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../src/node/atomic-write';
import { compileForChild } from './helpers/compile-for-child';
import { tempDir } from './helpers/temp-dir';

const trials = 200;
const workers = 4;
const entries = 2000; // ~90 KB of JSON, the size of a busy sidecar

/** Start a writer, let it run for a random moment, SIGKILL it; resolves once it is gone. */
function killMidWrite(script: string, target: string, delayMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, target, String(entries)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let killed = false;
    child.stdout.on('data', () => {
      if (killed) return;
      killed = true;
      setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolvePromise() : reject(new Error(`writer exited early: ${code}`))));
  });
}

describe('crash safety', () => {
  it(`a writer killed at random moments (${trials} trials) never leaves a partial or empty target`, async () => {
    const dir = await tempDir();
    const script = await compileForChild('test/node/fixtures/atomic-writer.ts', await tempDir());
    const outcomes = { absent: 0, complete: 0 };
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        const target = join(dir, `issue-${w}.galley.json`);
        for (let t = 0; t < trials / workers; t += 1) {
          // Spread kills over startup, the first write and steady rewriting (a write takes ~2 ms here).
          await killMidWrite(script, target, Math.random() * 12);
          const text = await readFile(target, 'utf8').catch(() => null);
          if (text === null) {
            outcomes.absent += 1;
            continue;
          }
          const parsed = JSON.parse(text) as { count: number; log: unknown[] };
          expect(parsed.log.length).toBe(parsed.count);
          outcomes.complete += 1;
        }
      }),
    );
    expect(outcomes.absent + outcomes.complete).toBe(trials);
    expect(outcomes.complete).toBeGreaterThan(trials / 2);
    // SIGKILL can strand a temp file (recognisable by its suffix), never a damaged target.
    for (const name of await readdir(dir)) expect(name).toMatch(/^(issue-\d\.galley\.json|\.issue-\d\.galley\.json\.[0-9a-f]{12}\.galley-tmp)$/);
    // …which the next session tidies away.
    for (let w = 0; w < workers; w += 1) await removeStaleTempFiles(join(dir, `issue-${w}.galley.json`), 0);
    expect((await readdir(dir)).every((name) => /^issue-\d\.galley\.json$/.test(name))).toBe(true);
    // ~45 ms of CPU per child start: about 5 s on two idle cores; the margin is for a machine under load.
  }, 120_000);
});
