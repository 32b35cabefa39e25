/**
 * The join decoder: one global decision over every scored candidate of an issue. Each end gets at most
 * one continuation and each block at most one end before it, and the chosen set has the largest total
 * weight (a maximum-weight bipartite matching), instead of locking in each end's best candidate in turn.
 *
 * The matching is solved exactly by successive shortest augmenting paths (the Hungarian method on a
 * sparse graph with node potentials). Every end has a private "no continuation" option, so an augmenting
 * path never costs more than leaving the new end unfinished: each search stays near its end, and the
 * whole decision stays about linear in the issue.
 */

import type { Candidate, JoinAlternative, JoinPlan } from './fragments';
import { DECISION_SHARPNESS, JOIN_THRESHOLD } from './join-scores';

/** A weighted candidate edge: end `a` continued by start `b` (any numbering), worth `weight` > 0. */
export interface WeightedPair {
  readonly a: number;
  readonly b: number;
  readonly weight: number;
}

/** A binary min-heap of (key, value) pairs, keys as numbers. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const keys = this.keys;
    const values = this.values;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      values[i] = values[parent];
      i = parent;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Remove the smallest entry; its key and value are left in `top`. */
  pop(top: { key: number; value: number }): void {
    const keys = this.keys;
    const values = this.values;
    top.key = keys[0];
    top.value = values[0];
    const lastKey = keys.pop() ?? 0;
    const lastValue = values.pop() ?? 0;
    const n = keys.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= lastKey) break;
      keys[i] = keys[child];
      values[i] = values[child];
      i = child;
    }
    keys[i] = lastKey;
    values[i] = lastValue;
  }

  clear(): void {
    this.keys.length = 0;
    this.values.length = 0;
  }
}

/**
 * The maximum-weight set of pairs with at most one pair per end and per start. Returns, per end, the
 * index into `pairs` of its chosen pair, or -1.
 */
export function matchPairs(pairs: readonly WeightedPair[], ends: number, starts: number): Int32Array {
  // Costs are made non-negative by measuring from the heaviest pair: cost = top − weight, and leaving an
  // end unmatched (its private dummy start) costs `top`. Every end is matched to something, so the
  // cheapest assignment is the heaviest matching.
  let top = 0;
  for (const p of pairs) if (p.weight > top) top = p.weight;
  const byEnd: number[][] = Array.from({ length: ends }, () => []);
  pairs.forEach((p, k) => {
    if (p.weight > 0) byEnd[p.a].push(k);
  });
  // Start nodes: the real starts 0..starts-1, then one dummy per end at starts + a.
  const startCount = starts + ends;
  const mateOfStart = new Int32Array(startCount).fill(-1);
  const pairOfEnd = new Int32Array(ends).fill(-1);
  const endPotential = new Float64Array(ends);
  const startPotential = new Float64Array(startCount);
  const distEnd = new Float64Array(ends).fill(Infinity);
  const distStart = new Float64Array(startCount).fill(Infinity);
  const viaPair = new Int32Array(startCount).fill(-1);
  const viaEnd = new Int32Array(startCount).fill(-1);
  const doneStart = new Uint8Array(startCount);
  const touchedEnds: number[] = [];
  const touchedStarts: number[] = [];
  const heap = new MinHeap();
  const popped = { key: 0, value: 0 };

  for (let source = 0; source < ends; source++) {
    if (byEnd[source].length === 0) continue;
    heap.clear();
    distEnd[source] = 0;
    touchedEnds.push(source);
    let target = -1;
    let reach = Infinity;
    let end = source;
    // Dijkstra over alternating paths: end → start by a candidate pair, start → its current end.
    for (;;) {
      const dEnd = distEnd[end];
      for (const k of byEnd[end]) {
        const b = pairs[k].b;
        if (doneStart[b]) continue;
        const d = dEnd + top - pairs[k].weight + endPotential[end] - startPotential[b];
        if (d < distStart[b]) {
          if (distStart[b] === Infinity) touchedStarts.push(b);
          distStart[b] = d;
          viaPair[b] = k;
          viaEnd[b] = end;
          heap.push(d, b);
        }
      }
      const dummy = starts + end;
      const dd = dEnd + top + endPotential[end] - startPotential[dummy];
      if (!doneStart[dummy] && dd < distStart[dummy]) {
        if (distStart[dummy] === Infinity) touchedStarts.push(dummy);
        distStart[dummy] = dd;
        viaPair[dummy] = -1;
        viaEnd[dummy] = end;
        heap.push(dd, dummy);
      }
      let next = -1;
      while (heap.size > 0) {
        heap.pop(popped);
        const b = popped.value;
        if (doneStart[b] || popped.key > distStart[b]) continue;
        doneStart[b] = 1;
        if (mateOfStart[b] < 0) {
          target = b;
          reach = popped.key;
          break;
        }
        const mate = mateOfStart[b];
        distEnd[mate] = popped.key;
        touchedEnds.push(mate);
        next = mate;
        break;
      }
      if (target >= 0 || next < 0) break;
      end = next;
    }
    // Potentials of the nodes reached before the target drop by how much nearer they were: reduced
    // costs stay non-negative and are zero along the new matching.
    for (const a of touchedEnds) {
      if (distEnd[a] < reach) endPotential[a] -= reach - distEnd[a];
      distEnd[a] = Infinity;
    }
    for (const b of touchedStarts) {
      if (doneStart[b] && distStart[b] < reach) startPotential[b] -= reach - distStart[b];
    }
    // Flip the path from the target back to the source.
    let b = target;
    while (b >= 0) {
      const a = viaEnd[b];
      const previous = pairOfEnd[a] >= 0 ? pairs[pairOfEnd[a]].b : a === source ? -1 : starts + a;
      mateOfStart[b] = a;
      pairOfEnd[a] = viaPair[b];
      if (a === source) break;
      b = previous;
    }
    for (const s of touchedStarts) {
      distStart[s] = Infinity;
      doneStart[s] = 0;
    }
    touchedEnds.length = 0;
    touchedStarts.length = 0;
  }
  return pairOfEnd;
}

/** Below this evidence score a join is a guess: the adjacency prior alone, lessened by other evidence. */
const GUESS_SCORE = 1;

/** How many rivals a join keeps as its alternatives. */
const MAX_ALTERNATIVES = 3;

/**
 * Confidence of a chosen join from its evidence score and its margin over the best rival (another
 * continuation of the same end, or another end for the same continuation). Joins weaker than the bare
 * adjacency prior go to review (on the dev set most of them were wrong); an uncontested join keeps the
 * confidence its evidence gives; a near tie between two readings is only just worth applying. Monotone
 * in both: calibration maps it to a measured probability per basis.
 */
export function joinConfidence(score: number, margin: number): number {
  // A score that could not be computed is no evidence: leave the join to review.
  if (Number.isNaN(score)) return 0.3;
  if (score < GUESS_SCORE) return 0.3 + 0.19 * Math.max(0, Math.min(1, score / GUESS_SCORE));
  const evidence = 1 - Math.exp(-(score - GUESS_SCORE) / 2);
  const clear = Number.isNaN(margin) ? 0 : 1 - Math.exp(-Math.max(0, margin));
  return Math.min(0.99, 0.5 + 0.49 * evidence * (0.3 + 0.7 * clear));
}

/**
 * Choose the joins among scored candidates, all at once: one continuation per end, one end per
 * continuation, the heaviest set by `matchPairs` (evidence above JOIN_THRESHOLD, weighed by
 * DECISION_SHARPNESS), then no cycles. Each chosen join keeps its best rivals as alternatives.
 */
export function decideJoins(candidates: readonly Candidate[]): JoinPlan[] {
  const sorted = [...candidates].sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a));
  let size = 0;
  for (const c of sorted) size = Math.max(size, c.a + 1, c.b + 1);
  // Per end and per start, its candidates best first; a pair met twice (a jump pair also scored as a
  // fragment) keeps its better score.
  const byEnd = new Array<Candidate[] | undefined>(size);
  const byStart = new Array<Candidate[] | undefined>(size);
  const unique: Candidate[] = [];
  for (const c of sorted) {
    const ofEnd = (byEnd[c.a] ??= []);
    if (ofEnd.some((x) => x.b === c.b)) continue;
    ofEnd.push(c);
    (byStart[c.b] ??= []).push(c);
    unique.push(c);
  }
  const chosen = matchPairs(
    unique.map((c) => ({ a: c.a, b: c.b, weight: Math.expm1(DECISION_SHARPNESS * (c.score - JOIN_THRESHOLD)) })),
    size,
    size,
  );
  const next = new Int32Array(size).fill(-1);
  const pick = new Array<Candidate | undefined>(size);
  for (let a = 0; a < size; a++) {
    if (chosen[a] < 0) continue;
    next[a] = unique[chosen[a]].b;
    pick[a] = unique[chosen[a]];
  }
  breakCycles(next, pick);
  const plans: JoinPlan[] = [];
  for (const c of pick) {
    if (c === undefined) continue;
    const ofEnd = byEnd[c.a] ?? [];
    const ofStart = byStart[c.b] ?? [];
    const rival = Math.max(ofEnd[0] === c ? (ofEnd[1]?.score ?? -Infinity) : ofEnd[0].score, ofStart[0] === c ? (ofStart[1]?.score ?? -Infinity) : ofStart[0].score);
    const confidence = c.scored ? joinConfidence(c.score, c.score - rival) : c.plan.confidence;
    plans.push({ ...c.plan, confidence, alternatives: alternativesOf(c, ofEnd, ofStart) });
  }
  return plans;
}

/** Open every cycle of chosen joins at its weakest join: a paragraph cannot continue itself. */
function breakCycles(next: Int32Array, pick: Array<Candidate | undefined>): void {
  // 0 unseen, 1 on the walk in progress, 2 finished.
  const state = new Uint8Array(next.length);
  for (let s = 0; s < next.length; s++) {
    if (state[s] !== 0) continue;
    const walk: number[] = [];
    let k = s;
    while (k >= 0 && state[k] === 0) {
      state[k] = 1;
      walk.push(k);
      k = next[k];
    }
    if (k >= 0 && state[k] === 1) {
      // k is on this walk: the cycle is walk[from…].
      const cycle = walk.slice(walk.indexOf(k));
      let weakest = cycle[0];
      for (const a of cycle) if ((pick[a]?.score ?? 0) < (pick[weakest]?.score ?? 0)) weakest = a;
      next[weakest] = -1;
      pick[weakest] = undefined;
    }
    for (const a of walk) state[a] = 2;
  }
}

/**
 * The rivals of a chosen candidate, best first: other continuations of its end and other ends of its
 * continuation. Their confidence follows from their own score and how far they fall below the choice.
 */
function alternativesOf(chosen: Candidate, ofEnd: readonly Candidate[], ofStart: readonly Candidate[]): JoinAlternative[] {
  const rivals = [...ofEnd.slice(0, MAX_ALTERNATIVES + 1), ...ofStart.slice(0, MAX_ALTERNATIVES + 1)]
    .filter((c) => c !== chosen)
    .sort((x, y) => y.score - x.score);
  return rivals.slice(0, MAX_ALTERNATIVES).map((c) => ({
    first: c.plan.first,
    second: c.plan.second,
    separator: c.plan.separator,
    adjacent: c.plan.adjacent,
    confidence: Math.min(c.plan.confidence, joinConfidence(c.score, c.score - chosen.score)),
  }));
}
