import { overlaps } from "../values/interval.js";
import { disjointGroups } from "./disjointGroups.js";
import type { FlagDraft } from "./flagDraft.js";
import { jointFindings } from "./jointFindings.js";
import type { PositionEntry, QuestionEntry } from "./questions.js";
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
 * (`exclusive`, `disjoint` — one finding over the groups of figures that
 * do not overlap, see {@link disjointGroups} —, `withheld`, and `self` when
 * one source holds both sides), `jointly-exclusive` for positions of one question that hold two by
 * two but not all at once (each kind says which, see `together`; a source's answers at two
 * dates are kept apart, and its own such set is `self`, see {@link jointFindings}), and one
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
    if (grouped) drafts.push(...grouped.drafts);
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
      // Pairs across two groups are the grouped findings', and are never looked at, so that the cost grows with the pairs left to compare.
      for (const [i, j] of grouped.pairs) visit(i, j);
    } else {
      for (let i = 0; i < (first === second ? all.length : boundary); i++) {
        for (let j = first === second ? i + 1 : boundary; j < all.length; j++) visit(i, j);
      }
    }
    if (first === second) {
      // Positions that hold two by two but not all at once: one finding over all of them, a source's answers at two dates kept apart.
      const sets = first.comparator.together(first.positions);
      const positionOf = sets.length === 0 ? undefined : new Map(first.positions.flatMap((p) => p.entries.map((e) => [e, p] as const)));
      for (const set of sets) {
        const sides = set.map((i) => first.positions[i]!.entries);
        drafts.push(...jointFindings({ question: first, sides }, (entry) => ({ question: first, position: positionOf!.get(entry)! })));
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

/** Whether every pair across the two positions is one source at two different dates. */
function onlyRevisions(a: PositionEntry, b: PositionEntry): boolean {
  return a.entries.every((x) =>
    b.entries.every((y) => x.claim.source === y.claim.source && x.claim.said !== undefined && y.claim.said !== undefined && x.claim.said !== y.claim.said),
  );
}
