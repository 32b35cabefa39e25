// Builds synthetic Chinese issues with broken and misplaced paragraphs from ../shared/corpus, in the
// evaluation's format (NAME.txt + NAME.truth.json), for tuning the join scorer on more cases than the dev
// set's 29 misplaced fragments. The issues are written outside the repository and never shipped: the
// corpus is evaluation material only.
// Run: npx tsx scripts/fragment-fixtures.ts OUT_DIR [ISSUES] [SEED]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from './seeded-random';
import { loadCorpus } from './corpus';



const [outDir, issuesArg, seedArg] = process.argv.slice(2);
if (!outDir) throw new Error('usage: npx tsx scripts/fragment-fixtures.ts OUT_DIR [ISSUES] [SEED]');
const issues = Number(issuesArg ?? 40);
const rand = seededRandom(Number(seedArg ?? 7));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const corpus = loadCorpus('zh-peoples-daily-1998.jsonl').filter((a) => a.lang === 'zh' && a.paragraphs.length >= 3);

/** Where to cut a paragraph: after a clause comma half the time, else anywhere away from the ends. */
function cutPoint(text: string): number {
  const commas = [...text.matchAll(/，/g)].map((m) => (m.index ?? 0) + 1).filter((i) => i >= 8 && i <= text.length - 8);
  if (commas.length > 0 && rand() < 0.5) return pick(commas);
  return 8 + Math.floor(rand() * (text.length - 16));
}

mkdirSync(outDir, { recursive: true });
for (let n = 1; n <= issues; n++) {
  const name = `fx-${String(n).padStart(3, '0')}`;
  const articles = Array.from({ length: 5 + Math.floor(rand() * 4) }, () => pick(corpus));
  const blocks: string[] = [];
  const defects: object[] = [];
  articles.forEach((article, ai) => {
    blocks.push(article.headline);
    if (article.byline && article.byline_pos === 'head') blocks.push(article.byline);
    const body: string[] = [];
    article.paragraphs.forEach((p, pi) => {
      if (p.length < 40 || rand() >= 0.3) {
        body.push(p);
        return;
      }
      const at = cutPoint(p);
      defects.push({ type: 'column-break', article: ai, paragraph: pi, at, midWord: p[at - 1] !== '，' });
      const first = body.push(p.slice(0, at)) - 1;
      body.push(p.slice(at));
      if (rand() < 0.5) {
        // Move the second fragment 1-3 blocks away within its article, as the evaluation's generator does.
        const offset = pick([-3, -2, -1, 1, 2, 3]);
        const [fragment] = body.splice(first + 1, 1);
        const to = Math.max(0, Math.min(body.length, first + 1 + offset));
        if (to !== first + 1) {
          body.splice(to, 0, fragment);
          defects.push({ type: 'misplaced-fragment', article: ai, paragraph: pi, crossArticle: false, offset });
        } else body.splice(first + 1, 0, fragment);
      }
    });
    blocks.push(...body);
    if (article.byline && article.byline_pos === 'end') blocks.push(`（${article.byline}）`);
  });
  const truth = {
    language: 'zh',
    layout: 'A',
    layoutDetail: { layout: 'A' },
    articles: articles.map((a) => ({ kicker: null, headline: a.headline, subheadline: null, byline: a.byline, paragraphs: a.paragraphs, captions: [] })),
    removed: [],
    defects,
  };
  writeFileSync(join(outDir, `${name}.txt`), `${blocks.join('\n\n')}\n`);
  writeFileSync(join(outDir, `${name}.truth.json`), JSON.stringify(truth, null, 1));
}
console.log(`wrote ${issues} issues to ${outDir}`);
