/** The preview of the review queue's active suggestion on the shown document, while it is undecided. */
import { useMemo } from 'react';
import type { IssueDocument } from '../../core';
import { useStore } from '../stores/create-store';
import { reviewStore } from '../stores/review-store';
import { sessionStore } from '../stores/session-store';
import { previewCommand, type IssuePreview } from './issue-preview';

/**
 * The active suggestion's preview, or null. A suggestion already in effect (automatic or accepted) is
 * part of the document, so only a pending or rejected one has something to preview.
 */
export function useActivePreview(doc: IssueDocument): IssuePreview | null {
  const { active } = useStore(reviewStore);
  const { session, statuses } = useStore(sessionStore);
  const suggestion = useMemo(() => (active === null ? undefined : session?.suggestions.find((s) => s.id === active)), [active, session]);
  const status = suggestion ? statuses.get(suggestion.id) : undefined;
  const undecided = status === 'pending' || status === 'rejected';
  return useMemo(() => (suggestion && undecided ? previewCommand(doc, suggestion.command) : null), [doc, suggestion, undecided]);
}
