/** The issue pane's find highlights: each row reads only the phrase, so stepping through matches re-renders nothing. */
import { useSyncExternalStore } from 'react';
import { findStore } from '../stores/find-store';
import { rangesIn } from './find-matches';

const shownQuery = (): string => {
  const s = findStore.get();
  return s.open ? s.query : '';
};

/** The phrase to highlight ('' while the find bar is closed). */
export function useFindQuery(): string {
  return useSyncExternalStore(findStore.subscribe, shownQuery);
}

/** `text` with each occurrence of `query` wrapped in a find mark. */
export function withFindMarks(text: string, query: string): React.ReactNode {
  const ranges = rangesIn(text, query);
  if (ranges.length === 0) return text;
  const out: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) out.push(text.slice(at, start));
    out.push(
      <mark key={start} className="find-match" data-testid="find-match">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
