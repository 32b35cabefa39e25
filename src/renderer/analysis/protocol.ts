/** Messages between the renderer and the analysis worker. */
import type { IssueDocument, LayoutKind, Suggestion } from '../../core';

/** Ask the worker to analyse a text. */
export interface AnalyseRequest {
  readonly id: number;
  readonly text: string;
}

/** The worker's answer. */
export type AnalyseResponse =
  | {
      readonly id: number;
      readonly ok: true;
      readonly layout: LayoutKind;
      readonly blockCount: number;
      readonly doc: IssueDocument;
      readonly suggestions: readonly Suggestion[];
      readonly millis: number;
    }
  | { readonly id: number; readonly ok: false; readonly message: string };
