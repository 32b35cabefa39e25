/**
 * The review panel: every suggestion with its reason and confidence, the active one's candidates, and
 * one key per decision (review-keys.ts); or the worklist of paragraphs the engine did not suggest for.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { Suggestion, SuggestionKind, SuggestionStatus } from '../../core';
import { localeStore, useT } from '../i18n/locale-store';
import { useStore } from '../stores/create-store';
import { focusSuggestion, reviewStore, showReviewView } from '../stores/review-store';
import { acceptAllAbove, acceptSuggestion, sessionStore } from '../stores/session-store';
import { rejectAndTell, stepName } from './held-fixes';
import { candidatesOf, chosenCandidates } from './review-decisions';
import { handleReviewKey } from './review-keys';
import { listTopIn, scrollToRow, useRowSpan, virtualRowHeight, virtualRowsFrom } from './row-window';
import { WorklistPanel } from './worklist-panel';

/** The review panel. */
export function ReviewQueue(): React.JSX.Element {
  const t = useT();
  const { view } = useStore(reviewStore);
  const { doc } = useStore(sessionStore);
  return (
    <section className="review-queue" data-testid="review-queue" aria-label={t('review')}>
      <div className="review-tabs" role="tablist">
        {(['suggestions', 'worklist'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            aria-selected={view === v}
            className={view === v ? 'active' : undefined}
            data-testid={`review-tab-${v}`}
            onClick={() => {
              showReviewView(v);
              // The list takes the keyboard as soon as it is shown.
              requestAnimationFrame(() => document.querySelector<HTMLElement>(v === 'worklist' ? '[data-testid="worklist"]' : '[data-testid="review-list"]')?.focus());
            }}
          >
            {t(v === 'suggestions' ? 'suggestionsTab' : 'worklistTab')}
          </button>
        ))}
      </div>
      {view === 'worklist' && doc ? <WorklistPanel doc={doc} /> : <SuggestionList />}
    </section>
  );
}

/** The suggestions with their filters, the active one's details, and the decision keys. */
function SuggestionList(): React.JSX.Element {
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
  const box = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const virtual = shown.length >= virtualRowsFrom;
  const span = useRowSpan(box, list, shown.length, virtual);
  const activeSuggestion = active === null ? undefined : suggestions.find((s) => s.id === active);
  const chosen = useMemo(() => (session ? chosenCandidates(session) : new Map<string, number>()), [session]);
  // A virtual list may not hold the active row's element: scroll the container to its slot instead.
  const activeIndex = virtual && active !== null ? shown.findIndex((s) => s.id === active) : -1;
  useEffect(() => {
    const el = box.current;
    if (activeIndex < 0 || !el) return;
    const top = scrollToRow(activeIndex, el.scrollTop, el.clientHeight, listTopIn(el, list.current));
    if (top !== null) el.scrollTop = top;
  }, [activeIndex]);
  const step = (delta: 1 | -1): void => {
    if (shown.length === 0) return;
    const at = shown.findIndex((s) => s.id === active);
    const next = at < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.max(0, Math.min(shown.length - 1, at + delta));
    focusSuggestion(shown[next].id);
  };
  return (
    <>
      <header className="review-header">
        <span className="review-counts" data-testid="review-counts" data-pending={count('pending')}>
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
      {activeSuggestion ? <ActiveDetails suggestion={activeSuggestion} status={statuses.get(activeSuggestion.id) ?? 'pending'} locale={locale} /> : null}
      <div ref={box} className="review-scroll">
        {suggestions.length === 0 ? <p className="muted">{t('noSuggestions')}</p> : null}
        <ul
          ref={list}
          className={virtual ? 'review-list virtual' : 'review-list'}
          role="listbox"
          tabIndex={0}
          aria-label={t('review')}
          aria-activedescendant={active ? `suggestion-${active}` : undefined}
          data-testid="review-list"
          data-virtual={virtual}
          style={virtual ? { paddingTop: span.first * virtualRowHeight, paddingBottom: (shown.length - span.last) * virtualRowHeight } : undefined}
          onKeyDown={(event) => {
            if (handleReviewKey(event, step)) {
              event.preventDefault();
              event.stopPropagation();
            }
          }}
        >
          {shown.slice(span.first, span.last).map((s) => (
            <ReviewItem
              key={s.id}
              suggestion={s}
              status={statuses.get(s.id) ?? 'pending'}
              chosen={chosen.get(s.id) ?? null}
              active={s.id === active}
              locale={locale}
              heldBy={session && held.has(s.id) ? stepName(session, held.get(s.id) ?? '', locale) : null}
            />
          ))}
        </ul>
      </div>
    </>
  );
}

interface ActiveDetailsProps {
  readonly suggestion: Suggestion;
  readonly status: SuggestionStatus;
  readonly locale: 'zh' | 'en';
}

/** The active suggestion: its reason, the candidates keys 1–3 choose from, and the keys. */
function ActiveDetails({ suggestion, status, locale }: ActiveDetailsProps): React.JSX.Element {
  const t = useT();
  const candidates = candidatesOf(suggestion);
  return (
    <div className="review-detail" data-testid="review-detail" data-suggestion-id={suggestion.id}>
      <div className="review-detail-line">
        <strong>{t(`kind-${suggestion.kind}` as const)}</strong> <span className="muted-inline">{t(`status-${status}` as const)}</span>
        <span className="review-hint">{t('reviewKeysHint')}</span>
      </div>
      {candidates.length > 1 ? null : <div className="review-detail-reason">{suggestion.reason[locale]}</div>}
      {candidates.length > 1 ? (
        <ol className="candidates" aria-label={t('candidates')} data-testid="candidates">
          {candidates.map((c, i) => (
            <li key={i} data-testid="candidate" data-ranges={c.ranges.map((r) => `${r.start}-${r.end}`).join(',')}>
              <kbd>{i + 1}</kbd> <span className="confidence">{Math.round(c.confidence * 100)}%</span> {c.reason[locale]}
            </li>
          ))}
        </ol>
      ) : null}
    </div>
  );
}

interface ReviewItemProps {
  readonly suggestion: Suggestion;
  readonly status: SuggestionStatus;
  /** The candidate chosen instead of the suggestion's own command, if any. */
  readonly chosen: number | null;
  readonly active: boolean;
  readonly locale: 'zh' | 'en';
  /** The rejected fix this one is held with, by name (null when not held). */
  readonly heldBy: string | null;
}

const ReviewItem = memo(function ReviewItem({ suggestion, status, chosen, active, locale, heldBy }: ReviewItemProps): React.JSX.Element {
  const t = useT();
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const applied = status === 'automatic' || status === 'accepted';
  const alternatives = suggestion.alternatives?.length ?? 0;
  return (
    <li
      ref={ref}
      id={`suggestion-${suggestion.id}`}
      role="option"
      aria-selected={active}
      className={`review-item status-${status}${active ? ' active' : ''}`}
      data-testid="suggestion"
      data-suggestion-id={suggestion.id}
      data-status={status}
      data-chosen-candidate={chosen ?? undefined}
      data-kind={suggestion.kind}
      onClick={(e) => {
        focusSuggestion(suggestion.id);
        // A clicked row hands the keyboard to the list: Enter, Delete, 1–3 act on it next.
        e.currentTarget.closest<HTMLElement>('[data-testid="review-list"]')?.focus({ preventScroll: true });
      }}
    >
      <span className="confidence" title={t('confidence')}>
        {Math.round(suggestion.confidence * 100)}%
      </span>
      <span className="kind">{t(`kind-${suggestion.kind}` as const)}</span>
      <span className="reason" title={suggestion.reason[locale]}>
        {suggestion.reason[locale]}
        {alternatives > 0 ? <span className="alternatives-count"> +{alternatives}</span> : null}
        {heldBy !== null ? (
          <span className="held-by" data-testid="held-by">
            {t('heldBy', { name: heldBy })}
          </span>
        ) : null}
      </span>
      <span className="status">{chosen === null ? t(`status-${status}` as const) : t('candidateChosen', { n: chosen })}</span>
      {/* The buttons do not take focus, so the keys keep working in the list after a click. */}
      <button
        type="button"
        className="small"
        tabIndex={-1}
        data-testid="accept-suggestion"
        disabled={applied}
        onMouseDown={(e) => e.preventDefault()}
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
        tabIndex={-1}
        data-testid="reject-suggestion"
        disabled={status === 'rejected'}
        onMouseDown={(e) => e.preventDefault()}
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
