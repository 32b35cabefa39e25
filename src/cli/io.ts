/** Where a CLI command writes: injected so tests can capture output. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Whether standard error is a terminal (progress bars) or a pipe/log (plain lines). */
  readonly interactive: boolean;
}

/** Exit codes: 0 ok, 1 input error (a file and its problem named), 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

/** The process's own streams. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  interactive: Boolean(process.stderr.isTTY),
};

/** A usage problem: reported with a hint and exit code 2. */
export class UsageError extends Error {}
