import { mkdtemp, rm, writeFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../src/cli/main';
import type { CliIo } from '../../../src/cli/io';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');

function capture(): CliIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    interactive: false,
    stdout: () => out,
    stderr: () => err,
  };
}

describe('galley CLI', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'galley-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the 67 blocks of the sample issue with source ranges', async () => {
    const io = capture();
    expect(await main(['blocks', sample], io)).toBe(0);
    const parsed = JSON.parse(io.stdout()) as { blocks: { start: number; end: number; text: string }[] };
    expect(parsed.blocks).toHaveLength(67);
    expect(parsed.blocks[0].text).toBe('奋发有为 推动高质量发展');
    for (const block of parsed.blocks) expect(block.end).toBeGreaterThan(block.start);
  });

  it('exits 1 with a one-line message naming a missing file', async () => {
    const io = capture();
    expect(await main(['blocks', join(dir, 'missing.txt')], io)).toBe(1);
    expect(io.stderr().trim().split('\n')).toHaveLength(1);
    expect(io.stderr()).toContain('missing.txt');
  });

  it('exits 1 for a folder and for a binary file', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    const binary = join(dir, 'image.txt');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]));
    for (const path of [folder, binary]) {
      const io = capture();
      expect(await main(['blocks', path], io)).toBe(1);
      expect(io.stderr()).toMatch(/folder|binary|not a text file/);
    }
  });

  it('exits 2 on bad usage and prints help on --help', async () => {
    expect(await main(['blocks'], capture())).toBe(2);
    expect(await main(['nonsense'], capture())).toBe(2);
    expect(await main(['blocks', sample, '--bogus'], capture())).toBe(2);
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout()).toContain('galley <command>');
  });

  it('runs as the installed bin with no build step', () => {
    const result = spawnSync(process.execPath, ['bin/galley.mjs', 'blocks', sample], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).blocks).toHaveLength(67);
  });

  it('fix writes Markdown to standard output and refuses a binary format without --out', async () => {
    const io = capture();
    expect(await main(['fix', sample, '--format', 'md', '--apply', 'all'], io)).toBe(0);
    expect(io.stdout()).toMatch(/^#+ .*热力图/m);
    expect(await main(['fix', sample, '--format', 'docx'], capture())).toBe(2);
    expect(await main(['fix', sample, '--format', 'pdf'], capture())).toBe(2);
  });

  it('fix --per-article writes one file per article into the folder', async () => {
    const folder = join(dir, 'articles');
    const io = capture();
    expect(await main(['fix', sample, '--format', 'html', '--apply', 'all', '--per-article', '--out', folder], io)).toBe(0);
    const names = await readdir(folder);
    expect(names.length).toBe(7);
    for (const name of names) expect(name).toMatch(/\.html$/);
    const one = await readFile(join(folder, names[0]), 'utf8');
    expect(one).toContain('<html');
  });
});
