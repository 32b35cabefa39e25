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

/**
 * Print a figure beside its floor, measured in the same run on the same input, and their ratio: on a
 * noisy machine the ratio is steadier than either, and goals are checked on it where one is given.
 */
export function reportWithFloor(name: string, value: number, floor: number, unit: string, goal?: { maxRatio: number }): boolean {
  const ratio = value / floor;
  const pass = goal ? ratio <= goal.maxRatio : true;
  const verdict = goal ? (pass ? `ok (goal ≤ ${goal.maxRatio} ×)` : `OVER GOAL (≤ ${goal.maxRatio} ×)`) : '';
  console.log(`${name.padEnd(48)} ${value.toFixed(2).padStart(10)} ${unit}  floor ${floor.toFixed(2)} ${unit}  ratio ${ratio.toFixed(2)} × ${verdict}`);
  return pass;
}

/** The floor for work on a text: milliseconds (median of `runs`) of one pass over its characters. */
export function scanFloorMs(text: string, runs = 5): number {
  const once = (): number => {
    let n = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x4e00) n++;
    return n;
  };
  once();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    once();
    durations.push(performance.now() - start);
  }
  return median(durations);
}
