import { normalizeName } from "../model/normalizeName.js";

/**
 * How far "did you mean" looks: never more than 3 edits, and only names of at
 * most 256 characters (UTF-16 units) are given a suggestion or suggested.
 * Past that length a typo is not what went wrong, and the cost of comparing
 * stays bounded whatever the input: each comparison is at most
 * `(2 × 3 + 1) × 256` steps, and names whose lengths differ by more than 3
 * are not compared at all.
 *
 * @example
 * SUGGESTION_LIMITS
 * //=> { edits: 3, length: 256 }
 */
export const SUGGESTION_LIMITS = { edits: 3, length: 256 } as const;

/**
 * The known name closest to `name`, when it is close enough to be a likely
 * typo: at most a third of the longer name's letters differ (and at most 3).
 * Names are compared folded ({@link normalizeName}); among names as close,
 * the first in sorted order wins. Names longer than
 * {@link SUGGESTION_LIMITS}`.length` get no suggestion.
 *
 * @param name - The name that was not found.
 * @param known - The names that would have been accepted.
 * @returns The closest known name, or `undefined` when none is close.
 *
 * @example
 * didYouMean("jnin", ["fama", "jnim", "wagner"])
 * //=> "jnim"
 */
export function didYouMean(name: string, known: readonly string[]): string | undefined {
  return suggester(known)(name);
}

interface Candidate {
  readonly name: string;
  readonly folded: string;
  readonly rank: number;
}

/**
 * {@link didYouMean} for many names against the same known names: the known
 * names are folded and sorted once, grouped by length so that only names
 * within 3 letters of the same length are compared, and each different name
 * is looked up once.
 *
 * @param known - The names that would have been accepted.
 * @returns A function giving the suggestion for one name, as {@link didYouMean} does.
 *
 * @example
 * const suggest = suggester(["niafunke", "goundam"]);
 * [suggest("niafunk"), suggest("bamako")]
 * //=> ["niafunke", undefined]
 */
export function suggester(known: readonly string[]): (name: string) => string | undefined {
  const byLength = new Map<number, Candidate[]>();
  [...new Set(known)]
    .filter((name) => name.length <= SUGGESTION_LIMITS.length)
    .sort()
    .forEach((name, rank) => {
      const folded = normalizeName(name);
      const group = byLength.get(folded.length) ?? [];
      group.push({ name, folded, rank });
      byLength.set(folded.length, group);
    });
  const answers = new Map<string, string | undefined>();
  return (name) => {
    if (name.length > SUGGESTION_LIMITS.length) return undefined;
    const folded = normalizeName(name);
    if (answers.has(folded)) return answers.get(folded);
    const answer = closest(folded, byLength);
    answers.set(folded, answer);
    return answer;
  };
}

function closest(folded: string, byLength: ReadonlyMap<number, readonly Candidate[]>): string | undefined {
  const { edits } = SUGGESTION_LIMITS;
  let best: Candidate | undefined;
  let bestDistance = edits + 1;
  for (let length = folded.length - edits; length <= folded.length + edits; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      const distance = editDistanceWithin(folded, candidate.folded, Math.min(edits, bestDistance));
      if (distance === undefined) continue;
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && candidate.rank < best.rank)) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(edits, Math.ceil(Math.max(folded.length, best.folded.length) / 3));
  return bestDistance <= limit ? best.name : undefined;
}

/**
 * The Levenshtein distance between two strings when it is at most `limit`,
 * else `undefined`. Only the cells within `limit` of the diagonal are
 * computed, and the walk stops as soon as a whole row is past the limit, so
 * the cost is at most `(2 × limit + 1) × a.length` cells — linear in the
 * length, not quadratic — and nothing when the lengths differ by more than
 * `limit`.
 *
 * @param a - One string (compared by UTF-16 units).
 * @param b - The other.
 * @param limit - The largest distance worth knowing.
 * @param work - When given, `work.cells` is increased by the cells computed.
 * @returns The distance, or `undefined` when it is above `limit`.
 *
 * @example
 * [editDistanceWithin("kiled", "killed", 3), editDistanceWithin("kiled", "wounded", 3)]
 * //=> [1, undefined]
 */
export function editDistanceWithin(a: string, b: string, limit: number, work?: { cells: number }): number | undefined {
  if (Math.abs(a.length - b.length) > limit) return undefined;
  const far = limit + 1;
  let previous = new Int32Array(b.length + 1).fill(far);
  let current = new Int32Array(b.length + 1).fill(far);
  for (let j = 0; j <= Math.min(b.length, limit); j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - limit);
    const to = Math.min(b.length, i + limit);
    current[from - 1] = from === 1 && i <= limit ? i : far;
    let rowBest = current[from - 1]!;
    for (let j = from; j <= to; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), far);
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (work) work.cells += to - from + 1;
    if (to < b.length) current[to + 1] = far;
    if (rowBest > limit) return undefined;
    [previous, current] = [current, previous];
  }
  const distance = previous[b.length]!;
  return distance <= limit ? distance : undefined;
}
