/** Renders a long list in slices, one per frame, so opening a big issue never blocks input for long. */
import { useEffect, useState } from 'react';

/**
 * How many items (from the start of `weights`) to render now: about `budget` weight per frame.
 * Weights are paragraph counts, so one huge article does not make a huge slice alone.
 * `atLeast` forces the count up (an item the user selected must exist in the DOM).
 */
export function useProgressiveCount(weights: readonly number[], atLeast: number, budget = 150): number {
  const total = weights.length;
  const [count, setCount] = useState(() => advance(weights, 0, budget));
  useEffect(() => {
    if (count >= total) return;
    const frame = requestAnimationFrame(() => setCount((c) => advance(weights, c, budget)));
    return () => cancelAnimationFrame(frame);
  }, [count, total, weights, budget]);
  return Math.min(total, Math.max(count, atLeast));
}

/** The count after adding items worth about `budget` (at least one). */
export function advance(weights: readonly number[], from: number, budget: number): number {
  let next = from;
  let used = 0;
  while (next < weights.length && (next === from || used + weights[next] <= budget)) {
    used += weights[next];
    next++;
  }
  return next;
}
