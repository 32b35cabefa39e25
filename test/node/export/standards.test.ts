import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { exportIssue } from '../../../src/core/export/export-issue';
import { exportFormats } from '../../../src/core/export/export-format';
import type { IssueDocument } from '../../../src/core/model';
import { enDocument, fixedNow, zhDocument } from '../../unit/core/export/fixtures';
import { sampleDocument } from '../../unit/core/export/sample-document';
import { unzipStored } from '../../unit/core/export/unzip-stored';
import { extractNitf, haveStandards, haveXmllint, ninjsValidator, reportSkip, repoRoot, sofficePath, validateXsd, xmllint } from './standards-helpers';

const work = mkdtempSync(join(tmpdir(), 'galley-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const sample = readFileSync(join(repoRoot, 'resources/samples/shuozhou-daily-2023-05-27.txt'), 'utf8');
const documents: ReadonlyArray<readonly [string, () => IssueDocument]> = [
  ['zh', zhDocument],
  ['en', enDocument],
  ['sample', () => sampleDocument(sample)],
];

function textOf(data: string | Uint8Array): string {
  return typeof data === 'string' ? data : new TextDecoder().decode(data);
}

let counter = 0;
function tempFile(content: string | Uint8Array, name: string): string {
  const path = join(work, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

if (!haveStandards) reportSkip('ninjs and NewsML-G2 schema validation', '../shared/standards is absent');
if (!haveXmllint) reportSkip('XML validation', 'xmllint is not installed (Debian libxml2-utils)');

describe.skipIf(!haveStandards)('ninjs 2.2 schema', () => {
  const validate = haveStandards ? ninjsValidator() : () => [];

  it('the validator is live: it rejects what the schema forbids', () => {
    expect(validate({ uri: 'urn:x:y', bogus: 1 })).not.toEqual([]);
    expect(validate({ uri: 'urn:x:y', headlines: [{ role: 'main' }] })).not.toEqual([]);
    expect(validate({ uri: 'urn:x:y', type: 'text', versioncreated: 'yesterday' })).not.toEqual([]);
    expect(validate({ uri: 'urn:x:y' })).toEqual([]);
  });

  it.each(documents)('%s: the issue package and every article item validate', (_name, make) => {
    const doc = make();
    for (const perArticle of [false, true]) {
      const files = exportIssue(doc, 'ninjs', { perArticle, now: fixedNow });
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(validate(JSON.parse(textOf(file.data)))).toEqual([]);
    }
  });
});

describe.skipIf(!haveStandards || !haveXmllint)('NewsML-G2 2.35 and NITF 3.6 schemas (xmllint)', () => {
  const newsml = 'newsml-g2/NewsML-G2_2.35-spec-All-Power.xsd';
  const nitf = 'newsml-g2/nitf-3-6.xsd';

  it('the validation is live: a misplaced element fails', () => {
    const good = textOf(exportIssue(zhDocument(), 'newsml', { perArticle: true, now: fixedNow })[0].data);
    expect(validateXsd(tempFile(good, 'good.xml'), newsml)).toBe('');
    const bad = good.replace('<language ', '<bogus/><language ');
    expect(validateXsd(tempFile(bad, 'bad.xml'), newsml)).toMatch(/bogus/);
    const badNitf = extractNitf(good)[0].replace('<body.content>', '<body.content><hl1>x</hl1>');
    expect(validateXsd(tempFile(badNitf, 'bad-nitf.xml'), nitf)).not.toBe('');
  });

  it.each(documents)('%s: the newsMessage, every newsItem and every NITF body validate', (_name, make) => {
    const doc = make();
    for (const perArticle of [false, true]) {
      for (const file of exportIssue(doc, 'newsml', { perArticle, now: fixedNow })) {
        const xml = textOf(file.data);
        expect(validateXsd(tempFile(xml, 'item.xml'), newsml)).toBe('');
        const bodies = extractNitf(xml);
        expect(bodies.length).toBe(perArticle ? 1 : doc.articles.length);
        for (const body of bodies) expect(validateXsd(tempFile(body, 'nitf.xml'), nitf)).toBe('');
      }
    }
  });
});

describe.skipIf(!haveXmllint)('HTML and DOCX read back', () => {
  // libxml2's HTML parser predates HTML5 and calls its elements invalid; anything else it reports counts.
  const html5Tags = /Tag (article|header|figure|figcaption) invalid/;

  it.each(documents)('%s: HTML is well-formed XML and parses as HTML without errors', (_name, make) => {
    for (const perArticle of [false, true]) {
      for (const file of exportIssue(make(), 'html', { perArticle, now: fixedNow })) {
        const path = tempFile(file.data, 'page.html');
        expect(xmllint(['--noout', '--nonet', path])).toEqual({ status: 0, stderr: '' });
        const html = xmllint(['--html', '--noout', '--nonet', path]);
        const complaints = html.stderr.split('\n').filter((line) => /error/.test(line) && !html5Tags.test(line));
        expect(complaints).toEqual([]);
      }
    }
  });

  it.each(documents)('%s: DOCX unzips and every XML part is well-formed', (_name, make) => {
    for (const perArticle of [false, true]) {
      for (const file of exportIssue(make(), 'docx', { perArticle, now: fixedNow })) {
        if (!(file.data instanceof Uint8Array)) throw new Error('DOCX must be bytes');
        const entries = unzipStored(file.data);
        expect(entries.length).toBe(6);
        for (const entry of entries) {
          expect(xmllint(['--noout', '--nonet', tempFile(entry.data, 'part.xml')])).toEqual({ status: 0, stderr: '' });
        }
      }
    }
  });

  it('DOCX opens in LibreOffice where installed, text intact', () => {
    const soffice = sofficePath();
    if (soffice === null) {
      reportSkip('DOCX conversion check', 'LibreOffice is not installed');
      return;
    }
    for (const [make, expected] of [
      [zhDocument, ['城市更新让老街焕发新生', '图片说明：平江路一景']],
      [enDocument, ['Council Approves New Library', '<b>Tom & "Jerry"</b>']],
    ] as const) {
      const file = exportIssue(make(), 'docx', { perArticle: false, now: fixedNow })[0];
      const path = tempFile(file.data, 'issue.docx');
      const result = spawnSync(soffice, ['--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', work, path], { encoding: 'utf8', timeout: 120_000 });
      expect(result.status).toBe(0);
      const text = readFileSync(path.replace(/\.docx$/, '.txt'), 'utf8');
      for (const part of expected) expect(text).toContain(part);
    }
  }, 240_000);
});

describe('every format exports every fixture', () => {
  it.each(documents)('%s', (_name, make) => {
    for (const format of exportFormats) {
      for (const file of exportIssue(make(), format, { perArticle: false, now: fixedNow })) expect(file.data.length).toBeGreaterThan(0);
    }
  });
});
