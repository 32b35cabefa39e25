// Small timing helpers shared by the benchmarks.
import { performance } from 'node:perf_hooks';

/** Run `fn` `runs` times after `warmup` runs; returns every duration in milliseconds. */
export async function time(fn: () => unknown, runs: number, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    durations.push(performance.now() - start);
  }
  return durations;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Print one result line: name, median, and the goal it is checked against. */
export function report(name: string, value: number, unit: string, goal?: { max: number }): boolean {
  const pass = goal ? value <= goal.max : true;
  const verdict = goal ? (pass ? `ok (goal ≤ ${goal.max} ${unit})` : `OVER GOAL (≤ ${goal.max} ${unit})`) : '';
  console.log(`${name.padEnd(48)} ${value.toFixed(2).padStart(10)} ${unit} ${verdict}`);
  return pass;
}
