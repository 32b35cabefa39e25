/**
 * The virtual card list of the issue pane: only the cards near the viewport (and the card holding the
 * selection, so it can be scrolled to and keeps keyboard focus) are drawn; gaps of the other cards'
 * measured or estimated heights stand in for the rest. The rows logic is the review queue's (row-window).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { sizedRows, spanIn, useVirtualSpan, type RowLayout, type RowSpan } from '../review/row-window';
import { cardHeight, recordCardHeight, type CardMeasurements } from './card-heights';
import { estimateCard, shownBy, type IssueCard } from './issue-cards';

/** Pixels drawn beyond each edge of the viewport, so scrolling rarely shows a gap. */
const overscanPixels = 600;

/** What the list draws, top to bottom: a card (by index) or a gap standing in for undrawn cards. */
export type CardSlot = { readonly kind: 'card'; readonly index: number } | { readonly kind: 'gap'; readonly key: string; readonly height: number };

/** The slots for the cards in `span` plus the `pinned` card (-1: none). */
export function cardSlots(layout: RowLayout, span: RowSpan, pinned: number): readonly CardSlot[] {
  const indices: number[] = [];
  if (pinned >= 0 && pinned < span.first) indices.push(pinned);
  for (let i = span.first; i < span.last; i++) indices.push(i);
  if (pinned >= span.last && pinned < layout.count) indices.push(pinned);
  const slots: CardSlot[] = [];
  let next = 0;
  const gapTo = (end: number): void => {
    if (end > next) slots.push({ kind: 'gap', key: `gap-${next}`, height: layout.top(end) - layout.top(next) });
  };
  for (const index of indices) {
    gapTo(index);
    slots.push({ kind: 'card', index });
    next = index + 1;
  }
  gapTo(layout.count);
  return slots;
}

const cardsByKey = new WeakMap<readonly IssueCard[], Map<string, IssueCard>>();

function cardWithKey(cards: readonly IssueCard[], key: string): IssueCard | undefined {
  let byKey = cardsByKey.get(cards);
  if (!byKey) cardsByKey.set(cards, (byKey = new Map(cards.map((c) => [c.key, c]))));
  return byKey.get(key);
}

/**
 * The cards to draw for a scrolling `pane` holding the card `list`, and the ref that measures a drawn
 * card (its element carries `data-card-key`). Every card when `enabled` is false.
 */
export function useCardWindow(
  pane: RefObject<HTMLElement | null>,
  list: RefObject<HTMLElement | null>,
  cards: readonly IssueCard[],
  enabled: boolean,
  pinned: number,
): { readonly slots: readonly CardSlot[]; readonly measureRef: ((el: HTMLElement | null) => void) | undefined } {
  // The measurements, in a new wrapper whenever one changed a height, so the layout is remade.
  const [heights] = useState<CardMeasurements>(() => new WeakMap());
  const [measured, setMeasured] = useState({ heights });
  const layout = useMemo(() => sizedRows(cards.map((card) => cardHeight(shownBy(card), measured.heights, () => estimateCard(card)))), [cards, measured]);
  const spanAt = useCallback((offset: number, viewport: number) => spanIn(layout, offset - overscanPixels, viewport + 2 * overscanPixels, 0), [layout]);
  const span = useVirtualSpan(pane, list, cards.length, enabled, spanAt);

  // The observer outlives renders; it reads the latest cards to know which one it measured.
  const cardsRef = useRef(cards);
  useEffect(() => {
    cardsRef.current = cards;
  }, [cards]);
  const observer = useRef<ResizeObserver | null>(null);
  const onResize = useCallback(
    (entries: readonly ResizeObserverEntry[]) => {
      let changed = false;
      for (const entry of entries) {
        const el = entry.target as HTMLElement;
        const card = cardWithKey(cardsRef.current, el.dataset.cardKey ?? '');
        if (!card || !el.isConnected) continue;
        const margin = parseFloat(getComputedStyle(el).marginBottom) || 0;
        if (recordCardHeight(heights, shownBy(card), entry.borderBoxSize[0].blockSize + margin)) changed = true;
      }
      if (changed) setMeasured({ heights });
    },
    [heights],
  );
  useEffect(() => () => observer.current?.disconnect(), []);
  const measureRef = useCallback(
    (el: HTMLElement | null) => {
      if (!el) return;
      observer.current ??= new ResizeObserver((entries) => onResize(entries));
      observer.current.observe(el);
      return () => observer.current?.unobserve(el);
    },
    [onResize],
  );

  const slots = useMemo(
    () => (enabled ? cardSlots(layout, span, pinned) : cards.map((_, index) => ({ kind: 'card' as const, index }))),
    [enabled, layout, span, pinned, cards],
  );
  return { slots, measureRef: enabled ? measureRef : undefined };
}
