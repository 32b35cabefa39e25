/** One issue for a batch worker to repair and export. */
export interface BatchJob {
  readonly input: string;
  readonly outDir: string;
  readonly format: string;
  readonly threshold: number;
  /** The export's path, planned by the batch so no two issues share one (default: the input's name in outDir). */
  readonly output?: string;
  /** The per-issue report's path, planned likewise (default: `<name>.report.json` in outDir). */
  readonly report?: string;
  /** Raise the 50 MB limit for reading the issue (the CLI's --max-size). */
  readonly maxBytes?: number;
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
