// Judges every suggestion of an analysis against the truth: right, wrong, or not judged (n/a).
// Each suggestion is judged in the document where every suggestion before it has been applied, which is
// the document it was planned for. What "right" means, per command (see docs/quality.md):
// - join / fragment move: the end of the first piece and the start of the second are consecutive text of
//   one truth field (junk between them, such as an unremoved overlap, is skipped);
// - removal: none of the removed characters is truth content;
// - article split: the paragraph split off belongs to another truth article than the text before it;
// - role: the paragraph is (mostly) the truth field of that role; a byline taken from text equals the
//   truth byline of its article;
// - article move / merge (jump rejoin): both articles are mostly the same truth article.
import type { Article, Command, IssueDocument, Paragraph, Suggestion } from '../../src/core/model';
import { applyCommand, locateParagraph } from '../../src/core/document/apply';
import { fieldOf, normalize, type Alignment, type FieldKind, type Truth } from './align-truth';

/** The verdict on one suggestion. */
export type Verdict = 'right' | 'wrong' | 'n/a';

/** A suggestion with its verdict and, when wrong, a short why. */
export interface JudgedSuggestion {
  readonly suggestion: Suggestion;
  readonly verdict: Verdict;
  readonly why: string;
}

/** Gap of unclaimed truth characters tolerated between two joined pieces (OCR and NFKC differences). */
const JOIN_GAP = 3;

function sourceOffsets(paragraph: Paragraph): number[] {
  const out: number[] = [];
  for (const piece of paragraph.pieces) if (piece.kind === 'source') for (let k = piece.start; k < piece.end; k++) out.push(k);
  return out;
}

/** Truth positions of a paragraph's content characters, in paragraph order. */
function contentOf(al: Alignment, paragraph: Paragraph): number[] {
  const out: number[] = [];
  for (const k of sourceOffsets(paragraph)) if (al.truthOf[k] >= 0) out.push(al.truthOf[k]);
  return out;
}

function lastContent(al: Alignment, paragraph: Paragraph): number {
  const c = contentOf(al, paragraph);
  return c.length > 0 ? c[c.length - 1] : -1;
}

function firstContent(al: Alignment, paragraph: Paragraph): number {
  const c = contentOf(al, paragraph);
  return c.length > 0 ? c[0] : -1;
}

/** Whether truth position `b` follows `a` in the same field, with only unclaimed characters between. */
function follows(al: Alignment, a: number, b: number, claimed: Uint8Array): boolean {
  if (a < 0 || b < 0 || b <= a || b - a > JOIN_GAP + 1) return false;
  if (al.fieldAt[a] !== al.fieldAt[b] || al.fieldAt[a] < 0) return false;
  for (let p = a + 1; p < b; p++) if (claimed[p]) return false;
  return true;
}

function majority<T>(values: readonly T[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

function articleParagraphs(a: Article): Paragraph[] {
  return [a.kicker, a.headline, a.subheadline, a.byline, ...a.paragraphs, ...a.captions].filter((p): p is Paragraph => p !== null);
}

function truthArticleOf(al: Alignment, paragraphs: readonly Paragraph[]): number | null {
  const articles: number[] = [];
  for (const p of paragraphs) for (const t of contentOf(al, p)) articles.push(al.fields[al.fieldAt[t]].article);
  return majority(articles);
}

function fieldKindOf(al: Alignment, paragraph: Paragraph): FieldKind | null {
  return majority(contentOf(al, paragraph).map((t) => al.fields[al.fieldAt[t]].kind));
}

type Judgement = readonly [Verdict, string];

function judgeCommand(al: Alignment, truth: Truth, doc: IssueDocument, command: Command, claimed: Uint8Array): Judgement {
  const para = (id: string): Paragraph | null => locateParagraph(doc, id)?.paragraph ?? null;
  switch (command.kind) {
    case 'join': {
      const a = para(command.first);
      const b = para(command.second);
      if (!a || !b) return ['n/a', 'target missing'];
      const end = lastContent(al, a);
      const start = firstContent(al, b);
      if (end < 0 || start < 0) return ['wrong', 'a piece has no truth content'];
      return follows(al, end, start, claimed) ? ['right', ''] : ['wrong', `joins ${describe(al, end)} to ${describe(al, start)}`];
    }
    case 'move-paragraph': {
      const p = para(command.paragraph);
      const after = command.after === null ? null : para(command.after);
      if (!p || (command.after !== null && !after)) return ['n/a', 'target missing'];
      if (!after) return ['n/a', 'moved to an article start'];
      return follows(al, lastContent(al, after), firstContent(al, p), claimed) ? ['right', ''] : ['wrong', 'not after its truth predecessor'];
    }
    case 'remove-text': {
      let content = 0;
      for (let k = command.start; k < command.end; k++) if (al.truthOf[k] >= 0) content++;
      return content === 0 ? ['right', ''] : ['wrong', `removes ${content} content character(s): ${doc.source.slice(command.start, Math.min(command.end, command.start + 40))}`];
    }
    case 'split-article': {
      const loc = locateParagraph(doc, command.at);
      if (!loc || loc.slot !== 'body') return ['n/a', 'target missing'];
      const article = doc.articles[loc.articleIndex];
      const before = [article.kicker, article.headline, article.subheadline, article.byline, ...article.paragraphs.slice(0, loc.index)]
        .filter((p): p is Paragraph => p !== null)
        .map((p) => lastContent(al, p))
        .filter((t) => t >= 0);
      if (before.length === 0) return ['n/a', 'nothing before it'];
      const mine = truthArticleOf(al, [loc.paragraph]);
      const previous = al.fields[al.fieldAt[before[before.length - 1]]].article;
      if (mine === null) return ['n/a', 'junk paragraph'];
      return mine !== previous ? ['right', ''] : ['wrong', `splits truth article ${mine}`];
    }
    case 'set-role': {
      const p = para(command.paragraph);
      if (!p) return ['n/a', 'target missing'];
      const kind = fieldKindOf(al, p);
      if (command.role === 'junk') return kind === null ? ['right', ''] : ['wrong', `removes a ${kind}`];
      const want: FieldKind = command.role === 'body' ? 'paragraph' : command.role;
      return kind === want ? ['right', ''] : ['wrong', `a ${kind ?? 'junk line'} given role ${command.role}`];
    }
    case 'set-field-from-text': {
      const p = para(command.paragraph);
      if (!p) return ['n/a', 'target missing'];
      const article = truthArticleOf(al, [p]);
      const want = article === null ? '' : normalize(truth.articles[article][command.role]);
      const got = normalize(doc.source.slice(command.start, command.end));
      return got !== '' && got === want ? ['right', ''] : ['wrong', `"${got}" is not the ${command.role} "${want}"`];
    }
    case 'move-article':
    case 'merge-article': {
      const from = doc.articles.findIndex((a) => a.id === command.article);
      if (from < 0) return ['n/a', 'target missing'];
      const otherIndex = command.kind === 'merge-article' ? from - 1 : doc.articles.findIndex((a) => a.id === command.after);
      if (otherIndex < 0) return ['n/a', 'no partner article'];
      const mine = truthArticleOf(al, articleParagraphs(doc.articles[from]));
      const other = truthArticleOf(al, articleParagraphs(doc.articles[otherIndex]));
      return mine !== null && mine === other ? ['right', ''] : ['wrong', `truth articles ${mine} and ${other}`];
    }
    case 'split-paragraph':
    case 'edit-text':
    case 'restore':
    case 'set-meta':
      return ['n/a', 'not made by analysis'];
  }
}

function describe(al: Alignment, t: number): string {
  const f = fieldOf(al, t);
  return f ? `${f.kind} ${f.index} of article ${f.article}` : 'junk';
}

/**
 * Judge every suggestion in order, each in the document that all suggestions before it made.
 * `claimed` marks the truth positions some source character holds (for the join gap check).
 */
export function judgeSuggestions(al: Alignment, truth: Truth, initial: IssueDocument, suggestions: readonly Suggestion[]): JudgedSuggestion[] {
  const claimed = new Uint8Array(al.truth.length);
  for (const t of al.truthOf) if (t >= 0) claimed[t] = 1;
  let doc = initial;
  return suggestions.map((suggestion) => {
    const [verdict, why] = judgeCommand(al, truth, doc, suggestion.command, claimed);
    const outcome = applyCommand(doc, suggestion.command);
    doc = outcome.doc;
    return { suggestion, verdict, why };
  });
}
