// An issue of many short lines (issue 16.10: 200 000 of them took 13.5 s, most of it replaying the
// automatic fixes, which was quadratic in articles). Repairs issues of 100 000 and 200 000 short lines
// made here from a fixed vocabulary (nothing read from the corpus), and reports the analysis and the
// replay of its automatic fixes apart, each with the floor of the same run: a linear scan of the text.
// Linear means every ratio 200 k ÷ 100 k is about 2, as the floor's is.
import { analyzeIssue } from '../src/core/analysis/analyze-issue';
import { AUTO_APPLY_THRESHOLD, initialDocumentFor } from '../src/core/analysis/repair-issue';
import { applyCommands } from '../src/core/document/apply';
import { loadLexicon } from '../src/node/lexicon';
import { median, report } from './timing';

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const words = ['城市更新', '市级政务', '记者 李华', '新闻发布会', '本报讯', '第一版', '天气晴', '图为', '经济', '发展'];

/** `lines` short lines, each a word and a digit. */
function shortLines(lines: number): string {
  const parts: string[] = [];
  for (let i = 0; i < lines; i++) parts.push(`${words[i % words.length]}${i % 7}`);
  return `${parts.join('\n')}\n`;
}

/** CPU milliseconds (user + system) of one call. */
function cpu(fn: () => unknown): number {
  gc();
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** The floor: ten passes over every character of the text (one pass is too short to time on a busy machine). */
function scan(text: string): number {
  let ideographs = 0;
  for (let pass = 0; pass < 10; pass++) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x4e00) ideographs++;
  return ideographs;
}

const lexicon = await loadLexicon();
const results = new Map<number, { floor: number; analysis: number; replay: number }>();
for (const lines of [100_000, 200_000]) {
  const text = shortLines(lines);
  let analysis = analyzeIssue(text, lexicon);
  const analysisMs = cpu(() => (analysis = analyzeIssue(text, lexicon)));
  const automatic = analysis.suggestions.filter((s) => s.confidence >= AUTO_APPLY_THRESHOLD).map((s) => s.command);
  const initial = initialDocumentFor(text, analysis);
  let articles = 0;
  const replays = [0, 1, 2].map(() => cpu(() => (articles = applyCommands(initial, automatic, () => false, () => {}).articles.length)));
  scan(text);
  const floors = [0, 1, 2, 3, 4].map(() => cpu(() => scan(text)));
  const r = { floor: median(floors), analysis: analysisMs, replay: median(replays) };
  results.set(lines, r);
  console.log(`${lines} lines: ${text.length} chars, ${automatic.length} automatic fixes, ${articles} articles`);
  report(`  floor: ten linear scans of the text (CPU, median of 5)`, r.floor, 'ms');
  report(`  analysis (CPU)`, r.analysis, 'ms');
  report(`  replay of the automatic fixes (CPU, median of 3)`, r.replay, 'ms');
}
const small = results.get(100_000);
const large = results.get(200_000);
if (small && large) {
  report('floor, 200 k ÷ 100 k lines', large.floor / small.floor, '×');
  report('analysis, 200 k ÷ 100 k lines', large.analysis / small.analysis, '×', { max: 2.5 });
  const ok = report('replay of the automatic fixes, 200 k ÷ 100 k lines', large.replay / small.replay, '×', { max: 2.5 });
  if (!ok) process.exitCode = 1;
}
