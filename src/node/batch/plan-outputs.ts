/**
 * Where each issue of a batch writes, decided before any work starts: outputs mirror the inputs'
 * folders under --out, the summary's names are reserved, and names that would still meet (x.txt and
 * x.TXT, an input called batch-report.txt) are numbered, so no output is lost to another.
 */
import { basename, dirname, extname, join, relative, resolve } from 'node:path';

/** The summary files a batch writes into --out. */
export const batchReportNames: readonly string[] = ['batch-report.json', 'batch-report.html'];

/** One issue's planned export and report. */
export interface PlannedOutput {
  readonly input: string;
  readonly output: string;
  readonly report: string;
}

// Case-insensitive, because two names differing only in case are one file on Windows and macOS, and
// a batch's output is often copied there.
const clashKey = (path: string): string => resolve(path).toLowerCase();

/** Plan every input's output (`<name>.<extension>`) and report (`<name>.report.json`) under `outDir`, mirroring `root`. */
export function planOutputs(inputs: readonly string[], root: string, outDir: string, extension: string): PlannedOutput[] {
  const claimed = new Set(batchReportNames.map((name) => clashKey(join(outDir, name))));
  return inputs.map((input) => {
    const inside = relative(root, dirname(resolve(input)));
    // An input outside the root (cannot happen for found files, but a single-file target) goes to --out itself.
    const folder = inside.startsWith('..') ? outDir : join(outDir, inside);
    const stem = basename(input, extname(input));
    for (let n = 1; ; n++) {
      const name = n === 1 ? stem : `${stem} (${n})`;
      const output = join(folder, `${name}.${extension}`);
      const report = join(folder, `${name}.report.json`);
      if (claimed.has(clashKey(output)) || claimed.has(clashKey(report))) continue;
      claimed.add(clashKey(output));
      claimed.add(clashKey(report));
      return { input, output, report };
    }
  });
}

/** Planned outputs that land on an input of the batch (same path), with the input they would replace. */
export function outputsOverInputs(plans: readonly PlannedOutput[]): { readonly output: string; readonly input: string }[] {
  const foldCase = process.platform === 'win32' || process.platform === 'darwin';
  const key = (path: string): string => (foldCase ? resolve(path).toLowerCase() : resolve(path));
  const inputs = new Map(plans.map((plan) => [key(plan.input), plan.input]));
  const hits: { output: string; input: string }[] = [];
  for (const plan of plans) {
    const input = inputs.get(key(plan.output));
    if (input !== undefined) hits.push({ output: plan.output, input });
  }
  return hits;
}
