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
  return positionals[0];
}

