import { describe, expect, it } from 'vitest';
import type { WorkspaceIssueDto, WorkspaceStatus } from '../../../../src/shared/ipc';
import { nextIssue } from '../../../../src/renderer/workspace/next-issue';

const issue = (name: string, status: WorkspaceStatus): WorkspaceIssueDto => ({ path: `/w/${name}`, name, size: 1, status, exportedAt: null });

describe('nextIssue', () => {
  const issues = [issue('a', 'in-review'), issue('b', 'exported'), issue('c', 'new'), issue('d', 'exported')];

  it('takes the next one not exported, wrapping round, never the current one', () => {
    expect(nextIssue(issues, '/w/a')?.name).toBe('c');
    expect(nextIssue(issues, '/w/c')?.name).toBe('a');
    expect(nextIssue(issues, '/w/d')?.name).toBe('a');
  });

  it('starts at the top when the shown issue is not in the folder, and is null when all are exported', () => {
    expect(nextIssue(issues, '/elsewhere.txt')?.name).toBe('a');
    expect(nextIssue(issues, null)?.name).toBe('a');
    expect(nextIssue([issue('a', 'exported')], null)).toBeNull();
    expect(nextIssue([issue('a', 'new')], '/w/a')).toBeNull();
  });
});
