import { describe, expect, it } from 'vitest';
import type { Removal } from '../../../../src/core';
import { editorDeletions, provenanceOf } from '../../../../src/renderer/issue/provenance';

const source = 'schools and\n\nroads across. 市级政\n\n务服务';

describe('provenanceOf', () => {
  it('marks a join and its space as a join, not as typed text', () => {
    const p = provenanceOf(source, [{ kind: 'source', start: 0, end: 11 }, { kind: 'typed', text: ' ' }, { kind: 'source', start: 13, end: 26 }], new Set());
    expect(p).toEqual({
      parts: [
        { kind: 'source', text: 'schools and' },
        { kind: 'join', text: ' ' },
        { kind: 'source', text: 'roads across.' },
      ],
      typed: false,
      joins: 1,
    });
  });

  it('marks a CJK join without glue', () => {
    const p = provenanceOf(source, [{ kind: 'source', start: 27, end: 30 }, { kind: 'source', start: 32, end: 35 }], new Set());
    expect(p.parts.map((x) => x.kind)).toEqual(['source', 'join', 'source']);
    expect(p.joins).toBe(1);
  });

  it('does not call a gap the editor deleted a join, and keeps typed text typed', () => {
    const deleted: Removal = { id: 'r', paragraph: { id: 'r', pieces: [{ kind: 'source', start: 8, end: 9 }] }, kind: 'editor', reason: { zh: '', en: '' } };
    const gaps = editorDeletions([deleted]);
    const cut = provenanceOf(source, [{ kind: 'source', start: 0, end: 8 }, { kind: 'source', start: 9, end: 11 }], gaps);
    expect(cut).toMatchObject({ typed: false, joins: 0 });
    // The editor replacing that character with a space typed the space.
    const replaced = provenanceOf(source, [{ kind: 'source', start: 0, end: 8 }, { kind: 'typed', text: ' ' }, { kind: 'source', start: 9, end: 11 }], gaps);
    expect(replaced).toMatchObject({ typed: true, joins: 0 });
    // Contiguous source around typed text is an insertion, not a join.
    const inserted = provenanceOf(source, [{ kind: 'source', start: 0, end: 7 }, { kind: 'typed', text: ' ' }, { kind: 'source', start: 7, end: 11 }], new Set());
    expect(inserted).toMatchObject({ typed: true, joins: 0 });
  });
});
