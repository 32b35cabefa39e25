/**
 * Asks the host for the start-up issue as the page's first module runs, so reading and sending a
 * megabyte of text overlaps evaluating the rest of the bundle (~150 ms, mostly Monaco) instead of
 * starting after it. Imported first by main.tsx for that side effect; `actions.ts` takes the answer once.
 */
import type { GalleyApi, OpenedIssueDto } from '../shared/ipc';
import type { Result } from '../shared/result';

let early: Promise<Result<OpenedIssueDto>> | null = (window as { galley?: GalleyApi }).galley?.startupIssue() ?? null;

/** The start-up issue asked for early, the first time only (later calls ask the host again). */
export function takeEarlyStartupIssue(): Promise<Result<OpenedIssueDto>> | null {
  const answer = early;
  early = null;
  return answer;
}
