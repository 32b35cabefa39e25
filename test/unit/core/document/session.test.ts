import { describe, expect, it } from 'vitest';
import type { Command, Session, Suggestion } from '../../../../src/core';
import {
  accept,
  activeEntries,
  canRedo,
  canUndo,
  createSession,
  documentOf,
  perform,
  redo,
  redoEntry,
  reject,
  replaySteps,
  restoreSession,
  SessionReplayer,
  suggestionStatus,
  suggestionStatuses,
  undo,
  undoEntry,
} from '../../../../src/core';
import { docOf, idsOf, run, testReason, textOf, zhIssue } from './fixtures';

const initial = docOf(zhIssue);

function suggestion(id: string, command: Command, confidence: number): Suggestion {
  return { id, kind: 'role', basis: 'role:test', command, confidence, reason: testReason, ranges: [] };
}

const headline = suggestion('s-headline', { kind: 'set-role', paragraph: 'p0', role: 'headline' }, 0.95);
const byline = suggestion('s-byline', { kind: 'set-role', paragraph: 'p1', role: 'byline' }, 0.9);
const furniture = suggestion('s-furniture', { kind: 'set-role', paragraph: 'p4', role: 'junk', removalId: 'r4' }, 0.4);
const join = suggestion('s-join', { kind: 'join', first: 'p2', second: 'p3' }, 0.3);
const suggestions = [headline, byline, furniture, join];

function open(): Session {
  return createSession(initial, suggestions, 0.8);
}

describe('createSession', () => {
  it('applies suggestions at or above the threshold automatically and leaves the others pending', () => {
    const session = open();
    expect(session.automatic).toEqual([
      { suggestion: 's-headline', command: headline.command },
      { suggestion: 's-byline', command: byline.command },
    ]);
    expect(Object.fromEntries(suggestionStatuses(session))).toEqual({
      's-headline': 'automatic',
      's-byline': 'automatic',
      's-furniture': 'pending',
      's-join': 'pending',
    });
    const doc = documentOf(session);
    expect(doc.articles[0].headline?.id).toBe('p0');
    expect(doc.articles[0].byline?.id).toBe('p1');
    expect(canUndo(session)).toBe(false);
    expect(canRedo(session)).toBe(false);
  });

  it('includes a suggestion exactly at the threshold', () => {
    expect(createSession(initial, suggestions, 0.9).automatic.map((a) => a.suggestion)).toEqual(['s-headline', 's-byline']);
  });
});

describe('accept and reject', () => {
  it('accepting a pending suggestion applies it; rejecting it again takes it out', () => {
    const accepted = accept(open(), 's-furniture');
    expect(suggestionStatus(accepted, 's-furniture')).toBe('accepted');
    expect(documentOf(accepted).removed.map((r) => r.id)).toEqual(['r4']);
    const rejected = reject(accepted, 's-furniture');
    expect(suggestionStatus(rejected, 's-furniture')).toBe('rejected');
    expect(documentOf(rejected)).toEqual(documentOf(open()));
  });

  it('rejecting an automatic fix takes it out; accepting it again puts it back', () => {
    const rejected = reject(open(), 's-headline');
    expect(suggestionStatus(rejected, 's-headline')).toBe('rejected');
    expect(documentOf(rejected).articles[0].headline).toBeNull();
    const again = accept(rejected, 's-headline');
    expect(suggestionStatus(again, 's-headline')).toBe('accepted');
    expect(documentOf(again).articles[0].headline?.id).toBe('p0');
  });

  it('rejecting a pending suggestion changes nothing in the document', () => {
    const rejected = reject(open(), 's-join');
    expect(suggestionStatus(rejected, 's-join')).toBe('rejected');
    expect(documentOf(rejected)).toEqual(documentOf(open()));
  });

  it('commands after a rejected one replay on top of what remains', () => {
    const session = perform(accept(open(), 's-join'), { kind: 'split-paragraph', paragraph: 'p2', at: 2, newParagraph: 'n1' }, testReason);
    expect(idsOf(documentOf(session))).toEqual(['p2', 'n1', 'p4']);
    const rejected = reject(session, 's-join');
    expect(idsOf(documentOf(rejected))).toEqual(['p2', 'n1', 'p3', 'p4']);
  });

  it('ignores accepting what is accepted or automatic, rejecting what is rejected, and unknown suggestions', () => {
    const session = open();
    expect(accept(session, 's-headline')).toBe(session);
    expect(accept(session, 'ghost')).toBe(session);
    const accepted = accept(session, 's-join');
    expect(accept(accepted, 's-join')).toBe(accepted);
    const rejected = reject(session, 's-join');
    expect(reject(rejected, 's-join')).toBe(rejected);
    expect(reject(session, 'ghost')).toBe(session);
  });

  it('can reject and re-accept an automatic fix that a newer analysis no longer proposes', () => {
    const reopened = restoreSession(initial, [], 0.8, open().automatic, []);
    const rejected = reject(reopened, 's-headline');
    expect(documentOf(rejected).articles[0].headline).toBeNull();
    const again = accept(rejected, 's-headline');
    expect(documentOf(again).articles[0].headline?.id).toBe('p0');
  });

  it('reports a step whose targets are gone as skipped', () => {
    const session = accept(perform(open(), { kind: 'set-role', paragraph: 'p4', role: 'junk', removalId: 'mine' }, testReason), 's-furniture');
    const state = new SessionReplayer().stateOf(session);
    expect(state.skipped.get('s-furniture')).toMatch(/not found/);
    expect(state.skipped.size).toBe(1);
  });
});

describe('undo and redo', () => {
  const split: Command = { kind: 'split-paragraph', paragraph: 'p3', at: 2, newParagraph: 'n1' };
  const move: Command = { kind: 'move-paragraph', paragraph: 'n1', after: null, article: 'a0' };

  it('steps back and forward through accept, reject and editor entries', () => {
    const s0 = open();
    const s1 = accept(s0, 's-join');
    const s2 = reject(s1, 's-headline');
    const s3 = perform(s2, { kind: 'split-paragraph', paragraph: 'p2', at: 3, newParagraph: 'n1' }, testReason);
    const docs = [s0, s1, s2, s3].map(documentOf);
    let session = s3;
    for (let i = 3; i > 0; i--) {
      session = undo(session);
      expect(documentOf(session)).toEqual(docs[i - 1]);
    }
    expect(canUndo(session)).toBe(false);
    expect(undo(session)).toBe(session);
    expect(documentOf(session)).toEqual(documentOf(s0));
    for (let i = 1; i <= 3; i++) {
      session = redo(session);
      expect(documentOf(session)).toEqual(docs[i]);
    }
    expect(canRedo(session)).toBe(false);
    expect(redo(session)).toBe(session);
  });

  it('undo of an accept or reject restores the suggestion status', () => {
    const rejected = reject(open(), 's-headline');
    expect(suggestionStatus(undo(rejected), 's-headline')).toBe('automatic');
    const accepted = accept(open(), 's-join');
    expect(suggestionStatus(undo(accepted), 's-join')).toBe('pending');
  });

  it('a new entry clears what could be redone', () => {
    const session = undo(perform(perform(open(), split, testReason), move, testReason));
    expect(canRedo(session)).toBe(true);
    expect(redoEntry(session)).toEqual({ type: 'command', command: move, label: testReason });
    const branched = perform(session, { kind: 'set-meta', meta: { page: '3' } }, testReason);
    expect(canRedo(branched)).toBe(false);
    expect(branched.log).toHaveLength(2);
    expect(activeEntries(branched).map((e) => (e.type === 'command' ? e.command.kind : e.type))).toEqual(['split-paragraph', 'set-meta']);
    expect(undoEntry(branched)?.type).toBe('command');
  });

  it('undo/redo entries are null at the ends', () => {
    expect(undoEntry(open())).toBeNull();
    expect(redoEntry(open())).toBeNull();
  });
});

describe('replay', () => {
  it('lists the suggestions in effect in suggestion order, then editor commands, leaving out rejected suggestions', () => {
    const session = perform(reject(accept(open(), 's-join'), 's-byline'), { kind: 'set-meta', meta: { page: '1' } }, testReason);
    expect(replaySteps(session).map((s) => s.key)).toEqual(['s-headline', 's-join', 'edit:2']);
    // Accepted in the other order, they still replay in the analysis's order.
    expect(replaySteps(accept(accept(open(), 's-join'), 's-furniture')).map((s) => s.key)).toEqual(['s-headline', 's-byline', 's-furniture', 's-join']);
  });

  it('a suggestion accepted after an editor command replays after it (the command was made without it)', () => {
    const edited = perform(open(), { kind: 'edit-text', paragraph: 'p2', text: '今年以来，本市推进老旧小区改造，惠及居民两万余户。' }, testReason);
    const session = accept(edited, 's-join');
    expect(replaySteps(session).map((s) => s.key)).toEqual(['s-headline', 's-byline', 'edit:0', 's-join']);
    // Replayed before the edit, the join would be undone by it: edit-text stores the whole new text.
    expect(textOf(documentOf(session), 'p2')).toBe('今年以来，本市推进老旧小区改造，惠及居民两万余户。改造后的小区环境焕然一新。（李华）');
    expect(new SessionReplayer().stateOf(session).skipped.size).toBe(0);
  });

  it('re-accepting a rejected article boundary brings the article back, though a later fix depends on it', () => {
    // The analysis's plan: a new article at p3, then p3 as its headline.
    const split = suggestion('s-split', { kind: 'split-article', at: 'p3', newArticle: 'a1' }, 0.9);
    const head = suggestion('s-head', { kind: 'set-role', paragraph: 'p3', role: 'headline' }, 0.9);
    const session = createSession(initial, [split, head], 0.5);
    const before = documentOf(session);
    expect(before.articles.map((a) => a.headline?.id ?? null)).toEqual([null, 'p3']);
    const rejected = reject(session, 's-split');
    expect(documentOf(rejected).articles).toHaveLength(1);
    const again = accept(rejected, 's-split');
    expect(documentOf(again)).toEqual(before);
    expect(new SessionReplayer().stateOf(again).skipped.size).toBe(0);
    // Undoing the accept gives the rejected document again.
    expect(documentOf(undo(again))).toEqual(documentOf(rejected));
  });

  it('an automatic fix a newer analysis no longer proposes keeps its place among the stored fixes', () => {
    const stored = open().automatic;
    const reopened = restoreSession(initial, [byline, furniture, join], 0.8, stored, []);
    expect(replaySteps(reopened).map((s) => s.key)).toEqual(['s-headline', 's-byline']);
    expect(replaySteps(accept(reopened, 's-furniture')).map((s) => s.key)).toEqual(['s-headline', 's-byline', 's-furniture']);
  });

  it('replays from kept documents: any checkpoint spacing gives the same documents', () => {
    const sessions = [open(), accept(open(), 's-join'), reject(accept(open(), 's-join'), 's-headline'), accept(reject(open(), 's-headline'), 's-headline')];
    for (const every of [1, 2, 3]) {
      const replayer = new SessionReplayer(every);
      for (const session of [...sessions, ...sessions.reverse()]) expect(replayer.stateOf(session).doc).toEqual(documentOf(session));
    }
  });

  it('restoreSession rebuilds the same document, with the cursor where it was or clamped', () => {
    const session = undo(perform(accept(open(), 's-join'), { kind: 'set-meta', meta: { page: '1' } }, testReason));
    const restored = restoreSession(initial, suggestions, session.threshold, session.automatic, session.log, session.cursor);
    expect(documentOf(restored)).toEqual(documentOf(session));
    expect(canRedo(restored)).toBe(true);
    expect(restoreSession(initial, suggestions, 0.8, session.automatic, session.log).cursor).toBe(2);
    expect(restoreSession(initial, suggestions, 0.8, session.automatic, session.log, 99).cursor).toBe(2);
    expect(restoreSession(initial, suggestions, 0.8, session.automatic, session.log, -3).cursor).toBe(0);
    expect(restoreSession(initial, suggestions, 0.8, session.automatic, session.log, 0.5).cursor).toBe(2);
  });

  it('a replayer reused across edits gives the same document as a fresh replay', () => {
    const replayer = new SessionReplayer();
    const sessions: Session[] = [];
    let session = open();
    const steps: ((s: Session) => Session)[] = [
      (s) => accept(s, 's-join'),
      (s) => perform(s, { kind: 'split-paragraph', paragraph: 'p2', at: 4, newParagraph: 'n1' }, testReason),
      undo,
      (s) => perform(s, { kind: 'split-paragraph', paragraph: 'p2', at: 6, newParagraph: 'n1' }, testReason),
      (s) => reject(s, 's-headline'),
      undo,
      redo,
      (s) => reject(s, 's-join'),
      (s) => accept(s, 's-furniture'),
      undo,
      undo,
    ];
    for (const step of steps) {
      session = step(session);
      sessions.push(session);
      expect(replayer.stateOf(session).doc).toEqual(documentOf(session));
    }
    // Going back to an older session (a different branch) must not reuse the newer cache wrongly.
    for (const old of sessions.reverse()) expect(replayer.stateOf(old).doc).toEqual(documentOf(old));
    // A session over another initial document starts afresh.
    const other = createSession(run(initial, { kind: 'set-meta', meta: { page: '9' } }), [], 0.5);
    expect(replayer.stateOf(other).doc.meta).toEqual({ page: '9' });
  });
});
