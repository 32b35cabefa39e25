/**
 * The source side of the split view. When it first appears (start-up, or after the start screen) it paints
 * a plain-text preview of the source in its first frame, creates the editor only after that frame, and keeps
 * the preview on top until the editor has drawn the source.
 */
import { useEffect, useState } from 'react';
import type { OpenedIssueDto } from '../../shared/ipc';
import type { IssueDocument } from '../../core';
import { afterNextPaint } from '../shell/after-paint';
import { SourcePane } from './source-pane';
import { SourcePreview } from './source-preview';

/** Props: as the source pane's. */
export interface SourceViewProps {
  readonly issue: OpenedIssueDto;
  readonly doc: IssueDocument | null;
}

/** The user-timing mark set when the preview is first painted (the start-up benchmark reads it). */
export const sourcePreviewMark = 'galley:source-preview-painted';

/** The source pane behind its start-up preview. */
export function SourceView({ issue, doc }: SourceViewProps): React.JSX.Element {
  const [editorMounted, setEditorMounted] = useState(false);
  const [editorPainted, setEditorPainted] = useState(false);
  useEffect(
    () =>
      afterNextPaint(() => {
        performance.mark(sourcePreviewMark, { detail: issue.path });
        setEditorMounted(true);
      }),
    // Only the first frame matters; later issues are drawn by the editor that is already there.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );
  return (
    <div className="source-view" aria-busy={!editorPainted}>
      {editorMounted ? <SourcePane issue={issue} doc={doc} onPainted={() => setEditorPainted(true)} /> : null}
      {editorPainted ? null : <SourcePreview text={issue.text} />}
    </div>
  );
}
