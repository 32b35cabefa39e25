import { parseArgs } from 'node:util';
import { UsageError } from './io';

/** Parse the arguments of one subcommand; unknown options are usage errors. */
export function parseCommandArgs(
  args: readonly string[],
  options: NonNullable<Parameters<typeof parseArgs>[0]>['options'],
): { values: Record<string, string | boolean | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Exactly one file argument. */
export function oneFile(positionals: readonly string[], command: string): string {
  if (positionals.length !== 1) throw new UsageError(`'galley ${command}' takes exactly one file`);
  return nonEmptyPath(positionals[0], 'the file');
}

/** A path argument as given; an empty one (`''`, an unset shell variable) would silently mean the current folder. */
export function nonEmptyPath(value: string, what: string): string {
  if (value.trim() === '') throw new UsageError(`${what} is an empty path`);
  return value;
}

const sizeUnits: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** A size such as `80MB`, `512k` or `1000000` (bytes), in bytes. */
export function parseSize(value: string, option: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(value.trim());
  const unit = match ? sizeUnits[match[2].toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0) throw new UsageError(`${option} takes a size such as 80MB, 512KB or a number of bytes (got '${value}')`);
  return Math.ceil(Number(match[1]) * unit);
}

