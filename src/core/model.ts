/**
 * The document model shared by parsing, analysis, commands, exporters and the UI.
 * All offsets are UTF-16 code-unit offsets into the decoded source text, which is never altered.
 */

/** A half-open range [start, end) of the source text. */
export interface SourceRange {
  readonly start: number;
  readonly end: number;
}

/** A block as found in the source: a blank-line block, an indented paragraph or a line, by layout. */
export interface Block extends SourceRange {
  readonly index: number;
  /** The block's text with layout line breaks removed (hard-wrapped columns are unwrapped). */
  readonly text: string;
}

/** The layouts the parser recognises. */
export type LayoutKind = 'blank-line-blocks' | 'wrapped-columns' | 'line-per-paragraph';

/** A piece of a paragraph: a range of the source, or text the editor typed. */
export type Piece =
  | { readonly kind: 'source'; readonly start: number; readonly end: number }
  | { readonly kind: 'typed'; readonly text: string };

/** An ordered list of pieces with a stable id. */
export interface Paragraph {
  readonly id: string;
  readonly pieces: readonly Piece[];
}

/** The role fields an article can carry. */
export type HeadRole = 'kicker' | 'headline' | 'subheadline' | 'byline';

/** Every role a block can be given by analysis or by the editor. */
export type BlockRole = HeadRole | 'body' | 'caption' | 'junk';

/** One article of the issue. */
export interface Article {
  readonly id: string;
  readonly kicker: Paragraph | null;
  readonly headline: Paragraph | null;
  readonly subheadline: Paragraph | null;
  readonly byline: Paragraph | null;
  readonly paragraphs: readonly Paragraph[];
  readonly captions: readonly Paragraph[];
}

/** Why something was removed: a machine-readable kind plus words for people. */
export type RemovalKind =
  | 'repetition-loop'
  | 'duplicate-block'
  | 'overlap-duplicate'
  | 'page-furniture'
  | 'jump-line'
  | 'line-end-hyphen'
  | 'editor';

/** A piece of text taken out of the issue, kept with its reason so it can be restored. */
export interface Removal {
  readonly id: string;
  readonly paragraph: Paragraph;
  readonly kind: RemovalKind;
  readonly reason: Reason;
}

/** A reason a person can read, in Chinese and English. */
export interface Reason {
  readonly zh: string;
  readonly en: string;
}

/** Issue metadata, where known. */
export interface IssueMeta {
  readonly publication?: string;
  readonly date?: string;
  readonly edition?: string;
  readonly page?: string;
  readonly language?: 'zh' | 'en';
}

/** The structured issue: the source plus articles and the removed pile. */
export interface IssueDocument {
  readonly source: string;
  readonly meta: IssueMeta;
  readonly articles: readonly Article[];
  readonly removed: readonly Removal[];
}

/**
 * An edit to the document, as plain data so it can be stored in the sidecar and replayed.
 * Targets are paragraph/article ids; new ids are carried by the command so replay is deterministic.
 * A command whose targets no longer exist, or whose new id is already taken, is skipped (and reported),
 * never thrown. Source offsets must be whole numbers.
 */
export type Command =
  /** Take source range [start, end) out of a paragraph into the removed pile (whole paragraph if it covers it); `removalId` must be new. */
  | {
      readonly kind: 'remove-text';
      readonly paragraph: string;
      readonly start: number;
      readonly end: number;
      readonly removal: RemovalKind;
      readonly reason: Reason;
      readonly removalId: string;
    }
  /**
   * Append `second`'s pieces to `first`; `second` disappears from wherever it stood.
   * `separator` (typed text, usually '' or ' ') goes between them: English words need a space.
   */
  | { readonly kind: 'join'; readonly first: string; readonly second: string; readonly separator?: string }
  /** Split a paragraph at a character offset of its text (not inside a surrogate pair); the tail gets `newParagraph` as id. */
  | { readonly kind: 'split-paragraph'; readonly paragraph: string; readonly at: number; readonly newParagraph: string }
  /** Move a body paragraph right after `after` (any article), or to the start of `article` when `after` is null. */
  | {
      readonly kind: 'move-paragraph';
      readonly paragraph: string;
      readonly after: string | null;
      readonly article: string;
    }
  /**
   * Give a paragraph a role in the article it stands in: a head field, body, caption or junk (removed).
   * A head field's old occupant goes to the top of the body, unless it only repeats text held elsewhere.
   */
  | { readonly kind: 'set-role'; readonly paragraph: string; readonly role: BlockRole; readonly removalId?: string }
  /**
   * Fill a head field of the article holding `paragraph` with source range [start, end), which stays in
   * the body too (a byline written inside a paragraph is both body text and the byline). The range must
   * lie in the paragraph's source; an old occupant is treated as by set-role.
   */
  | {
      readonly kind: 'set-field-from-text';
      readonly paragraph: string;
      readonly role: HeadRole;
      readonly start: number;
      readonly end: number;
      readonly newParagraph: string;
    }
  /** Start a new article (id `newArticle`) at body paragraph `at`; it and what follows move there. */
  | { readonly kind: 'split-article'; readonly at: string; readonly newArticle: string }
  /** Merge an article into the one before it. */
  | { readonly kind: 'merge-article'; readonly article: string }
  /** Move an article right after `after`, or to the top when null. */
  | { readonly kind: 'move-article'; readonly article: string; readonly after: string | null }
  /**
   * Replace a paragraph's text; unchanged prefix and suffix keep their source pieces, the rest is typed.
   * Deleted source text goes to the removed pile (id `<paragraph>~edit`, or `~edit~2`… when taken).
   */
  | { readonly kind: 'edit-text'; readonly paragraph: string; readonly text: string }
  /** Put a removed piece back as a body paragraph where its source position says. */
  | { readonly kind: 'restore'; readonly removal: string; readonly newParagraph: string }
  /** Change issue metadata. */
  | { readonly kind: 'set-meta'; readonly meta: IssueMeta };

/** The kinds of suggestion analysis makes (what the review queue groups and filters by). */
export type SuggestionKind =
  | 'role'
  | 'article-boundary'
  | 'join-broken-paragraph'
  | 'move-fragment'
  | 'remove-junk'
  | 'rejoin-jump';

/** Another way the engine weighed to make the same repair (another continuation, place or headline). */
export interface SuggestionAlternative {
  /** Applied instead of the suggestion's own command. */
  readonly command: Command;
  /** The measured probability that this alternative is the right one, in [0, 1]. */
  readonly confidence: number;
  readonly reason: Reason;
  readonly ranges: readonly SourceRange[];
}

/** A proposed repair: a command with a confidence and a reason. */
export interface Suggestion {
  readonly id: string;
  readonly kind: SuggestionKind;
  readonly command: Command;
  /**
   * The measured probability that the change is right, in [0, 1]: the engine's raw score mapped through
   * the calibration table for its basis (see analysis/calibration.ts).
   */
  readonly confidence: number;
  /**
   * The rule and evidence that made the suggestion, as a short tag such as 'join:mid-word' or
   * 'remove:page-number'. Calibration and the precision report group suggestions by it.
   */
  readonly basis: string;
  readonly reason: Reason;
  /** Source ranges this suggestion is about, for markers in the source pane. */
  readonly ranges: readonly SourceRange[];
  /**
   * Ids of earlier suggestions this one was planned on top of (the join before it in a chain, the article
   * split a role belongs to). It is applied automatically only together with them.
   */
  readonly requires?: readonly string[];
  /** Other candidates the engine weighed, best first (absent when there were none). */
  readonly alternatives?: readonly SuggestionAlternative[];
}
