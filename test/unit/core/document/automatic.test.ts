import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../src/core/model';
import { automaticSuggestions } from '../../../../src/core/document/automatic';

function suggestion(id: string, confidence: number, requires?: string[]): Suggestion {
  return { id, kind: 'join-broken-paragraph', basis: 'test', command: { kind: 'join', first: 'p1', second: 'p2' }, confidence, reason: { zh: '', en: '' }, ranges: [], ...(requires ? { requires } : {}) };
}

const ids = (list: readonly Suggestion[]): string[] => list.map((s) => s.id);

describe('automaticSuggestions', () => {
  it('applies what reaches the threshold, in order', () => {
    expect(ids(automaticSuggestions([suggestion('s1', 0.995), suggestion('s2', 0.9), suggestion('s3', 0.99)], 0.99))).toEqual(['s1', 's3']);
  });

  it('holds back a confident change planned on top of a doubtful one, and what builds on that', () => {
    const list = [suggestion('s1', 0.5), suggestion('s2', 0.999, ['s1']), suggestion('s3', 0.999, ['s2']), suggestion('s4', 0.999)];
    expect(ids(automaticSuggestions(list, 0.99))).toEqual(['s4']);
  });

  it('applies linked changes together or not at all (a join and the overlap it cuts)', () => {
    const linked = (a: number, b: number): Suggestion[] => [suggestion('s1', a, ['s2']), suggestion('s2', b, ['s1'])];
    expect(ids(automaticSuggestions(linked(0.999, 0.999), 0.99))).toEqual(['s1', 's2']);
    expect(ids(automaticSuggestions(linked(0.999, 0.9), 0.99))).toEqual([]);
    expect(ids(automaticSuggestions(linked(0.9, 0.999), 0.99))).toEqual([]);
  });
});
