import { describe, expect, it } from 'vitest';
import { canUndo, createInitialDocument, parseIssue } from '../../../../src/core';
import { acceptAllAbove, captureSession, restoreSession, sessionStore, startSession, undo } from '../../../../src/renderer/stores/session-store';
import { statuses, suggestion } from './session-fixtures';

const doc = (text: string) => createInitialDocument(text, parseIssue(text).blocks);
const canUndoNow = (): boolean => {
  const session = sessionStore.get().session;
  return session !== null && canUndo(session);
};

describe('session snapshots (one per tab)', () => {
  it('parks an issue with its history and undo groups, and brings it back after another issue was edited', () => {
    startSession(doc('甲\n\n乙\n\n丙\n'), [suggestion('a1', 'p0', 0.3), suggestion('a2', 'p1', 0.4)], 0.5);
    expect(acceptAllAbove(0.2)).toBe(2);
    const first = captureSession();

    startSession(doc('丁\n\n戊\n'), [suggestion('b1', 'p0', 0.3)], 0.5);
    expect(canUndoNow()).toBe(false);
    expect(acceptAllAbove(0.2)).toBe(1);
    const second = captureSession();

    restoreSession(first);
    expect(statuses()).toEqual(['accepted', 'accepted']);
    // The "accept all" group is still one step in the first issue's history.
    undo();
    expect(statuses()).toEqual(['pending', 'pending']);
    expect(canUndoNow()).toBe(false);

    restoreSession(second);
    expect(statuses()).toEqual(['accepted']);
    restoreSession(null);
    expect(sessionStore.get().session).toBeNull();
  });
});
