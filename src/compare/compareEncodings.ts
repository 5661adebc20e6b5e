import equal from "fast-deep-equal/es6/index.js";
import { KINDS } from "../kinds/kinds.js";
import type { Claim } from "../model/claim.js";
import { normalizeName } from "../model/normalizeName.js";
import { canonicalScope, type CanonicalScope } from "../reconcile/questionKey.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { AlignedEntry, FieldConflict, IdCollision, UnalignedEntry } from "../merge/alignEntries.js";
import { translateEncodings, type MergeOptions } from "../merge/mergeIncidents.js";

/**
 * The parts of a claim two coders may code differently. The quote is the
 * coders' evidence, not their coding, and is not among them.
 *
 * @example
 * CODED_FIELDS.includes("hedge")
 * //=> true
 */
export const CODED_FIELDS = ["source", "facet", "scope", "value", "not", "hedge", "via", "said"] as const;

/** One of {@link CODED_FIELDS}. */
export type CodedField = (typeof CODED_FIELDS)[number];

/** A field two coders coded differently: `a`'s and `b`'s, in the same ids (the first encoding's). */
export interface FieldDifference {
  readonly field: CodedField;
  readonly a: unknown;
  readonly b: unknown;
}

/** A claim both coders made: its id in each encoding, and what they coded differently (nothing, when they agree). */
export interface ClaimPair {
  readonly a: string;
  readonly b: string;
  readonly differences: readonly FieldDifference[];
}

/** How often the two coders agree on the claims of one facet: claims coded the same, out of every claim either made. */
export interface FacetAgreement {
  readonly facet: string;
  readonly agreed: number;
  readonly total: number;
  /** `agreed / total`, from 0 to 1. */
  readonly agreement: number;
}

/** What {@link compareEncodings} returns. */
export interface EncodingComparison {
  /** The incidents' ids. */
  readonly incidents: { readonly a: string; readonly b: string };
  /** Claims both coders made and coded the same. */
  readonly agreed: readonly ClaimPair[];
  /** Claims both coders made, coded differently: another facet, scope, value, source, hedge… */
  readonly differ: readonly ClaimPair[];
  /** Claims only the first coder made, by id. */
  readonly onlyA: readonly string[];
  /** Claims only the second coder made, by id (in `b`). */
  readonly onlyB: readonly string[];
  /** Per facet, by name. A pair coded under two facets counts under both, as a disagreement. */
  readonly facets: readonly FacetAgreement[];
  /** Over every claim. */
  readonly overall: Omit<FacetAgreement, "facet">;
  /** How the two encodings' sources, actors, places and items lined up (as {@link mergeIncidents} lines them up). */
  readonly entries: {
    readonly aligned: readonly AlignedEntry[];
    readonly unaligned: readonly UnalignedEntry[];
    readonly collisions: readonly IdCollision[];
    readonly conflicts: readonly FieldConflict[];
  };
}

/** A claim as the comparison reads it: every coded field in the first encoding's ids, and its words. */
interface Coded {
  readonly claim: Claim;
  readonly fields: Readonly<Record<CodedField, unknown>>;
  /** Reading of the value, so that « deux » and 2 are one value. */
  readonly reading: unknown;
  readonly words: ReadonlySet<string>;
}

/**
 * The double-coding check: two analysts' encodings of one incident, claim
 * by claim. Entries are lined up as {@link mergeIncidents} lines them up;
 * claims are then paired — first those coded exactly alike, then, one to
 * one, those with the same source and facet or the same words quoted
 * (whichever pairing keeps the most in common) — and each pair says which
 * of {@link CODED_FIELDS} differ. A value is the same when it reads the same:
 * `2` and « deux », `{ approx: 50 }` and « une cinquantaine » (45–55) agree;
 * the quote is evidence, not coding, and may differ. Per facet, the
 * agreement is the share of the claims either coder made that both coded
 * alike. Nothing is decided between the coders.
 *
 * @param a - The first encoding (format 1), parsed or not.
 * @param b - The second encoding.
 * @param options - {@link MergeOptions}: the vocabulary.
 * @returns {@link EncodingComparison}: the pairs, what each coder alone made, the agreement per facet.
 * @throws {IncidentError} when either encoding is invalid.
 *
 * @example
 * const check = compareEncodings(niafunkeGoundam, secondCoder);
 * check.differ.map((p) => [p.a, p.differences.map((d) => d.field)])
 * //=> [["jnim-niafunke-means", ["value"]], ["jnim-took-camp", ["hedge"]], ["em-repelled-niafunke", ["scope"]]]
 * [check.onlyA, check.onlyB]
 * //=> [["nasr-drone-video", "em-occupy-failed-goundam"], ["goundam-toll-unknown"]]
 */
export function compareEncodings(a: unknown, b: unknown, options: MergeOptions = {}): EncodingComparison {
  const translation = translateEncodings(a, b, options);
  const { index, vocabulary } = translation;
  const ours = translation.a.claims.map((claim) => coded(claim, index, vocabulary, translation.a.lang));
  const theirs = translation.claims.map((claim) => coded(claim, index, vocabulary, translation.a.lang));
  const pairs = pair(ours, theirs);
  const pairedA = new Set(pairs.map(([i]) => i));
  const pairedB = new Set(pairs.map(([, j]) => j));
  const claimPairs = pairs
    .sort(([i], [k]) => i - k)
    .map(([i, j]): ClaimPair => ({ a: ours[i]!.claim.id, b: translation.b.claims[j]!.id, differences: differences(ours[i]!, theirs[j]!) }));
  const onlyA = ours.filter((_, i) => !pairedA.has(i));
  const onlyB = theirs.filter((_, j) => !pairedB.has(j));

  const tally = new Map<string, { agreed: number; total: number }>();
  const count = (facet: string, agreed: boolean) => {
    const entry = tally.get(facet) ?? { agreed: 0, total: 0 };
    tally.set(facet, { agreed: entry.agreed + (agreed ? 1 : 0), total: entry.total + 1 });
  };
  for (const [i, j] of pairs) {
    const [fa, fb] = [ours[i]!.claim.about.facet, theirs[j]!.claim.about.facet];
    const alike = claimPairs.find((p) => p.a === ours[i]!.claim.id)!.differences.length === 0;
    count(fa, alike);
    if (fb !== fa) count(fb, false);
  }
  for (const one of [...onlyA, ...onlyB]) count(one.claim.about.facet, false);
  const share = (agreed: number, total: number) => ({ agreed, total, agreement: total === 0 ? 1 : agreed / total });
  const facets = [...tally].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([facet, t]) => ({ facet, ...share(t.agreed, t.total) }));
  const agreed = claimPairs.filter((p) => p.differences.length === 0);
  return {
    incidents: { a: translation.a.id, b: translation.b.id },
    agreed,
    differ: claimPairs.filter((p) => p.differences.length > 0),
    onlyA: onlyA.map((c) => c.claim.id),
    onlyB: onlyB.map((c) => translation.b.claims[theirs.indexOf(c)]!.id),
    facets,
    overall: share(
      agreed.length,
      pairs.length + onlyA.length + onlyB.length + pairs.filter(([i, j]) => ours[i]!.claim.about.facet !== theirs[j]!.claim.about.facet).length,
    ),
    entries: {
      aligned: translation.alignment.aligned,
      unaligned: translation.alignment.unaligned,
      collisions: translation.alignment.collisions,
      conflicts: translation.alignment.conflicts,
    },
  };
}

function coded(claim: Claim, index: IncidentIndex, vocabulary: Vocabulary, lang: string | undefined): Coded {
  const scope: CanonicalScope = canonicalScope(claim.about, index);
  const facet = facetOf(vocabulary, claim.about.facet);
  const canonical = facet ? KINDS[facet.kind].canonical(claim.value, { index, facet, lang: claim.lang ?? lang }) : undefined;
  const interval = canonical?.interval;
  return {
    claim,
    fields: {
      source: claim.source,
      facet: claim.about.facet,
      scope,
      value: claim.value,
      not: claim.not === true,
      hedge: claim.hedge ?? "asserted",
      via: claim.via ?? [],
      said: claim.said ?? null,
    },
    // Values that cover the same interval read the same, whatever words or form give it.
    reading: interval ? { kind: facet?.kind, low: interval.low, high: interval.high } : canonical ? { kind: facet?.kind, key: canonical.key } : claim.value,
    words: new Set(
      normalizeName(claim.quote ?? "")
        .split(" ")
        .filter((word) => word.length > 2),
    ),
  };
}

/** Whether two coded claims give a field alike; a value is alike when it reads alike. */
function alike(x: Coded, y: Coded, field: CodedField): boolean {
  return field === "value" ? equal(x.reading, y.reading) : equal(x.fields[field], y.fields[field]);
}

function differences(x: Coded, y: Coded): FieldDifference[] {
  return CODED_FIELDS.filter((field) => !alike(x, y, field)).map((field) => ({ field, a: x.fields[field], b: y.fields[field] }));
}

/** How much of the quoted words two claims share, as a share of the shorter quote. */
function overlap(x: Coded, y: Coded): number {
  if (x.words.size === 0 || y.words.size === 0) return 0;
  let shared = 0;
  for (const word of x.words) if (y.words.has(word)) shared++;
  return shared / Math.min(x.words.size, y.words.size);
}

/** What a pairing keeps in common, weighed so that the same words quoted, source and facet count most. */
const WEIGHTS: Readonly<Record<CodedField, number>> = { source: 3, facet: 3, scope: 2, value: 2, not: 1, hedge: 1, via: 0.5, said: 0.5 };

/**
 * Pairs the claims one to one: first those coded exactly alike, in order;
 * then, among the rest, pairs that share their source and facet or half
 * their quoted words, best first (ties in document order).
 */
function pair(ours: readonly Coded[], theirs: readonly Coded[]): [number, number][] {
  const pairs: [number, number][] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const exact = new Map<string, number[]>();
  ours.forEach((c, i) => {
    const key = JSON.stringify([c.reading, CODED_FIELDS.filter((f) => f !== "value").map((f) => c.fields[f])]);
    exact.set(key, [...(exact.get(key) ?? []), i]);
  });
  theirs.forEach((c, j) => {
    const key = JSON.stringify([c.reading, CODED_FIELDS.filter((f) => f !== "value").map((f) => c.fields[f])]);
    const i = exact.get(key)?.find((k) => !usedA.has(k));
    if (i === undefined) return;
    pairs.push([i, j]);
    usedA.add(i);
    usedB.add(j);
  });
  const candidates: { i: number; j: number; score: number }[] = [];
  ours.forEach((x, i) => {
    if (usedA.has(i)) return;
    theirs.forEach((y, j) => {
      if (usedB.has(j)) return;
      const words = overlap(x, y);
      const sameQuestion = alike(x, y, "source") && alike(x, y, "facet");
      if (!sameQuestion && words < 0.5 && x.claim.id !== y.claim.id) return;
      const score = 4 * words + (x.claim.id === y.claim.id ? 2 : 0) + CODED_FIELDS.reduce((sum, field) => sum + (alike(x, y, field) ? WEIGHTS[field] : 0), 0);
      candidates.push({ i, j, score });
    });
  });
  candidates.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j);
  for (const { i, j } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    pairs.push([i, j]);
    usedA.add(i);
    usedB.add(j);
  }
  return pairs;
}
