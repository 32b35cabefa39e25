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
 * the smoothed share on any one set with enough samples (a rule must hold on real pages too).
 */
function binProbability(samples: readonly Sample[]): number {
  const right = samples.filter((s) => s.right).length;
  let p = smoothed(right, samples.length);
  const bySet = new Map<string, Sample[]>();
  for (const s of samples) bySet.set(s.set, [...(bySet.get(s.set) ?? []), s]);
  for (const list of bySet.values()) {
    if (list.length < MIN_SAMPLES_PER_SET) continue;
    p = Math.min(p, smoothed(list.filter((s) => s.right).length, list.length));
  }
  return p;
}

/** Fit the table from judged samples; a bin without samples takes the value of the bin below it. */
export function fitCalibration(samples: readonly Sample[]): CalibrationTable {
  const byBasis = new Map<string, Sample[]>();
  for (const s of samples) byBasis.set(s.basis, [...(byBasis.get(s.basis) ?? []), s]);
  const table: Record<string, CalibrationBin[]> = {};
  for (const [basis, list] of [...byBasis].sort((a, b) => a[0].localeCompare(b[0]))) {
    const probabilities: (number | null)[] = RAW_BIN_EDGES.map((upTo, i) => {
      const from = i === 0 ? -Infinity : RAW_BIN_EDGES[i - 1];
      const inBin = list.filter((s) => s.raw >= from && s.raw < upTo);
      return inBin.length > 0 ? binProbability(inBin) : null;
    });
    // Fill empty bins from below (the lowest from the first measured one), then make the table
    // non-decreasing from the top down: a higher raw score never claims more than the bins above it.
    const firstMeasured = probabilities.find((p) => p !== null) ?? 0.5;
    let last = firstMeasured;
    const filled = probabilities.map((p) => (last = p ?? last));
    for (let i = filled.length - 2; i >= 0; i--) filled[i] = Math.min(filled[i], filled[i + 1]);
    table[basis] = RAW_BIN_EDGES.map((upTo, i) => ({ upTo, p: Math.floor(filled[i] * 1000) / 1000 }));
  }
  return table;
}
