// Builds synthetic issues that mimic the three kinds of real input Galley reads beside layout-system
// exports, from the clean articles of ../shared/corpus, in the evaluation's format (NAME.txt +
// NAME.truth.json):
//   pdf         e-paper PDF text as `pdftotext` gives it: hard wraps at a column width that changes per
//               page, the paragraph indent lost (first lines two characters short), "第 N 页" page
//               numbers and form feeds mid-paragraph, titles wrapped over two lines, source lines
//               《…报》（date 第 N 版）, bylines one name per line, 本版责编 blocks;
//   pdf-layout  the same through `pdftotext -layout`: indents kept, blank lines between paragraphs,
//               centred page numbers and title lines;
//   ocr         English OCR columns: justified 30–38 character lines, line-end hyphens (ASCII and soft), capital
//               head decks, wire credits, a masthead, jump lines (some split over two lines), noise lines.
// The issues are written outside the repository and never shipped: the corpus is evaluation material only.
// Run: npx tsx scripts/real-layout-fixtures.ts OUT_DIR [ISSUES_PER_KIND] [SEED]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { seededRandom } from './seeded-random';
import { loadCorpus } from './corpus';


interface TruthArticle {
  kicker: string | null;
  headline: string;
  subheadline: string | null;
  byline: string | null;
  paragraphs: string[];
  captions: string[];
}


const [outDir, issuesArg, seedArg] = process.argv.slice(2);
if (!outDir) throw new Error('usage: npx tsx scripts/real-layout-fixtures.ts OUT_DIR [ISSUES_PER_KIND] [SEED]');
if (resolve(outDir).startsWith(resolve('.'))) throw new Error('write the fixtures outside the repository');
const issues = Number(issuesArg ?? 20);
const rand = seededRandom(Number(seedArg ?? 13));
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
/** `n` different items (an article printed twice would be a real duplicate). */
const pickDistinct = <T>(items: readonly T[], n: number): T[] => {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(n, items.length)) chosen.add(pick(items));
  return [...chosen];
};
// Half-width digits and letters as the e-paper sets them (the 1998 corpus uses full-width ones).
const halfWidth = (s: string): string => s.replace(/[\uff01-\uff5e]/g, (c) => (/[０-９Ａ-Ｚａ-ｚ％．／]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c));
const zhCorpus = loadCorpus('zh-peoples-daily-1998.jsonl')
  .filter((a) => a.lang === 'zh' && a.paragraphs.length >= 2 && a.headline.length >= 6)
  .map((a) => ({ ...a, headline: halfWidth(a.headline), paragraphs: a.paragraphs.map(halfWidth) }));
const enCorpus = loadCorpus('en-news.jsonl').filter((a) => a.lang === 'en' && a.paragraphs.length >= 3);

/** Display width: ASCII half, everything else full. */
const widthOf = (s: string): number => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 128 ? 0.5 : 1), 0);

/** Cut Chinese text into lines of at most `width` (the first `first`), hanging closing marks on the line before. */
function wrapZh(text: string, first: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let limit = first;
  for (const c of text) {
    if (widthOf(line + c) > limit && !/[，。、；：！？”’）》]/.test(c)) {
      lines.push(line);
      line = '';
      limit = width;
    }
    line += c;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Split a Chinese byline "本报记者某某" into label and name ("本报记者", "某某"), or null. */
function splitByline(byline: string): [string, string] | null {
  const m = /^(本报记者|记者|本报通讯员|通讯员|新华社记者|本报特约记者)\s*([\u3400-\u9fff]{2,3})$/.exec(byline.trim());
  return m ? [m[1], m[2]] : null;
}

/** One Chinese e-paper issue in PDF text; `layout` gives `pdftotext -layout` text. */
function buildPdfIssue(layout: boolean): { text: string; truth: object } {
  const articles = pickDistinct(zhCorpus, 2 + Math.floor(rand() * 3));
  const out: string[] = [];
  const removed: string[] = [];
  const truthArticles: TruthArticle[] = [];
  let page = 1 + Math.floor(rand() * 100);
  let width = 28 + Math.floor(rand() * 5);
  let onPage = 0;
  const pageLength = (): number => 30 + Math.floor(rand() * 12);
  let perPage = pageLength();
  const edition = String(1 + Math.floor(rand() * 20)).padStart(2, '0');
  const source = `《人民日报》（1998年1月${1 + Math.floor(rand() * 28)}日 第 ${edition} 版）`;
  const breakPage = (): void => {
    const number = `第 ${page} 页`;
    out.push('', layout ? ' '.repeat(20 + Math.floor(rand() * 8)) + number : number, '');
    removed.push(number);
    page++;
    onPage = 0;
    perPage = pageLength();
    // The column width changes from page to page.
    if (rand() < 0.3) width = 28 + Math.floor(rand() * 5);
    out.push('\f');
  };
  const push = (line: string): void => {
    if (out.length > 0 && out[out.length - 1] === '\f') out[out.length - 1] = '\f' + line;
    else out.push(line);
    onPage++;
    if (onPage >= perPage) breakPage();
  };
  articles.forEach((article, k) => {
    if (k > 0 && onPage > 0) breakPage();
    // The title in display type wraps at about 19 characters.
    const titleLines = wrapZh(article.headline, 19, 19);
    titleLines.forEach((t, i) => push(layout && i > 0 ? ' '.repeat(20) + t : t));
    const split = article.byline ? splitByline(article.byline) : null;
    let byline: string | null = null;
    if (split) {
      push(split[0]);
      // The name one character a line, or whole, spaced by blank lines.
      const parts = rand() < 0.5 ? [...split[1]] : [split[1]];
      for (const p of parts) {
        out.push('');
        push(layout ? ' '.repeat(26) + p : p);
      }
      out.push('');
      byline = `${split[0]} ${split[1]}`;
    }
    push(layout ? ' '.repeat(16) + source : source);
    removed.push(source);
    out.push('');
    for (const p of article.paragraphs) {
      const lines = wrapZh(p, width - 2, width);
      lines.forEach((l, i) => push(layout && i === 0 ? '  ' + l : l));
      if (layout) out.push('');
    }
    if (rand() < 0.3) {
      const editor = '本版责编：王明';
      if (!layout) {
        out.push('');
        push(editor);
        out.push('');
        push('李');
        out.push('');
        push('华');
        removed.push(editor, '李', '华');
      } else {
        push(`${editor}                李  华`);
        removed.push(`${editor}                李  华`);
      }
    }
    truthArticles.push({ kicker: null, headline: article.headline, subheadline: null, byline, paragraphs: [...article.paragraphs], captions: [] });
  });
  breakPage();
  const text = out.join('\n').replace(/\n\f$/, '\n');
  return { text, truth: { language: 'zh', layout: layout ? 'pdf-layout' : 'pdf', articles: truthArticles, removed, defects: [] } };
}

/** Break English text into OCR column lines, hyphenating long words at the line end (ASCII or soft). */
function wrapEn(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line === '') {
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= width) {
      line += ' ' + word;
      continue;
    }
    // Columns are justified: a word that does not fit is hyphenated to fill the line, as the compositor did.
    const lead = /^["'“‘(]?/.exec(word)?.[0].length ?? 0;
    const letters = /^[A-Za-z]+/.exec(word.slice(lead))?.[0].length ?? 0;
    // At least two letters on each side of the hyphen.
    const room = Math.min(width - line.length - 2, lead + letters - 2);
    if (letters >= 5 && !word.includes('-') && room >= lead + 2) {
      lines.push(`${line} ${word.slice(0, room)}${rand() < 0.5 ? '-' : '\u00ad'}`);
      line = word.slice(room);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Capital head lines of at most 22 characters. */
function capsDeck(headline: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of headline.toUpperCase().split(/\s+/)) {
    if (line !== '' && line.length + 1 + word.length > 22) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** One English OCR front page. */
function buildOcrIssue(): { text: string; truth: object } {
  const articles = pickDistinct(enCorpus, 3 + Math.floor(rand() * 3));
  const width = 30 + Math.floor(rand() * 9);
  const masthead = ['THE EVENING HERALD', `VOL. ${1 + Math.floor(rand() * 40)}., NO. ${1 + Math.floor(rand() * 300)}`, 'SPRINGFIELD, OHIO, MONDAY EVENING, MAY 3, 1915.', 'PRICE TWO CENTS'];
  const out: string[] = [...masthead];
  const removed: string[] = [...masthead];
  const truthArticles: TruthArticle[] = [];
  for (const article of articles) {
    const deck = capsDeck(article.headline);
    out.push(...deck);
    const wire = rand() < 0.5 ? '(By Herald Leased Wire.)' : null;
    if (wire) out.push(wire);
    // Paragraphs that end near the column are joined by the convention; keep only those that end short.
    let paragraphs = article.paragraphs.filter((p) => p.length > 40);
    const jump = paragraphs.length >= 4 && rand() < 0.4 ? 2 + Math.floor(rand() * (paragraphs.length - 2)) : paragraphs.length;
    paragraphs = paragraphs.slice(0, jump);
    const kept: string[] = [];
    for (const p of paragraphs) {
      const lines = wrapEn(p, width);
      if (lines[lines.length - 1].length > width - 3 && kept.length > 0) {
        // A paragraph ending on a full line reads as running on: merge it into the truth's paragraph.
        kept[kept.length - 1] += ' ' + p;
        out.push(...lines);
        continue;
      }
      kept.push(p);
      out.push(...lines);
    }
    if (jump < article.paragraphs.length) {
      const split = rand() < 0.4;
      if (split) {
        out.push('(Continued on', 'Page Two)');
        removed.push('(Continued on', 'Page Two)');
      } else {
        out.push('(Continued on Page Two)');
        removed.push('(Continued on Page Two)');
      }
    }
    if (rand() < 0.3) {
      const noise = pick(['y', 'j', "'", '; :']);
      out.push(noise);
      removed.push(noise);
    }
    truthArticles.push({ kicker: null, headline: deck.join(' '), subheadline: null, byline: wire, paragraphs: kept, captions: [] });
  }
  return { text: `${out.join('\n')}\n`, truth: { language: 'en', layout: 'ocr', articles: truthArticles, removed, defects: [] } };
}

mkdirSync(outDir, { recursive: true });
for (let n = 1; n <= issues; n++) {
  const id = String(n).padStart(3, '0');
  for (const [name, built] of [
    [`pdf-${id}`, buildPdfIssue(false)],
    [`pdf-layout-${id}`, buildPdfIssue(true)],
    [`ocr-${id}`, buildOcrIssue()],
  ] as const) {
    writeFileSync(join(outDir, `${name}.txt`), built.text);
    writeFileSync(join(outDir, `${name}.truth.json`), JSON.stringify(built.truth, null, 1));
  }
}
console.log(`wrote ${issues * 3} issues to ${outDir}`);
