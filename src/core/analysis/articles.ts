import type { Language } from './text-features';
import { countTerms, similarity, TermSet } from './cohesion';
import type { Unit } from './units';
import { trailingBylineRange } from './roles';

/** What an item of the issue is, once broken paragraphs are joined. */
export type ItemKind = 'para' | 'head' | 'byline' | 'caption' | 'jump-to' | 'jump-from';

/** A paragraph, head line, byline, caption or jump line, named by its first block. */
export interface Item {
  readonly unit: number;
  kind: ItemKind;
  /** Text of the whole joined paragraph. */
  readonly text: string;
}

/** One article as planned: its head fields, and the items it holds in order. */
export interface ArticlePlan {
  readonly items: number[];
  kicker: number | null;
  headline: number | null;
  subheadline: number | null;
  byline: number | null;
  /** Index of the article this one continues (a jump), or null. */
  continuationOf: number | null;
  /** Head lines dropped as a repeated jump headline. */
  readonly junkHeads: number[];
  /** A displaced head group: the number of paragraphs found above it. */
  displaced: number;
  hasJumpTo: boolean;
}

/** Assign kicker / headline / subheadline to the lines of a head group. */
function assignHeads(article: ArticlePlan, lines: readonly Item[], lang: Language, demote: (unit: number) => void): void {
  const [x, y, z] = lines;
  if (lines.length === 0) return;
  if (lines.length === 1) {
    article.headline = x.unit;
    return;
  }
  const kickerLike = (t: string): boolean =>
    lang === 'zh' ? /[：:]$/.test(t) || t.length <= 7 : t === t.toUpperCase() && /[A-Z]/.test(t) && t.length <= 30;
  if (lines.length === 2) {
    if (/^[—–-]{1,2}/.test(y.text)) {
      article.headline = x.unit;
      article.subheadline = y.unit;
    } else if ((kickerLike(x.text) && !kickerLike(y.text)) || (lang === 'zh' && /[：:]$/.test(x.text)) || (kickerLike(x.text) && x.text.length <= y.text.length)) {
      // A column name or "地名：" above the headline; when both lines are short, the shorter first one.
      article.kicker = x.unit;
      article.headline = y.unit;
    } else {
      article.headline = x.unit;
      article.subheadline = y.unit;
    }
    return;
  }
  article.kicker = x.unit;
  article.headline = y.unit;
  article.subheadline = z.unit;
  for (const extra of lines.slice(3)) demote(extra.unit);
}

function emptyArticle(): ArticlePlan {
  return { items: [], kicker: null, headline: null, subheadline: null, byline: null, continuationOf: null, junkHeads: [], displaced: 0, hasJumpTo: false };
}

/**
 * Split the items of an issue into articles: a run of head lines starts an article; a head group found
 * below its own first paragraphs takes them back (lexical cohesion and datelines decide how many); a
 * part continued from another page ("上接第X版") is attached to the part that jumped ("下转第X版").
 */
export function planArticles(items: Item[], units: readonly Unit[], lang: Language): ArticlePlan[] {
  const articles: ArticlePlan[] = [];
  let current = emptyArticle();
  const starts: number[] = [];
  const isHeadItem = (it: Item): boolean => it.kind === 'head' || it.kind === 'byline';
  let i = 0;
  const openJumps: number[] = [];
  while (i < items.length) {
    const it = items[i];
    if (isHeadItem(it) || it.kind === 'jump-from') {
      let j = i;
      while (j < items.length && isHeadItem(items[j])) j++;
      const group = items.slice(i, j);
      // A byline line alone among paragraphs (no head line with it) belongs to the article it stands in.
      const between = i > 0 && items[i - 1].kind === 'para' && j < items.length && items[j].kind === 'para';
      if (between && jumpFromNear(items, i, j) < 0 && group.every((g) => g.kind === 'byline') && (current.items.length > 0 || current.headline !== null)) {
        for (const g of group) {
          if (current.byline === null) current.byline = g.unit;
          else g.kind = 'para';
          current.items.push(g.unit);
        }
        i = j;
        continue;
      }
      // Intertitles: one-line "某某：…" heads in a series inside an article are body text, not new articles.
      if (group.length === 1 && it.kind === 'head' && isIntertitle(it.text) && current.headline !== null && hasSiblingIntertitle(items, i)) {
        it.kind = 'para';
        current.items.push(it.unit);
        i++;
        continue;
      }
      // A jump-from line just before or after a short head group: the group repeats the jumped headline.
      let jumpFrom = j < items.length && items[j].kind === 'jump-from' ? j : -1;
      if (jumpFrom < 0 && it.kind === 'jump-from') jumpFrom = i;
      const headsAfterJump: Item[] = [];
      if (jumpFrom === i) {
        let k = i + 1;
        while (k < items.length && items[k].kind === 'head' && k - i <= 1) headsAfterJump.push(items[k++]);
        j = k;
      }
      const unitGlued = jumpFrom < 0 && i < items.length && units[it.unit].cuts.some((c) => c.removal === 'jump-line' && c.start === 0);
      if (current.items.length > 0 || current.headline !== null) articles.push(current);
      current = emptyArticle();
      starts.push(i);
      if (jumpFrom >= 0 || unitGlued) {
        current.continuationOf = openJumps.length > 0 ? (openJumps.shift() ?? null) : null;
        for (const g of [...group, ...headsAfterJump]) {
          if (g.kind === 'head') current.junkHeads.push(g.unit);
          else current.items.push(g.unit);
        }
        if (jumpFrom >= 0) current.items.push(items[jumpFrom].unit);
        i = Math.max(j, jumpFrom + 1);
        continue;
      }
      // Head, then byline, then body: lines after a byline (or a bare name) are running text ("新年好！").
      const cut = group.findIndex((g, idx) => idx > 0 && (g.kind === 'byline' || (g.kind === 'head' && looksLikeName(g.text, lang))));
      if (cut > 0 && cut < group.length - 1) {
        for (const g of group.slice(cut + 1)) if (g.kind === 'head') g.kind = 'para';
        group.splice(cut + 1);
        j = i + cut + 1;
      }
      const heads = group.filter((g) => g.kind === 'head');
      // The last line of a head group that is a bare name or a title plus name is the byline.
      const lastHead = heads[heads.length - 1];
      if (heads.length >= 2 && current.byline === null && group.every((g) => g.kind === 'head') && looksLikeName(lastHead.text, lang)) {
        current.byline = lastHead.unit;
        heads.pop();
      }
      for (const g of group) if (g.kind === 'byline') current.byline = g.unit;
      assignHeads(current, heads, lang, (u) => current.items.push(u));
      for (const g of group) current.items.push(g.unit);
      i = j;
      continue;
    }
    if (it.kind === 'para' && units[it.unit].cuts.some((c) => c.removal === 'jump-line' && c.start === 0) && current.items.length > 0) {
      // A paragraph opening with a glued "(上接第X版)": a continuation without its own head line.
      articles.push(current);
      current = emptyArticle();
      current.continuationOf = openJumps.length > 0 ? (openJumps.shift() ?? null) : null;
    }
    current.items.push(it.unit);
    if (it.kind === 'jump-to' || (it.kind === 'para' && units[it.unit].cuts.some((c) => c.removal === 'jump-line' && c.end === units[it.unit].text.length))) {
      if (!current.hasJumpTo) openJumps.push(articles.length);
      current.hasJumpTo = true;
    }
    i++;
  }
  if (current.items.length > 0 || current.headline !== null) articles.push(current);
  // Paragraphs above the first head of the issue belong to it (its head stands below them).
  const first = articles[0];
  if (articles.length > 1 && first.items.length <= 3 && first.headline === null && first.kicker === null && first.continuationOf === null && articles[1].continuationOf === null) {
    articles[1].items.unshift(...first.items);
    articles[1].displaced = first.items.length;
    articles.shift();
    // Jump continuations name articles by index: every index moved down by one (the first article's
    // items now stand in what was the second).
    for (const a of articles) if (a.continuationOf !== null) a.continuationOf = Math.max(0, a.continuationOf - 1);
  }
  pullBackDisplacedParagraphs(articles, items, lang);
  return articles;
}

/** Move up to three paragraphs that stand above a head group into its article when they belong there. */
function pullBackDisplacedParagraphs(articles: ArticlePlan[], items: readonly Item[], lang: Language): void {
  const textOf = new Map<number, string>();
  for (const it of items) textOf.set(it.unit, it.text);
  const kindOf = new Map<number, ItemKind>();
  for (const it of items) kindOf.set(it.unit, it.kind);
  const paraTexts = items.filter((it) => it.kind === 'para').map((it) => it.text);
  const counts = countTerms(paraTexts, lang);
  for (let k = 1; k < articles.length; k++) {
    const next = articles[k];
    const prev = articles[k - 1];
    if (next.continuationOf !== null || next.headline === null) continue;
    // A part continued from another page has no head of its own to compare with: only a dateline
    // opening after its first paragraph says where the next article starts.
    const continued = prev.continuationOf !== null;
    const prevParas = prev.items.filter((u) => kindOf.get(u) === 'para');
    if (prevParas.length < 2) continue;
    // The previous article's paragraphs after its last non-paragraph item are the movable tail.
    const tail: number[] = [];
    for (let t = prev.items.length - 1; t >= 0 && tail.length < 5; t--) {
      const u = prev.items[t];
      if (kindOf.get(u) !== 'para') break;
      tail.unshift(u);
    }
    // A closing dateline or signature at the very end says the previous article ends where it stands.
    if (tail.length === 0 || closesArticle(textOf.get(tail[tail.length - 1]) ?? '', lang)) continue;
    const nextContext = new TermSet();
    const headText = [next.kicker, next.headline, next.subheadline].map((u) => (u === null ? '' : (textOf.get(u) ?? ''))).join('');
    nextContext.addTermsOf(headText, lang);
    for (const u of next.items.filter((x) => kindOf.get(x) === 'para').slice(0, 4)) nextContext.addTermsOf(textOf.get(u) ?? '', lang);
    let move = 0;
    // A dateline opening in the tail marks where the article starts; a signature closing a paragraph
    // ("…。（邓伟 易琳庆）") marks where the previous one ended.
    for (let t = 0; t < tail.length; t++) {
      const text = textOf.get(tail[t]) ?? '';
      if (opensArticle(text, lang) && tail.length - t < prevParas.length - (continued ? 0 : 1)) {
        // A second dateline can open a section of a composite article: the paragraphs must also read
        // at least about as close to the article below as to the one they stand in.
        const moved = tail.slice(t).map((u) => textOf.get(u) ?? '').join('');
        const prevContext = new TermSet();
        for (const v of prevParas.filter((x) => !tail.slice(t).includes(x)).slice(-5)) prevContext.addTermsOf(textOf.get(v) ?? '', lang);
        if (similarity(moved, nextContext, counts, lang) >= 0.7 * similarity(moved, prevContext, counts, lang)) move = tail.length - t;
        break;
      }
    }
    if (move === 0 && continued) continue;
    if (move === 0) {
      for (let t = tail.length - 2; t >= 0 && tail.length - 1 - t <= 3; t--) {
        if (trailingBylineRange(textOf.get(tail[t]) ?? '', lang)) {
          move = tail.length - 1 - t;
          break;
        }
      }
    }
    // Lexical cohesion alone never empties the previous article: its first paragraph stays, and when the
    // whole article is the tail, the candidates are its last three paragraphs, the rest its context.
    if (move === 0 && prevParas.length >= 2) {
      const candidates = Math.min(3, tail.length, prevParas.length - 1);
      // The previous article as context: its head and its last paragraphs that are not candidates.
      const prevContext = new TermSet();
      const context = tail.length < prevParas.length ? tail : tail.slice(tail.length - candidates);
      const kept = prevParas.filter((v) => !context.includes(v)).slice(-5);
      for (const v of kept) prevContext.addTermsOf(textOf.get(v) ?? '', lang);
      const prevHead = [prev.kicker, prev.headline, prev.subheadline].map((x) => (x === null ? '' : (textOf.get(x) ?? ''))).join('');
      prevContext.addTermsOf(prevHead, lang);
      const prevHeadTerms = TermSet.of(prevHead, lang);
      const nextHead = TermSet.of(headText, lang);
      for (let t = tail.length - 1; t >= tail.length - candidates; t--) {
        const u = tail[t];
        const text = textOf.get(u) ?? '';
        // A term shared with a headline says more about the topic than one shared with running text.
        const sNext = similarity(text, nextContext, counts, lang) + HEAD_WEIGHT * similarity(text, nextHead, counts, lang);
        const sPrev = similarity(text, prevContext, counts, lang) + HEAD_WEIGHT * similarity(text, prevHeadTerms, counts, lang);
        // Word terms (English) are sparser than character bigrams, so English needs a clearer margin.
        // Taking from a short article (all of it is the tail) needs a clearer margin still.
        const strict = tail.length >= prevParas.length ? SHORT_ARTICLE_MARGIN : 1;
        if (lang === 'zh' ? sNext > sPrev * 1.2 * strict + 0.03 * strict : sNext > sPrev * 1.5 * strict + 0.05 * strict) {
          move = tail.length - t;
          nextContext.addTermsOf(text, lang);
        } else break;
      }
    }
    if (move > 0 && move < prevParas.length) {
      const moved = tail.slice(tail.length - move);
      prev.items.splice(prev.items.length - move, move);
      next.items.unshift(...moved);
      next.displaced = move;
    }
  }
}

/** How many times the usual margin cohesion needs to take paragraphs from an article that is all tail. */
const SHORT_ARTICLE_MARGIN = 3;

/** How much more a term shared with a headline counts than one shared with running text. */
const HEAD_WEIGHT = 1.5;

/** A paragraph that closes an article: a bracketed dateline line ("（本报布加勒斯特1月20日电）") or a signature. */
function closesArticle(text: string, lang: Language): boolean {
  if (trailingBylineRange(text, lang) !== null) return true;
  return lang === 'zh' && /^[（(][^（）()]{2,30}[电讯][）)]$/.test(text.trim());
}

/** A dateline or agency opening that starts an article ("本报讯", "新华社北京1月5日电"). */
export function opensArticle(text: string, lang: Language): boolean {
  if (lang === 'zh') return /^(本报讯|本报.{1,10}[０-９0-9]{1,2}月[０-９0-9]{1,2}日[讯电]|新华社.{1,12}电|据新华社.{1,12}电|据.{1,10}报道)/.test(text);
  return /^[A-Z][A-Z .'-]{2,25}(,\s*[A-Za-z .]+)?\s*(\([A-Za-z ]+\))?\s+[-—–]\s/.test(text);
}

/** Common Chinese surnames: a line of two short names ("于志毅刘星") starts each name with one. */
const ZH_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const TWO_NAMES = new RegExp(`^[${ZH_SURNAMES}][\\u3400-\\u9fff]{1,2}[${ZH_SURNAMES}][\\u3400-\\u9fff]{1,2}$`);

/** A bare person name, two names run together, or an office and title followed by a name ("河北省高邑县委书记李保中"). */
export function looksLikeName(text: string, lang: Language): boolean {
  const t = text.trim();
  if (lang === 'zh') return /^[\u3400-\u9fff·]{2,3}$/.test(t) || TWO_NAMES.test(t) || /^[\u3400-\u9fff]{2,16}(书记|主任|局长|部长|市长|县长|省长|主席|委员|教授|研究员|记者|经理|董事长|校长|院长|厂长|所长)[\u3400-\u9fff]{2,3}$/.test(t);
  return /^(by\s+)?[A-Z][a-z]+(\s+[A-Z][a-z]+){1,2}$/.test(t) && /^by\s/i.test(t);
}

/** A head line shaped "某某：…" (a short label, a colon, then a phrase). */
function isIntertitle(text: string): boolean {
  return /^[^：:，。]{2,6}[：:][^：:]{3,}$/.test(text.trim());
}

/** Whether another one-line intertitle stands among the next or previous few items. */
function hasSiblingIntertitle(items: readonly Item[], at: number): boolean {
  for (let k = Math.max(0, at - 12); k < Math.min(items.length, at + 12); k++) {
    if (k === at) continue;
    const it = items[k];
    const alone = (k === 0 || items[k - 1].kind !== 'head') && (k + 1 >= items.length || items[k + 1].kind !== 'head');
    if ((it.kind === 'head' || it.kind === 'para') && alone && isIntertitle(it.text) && it.text.length <= 30) return true;
  }
  return false;
}

/** Index of a jump-from line right after a head group [i, j) or at i, or -1. */
function jumpFromNear(items: readonly Item[], i: number, j: number): number {
  if (items[i]?.kind === 'jump-from') return i;
  return j < items.length && items[j].kind === 'jump-from' ? j : -1;
}
