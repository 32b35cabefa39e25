import type { IssueDocument, Suggestion } from '../model';
import type { Lexicon } from '../lexicon/lexicon';
import { applyCommands } from '../document/apply';
import { createInitialDocument } from '../document/initial-document';
import { detectIssueMeta } from '../meta/detect-issue-meta';
import { analyzeIssue, type Analysis } from './analyze-issue';
import { automaticSuggestions } from '../document/automatic';

/**
 * The confidence at or above which suggestions are applied without review (app and CLI alike). A
 * confidence is a measured probability of being right (calibration-table.ts, fitted by `npm run eval` on
 * dev, dev-hard and real-dev, no higher on any one set than that set measured), so only changes measured
 * at least 99 % precise apply by themselves: a wrong automatic change reads fluently and nobody sees it.
 */
export const AUTO_APPLY_THRESHOLD = 0.99;

/** How much of the repair to apply without review: the confident changes (the default), all, or none. */
export type ApplyMode = 'confident' | 'all' | 'none';

/** The apply modes, as `galley fix --apply` takes them. */
export const APPLY_MODES: readonly ApplyMode[] = ['confident', 'all', 'none'];

/** The confidence threshold of an apply mode. */
export function applyThreshold(mode: ApplyMode): number {
  return mode === 'confident' ? AUTO_APPLY_THRESHOLD : mode === 'all' ? 0 : Number.POSITIVE_INFINITY;
}

/** The unrepaired document of an analysed issue, with the metadata its page headers state. */
export function initialDocumentFor(text: string, analysis: Analysis): IssueDocument {
  return createInitialDocument(text, analysis.blocks, { ...detectIssueMeta(text), language: analysis.language });
}

/** An analysed issue with the suggestions applied without review, and the document they make. */
export interface RepairedIssue {
  readonly analysis: Analysis;
  readonly automatic: readonly Suggestion[];
  readonly doc: IssueDocument;
}

/** Analyse an issue and apply the suggestions that apply at the threshold (see automaticSuggestions). */
export function repairIssue(text: string, lexicon: Lexicon, threshold: number = AUTO_APPLY_THRESHOLD): RepairedIssue {
  const analysis = analyzeIssue(text, lexicon);
  const automatic = automaticSuggestions(analysis.suggestions, threshold);
  const doc = applyCommands(initialDocumentFor(text, analysis), automatic.map((s) => s.command), () => false, () => {});
  return { analysis, automatic, doc };
}
