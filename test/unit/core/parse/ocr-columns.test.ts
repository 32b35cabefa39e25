import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/parse/parse-issue';
import { analyzeIssue } from '../../../../src/core/analysis/analyze-issue';
import { repairIssue } from '../../../../src/core/analysis/repair-issue';
import { toScorerJson } from '../../../../src/core/export/scorer-json';
import { parseCompactLexicon, encodeCompactEn, encodeCompactZh } from '../../../../src/core/lexicon/lexicon';

/** English words the hyphen rule looks up (hand-picked for these texts). */
const lexicon = parseCompactLexicon(encodeCompactZh([]), encodeCompactEn(['chairman', 'declares', 'river', 'well', 'known', 'bridge', 'council', 'committee', 'the', 'a']));

// A hand-made OCR'd front page: masthead, a head stack (title-case kicker, capital headline, a deck),
// a wire credit, a dateline, line-end hyphens (ASCII and soft), a jump line split over two lines, scan
// noise, and a second article with a one-line capital head.
const page = [
  'THE RIVERTON COURIER',
  'FORTY-FIRST YEAR',
  'RIVERTON, OHIO, MONDAY MORNING, MAY 3, 1915.',
  'PRICE TWO CENTS',
  'Mayor Hale Opens the',
  'New Stone Bridge.',
  'CROWDS LINE THE',
  'RIVER BANKS',
  'Council Votes Funds for a Second',
  'Span Before the Autumn Floods.',
  'Courier Special Leased Wire',
  'RIVERTON, May 2.—The new stone',
  'bridge over the river was opened',
  'this afternoon by Mayor Hale, who',
  'cut the ribbon before a crowd of',
  'nearly four thousand people. The chair-',
  'man of the works committee spoke',
  'of the long delays.',
  'The bridge took two years to build',
  'and cost the city more than sixty',
  'thousand dollars. It is a well-',
  'known fact that the old wooden',
  'bridge had been unsafe for years.',
  'The mayor de\u00ad',
  'clares the work a credit to the',
  'men who built it and to the city',
  'that paid for it without a loan.',
  'A Second Span.',
  'The council last night voted the',
  'money for a second span to be',
  'built before the autumn floods',
  'reach the lower part of the town.',
  '(Continued on',
  'Page Two)',
  'y',
  'FIRE AT THE MILL',
  'RIVERTON, May 2.—Fire broke out',
  'in the old flour mill on Water',
  'street early this morning, and',
  'the building was badly damaged',
  'before the firemen arrived. No',
  'one was hurt in the blaze.',
  'The owner said he would rebuild',
  'the mill as soon as the insur-',
  'ance company had paid his claim.',
].join('\n');

describe('OCR columns', () => {
  const parsed = parseIssue(page);

  it('is recognised as OCR columns', () => {
    expect(parsed.layout).toBe('ocr-columns');
  });

  it('reads the head stack as kicker, headline and one subheadline, under the layout', () => {
    const heads = parsed.blocks.filter((b) => b.hint === 'kicker' || b.hint === 'headline' || b.hint === 'subheadline').map((b) => [b.hint, b.text]);
    expect(heads.slice(0, 3)).toEqual([
      ['kicker', 'Mayor Hale Opens the New Stone Bridge.'],
      ['headline', 'CROWDS LINE THE RIVER BANKS'],
      ['subheadline', 'Council Votes Funds for a Second Span Before the Autumn Floods.'],
    ]);
    expect(heads[3]).toEqual(['headline', 'FIRE AT THE MILL']);
  });

  it('repairs the page: furniture, the split jump line and noise removed, hyphens joined, paragraphs whole', () => {
    const out = toScorerJson(repairIssue(page, lexicon, 0).doc);
    expect(out.articles.map((a) => [a.kicker, a.headline, a.byline])).toEqual([
      ['Mayor Hale Opens the New Stone Bridge.', 'CROWDS LINE THE RIVER BANKS', 'Courier Special Leased Wire'],
      [null, 'FIRE AT THE MILL', null],
    ]);
    const first = out.articles[0].paragraphs;
    // The dateline stays at the start of the first paragraph; a short sentence-final line ends one.
    expect(first[0]).toMatch(/^RIVERTON, May 2\.—The new stone bridge/);
    expect(first[0]).toContain('chairman of the works');
    expect(first[1]).toContain('well-known fact');
    expect(first[1].replace(/\u00ad/g, '')).toContain('The mayor declares the work');
    expect(first).toContain('A Second Span.');
    expect(out.articles[1].paragraphs[1]).toContain('insurance company');
    expect(out.removed).toEqual(expect.arrayContaining(['THE RIVERTON COURIER', 'PRICE TWO CENTS', 'y']));
    expect(out.removed.some((r) => /Continued on\s+Page Two\)/.test(r))).toBe(true);
  });

  it('gives each new removal its own basis tag', () => {
    const bases = analyzeIssue(page, lexicon).suggestions.map((s) => s.basis);
    expect(bases).toEqual(expect.arrayContaining(['remove:ocr-noise', 'remove:masthead-zone', 'join:line-end-hyphen']));
  });
});

describe('not OCR columns', () => {
  it('leaves text with blank lines between paragraphs to the other readers', () => {
    const text = Array.from({ length: 30 }, (_, k) => `Paragraph ${k} is a line of ordinary text that goes on-\nward.\n`).join('\n');
    expect(parseIssue(text).layout).not.toBe('ocr-columns');
  });
});
