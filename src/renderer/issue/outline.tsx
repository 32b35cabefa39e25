/** The outline: a jump list of the articles by title. */
import { memo, useMemo } from 'react';
import { paragraphText, type Article } from '../../core';
import { sameParagraph } from '../stores/keep-unchanged';

/** Props of the outline. */
export interface OutlineProps {
  readonly articles: readonly Article[];
  readonly source: string;
  readonly label: string;
  readonly summary: string;
  readonly onPick: (articleId: string) => void;
}

function titleHead(article: Article): Article['headline'] {
  return article.headline ?? article.paragraphs[0] ?? null;
}

/** Jump to an article of a big issue; skipped when no article's id or title paragraph changed. */
export const Outline = memo(function Outline({ articles, source, label, summary, onPick }: OutlineProps): React.JSX.Element {
  const options = useMemo(
    () =>
      articles.map((article, i) => {
        const head = titleHead(article);
        return { id: article.id, title: `${i + 1}. ${head ? paragraphText(source, head).slice(0, 40) : ''}` };
      }),
    [articles, source],
  );
  return (
    <div className="outline-bar">
      <select aria-label={label} data-testid="outline" value="" onChange={(e) => onPick(e.target.value)}>
        <option value="">{`${label} (${summary})`}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.title}
          </option>
        ))}
      </select>
    </div>
  );
}, sameOutline);

function sameOutline(prev: OutlineProps, next: OutlineProps): boolean {
  if (prev.source !== next.source || prev.label !== next.label || prev.summary !== next.summary || prev.onPick !== next.onPick) return false;
  if (prev.articles === next.articles) return true;
  if (prev.articles.length !== next.articles.length) return false;
  for (let i = 0; i < next.articles.length; i++) {
    const a = prev.articles[i];
    const b = next.articles[i];
    if (a !== b && (a.id !== b.id || !sameParagraph(titleHead(a), titleHead(b)))) return false;
  }
  return true;
}
