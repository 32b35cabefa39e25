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
