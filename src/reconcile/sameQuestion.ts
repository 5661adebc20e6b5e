import { overlaps } from "../kinds/interval.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import { compareText, type PositionEntry, type QuestionEntry } from "./questions.js";
import { relate } from "./relate.js";
import { splitPairs } from "./splitPairs.js";

/**
 * The pairs of questions whose claims answer the same question: each question
 * with itself, and questions that differ only in `when` with intervals that
 * overlap (`"2023-11-24"` and `"2023-11-24T17:00"`). Claims whose `when` do
 * not overlap are about different moments and are never compared; a claim
 * without `when` is about the incident as a whole and is compared only with
 * others without `when` (and, for quantities, as a whole with its parts).
 */
export function sameQuestionPairs(questions: readonly QuestionEntry[]): [QuestionEntry, QuestionEntry][] {
  const byBase = new Map<string, QuestionEntry[]>();
  for (const question of questions) {
    const list = byBase.get(question.baseKey);
    if (list) list.push(question);
    else byBase.set(question.baseKey, [question]);
  }
  const pairs: [QuestionEntry, QuestionEntry][] = [];
  for (const group of byBase.values()) {
    const timed = group.filter((q) => q.when !== undefined).sort((x, y) => x.when!.low - y.when!.low);
    for (const question of group) pairs.push([question, question]);
    for (let i = 0; i < timed.length; i++) {
      for (let j = i + 1; j < timed.length && timed[j]!.when!.low <= timed[i]!.when!.high; j++) {
        if (overlaps(timed[i]!.when!, timed[j]!.when!)) pairs.push([timed[i]!, timed[j]!]);
      }
    }
  }
  return pairs;
}

/**
 * Compares the positions of each pair of same questions: contradictions
 * (`exclusive`, `disjoint`, `withheld`, and `self` when one source holds both
 * sides), `jointly-exclusive` for positions of one question that hold two by
 * two but not all at once (each kind says which, see `together`), and one
 * `divergent` finding per pair of questions gathering the positions that
 * differ but can all hold.
 */
export function compareSameQuestions(pairs: readonly [QuestionEntry, QuestionEntry][]): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const [first, second] of pairs) {
    const divergent = new Set<number>();
    const all = [
      ...first.positions.map((position) => ({ question: first, position })),
      ...(first === second ? [] : second.positions.map((position) => ({ question: second, position }))),
    ];
    const boundary = first.positions.length;
    const grouped = first === second ? disjointGroups(first) : undefined;
    if (grouped) drafts.push({ kind: "disjoint", question: first, sides: grouped.sides });
    const visit = (i: number, j: number) => {
      const a = all[i]!;
      const b = all[j]!;
      const relation = relate(first, a.position, b.position);
      if (relation === undefined || relation === "compatible") return;
      if (relation === "divergent") {
        if (!onlyRevisions(a.position, b.position)) divergent.add(i).add(j);
        return;
      }
      drafts.push(...splitPairs(relation, first, a, b));
    };
    if (grouped) {
      // Pairs across two groups are the grouped finding's, and are never looked at, so that the cost grows with the pairs within groups;
      // pairs within a group are (a group is linked by overlaps, not all of them), and so are the pairs of positions in no group.
      for (const [i, j] of pairsOutsideGroups(all.map((entry) => grouped.groupOf.get(entry.position)))) visit(i, j);
    } else {
      for (let i = 0; i < (first === second ? all.length : boundary); i++) {
        for (let j = first === second ? i + 1 : boundary; j < all.length; j++) visit(i, j);
      }
    }
    if (first === second) {
      // Positions that hold two by two but not all at once: one finding over all of them.
      for (const set of first.comparator.together(first.positions)) {
        drafts.push({
          kind: "jointly-exclusive",
          question: first,
          sides: set.map((i) => ({ question: first, position: first.positions[i]!, entries: first.positions[i]!.entries })),
        });
      }
    }
    if (divergent.size > 1) {
      drafts.push({
        kind: "divergent",
        question: first,
        sides: [...divergent].sort((x, y) => x - y).map((i) => ({ ...all[i]!, entries: all[i]!.position.entries })),
      });
    }
  }
  return drafts;
}

/**
 * One `disjoint` finding for all the figures of a question that do not
 * overlap, instead of one per pair: the figures fall into groups that
 * overlap among themselves (linked by overlaps, sorted by their lowest
 * bound) and none across, so every two groups are disjoint and the groups
 * are the finding's sides. A thousand sources each giving another figure
 * make one finding with a thousand sides, not half a million.
 *
 * Left to the pairs when a source stands in two groups (a revision, or a
 * source against itself, must stay apart from the others' contradiction),
 * or when there are fewer than two groups.
 */
function disjointGroups(question: QuestionEntry): { sides: Side[]; groupOf: Map<PositionEntry, number> } | undefined {
  const figures = question.positions.filter((p) => !p.not && p.canonical.interval !== undefined && question.comparator.answers(p.canonical));
  if (figures.length < 2) return undefined;
  const sorted = [...figures].sort((a, b) => a.canonical.interval!.low - b.canonical.interval!.low);
  const groups: PositionEntry[][] = [];
  let reach = -Infinity;
  for (const position of sorted) {
    const { low, high } = position.canonical.interval!;
    if (groups.length === 0 || low > reach) groups.push([position]);
    else groups[groups.length - 1]!.push(position);
    reach = groups[groups.length - 1]!.length === 1 ? high : Math.max(reach, high);
  }
  if (groups.length < 2) return undefined;
  const sourceGroup = new Map<string, number>();
  for (const [g, group] of groups.entries()) {
    for (const position of group) {
      for (const entry of position.entries) {
        const seen = sourceGroup.get(entry.claim.source);
        if (seen !== undefined && seen !== g) return undefined;
        sourceGroup.set(entry.claim.source, g);
      }
    }
  }
  return {
    sides: groups.map((group) => ({
      question,
      position: group[0]!,
      entries: group.flatMap((p) => p.entries).sort((a, b) => compareText(a.claim.id, b.claim.id)),
    })),
    groupOf: new Map(groups.flatMap((group, g) => group.map((p) => [p, g] as const))),
  };
}

/**
 * The pairs `[i, j]` (`i < j`) of positions that are not in two different
 * groups — both in one group, or at least one in none — in the order of a
 * loop over all pairs.
 */
function pairsOutsideGroups(groupOf: readonly (number | undefined)[]): [number, number][] {
  const members = new Map<number, number[]>();
  const loose: number[] = [];
  groupOf.forEach((group, i) => {
    if (group === undefined) loose.push(i);
    else if (members.has(group)) members.get(group)!.push(i);
    else members.set(group, [i]);
  });
  const pairs: [number, number][] = [];
  for (const list of members.values()) for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) pairs.push([list[a]!, list[b]!]);
  for (const i of loose) for (let j = 0; j < groupOf.length; j++) if (j !== i && (groupOf[j] !== undefined || j > i)) pairs.push(i < j ? [i, j] : [j, i]);
  return pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** Whether every pair across the two positions is one source at two different dates. */
function onlyRevisions(a: QuestionEntry["positions"][number], b: QuestionEntry["positions"][number]): boolean {
  return a.entries.every((x) =>
    b.entries.every((y) => x.claim.source === y.claim.source && x.claim.said !== undefined && y.claim.said !== undefined && x.claim.said !== y.claim.said),
  );
}
