// A batch never loses an output to another, never writes over its inputs, tidies what a killed run left,
// fails fast on a destination it cannot write, and keeps its report's links inert.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchCommand } from '../../../src/cli/commands/batch';
import type { CliIo } from '../../../src/cli/io';
import type { BatchSummary } from '../../../src/node/batch/batch-types';
import { createProgress } from '../../../src/node/batch/progress';
import { runBatch } from '../../../src/node/batch/run-batch';
import { renderBatchSummaryHtml } from '../../../src/node/batch/summary-html';
import { setFaultHook } from '../../../src/node/fs-layer';
import { tempDir } from '../helpers/temp-dir';

const issue = (headline: string) => `${headline}\n\n本报讯 今天上午，市里召开会议，研究推动政务服务平台建设工作。\n`;

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, stdout: () => out, stderr: () => err };
}

describe('batch hardening', () => {
  it('mirrors folders under --out, keeps the report names for the summary, and removes a killed run’s temp files', async () => {
    const dir = await tempDir();
    const input = join(dir, 'in');
    const out = join(dir, 'out');
    await mkdir(join(input, 'a'), { recursive: true });
    await mkdir(join(input, 'b'), { recursive: true });
    await writeFile(join(input, 'a', 'x.txt'), issue('甲地的新闻标题'));
    await writeFile(join(input, 'b', 'x.txt'), issue('乙地的新闻标题'));
    await writeFile(join(input, 'batch-report.txt'), issue('名叫报告的一期'));
    // What kill -9 in the middle of an atomic write leaves behind.
    await mkdir(join(out, 'a'), { recursive: true });
    const leftover = '.x.html.0123456789ab.galley-tmp';
    await writeFile(join(out, 'a', leftover), 'half');

    const log: string[] = [];
    const result = await runBatch({ target: `${input}/**/*.txt`, outDir: out, format: 'html', jobs: 1, threshold: 0.5, write: (t) => log.push(t), interactive: false });
    expect(result.ok).toBe(true);
    const summary = (result as { value: BatchSummary }).value;
    expect(summary.issues.map((i) => i.ok)).toEqual([true, true, true]);
    const outputs = summary.issues.flatMap((i) => i.outputs ?? []);
    expect(new Set(outputs).size).toBe(3);
    expect(await readFile(join(out, 'a', 'x.html'), 'utf8')).toContain('甲地的新闻标题');
    expect(await readFile(join(out, 'b', 'x.html'), 'utf8')).toContain('乙地的新闻标题');
    expect(await readFile(join(out, 'batch-report (2).html'), 'utf8')).toContain('名叫报告的一期');
    expect(await readFile(join(out, 'batch-report.html'), 'utf8')).toContain('Galley batch report');
    expect(await readdir(join(out, 'a'))).not.toContain(leftover);
  });

  it('refuses --out onto the inputs before any work, and says when --jobs is more than the cores', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), issue('第一期'));
    await writeFile(join(dir, 'b.txt'), issue('第二期'));
    const io = capture();
    expect(await runBatchCommand([dir, '--out', dir, '--format', 'txt', '--jobs', '999'], io)).toBe(1);
    expect(io.stderr()).toMatch(/--jobs 999 is more than the \d+ cores here; using \d+/);
    expect(io.stderr()).toContain('would replace the input');
    expect(io.stderr()).toContain('--force');
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe(issue('第一期'));
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'b.txt']);
  });

  it('fails fast with the reason when the destination cannot be written', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'a.txt'), issue('第一期'));
    const out = join(dir, 'out');
    setFaultHook((op, path) => (op === 'open' && path.startsWith(out) ? 'EROFS' : null));
    const log: string[] = [];
    const result = await runBatch({ target: dir, outDir: out, format: 'json', jobs: 1, threshold: 0.5, write: (t) => log.push(t), interactive: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(!result.ok && result.error.message).toContain('the disk is read-only');
    // Not one issue was attempted.
    expect(log).toEqual([]);
  });

  it('prints why each issue failed on its progress line', () => {
    const lines: string[] = [];
    const progress = createProgress(2, (t) => lines.push(t), false, () => 0);
    progress.tick('/in/a.txt', false, 'a.txt: not saved (the disk is read-only)');
    expect(lines[0]).toContain('FAILED /in/a.txt: a.txt: not saved (the disk is read-only)');
  });

  it('links the report’s outputs as inert relative links, whatever the file names', () => {
    const outDir = '/out';
    const summary: BatchSummary = {
      startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:00:01.000Z', format: 'json', jobs: 1, total: 1, succeeded: 1,
      failed: 0, skippedUpToDate: 0, megabytes: 0, seconds: 1,
      issues: [{ input: '/in/javascript:alert(1).txt', ok: true, outputs: ['/out/javascript:alert(1).galley.json', '/out/sub/a b#c?.json'] }],
    };
    const html = renderBatchSummaryHtml(summary, outDir);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['./javascript%3Aalert(1).galley.json', './sub/a%20b%23c%3F.json']);
    expect(html).toContain("default-src 'none'");
  });
});
