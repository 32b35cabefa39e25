/** Sends texts to the analysis worker (with the lexicon, fetched once through the host) and resolves with its answer. */
import { galley } from '../galley';
import AnalysisWorker from './analysis.worker?worker';
import type { AnalyseResponse, WorkerRequest } from './protocol';

let worker: Worker | null = null;
let lexiconSent: Promise<void> | null = null;
let nextId = 1;
const pending = new Map<number, (response: AnalyseResponse) => void>();

function ensureWorker(): Worker {
  if (worker) return worker;
  const created = new AnalysisWorker();
  created.onmessage = (event: MessageEvent<AnalyseResponse>) => {
    const resolve = pending.get(event.data.id);
    pending.delete(event.data.id);
    resolve?.(event.data);
  };
  created.onerror = (event) => {
    // A crashed worker fails every waiting request rather than leaving the UI loading forever.
    for (const [id, resolve] of pending) resolve({ id, ok: false, message: event.message || 'analysis worker failed' });
    pending.clear();
    worker = null;
    lexiconSent = null;
  };
  worker = created;
  return created;
}

function post(request: WorkerRequest): void {
  ensureWorker().postMessage(request);
}

/** Ship the lexicon to the worker once; without it analysis still runs, with weaker word evidence. */
export function preloadLexicon(): Promise<void> {
  lexiconSent ??= galley()
    .lexicon()
    .then((result) => {
      if (result.ok) post({ type: 'lexicon', zh: result.value.zh, en: result.value.en });
      else console.warn('Galley: lexicon unavailable, analysing without it:', result.error.message);
    });
  return lexiconSent;
}

/** Analyse an issue's text in the worker. */
export async function analyseText(text: string): Promise<AnalyseResponse> {
  await preloadLexicon();
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    post({ type: 'analyse', id, text });
  });
}
