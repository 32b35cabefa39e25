/**
 * The one place where core offsets (UTF-16 offsets into the decoded source) become Monaco positions
 * and back. Monaco drops a leading BOM and treats \r\n, \r and \n each as one line break, so positions
 * are computed from our own line table over the original text, never from the model's offsets.
 */
import type { SourceRange } from '../../core/model';

/** A 1-based Monaco position. */
export interface Position {
  readonly lineNumber: number;
  readonly column: number;
}

/** A Monaco-style range (plain data; monaco.IRange is structurally the same). */
export interface MonacoRange {
  readonly startLineNumber: number;
  readonly startColumn: number;
  readonly endLineNumber: number;
  readonly endColumn: number;
}

/** Converts between source offsets and editor positions for one text. */
export interface OffsetAdapter {
  toPosition(offset: number): Position;
  toOffset(position: Position): number;
  toRange(range: SourceRange): MonacoRange;
  fromRange(range: MonacoRange): SourceRange;
}

/** Build the adapter for a source text. */
export function createOffsetAdapter(text: string): OffsetAdapter {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // lineStarts[i] is the offset of line i+1; lineEnds[i] the offset where its line break begins.
  const lineStarts: number[] = [bom];
  const lineEnds: number[] = [];
  for (let i = bom; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      lineEnds.push(i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  lineEnds.push(text.length);

  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const toPosition = (offset: number): Position => {
    const clamped = Math.max(bom, Math.min(offset, text.length));
    const line = lineOf(clamped);
    // An offset inside a \r\n pair sits at the end of the line.
    const column = Math.min(clamped, lineEnds[line]) - lineStarts[line] + 1;
    return { lineNumber: line + 1, column };
  };

  const toOffset = (position: Position): number => {
    const line = Math.max(0, Math.min(position.lineNumber - 1, lineStarts.length - 1));
    const offset = lineStarts[line] + Math.max(0, position.column - 1);
    return Math.min(offset, lineEnds[line]);
  };

  return {
    toPosition,
    toOffset,
    toRange: (range) => {
      const start = toPosition(range.start);
      const end = toPosition(range.end);
      return { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column };
    },
    fromRange: (range) => ({
      start: toOffset({ lineNumber: range.startLineNumber, column: range.startColumn }),
      end: toOffset({ lineNumber: range.endLineNumber, column: range.endColumn }),
    }),
  };
}
