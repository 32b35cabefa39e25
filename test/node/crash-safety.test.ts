import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTempFiles } from '../../src/node/atomic-write';
import { compileForChild } from './helpers/compile-for-child';
import { tempDir } from './helpers/temp-dir';

// The work is bounded by the number of writer processes (each start costs ~45 ms of CPU), not by time:
// one writer per core at a time, so a loaded machine only makes the test slower, never wrong.
const trials = 64;
const workers = 2;
const entries = 2000; // ~90 KB of JSON, the size of a busy sidecar

/**
 * Start a writer and SIGKILL it a random moment after it says `after` ('ready': during start-up and the first
 * write; 'written': while it rewrites a file that is complete); resolves once it is gone.
 */
function killMidWrite(script: string, target: string, after: 'ready' | 'written', delayMs: number): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [script, target, String(entries)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let killed = false;
    let said = '';
    child.stdout.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (killed || !said.includes(`${after}\n`)) return;
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
          // Half the kills land in start-up and the first write, half in steady rewriting (a write takes ~2 ms here).
          const rewriting = t % 2 === 1;
          await killMidWrite(script, target, rewriting ? 'written' : 'ready', Math.random() * 12);
          const text = await readFile(target, 'utf8').catch(() => null);
          // A complete file was written before a kill in rewriting: it must still be there, whole.
          if (rewriting) expect(text).not.toBeNull();
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
    expect(outcomes.complete).toBeGreaterThanOrEqual(trials / 2);
    // SIGKILL can strand a temp file (recognisable by its suffix), never a damaged target.
    for (const name of await readdir(dir)) expect(name).toMatch(/^(issue-\d\.galley\.json|\.issue-\d\.galley\.json\.[0-9a-f]{12}\.galley-tmp)$/);
    // …which the next session tidies away.
    for (let w = 0; w < workers; w += 1) await removeStaleTempFiles(join(dir, `issue-${w}.galley.json`), 0);
    expect((await readdir(dir)).every((name) => /^issue-\d\.galley\.json$/.test(name))).toBe(true);
    // ~45 ms of CPU per child start: about 2 s on two idle cores. The timeout is only a safety net.
  }, 120_000);
});
