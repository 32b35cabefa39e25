/** One article as a card: head fields, body paragraphs, captions. Re-renders only when its article changes. */
import { Fragment, memo, useMemo } from 'react';
import { paragraphText, type Article, type Paragraph } from '../../core';
import type { Translate } from '../i18n/locale-store';
import { touchesArticle, type IssuePreview } from '../review/issue-preview';
import { PreviewArticleLine, PreviewInsertRow } from '../review/preview-marks';
import type { Slot } from './paragraph-index';
import { ParagraphItem, type ParagraphActions } from './paragraph-item';
import { textLength } from './text-count';

/** Props of an article card. */
export interface ArticleCardProps {
  readonly article: Article;
  readonly number: number;
  readonly source: string;
  /** The selected / edited paragraph id (anywhere; the card ignores ids it does not hold). */
  readonly selectedId: string | null;
  readonly editingId: string | null;
  readonly actions: ParagraphActions;
  readonly t: Translate;
  /** Drop an article (dragged by its header) before or after this one. */
  readonly onArticleDrop: (draggedId: string, targetId: string, before: boolean) => void;
  /** Measures the drawn card (virtual list only). */
  readonly measureRef?: (el: HTMLElement | null) => void;
  /** The active suggestion's preview (anywhere; the card draws only what falls in it). */
  readonly preview?: IssuePreview | null;
}

const articleDragType = 'application/x-galley-article';

/** The article's paragraphs in display order with their slots. */
export function articleEntries(article: Article): readonly { readonly paragraph: Paragraph; readonly slot: Slot }[] {
  const out: { paragraph: Paragraph; slot: Slot }[] = [];
  for (const slot of ['kicker', 'headline', 'subheadline', 'byline'] as const) {
    const p = article[slot];
    if (p) out.push({ paragraph: p, slot });
  }
  for (const p of article.paragraphs) out.push({ paragraph: p, slot: 'body' });
  for (const p of article.captions) out.push({ paragraph: p, slot: 'caption' });
  return out;
}

function holds(article: Article, id: string | null): boolean {
  if (id === null) return false;
  return articleEntries(article).some((e) => e.paragraph.id === id);
}

function same(prev: ArticleCardProps, next: ArticleCardProps): boolean {
  if (prev.article !== next.article || prev.number !== next.number || prev.t !== next.t || prev.source !== next.source || prev.onArticleDrop !== next.onArticleDrop || prev.measureRef !== next.measureRef) return false;
  // A preview matters only to the cards it draws in.
  if (prev.preview !== next.preview && (touchesArticle(prev.preview ?? null, prev.article) || touchesArticle(next.preview ?? null, next.article))) return false;
  // A selection change matters only to the cards it leaves or enters.
  for (const key of ['selectedId', 'editingId'] as const) {
    if (prev[key] !== next[key] && (holds(prev.article, prev[key]) || holds(next.article, next[key]))) return false;
  }
  return true;
}

/** An article card. */
export const ArticleCard = memo(function ArticleCard({ article, number, source, selectedId, editingId, actions, t, onArticleDrop, measureRef, preview }: ArticleCardProps) {
  const entries = articleEntries(article);
  const shown = touchesArticle(preview ?? null, article) ? preview : null;
  const atTop = shown?.insertsAtTop.get(article.id);
  const headline = article.headline;
  const length = useMemo(() => textLength(article.paragraphs.map((p) => paragraphText(source, p))), [article.paragraphs, source]);
  return (
    <section
      ref={measureRef}
      className={`article-card band-${(number - 1) % 6}`}
      data-testid="article-card"
      data-article-id={article.id}
      data-card-key={article.id}
      aria-label={t('article', { n: number }) + (headline ? `: ${paragraphText(source, headline)}` : '')}
    >
      <header
        className="article-header"
        draggable
        data-testid="article-handle"
        title={t('dragArticle')}
        onDragStart={(event) => {
          event.dataTransfer.setData(articleDragType, article.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onDragOver={(event) => {
          if (event.dataTransfer.types.includes(articleDragType)) event.preventDefault();
        }}
        onDrop={(event) => {
          const dragged = event.dataTransfer.getData(articleDragType);
          if (!dragged) return;
          event.preventDefault();
          const box = event.currentTarget.getBoundingClientRect();
          onArticleDrop(dragged, article.id, event.clientY < box.top + box.height / 2);
        }}
      >
        <span className="article-number">{t('article', { n: number })}</span>
        <span className="article-count">{t('paragraphs', { n: article.paragraphs.length })}</span>
        <span className="article-count" data-testid="article-length">
          {t(length.unit === 'chars' ? 'countChars' : 'countWords', { n: length.n })}
        </span>
      </header>
      {entries.map((e, i) => {
        const mark = shown?.paragraphs.get(e.paragraph.id);
        const after = shown?.insertsAfter.get(e.paragraph.id);
        // A move to the top of the body shows before the first body paragraph (or after the head when there is none).
        const topHere = atTop && e.slot === 'body' && (i === 0 || entries[i - 1].slot !== 'body');
        return (
          <Fragment key={e.paragraph.id}>
            {topHere ? <PreviewInsertRow insert={atTop} source={source} t={t} /> : null}
            {mark ? <PreviewArticleLine preview={mark} t={t} /> : null}
            <ParagraphItem
              paragraph={e.paragraph}
              slot={e.slot}
              source={source}
              selected={e.paragraph.id === selectedId}
              editing={e.paragraph.id === editingId}
              actions={actions}
              t={t}
              preview={mark}
            />
            {after ? <PreviewInsertRow insert={after} source={source} t={t} /> : null}
          </Fragment>
        );
      })}
      {atTop && !entries.some((e) => e.slot === 'body') ? <PreviewInsertRow insert={atTop} source={source} t={t} /> : null}
    </section>
  );
}, same);
