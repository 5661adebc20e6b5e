import type { Wording } from "../messages/wording.js";
import type { Readings } from "../readings/readings.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";

/** The readings of an incident, in words: each component's alternatives, and the claims that stand in all. */
export interface ReadingsSection {
  readonly components: readonly { readonly title: string; readonly alternatives: readonly string[]; readonly tooMany: boolean }[];
  readonly unopposed: string;
}

/**
 * Words the readings of a reconciliation: "Component 1 (control (place
 * …)): 2 alternatives", then each alternative as what it holds and who
 * says it, lettered in the readings' own order — never by who says what.
 */
export function readingsSection(read: Readings, result: Pick<Reconciliation, "questions">, words: Wording): ReadingsSection {
  const report = words.messages.report;
  const questionByKey = new Map(result.questions.map((q) => [q.key, q] as const));
  return {
    components: read.components.map((component, i) => ({
      title: report.component(i + 1, component.questions.map((key) => words.question(key)).join(", "), component.count, component.exact),
      tooMany: !component.exact,
      alternatives: component.alternatives.map((alternative) => {
        const says = alternative.holds.flatMap((h) => {
          const question = questionByKey.get(h.question)!;
          return h.positions.map((p) => words.position(question, question.positions[p]!));
        });
        return report.alternative(words.messages.and(says), words.messages.and(alternative.sources.map(words.source)));
      }),
    })),
    unopposed: report.unopposed(read.unopposed.claims.length),
  };
}
