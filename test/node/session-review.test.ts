/**
 * Review decisions on a real issue (the bundled sample, analysed with the real lexicon): rejecting a
 * suggestion and accepting it again gives exactly the document before the reject, for every suggestion,
 * including article boundaries that later fixes build on. Every suggestion is applied on open here, so
 * that each can be rejected.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeIssue } from '../../src/core/analysis/analyze-issue';
import { applyThreshold } from '../../src/core/analysis/repair-issue';
import { createInitialDocument } from '../../src/core/document/initial-document';
import { accept, createSession, reject, SessionReplayer, type Session } from '../../src/core/document/session';
import { loadLexicon } from '../../src/node/lexicon';

let session: Session;

beforeAll(async () => {
  const text = readFileSync(resolve('resources', 'samples', 'shuozhou-daily-2023-05-27.txt'), 'utf8');
  const analysis = analyzeIssue(text, await loadLexicon());
  session = createSession(createInitialDocument(text, analysis.blocks, { language: analysis.language }), analysis.suggestions, applyThreshold('all'));
});

describe('reject, then accept again, on a real issue', () => {
  it('gives exactly the document before the reject, for every automatic fix', () => {
    expect(session.automatic.some((fix) => fix.command.kind === 'split-article')).toBe(true);
    // Small checkpoint spacing, so decisions resume from kept documents as in a long session.
    const replayer = new SessionReplayer(16);
    const before = replayer.stateOf(session);
    for (const fix of session.automatic) {
      const rejected = reject(session, fix.suggestion);
      replayer.stateOf(rejected);
      const again = replayer.stateOf(accept(rejected, fix.suggestion));
      expect(again.doc, fix.suggestion).toEqual(before.doc);
      expect(again.skipped, fix.suggestion).toEqual(before.skipped);
    }
  });

  it('takes an article boundary out and puts the very same article back', () => {
    const boundary = session.automatic.find((fix) => fix.command.kind === 'split-article');
    if (!boundary || boundary.command.kind !== 'split-article') throw new Error('the sample has no article boundary');
    const newArticle = boundary.command.newArticle;
    const replayer = new SessionReplayer();
    const before = replayer.stateOf(session).doc;
    expect(before.articles.some((a) => a.id === newArticle)).toBe(true);
    const rejected = reject(session, boundary.suggestion);
    expect(replayer.stateOf(rejected).doc.articles.some((a) => a.id === newArticle)).toBe(false);
    expect(replayer.stateOf(accept(rejected, boundary.suggestion)).doc).toEqual(before);
  });

  it('gives exactly the document before the reject, for every suggestion accepted by hand (none automatic)', () => {
    // Every suggestion pending, then accepted one by one in the review queue's order.
    let reviewed = createSession(session.initial, session.suggestions, 2);
    for (const s of session.suggestions) reviewed = accept(reviewed, s.id);
    const replayer = new SessionReplayer(16);
    const before = replayer.stateOf(reviewed).doc;
    expect(before).toEqual(replayer.stateOf(session).doc);
    for (const s of session.suggestions) {
      const rejected = reject(reviewed, s.id);
      replayer.stateOf(rejected);
      expect(replayer.stateOf(accept(rejected, s.id)).doc, s.id).toEqual(before);
    }
  });
});
