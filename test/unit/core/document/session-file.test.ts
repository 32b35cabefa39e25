import { describe, expect, it } from 'vitest';
import type { Command, Session, Suggestion } from '../../../../src/core';
import {
  accept,
  createSession,
  documentOf,
  parseSessionFile,
  parseSessionFileText,
  perform,
  parseCommand,
  reject,
  serializeSession,
  SessionReplayer,
  sessionFromFile,
  undo,
} from '../../../../src/core';
import { docOf, offsetOf, testReason, zhIssue } from './fixtures';

const initial = docOf(zhIssue);

/** One command of every kind, all of which apply to zhIssue in this order. */
const everyKind: readonly Command[] = [
  { kind: 'set-role', paragraph: 'p0', role: 'headline' },
  { kind: 'join', first: 'p2', second: 'p3', separator: '' },
  { kind: 'split-paragraph', paragraph: 'p2', at: 9, newParagraph: 'n1' },
  { kind: 'move-paragraph', paragraph: 'n1', after: null, article: 'a0' },
  { kind: 'set-field-from-text', paragraph: 'p1', role: 'byline', start: offsetOf(zhIssue, '李华'), end: offsetOf(zhIssue, '李华') + 2, newParagraph: 'b1' },
  { kind: 'remove-text', paragraph: 'p4', start: offsetOf(zhIssue, '责任'), end: zhIssue.length, removal: 'page-furniture', reason: testReason, removalId: 'x1' },
  { kind: 'split-article', at: 'p2', newArticle: 'a1' },
  { kind: 'move-article', article: 'a1', after: null },
  { kind: 'merge-article', article: 'a0' },
  { kind: 'edit-text', paragraph: 'p1', text: '本报记者 李华 王芳' },
  { kind: 'restore', removal: 'x1', newParagraph: 'r1' },
  { kind: 'set-meta', meta: { publication: '示例日报', date: '2024-01-02', edition: '早版', page: 'A1', language: 'zh' } },
  { kind: 'set-role', paragraph: 'r1', role: 'junk', removalId: 'x2' },
];

const suggestions: readonly Suggestion[] = [
  { id: 's1', kind: 'role', basis: 'role:test', command: { kind: 'set-role', paragraph: 'p1', role: 'byline' }, confidence: 0.9, reason: testReason, ranges: [] },
  { id: 's2', kind: 'join-broken-paragraph', basis: 'join:test', command: { kind: 'join', first: 'p3', second: 'p4' }, confidence: 0.2, reason: testReason, ranges: [] },
];

function busySession(): Session {
  let session = reject(accept(createSession(initial, suggestions, 0.5), 's2'), 's1');
  for (const command of everyKind) session = perform(session, command, { zh: command.kind, en: command.kind });
  return undo(undo(session));
}

describe('serializeSession / parseSessionFile', () => {
  it('round-trips through JSON text to the same file and the same replayed document', () => {
    const session = busySession();
    const file = serializeSession(session);
    const parsed = parseSessionFileText(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value).toEqual(file);
    const reopened = sessionFromFile(initial, suggestions, parsed.value);
    expect(reopened.cursor).toBe(session.cursor);
    expect(documentOf(reopened)).toEqual(documentOf(session));
    expect(documentOf({ ...reopened, cursor: reopened.log.length })).toEqual(documentOf({ ...session, cursor: session.log.length }));
  });

  it('every command kind applies in the fixture sequence (so the round trip covers them all)', () => {
    let session = createSession(initial, [], 1);
    for (const command of everyKind) session = perform(session, command, testReason);
    expect(new SessionReplayer().stateOf(session).skipped).toEqual(new Map());
    expect(new Set(everyKind.map((c) => c.kind)).size).toBe(12);
  });

  it('copies only known fields', () => {
    const parsed = parseCommand({ kind: 'merge-article', article: 'a1', extra: 1, __proto__: { polluted: true } });
    expect(parsed).toEqual({ ok: true, value: { kind: 'merge-article', article: 'a1' } });
    if (parsed.ok) expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
  });

  it('keeps optional fields absent when absent', () => {
    expect(parseCommand({ kind: 'join', first: 'a', second: 'b' })).toEqual({ ok: true, value: { kind: 'join', first: 'a', second: 'b' } });
    expect(parseCommand({ kind: 'set-role', paragraph: 'a', role: 'junk' })).toEqual({ ok: true, value: { kind: 'set-role', paragraph: 'a', role: 'junk' } });
  });
});

describe('held steps of a reject', () => {
  it('are stored and read back, so a reopened session holds the same dependents out of the document', () => {
    // s2 joins p3 and p4, then the editor makes p3 a caption; rejecting s2 holds that command with it.
    let session = accept(createSession(initial, suggestions, 0.5), 's2');
    session = perform(session, { kind: 'set-role', paragraph: 'p3', role: 'caption' }, testReason);
    session = reject(session, 's2', ['edit:1']);
    const parsed = parseSessionFileText(JSON.stringify(serializeSession(session)));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.value.log[2]).toEqual({ type: 'reject', suggestion: 's2', held: ['edit:1'] });
    const reopened = sessionFromFile(initial, suggestions, parsed.value);
    expect(documentOf(reopened)).toEqual(documentOf(session));
    // The held editor command is out: the document is the automatic fix (s1) alone.
    expect(documentOf(reopened)).toEqual(documentOf(createSession(initial, suggestions, 0.5)));
  });
});

describe('parseSessionFile refuses damaged files', () => {
  const good = serializeSession(busySession());
  const cases: readonly [string, unknown, RegExp][] = [
    ['not an object', [], /session: expected an object/],
    ['null', null, /expected an object/],
    ['another version', { ...good, formatVersion: 2 }, /formatVersion/],
    ['a missing version', { ...good, formatVersion: undefined }, /formatVersion/],
    ['a non-numeric threshold', { ...good, threshold: '0.5' }, /threshold/],
    ['an infinite threshold', { ...good, threshold: Infinity }, /threshold/],
    ['automatic not an array', { ...good, automatic: {} }, /automatic: expected an array/],
    ['an automatic fix without a suggestion id', { ...good, automatic: [{ command: everyKind[0] }] }, /automatic\[0\]\.suggestion/],
    ['log not an array', { ...good, log: 'x' }, /log: expected an array/],
    ['an unknown entry type', { ...good, log: [{ type: 'undo' }], cursor: 0 }, /log\[0\]\.type/],
    ['a reject without a suggestion', { ...good, log: [{ type: 'reject' }], cursor: 0 }, /log\[0\]\.suggestion/],
    ['held steps not an array', { ...good, log: [{ type: 'reject', suggestion: 's1', held: 's2' }], cursor: 0 }, /log\[0\]\.held: expected an array/],
    ['an empty held step key', { ...good, log: [{ type: 'reject', suggestion: 's1', held: ['s2', ''] }], cursor: 0 }, /log\[0\]\.held\[1\]/],
    ['a command entry without a label', { ...good, log: [{ type: 'command', command: everyKind[0] }], cursor: 0 }, /log\[0\]\.label/],
    ['an automatic fix with an empty suggestion id', { ...good, automatic: [{ suggestion: '', command: everyKind[0] }] }, /non-empty id/],
    ['a cursor past the log', { ...good, cursor: good.log.length + 1 }, /cursor/],
    ['a negative cursor', { ...good, cursor: -1 }, /cursor/],
    ['a fractional cursor', { ...good, cursor: 1.5 }, /cursor/],
  ];
  it.each(cases)('%s', (_name, json, message) => {
    const result = parseSessionFile(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('malformed JSON text', () => {
    const result = parseSessionFileText('{"formatVersion": 1,');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/not JSON/) });
  });

  it('does not read fields from the prototype', () => {
    const json = JSON.parse('{"kind":"merge-article"}');
    expect(parseCommand(json)).toMatchObject({ ok: false, message: 'command.article: expected a string' });
    const file = parseSessionFile({ ...good, log: [{ type: 'command', command: { kind: 'toString' }, label: testReason }], cursor: 0 });
    expect(file).toMatchObject({ ok: false, message: expect.stringMatching(/kind/) });
  });
});

describe('command validation', () => {
  /** For each command kind: a field and a bad value for it. */
  const badFields: readonly [Command['kind'], string, unknown][] = [
    ['remove-text', 'paragraph', 3],
    ['remove-text', 'start', -1],
    ['remove-text', 'end', 2.5],
    ['remove-text', 'end', '9'],
    ['remove-text', 'removal', 'tidy'],
    ['remove-text', 'reason', { zh: 'x' }],
    ['remove-text', 'removalId', null],
    ['join', 'first', null],
    ['join', 'second', undefined],
    ['join', 'separator', 1],
    ['split-paragraph', 'at', Number.NaN],
    ['split-paragraph', 'at', 2 ** 60],
    ['split-paragraph', 'newParagraph', 7],
    ['move-paragraph', 'after', 5],
    ['move-paragraph', 'after', ''],
    ['join', 'first', ''],
    ['remove-text', 'removalId', ''],
    ['restore', 'newParagraph', ''],
    ['move-paragraph', 'article', null],
    ['set-role', 'role', 'footer'],
    ['set-role', 'removalId', 5],
    ['set-field-from-text', 'role', 'body'],
    ['set-field-from-text', 'start', '1'],
    ['set-field-from-text', 'newParagraph', {}],
    ['split-article', 'at', []],
    ['split-article', 'newArticle', undefined],
    ['merge-article', 'article', 0],
    ['move-article', 'after', undefined],
    ['move-article', 'article', true],
    ['edit-text', 'text', null],
    ['restore', 'removal', 1],
    ['restore', 'newParagraph', null],
    ['set-meta', 'meta', 'zh'],
    ['set-meta', 'meta', { language: 'fr' }],
    ['set-meta', 'meta', { page: 3 }],
  ];
  const sample = new Map(everyKind.map((c) => [c.kind, c] as const));

  it.each(badFields)('%s with a bad %s is refused', (kind, key, value) => {
    const command = { ...sample.get(kind), [key]: value };
    const result = parseSessionFile({ formatVersion: 1, threshold: 0.5, automatic: [{ suggestion: 's', command }], log: [], cursor: 0 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^session\.automatic\[0\]\.command/);
  });

  it('accepts every sample command unchanged', () => {
    for (const command of everyKind) expect(parseCommand(JSON.parse(JSON.stringify(command)))).toEqual({ ok: true, value: command });
  });

  it('refuses an unknown kind', () => {
    expect(parseCommand({ kind: 'delete-everything' })).toMatchObject({ ok: false, message: expect.stringMatching(/^command\.kind/) });
    expect(parseCommand('set-meta')).toMatchObject({ ok: false, message: 'command: expected an object' });
  });
});
