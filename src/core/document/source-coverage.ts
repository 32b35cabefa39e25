import type { IssueDocument, Paragraph } from '../model';

/** A sorted list of disjoint half-open source intervals. */
type Intervals = readonly (readonly [number, number])[];

/** Every paragraph of a document: head fields, body, captions and the removed pile. */
export function allParagraphs(doc: IssueDocument): Paragraph[] {
  const result: Paragraph[] = [];
  for (const article of doc.articles) {
    for (const field of [article.kicker, article.headline, article.subheadline, article.byline]) if (field) result.push(field);
    result.push(...article.paragraphs, ...article.captions);
  }
  for (const removal of doc.removed) result.push(removal.paragraph);
  return result;
}

/** The source held by `paragraphs` within [from, to), as merged intervals. */
function mergeIntervals(paragraphs: readonly Paragraph[], from: number, to: number): Intervals {
  // Only pieces that meet [from, to) are sorted: holders are often every paragraph of a large issue.
  const ranges: [number, number][] = [];
  for (const p of paragraphs)
    for (const piece of p.pieces) if (piece.kind === 'source' && piece.start < piece.end && piece.start < to && piece.end > from) ranges.push([piece.start, piece.end]);
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/** The end of the interval holding `offset`, or -1 when no interval holds it. */
function coveringEnd(intervals: Intervals, offset: number): number {
  let low = 0;
  let high = intervals.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [start, end] = intervals[mid];
    if (offset < start) high = mid - 1;
    else if (offset >= end) low = mid + 1;
    else return end;
  }
  return -1;
}

/**
 * Whether every non-whitespace source character of `paragraph` is also held by `holders`. A head field
 * filled from body text duplicates it and may be dropped; one that is the only holder of its text may not.
 */
export function isSourceHeldBy(source: string, paragraph: Paragraph, holders: readonly Paragraph[]): boolean {
  let from = Infinity;
  let to = -Infinity;
  for (const piece of paragraph.pieces) {
    if (piece.kind !== 'source') continue;
    from = Math.min(from, piece.start);
    to = Math.max(to, piece.end);
  }
  if (from >= to) return true;
  const intervals = mergeIntervals(holders, from, to);
  for (const piece of paragraph.pieces) {
    if (piece.kind !== 'source') continue;
    let offset = piece.start;
    while (offset < piece.end) {
      const end = coveringEnd(intervals, offset);
      if (end >= 0) offset = end;
      else if (/\S/.test(source.charAt(offset))) return false;
      else offset++;
    }
  }
  return true;
}
