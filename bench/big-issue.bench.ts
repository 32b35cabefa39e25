// Big issues: repair (analysis + automatic fixes) of 1, 10 and 50 MB Chinese issues (UTF-8 bytes), time
// per MB (linear means flat), and the heap it takes; each beside its floor, a linear scan of the same
// text. Run with --expose-gc (bench/run.ts does).
import type { Lexicon } from '../src/core/lexicon/lexicon';
import { repairIssue } from '../src/core/analysis/repair-issue';
import { loadLexicon } from '../src/node/lexicon';
import { buildIssue } from './build-issue';
import { report, reportWithFloor, scanFloorMs } from './timing';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = 2 ** 20;

/** Repair one issue of about `size` MB; everything it made is garbage once this returns. */
function measure(size: number, lexicon: Lexicon): { ms: number; floor: number; bytes: number; heapHeld: number; articles: number } {
  // A Chinese character is three UTF-8 bytes; the issue's punctuation and digits make it a little less.
  const text = buildIssue(Math.round((size * mb) / 2.9));
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const { doc } = repairIssue(text, lexicon);
  const ms = performance.now() - started;
  const heapHeld = process.memoryUsage().heapUsed - heapBefore;
  return { ms, floor: scanFloorMs(text, 3), bytes: Buffer.byteLength(text, 'utf8'), heapHeld, articles: doc.articles.length };
}

const lexicon = await loadLexicon();
const perMb: number[] = [];
for (const size of [1, 10, 50]) {
  const { ms, floor, bytes, heapHeld, articles } = measure(size, lexicon);
  gc();
  perMb.push(ms / (bytes / mb));
  reportWithFloor(`repair of a ${(bytes / mb).toFixed(1)} MB issue (${articles} articles)`, ms, floor, 'ms');
  report('  heap held by its text, analysis and document', heapHeld / mb, 'MB');
}
report('peak resident set size of this process', process.resourceUsage().maxRSS / 1024, 'MB');
report('time per MB, 50 MB ÷ 1 MB (linear ≈ 1)', perMb[2] / perMb[0], '×', { max: 1.5 });
