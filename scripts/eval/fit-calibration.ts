// Fits the calibration table: per suggestion basis and raw-score bin, the measured share of right
// suggestions, made conservative so that only what is near-certain on every set can reach the
// automatic threshold.
import type { CalibrationBin, CalibrationTable } from '../../src/core/analysis/calibration';

/** One judged suggestion: its basis, raw score, verdict and evaluation set. */
export interface Sample {
  readonly basis: string;
  readonly raw: number;
  readonly right: boolean;
  readonly set: string;
}

/** Upper edges of the raw-score bins. */
export const RAW_BIN_EDGES = [0.5, 0.7, 0.8, 0.9, 0.95, 1.01] as const;
/** A set with fewer judged samples of a bin than this is judged only within all sets together. */
export const MIN_SAMPLES_PER_SET = 20;

/** Laplace-smoothed share right: (right + 1) / (n + 2), so a few lucky samples never look certain. */
function smoothed(right: number, n: number): number {
  return (right + 1) / (n + 2);
}

/**
 * The probability a bin's suggestions are right: the smoothed share over all sets, and no higher than
 * the measured share on any one set with enough samples, so a rule precise on synthetic issues but not
 * on real pages never reaches the automatic threshold.
 */
function binProbability(samples: readonly Sample[]): number {
  const right = samples.filter((s) => s.right).length;
  let p = smoothed(right, samples.length);
  const bySet = new Map<string, Sample[]>();
  for (const s of samples) bySet.set(s.set, [...(bySet.get(s.set) ?? []), s]);
  for (const list of bySet.values()) {
    if (list.length < MIN_SAMPLES_PER_SET) continue;
    p = Math.min(p, list.filter((s) => s.right).length / list.length);
  }
  return p;
}

/** Bins are pooled, from the top score down, until each group holds at least this many samples. */
export const MIN_SAMPLES_PER_GROUP = 30;

/**
 * Fit the table from judged samples. Neighbouring raw-score bins are pooled into groups of enough
 * samples (a bin of five lucky samples must not look certain), and the result never rises as the raw
 * score falls.
 */
export function fitCalibration(samples: readonly Sample[]): CalibrationTable {
  const byBasis = new Map<string, Sample[]>();
  for (const s of samples) byBasis.set(s.basis, [...(byBasis.get(s.basis) ?? []), s]);
  const table: Record<string, CalibrationBin[]> = {};
  for (const [basis, list] of [...byBasis].sort((a, b) => a[0].localeCompare(b[0]))) {
    const binOf = (raw: number): number => {
      const b = RAW_BIN_EDGES.findIndex((e) => raw < e);
      return b < 0 ? RAW_BIN_EDGES.length - 1 : b;
    };
    const groups: number[][] = [];
    let current: number[] = [];
    let count = 0;
    for (let b = RAW_BIN_EDGES.length - 1; b >= 0; b--) {
      current.push(b);
      count += list.filter((s) => binOf(s.raw) === b).length;
      if (count >= MIN_SAMPLES_PER_GROUP) {
        groups.push(current);
        current = [];
        count = 0;
      }
    }
    if (current.length > 0) {
      if (groups.length > 0) groups[groups.length - 1].push(...current);
      else groups.push(current);
    }
    const p = new Array<number>(RAW_BIN_EDGES.length).fill(0);
    for (const group of groups) {
      const inGroup = list.filter((s) => group.includes(binOf(s.raw)));
      const value = binProbability(inGroup);
      for (const b of group) p[b] = value;
    }
    for (let i = p.length - 2; i >= 0; i--) p[i] = Math.min(p[i], p[i + 1]);
    table[basis] = RAW_BIN_EDGES.map((upTo, i) => ({ upTo, p: Math.floor(p[i] * 1000) / 1000 }));
  }
  return table;
}
