import type { Block, IssueDocument, IssueMeta } from '../model';

/** The id of the single article of an unrepaired issue. */
export const INITIAL_ARTICLE_ID = 'a0';

/** The paragraph id of a block in the initial document. */
export function blockParagraphId(block: Pick<Block, 'index'>): string {
  return `p${block.index}`;
}

/**
 * The unrepaired issue: one article whose body paragraphs are the blocks, each one source piece.
 * Analysis suggestions are commands against this document.
 */
export function createInitialDocument(source: string, blocks: readonly Block[], meta: IssueMeta = {}): IssueDocument {
  return {
    source,
    meta,
    articles: [
      {
        id: INITIAL_ARTICLE_ID,
        kicker: null,
        headline: null,
        subheadline: null,
        byline: null,
        paragraphs: blocks.map((block) => ({
          id: blockParagraphId(block),
          pieces: [{ kind: 'source', start: block.start, end: block.end }],
        })),
        captions: [],
      },
    ],
    removed: [],
  };
}
