// `galley fix` refuses to write over its own input, refuses an empty path, names NUL bytes, and lets
// --max-size lift the 50 MB limit the app lifts with its prompt.
import { link, readFile, readdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFixCommand } from '../../../src/cli/commands/fix';
import type { CliIo } from '../../../src/cli/io';
import { main } from '../../../src/cli/main';
import { tempDir } from '../helpers/temp-dir';

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), interactive: false, stdout: () => out, stderr: () => err };
}

const issue = '第一条新闻的标题\n\n本报讯 今天上午，市里召开会议，研究推动市级政\n\n务服务平台建设工作。\n';

describe('galley fix hardening', () => {
  it('refuses --out onto the input (also through a hard link) and leaves it untouched', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.txt');
    await writeFile(file, issue);
    const io = capture();
    expect(await runFixCommand([file, '--format', 'txt', '--out', file], io)).toBe(1);
    expect(io.stderr()).toContain('is the input itself');
    const alias = join(dir, 'alias.txt');
    await link(file, alias);
    expect(await runFixCommand([file, '--format', 'txt', '--out', alias], capture())).toBe(1);
    expect(await readFile(file, 'utf8')).toBe(issue);
  });

  it('replaces the input only with --force', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.txt');
    await writeFile(file, issue);
    expect(await runFixCommand([file, '--format', 'txt', '--out', file, '--force'], capture())).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('市级政务服务平台');
  });

  it('refuses an empty path instead of taking the current folder', async () => {
    const io = capture();
    expect(await main(['fix', ''], io)).toBe(2);
    expect(io.stderr()).toContain('empty path');
    const out = capture();
    expect(await main(['batch', '.', '--out', ''], out)).toBe(2);
    expect(out.stderr()).toContain('--out is an empty path');
  });

  it('warns about NUL bytes past the binary probe', async () => {
    const dir = await tempDir();
    const file = join(dir, 'nul.txt');
    await writeFile(file, `${issue}${'正文。'.repeat(200)}\n\u0000坏了\n`);
    const io = capture();
    expect(await runFixCommand([file, '--format', 'json', '--out', join(dir, 'nul.json')], io)).toBe(0);
    expect(io.stderr()).toMatch(/warning: nul\.txt: NUL characters on line \d+/);
  });

  it('names --max-size when a file is over the limit, and --max-size lifts it', async () => {
    const dir = await tempDir();
    const big = join(dir, 'big.txt');
    await writeFile(big, issue);
    // Sparse: 60 MB on paper, nothing on the disk. Past the size check it reads as zeros, i.e. binary.
    await truncate(big, 60 * 1024 * 1024);
    const refused = capture();
    expect(await runFixCommand([big, '--format', 'txt', '--out', join(dir, 'out.txt')], refused)).toBe(1);
    expect(refused.stderr()).toContain('add --max-size 60MB');
    const lifted = capture();
    expect(await runFixCommand([big, '--format', 'txt', '--out', join(dir, 'out.txt'), '--max-size', '60MB'], lifted)).toBe(1);
    expect(lifted.stderr()).not.toContain('limit');
    expect(lifted.stderr()).toContain('not a text file');
    const usage = capture();
    expect(await main(['fix', big, '--max-size', 'lots'], usage)).toBe(2);
    expect(await readdir(dir)).toEqual(['big.txt']);
  });
});
