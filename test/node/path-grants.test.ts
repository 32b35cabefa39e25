// The rules of the path guard, one by one (main and the harness both apply them).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPathGrants } from '../../src/node/path-grants';

describe('path grants', () => {
  it('reads only granted files and the files directly inside granted folders', () => {
    const grants = createPathGrants();
    grants.grantFile('/home/u/a.txt');
    grants.grantFolder('/home/u/issues');
    expect(grants.mayRead('/home/u/a.txt')).toBe(true);
    expect(grants.mayRead('/home/u/issues/day-1.txt')).toBe(true);
    expect(grants.mayRead('/home/u/issues/sub/day-1.txt')).toBe(false);
    expect(grants.mayRead('/home/u/b.txt')).toBe(false);
    expect(grants.mayRead('/home/u/issues/../b.txt')).toBe(false);
    expect(grants.mayList('/home/u/issues')).toBe(true);
    expect(grants.mayList('/home/u')).toBe(false);
  });

  it('a tree grant (the harness) reaches sub-folders but not beside the root', () => {
    const grants = createPathGrants();
    grants.grantFolder('/srv/run', true);
    expect(grants.mayRead('/srv/run/deep/er/x.txt')).toBe(true);
    expect(grants.mayList('/srv/run/deep')).toBe(true);
    expect(grants.mayRead('/srv/running/x.txt')).toBe(false);
  });

  it('writes exports where the user chose or beside an opened issue, never over an input or Galley’s own files', () => {
    const grants = createPathGrants();
    const issue = join('/home/u/issues', 'day-1.txt');
    grants.noteOpened(issue);
    grants.grantSaveTarget('/elsewhere/chosen.md');
    expect(grants.isOpened(issue)).toBe(true);
    expect(grants.mayWriteExport('/home/u/issues/day-1.repaired.md')).toBe(true);
    expect(grants.mayWriteExport('/elsewhere/chosen.md')).toBe(true);
    expect(grants.mayWriteExport('/elsewhere/other.md')).toBe(false);
    expect(grants.mayWriteExport(issue)).toBe(false);
    expect(grants.mayWriteExport(`${issue}.galley.json`)).toBe(false);
    expect(grants.mayWriteExport('/home/u/issues/.galley-workspace.json')).toBe(false);
    expect(grants.mayWriteExport('/home/u/issues/2023-05-27 标题.galley.json')).toBe(true);
    expect(grants.mayWriteInto('/home/u/issues')).toBe(true);
    expect(grants.mayWriteInto('/etc')).toBe(false);
  });
});
