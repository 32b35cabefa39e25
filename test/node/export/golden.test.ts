import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportIssue } from '../../../src/core/export/export-issue';
import { exportFormats, formatExtension } from '../../../src/core/export/export-format';
import { fixedNow } from '../../unit/core/export/fixtures';
import { sampleDocument } from '../../unit/core/export/sample-document';
import { repoRoot } from './standards-helpers';

// Goldens come from a fixed document (sample blocks + fixed commands), not from analysis, so they
// change only when an exporter does. Regenerate with UPDATE_GOLDEN=1 and review the diff.
const update = process.env.UPDATE_GOLDEN === '1';
const goldenDir = join(repoRoot, 'test/golden/export');
const sample = readFileSync(join(repoRoot, 'resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8');

describe('golden exports of the sample issue', () => {
  const doc = sampleDocument(sample);

  it.each(exportFormats)('%s', (format) => {
    const [file] = exportIssue(doc, format, { perArticle: false, now: fixedNow });
    const path = join(goldenDir, `sample.${formatExtension(format)}`);
    const actual = typeof file.data === 'string' ? Buffer.from(file.data, 'utf8') : Buffer.from(file.data);
    if (update || !existsSync(path)) {
      if (!update) throw new Error(`${path} is missing: run with UPDATE_GOLDEN=1 to create it`);
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, actual);
    }
    const expected = readFileSync(path);
    if (typeof file.data === 'string') expect(actual.toString('utf8')).toBe(expected.toString('utf8'));
    else expect(actual.equals(expected)).toBe(true);
  });

  it('the sample document has the seven articles the commands make', () => {
    expect(doc.articles.map((a) => a.id)).toEqual(['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6']);
    expect(doc.removed.map((r) => r.id)).toEqual(['r1']);
  });
});
