import type { Suggestion } from '../model';

/**
 * The suggestions applied automatically when an issue is opened, in analysis order: those at or above
 * the threshold whose prerequisites (`requires`) are applied too. A change planned on top of one the
 * editor must still decide (the second join of a chain, the headline of an article not yet split off,
 * the overlap a doubtful join would cut) waits with it.
 */
export function automaticSuggestions(suggestions: readonly Suggestion[], threshold: number): Suggestion[] {
  const chosen = new Set(suggestions.filter((s) => s.confidence >= threshold).map((s) => s.id));
  const byId = new Map(suggestions.map((s) => [s.id, s]));
  const dependents = new Map<string, string[]>();
  for (const s of suggestions) for (const r of s.requires ?? []) dependents.set(r, [...(dependents.get(r) ?? []), s.id]);
  // Drop what lacks a prerequisite, then whatever needed that, until nothing changes.
  const queue = [...chosen].filter((id) => (byId.get(id)?.requires ?? []).some((r) => !chosen.has(r)));
  while (queue.length > 0) {
    const id = queue.pop() as string;
    if (!chosen.delete(id)) continue;
    for (const d of dependents.get(id) ?? []) if (chosen.has(d)) queue.push(d);
  }
  return suggestions.filter((s) => chosen.has(s.id));
}
