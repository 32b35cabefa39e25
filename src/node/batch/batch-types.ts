/** One issue for a batch worker to repair and export. */
export interface BatchJob {
  readonly input: string;
  readonly outDir: string;
  readonly format: string;
  readonly threshold: number;
}

/** What a batch did with one issue: the per-issue report written beside its output. */
export interface IssueReport {
  readonly input: string;
  readonly ok: boolean;
  /** Why it failed (a line naming the file and the problem). */
  readonly error?: string;
  /** Skipped because its outputs were newer than the input. */
  readonly upToDate?: boolean;
  readonly encoding?: string;
  readonly bytes?: number;
  readonly articles?: number;
  readonly automaticFixes?: number;
  readonly pendingSuggestions?: number;
  readonly warnings?: readonly string[];
  readonly outputs?: readonly string[];
  readonly milliseconds?: number;
}

/** The summary of a whole batch (batch-report.json). */
export interface BatchSummary {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly format: string;
  readonly jobs: number;
  readonly total: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly skippedUpToDate: number;
  readonly megabytes: number;
  readonly seconds: number;
  readonly issues: readonly IssueReport[];
}
