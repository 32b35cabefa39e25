import type { Suggestion } from '../model';

/** One bin of a basis's calibration: raw scores below `upTo` (and at or above the previous bin's) are right with probability `p`. */
export interface CalibrationBin {
  readonly upTo: number;
  readonly p: number;
}

/** Measured probability of being right, per suggestion basis and raw-score bin. */
export type CalibrationTable = Readonly<Record<string, readonly CalibrationBin[]>>;

/**
 * The confidence shown for a basis nobody has measured (a new rule): below every automatic threshold,
 * so an unmeasured change always waits for the editor.
 */
export const UNMEASURED_CONFIDENCE_CAP = 0.5;

/** The measured probability that a suggestion of `basis` with raw score `raw` is right. */
export function calibratedConfidence(table: CalibrationTable, basis: string, raw: number): number {
  const bins = table[basis];
  if (bins === undefined || bins.length === 0) return Math.min(raw, UNMEASURED_CONFIDENCE_CAP);
  for (const bin of bins) if (raw < bin.upTo) return bin.p;
  return bins[bins.length - 1].p;
}

/** Suggestions with their raw scores replaced by calibrated confidences (alternatives keep their own basis). */
export function calibrate(suggestions: readonly Suggestion[], table: CalibrationTable): Suggestion[] {
  return suggestions.map((s) => ({
    ...s,
    confidence: calibratedConfidence(table, s.basis, s.confidence),
    ...(s.alternatives ? { alternatives: s.alternatives.map((a) => ({ ...a, confidence: calibratedConfidence(table, s.basis, a.confidence) })) } : {}),
  }));
}
