/**
 * Galley JSON: the scorer's format (articles + removed, from toScorerJson) plus provenance — the
 * issue metadata, every field's source ranges or typed text, and why each removed piece went.
 */
import type { Article, IssueDocument, IssueMeta, Paragraph, Piece, Reason, RemovalKind, Suggestion, SuggestionKind } from '../model';
import { hasExportedText, toScorerJson, type ScorerJson } from './scorer-json';
import { viewIssue } from './issue-view';
import { paragraphText } from '../document/paragraph-text';
import { cleanExportText } from './export-text';

/** Where a field's text came from: its pieces (source ranges or typed text). */
export interface FieldProvenance {
  readonly paragraph: string;
  readonly pieces: readonly Piece[];
}

/** Provenance of one exported article, aligned by index with `articles`. */
export interface ArticleProvenance {
  readonly id: string;
  readonly kicker: FieldProvenance | null;
  readonly headline: FieldProvenance | null;
  readonly subheadline: FieldProvenance | null;
  readonly byline: FieldProvenance | null;
  readonly paragraphs: readonly FieldProvenance[];
  readonly captions: readonly FieldProvenance[];
}

/** Provenance of one removed piece. */
export interface RemovalProvenance {
  readonly id: string;
  readonly kind: RemovalKind;
  readonly reason: Reason;
  readonly text: string;
  readonly pieces: readonly Piece[];
}

/** A suggestion the export was made without: the editor has not decided it yet. */
export interface PendingSuggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly basis: string;
  /** The measured probability that the change is right. */
  readonly confidence: number;
  readonly reason: Reason;
}

/** The Galley JSON document. */
export interface GalleyJson extends ScorerJson {
  readonly galley: {
    readonly format: 'galley-export';
    readonly version: 1;
    readonly exported: string;
    readonly meta: IssueMeta;
    readonly language: 'zh' | 'en';
    readonly sourceLength: number;
    readonly provenance: {
      readonly articles: readonly ArticleProvenance[];
      readonly removed: readonly RemovalProvenance[];
    };
    /** Suggestions not applied in this export, for review elsewhere. */
    readonly pending: readonly PendingSuggestion[];
  };
}

function field(source: string, paragraph: Paragraph | null): FieldProvenance | null {
  if (!paragraph || paragraphText(source, paragraph).trim() === '') return null;
  return { paragraph: paragraph.id, pieces: paragraph.pieces };
}

function list(source: string, paragraphs: readonly Paragraph[]): FieldProvenance[] {
  // The same filter as toScorerJson, so provenance lines up with the exported strings.
  return paragraphs.filter((p) => paragraphText(source, p).trim() !== '').map((p) => ({ paragraph: p.id, pieces: p.pieces }));
}

function articleProvenance(source: string, article: Article): ArticleProvenance {
  return {
    id: article.id,
    kicker: field(source, article.kicker),
    headline: field(source, article.headline),
    subheadline: field(source, article.subheadline),
    byline: field(source, article.byline),
    paragraphs: list(source, article.paragraphs),
    captions: list(source, article.captions),
  };
}

/** The Galley JSON object of a document (scorer fields first, provenance under `galley`). */
export function toGalleyJson(doc: IssueDocument, now: Date, pending: readonly Suggestion[] = []): GalleyJson {
  const view = viewIssue(doc);
  const scorer = toScorerJson(doc);
  const articles = doc.articles
    .map((article) => articleProvenance(doc.source, article))
    // toScorerJson's rule for leaving an article out, so index i here is article i there.
    .filter(hasExportedText);
  const removed = doc.removed.map((removal) => ({
    id: removal.id,
    kind: removal.kind,
    reason: removal.reason,
    text: cleanExportText(paragraphText(doc.source, removal.paragraph)),
    pieces: removal.paragraph.pieces,
  }));
  return {
    ...scorer,
    galley: {
      format: 'galley-export',
      version: 1,
      exported: now.toISOString(),
      meta: view.meta,
      language: view.language,
      sourceLength: doc.source.length,
      provenance: { articles, removed },
      pending: pending.map((s) => ({ id: s.id, kind: s.kind, basis: s.basis, confidence: s.confidence, reason: s.reason })),
    },
  };
}

/** The issue as Galley JSON text (two-space indented, trailing newline). */
export function exportGalleyJson(doc: IssueDocument, options: { readonly now: Date; readonly pending?: readonly Suggestion[] }): string {
  return `${JSON.stringify(toGalleyJson(doc, options.now, options.pending), null, 2)}\n`;
}
