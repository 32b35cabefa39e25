import { describe, expect, it } from 'vitest';
import { createInitialDocument, parseIssue, pieceText } from '../../../../src/core';
import { piecesAround, previewCommand } from '../../../../src/renderer/review/issue-preview';

const text = '甲一段。\n\n乙二段\n\n丙三段。\n\n丁四段。\n';
const doc = createInitialDocument(text, parseIssue(text).blocks);
const article = doc.articles[0].id;

describe('previewCommand', () => {
  it('shows a join as the second piece appended to the first, the second as a ghost, focused on the first', () => {
    const preview = previewCommand(doc, { kind: 'join', first: 'p1', second: 'p3' });
    const head = preview?.paragraphs.get('p1');
    expect(head?.kind).toBe('join-head');
    if (head?.kind !== 'join-head') return;
    expect(head.appended.map((p) => pieceText(text, p)).join('')).toBe('丁四段。');
    expect(preview?.paragraphs.get('p3')).toEqual({ kind: 'join-ghost', into: 'p1', articleNumber: 1 });
    expect(preview?.focus).toBe('p1');
    expect(preview?.articles.has(article)).toBe(true);
  });

  it('puts an English join\'s separator at the junction', () => {
    const head = previewCommand(doc, { kind: 'join', first: 'p1', second: 'p2', separator: ' ' })?.paragraphs.get('p1');
    expect(head?.kind === 'join-head' ? head.appended[0] : null).toEqual({ kind: 'typed', text: ' ' });
  });

  it('shows a move at its new place (after a paragraph, or at the top) with a ghost at the old one', () => {
    const after = previewCommand(doc, { kind: 'move-paragraph', paragraph: 'p3', after: 'p0', article });
    expect(after?.insertsAfter.get('p0')?.paragraph).toBe('p3');
    expect(after?.paragraphs.get('p3')).toEqual({ kind: 'move-ghost', articleNumber: 1 });
    expect(after?.focus).toBe('p0');
    const top = previewCommand(doc, { kind: 'move-paragraph', paragraph: 'p3', after: null, article });
    expect(top?.insertsAtTop.get(article)?.paragraph).toBe('p3');
  });

  it('strikes a removal, marks a role and draws the article line of a boundary', () => {
    expect(previewCommand(doc, { kind: 'remove-text', paragraph: 'p2', start: 0, end: 3, removal: 'editor', reason: { zh: '', en: '' }, removalId: 'r9' })?.paragraphs.get('p2')).toEqual({
      kind: 'strike',
      range: { start: 0, end: 3 },
    });
    expect(previewCommand(doc, { kind: 'set-role', paragraph: 'p0', role: 'headline' })?.paragraphs.get('p0')).toEqual({ kind: 'role', role: 'headline' });
    expect(previewCommand(doc, { kind: 'set-role', paragraph: 'p0', role: 'junk' })?.paragraphs.get('p0')?.kind).toBe('strike');
    expect(previewCommand(doc, { kind: 'split-article', at: 'p2', newArticle: 'a9' })?.paragraphs.get('p2')).toEqual({ kind: 'article-line' });
  });

  it('shows nothing when a target is gone', () => {
    expect(previewCommand(doc, { kind: 'join', first: 'p1', second: 'gone' })).toBeNull();
    expect(previewCommand(doc, { kind: 'set-meta', meta: {} })).toBeNull();
  });
});

describe('piecesAround', () => {
  it('cuts source pieces at a range and marks what falls inside, leaving typed text outside', () => {
    const parts = piecesAround([{ kind: 'source', start: 0, end: 10 }, { kind: 'typed', text: 'x' }, { kind: 'source', start: 20, end: 30 }], { start: 5, end: 25 });
    expect(parts).toEqual([
      { piece: { kind: 'source', start: 0, end: 5 }, inside: false },
      { piece: { kind: 'source', start: 5, end: 10 }, inside: true },
      { piece: { kind: 'typed', text: 'x' }, inside: false },
      { piece: { kind: 'source', start: 20, end: 25 }, inside: true },
      { piece: { kind: 'source', start: 25, end: 30 }, inside: false },
    ]);
  });
});
