import { describe, expect, it } from 'vitest';
import { createInitialDocument, paragraphText, parseIssue, type Suggestion } from '../../../../src/core';
import { acceptActive, candidatesOf, chooseCandidate, chosenCandidates, rejectActive } from '../../../../src/renderer/review/review-decisions';
import { focusSuggestion, reviewStore } from '../../../../src/renderer/stores/review-store';
import { selectionStore } from '../../../../src/renderer/stores/selection-store';
import { redo, sessionStore, startSession, undo } from '../../../../src/renderer/stores/session-store';
import { editLabels } from '../../../../src/renderer/shell/history-label';

const text = '甲\n\n乙归根\n\n丙\n\n结底丁。\n\n戊归根\n';
const initial = createInitialDocument(text, parseIssue(text).blocks);
const reason = { zh: '断段', en: 'Broken' };
const join = (id: string, first: string, second: string, confidence: number, alternatives: Suggestion['alternatives'] = undefined): Suggestion => ({
  id,
  kind: 'join-broken-paragraph',
  basis: 'join:test',
  command: { kind: 'join', first, second },
  confidence,
  reason,
  ranges: [],
  ...(alternatives ? { alternatives } : {}),
});
const rival = { command: { kind: 'join', first: 'p4', second: 'p3' } as const, confidence: 0.3, reason, ranges: [] };
const texts = (): string[] => sessionStore.get().doc?.articles.flatMap((a) => a.paragraphs.map((p) => paragraphText(text, p))) ?? [];
const status = (id: string) => sessionStore.get().statuses.get(id);
const undoLabel = (): string | null => editLabels(sessionStore.get().session, 'en').undo;

describe('review decisions', () => {
  it('accept and reject act on the active suggestion and move on to the next pending one, each one named undo step', () => {
    startSession(initial, [join('s1', 'p1', 'p3', 0.6), join('s2', 'p0', 'p2', 0.4), join('s3', 'p2', 'p4', 0.3)], 0.9);
    focusSuggestion('s1');
    expect(acceptActive()).toBe(true);
    expect(status('s1')).toBe('accepted');
    expect(reviewStore.get().active).toBe('s2');
    expect(undoLabel()).toBe('Accept Broken paragraph');
    expect(rejectActive()).toBe(true);
    expect(status('s2')).toBe('rejected');
    expect(undoLabel()).toBe('Reject Broken paragraph');
    expect(reviewStore.get().active).toBe('s3');
    // The last pending one stays active once decided, so its result stays in view.
    expect(acceptActive()).toBe(true);
    expect(reviewStore.get().active).toBe('s3');
    undo();
    expect(status('s3')).toBe('pending');
  });

  it('pointing at a suggestion selects the paragraph where it acts, replacing the selection', () => {
    startSession(initial, [join('s1', 'p1', 'p3', 0.6)], 0.9);
    focusSuggestion('s1');
    expect(selectionStore.get()).toEqual({ paragraphId: 'p1', origin: 'review' });
  });

  it('lists the suggestion itself as candidate 1 and its alternatives after it, at most three', () => {
    const s = join('s1', 'p1', 'p3', 0.6, [rival, rival, rival]);
    expect(candidatesOf(s).map((c) => c.confidence)).toEqual([0.6, 0.3, 0.3]);
  });

  it('a pending suggestion takes the chosen candidate\'s command as one accept step', () => {
    startSession(initial, [join('s1', 'p1', 'p3', 0.6, [rival])], 0.9);
    focusSuggestion('s1');
    expect(chooseCandidate(2)).toBe(true);
    expect(status('s1')).toBe('accepted');
    expect(texts()).toContain('戊归根结底丁。');
    expect(undoLabel()).toBe('Choose candidate 2: Broken paragraph');
    expect(chosenCandidates(sessionStore.get().session!).get('s1')).toBe(2);
    undo();
    expect(status('s1')).toBe('pending');
    expect(texts()).not.toContain('戊归根结底丁。');
  });

  it('an automatic fix is taken out and the candidate applied in its place, undone and redone as one step', () => {
    startSession(initial, [join('s1', 'p1', 'p3', 0.95, [rival])], 0.9);
    expect(texts()).toContain('乙归根结底丁。');
    focusSuggestion('s1');
    expect(chooseCandidate(2)).toBe(true);
    expect(texts()).toContain('戊归根结底丁。');
    expect(texts()).toContain('乙归根');
    expect(undoLabel()).toBe('Choose candidate 2: Broken paragraph');
    undo();
    expect(status('s1')).toBe('automatic');
    expect(texts()).toContain('乙归根结底丁。');
    expect(editLabels(sessionStore.get().session, 'zh').redo).toBe('选择候选 2：断段合并');
    redo();
    expect(texts()).toContain('戊归根结底丁。');
  });

  it('a key with no candidate behind it does nothing', () => {
    startSession(initial, [join('s1', 'p1', 'p3', 0.6)], 0.9);
    focusSuggestion('s1');
    expect(chooseCandidate(2)).toBe(false);
    expect(sessionStore.get().session?.log).toHaveLength(0);
  });
});
