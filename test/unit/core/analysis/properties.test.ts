import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyThreshold, repairIssue } from '../../../../src/core/analysis/repair-issue';
import { allParagraphs, isSourceHeldBy } from '../../../../src/core/document/source-coverage';
import { testLexicon } from './test-lexicon';

/** These tests check what the engine proposes: every suggestion applied, as if the editor accepted all. */
const APPLY_ALL = applyThreshold('all');

// Pieces of newspaper text: words, punctuation, brackets, markers, indents and line breaks.
const token = fc.constantFrom(
  '中国', '发展', '归根', '结底', '的', '。', '，', '、', '：', '“', '”', '（', '）', '（记者 张三）', '本报讯',
  '（下转第2版）', '(上接第1版)', '第 3 版', '一是', '六是', '创新高。', '\n', '\n\n', '\u3000\u3000', ' ',
  'The ', 'infor-', 'mation ', 'By Jane Smith', 'Page 3', '. ', '***', '图为', '摄）',
);
const issueText = fc.array(token, { maxLength: 300 }).map((t) => t.join(''));

describe('analysis properties', () => {
  it('never throws and never loses a source character', () => {
    fc.assert(
      fc.property(issueText, (text) => {
        const { doc } = repairIssue(text, testLexicon, APPLY_ALL);
        const whole = { id: 'all', pieces: [{ kind: 'source' as const, start: 0, end: text.length }] };
        expect(isSourceHeldBy(text, whole, allParagraphs(doc))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every suggestion a confidence in [0, 1]', () => {
    fc.assert(
      fc.property(issueText, (text) => {
        for (const s of repairIssue(text, testLexicon, APPLY_ALL).analysis.suggestions) {
          expect(s.confidence).toBeGreaterThanOrEqual(0);
          expect(s.confidence).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
