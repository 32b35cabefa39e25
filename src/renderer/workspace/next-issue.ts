/** Which issue of a workspace comes next. */
import type { WorkspaceIssueDto } from '../../shared/ipc';

/** The next issue after `current` (in list order, wrapping) that is not exported yet; null when there is none. */
export function nextIssue(issues: readonly WorkspaceIssueDto[], current: string | null): WorkspaceIssueDto | null {
  const at = issues.findIndex((i) => i.path === current);
  for (let step = 1; step <= issues.length; step++) {
    const candidate = issues[(at + step + issues.length) % issues.length];
    if (candidate.status !== 'exported' && candidate.path !== current) return candidate;
  }
  return null;
}
