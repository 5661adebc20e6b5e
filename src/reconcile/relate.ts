import type { Relation } from "../kinds/relation.js";
import type { PositionEntry, QuestionEntry } from "./questions.js";

/**
 * How two positions of a question relate, or `undefined` when they are the
 * same answer. A value against its own negation is `exclusive` whatever its
 * kind (the kind says what "its own" covers: a place inside the negated one,
 * an interval within the negated one); two negations never conflict.
 */
export function relate(question: QuestionEntry, a: PositionEntry, b: PositionEntry): Relation | undefined {
  if (a.key === b.key) return undefined;
  const { comparator, context } = question;
  if (a.not && b.not) return "compatible";
  if (a.not !== b.not) {
    const [asserted, negated] = a.not ? [b, a] : [a, b];
    return comparator.contradictsNegation(asserted.canonical.data, negated.canonical.data, context) ? "exclusive" : "compatible";
  }
  return comparator.compare(a.canonical.data, b.canonical.data, context);
}
