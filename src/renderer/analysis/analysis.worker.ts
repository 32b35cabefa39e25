/// <reference lib="webworker" />
/** Runs analysis off the UI thread: the lexicon arrives once, then texts in, initial document and suggestions out. */
import { analyzeIssue } from '../../core/analysis/analyze-issue';
import { initialDocumentFor } from '../../core/analysis/repair-issue';
import { EMPTY_LEXICON, parseCompactLexicon, type Lexicon } from '../../core/lexicon/lexicon';
import type { AnalyseResponse, WorkerRequest } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let lexicon: Lexicon = EMPTY_LEXICON;

scope.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.type === 'lexicon') {
    // Parsing the lexicon takes a few hundred ms; it happens here so the UI never waits on it.
    lexicon = parseCompactLexicon(request.zh, request.en);
    return;
  }
  const started = performance.now();
  let response: AnalyseResponse;
  try {
    const analysis = analyzeIssue(request.text, lexicon);
    const initial = initialDocumentFor(request.text, analysis);
    response = {
      id: request.id,
      ok: true,
      layout: analysis.layout,
      blockCount: analysis.blocks.length,
      initial,
      suggestions: analysis.suggestions,
      millis: performance.now() - started,
    };
  } catch (error) {
    response = { id: request.id, ok: false, message: (error as Error).message };
  }
  scope.postMessage(response);
};
