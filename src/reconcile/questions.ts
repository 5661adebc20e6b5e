import type { Canonical, KindContext, KindDefinition } from "../kinds/kindDefinition.js";
import { KINDS } from "../kinds/kinds.js";
import type { Interval } from "../values/interval.js";
import type { ValueKind } from "../values/valueKind.js";
import type { Claim } from "../model/claim.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { facetOf, type FacetDefinition, type Vocabulary } from "../vocabulary/vocabulary.js";
import { canonicalScope, questionKey, whenInterval, type CanonicalScope } from "./questionKey.js";

/** A claim ready to compare: its value resolved, its origins traced. */
export interface ClaimEntry {
  readonly claim: Claim;
  readonly canonical: Canonical<unknown>;
  readonly not: boolean;
  readonly origins: readonly string[];
}

/** The claims of one question that give the same answer. */
export interface PositionEntry {
  /** The value's key, prefixed by `not:` for negations. */
  readonly key: string;
  readonly not: boolean;
  readonly canonical: Canonical<unknown>;
  /** Sorted by claim id. */
  readonly entries: readonly ClaimEntry[];
}

/** One question and its positions, as the comparison passes see it. */
export interface QuestionEntry {
  readonly key: string;
  /** The key without `when`: questions sharing it differ only in time. */
  readonly baseKey: string;
  readonly facet: string;
  readonly definition: FacetDefinition;
  readonly kind: ValueKind;
  readonly comparator: KindDefinition;
  readonly context: KindContext;
  readonly scope: CanonicalScope;
  readonly when: Interval | undefined;
  /** Sorted by key, so that their order never depends on who holds them. */
  readonly positions: readonly PositionEntry[];
  /** Sorted by claim id. */
  readonly entries: readonly ClaimEntry[];
}

/**
 * Groups the claims of a checked incident by question, then by answer. This
 * is the step that keeps the cost linear: claims are only ever compared with
 * claims of the same or a related question.
 */
export function groupQuestions(index: IncidentIndex, vocabulary: Vocabulary): QuestionEntry[] {
  const groups = new Map<string, { facet: string; scope: CanonicalScope; entries: ClaimEntry[] }>();
  const contexts = new Map<string, KindContext>();
  const byId = [...index.incident.claims].sort((a, b) => compareText(a.id, b.id));
  for (const claim of byId) {
    const facet = claim.about.facet;
    const definition = facetOf(vocabulary, facet)!;
    const lang = claim.lang ?? index.incident.lang;
    const contextKey = `${facet}\u0000${lang ?? ""}`;
    let context = contexts.get(contextKey);
    if (!context) contexts.set(contextKey, (context = { index, facet: definition, lang }));
    const scope = canonicalScope(claim.about, index);
    const key = questionKey(facet, scope);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { facet, scope, entries: [] }));
    group.entries.push({
      claim,
      canonical: KINDS[definition.kind].canonical(claim.value, context),
      not: claim.not === true,
      origins: index.origins(claim.id),
    });
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, { facet, scope, entries }]) => {
      const definition = facetOf(vocabulary, facet)!;
      const { when: _when, ...rest } = scope;
      return {
        key,
        baseKey: questionKey(facet, rest),
        facet,
        definition,
        kind: definition.kind,
        comparator: KINDS[definition.kind],
        context: { index, facet: definition },
        scope,
        when: whenInterval(scope),
        positions: groupPositions(entries),
        entries,
      };
    });
}

function groupPositions(entries: readonly ClaimEntry[]): PositionEntry[] {
  const positions = new Map<string, ClaimEntry[]>();
  for (const entry of entries) {
    const key = `${entry.not ? "not:" : ""}${entry.canonical.key}`;
    const list = positions.get(key);
    if (list) list.push(entry);
    else positions.set(key, [entry]);
  }
  return [...positions.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([key, list]) => ({ key, not: list[0]!.not, canonical: list[0]!.canonical, entries: list }));
}

/** Code-unit order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
