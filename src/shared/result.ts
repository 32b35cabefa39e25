/** Expected failures are data: services return a Result instead of throwing across process boundaries. */

/** Error codes shared by services, IPC, the CLI and the UI. */
export type ErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'binary'
  | 'too-large'
  | 'empty'
  | 'decode'
  | 'write-failed'
  | 'disk-full'
  | 'changed-on-disk'
  | 'corrupt'
  | 'exists'
  | 'invalid-argument'
  | 'cancelled'
  | 'internal';

/** A failure a user can read. */
export interface GalleyError {
  readonly code: ErrorCode;
  readonly message: string;
  /** For 'too-large': the file's size and whether raising `maxBytes` can open it (false: over the hard limit). */
  readonly tooLarge?: { readonly size: number; readonly canRaise: boolean };
}

/** Success with a value, or a failure with an error. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: GalleyError };

/** Wrap a value as success. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** Build a failure. */
export function fail<T = never>(code: ErrorCode, message: string): Result<T> {
  return { ok: false, error: { code, message } };
}
