/** Messages between the renderer and the analysis worker. */
import type { IssueDocument, LayoutKind, Suggestion } from '../../core';

/** To the worker: the lexicons (sent once), or a text to analyse. */
export type WorkerRequest =
  | { readonly type: 'lexicon'; readonly zh: string; readonly en: string }
  | { readonly type: 'analyse'; readonly id: number; readonly text: string };

/** The worker's answer to an 'analyse' request. */
export type AnalyseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly layout: LayoutKind;
      readonly blockCount: number;
      /** The unrepaired document; suggestions are commands against it. */
      readonly initial: IssueDocument;
      readonly suggestions: readonly Suggestion[];
      readonly millis: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
