/** How the issue pane draws a previewed change on a paragraph: the junction, the ghost, the strike, the new role, the moved-in copy. */
import { pieceText, type Paragraph, type Piece } from '../../core';
import type { Translate } from '../i18n/locale-store';
import { piecesAround, type ParagraphPreview, type PreviewInsert } from './issue-preview';

function piecesText(source: string, pieces: readonly Piece[]): string {
  return pieces.map((p) => pieceText(source, p)).join('');
}

/** A short note on what happens to the paragraph (shown above its text). */
function badgeOf(preview: ParagraphPreview, t: Translate): string | null {
  switch (preview.kind) {
    case 'join-ghost':
      return t('previewJoinGhost', { n: preview.articleNumber });
    case 'move-ghost':
      return t('previewMoveGhost', { n: preview.articleNumber });
    case 'role':
      return t('previewRole', { role: t(preview.role) });
    default:
      return null;
  }
}

/** Props of a previewed paragraph's text. */
export interface PreviewTextProps {
  readonly paragraph: Paragraph;
  readonly source: string;
  readonly preview: ParagraphPreview;
  readonly t: Translate;
}

/** A paragraph's text as the active suggestion would leave it. */
export function PreviewText({ paragraph, source, preview, t }: PreviewTextProps): React.JSX.Element {
  const badge = badgeOf(preview, t);
  const text = (): React.ReactNode => {
    switch (preview.kind) {
      case 'join-head':
        return (
          <>
            {piecesText(source, paragraph.pieces)}
            <span className="preview-junction" data-testid="preview-junction" title={t('previewJunction')} aria-label={t('previewJunction')} />
            <ins className="preview-added" data-testid="preview-added">
              {piecesText(source, preview.appended)}
            </ins>
          </>
        );
      case 'strike':
      case 'role': {
        const range = preview.range;
        if (!range) return piecesText(source, paragraph.pieces);
        return piecesAround(paragraph.pieces, range).map(({ piece, inside }, i) => {
          const part = pieceText(source, piece);
          if (!inside) return <span key={i}>{part}</span>;
          return preview.kind === 'strike' ? (
            <del key={i} className="preview-struck" data-testid="preview-struck">
              {part}
            </del>
          ) : (
            <mark key={i} className="preview-field" data-testid="preview-field">
              {part}
            </mark>
          );
        });
      }
      default:
        return piecesText(source, paragraph.pieces);
    }
  };
  const ghost = preview.kind === 'join-ghost' || preview.kind === 'move-ghost';
  return (
    <span className="paragraph-text">
      {badge ? (
        <span className="preview-badge" data-testid="preview-badge">
          {badge}
        </span>
      ) : null}
      {ghost ? <span className="preview-ghost">{text()}</span> : text()}
    </span>
  );
}

/** The article line a previewed boundary draws above a paragraph (a new article, or a merge that removes one). */
export function PreviewArticleLine({ preview, t }: { readonly preview: ParagraphPreview; readonly t: Translate }): React.JSX.Element | null {
  if (preview.kind !== 'article-line' && preview.kind !== 'merge-line') return null;
  const merge = preview.kind === 'merge-line';
  return (
    <div className={`preview-article-line${merge ? ' merge' : ''}`} data-testid="preview-article-line" data-preview={preview.kind}>
      {t(merge ? 'previewMergeLine' : 'previewArticleLine')}
    </div>
  );
}

/** A moved paragraph shown at its new place, marked as not there yet. */
export function PreviewInsertRow({ insert, source, t }: { readonly insert: PreviewInsert; readonly source: string; readonly t: Translate }): React.JSX.Element {
  return (
    <div className="paragraph preview-insert" data-testid="preview-insert" data-moved-paragraph-id={insert.paragraph}>
      <span className="role-tag">{t('previewMovedHere', { n: insert.fromArticleNumber })}</span>
      <ins className="paragraph-text preview-added">{piecesText(source, insert.pieces)}</ins>
      <span />
    </div>
  );
}
