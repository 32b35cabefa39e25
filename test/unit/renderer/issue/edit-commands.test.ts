import { describe, expect, it } from 'vitest';
import { applyCommand, createInitialDocument, paragraphText, parseIssue, type IssueDocument } from '../../../../src/core';
import { joinWithNext, moveArticleBy, moveArticleTo, moveParagraphBy, moveParagraphTo, splitArticleAt } from '../../../../src/renderer/issue/edit-commands';
import { indexParagraphs, paragraphAtOffset } from '../../../../src/renderer/issue/paragraph-index';

const text = 'A\n\nB\n\nC\n\nD\n';
const doc0 = createInitialDocument(text, parseIssue(text).blocks);
const ids = (doc: IssueDocument) => doc.articles.map((a) => a.paragraphs.map((p) => p.id));
const apply = (doc: IssueDocument, command: ReturnType<typeof moveParagraphBy>) => {
  const outcome = applyCommand(doc, command!);
  expect(outcome.applied).toBe(true);
  return outcome.doc;
};

describe('edit commands', () => {
  it('moves a paragraph up and down by one place', () => {
    expect(ids(apply(doc0, moveParagraphBy(doc0, 'p1', 1)))).toEqual([['p0', 'p2', 'p1', 'p3']]);
    expect(ids(apply(doc0, moveParagraphBy(doc0, 'p1', -1)))).toEqual([['p1', 'p0', 'p2', 'p3']]);
    expect(ids(apply(doc0, moveParagraphBy(doc0, 'p2', -1)))).toEqual([['p0', 'p2', 'p1', 'p3']]);
    expect(moveParagraphBy(doc0, 'p0', -1)).toBeNull();
    expect(moveParagraphBy(doc0, 'p3', 1)).toBeNull();
  });

  it('crosses into the neighbouring article at the edges', () => {
    const split = apply(doc0, splitArticleAt(doc0, 'p2'));
    expect(ids(split)).toEqual([['p0', 'p1'], ['p2', 'p3']]);
    expect(ids(apply(split, moveParagraphBy(split, 'p1', 1)))).toEqual([['p0'], ['p1', 'p2', 'p3']]);
    expect(ids(apply(split, moveParagraphBy(split, 'p2', -1)))).toEqual([['p0', 'p1', 'p2'], ['p3']]);
  });

  it('drops before or after a target', () => {
    expect(ids(apply(doc0, moveParagraphTo(doc0, 'p0', 'p2', false)))).toEqual([['p1', 'p2', 'p0', 'p3']]);
    expect(ids(apply(doc0, moveParagraphTo(doc0, 'p3', 'p1', true)))).toEqual([['p0', 'p3', 'p1', 'p2']]);
    expect(ids(apply(doc0, moveParagraphTo(doc0, 'p1', 'p0', true)))).toEqual([['p1', 'p0', 'p2', 'p3']]);
    expect(moveParagraphTo(doc0, 'p1', 'p1', true)).toBeNull();
  });

  it('moves articles by keyboard and by drop', () => {
    let doc = apply(doc0, splitArticleAt(doc0, 'p1'));
    doc = apply(doc, splitArticleAt(doc, 'p2'));
    const order = (d: IssueDocument) => d.articles.map((a) => a.paragraphs[0].id);
    expect(order(doc)).toEqual(['p0', 'p1', 'p2']);
    const [a, b, c] = doc.articles.map((x) => x.id);
    expect(order(apply(doc, moveArticleBy(doc, c, -1)))).toEqual(['p0', 'p2', 'p1']);
    expect(order(apply(doc, moveArticleBy(doc, a, 1)))).toEqual(['p1', 'p0', 'p2']);
    expect(moveArticleBy(doc, a, -1)).toBeNull();
    expect(order(apply(doc, moveArticleTo(doc, a, c, false)))).toEqual(['p1', 'p2', 'p0']);
    expect(order(apply(doc, moveArticleTo(doc, c, a, true)))).toEqual(['p2', 'p0', 'p1']);
    expect(order(apply(doc, moveArticleTo(doc, a, c, true)))).toEqual(['p1', 'p0', 'p2']);
    expect(moveArticleTo(doc, b, b, true)).toBeNull();
  });

  it('joins with the next paragraph', () => {
    const joined = apply(doc0, joinWithNext(doc0, 'p0'));
    expect(joined.articles[0].paragraphs.map((p) => paragraphText(text, p))).toEqual(['AB', 'C', 'D']);
  });

  it('finds the paragraph at a source offset', () => {
    const index = indexParagraphs(doc0);
    expect(paragraphAtOffset(index, 3)?.paragraph.id).toBe('p1');
    expect(paragraphAtOffset(index, 5)?.paragraph.id).toBe('p1');
    expect(paragraphAtOffset(index, 0)?.paragraph.id).toBe('p0');
  });
});
