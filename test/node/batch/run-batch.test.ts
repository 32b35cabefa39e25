import { copyFile, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../../src/node/batch/run-batch';
import { globToRegExp } from '../../../src/node/batch/find-issues';
import type { BatchSummary } from '../../../src/node/batch/batch-types';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

describe('galley batch', () => {
  let dir: string;
  let input: string;
  let out: string;
  const log: string[] = [];
  const run = async (): Promise<BatchSummary> => {
    const result = await runBatch({ target: input, outDir: out, format: 'json', jobs: 2, threshold: 0.5, write: (t) => log.push(t), interactive: false });
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-batch-'));
    input = join(dir, 'in');
    out = join(dir, 'out');
    await import('node:fs/promises').then((fs) => fs.mkdir(input));
    await copyFile(sample, join(input, 'a-sample.txt'));
    await writeFile(join(input, 'b-english.txt'), 'Council Approves New Bridge\n\nBy Jane Smith\n\nThe city council voted on Tuesday to build a new bridge across the river.\n\nWork starts in May and should take two years.\n');
    await writeFile(join(input, 'c-broken.txt'), Buffer.from([0x00, 0x01, 0x02, 0x03, 0xff, 0x00]));
    await writeFile(join(input, 'notes.md'), '# not an issue');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('repairs every issue, reports a bad file without aborting, and writes JSON and HTML summaries', async () => {
    const summary = await run();
    expect(summary.total).toBe(3);
    expect(summary.succeeded).toBe(2);
    expect(summary.failed).toBe(1);
    const broken = summary.issues.find((i) => i.input.endsWith('c-broken.txt'));
    expect(broken?.error).toContain('c-broken.txt');
    const repaired = JSON.parse(await readFile(join(out, 'a-sample.galley.json'), 'utf8')) as { articles: { headline: string | null }[] };
    expect(repaired.articles.length).toBeGreaterThan(1);
    const report = JSON.parse(await readFile(join(out, 'a-sample.report.json'), 'utf8')) as { articles: number; encoding: string };
    expect(report.articles).toBe(repaired.articles.length);
    expect(report.encoding).toBe('utf-8');
    const html = await readFile(join(out, 'batch-report.html'), 'utf8');
    expect(html).toContain('a-sample.txt');
    expect(html).toContain('failed');
    expect(log.some((line) => line.includes('3/3 100%'))).toBe(true);
  });

  it('skips issues whose outputs are up to date and redoes a changed one', async () => {
    const again = await run();
    expect(again.skippedUpToDate).toBe(2);
    const later = new Date(Date.now() + 5000);
    await utimes(join(input, 'b-english.txt'), later, later);
    const third = await run();
    expect(third.skippedUpToDate).toBe(1);
    expect(third.succeeded).toBe(1);
  });

  it('matches globs by path segment', () => {
    expect(globToRegExp('*.txt').test('a.txt')).toBe(true);
    expect(globToRegExp('*.txt').test('sub/a.txt')).toBe(false);
    expect(globToRegExp('**/*.txt').test('sub/deeper/a.txt')).toBe(true);
    expect(globToRegExp('zh-0?.txt').test('zh-07.txt')).toBe(true);
  });
});
