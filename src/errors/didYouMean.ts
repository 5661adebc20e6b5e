import { normalizeName } from "../model/normalizeName.js";

/**
 * The known name closest to `name`, when it is close enough to be a likely
 * typo: at most a third of the longer name's letters differ (and at most 3).
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
  const folded = normalizeName(name);
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of [...known].sort()) {
    const distance = editDistance(folded, normalizeName(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.ceil(Math.max(folded.length, normalizeName(best).length) / 3));
  return bestDistance <= limit ? best : undefined;
}

/** Levenshtein distance, in one row of memory. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
