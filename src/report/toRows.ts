import { SCOPE_FIELDS, type ScopeField } from "../model/scope.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";

/** One position as a flat row of plain values: ready for a dataframe or a CSV writer. */
export type Row = {
  readonly question: string;
  readonly facet: string;
  readonly status: string;
} & { readonly [F in ScopeField]: string | null } & {
  /** The answer: a name as it is, any other value as its JSON. */
  readonly value: string;
  readonly not: boolean;
  /** The source's own words for a count given in words, joined by " | ". */
  readonly phrases: string | null;
  /** The interval the answer covers (quantities: numbers, `high` null when open-ended; times: ISO instants). */
  readonly low: number | string | null;
  readonly high: number | string | null;
  /** The envelope of every figure given for the question, across all sources: never a "best" figure. */
  readonly envelopeLow: number | string | null;
  readonly envelopeHigh: number | string | null;
  /** Ids joined by "; ". */
  readonly claims: string;
  readonly sources: string;
  readonly origins: string;
  readonly independent: number;
  readonly hedges: string;
  /** The kinds of the findings that involve this position's claims, joined by "; ". */
  readonly flags: string;
};

/**
 * One flat row per position of every question — question, facet, scope
 * fields, status, value, interval, the envelope of all the figures given for
 * the question, claims, sources, origins, independent count, hedges and the
 * kinds of findings involving it — for a dataframe or a CSV file. Lists are
 * joined with "; "; absent fields are `null`. Rows follow the questions' and
 * positions' order, which never depends on who said what.
 *
 * @example
 * toRows(reconcile(niafunkeGoundam)).filter((r) => r.facet === "killed").map((r) => [r.value, r.low, r.high, r.envelopeLow, r.envelopeHigh])
 * //=> [["withheld", null, null, null, null], ['{"min":20,"max":99}', 20, 99, 20, 99], ['{"approx":50,"tolerance":5}', 45, 55, 45, 55]]
 */
export function toRows(result: Reconciliation): Row[] {
  const flagsOf = new Map<string, Set<string>>();
  for (const flag of result.flags) {
    for (const claim of flag.claims) {
      const kinds = flagsOf.get(claim);
      if (kinds) kinds.add(flag.kind);
      else flagsOf.set(claim, new Set([flag.kind]));
    }
  }
  return result.questions.flatMap((question) => {
    const ranges = question.positions.flatMap((p) => (p.range && !p.not ? [p.range] : []));
    const envelopeLow = ranges.length > 0 ? ranges.map((r) => r.low).reduce((a, b) => (b < a ? b : a)) : null;
    const envelopeHigh = ranges.length > 0 ? (ranges.some((r) => r.high === null) ? null : ranges.map((r) => r.high!).reduce((a, b) => (b > a ? b : a))) : null;
    return question.positions.map((position) => ({
      question: question.key,
      facet: question.facet,
      status: question.status,
      ...(Object.fromEntries(SCOPE_FIELDS.map((field) => [field, question.scope[field] ?? null])) as Record<ScopeField, string | null>),
      value: typeof position.value === "string" ? position.value : JSON.stringify(position.value),
      not: position.not,
      phrases: position.phrases?.join(" | ") ?? null,
      low: position.range?.low ?? null,
      high: position.range?.high ?? null,
      envelopeLow,
      envelopeHigh,
      claims: position.claims.join("; "),
      sources: position.sources.join("; "),
      origins: position.origins.join("; "),
      independent: position.independent,
      hedges: position.hedges.join("; "),
      flags: [...new Set(position.claims.flatMap((c) => [...(flagsOf.get(c) ?? [])]))].join("; "),
    }));
  });
}
