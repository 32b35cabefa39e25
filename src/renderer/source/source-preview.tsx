/**
 * The opening lines of the source as plain text, in the editor's font and line height. Shown over the source
 * pane from the app's first frame until Monaco has drawn the source, so a new window shows the issue at once
 * instead of after the editor has been created (about 0.2 s at start-up).
 */
import { memo, useMemo } from 'react';
import { openingLines } from './opening-lines';

/** Props: the source text. */
export interface SourcePreviewProps {
  readonly text: string;
}

/** The preview; hidden from assistive technology, which waits for the editor. */
export const SourcePreview = memo(function SourcePreview({ text }: SourcePreviewProps): React.JSX.Element {
  const lines = useMemo(() => openingLines(text), [text]);
  return (
    <div className="source-preview" data-testid="source-preview" aria-hidden="true">
      {lines.map((line, i) => (
        <div className="source-preview-line" key={i}>
          <span className="source-preview-number">{i + 1}</span>
          <span className="source-preview-text">{line}</span>
        </div>
      ))}
    </div>
  );
});
