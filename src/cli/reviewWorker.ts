import { parentPort } from 'node:worker_threads';
import type { ReviewJob } from './reviewJob';

/** The flag a review's worker thread is started with: main.ts then serves jobs instead of reading a command line. */
export const REVIEW_WORKER = 'budgetPerfReviewWorker';

/** In a worker thread: each job posted is one workbook, evaluated (reviewJob.ts) and its outcome posted back. */
export function serveReviewJobs(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: ReviewJob) => {
    void import('./reviewJob').then(({ reviewOne }) => reviewOne(job)).then((outcome) => port.postMessage(outcome));
  });
}
