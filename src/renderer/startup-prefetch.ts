/**
 * Asks the host for the start-up issue as the page's first module runs, so reading and sending a
 * megabyte of text overlaps evaluating the rest of the bundle (Monaco alone takes ~200 ms) instead of
 * starting after it. Imported first by main.tsx for that side effect; `actions.ts` takes the answer once.
 */
import type { OpenedIssueDto } from '../shared/ipc';
import type { Result } from '../shared/result';
import type { GalleyApi } from '../shared/ipc';

let early: Promise<Result<OpenedIssueDto>> | null = (window as { galley?: GalleyApi }).galley?.startupIssue() ?? null;

/** The start-up issue asked for early, the first time only (later calls ask the host again). */
export function takeEarlyStartupIssue(): Promise<Result<OpenedIssueDto>> | null {
  const answer = early;
  early = null;
  return answer;
}
