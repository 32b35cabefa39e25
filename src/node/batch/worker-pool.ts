import { Worker } from 'node:worker_threads';
import type { BatchJob, IssueReport } from './batch-types';

/**
 * Run jobs on `size` worker threads, each loading the lexicon once and taking the next job when free.
 * `onReport` is called as each job ends, in completion order; the result is in job order.
 */
export async function runOnWorkers(
  jobs: readonly BatchJob[],
  size: number,
  onReport: (report: IssueReport) => void,
): Promise<IssueReport[]> {
  const results: IssueReport[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  let next = 0;
  const entry = new URL('./worker-entry.mjs', import.meta.url);
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const worker = new Worker(entry);
      let current = -1;
      const give = (): void => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (message: IssueReport | { ready: true }) => {
        if ('ready' in message) return give();
        results[current] = message;
        onReport(message);
        give();
      });
      worker.on('error', (error) => {
        // A crashed worker fails only its own issue; the batch goes on with a fresh worker.
        if (current >= 0 && !results[current]) {
          results[current] = { input: jobs[current].input, ok: false, error: `${jobs[current].input}: worker crashed (${error.message})` };
          onReport(results[current]);
        }
        void runWorker().then(resolve);
      });
    });
  const workers = Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, runWorker);
  await Promise.all(workers);
  return results;
}
