import type { Block, Command, LayoutKind, Reason, RemovalKind, Suggestion, SuggestionAlternative, SuggestionKind, HeadRole, SourceRange } from '../model';
import type { Lexicon } from '../lexicon/lexicon';
import { parseIssue } from '../parse/parse-issue';
import { assertNever } from '../assert-never';
import { blockParagraphId } from '../document/initial-document';
import { classifyLine, leadingBylineRange, leadingJumpMarker, trailingBylineRange, trailingJumpMarker } from './roles';
import { detectLanguage, endsParagraph, type Language } from './text-features';
import { findRepetitionLoops } from './repetition';
import { headLineLevels, planJoins, type JoinPlan } from './fragments';
import { looksLikeName, opensArticle, planArticles, type Item } from './articles';
import { coreStart, coreText, makeUnit, sourceRange, type Cut, type Unit } from './units';
import { calibrate, type CalibrationTable } from './calibration';
import { CALIBRATION } from './calibration-table';

/** The result of analysing an issue: its layout, blocks and ordered repair suggestions. */
export interface Analysis {
  readonly layout: LayoutKind;
  readonly language: Language;
  readonly blocks: readonly Block[];
  /** Applying every command in order to the initial document gives the repaired issue. */
  readonly suggestions: readonly Suggestion[];
}

const REASONS = {
  loop: { zh: '重复循环：同一句子或同一谓语的枚举被重复', en: 'Repetition loop: the same sentence or enumerated predicate repeated' },
  furniture: { zh: '版面元素（报头、版次、编辑署名）', en: 'Page furniture (running head, folio, editor line)' },
  jump: { zh: '转版提示（上接/下转）', en: 'Jump line (continued on/from another page)' },
  jumpHead: { zh: '转版处重复的标题', en: 'Headline repeated where a jumped article continues' },
  duplicate: { zh: '重复的段落', en: 'Duplicated block' },
  overlap: { zh: '断栏处重复的文字', en: 'Text repeated at a column break' },
  hyphen: { zh: '行末连字符（单词被断开）', en: 'Line-end hyphen inside a broken word' },
  joinMidWord: { zh: '段落在断栏处被切断（词语跨越断点）', en: 'Paragraph cut at a column break (a word spans the break)' },
  joinUnfinished: { zh: '段落在断栏处被切断（前段无句末标点）', en: 'Paragraph cut at a column break (no sentence end before it)' },
  joinMoved: { zh: '错位的段落片段，接回其前半段之后', en: 'Misplaced paragraph fragment re-attached after its beginning' },
} satisfies Record<string, Reason>;

// Made once rather than per block (a regex literal is a new object each time it is evaluated).
const ZH_COMMA_OR_STOP = /[。，]/;
const EN_CAPS_LINE = /^[A-Z &]+$/;
const SENTENCE_PUNCTUATION = /[。；！？.;!?]/;

/** A cheap fingerprint of a text: its length and up to 24 of its characters (start, middle, end). */
function fingerprint(text: string): number {
  const n = text.length;
  let h = n;
  const mid = n >> 1;
  for (let k = 0; k < 8 && k < n; k++) {
    h = Math.imul(h ^ text.charCodeAt(k), 0x01000193);
    h = Math.imul(h ^ text.charCodeAt(n - 1 - k), 0x01000193);
    if (mid + k < n) h = Math.imul(h ^ text.charCodeAt(mid + k), 0x01000193);
  }
  return h >>> 1;
}

/** Mark whole-block junk and plan cuts inside blocks. */
function findJunk(units: Unit[], lang: Language): void {
  const kinds = units.map((u) => u.kind);
  // Short lines next to page furniture (section names, dates) belong to the same furniture group.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < units.length; i++) {
      if (kinds[i] !== 'body') continue;
      const t = units[i].text.trim();
      const short = lang === 'zh' ? t.length <= 4 && !ZH_COMMA_OR_STOP.test(t) : t.length <= 24 && t === t.toUpperCase() && EN_CAPS_LINE.test(t);
      const near = (i > 0 && kinds[i - 1] === 'furniture') || (i + 1 < units.length && kinds[i + 1] === 'furniture');
      if (short && near) kinds[i] = 'furniture';
    }
  }
  // Texts of 12+ characters met so far, by fingerprint: hashing every whole block text was the cost.
  const seen = new Map<number, string[]>();
  const loopUnits = new Set<string>();
  units.forEach((u, i) => {
    u.kind = kinds[i];
    switch (u.kind) {
      case 'furniture':
        u.junk = { removal: 'page-furniture', reason: REASONS.furniture, confidence: 0.9 };
        return;
      case 'jump-to':
      case 'jump-from':
        return;
      case 'caption':
      case 'byline':
        return;
      case 'body':
        break;
      default:
        assertNever(u.kind);
    }
    const lead = leadingJumpMarker(u.text);
    if (lead > 0) u.cuts.push({ start: 0, end: lead, removal: 'jump-line', reason: REASONS.jump, confidence: 0.95 });
    const trail = trailingJumpMarker(u.text);
    if (trail > 0) u.cuts.push({ start: u.text.length - trail, end: u.text.length, removal: 'jump-line', reason: REASONS.jump, confidence: 0.95 });
    for (const loop of findRepetitionLoops(u.text, lang)) {
      const unit = loop.unit.trim();
      // The same loop seen in an earlier block: here even the first copy is a repeat ("again" at a later block's end).
      const again = loop.kind === 'verbatim' && loopUnits.has(unit) && loop.start >= loop.unit.length && u.text.slice(loop.start - loop.unit.length, loop.start) === loop.unit;
      const start = again ? loop.start - loop.unit.length : loop.start;
      u.cuts.push({ start, end: loop.end, removal: 'repetition-loop', reason: REASONS.loop, confidence: 0.9 });
      loopUnits.add(unit);
    }
    const key = u.text.trim();
    if (key.length < 12) return;
    const fp = fingerprint(key);
    const same = seen.get(fp);
    if (same === undefined) seen.set(fp, [key]);
    else if (same.includes(key)) u.junk = { removal: 'duplicate-block', reason: REASONS.duplicate, confidence: 0.85 };
    else same.push(key);
  });
  // A loop may be repeated again at the end of a later block: every copy there is junk. Loop units are
  // indexed by their last characters, so each block is checked against the few that could match it.
  const byEnding = new Map<string, string[]>();
  for (const unit of loopUnits) {
    if (unit.length < 6) continue;
    const key = unit.slice(-4);
    byEnding.set(key, [...(byEnding.get(key) ?? []), unit]);
  }
  if (byEnding.size === 0) return;
  for (const u of units) {
    if (u.kind !== 'body' || u.junk) continue;
    const trimmed = u.text.trimEnd();
    for (const unit of byEnding.get(trimmed.slice(-4)) ?? []) {
      let start = trimmed.length;
      while (start - unit.length >= 0 && u.text.slice(start - unit.length, start).trim() === unit) start -= unit.length;
      if (start === trimmed.length || u.cuts.some((c) => c.end > start)) continue;
      // Keep a genuine first copy when the run is a loop already cut in this block.
      if (u.cuts.some((c) => c.removal === 'repetition-loop')) continue;
      if (start === 0) u.junk = { removal: 'repetition-loop', reason: REASONS.loop, confidence: 0.7, basis: 'remove:repetition-loop:again' };
      else u.cuts.push({ start, end: u.text.length, removal: 'repetition-loop', reason: REASONS.loop, confidence: 0.7, basis: 'remove:repetition-loop:again' });
    }
  }
}

/**
 * Joins at or above this raw confidence shape the article plan; weaker ones are suggested on their own
 * and leave their blocks where they stand (a join nobody applies must not hide a block from its article).
 */
const PLANNED_JOIN = 0.5;

/** The suggestion builder: numbering, kinds, source ranges and which suggestions need which. */
class SuggestionList {
  private readonly made: Suggestion[] = [];
  private readonly needs = new Map<string, Set<string>>();
  /** Add a suggestion; returns its id. */
  add(kind: SuggestionKind, basis: string, command: Command, confidence: number, reason: Reason, ranges: readonly SourceRange[], alternatives?: readonly SuggestionAlternative[]): string {
    const id = `s${this.made.length + 1}`;
    const base = { id, kind, basis, command, confidence, reason, ranges };
    this.made.push(alternatives && alternatives.length > 0 ? { ...base, alternatives } : base);
    return id;
  }
  /** Suggestion `id` makes sense only if `other` is applied too. */
  require(id: string, other: string | undefined): void {
    if (other === undefined) return;
    const set = this.needs.get(id) ?? new Set<string>();
    set.add(other);
    this.needs.set(id, set);
  }
  /** The two suggestions stand or fall together (a join and the overlap it cuts). */
  link(a: string, b: string | undefined): void {
    if (b === undefined) return;
    this.require(a, b);
    this.require(b, a);
  }
  get size(): number {
    return this.made.length;
  }
  /** The suggestions made, with what each requires. */
  done(): Suggestion[] {
    return this.made.map((s) => {
      const needs = this.needs.get(s.id);
      return needs ? { ...s, requires: [...needs] } : s;
    });
  }
}

/** An issue's blocks as the detectors see them, with junk marked: what the join planner starts from. */
export function issueUnits(text: string): { readonly layout: LayoutKind; readonly blocks: readonly Block[]; readonly lang: Language; readonly units: Unit[]; readonly indentLayout: boolean } {
  const parsed = parseIssue(text);
  const lang = detectLanguage(text);
  const units = parsed.blocks.map((b) => makeUnit(text, b, classifyLine(b.text, lang)));
  findJunk(units, lang);
  const indentLayout = parsed.layout === 'wrapped-columns' && units.filter((u) => u.indented).length > units.length * 0.2;
  return { layout: parsed.layout, blocks: parsed.blocks, lang, units, indentLayout };
}

/**
 * Analyse an issue's text: find roles, articles, broken paragraphs, misplaced fragments and junk. Each
 * suggestion's confidence is its raw score mapped through `calibration` (null keeps the raw scores, which
 * is what the calibration itself is measured from).
 */
export function analyzeIssue(text: string, lexicon: Lexicon, calibration: CalibrationTable | null = CALIBRATION): Analysis {
  const parsed = issueUnits(text);
  const { lang, units, indentLayout } = parsed;
  const levels = headLineLevels(units, lang);
  const joins = planJoins(units, lang, lexicon, indentLayout, levels);
  const out = new SuggestionList();
  const pid = (i: number): string => blockParagraphId(units[i].block);
  const blockRange = (i: number): SourceRange => ({ start: units[i].block.start, end: units[i].block.end });

  // Overlap duplicates and line-end hyphens become cuts before anything moves; each stands or falls
  // with its join.
  const joinOfCut = new Map<Cut, JoinPlan>();
  const cutsOfJoin = new Map<JoinPlan, string[]>();
  for (const j of joins) {
    // A join left to review cuts nothing: its overlap is only a duplicate if the join is right.
    if (j.confidence < PLANNED_JOIN) continue;
    const b = units[j.second];
    if (j.overlap > 0) {
      const s = coreStart(b);
      const cut: Cut = { start: s, end: s + j.overlap, removal: 'overlap-duplicate', reason: REASONS.overlap, confidence: Math.min(0.95, j.confidence + 0.05), basis: j.adjacent ? 'remove:overlap-duplicate' : 'remove:overlap-duplicate:moved' };
      b.cuts.push(cut);
      joinOfCut.set(cut, j);
    }
    if (j.dropHyphen) {
      const a = units[j.first];
      const end = a.text.trimEnd().length;
      const cut: Cut = { start: end - 1, end, removal: 'line-end-hyphen', reason: REASONS.hyphen, confidence: j.confidence };
      a.cuts.push(cut);
      joinOfCut.set(cut, j);
    }
  }

  // 1. Junk inside blocks and whole junk blocks.
  units.forEach((u, i) => {
    for (const c of [...u.cuts].sort((x, y) => x.start - y.start)) {
      const r = sourceRange(u, c.start, c.end);
      const removalId = `r${out.size + 1}`;
      const id = out.add('remove-junk', c.basis ?? `remove:${c.removal}`, { kind: 'remove-text', paragraph: pid(i), start: r.start, end: r.end, removal: c.removal, reason: c.reason, removalId }, c.confidence, c.reason, [r]);
      const j = joinOfCut.get(c);
      if (j) cutsOfJoin.set(j, [...(cutsOfJoin.get(j) ?? []), id]);
    }
    const whole = u.junk ?? (u.kind === 'jump-to' || u.kind === 'jump-from' ? { removal: 'jump-line' as RemovalKind, reason: REASONS.jump, confidence: 0.95 } : null);
    if (whole) {
      const r = blockRange(i);
      const basis = ('basis' in whole && whole.basis) || `remove:${whole.removal}:block`;
      out.add('remove-junk', basis, { kind: 'remove-text', paragraph: pid(i), start: r.start, end: r.end, removal: whole.removal, reason: whole.reason, removalId: `r${out.size + 1}` }, whole.confidence, whole.reason, [r]);
    }
  });

  // 2. Joins, chain by chain, so each chain's head collects its fragments in order.
  // Per unit, in arrays indexed by unit rather than Maps and Sets keyed by it.
  const nextOf = new Array<JoinPlan | undefined>(units.length).fill(undefined);
  const hasPrev = new Uint8Array(units.length);
  // Only joins confident enough to be applied shape the articles: a join left to review must not hide its blocks.
  const pending: JoinPlan[] = [];
  for (const j of joins) {
    if (j.confidence < PLANNED_JOIN) {
      pending.push(j);
      continue;
    }
    nextOf[j.first] = j;
    hasPrev[j.second] = 1;
  }
  const headOf = chainHeads(nextOf, hasPrev);
  const chainText = new Array<string | undefined>(units.length).fill(undefined);
  for (let i = 0; i < units.length; i++) {
    if (hasPrev[i] || !nextOf[i]) continue;
    let text = coreText(units[i]);
    let j = nextOf[i];
    let previousJoin: string | undefined;
    while (j) {
      const kind: SuggestionKind = j.adjacent ? 'join-broken-paragraph' : 'move-fragment';
      const reason: Reason = j.adjacent ? (j.midWord ? REASONS.joinMidWord : REASONS.joinUnfinished) : REASONS.joinMoved;
      const id = out.add(kind, joinBasis(j), { kind: 'join', first: pid(i), second: pid(j.second), separator: j.separator }, j.confidence, reason, [blockRange(j.first), blockRange(j.second)], joinAlternatives(j, headOf, nextOf, hasPrev, pid, blockRange));
      // A later link of a chain appends after the earlier ones: alone it would join the wrong ends.
      out.require(id, previousJoin);
      for (const cut of cutsOfJoin.get(j) ?? []) out.link(id, cut);
      previousJoin = id;
      text += j.separator + coreText(units[j.second]).slice(j.overlap);
      j = nextOf[j.second];
    }
    chainText[i] = text;
  }

  // 3. Items in source order, then articles.
  const items: Item[] = [];
  const headish = levels.map((level) => level > 0);
  units.forEach((u, i) => {
    // A continuation opening with a glued "(上接第X版)" joined to the part that jumped still marks where
    // the continued part starts.
    if (hasPrev[i] && u.cuts.some((c) => c.removal === 'jump-line' && c.start === 0)) {
      items.push({ unit: i, kind: 'jump-from', text: '' });
      return;
    }
    if (u.junk || hasPrev[i]) return;
    const text = chainText[i] ?? coreText(u);
    switch (u.kind) {
      case 'caption':
        items.push({ unit: i, kind: 'caption', text });
        return;
      case 'byline':
        items.push({ unit: i, kind: 'byline', text });
        return;
      case 'jump-to':
        items.push({ unit: i, kind: 'jump-to', text });
        return;
      case 'jump-from':
        items.push({ unit: i, kind: 'jump-from', text });
        return;
      case 'furniture':
        return;
      case 'body': {
        const head = !nextOf[i] && headish[i] && !(indentLayout && u.indented) && text !== '';
        items.push({ unit: i, kind: head ? 'head' : 'para', text });
        return;
      }
      default:
        assertNever(u.kind);
    }
  });
  // A short line with a comma but no sentence end, standing alone right above a dateline or a byline, is
  // a headline ("…已捐款八百多万元，捐衣被等物品七十余万件" / "新华社北京…电").
  for (let k = 0; k + 1 < items.length; k++) {
    const it = items[k];
    const next = items[k + 1];
    if (it.kind !== 'para' || nextOf[it.unit] || it.text.length > 45 || SENTENCE_PUNCTUATION.test(it.text) || endsParagraph(it.text)) continue;
    const nameLine = next.kind === 'head' && looksLikeName(next.text, lang) && (k + 2 >= items.length || items[k + 2].kind !== 'head');
    if (lang === 'zh' && (next.kind === 'byline' || nameLine || (next.kind === 'para' && opensArticle(next.text, lang)))) it.kind = 'head';
  }
  const articles = planArticles(items, units, lang);
  const articleId = (k: number): string => (k === 0 ? 'a0' : `a${k}`);
  const itemOf = new Array<Item | undefined>(units.length).fill(undefined);
  for (const it of items) itemOf[it.unit] = it;
  // Joins left to review, between two body paragraphs of the plan: the fragment joined to the paragraph
  // its end stands in, as a lone suggestion.
  for (const j of pending) {
    if (hasPrev[j.second] || headOf[j.first] === j.second || itemOf[headOf[j.first]]?.kind !== 'para' || itemOf[j.second]?.kind !== 'para') continue;
    const reason: Reason = j.adjacent ? REASONS.joinUnfinished : REASONS.joinMoved;
    out.add(j.adjacent ? 'join-broken-paragraph' : 'move-fragment', joinBasis(j), { kind: 'join', first: pid(headOf[j.first]), second: pid(j.second), separator: j.separator }, j.confidence, reason, [blockRange(j.first), blockRange(j.second)], joinAlternatives(j, headOf, nextOf, hasPrev, pid, blockRange));
  }
  const removedUnits = new Uint8Array(units.length);
  units.forEach((u, i) => {
    if (u.junk || u.kind === 'jump-to' || u.kind === 'jump-from') removedUnits[i] = 1;
  });
  const boundaryOf = new Map<number, string>();
  articles.forEach((a, k) => {
    for (const u of a.junkHeads) {
      const r = blockRange(u);
      out.add('remove-junk', 'remove:jump-headline', { kind: 'remove-text', paragraph: pid(u), start: r.start, end: r.end, removal: 'jump-line', reason: REASONS.jumpHead, removalId: `r${out.size + 1}` }, 0.8, REASONS.jumpHead, [r]);
      removedUnits[u] = 1;
    }
    if (k === 0) return;
    // The article starts at its first item that is still a body paragraph of the document.
    const first = [...a.items, a.kicker, a.headline, a.subheadline, a.byline]
      .filter((u): u is number => u !== null && !removedUnits[u] && !hasPrev[u])
      .sort((x, y) => x - y)[0];
    if (first === undefined) return;
    const boundary = out.add('article-boundary', a.displaced > 0 ? 'article:displaced-headline' : 'article:headline', { kind: 'split-article', at: pid(first), newArticle: articleId(k) }, a.displaced > 0 ? 0.75 : 0.9,
      a.displaced > 0
        ? { zh: `新文章开始；标题位于其前${a.displaced}段之后`, en: `A new article starts here; its headline stands below its first ${a.displaced} paragraph(s)` }
        : { zh: '标题开始新的文章', en: 'A headline starts a new article' },
      [blockRange(first)]);
    boundaryOf.set(k, boundary);
  });

  // 4. Jumped articles: move the continued part after the part that jumped, then merge.
  articles.forEach((a, k) => {
    if (a.continuationOf === null || k === 0) return;
    const target = a.continuationOf;
    const reason = { zh: '转版文章接续部分并回原文', en: 'Article continued from another page re-joined' };
    const move = out.add('rejoin-jump', 'rejoin-jump:move', { kind: 'move-article', article: articleId(k), after: articleId(target) }, 0.85, reason, []);
    const merge = out.add('rejoin-jump', 'rejoin-jump:merge', { kind: 'merge-article', article: articleId(k) }, 0.85, reason, []);
    out.link(move, merge);
    out.require(move, boundaryOf.get(k));
    out.require(move, boundaryOf.get(target));
  });

  // 5. Roles: head fields and captions; bylines written inside paragraphs.
  const roleReason = (role: string): Reason => ({ zh: `识别为${ROLE_ZH[role] ?? role}`, en: `Recognised as ${role}` });
  articles.forEach((a, k) => {
    const heads: Array<[HeadRole, number | null]> = [['kicker', a.kicker], ['headline', a.headline], ['subheadline', a.subheadline], ['byline', a.byline]];
    for (const [role, u] of heads) {
      if (u === null || removedUnits[u]) continue;
      // A head field set in an article that was not split off would replace the previous article's.
      out.require(out.add('role', `role:${role}`, { kind: 'set-role', paragraph: pid(u), role }, role === 'headline' ? 0.9 : 0.8, roleReason(role), [blockRange(u)]), boundaryOf.get(k));
    }
    for (const u of a.items) {
      const it = itemOf[u];
      if (it?.kind === 'caption') out.add('role', 'role:caption', { kind: 'set-role', paragraph: pid(u), role: 'caption' }, 0.85, roleReason('caption'), [blockRange(u)]);
    }
    if (a.byline === null) {
      const paras = a.items.filter((u) => itemOf[u]?.kind === 'para' && !removedUnits[u]);
      const firstPara = paras[0];
      const lastPara = paras[paras.length - 1];
      const startRange = firstPara !== undefined ? leadingBylineRange(coreText(units[firstPara]), lang) : null;
      if (startRange && firstPara !== undefined) {
        const u = units[firstPara];
        const off = coreStart(u);
        const r = sourceRange(u, off + startRange[0], off + startRange[1]);
        out.require(out.add('role', 'role:byline-in-text:start', { kind: 'set-field-from-text', paragraph: pid(firstPara), role: 'byline', start: r.start, end: r.end, newParagraph: `b${k}` }, 0.8, roleReason('byline'), [r]), boundaryOf.get(k));
      } else if (lastPara !== undefined) {
        const tailUnit = lastOfChain(lastPara, nextOf);
        const u = units[tailUnit];
        const text = u.text.trimEnd();
        const endRange = trailingBylineRange(text, lang);
        if (endRange && !u.cuts.some((c) => c.end > endRange[0])) {
          const r = sourceRange(u, endRange[0], endRange[1]);
          out.require(out.add('role', 'role:byline-in-text:end', { kind: 'set-field-from-text', paragraph: pid(lastPara), role: 'byline', start: r.start, end: r.end, newParagraph: `b${k}` }, 0.75, roleReason('byline'), [r]), boundaryOf.get(k));
        }
      }
    }
  });
  const made = out.done();
  const suggestions = calibration === null ? made : calibrate(made, calibration);
  return { layout: parsed.layout, language: lang, blocks: parsed.blocks, suggestions };
}

/** The basis tag of a join: which evidence carried it (see Suggestion.basis). */
function joinBasis(j: JoinPlan): string {
  return `${j.adjacent ? 'join' : 'move-fragment'}:${j.evidence}`;
}

const ALTERNATIVE_REASONS = {
  sameEnd: { zh: '另一种接续：断开的段落接上另一段', en: 'Another continuation for the same unfinished paragraph' },
  sameFragment: { zh: '另一种位置：这一片段接在另一段之后', en: 'Another place for the same fragment: after another unfinished paragraph' },
} satisfies Record<string, Reason>;

/** For each unit, the first unit of the chain of joins it belongs to (itself when it is not joined). */
function chainHeads(nextOf: ReadonlyArray<JoinPlan | undefined>, hasPrev: Uint8Array): Int32Array {
  const head = new Int32Array(nextOf.length);
  for (let i = 0; i < nextOf.length; i++) head[i] = i;
  for (let i = 0; i < nextOf.length; i++) {
    if (hasPrev[i]) continue;
    for (let j = nextOf[i]; j; j = nextOf[j.second]) head[j.second] = i;
  }
  return head;
}

/**
 * A join's alternatives as commands on the document the joins build: another continuation is joined to
 * the paragraph the end belongs to, and the fragment is joined to the paragraph of another end. Rivals
 * whose paragraph the chosen joins dissolve (a block continuing or continued elsewhere) are left out:
 * their command would have no target.
 */
function joinAlternatives(
  j: JoinPlan,
  headOf: Int32Array,
  nextOf: ReadonlyArray<JoinPlan | undefined>,
  hasPrev: Uint8Array,
  pid: (unit: number) => string,
  blockRange: (unit: number) => SourceRange,
): SuggestionAlternative[] {
  const out: SuggestionAlternative[] = [];
  for (const alt of j.alternatives ?? []) {
    const sameEnd = alt.first === j.first;
    if (sameEnd ? hasPrev[alt.second] === 1 : nextOf[alt.first] !== undefined) continue;
    const first = pid(headOf[alt.first]);
    const second = pid(alt.second);
    if (first === second) continue;
    out.push({
      command: { kind: 'join', first, second, separator: alt.separator },
      confidence: alt.confidence,
      reason: sameEnd ? ALTERNATIVE_REASONS.sameEnd : ALTERNATIVE_REASONS.sameFragment,
      ranges: [blockRange(alt.first), blockRange(alt.second)],
    });
  }
  return out;
}

const ROLE_ZH: Record<string, string> = { kicker: '引题', headline: '标题', subheadline: '副题', byline: '署名', caption: '图片说明' };

/** The last block of the chain of joins starting at `i`. */
function lastOfChain(i: number, nextOf: ReadonlyArray<JoinPlan | undefined>): number {
  let k = i;
  let j = nextOf[k];
  while (j) {
    k = j.second;
    j = nextOf[k];
  }
  return k;
}
