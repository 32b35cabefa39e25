/** Sends texts to the analysis worker and resolves with its answer. */
import AnalysisWorker from './analysis.worker?worker';
import type { AnalyseResponse } from './protocol';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (response: AnalyseResponse) => void>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new AnalysisWorker();
  worker.onmessage = (event: MessageEvent<AnalyseResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  worker.onerror = (event) => {
    // A crashed worker fails every waiting request rather than leaving the UI loading forever.
    for (const [id, resolve] of pending) resolve({ id, ok: false, message: event.message || 'analysis worker failed' });
    pending.clear();
    worker = null;
  };
  return worker;
}

/** Analyse an issue's text in the worker. */
export function analyseText(text: string): Promise<AnalyseResponse> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    ensureWorker().postMessage({ id, text });
  });
}
