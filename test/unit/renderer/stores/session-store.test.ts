import { describe, expect, it } from 'vitest';
import { createInitialDocument, parseIssue } from '../../../../src/core';
import { acceptAllAbove, dispatch, redo, sessionStore, startSession, undo } from '../../../../src/renderer/stores/session-store';
import { statuses, suggestion } from './session-fixtures';
import { editLabels } from '../../../../src/renderer/shell/history-label';

const text = '甲\n\n乙\n\n丙\n';
const initial = createInitialDocument(text, parseIssue(text).blocks);

describe('session store', () => {
  it('accept all is one undo step, and redo brings it back whole', () => {
    startSession(initial, [suggestion('s1', 'p0', 0.3), suggestion('s2', 'p1', 0.4), suggestion('s3', 'p2', 0.9)], 0.5);
    expect(statuses()).toEqual(['pending', 'pending', 'automatic']);
    expect(acceptAllAbove(0.2)).toBe(2);
    expect(statuses()).toEqual(['accepted', 'accepted', 'automatic']);
    expect(editLabels(sessionStore.get().session, 'en').undo).toBe('Accept all (2)');
    undo();
    expect(statuses()).toEqual(['pending', 'pending', 'automatic']);
    expect(editLabels(sessionStore.get().session, 'zh').redo).toBe('全部接受 (2)');
    redo();
    expect(statuses()).toEqual(['accepted', 'accepted', 'automatic']);
  });

  it('a new edit after undo drops the group that could have been redone', () => {
    startSession(initial, [suggestion('s1', 'p0', 0.3), suggestion('s2', 'p1', 0.4)], 0.5);
    acceptAllAbove(0);
    undo();
    expect(dispatch({ kind: 'move-paragraph', paragraph: 'p2', after: null, article: initial.articles[0].id })).toBe(true);
    undo();
    expect(statuses()).toEqual(['pending', 'pending']);
    expect(sessionStore.get().session?.cursor).toBe(0);
  });

  it('a command that cannot apply records nothing', () => {
    startSession(initial, [], 0.5);
    expect(dispatch({ kind: 'join', first: 'p0', second: 'nope' })).toBe(false);
    expect(sessionStore.get().session?.log).toHaveLength(0);
  });
});
