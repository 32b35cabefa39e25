/// <reference lib="webworker" />
/** Runs parsing and analysis off the UI thread: text in, initial document (and suggestions) out. */
import { createInitialDocument, parseIssue } from '../../core';
import type { AnalyseRequest, AnalyseResponse } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalyseRequest>) => {
  const { id, text } = event.data;
  const started = performance.now();
  let response: AnalyseResponse;
  try {
    const parsed = parseIssue(text);
    const doc = createInitialDocument(text, parsed.blocks);
    response = { id, ok: true, layout: parsed.layout, blockCount: parsed.blocks.length, doc, suggestions: [], millis: performance.now() - started };
  } catch (error) {
    response = { id, ok: false, message: (error as Error).message };
  }
  scope.postMessage(response);
};
