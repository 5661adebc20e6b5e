/**
 * A largest one-to-one matching between two lists (Kuhn's augmenting
 * paths). `candidates[i]` lists, in order of preference, the right-hand
 * items the left-hand item `i` may be paired with. The number of pairs is
 * always the largest possible, whatever the order; the order only decides,
 * among equally large matchings, which pairs are kept, and the result is the
 * same for the same input.
 *
 * @param candidates - For each left-hand item, the right-hand indices it may pair with.
 * @returns For each left-hand item, its right-hand partner, or `undefined`.
 *
 * @example
 * // Left 0 could take right 0 or 1; left 1 only right 0: both get one.
 * maximumMatching([[0, 1], [0]])
 * //=> [1, 0]
 */
export function maximumMatching(candidates: readonly (readonly number[])[]): (number | undefined)[] {
  const leftOf = new Map<number, number>();
  const augment = (left: number, visited: Set<number>): boolean => {
    for (const right of candidates[left] ?? []) {
      if (visited.has(right)) continue;
      visited.add(right);
      const holder = leftOf.get(right);
      if (holder === undefined || augment(holder, visited)) {
        leftOf.set(right, left);
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, left) => augment(left, new Set()));
  const partner: (number | undefined)[] = candidates.map(() => undefined);
  for (const [right, left] of leftOf) partner[left] = right;
  return partner;
}
