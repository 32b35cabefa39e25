import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAnalyzeCommand } from '../../../src/cli/commands/analyze';
import { runFixCommand } from '../../../src/cli/commands/fix';
import type { CliIo } from '../../../src/cli/io';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, stdout: () => out, stderr: () => err };
}

const issue = [
  '第一条新闻的标题',
  '本报讯（记者 张三）今天上午，市里召开会议，研究推动市级政',
  '务服务平台建设工作。会议指出，要把服务落到实处。',
  '第 3 版',
  '第二条新闻的标题',
  '第二条新闻的第一段文字，讲述了项目的进展。',
].join('\n\n');

describe('galley fix and galley analyze', () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-fix-'));
    file = join(dir, 'issue.txt');
    await writeFile(file, issue);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the scorer JSON to --out, with every suggestion applied under --apply all', async () => {
    const out = join(dir, 'issue.json');
    const io = capture();
    expect(await runFixCommand([file, '--format', 'json', '--apply', 'all', '--out', out], io)).toBe(0);
    const json = JSON.parse(await readFile(out, 'utf8')) as { articles: { headline: string; paragraphs: string[] }[]; removed: string[] };
    expect(json.articles.map((a) => a.headline)).toEqual(['第一条新闻的标题', '第二条新闻的标题']);
    expect(json.articles[0].paragraphs[0]).toContain('市级政务服务平台');
    expect(json.removed).toContain('第 3 版');
  });

  it('applies only the confident changes by default and lists the rest, with confidences, in Galley JSON', async () => {
    const run = async (apply: string[]): Promise<{ articles: { headline: string | null }[]; galley: { pending: { basis: string; confidence: number }[] } }> => {
      const out = join(dir, `issue-${apply.join('-') || 'default'}.json`);
      expect(await runFixCommand([file, '--format', 'json', ...apply, '--out', out], capture())).toBe(0);
      return JSON.parse(await readFile(out, 'utf8')) as Awaited<ReturnType<typeof run>>;
    };
    const all = await run(['--apply', 'all']);
    const none = await run(['--apply', 'none']);
    const confident = await run([]);
    expect(all.galley.pending).toEqual([]);
    expect(none.articles).toHaveLength(1);
    expect(none.articles[0].headline).toBeNull();
    // Whatever is pending by default was measured below the automatic threshold.
    expect(confident.galley.pending.length).toBeGreaterThan(0);
    for (const s of confident.galley.pending) expect(s.confidence).toBeLessThan(0.99);
    expect(confident.galley.pending.length).toBeLessThanOrEqual(none.galley.pending.length);
    await expect(runFixCommand([file, '--apply', 'some'], capture())).rejects.toThrow(/unknown --apply/);
  });

  it('prints plain text to standard output without --out', async () => {
    const io = capture();
    expect(await runFixCommand([file, '--format', 'txt'], io)).toBe(0);
    expect(io.stdout()).toContain('第二条新闻的标题');
  });

  it('reports a missing file as an input error and an unknown format as a usage error', async () => {
    const io = capture();
    expect(await runFixCommand([join(dir, 'missing.txt')], io)).toBe(1);
    expect(io.stderr()).toContain('missing.txt');
    await expect(runFixCommand([file, '--format', 'pdf'], capture())).rejects.toThrow(/unknown format/);
  });

  it('lists suggestions with confidence and reasons, as a table or JSON', async () => {
    const table = capture();
    expect(await runAnalyzeCommand([file], table)).toBe(0);
    expect(table.stdout()).toMatch(/join-broken-paragraph\tjoin:mid-word\t[01]\.\d{3}\tjoin/);
    const json = capture();
    expect(await runAnalyzeCommand([file, '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.stdout()) as { suggestions: { confidence: number; reason: { zh: string; en: string } }[] };
    expect(parsed.suggestions.length).toBeGreaterThan(3);
    for (const s of parsed.suggestions) expect(s.reason.en).not.toBe('');
  });
});
