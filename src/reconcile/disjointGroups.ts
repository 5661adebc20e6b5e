import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import { compareText } from "./questions.js";

/** What {@link disjointGroups} finds at once, and the pairs of positions it leaves to be compared one by one. */
export interface DisjointGroups {
  /** One `disjoint` finding over the groups (when they are two or more), and the `self` findings of sources that give several of them. */
  readonly drafts: readonly FlagDraft[];
  /** The pairs `[i, j]` (`i < j`) of the question's positions still to compare, in the order of a loop over all pairs. */
  readonly pairs: readonly (readonly [number, number])[];
}

/**
 * The figures of a question that do not overlap, as few findings as they
 * have distinct answers rather than one per pair of claims.
 *
 * The figures fall into groups that overlap among themselves (linked by
 * overlaps, sorted by their lowest bound) and none across, so that any two
 * groups are disjoint. Groups that share a source are tied together, for a
 * source's own answers are never a contradiction between sources: two of
 * them at two `said` dates are a revision (`revised` tells it, nothing
 * else), two with the same date or none are the source against itself
 * (`self`). So:
 *
 * - one `disjoint` finding whose sides are the tied groups, each side every
 *   claim of its groups (sorted by id): no claim of one side overlaps a
 *   claim of another, and the two are always of different sources. A
 *   thousand sources each giving another figure make one finding with a
 *   thousand sides, not half a million; a source giving two of them puts
 *   both on one side (`0, 199 (Source 0)`);
 * - for a source that alone ties several groups, one `self` finding (basis
 *   `disjoint`) with its groups as sides — or one per `said` date when it
 *   answered at several dates (its answers across dates are left to
 *   `revised`); ten sources each giving a hundred figures make ten, not ten
 *   times five thousand;
 * - left to be compared pair by pair, as before: positions within a group
 *   (a group is linked by overlaps, not all of them overlap), positions in
 *   no group (negations, refusals), and the groups tied by several sources,
 *   or by one source that answered both with and without a date, whose
 *   pairs mix contradictions, revisions and claims of one source.
 *
 * `undefined` when the figures make fewer than two groups: every pair is
 * then compared as it comes.
 */
export function disjointGroups(question: QuestionEntry): DisjointGroups | undefined {
  const { positions } = question;
  const figures: number[] = [];
  positions.forEach((p, i) => {
    if (!p.not && p.canonical.interval !== undefined && question.comparator.answers(p.canonical)) figures.push(i);
  });
  if (figures.length < 2) return undefined;
  const groups = overlapGroups(figures, positions);
  if (groups.length < 2) return undefined;
  const tied = tiedGroups(groups, positions);
  const drafts: FlagDraft[] = [];
  const side = (members: readonly number[], keep: (entry: ClaimEntry) => boolean = () => true): Side | undefined => {
    const entries = members.flatMap((i) => positions[i]!.entries.filter(keep)).sort((a, b) => compareText(a.claim.id, b.claim.id));
    const first = members.find((i) => positions[i]!.entries.some(keep));
    return first === undefined ? undefined : { question, position: positions[first]!, entries };
  };
  if (tied.length >= 2) drafts.push({ kind: "disjoint", question, sides: tied.map((members) => side(members.flatMap((g) => groups[g]!))!) });
  const pairwise: number[][] = [];
  for (const members of tied) {
    if (members.length < 2) continue;
    const self = selfSides(
      members.map((g) => groups[g]!),
      positions,
    );
    if (self === undefined) pairwise.push(members.flatMap((g) => groups[g]!));
    for (const keeps of self ?? []) {
      const sides = keeps.flatMap(([group, keep]) => side(group, keep) ?? []);
      if (sides.length >= 2) drafts.push({ kind: "self", basis: "disjoint", question, sides });
    }
  }
  return { drafts, pairs: pairsToCompare(positions.length, groups, pairwise) };
}

/** The figures (indexes into `positions`) in groups linked by overlaps, by lowest bound. */
function overlapGroups(figures: readonly number[], positions: readonly PositionEntry[]): number[][] {
  const low = (i: number) => positions[i]!.canonical.interval!.low;
  const sorted = [...figures].sort((a, b) => low(a) - low(b));
  const groups: number[][] = [];
  let reach = Number.NEGATIVE_INFINITY;
  for (const i of sorted) {
    const { low: from, high } = positions[i]!.canonical.interval!;
    if (groups.length === 0 || from > reach) groups.push([i]);
    else groups[groups.length - 1]!.push(i);
    reach = groups[groups.length - 1]!.length === 1 ? high : Math.max(reach, high);
  }
  return groups;
}

/** The groups tied by a source they share (indexes into `groups`), in the order of their lowest group. */
function tiedGroups(groups: readonly (readonly number[])[], positions: readonly PositionEntry[]): number[][] {
  const parent = groups.map((_, g) => g);
  const root = (g: number): number => {
    while (parent[g] !== g) g = parent[g] = parent[parent[g]!]!;
    return g;
  };
  const groupOfSource = new Map<string, number>();
  groups.forEach((group, g) => {
    for (const i of group) {
      for (const entry of positions[i]!.entries) {
        const seen = groupOfSource.get(entry.claim.source);
        if (seen === undefined) groupOfSource.set(entry.claim.source, g);
        else {
          const [a, b] = [root(seen), root(g)];
          if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
        }
      }
    }
  });
  const tied = new Map<number, number[]>();
  groups.forEach((_, g) => {
    const list = tied.get(root(g));
    if (list) list.push(g);
    else tied.set(root(g), [g]);
  });
  return [...tied.values()];
}

/**
 * The sides of the `self` findings of groups that one source ties, as
 * filters of each group's claims: one finding over all the groups when the
 * source gave at most one `said` date, one per date when it gave every
 * answer a date. `undefined` when several sources tie them, or when the
 * source answered both with and without a date: those pairs are compared
 * one by one.
 */
function selfSides(
  groups: readonly (readonly number[])[],
  positions: readonly PositionEntry[],
): (readonly [readonly number[], (entry: ClaimEntry) => boolean][])[] | undefined {
  const entries = groups.flatMap((group) => group.flatMap((i) => positions[i]!.entries));
  if (new Set(entries.map((e) => e.claim.source)).size > 1) return undefined;
  const dates = [...new Set(entries.flatMap((e) => (e.claim.said === undefined ? [] : [e.claim.said])))].sort(compareText);
  if (dates.length <= 1) return [groups.map((group) => [group, () => true] as const)];
  if (entries.some((e) => e.claim.said === undefined)) return undefined;
  return dates.map((said) => groups.map((group) => [group, (e: ClaimEntry) => e.claim.said === said] as const));
}

/**
 * The pairs of positions still to compare one by one: both in one group,
 * at least one in no group, or both among the positions of `pairwise`
 * (groups whose pairs are compared one by one).
 */
function pairsToCompare(count: number, groups: readonly (readonly number[])[], pairwise: readonly (readonly number[])[]): [number, number][] {
  const grouped = new Set(groups.flat());
  const pairs: [number, number][] = [];
  const allPairs = (members: readonly number[]) => {
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.push(order(members[a]!, members[b]!));
  };
  const inPairwise = new Set(pairwise.flat());
  for (const group of groups) if (!inPairwise.has(group[0]!)) allPairs(group);
  for (const members of pairwise) allPairs(members);
  for (let i = 0; i < count; i++) {
    if (grouped.has(i)) continue;
    for (let j = 0; j < count; j++) if (j !== i && (grouped.has(j) || j > i)) pairs.push(order(i, j));
  }
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

function order(a: number, b: number): [number, number] {
  return a < b ? [a, b] : [b, a];
}
