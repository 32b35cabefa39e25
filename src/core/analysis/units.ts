import type { Block, RemovalKind, Reason } from '../model';
import { unwrapWithMap } from '../parse/unwrap';
import type { LineKind } from './roles';

/** A cut planned inside a block: text offsets [start, end) of the block's text. */
export interface Cut {
  readonly start: number;
  readonly end: number;
  readonly removal: RemovalKind;
  readonly reason: Reason;
  readonly confidence: number;
  /** The rule that planned the cut, when it is more specific than 'remove:<removal>' (see Suggestion.basis). */
  readonly basis?: string;
}

/** A block as the detectors see it: its text, what it looks like, and the cuts planned in it. */
export interface Unit {
  readonly block: Block;
  readonly text: string;
  /** Text offset → offset within the block's source slice (null when the text is the slice). */
  readonly map: Int32Array | null;
  kind: LineKind;
  /** The block starts with an indent (a paragraph start in indented column layouts). */
  readonly indented: boolean;
  /** Whole block removed as junk, with why. */
  junk: { readonly removal: RemovalKind; readonly reason: Reason; readonly confidence: number; readonly basis?: string } | null;
  readonly cuts: Cut[];
  /** coreText remembered for the number of cuts it was computed with (cuts are only ever added). */
  coreCache?: { readonly cuts: number; readonly text: string };
}

/** Build the unit of a block. */
export function makeUnit(source: string, block: Block, kind: LineKind): Unit {
  const slice = source.slice(block.start, block.end);
  const wrapped = block.text !== slice;
  const map = wrapped ? unwrapWithMap(slice).map : null;
  let k = block.start - 1;
  while (k >= 0 && (source[k] === ' ' || source[k] === '\t')) k--;
  // The parser may know better from the page's geometry (PDF page text: a first line set in from the column).
  const indented = block.opensParagraph ?? (block.start > 0 && (source[block.start - 1] === '\u3000' || source[block.start - 1] === '\t' || (source[block.start - 1] === ' ' && k < block.start - 2)));
  // coreCache is present from the start: added later, it would give every unit a new hidden class.
  return { block, text: block.text, map, kind, indented, junk: null, cuts: [], coreCache: undefined };
}

/** Source offset of a text offset of a unit (an offset at the text end maps to the block end). */
export function sourceOffset(unit: Unit, textOffset: number): number {
  if (!unit.map) return unit.block.start + textOffset;
  if (textOffset >= unit.text.length) return unit.block.end;
  return unit.block.start + unit.map[textOffset];
}

/** Source range of a text range of a unit. */
export function sourceRange(unit: Unit, start: number, end: number): { start: number; end: number } {
  if (!unit.map) return { start: unit.block.start + start, end: unit.block.start + end };
  const s = sourceOffset(unit, start);
  const e = end >= unit.text.length ? unit.block.end : unit.block.start + unit.map[end - 1] + 1;
  return { start: s, end: e };
}

/** The text that remains at the unit's start and end once cuts touching its edges are applied. */
export function coreText(unit: Unit): string {
  if (unit.coreCache && unit.coreCache.cuts === unit.cuts.length) return unit.coreCache.text;
  const text = computeCoreText(unit);
  unit.coreCache = { cuts: unit.cuts.length, text };
  return text;
}

function computeCoreText(unit: Unit): string {
  if (unit.cuts.length === 0) return unit.text.trim();
  let start = 0;
  let end = unit.text.length;
  const cuts = [...unit.cuts].sort((a, b) => a.start - b.start);
  for (const c of cuts) if (c.start <= start && c.end > start) start = c.end;
  for (const c of cuts.reverse()) if (c.end >= end && c.start < end) end = c.start;
  return end > start ? unit.text.slice(start, end).trim() : '';
}

/** Text offset where the unit's kept text begins (after cuts at its start, then spaces). */
export function coreStart(unit: Unit): number {
  let start = 0;
  const cuts = [...unit.cuts].sort((a, b) => a.start - b.start);
  for (const c of cuts) if (c.start <= start && c.end > start) start = c.end;
  while (start < unit.text.length && unit.text[start] === ' ') start++;
  return start;
}
