import {
  conflict,
  QuantityValueSchema,
  quantityReading,
  timeInterval,
  type Interval,
  type QuantityReading,
  type ValueKind,
  type Vocabulary,
} from "../../src/index.js";
import { resolve, withParents, type ClaimView, type DocumentView, type Entry } from "./documentView.js";
import { foldName, namesOverlap } from "./names.js";

/** One side of a comparison: a claim and the document it comes from (for its language, actors and places). */
export interface Side {
  readonly claim: ClaimView;
  readonly document: DocumentView;
}

type Comparator = (gold: Side, draft: Side) => boolean;

/**
 * Whether a drafted claim's value says what a gold claim's value says,
 * closely enough to count as the same answer. The facet's kind comes from
 * the vocabulary; both claims must have the same `not`.
 *
 * - quantity: both read with the library's `quantityReading` (phrases read
 *   by its lexicon, in the claim's or document's language), and their
 *   intervals overlap; `withheld` matches only `withheld`, `unknown` only
 *   `unknown`; a value that cannot be read matches nothing;
 * - category: the same name (folded);
 * - set: they share a name (a lone string counts as a set of one);
 * - time: ISO dates or `{ from, to }` ranges whose intervals (the library's
 *   `timeInterval`) overlap;
 * - place: names or aliases overlap (see `namesOverlap`), or one place lies
 *   in the other (through each document's own `in`);
 * - actor: names or aliases overlap, or one is `partOf` the other;
 * - text: any value (targets and motives are worded freely);
 * - a facet the vocabulary does not know: equal JSON.
 *
 * @param gold - The gold claim and its document.
 * @param draft - The drafted claim and its document.
 * @param vocabulary - Where facets' kinds are looked up. Default: `conflict`.
 * @returns Whether the two values are compatible.
 *
 * @example
 * const gold = readDocument({ lang: "fr", claims: [{ about: { facet: "killed" }, value: { phrase: "une cinquantaine" } }] });
 * const draft = readDocument({ claims: [{ about: { facet: "killed" }, value: { approx: 50 } }] });
 * valuesCompatible({ claim: gold.claims[0], document: gold }, { claim: draft.claims[0], document: draft })
 * //=> true
 */
export function valuesCompatible(gold: Side, draft: Side, vocabulary: Vocabulary = conflict): boolean {
  if (gold.claim.facet !== draft.claim.facet || gold.claim.not !== draft.claim.not) return false;
  const facets = vocabulary.facets as Record<string, { readonly kind: ValueKind } | undefined>;
  const definition = Object.hasOwn(facets, gold.claim.facet) ? facets[gold.claim.facet] : undefined;
  if (definition === undefined) return JSON.stringify(gold.claim.value) === JSON.stringify(draft.claim.value);
  return COMPARATORS[definition.kind](gold, draft);
}

const COMPARATORS: Record<ValueKind, Comparator> = {
  quantity: (gold, draft) => {
    const a = reading(gold);
    const b = reading(draft);
    if (a === undefined || b === undefined) return false;
    if (a.kind === "figure" && b.kind === "figure") return overlaps(a.interval, b.interval);
    return a.kind === b.kind;
  },
  category: (gold, draft) =>
    typeof gold.claim.value === "string" && typeof draft.claim.value === "string" && foldName(gold.claim.value) === foldName(draft.claim.value),
  set: (gold, draft) => {
    const names = new Set(setNames(gold.claim.value));
    return setNames(draft.claim.value).some((name) => names.has(name));
  },
  time: (gold, draft) => {
    const a = timeSpan(gold.claim.value);
    const b = timeSpan(draft.claim.value);
    return a !== undefined && b !== undefined && overlaps(a, b);
  },
  place: (gold, draft) => related(gold, draft, (document) => document.places),
  actor: (gold, draft) => related(gold, draft, (document) => document.actors),
  text: (gold, draft) => gold.claim.value !== undefined && draft.claim.value !== undefined,
};

/** The library's reading of a quantity, or `undefined` when it is not a quantity or its words cannot be read. */
function reading(side: Side): QuantityReading | undefined {
  const value = QuantityValueSchema.safeParse(side.claim.value);
  if (!value.success) return undefined;
  try {
    return quantityReading(value.data, side.claim.lang ?? side.document.lang);
  } catch {
    return undefined;
  }
}

function setNames(value: unknown): string[] {
  const names = typeof value === "string" ? [value] : Array.isArray(value) ? value : [];
  return names.filter((name): name is string => typeof name === "string").map(foldName);
}

function timeSpan(value: unknown): Interval | undefined {
  if (typeof value === "string") return timeInterval(value);
  if (value === null || typeof value !== "object") return undefined;
  const { from, to } = value as { from?: unknown; to?: unknown };
  if (typeof from !== "string" || typeof to !== "string") return undefined;
  const start = timeInterval(from);
  const end = timeInterval(to);
  return start && end && end.high >= start.low ? { low: start.low, high: end.high } : undefined;
}

/** Two places (or actors) are the same when their names overlap, or one lies in (is part of) the other. */
function related(gold: Side, draft: Side, entriesOf: (document: DocumentView) => readonly Entry[]): boolean {
  if (typeof gold.claim.value !== "string" || typeof draft.claim.value !== "string") return false;
  const goldEntries = entriesOf(gold.document);
  const draftEntries = entriesOf(draft.document);
  const goldChain = withParents(goldEntries, resolve(goldEntries, gold.claim.value));
  const draftChain = withParents(draftEntries, resolve(draftEntries, draft.claim.value));
  const [goldEntry] = goldChain;
  const [draftEntry] = draftChain;
  return draftChain.some((entry) => namesOverlap(goldEntry!.names, entry.names)) || goldChain.some((entry) => namesOverlap(draftEntry!.names, entry.names));
}

function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high;
}
