import type { Suggestion } from '../model';

/**
 * The suggestions applied automatically when an issue is opened: those at or above the threshold whose
 * prerequisites are applied too, in analysis order. A change planned on top of one the editor must
 * still decide (the second join of a chain, the headline of an article not yet split off) waits with it.
 */
export function automaticSuggestions(suggestions: readonly Suggestion[], threshold: number): Suggestion[] {
  const applied = new Set<string>();
  const out: Suggestion[] = [];
  for (const s of suggestions) {
    if (s.confidence < threshold) continue;
    if (s.requires && !s.requires.every((id) => applied.has(id))) continue;
    applied.add(s.id);
    out.push(s);
  }
  return out;
}
