/**
 * The batch worker thread's loop: loads the lexicon once (from the folder the pool names, so this file
 * also runs bundled into a temporary folder), then repairs the issues it is sent, one at a time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadLexicon } from '../lexicon';
import type { BatchJob } from './batch-types';
import { processIssueJob } from './process-issue';

/** What the pool passes to each worker. */
export interface BatchWorkerData {
  readonly lexiconDir: string;
}

const port = parentPort;
if (port) {
  const { lexiconDir } = workerData as BatchWorkerData;
  // Loading starts now, while the pool is still handing out the first job.
  const lexicon = loadLexicon(lexiconDir);
  // A failed load fails each job (with its message), not the worker: keep the rejection handled.
  lexicon.catch(() => {});
  port.on('message', async (job: BatchJob) => {
    port.postMessage(await processIssueJob(job, lexicon));
  });
  port.postMessage({ ready: true });
}
