/**
 * The worklist: paragraphs the engine made no suggestion for that still look misplaced — a body
 * paragraph that ends unfinished (no sentence end, a mid-word cut, "…，") or opens like a continuation —
 * each with its most likely partners. Pure: built from the document with the engine's text features.
 */
import { paragraphText, type Command, type IssueDocument } from '../../core';
import { terms, type Term } from '../../core/analysis/cohesion';
import { cannotOpen, isHeadLike, opensListItem, opensWithDemonstrative, opensWithSpeaker, opensWithTime } from '../../core/analysis/fragments';
import { detectLanguage, endsParagraph, startsMidSentenceEn, type Language } from '../../core/analysis/text-features';

/** Partners listed per paragraph (keys 1–3 pick them). */
export const maxPartners = 3;

/** How much of a paragraph's end (and of a partner's opening) is compared for shared terms. */
const edgeChars = 120;

/** A paragraph that may continue, or be continued by, a worklist paragraph. */
export interface Partner {
  readonly paragraph: string;
  /** How likely the pair is one paragraph, in [0, 1] (a ranking, not a calibrated probability). */
  readonly score: number;
  /** The join that puts the pair together (the unfinished paragraph first). */
  readonly command: Command;
}

/** Why a paragraph is on the worklist. */
export type WorklistReason = 'unfinished' | 'continuation';

/** One paragraph of the worklist. */
export interface WorklistEntry {
  readonly paragraph: string;
  readonly articleIndex: number;
  readonly reasons: readonly WorklistReason[];
  readonly partners: readonly Partner[];
}

/** A body paragraph with what the worklist reads of it. */
interface Body {
  readonly id: string;
  readonly articleIndex: number;
  readonly position: number;
  readonly text: string;
  readonly unfinished: boolean;
  readonly continuation: boolean;
  /** Reads like a head line (short, no sentence punctuation): not an unfinished paragraph, and an unlikely continuation. */
  readonly headLike: boolean;
  /** Opens the way paragraphs usually open (a time phrase, a speaker, a list item, a demonstrative). */
  readonly opensFresh: boolean;
  /** Distinct terms of its end and of its opening. */
  readonly endTerms: readonly Term[];
  readonly openTerms: readonly Term[];
}

/** Whether text opens like the rest of a sentence cut off before it. */
function opensLikeContinuation(text: string, lang: Language): boolean {
  return lang === 'zh' ? cannotOpen(text, lang) : startsMidSentenceEn(text);
}

function opensFresh(text: string, lang: Language): boolean {
  return opensWithTime(text, lang) || opensWithSpeaker(text, lang) || opensListItem(text, lang) || opensWithDemonstrative(text, lang);
}

function bodiesOf(doc: IssueDocument, lang: Language): Body[] {
  const out: Body[] = [];
  doc.articles.forEach((article, articleIndex) => {
    for (const p of article.paragraphs) {
      const text = paragraphText(doc.source, p).trim();
      if (text.length === 0) continue;
      const headLike = isHeadLike(text, lang);
      out.push({
        id: p.id,
        articleIndex,
        position: out.length,
        text,
        // A head line left in the body (its role still to be reviewed) has no sentence end either.
        unfinished: !endsParagraph(text) && !headLike,
        continuation: opensLikeContinuation(text, lang),
        headLike,
        opensFresh: opensFresh(text, lang),
        endTerms: [...new Set(terms(text.slice(-edgeChars), lang))],
        openTerms: [...new Set(terms(text.slice(0, edgeChars), lang))],
      });
    }
  });
  return out;
}

/** Which bodies hold each term (in their end or their opening); terms most bodies share say nothing and are left out. */
function termIndex(bodies: readonly Body[], termsOf: (b: Body) => readonly Term[]): Map<Term, number[]> {
  const index = new Map<Term, number[]>();
  for (const b of bodies) {
    for (const term of termsOf(b)) {
      const list = index.get(term);
      if (list) list.push(b.position);
      else index.set(term, [b.position]);
    }
  }
  const common = Math.max(8, bodies.length / 50);
  for (const [term, list] of index) if (list.length > common) index.delete(term);
  return index;
}

/** How many of `self`'s terms each other body shares, through the index of the other side. */
function sharedCounts(own: readonly Term[], index: ReadonlyMap<Term, readonly number[]>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const term of own) for (const at of index.get(term) ?? []) counts.set(at, (counts.get(at) ?? 0) + 1);
  return counts;
}

/**
 * How likely `second` continues `first`, given the terms they share: a continuation-like opening weighs
 * most, then shared terms; an opening that usually starts a paragraph counts against, and so does a
 * partner that cannot end the sentence either; nearer pairs win ties. Kept in [0, 1].
 */
function pairScore(first: Body, second: Body, shared: number): number {
  const size = Math.min(first.endTerms.length, second.openTerms.length);
  const cohesion = size > 0 ? shared / size : 0;
  let score = 0.15 + 0.45 * (second.continuation ? 1 : 0) + 0.3 * Math.min(1, 2 * cohesion);
  if (second.opensFresh) score -= 0.2;
  if (second.headLike) score -= 0.3;
  if (!second.unfinished) score += 0.1;
  score -= Math.min(0.01, Math.abs(second.position - first.position) * 1e-6);
  return Math.max(0, Math.min(1, score));
}

function joinOf(first: Body, second: Body, lang: Language): Command {
  // English words need a space at the junction; a line-end hyphen already joins the halves of a word.
  const separator = lang === 'en' && !/[-\u2010]$/.test(first.text) ? ' ' : '';
  return { kind: 'join', first: first.id, second: second.id, ...(separator ? { separator } : {}) };
}

/** The best `maxPartners` of some candidates by score (highest first). */
function topPartners(candidates: Iterable<number>, score: (at: number) => number, partner: (at: number, score: number) => Partner): Partner[] {
  const best: { at: number; score: number }[] = [];
  for (const at of candidates) {
    const s = score(at);
    if (best.length === maxPartners && s <= best[maxPartners - 1].score) continue;
    best.push({ at, score: s });
    best.sort((a, b) => b.score - a.score);
    if (best.length > maxPartners) best.pop();
  }
  return best.map((b) => partner(b.at, b.score));
}

const built = new WeakMap<IssueDocument, readonly WorklistEntry[]>();

/**
 * The worklist of a document in reading order. An unfinished paragraph's partners are the body
 * paragraphs that could continue it: the continuation-like ones, the one after it, and those whose
 * opening shares a term with its end. A continuation-like paragraph's partners are the unfinished ones
 * sharing a term, or the nearest before it. Terms are looked up in an index, so a 1 MB issue of
 * thousands of paragraphs costs milliseconds, once per document.
 */
export function buildWorklist(doc: IssueDocument): readonly WorklistEntry[] {
  const kept = built.get(doc);
  if (kept) return kept;
  const lang = doc.meta.language ?? detectLanguage(doc.source);
  const bodies = bodiesOf(doc, lang);
  const unfinished = bodies.filter((b) => b.unfinished);
  const continuations = bodies.filter((b) => b.continuation).map((b) => b.position);
  const openings = termIndex(bodies, (b) => b.openTerms);
  const ends = termIndex(unfinished, (b) => b.endTerms);
  const entries: WorklistEntry[] = [];
  for (const body of bodies) {
    if (!body.unfinished && !body.continuation) continue;
    const reasons: WorklistReason[] = [];
    if (body.unfinished) reasons.push('unfinished');
    if (body.continuation) reasons.push('continuation');
    let partners: Partner[];
    if (body.unfinished) {
      const shared = sharedCounts(body.endTerms, openings);
      const candidates = new Set([...shared.keys(), ...continuations, body.position + 1]);
      candidates.delete(body.position);
      candidates.delete(bodies.length);
      partners = topPartners(
        candidates,
        (at) => pairScore(body, bodies[at], shared.get(at) ?? 0),
        (at, score) => ({ paragraph: bodies[at].id, score, command: joinOf(body, bodies[at], lang) }),
      );
    } else {
      const shared = sharedCounts(body.openTerms, ends);
      const before = unfinished.filter((u) => u.position < body.position).slice(-maxPartners);
      const candidates = new Set([...shared.keys(), ...before.map((u) => u.position)]);
      candidates.delete(body.position);
      partners = topPartners(
        candidates,
        (at) => pairScore(bodies[at], body, shared.get(at) ?? 0),
        (at, score) => ({ paragraph: bodies[at].id, score, command: joinOf(bodies[at], body, lang) }),
      );
    }
    entries.push({ paragraph: body.id, articleIndex: body.articleIndex, reasons, partners });
  }
  built.set(doc, entries);
  return entries;
}
