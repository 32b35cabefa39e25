/**
 * The worklist: paragraphs the engine made no suggestion for that still look misplaced — a body
 * paragraph that ends unfinished (no sentence end, a mid-word cut, "…，") or opens like a continuation —
 * each with its most likely partners. Pure: built from the document with the engine's text features.
 */
import { paragraphText, type Command, type IssueDocument } from '../../core';
import { terms, type Term } from '../../core/analysis/cohesion';
import { cannotOpen, opensListItem, opensWithDemonstrative, opensWithSpeaker, opensWithTime } from '../../core/analysis/fragments';
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
  /** Opens the way paragraphs usually open (a time phrase, a speaker, a list item, a demonstrative). */
  readonly opensFresh: boolean;
  readonly endTerms: ReadonlySet<Term>;
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
      out.push({
        id: p.id,
        articleIndex,
        position: out.length,
        text,
        unfinished: !endsParagraph(text),
        continuation: opensLikeContinuation(text, lang),
        opensFresh: opensFresh(text, lang),
        endTerms: new Set(terms(text.slice(-edgeChars), lang)),
        openTerms: terms(text.slice(0, edgeChars), lang),
      });
    }
  });
  return out;
}

/** Share of the partner's opening terms found in the end of the unfinished paragraph. */
function cohesion(first: Body, second: Body): number {
  if (second.openTerms.length === 0 || first.endTerms.size === 0) return 0;
  let shared = 0;
  for (const term of second.openTerms) if (first.endTerms.has(term)) shared++;
  return shared / Math.min(second.openTerms.length, first.endTerms.size);
}

/**
 * How likely `second` continues `first`: a continuation-like opening weighs most, then shared terms;
 * an opening that usually starts a paragraph counts against, and so does a partner that cannot end
 * the sentence either. Kept in [0, 1].
 */
function pairScore(first: Body, second: Body): number {
  let score = 0.15 + 0.45 * (second.continuation ? 1 : 0) + 0.3 * Math.min(1, 2 * cohesion(first, second));
  if (second.opensFresh) score -= 0.2;
  if (!second.unfinished) score += 0.1;
  return Math.max(0, Math.min(1, score));
}

function joinOf(first: Body, second: Body, lang: Language): Command {
  // English words need a space at the junction; a line-end hyphen already joins the halves of a word.
  const separator = lang === 'en' && !/[-\u2010]$/.test(first.text) ? ' ' : '';
  return { kind: 'join', first: first.id, second: second.id, ...(separator ? { separator } : {}) };
}

function bestPartners(self: Body, candidates: readonly Body[], score: (other: Body) => number, command: (other: Body) => Command): Partner[] {
  const scored: Partner[] = [];
  for (const other of candidates) {
    if (other.id === self.id) continue;
    scored.push({ paragraph: other.id, score: score(other), command: command(other) });
  }
  scored.sort((a, b) => b.score - a.score);
  return scored.slice(0, maxPartners);
}

const built = new WeakMap<IssueDocument, readonly WorklistEntry[]>();

/**
 * The worklist of a document in reading order. An unfinished paragraph's partners are every body
 * paragraph that could continue it; a continuation-like paragraph's partners are the unfinished ones.
 * Work is bounded by (unfinished + continuation-like) × body paragraphs, and done once per document.
 */
export function buildWorklist(doc: IssueDocument): readonly WorklistEntry[] {
  const kept = built.get(doc);
  if (kept) return kept;
  const lang = doc.meta.language ?? detectLanguage(doc.source);
  const bodies = bodiesOf(doc, lang);
  const unfinished = bodies.filter((b) => b.unfinished);
  const entries: WorklistEntry[] = [];
  for (const body of bodies) {
    if (!body.unfinished && !body.continuation) continue;
    const reasons: WorklistReason[] = [];
    if (body.unfinished) reasons.push('unfinished');
    if (body.continuation) reasons.push('continuation');
    const partners = body.unfinished
      ? bestPartners(body, bodies, (other) => pairScore(body, other), (other) => joinOf(body, other, lang))
      : bestPartners(body, unfinished, (other) => pairScore(other, body), (other) => joinOf(other, body, lang));
    entries.push({ paragraph: body.id, articleIndex: body.articleIndex, reasons, partners });
  }
  built.set(doc, entries);
  return entries;
}
