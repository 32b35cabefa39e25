// Batch worker thread: loads TypeScript through tsx, then repairs the issues it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { processIssueJob } = await import('./process-issue.ts');
parentPort.on('message', async (job) => {
  parentPort.postMessage(await processIssueJob(job));
});
parentPort.postMessage({ ready: true });
