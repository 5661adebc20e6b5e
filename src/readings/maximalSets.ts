/** The result of {@link maximalIndependentSets}: the sets found, and whether that is all of them. */
export interface MaximalSets {
  /** Each set as its nodes in increasing order. */
  readonly sets: readonly (readonly number[])[];
  /** False when enumeration stopped early: more than `limit` sets, or more than `budget` steps. */
  readonly complete: boolean;
  /** How many sets there are, or, when not complete, how many there are at least. */
  readonly count: number;
}

/**
 * The maximal independent sets of an undirected graph on the nodes
 * `0 … n-1` — the sets of nodes no edge joins, to which no further node can
 * be added — found as the maximal cliques of the complement graph with
 * Bron–Kerbosch and Tomita's pivot (each set is found once, and the work per
 * set is small in practice). The walk keeps its own stack, and stops once
 * more than `limit` sets are found, or after `budget` branching steps: a
 * graph may have exponentially many sets, and dead-end branches between two
 * of them.
 *
 * @param neighbours - For each node, the nodes it is joined to (symmetric, no loops).
 * @param limit - The most sets to return.
 * @param budget - The most branching steps to take (default one million).
 *
 * @example
 * maximalIndependentSets(3, [[1], [0, 2], [1]], 10)
 * //=> { sets: [[0, 2], [1]], complete: true, count: 2 }
 */
export function maximalIndependentSets(n: number, neighbours: readonly (readonly number[])[], limit: number, budget = 1_000_000): MaximalSets {
  const words = Math.ceil(n / 32);
  const others: Uint32Array[] = [];
  for (let v = 0; v < n; v++) {
    const bits = full(n, words);
    clear(bits, v);
    for (const w of neighbours[v]!) clear(bits, w);
    others.push(bits);
  }
  const sets: number[][] = [];
  const stack: { chosen: number[]; candidates: Uint32Array; excluded: Uint32Array; branch: number[]; next: number }[] = [];
  const open = (chosen: number[], candidates: Uint32Array, excluded: Uint32Array) => {
    if (empty(candidates)) {
      if (empty(excluded)) sets.push(chosen);
      return;
    }
    stack.push({ chosen, candidates, excluded, branch: branchNodes(candidates, excluded, others), next: 0 });
  };
  open([], full(n, words), new Uint32Array(words));
  let steps = 0;
  while (stack.length > 0 && sets.length <= limit && steps++ < budget) {
    const frame = stack[stack.length - 1]!;
    const v = frame.branch[frame.next++];
    if (v === undefined) {
      stack.pop();
      continue;
    }
    const candidates = and(frame.candidates, others[v]!);
    const excluded = and(frame.excluded, others[v]!);
    clear(frame.candidates, v);
    set(frame.excluded, v);
    open([...frame.chosen, v], candidates, excluded);
  }
  const complete = stack.length === 0;
  return { sets: complete ? sets.map((s) => s.sort((a, b) => a - b)) : [], complete, count: complete ? sets.length : Math.max(sets.length, 1) };
}

/** The nodes to branch on: the candidates the pivot does not already cover (Tomita). */
function branchNodes(candidates: Uint32Array, excluded: Uint32Array, others: readonly Uint32Array[]): number[] {
  let pivot = -1;
  let best = -1;
  for (const u of members(or(candidates, excluded))) {
    const covered = countAnd(candidates, others[u]!);
    if (covered > best) [pivot, best] = [u, covered];
  }
  return members(candidates).filter((v) => !has(others[pivot]!, v));
}

function full(n: number, words: number): Uint32Array {
  const bits = new Uint32Array(words).fill(0xffffffff);
  if (n % 32 !== 0) bits[words - 1] = (1 << (n % 32)) - 1;
  return bits;
}
const has = (bits: Uint32Array, i: number) => (bits[i >>> 5]! & (1 << (i & 31))) !== 0;
const set = (bits: Uint32Array, i: number) => void (bits[i >>> 5]! |= 1 << (i & 31));
const clear = (bits: Uint32Array, i: number) => void (bits[i >>> 5]! &= ~(1 << (i & 31)));
const empty = (bits: Uint32Array) => bits.every((w) => w === 0);
const and = (a: Uint32Array, b: Uint32Array) => a.map((w, i) => w & b[i]!);
const or = (a: Uint32Array, b: Uint32Array) => a.map((w, i) => w | b[i]!);

function countAnd(a: Uint32Array, b: Uint32Array): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) {
    let w = a[i]! & b[i]!;
    while (w !== 0) {
      w &= w - 1;
      count++;
    }
  }
  return count;
}

function members(bits: Uint32Array): number[] {
  const found: number[] = [];
  for (let i = 0; i < bits.length; i++) {
    let w = bits[i]!;
    while (w !== 0) {
      const low = w & -w;
      found.push(i * 32 + 31 - Math.clz32(low));
      w ^= low;
    }
  }
  return found;
}
