import type { IssueDocument } from '../model';
import type { Lexicon } from '../lexicon/lexicon';
import { applyCommand } from '../document/apply';
import { createInitialDocument } from '../document/initial-document';
import { analyzeIssue, type Analysis } from './analyze-issue';

/** The confidence at or above which suggestions are applied without review (app and CLI alike). */
export const AUTO_APPLY_THRESHOLD = 0.5;

/** Analyse an issue and apply every suggestion at or above the threshold to its initial document. */
export function repairIssue(text: string, lexicon: Lexicon, threshold: number = AUTO_APPLY_THRESHOLD): { readonly analysis: Analysis; readonly doc: IssueDocument } {
  const analysis = analyzeIssue(text, lexicon);
  let doc = createInitialDocument(text, analysis.blocks, { language: analysis.language });
  for (const s of analysis.suggestions) {
    if (s.confidence < threshold) continue;
    doc = applyCommand(doc, s.command).doc;
  }
  return { analysis, doc };
}
