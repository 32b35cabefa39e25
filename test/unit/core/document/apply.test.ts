import { describe, expect, it } from 'vitest';
import type { BlockRole, Command, IssueDocument } from '../../../../src/core';
import { applyCommand, locateParagraph, paragraphText } from '../../../../src/core';
import {
  bodyOf,
  docOf,
  enIssue,
  fieldText,
  idsOf,
  offsetOf,
  removedTexts,
  run,
  runAll,
  skipped,
  testReason,
  textOf,
  zhIssue,
} from './fixtures';

const zh = docOf(zhIssue);
const en = docOf(enIssue);

function removeText(paragraph: string, start: number, end: number, removalId = 'x1'): Command {
  return { kind: 'remove-text', paragraph, start, end, removal: 'page-furniture', reason: testReason, removalId };
}

/** zhIssue split into two articles: a0 = p0..p1, a1 = p2..p4. */
function twoArticles(): IssueDocument {
  return run(zh, { kind: 'split-article', at: 'p2', newArticle: 'a1' });
}

describe('the fixtures', () => {
  it('unwrap hard-wrapped lines: nothing between CJK, a space between Latin words, CRLF as one break', () => {
    expect(bodyOf(zh)).toEqual([
      '城市更新迎来新进展',
      '本报记者 李华',
      '今年以来，我市推进老旧小区改造，惠及居民两万余户。',
      '改造后的小区环境焕然一新。（李华）',
      '责任编辑：周明',
    ]);
    expect(textOf(en, 'p2')).toBe('The park, closed for two years of infor-mation gathering and repairs, reopened on Monday.');
  });
});

describe('remove-text', () => {
  it('takes a whole paragraph out into the removed pile with its kind and reason', () => {
    const block = zh.articles[0].paragraphs[4].pieces[0];
    if (block.kind !== 'source') throw new Error('fixture');
    const doc = run(zh, removeText('p4', block.start, block.end));
    expect(idsOf(doc)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(doc.removed).toEqual([
      { id: 'x1', paragraph: { id: 'x1', pieces: [{ kind: 'source', start: block.start, end: block.end }] }, kind: 'page-furniture', reason: testReason },
    ]);
  });

  it('takes part of a paragraph out and keeps the rest in place', () => {
    const start = offsetOf(zhIssue, '（李华）');
    const doc = run(zh, removeText('p3', start, start + 4));
    expect(bodyOf(doc)[3]).toBe('改造后的小区环境焕然一新。');
    expect(removedTexts(doc)).toEqual(['（李华）']);
  });

  it('cuts the middle of a paragraph into two kept pieces', () => {
    const start = offsetOf(zhIssue, '我市');
    const doc = run(zh, removeText('p2', start, start + 2));
    expect(textOf(doc, 'p2')).toBe('今年以来，推进老旧小区改造，惠及居民两万余户。');
    expect(locateParagraph(doc, 'p2')?.paragraph.pieces).toHaveLength(2);
  });

  it('cuts a range spanning two pieces of a joined paragraph', () => {
    const joined = run(zh, { kind: 'join', first: 'p2', second: 'p3' });
    const start = offsetOf(zhIssue, '两万余户');
    const end = offsetOf(zhIssue, '小区环境');
    const doc = run(joined, removeText('p2', start, end));
    expect(textOf(doc, 'p2')).toBe('今年以来，我市推进老旧小区改造，惠及居民小区环境焕然一新。（李华）');
    expect(doc.removed[0].paragraph.pieces).toHaveLength(2);
    expect(removedTexts(doc)).toEqual(['两万余户。改造后的']);
  });

  it('works on a head field and drops it when nothing is left', () => {
    const withHeadline = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    const doc = run(withHeadline, removeText('p0', 0, offsetOf(zhIssue, '\n')));
    expect(doc.articles[0].headline).toBeNull();
    expect(removedTexts(doc)).toEqual(['城市更新迎来新进展']);
  });

  it('is skipped for an empty, reversed, fractional or foreign range, a missing paragraph or a taken removal id', () => {
    expect(skipped(zh, removeText('p0', 3, 3))).toMatch(/empty/);
    expect(skipped(zh, removeText('p0', 4, 2))).toMatch(/empty/);
    expect(skipped(zh, removeText('p0', 0.5, 2))).toMatch(/source range/);
    expect(skipped(zh, removeText('p0', -1, 2))).toMatch(/source range/);
    expect(skipped(zh, removeText('p0', offsetOf(zhIssue, '李华'), offsetOf(zhIssue, '李华') + 1))).toMatch(/not in paragraph/);
    expect(skipped(zh, removeText('ghost', 0, 2))).toMatch(/not found/);
    const once = run(zh, removeText('p0', 0, 2, 'same'));
    expect(skipped(once, removeText('p1', offsetOf(zhIssue, '本报'), offsetOf(zhIssue, '本报') + 2, 'same'))).toMatch(/already exists/);
  });
});

describe('join', () => {
  it('appends the second paragraph without a separator (Chinese)', () => {
    const doc = run(zh, { kind: 'join', first: 'p2', second: 'p3' });
    expect(idsOf(doc)).toEqual(['p0', 'p1', 'p2', 'p4']);
    expect(textOf(doc, 'p2')).toBe('今年以来，我市推进老旧小区改造，惠及居民两万余户。改造后的小区环境焕然一新。（李华）');
  });

  it('puts a typed separator between English paragraphs', () => {
    const doc = run(en, { kind: 'join', first: 'p2', second: 'p3', separator: ' ' });
    expect(textOf(doc, 'p2')).toMatch(/Monday\. Visitors praised/);
    expect(locateParagraph(doc, 'p2')?.paragraph.pieces.map((p) => p.kind)).toEqual(['source', 'typed', 'source']);
  });

  it('takes the second paragraph from another article', () => {
    const doc = run(twoArticles(), { kind: 'join', first: 'p1', second: 'p3' });
    expect(idsOf(doc, 0)).toEqual(['p0', 'p1']);
    expect(idsOf(doc, 1)).toEqual(['p2', 'p4']);
    expect(textOf(doc, 'p1')).toBe('本报记者 李华改造后的小区环境焕然一新。（李华）');
  });

  it('is skipped for itself or a missing paragraph', () => {
    expect(skipped(zh, { kind: 'join', first: 'p1', second: 'p1' })).toMatch(/itself/);
    expect(skipped(zh, { kind: 'join', first: 'p1', second: 'ghost' })).toMatch(/not found/);
    expect(skipped(zh, { kind: 'join', first: 'ghost', second: 'p1' })).toMatch(/not found/);
  });
});

describe('split-paragraph', () => {
  it('splits at a character offset; the tail gets the new id and follows the head', () => {
    const doc = run(zh, { kind: 'split-paragraph', paragraph: 'p3', at: 13, newParagraph: 'n1' });
    expect(idsOf(doc)).toEqual(['p0', 'p1', 'p2', 'p3', 'n1', 'p4']);
    expect(textOf(doc, 'p3')).toBe('改造后的小区环境焕然一新。');
    expect(textOf(doc, 'n1')).toBe('（李华）');
  });

  it('splits across an unwrapped Chinese line break: the break belongs to neither half', () => {
    const at = '今年以来，我市推进老旧小区改造，'.length;
    const doc = run(zh, { kind: 'split-paragraph', paragraph: 'p2', at, newParagraph: 'n1' });
    expect(textOf(doc, 'p2')).toBe('今年以来，我市推进老旧小区改造，');
    expect(textOf(doc, 'n1')).toBe('惠及居民两万余户。');
    expect(locateParagraph(doc, 'n1')?.paragraph.pieces).toEqual([{ kind: 'source', start: offsetOf(zhIssue, '惠'), end: offsetOf(zhIssue, '。\n\n改造') + 1 }]);
  });

  it('splits at the space an English line break became (CRLF), dropping it at the edge', () => {
    const text = textOf(en, 'p2');
    const doc = run(en, { kind: 'split-paragraph', paragraph: 'p2', at: text.indexOf(' reopened'), newParagraph: 'n1' });
    expect(textOf(doc, 'p2')).toBe('The park, closed for two years of infor-mation gathering and repairs,');
    expect(textOf(doc, 'n1')).toBe('reopened on Monday.');
  });

  it('keeps the text of both halves when the cut leaves a hyphen before a break (property counterexample)', () => {
    const doc = run(docOf('well- \n “'), { kind: 'split-paragraph', paragraph: 'p0', at: 4, newParagraph: 'n1' });
    expect([textOf(doc, 'p0'), textOf(doc, 'n1')]).toEqual(['well', '-“']);
  });

  it('splits a joined paragraph at the join', () => {
    const joined = run(zh, { kind: 'join', first: 'p2', second: 'p3' });
    const doc = run(joined, { kind: 'split-paragraph', paragraph: 'p2', at: textOf(zh, 'p2').length, newParagraph: 'n1' });
    expect(locateParagraph(doc, 'p2')?.paragraph).toEqual(locateParagraph(zh, 'p2')?.paragraph);
    expect(locateParagraph(doc, 'n1')?.paragraph.pieces).toEqual(locateParagraph(zh, 'p3')?.paragraph.pieces);
  });

  it('does not bring back text removed from the middle of the paragraph (regression)', () => {
    const start = offsetOf(zhIssue, '我市');
    const cut = run(zh, removeText('p2', start, start + 2));
    const doc = run(cut, { kind: 'split-paragraph', paragraph: 'p2', at: 2, newParagraph: 'n1' });
    expect(textOf(doc, 'p2') + textOf(doc, 'n1')).toBe('今年以来，推进老旧小区改造，惠及居民两万余户。');
  });

  it('sends the tail of a split head field to the top of the body', () => {
    const headline = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    const doc = run(headline, { kind: 'split-paragraph', paragraph: 'p0', at: 4, newParagraph: 'n1' });
    expect(fieldText(doc, doc.articles[0].headline)).toBe('城市更新');
    expect(bodyOf(doc)[0]).toBe('迎来新进展');
  });

  it('is skipped inside a surrogate pair', () => {
    const pair = docOf('野𠮷家');
    expect(skipped(pair, { kind: 'split-paragraph', paragraph: 'p0', at: 2, newParagraph: 'n1' })).toMatch(/inside a character/);
    expect(textOf(run(pair, { kind: 'split-paragraph', paragraph: 'p0', at: 3, newParagraph: 'n1' }), 'n1')).toBe('家');
  });

  it('splits a caption into two captions', () => {
    const caption = run(zh, { kind: 'set-role', paragraph: 'p3', role: 'caption' });
    const doc = run(caption, { kind: 'split-paragraph', paragraph: 'p3', at: 2, newParagraph: 'n1' });
    expect(doc.articles[0].captions.map((c) => c.id)).toEqual(['p3', 'n1']);
  });

  it('is skipped at either end, outside the text, at a fractional offset, for a taken id or a missing paragraph', () => {
    const length = textOf(zh, 'p3').length;
    for (const at of [0, length, length + 5, -1, 1.5, Number.NaN])
      expect(skipped(zh, { kind: 'split-paragraph', paragraph: 'p3', at, newParagraph: 'n1' })).toMatch(/cannot split/);
    expect(skipped(zh, { kind: 'split-paragraph', paragraph: 'p3', at: 2, newParagraph: 'p4' })).toMatch(/already exists/);
    expect(skipped(zh, { kind: 'split-paragraph', paragraph: 'ghost', at: 2, newParagraph: 'n1' })).toMatch(/not found/);
  });
});

describe('move-paragraph', () => {
  it('moves a paragraph after another in the same article', () => {
    const doc = run(zh, { kind: 'move-paragraph', paragraph: 'p1', after: 'p3', article: 'a0' });
    expect(idsOf(doc)).toEqual(['p0', 'p2', 'p3', 'p1', 'p4']);
  });

  it('moves a paragraph to the start of an article when `after` is null', () => {
    const doc = run(zh, { kind: 'move-paragraph', paragraph: 'p3', after: null, article: 'a0' });
    expect(idsOf(doc)).toEqual(['p3', 'p0', 'p1', 'p2', 'p4']);
  });

  it('moves a paragraph into another article, after a paragraph or to its start', () => {
    const two = twoArticles();
    const after = run(two, { kind: 'move-paragraph', paragraph: 'p4', after: 'p0', article: 'a0' });
    expect(idsOf(after, 0)).toEqual(['p0', 'p4', 'p1']);
    expect(idsOf(after, 1)).toEqual(['p2', 'p3']);
    const start = run(two, { kind: 'move-paragraph', paragraph: 'p0', after: null, article: 'a1' });
    expect(idsOf(start, 0)).toEqual(['p1']);
    expect(idsOf(start, 1)).toEqual(['p0', 'p2', 'p3', 'p4']);
  });

  it('moves a head field into the body', () => {
    const headline = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    const doc = run(headline, { kind: 'move-paragraph', paragraph: 'p0', after: 'p2', article: 'a0' });
    expect(doc.articles[0].headline).toBeNull();
    expect(idsOf(doc)).toEqual(['p1', 'p2', 'p0', 'p3', 'p4']);
  });

  it('is skipped after itself, for a missing paragraph, anchor or article', () => {
    expect(skipped(zh, { kind: 'move-paragraph', paragraph: 'p1', after: 'p1', article: 'a0' })).toMatch(/itself/);
    expect(skipped(zh, { kind: 'move-paragraph', paragraph: 'ghost', after: 'p1', article: 'a0' })).toMatch(/not found/);
    expect(skipped(zh, { kind: 'move-paragraph', paragraph: 'p1', after: 'ghost', article: 'a0' })).toMatch(/not found/);
    expect(skipped(zh, { kind: 'move-paragraph', paragraph: 'p1', after: null, article: 'ghost' })).toMatch(/not found/);
  });
});

describe('set-role', () => {
  it.each(['kicker', 'headline', 'subheadline', 'byline'] as const)('puts a body paragraph into the %s field', (role) => {
    const doc = run(zh, { kind: 'set-role', paragraph: 'p1', role });
    expect(doc.articles[0][role]?.id).toBe('p1');
    expect(idsOf(doc)).toEqual(['p0', 'p2', 'p3', 'p4']);
  });

  it('makes a caption, kept in source order among captions, and back to body in source order', () => {
    const captions = runAll(zh, [
      { kind: 'set-role', paragraph: 'p3', role: 'caption' },
      { kind: 'set-role', paragraph: 'p1', role: 'caption' },
    ]);
    expect(captions.articles[0].captions.map((c) => c.id)).toEqual(['p1', 'p3']);
    expect(idsOf(captions)).toEqual(['p0', 'p2', 'p4']);
    const back = run(captions, { kind: 'set-role', paragraph: 'p3', role: 'body' });
    expect(idsOf(back)).toEqual(['p0', 'p2', 'p3', 'p4']);
  });

  it('returns a head field to the top of the body', () => {
    const headline = run(zh, { kind: 'set-role', paragraph: 'p2', role: 'headline' });
    const doc = run(headline, { kind: 'set-role', paragraph: 'p2', role: 'body' });
    expect(idsOf(doc)).toEqual(['p2', 'p0', 'p1', 'p3', 'p4']);
  });

  it('moves a paragraph from one head field to another', () => {
    const kicker = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'kicker' });
    const doc = run(kicker, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    expect(doc.articles[0].kicker).toBeNull();
    expect(doc.articles[0].headline?.id).toBe('p0');
  });

  it('sends junk to the removed pile as an editor removal, with the given or a derived id', () => {
    const given = run(zh, { kind: 'set-role', paragraph: 'p4', role: 'junk', removalId: 'j1' });
    expect(idsOf(given)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(given.removed).toEqual([{ id: 'j1', paragraph: zh.articles[0].paragraphs[4], kind: 'editor', reason: expect.any(Object) }]);
    const derived = run(zh, { kind: 'set-role', paragraph: 'p4', role: 'junk' });
    expect(derived.removed[0].id).toBe('r-p4');
  });

  it('derives a fresh removal id when the default one is taken', () => {
    const doc = runAll(zh, [
      { kind: 'set-role', paragraph: 'p4', role: 'junk', removalId: 'r-p3' },
      { kind: 'set-role', paragraph: 'p3', role: 'junk' },
      { kind: 'set-role', paragraph: 'p2', role: 'junk', removalId: 'r-p3~3' },
      { kind: 'set-role', paragraph: 'p1', role: 'junk', removalId: 'r-p0' },
      { kind: 'set-role', paragraph: 'p0', role: 'junk' },
    ]);
    expect(doc.removed.map((r) => r.id)).toEqual(['r-p3', 'r-p3~2', 'r-p3~3', 'r-p0', 'r-p0~2']);
  });

  it('is skipped when an explicit removal id is taken', () => {
    const junk = run(zh, { kind: 'set-role', paragraph: 'p4', role: 'junk', removalId: 'j' });
    expect(skipped(junk, { kind: 'set-role', paragraph: 'p2', role: 'junk', removalId: 'j' })).toMatch(/already exists/);
  });

  it('moves the occupant of a taken head field to the top of the body', () => {
    const first = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    const doc = run(first, { kind: 'set-role', paragraph: 'p2', role: 'headline' });
    expect(doc.articles[0].headline?.id).toBe('p2');
    expect(idsOf(doc)).toEqual(['p0', 'p1', 'p3', 'p4']);
  });

  it('drops an occupant that only repeats body text (a byline filled from a paragraph)', () => {
    const start = offsetOf(zhIssue, '（李华）');
    const inline = run(zh, { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start: start + 1, end: start + 3, newParagraph: 'b1' });
    const doc = run(inline, { kind: 'set-role', paragraph: 'p1', role: 'byline' });
    expect(doc.articles[0].byline?.id).toBe('p1');
    expect(idsOf(doc)).toEqual(['p0', 'p2', 'p3', 'p4']);
  });

  it('keeps an occupant whose first characters are repeated in the body but the rest is not (regression)', () => {
    // p3 becomes the headline while a duplicate of its first two characters stands in the body.
    const doc = runAll(zh, [
      { kind: 'set-field-from-text', paragraph: 'p3', role: 'headline', start: offsetOf(zhIssue, '改造后'), end: offsetOf(zhIssue, '改造后') + 2, newParagraph: 'f1' },
      { kind: 'set-role', paragraph: 'f1', role: 'body' },
      { kind: 'set-role', paragraph: 'p3', role: 'headline' },
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
    ]);
    expect(doc.articles[0].headline?.id).toBe('p0');
    expect(idsOf(doc)).toContain('p3');
  });

  it('keeps an occupant that carries typed text', () => {
    const start = offsetOf(zhIssue, '（李华）');
    const doc = runAll(zh, [
      { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start: start + 1, end: start + 3, newParagraph: 'b1' },
      { kind: 'edit-text', paragraph: 'b1', text: '记者 李华' },
      { kind: 'set-role', paragraph: 'p1', role: 'byline' },
    ]);
    expect(bodyOf(doc)[0]).toBe('记者 李华');
  });

  it('is skipped for the role a paragraph already has, or a missing paragraph', () => {
    expect(skipped(zh, { kind: 'set-role', paragraph: 'p1', role: 'body' })).toMatch(/already/);
    const headline = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    expect(skipped(headline, { kind: 'set-role', paragraph: 'p0', role: 'headline' })).toMatch(/already/);
    expect(skipped(zh, { kind: 'set-role', paragraph: 'ghost', role: 'junk' })).toMatch(/not found/);
  });

  it('covers every role', () => {
    const roles: readonly BlockRole[] = ['kicker', 'headline', 'subheadline', 'byline', 'body', 'caption', 'junk'];
    const headline = run(zh, { kind: 'set-role', paragraph: 'p2', role: 'headline' });
    for (const role of roles) expect(applyCommand(headline, { kind: 'set-role', paragraph: 'p2', role }).applied).toBe(role !== 'headline');
  });
});

describe('set-field-from-text', () => {
  const start = offsetOf(zhIssue, '（李华）') + 1;

  it('fills a head field from part of a paragraph, which stays in the body', () => {
    const doc = run(zh, { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start, end: start + 2, newParagraph: 'b1' });
    expect(doc.articles[0].byline).toEqual({ id: 'b1', pieces: [{ kind: 'source', start, end: start + 2 }] });
    expect(fieldText(doc, doc.articles[0].byline)).toBe('李华');
    expect(bodyOf(doc)[3]).toBe('改造后的小区环境焕然一新。（李华）');
  });

  it('fills the field of the article holding the paragraph', () => {
    const doc = run(twoArticles(), { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start, end: start + 2, newParagraph: 'b1' });
    expect(doc.articles[0].byline).toBeNull();
    expect(doc.articles[1].byline?.id).toBe('b1');
  });

  it('moves a real occupant to the body instead of overwriting it (regression)', () => {
    const byline = run(zh, { kind: 'set-role', paragraph: 'p1', role: 'byline' });
    const doc = run(byline, { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start, end: start + 2, newParagraph: 'b1' });
    expect(doc.articles[0].byline?.id).toBe('b1');
    expect(idsOf(doc)).toEqual(['p1', 'p0', 'p2', 'p3', 'p4']);
  });

  it('is skipped for a range outside the paragraph, an empty or fractional range, a taken id or a missing paragraph', () => {
    const base = { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', newParagraph: 'b1' } as const;
    expect(skipped(zh, { ...base, start: 0, end: 4 })).toMatch(/not in paragraph/);
    expect(skipped(zh, { ...base, start, end: start })).toMatch(/source range/);
    expect(skipped(zh, { ...base, start: start + 0.5, end: start + 2 })).toMatch(/source range/);
    expect(skipped(zh, { ...base, start, end: zhIssue.length + 10 })).toMatch(/source range/);
    expect(skipped(zh, { ...base, start, end: start + 2, newParagraph: 'p0' })).toMatch(/already exists/);
    expect(skipped(zh, { ...base, paragraph: 'ghost', start, end: start + 2 })).toMatch(/not found/);
  });
});

describe('split-article, merge-article, move-article', () => {
  it('splits an article at a body paragraph; head fields stay, captions go by source position', () => {
    const prepared = runAll(zh, [
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
      { kind: 'set-role', paragraph: 'p1', role: 'caption' },
      { kind: 'set-role', paragraph: 'p4', role: 'caption' },
    ]);
    const doc = run(prepared, { kind: 'split-article', at: 'p3', newArticle: 'a1' });
    expect(doc.articles.map((a) => a.id)).toEqual(['a0', 'a1']);
    expect(doc.articles[0]).toMatchObject({ headline: { id: 'p0' }, captions: [{ id: 'p1' }] });
    expect(idsOf(doc, 0)).toEqual(['p2']);
    expect(doc.articles[1]).toMatchObject({ kicker: null, headline: null, subheadline: null, byline: null, captions: [{ id: 'p4' }] });
    expect(idsOf(doc, 1)).toEqual(['p3']);
  });

  it('is skipped at a head field, a missing paragraph or with a taken article id', () => {
    const headline = run(zh, { kind: 'set-role', paragraph: 'p0', role: 'headline' });
    expect(skipped(headline, { kind: 'split-article', at: 'p0', newArticle: 'a1' })).toMatch(/not a body paragraph/);
    expect(skipped(zh, { kind: 'split-article', at: 'ghost', newArticle: 'a1' })).toMatch(/not a body paragraph/);
    expect(skipped(zh, { kind: 'split-article', at: 'p2', newArticle: 'a0' })).toMatch(/exists/);
  });

  it('merges an article into the one before it, demoting only head fields that would be lost', () => {
    const two = runAll(twoArticles(), [
      { kind: 'set-role', paragraph: 'p0', role: 'headline' },
      { kind: 'set-role', paragraph: 'p2', role: 'headline' },
      { kind: 'set-role', paragraph: 'p4', role: 'kicker' },
      { kind: 'set-field-from-text', paragraph: 'p1', role: 'byline', start: offsetOf(zhIssue, '李华'), end: offsetOf(zhIssue, '李华') + 2, newParagraph: 'b0' },
      { kind: 'set-field-from-text', paragraph: 'p3', role: 'byline', start: offsetOf(zhIssue, '（李华）') + 1, end: offsetOf(zhIssue, '（李华）') + 3, newParagraph: 'b1' },
    ]);
    const doc = run(two, { kind: 'merge-article', article: 'a1' });
    expect(doc.articles).toHaveLength(1);
    const [article] = doc.articles;
    expect(article).toMatchObject({ headline: { id: 'p0' }, kicker: { id: 'p4' }, byline: { id: 'b0' } });
    // p2's headline clashes and is the only holder of its text: it becomes body text; b1 repeats p3 and goes.
    expect(idsOf(doc)).toEqual(['p1', 'p2', 'p3']);
  });

  it('is skipped for the first article or a missing one', () => {
    expect(skipped(twoArticles(), { kind: 'merge-article', article: 'a0' })).toMatch(/first/);
    expect(skipped(zh, { kind: 'merge-article', article: 'ghost' })).toMatch(/not found/);
  });

  it('moves an article to the top or after another', () => {
    const three = runAll(zh, [
      { kind: 'split-article', at: 'p2', newArticle: 'a1' },
      { kind: 'split-article', at: 'p4', newArticle: 'a2' },
    ]);
    expect(run(three, { kind: 'move-article', article: 'a2', after: null }).articles.map((a) => a.id)).toEqual(['a2', 'a0', 'a1']);
    expect(run(three, { kind: 'move-article', article: 'a0', after: 'a1' }).articles.map((a) => a.id)).toEqual(['a1', 'a0', 'a2']);
    expect(run(three, { kind: 'move-article', article: 'a0', after: 'a2' }).articles.map((a) => a.id)).toEqual(['a1', 'a2', 'a0']);
    expect(skipped(three, { kind: 'move-article', article: 'ghost', after: null })).toMatch(/not found/);
    expect(skipped(three, { kind: 'move-article', article: 'a0', after: 'ghost' })).toMatch(/not found/);
    expect(skipped(three, { kind: 'move-article', article: 'a0', after: 'a0' })).toMatch(/not found/);
  });
});

describe('edit-text', () => {
  it('keeps the provenance of the unchanged prefix and suffix; the changed middle is typed', () => {
    const doc = run(zh, { kind: 'edit-text', paragraph: 'p3', text: '改造后的小区面貌焕然一新。（李华）' });
    const start = offsetOf(zhIssue, '改造后');
    expect(locateParagraph(doc, 'p3')?.paragraph.pieces).toEqual([
      { kind: 'source', start, end: start + 6 },
      { kind: 'typed', text: '面貌' },
      { kind: 'source', start: start + 8, end: start + 17 },
    ]);
    expect(doc.removed).toEqual([
      { id: 'p3~edit', paragraph: { id: 'p3~edit', pieces: [{ kind: 'source', start: start + 6, end: start + 8 }] }, kind: 'editor', reason: expect.any(Object) },
    ]);
    expect(removedTexts(doc)).toEqual(['环境']);
  });

  it('inserts text without removing anything', () => {
    const doc = run(en, { kind: 'edit-text', paragraph: 'p3', text: 'Visitors warmly praised the new paths.' });
    expect(textOf(doc, 'p3')).toBe('Visitors warmly praised the new paths.');
    expect(doc.removed).toEqual([]);
  });

  it('deletes across an unwrapped line break (the hyphen and break of "infor-mation")', () => {
    const doc = run(en, { kind: 'edit-text', paragraph: 'p2', text: textOf(en, 'p2').replace('infor-mation', 'information') });
    expect(textOf(doc, 'p2')).toBe('The park, closed for two years of information gathering and repairs, reopened on Monday.');
    expect(removedTexts(doc)).toEqual(['-']);
    expect(locateParagraph(doc, 'p2')?.paragraph.pieces.every((p) => p.kind === 'source')).toBe(true);
  });

  it('a pure deletion inside one piece does not bring the deleted text back (regression)', () => {
    const doc = run(zh, { kind: 'edit-text', paragraph: 'p3', text: '改造后的小区焕然一新。（李华）' });
    expect(textOf(doc, 'p3')).toBe('改造后的小区焕然一新。（李华）');
    expect(removedTexts(doc)).toEqual(['环境']);
  });

  it('gives each edit of a paragraph its own removal, so restoring one keeps the other (regression)', () => {
    const doc = runAll(zh, [
      { kind: 'edit-text', paragraph: 'p3', text: '改造后的小区焕然一新。（李华）' },
      { kind: 'edit-text', paragraph: 'p3', text: '改造后的小区焕然一新。' },
    ]);
    expect(doc.removed.map((r) => r.id)).toEqual(['p3~edit', 'p3~edit~2']);
    const restored = run(doc, { kind: 'restore', removal: 'p3~edit', newParagraph: 'n1' });
    expect(removedTexts(restored)).toEqual(['（李华）']);
  });

  it('shows exactly the typed text when the kept part ends at an unwrapped line break (property counterexample)', () => {
    const doc = run(docOf('a\r-'), { kind: 'edit-text', paragraph: 'p0', text: ' -' });
    expect(textOf(doc, 'p0')).toBe(' -');
    const wrapped = run(docOf('abc\ndef'), { kind: 'edit-text', paragraph: 'p0', text: 'abc Xdef' });
    expect(textOf(wrapped, 'p0')).toBe('abc Xdef');
    expect(locateParagraph(wrapped, 'p0')?.paragraph.pieces).toEqual([
      { kind: 'source', start: 0, end: 3 },
      { kind: 'typed', text: ' X' },
      { kind: 'source', start: 4, end: 7 },
    ]);
  });

  it('replaces a whole supplementary character rather than half of its surrogate pair', () => {
    const doc = run(docOf('𠮷野家'), { kind: 'edit-text', paragraph: 'p0', text: '𠮸野家' });
    expect(locateParagraph(doc, 'p0')?.paragraph.pieces).toEqual([{ kind: 'typed', text: '𠮸' }, { kind: 'source', start: 2, end: 4 }]);
    expect(removedTexts(doc)).toEqual(['𠮷']);
  });

  it('removes a paragraph edited to nothing, its text going to the removed pile', () => {
    const doc = run(zh, { kind: 'edit-text', paragraph: 'p4', text: '' });
    expect(idsOf(doc)).toEqual(['p0', 'p1', 'p2', 'p3']);
    expect(removedTexts(doc)).toEqual(['责任编辑：周明']);
  });

  it('is skipped when the text is unchanged or the paragraph missing', () => {
    expect(skipped(zh, { kind: 'edit-text', paragraph: 'p3', text: textOf(zh, 'p3') })).toMatch(/unchanged/);
    expect(skipped(zh, { kind: 'edit-text', paragraph: 'ghost', text: 'x' })).toMatch(/not found/);
  });
});

describe('restore', () => {
  it('puts a removed paragraph back where its source position says', () => {
    const junk = run(zh, { kind: 'set-role', paragraph: 'p2', role: 'junk', removalId: 'j' });
    const doc = run(junk, { kind: 'restore', removal: 'j', newParagraph: 'p2' });
    expect(doc).toEqual(zh);
  });

  it('puts part of a paragraph back as a paragraph of its own, into the article whose text precedes it', () => {
    const start = offsetOf(zhIssue, '（李华）');
    const doc = runAll(twoArticles(), [
      removeText('p3', start, start + 4, 'x'),
      { kind: 'restore', removal: 'x', newParagraph: 'n1' },
    ]);
    expect(idsOf(doc, 1)).toEqual(['p2', 'p3', 'n1', 'p4']);
    expect(textOf(doc, 'n1')).toBe('（李华）');
    expect(doc.removed).toEqual([]);
  });

  it('is skipped for a missing removal, a taken paragraph id, or when there is no article', () => {
    const junk = run(zh, { kind: 'set-role', paragraph: 'p2', role: 'junk', removalId: 'j' });
    expect(skipped(junk, { kind: 'restore', removal: 'ghost', newParagraph: 'n' })).toMatch(/not found/);
    expect(skipped(junk, { kind: 'restore', removal: 'j', newParagraph: 'p3' })).toMatch(/already exists/);
    expect(skipped({ ...junk, articles: [] }, { kind: 'restore', removal: 'j', newParagraph: 'n' })).toMatch(/no article/);
  });
});

describe('set-meta', () => {
  it('merges metadata', () => {
    const doc = runAll(zh, [
      { kind: 'set-meta', meta: { publication: '示例日报', language: 'zh' } },
      { kind: 'set-meta', meta: { page: '2' } },
    ]);
    expect(doc.meta).toEqual({ publication: '示例日报', language: 'zh', page: '2' });
  });
});

describe('purity', () => {
  it('never changes its input (fixtures are deep-frozen) and returns new documents', () => {
    const doc = run(zh, { kind: 'join', first: 'p2', second: 'p3' });
    expect(doc).not.toBe(zh);
    expect(paragraphText(zh.source, zh.articles[0].paragraphs[2])).toBe('今年以来，我市推进老旧小区改造，惠及居民两万余户。');
  });
});
