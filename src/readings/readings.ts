import { compareText } from "../reconcile/questions.js";
import type { Findings } from "../reconcile/reconciliation.js";
import { components, conflictGraph, type ConflictGraph } from "./conflictGraph.js";
import { maximalIndependentSets } from "./maximalSets.js";

/** Options of {@link readings}. */
export interface ReadingsOptions {
  /**
   * The most alternatives listed for one component (default 64). A component
   * with more lists none and gives their count as a lower bound: listing
   * some would look like a choice. (So does a component whose enumeration
   * would take more than a million steps, which only contrived graphs need.)
   * A component holding a finding of more sides than this — a thousand
   * figures that all differ — is not enumerated at all: its count is that
   * finding's number of sides, each side standing in an alternative of its own.
   * So is a component holding a finding whose sides would be joined into
   * more than 100 000 pairs of claims that other contradictions tell apart.
   */
  readonly maxAlternatives?: number;
  /**
   * Also list the whole coherent accounts — one alternative of every
   * component with the unopposed claims — when there are at most this many
   * (default 0: not listed). When there are more, none is listed and
   * `count` says how many there are.
   */
  readonly accounts?: number;
}

/** The positions an alternative holds on one question, as indexes into its `positions`. */
export interface Holding {
  readonly question: string;
  readonly positions: readonly number[];
}

/** One way a component's claims can hold together. */
export interface Alternative {
  /** The claims it keeps, sorted by id. */
  readonly claims: readonly string[];
  /** The sources behind them, in the order of the first claim (by id) bringing each. */
  readonly sources: readonly string[];
  readonly origins: readonly string[];
  /** What it says, question by question (in key order). */
  readonly holds: readonly Holding[];
  /** The component's claims it cannot keep. */
  readonly leavesOut: readonly string[];
}

/** Claims joined, directly or not, by contradictions, and the ways they can hold together. */
export interface ReadingComponent {
  /** The questions its claims answer, sorted by key. */
  readonly questions: readonly string[];
  /** Sorted by id. */
  readonly claims: readonly string[];
  /** Empty when there are more than the bound (`exact` is then false). */
  readonly alternatives: readonly Alternative[];
  /** How many alternatives it has; a lower bound when `exact` is false. */
  readonly count: number;
  readonly exact: boolean;
}

/** One whole coherent account: an alternative of every component, with the unopposed claims. */
export interface Account {
  readonly claims: readonly string[];
  readonly sources: readonly string[];
}

/** What {@link readings} returns: plain, JSON-serialisable data. */
export interface Readings {
  readonly incident: string;
  readonly components: readonly ReadingComponent[];
  /** The claims no contradiction touches: they stand in every reading. */
  readonly unopposed: { readonly claims: readonly string[]; readonly sources: readonly string[] };
  /** How many whole accounts there are (the product of the components' counts); a lower bound when `exact` is false. */
  readonly count: number;
  readonly exact: boolean;
  /** The whole accounts, when asked for with `accounts` and no more than that many. */
  readonly accounts?: readonly Account[];
}

const DEFAULT_MAX_ALTERNATIVES = 64;
/**
 * The most pairs of claim classes one finding's sides are joined into: a
 * finding whose sides would join more is counted like one of more sides
 * than can be listed (its number of sides as a lower bound). So many
 * classes stand apart only when other contradictions split its claims one
 * by one (ten sources each giving four hundred different figures), and
 * joining them would cost the square of its claims.
 */
const MAX_JOINED_PAIRS = 100_000;

/**
 * The coherent accounts of an incident: the maximal sets of claims that can
 * all hold together, without ranking them. Claims that cannot hold together
 * are those a contradiction of the reconciliation sets on opposite sides
 * (see {@link ConflictGraph}: refusals and notices separate nothing). Since
 * contradiction is symmetric, the maximal sets free of contradiction are
 * exactly the preferred (and stable) extensions of the argumentation
 * framework whose attacks are the contradictions (Coste-Marquis, Devred and
 * Marquis, "Symmetric argumentation frameworks", 2005).
 *
 * The accounts factor by the connected components of the contradiction
 * graph: each component lists its alternatives, and every whole account is
 * one alternative per component plus the claims no contradiction touches.
 * The product is counted, and listed only on request (`accounts`).
 *
 * Neutral and deterministic: components are ordered by their first question
 * key; alternatives by what they say (the keys of the questions and the
 * positions they hold, positions being ordered by value), then by claim id —
 * never by who says it, and never by the order of the claims.
 *
 * @param reconciliation - What {@link reconcile} returned (or its JSON), with or without its words.
 * @param options - {@link ReadingsOptions}: bounds on what is listed.
 * @throws {TypeError} when given something other than a reconciliation.
 *
 * @example
 * const result = readings(reconcile(niafunkeGoundam));
 * result.components.map((c) => c.alternatives.map((a) => a.sources))
 * //=> [[["jnim-statement"], ["em"]]]
 */
export function readings(reconciliation: Findings, options: ReadingsOptions = {}): Readings {
  assertReconciliation(reconciliation);
  const maxAlternatives = options.maxAlternatives ?? DEFAULT_MAX_ALTERNATIVES;
  const wanted = options.accounts ?? 0;
  const claimInfo = describeClaims(reconciliation);
  // A finding with more sides than can be listed is not expanded into the pairs of its sides: its component is counted, not listed.
  const graph = conflictGraph(reconciliation.flags, maxAlternatives, MAX_JOINED_PAIRS);
  const parts = components(graph);
  const partOf = new Map(parts.flatMap((component, i) => component.map((node) => [node, i] as const)));
  const widest = new Map<number, number>();
  for (const finding of graph.wide) {
    const part = partOf.get(finding.classes[0]!)!;
    widest.set(part, Math.max(widest.get(part) ?? 0, finding.sides));
  }
  const standing = standingInSets(graph);
  const togetherIn = new Map<number, (readonly (readonly number[])[])[]>();
  for (const sides of graph.together) {
    const part = partOf.get(sides[0]![0]!)!;
    const list = togetherIn.get(part);
    if (list) list.push(sides);
    else togetherIn.set(part, [sides]);
  }
  const found = parts
    .map((component, i) => {
      const sides = widest.get(i);
      if (sides !== undefined) return countedComponent(component, graph, claimInfo, sides);
      return readComponent(component, graph, claimInfo, maxAlternatives, standing, togetherIn.get(i) ?? []);
    })
    .sort((a, b) => compareText(a.questions[0]!, b.questions[0]!) || compareText(a.claims[0]!, b.claims[0]!));
  const unopposedClaims = reconciliation.provenance.map((p) => p.claim).filter((id) => !graph.classOf.has(id));
  let count = 1;
  for (const component of found) count *= component.count;
  const exact = found.every((c) => c.exact) && Number.isSafeInteger(count);
  const result: Readings = {
    incident: reconciliation.incident,
    components: found,
    unopposed: { claims: unopposedClaims, sources: sourcesOf(unopposedClaims, claimInfo) },
    count,
    exact,
  };
  if (wanted > 0 && exact && count <= wanted) return { ...result, accounts: combine(found, unopposedClaims, claimInfo) };
  return result;
}

interface ClaimInfo {
  readonly source: string;
  readonly origins: readonly string[];
  readonly question: string;
  /** The index of the claim's position in its question. */
  readonly position: number;
}

function describeClaims(reconciliation: Findings): Map<string, ClaimInfo> {
  const positionOf = new Map<string, number>();
  for (const question of reconciliation.questions) {
    question.positions.forEach((position, i) => position.claims.forEach((claim) => positionOf.set(claim, i)));
  }
  return new Map(
    reconciliation.provenance.map((p) => [p.claim, { source: p.source, origins: p.origins, question: p.question, position: positionOf.get(p.claim) ?? 0 }]),
  );
}

/** The claims of a component and the questions they answer, in order. */
function claimsOf(component: readonly number[], graph: ConflictGraph, info: ReadonlyMap<string, ClaimInfo>): { claims: string[]; questions: string[] } {
  const claims = component.flatMap((c) => graph.classes[c]!).sort(compareText);
  return { claims, questions: [...new Set(claims.map((c) => info.get(c)!.question))].sort(compareText) };
}

/**
 * A component holding a finding of `sides` sides, more than can be listed:
 * each side stands in an alternative without the others, so there are at
 * least as many alternatives as sides, and none is listed.
 */
function countedComponent(component: readonly number[], graph: ConflictGraph, info: ReadonlyMap<string, ClaimInfo>, sides: number): ReadingComponent {
  return { ...claimsOf(component, graph, info), alternatives: [], count: sides, exact: false };
}

function readComponent(
  component: readonly number[],
  graph: ConflictGraph,
  info: ReadonlyMap<string, ClaimInfo>,
  max: number,
  standing: ReadonlyMap<number, readonly string[]>,
  togetherHere: readonly (readonly (readonly number[])[])[],
): ReadingComponent {
  const { claims, questions } = claimsOf(component, graph, info);
  const { blocks, neighbours, together } = twinBlocks(component, graph, standing, togetherHere);
  const found = maximalIndependentSets(blocks.length, neighbours, max);
  const { sets, complete, count } = together.length === 0 || !found.complete ? found : withoutWholeSets(found.sets, together, max);
  if (!complete) return { questions, claims, alternatives: [], count, exact: false };
  const alternatives = sets.map((set) => toAlternative(set.flatMap((b) => blocks[b]!).sort(compareText), claims, info)).sort(compareAlternatives);
  return { questions, claims, alternatives, count: alternatives.length, exact: true };
}

/**
 * The maximal sets that hold none of the `together` sets whole, from the
 * maximal sets the pairwise contradictions allow. Each of those that holds
 * a claim of every side of such a set loses one side — each choice of side
 * a branch — until none is held whole; the sets found are then kept only
 * where no other holds them and more. Every maximal set that respects both
 * kinds of contradiction lies inside one of the pairwise ones, so none is
 * missed.
 */
function withoutWholeSets(
  sets: readonly (readonly number[])[],
  together: readonly (readonly (readonly number[])[])[],
  max: number,
): { sets: number[][]; complete: boolean; count: number } {
  const kept = new Map<string, number[]>();
  const budget = { steps: 0 };
  const trim = (set: readonly number[]): void => {
    if (budget.steps++ > 100_000) return;
    const members = new Set(set);
    const broken = together.find((sides) => sides.every((side) => side.some((b) => members.has(b))));
    if (broken === undefined) {
      kept.set(set.join(" "), [...set]);
      return;
    }
    for (const side of broken) trim(set.filter((b) => !side.includes(b)));
  };
  for (const set of sets) trim(set);
  if (budget.steps > 100_000) return { sets: [], complete: false, count: Math.max(kept.size, 1) };
  const candidates = [...kept.values()];
  const maximal = candidates.filter((set) => !candidates.some((other) => other !== set && other.length > set.length && set.every((b) => other.includes(b))));
  if (maximal.length > max) return { sets: [], complete: false, count: maximal.length };
  return { sets: maximal.map((s) => s.sort((a, b) => a - b)), complete: true, count: maximal.length };
}

/**
 * Classes with the same opponents stand or fall together in every maximal
 * set (two claims holding one position, typically), so each such group is
 * one node: the enumeration works on positions, not on outlets.
 */
function twinBlocks(
  component: readonly number[],
  graph: ConflictGraph,
  standing: ReadonlyMap<number, readonly string[]>,
  togetherHere: readonly (readonly (readonly number[])[])[],
): { blocks: string[][]; neighbours: number[][]; together: number[][][] } {
  const byOpponents = new Map<string, number[]>();
  for (const node of component) {
    const key = `${graph.neighbours[node]!.join(" ")}|${(standing.get(node) ?? []).join(" ")}`;
    const block = byOpponents.get(key);
    if (block) block.push(node);
    else byOpponents.set(key, [node]);
  }
  const groups = [...byOpponents.values()];
  const blockOf = new Map(groups.flatMap((group, i) => group.map((node) => [node, i] as const)));
  return {
    blocks: groups.map((group) => group.flatMap((node) => graph.classes[node]!)),
    neighbours: groups.map((group) => [...new Set(graph.neighbours[group[0]!]!.map((node) => blockOf.get(node)!))]),
    together: togetherHere.map((sides) => sides.map((side) => [...new Set(side.map((node) => blockOf.get(node)!))])),
  };
}

/** Where each class stands in the sets that cannot hold whole (`set:side`): classes on their sides are told apart by it. */
function standingInSets(graph: ConflictGraph): Map<number, string[]> {
  const standing = new Map<number, string[]>();
  graph.together.forEach((sides, t) =>
    sides.forEach((side, s) =>
      side.forEach((node) => {
        const list = standing.get(node);
        if (list) list.push(`${t}:${s}`);
        else standing.set(node, [`${t}:${s}`]);
      }),
    ),
  );
  return standing;
}

function toAlternative(kept: readonly string[], component: readonly string[], info: ReadonlyMap<string, ClaimInfo>): Alternative {
  const keptSet = new Set(kept);
  const holds = new Map<string, Set<number>>();
  for (const claim of kept) {
    const { question, position } = info.get(claim)!;
    let held = holds.get(question);
    if (!held) holds.set(question, (held = new Set()));
    held.add(position);
  }
  return {
    claims: kept,
    sources: sourcesOf(kept, info),
    origins: [...new Set(kept.flatMap((c) => info.get(c)!.origins))],
    holds: [...holds].sort(([a], [b]) => compareText(a, b)).map(([question, positions]) => ({ question, positions: [...positions].sort((a, b) => a - b) })),
    leavesOut: component.filter((c) => !keptSet.has(c)),
  };
}

/** By what they say first, then by claim ids: never by who says it. */
function compareAlternatives(a: Alternative, b: Alternative): number {
  const said = (alt: Alternative) => alt.holds.flatMap((h) => h.positions.map((p) => `${h.question}\u0000${String(p).padStart(8, "0")}`));
  return compareLists(said(a), said(b)) || compareLists(a.claims, b.claims);
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = compareText(a[i]!, b[i]!);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}

function sourcesOf(claims: readonly string[], info: ReadonlyMap<string, ClaimInfo>): string[] {
  return [...new Set(claims.map((c) => info.get(c)!.source))];
}

function combine(found: readonly ReadingComponent[], unopposed: readonly string[], info: ReadonlyMap<string, ClaimInfo>): Account[] {
  let partial: string[][] = [[...unopposed]];
  for (const component of found) {
    partial = partial.flatMap((claims) => component.alternatives.map((alt) => [...claims, ...alt.claims]));
  }
  return partial.map((claims) => {
    const sorted = claims.sort(compareText);
    return { claims: sorted, sources: sourcesOf(sorted, info) };
  });
}

function assertReconciliation(value: unknown): asserts value is Findings {
  const r = value as Partial<Findings> | null;
  if (typeof r !== "object" || r === null || !Array.isArray(r.flags) || !Array.isArray(r.questions) || !Array.isArray(r.provenance)) {
    throw new TypeError(
      "readings() takes what reconcile() returns (an object with questions, flags and provenance); pass reconcile(incident), or its JSON, rather than the incident itself",
    );
  }
}
