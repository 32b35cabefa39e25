import { describe, expect, it } from 'vitest';
import { applyModeFromArgv, startupPathFromArgv } from '../../../src/main/startup-path';

describe('startupPathFromArgv', () => {
  it('takes the first non-switch argument after the app, resolved against cwd', () => {
    expect(startupPathFromArgv(['electron', 'out/main/index.js', '--inspect', 'issue.txt'], false, '/work')).toBe('/work/issue.txt');
    expect(startupPathFromArgv(['Galley', '/abs/issue.txt'], true, '/work')).toBe('/abs/issue.txt');
  });
  it('returns null when nothing is given (the sample opens)', () => {
    expect(startupPathFromArgv(['electron', '.'], false, '/work')).toBeNull();
    expect(startupPathFromArgv(['Galley', '--no-sandbox'], true, '/work')).toBeNull();
  });
});

describe('applyModeFromArgv', () => {
  it('reads --apply=all|none|confident and ignores anything else', () => {
    expect(applyModeFromArgv(['Galley', '--apply=all', 'issue.txt'])).toBe('all');
    expect(applyModeFromArgv(['Galley', '--apply=none'])).toBe('none');
    expect(applyModeFromArgv(['Galley', '--apply=most', 'issue.txt'])).toBeNull();
    expect(applyModeFromArgv(['Galley', 'issue.txt'])).toBeNull();
  });
  it('is not mistaken for the issue to open', () => {
    expect(startupPathFromArgv(['Galley', '--apply=all', '/abs/issue.txt'], true, '/work')).toBe('/abs/issue.txt');
  });
});
