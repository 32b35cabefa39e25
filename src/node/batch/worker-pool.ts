import { Worker } from 'node:worker_threads';
import { defaultLexiconDir } from '../lexicon';
import type { BatchJob, IssueReport } from './batch-types';
import type { BatchWorkerData } from './worker-main';
import { fallbackEntry, prepareWorkerScript, type WorkerScript } from './worker-script';

/**
 * Run jobs on `size` worker threads, each loading the lexicon once and taking the next job when free.
 * `onReport` is called as each job ends, in completion order; the result is in job order.
 * `prepareScript` picks the workers' script (tests pass the tsx entry or a broken one).
 */
export async function runOnWorkers(
  jobs: readonly BatchJob[],
  size: number,
  onReport: (report: IssueReport) => void,
  prepareScript: () => Promise<WorkerScript> = prepareWorkerScript,
): Promise<IssueReport[]> {
  const results: IssueReport[] = new Array(jobs.length);
  if (jobs.length === 0) return results;
  let next = 0;
  const finish = (index: number, report: IssueReport): void => {
    results[index] = report;
    onReport(report);
  };
  const script = await prepareScript();
  let entry = script.url;
  const workerData: BatchWorkerData = { lexiconDir: defaultLexiconDir() };
  const runWorker = (): Promise<void> =>
    new Promise((resolve) => {
      const started = entry;
      const worker = new Worker(started, { workerData });
      let ready = false;
      let settled = false;
      let current = -1;
      const give = (): void => {
        if (next >= jobs.length) {
          settled = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        worker.postMessage(jobs[current]);
      };
      worker.on('message', (message: IssueReport | { ready: true }) => {
        if ('ready' in message) {
          ready = true;
          return give();
        }
        finish(current, message);
        give();
      });
      const fail = (error: Error): void => {
        if (settled) return;
        settled = true;
        if (!ready) {
          // The worker script itself does not load. A bundle gets one more chance as tsx sources;
          // otherwise every issue still waiting fails with the reason, instead of respawning forever.
          if (started === script.url && script.bundled) {
            entry = fallbackEntry();
            void runWorker().then(resolve);
            return;
          }
          while (next < jobs.length) {
            const index = next++;
            finish(index, { input: jobs[index].input, ok: false, error: `${jobs[index].input}: the batch worker did not start (${error.message})` });
          }
          resolve();
          return;
        }
        // A crashed worker fails only its own issue; the batch goes on with a fresh worker.
        if (current >= 0 && !results[current]) {
          finish(current, { input: jobs[current].input, ok: false, error: `${jobs[current].input}: worker crashed (${error.message})` });
        }
        if (next < jobs.length) void runWorker().then(resolve);
        else resolve();
      };
      worker.on('error', fail);
      // A worker that ends by itself (process.exit in it) without an error event is a crash too.
      worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
    });
  try {
    const workers = Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, runWorker);
    await Promise.all(workers);
  } finally {
    await script.dispose();
  }
  return results;
}
