import { spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const sample = resolve('resources/samples/shuozhou-daily-2023-05-27.txt');
const stampFile = resolve('out/cli/stamp.json');
const bundle = resolve('out/cli/galley.mjs');

/** Run `galley blocks` on the sample as a user does; returns its exit status. */
function runGalley(): number | null {
  return spawnSync(process.execPath, [resolve('bin/galley.mjs'), 'blocks', sample], { stdio: 'ignore' }).status;
}

describe('the galley command runs a prebuilt bundle', () => {
  it('builds it when missing or stale, with a stamp of every source it was built from, and rebuilds it when a source changes', async () => {
    expect(runGalley()).toBe(0);
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as { inputs: Record<string, [number, number]> };
    // Everything the command is made of, and nothing from node_modules.
    expect(Object.keys(stamp.inputs)).toEqual(expect.arrayContaining(['src/cli/main.ts', 'src/core/document/apply.ts', 'src/node/open-issue.ts', 'package.json']));
    expect(Object.keys(stamp.inputs).some((path) => path.startsWith('node_modules'))).toBe(false);
    const { isBundleFresh } = await import('../../../bin/cli-bundle.mjs');
    expect(isBundleFresh()).toBe(true);

    // A source whose size no longer matches (as after an edit or a checkout): the next run rebuilds.
    const built = statSync(bundle).mtimeMs;
    stamp.inputs['src/cli/main.ts'] = [stamp.inputs['src/cli/main.ts'][0] + 1, stamp.inputs['src/cli/main.ts'][1]];
    writeFileSync(stampFile, JSON.stringify(stamp));
    expect(isBundleFresh()).toBe(false);
    expect(runGalley()).toBe(0);
    expect(isBundleFresh()).toBe(true);
    expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
  });
});
