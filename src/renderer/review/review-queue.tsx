/** The review queue: every suggestion with its reason and confidence; accept, reject, accept all above a level. */
import { memo, useEffect, useRef, useState } from 'react';
import type { Suggestion, SuggestionKind, SuggestionStatus } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { focusSuggestion, reviewStore } from '../stores/review-store';
import { acceptAllAbove, acceptSuggestion, sessionStore } from '../stores/session-store';
import { rejectAndTell, stepName } from './held-fixes';
import { listTopIn, scrollToRow, useRowSpan, virtualRowHeight, virtualRowsFrom } from './row-window';

/** The review queue panel. */
export function ReviewQueue(): React.JSX.Element {
  const t = useT();
  const { session, statuses, held } = useStore(sessionStore);
  const { active } = useStore(reviewStore);
  const locale = useStore(localeStore);
  const [level, setLevel] = useState(0.8);
  const [kind, setKind] = useState<SuggestionKind | 'all'>('all');
  const [status, setStatus] = useState<SuggestionStatus | 'all'>('all');
  const suggestions = session?.suggestions ?? [];
  const kinds = [...new Set(suggestions.map((s) => s.kind))];
  const shown = suggestions.filter((s) => (kind === 'all' || s.kind === kind) && (status === 'all' || (statuses.get(s.id) ?? 'pending') === status));
  const count = (status: SuggestionStatus): number => suggestions.filter((s) => statuses.get(s.id) === status).length;
  const box = useRef<HTMLElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const virtual = shown.length >= virtualRowsFrom;
  const span = useRowSpan(box, list, shown.length, virtual);
  // A virtual list may not hold the active row's element: scroll the container to its slot instead.
  const activeIndex = virtual && active !== null ? shown.findIndex((s) => s.id === active) : -1;
  useEffect(() => {
    const el = box.current;
    if (activeIndex < 0 || !el) return;
    const top = scrollToRow(activeIndex, el.scrollTop, el.clientHeight, listTopIn(el, list.current));
    if (top !== null) el.scrollTop = top;
  }, [activeIndex]);
  return (
    <section ref={box} className="review-queue" data-testid="review-queue" aria-label={t('review')}>
      <header className="review-header">
        <strong>{t('review')}</strong>
        <span data-testid="review-counts">
          {t('reviewCounts', { automatic: count('automatic'), pending: count('pending'), accepted: count('accepted'), rejected: count('rejected') })}
        </span>
        <span className="review-filters">
          <select aria-label={t('filterKind')} data-testid="filter-kind" value={kind} onChange={(e) => setKind(e.target.value as SuggestionKind | 'all')}>
            <option value="all">{`${t('filterKind')}: ${t('filterAll')}`}</option>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {t(`kind-${k}` as const)}
              </option>
            ))}
          </select>
          <select aria-label={t('filterStatus')} data-testid="filter-status" value={status} onChange={(e) => setStatus(e.target.value as SuggestionStatus | 'all')}>
            <option value="all">{`${t('filterStatus')}: ${t('filterAll')}`}</option>
            {(['pending', 'automatic', 'accepted', 'rejected'] as const).map((st) => (
              <option key={st} value={st}>
                {t(`status-${st}` as const)}
              </option>
            ))}
          </select>
        </span>
        <span className="spacer" />
        <label className="inline-field">
          <span>{t('acceptAllAbove')}</span>
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            value={level}
            data-testid="accept-level"
            aria-label={t('acceptAllAbove')}
            onChange={(e) => setLevel(Number(e.target.value))}
          />
        </label>
        <button type="button" data-testid="accept-all" onClick={() => acceptAllAbove(level)}>
          {t('acceptAll')}
        </button>
      </header>
      {suggestions.length === 0 ? <p className="muted">{t('noSuggestions')}</p> : null}
      <ul
        ref={list}
        className={virtual ? 'review-list virtual' : 'review-list'}
        role="listbox"
        aria-label={t('review')}
        data-virtual={virtual}
        style={virtual ? { paddingTop: span.first * virtualRowHeight, paddingBottom: (shown.length - span.last) * virtualRowHeight } : undefined}
      >
        {shown.slice(span.first, span.last).map((s) => (
          <ReviewItem
            key={s.id}
            suggestion={s}
            status={statuses.get(s.id) ?? 'pending'}
            active={s.id === active}
            locale={locale}
            heldBy={session && held.has(s.id) ? stepName(session, held.get(s.id) ?? '', locale) : null}
          />
        ))}
      </ul>
    </section>
  );
}

interface ReviewItemProps {
  readonly suggestion: Suggestion;
  readonly status: SuggestionStatus;
  readonly active: boolean;
  readonly locale: 'zh' | 'en';
  /** The rejected fix this one is held with, by name (null when not held). */
  readonly heldBy: string | null;
}

const ReviewItem = memo(function ReviewItem({ suggestion, status, active, locale, heldBy }: ReviewItemProps): React.JSX.Element {
  const t = useT();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const applied = status === 'automatic' || status === 'accepted';
  return (
    <li
      ref={ref}
      role="option"
      aria-selected={active}
      className={`review-item status-${status}${active ? ' active' : ''}`}
      data-testid="suggestion"
      data-suggestion-id={suggestion.id}
      data-status={status}
      data-kind={suggestion.kind}
      onClick={() => focusSuggestion(suggestion.id)}
    >
      <span className="confidence" title={t('confidence')}>
        {Math.round(suggestion.confidence * 100)}%
      </span>
      <span className="kind">{t(`kind-${suggestion.kind}` as const)}</span>
      <span className="reason">
        {suggestion.reason[locale]}
        {heldBy !== null ? (
          <span className="held-by" data-testid="held-by">
            {t('heldBy', { name: heldBy })}
          </span>
        ) : null}
      </span>
      <span className="status">{t(`status-${status}` as const)}</span>
      <button
        type="button"
        className="small"
        data-testid="accept-suggestion"
        disabled={applied}
        onClick={(e) => {
          e.stopPropagation();
          acceptSuggestion(suggestion.id);
        }}
      >
        {t('accept')}
      </button>
      <button
        type="button"
        className="small"
        data-testid="reject-suggestion"
        disabled={status === 'rejected'}
        onClick={(e) => {
          e.stopPropagation();
          rejectAndTell(suggestion.id);
        }}
      >
        {t('reject')}
      </button>
    </li>
  );
});
