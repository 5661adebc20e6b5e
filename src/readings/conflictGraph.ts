import { compareText } from "../reconcile/questions.js";
import type { FlagData } from "../reconcile/reconciliation.js";

/**
 * The contradiction graph of a reconciliation: which claims cannot hold
 * together. Two claims are joined when a contradiction puts them on
 * different sides — `exclusive`, `disjoint`, `exceeds-whole`, and `self`
 * built on one of those. A refusal to give a figure (`withheld`, and `self`
 * built on it) joins nothing: that the army declined to give a toll and that
 * fifty soldiers died can both be so. Notices join nothing either, `revised`
 * included: a source's earlier and later answers are each read at their date.
 *
 * A `jointly-exclusive` finding joins no two of its claims: its sides hold
 * two by two, and only all of them together fail, so it is kept as a set
 * (`together`) that no reading may hold whole — and so is a `self` finding
 * built on one, a source's own such set. Such a set never holds two answers
 * of one source at two `said` dates in one choice of a claim per side (the
 * engine keeps them apart), so no set stands in for a revision either.
 *
 * Claims that stand on the same sides of the same findings have the same
 * opponents, so the graph is kept over such groups ("classes") rather than
 * over claims: a thousand outlets repeating one figure against another
 * thousand make one edge, not a million.
 *
 * A finding with more sides than the readings can list (`wide`: a thousand
 * figures that all differ) is kept as the list of its classes, not as the
 * pairs of its sides, which grow with its square: every side contradicts
 * every other, so its component has at least as many alternatives as it has
 * sides, and is counted, not listed.
 */
export interface ConflictGraph {
  /** The claims of each class, sorted by id; classes in the order of their first claim. */
  readonly classes: readonly (readonly string[])[];
  /** For each class, the classes it contradicts. */
  readonly neighbours: readonly (readonly number[])[];
  /**
   * The sets that hold two by two but not all at once (`jointly-exclusive`, and `self` built on it):
   * for each, its sides as lists of classes. A reading never keeps a claim of
   * every side of one.
   */
  readonly together: readonly (readonly (readonly number[])[])[];
  /**
   * The findings with more sides than the graph expands (see
   * {@link conflictGraph}): for each, its classes and how many sides it has.
   * Their classes are joined by no edge in `neighbours`.
   */
  readonly wide: readonly { readonly classes: readonly number[]; readonly sides: number }[];
  /** The class of every claim some contradiction touches. */
  readonly classOf: ReadonlyMap<string, number>;
}

/** Whether a finding separates the claims on its sides (see {@link ConflictGraph}). */
export function separates(flag: Pick<FlagData, "severity" | "kind" | "basis">): boolean {
  return flag.severity === "contradiction" && flag.kind !== "withheld" && flag.basis !== "withheld";
}

/**
 * Builds the {@link ConflictGraph} of a list of findings; the cost grows with
 * the claims on the findings' sides, and with the pairs of sides only for
 * findings of at most `widest` sides (default: all) whose sides join at most
 * `joined` pairs of classes (default: all), which are joined side to side;
 * the others are kept whole in `wide`. (Ten sources each giving four
 * hundred different figures make a disjoint finding of ten sides whose
 * claims are all of different classes, each source's figures standing
 * against one another: seven million pairs.)
 */
export function conflictGraph(flags: readonly FlagData[], widest = Number.POSITIVE_INFINITY, joined = Number.POSITIVE_INFINITY): ConflictGraph {
  const separating = flags.filter(separates);
  const places = new Map<string, string[]>();
  separating.forEach((flag, f) =>
    flag.sides.forEach((side, s) => {
      for (const claim of side) {
        const list = places.get(claim);
        if (list) list.push(`${f}:${s}`);
        else places.set(claim, [`${f}:${s}`]);
      }
    }),
  );
  const bySignature = new Map<string, string[]>();
  for (const claim of [...places.keys()].sort(compareText)) {
    const signature = places.get(claim)!.join(" ");
    const members = bySignature.get(signature);
    if (members) members.push(claim);
    else bySignature.set(signature, [claim]);
  }
  const classes = [...bySignature.values()];
  const classOf = new Map(classes.flatMap((members, i) => members.map((claim) => [claim, i] as const)));
  const neighbours = classes.map(() => new Set<number>());
  const together: number[][][] = [];
  const wide: { classes: number[]; sides: number }[] = [];
  for (const flag of separating) {
    const sides = flag.sides.map((side) => [...new Set(side.map((claim) => classOf.get(claim)!))]);
    if (flag.kind === "jointly-exclusive" || flag.basis === "jointly-exclusive") {
      together.push(sides);
      continue;
    }
    if (sides.length > widest || pairsAcross(sides) > joined) {
      wide.push({ classes: [...new Set(sides.flat())], sides: sides.length });
      continue;
    }
    for (let i = 0; i < sides.length; i++) {
      for (let j = i + 1; j < sides.length; j++) {
        for (const a of sides[i]!) {
          for (const b of sides[j]!) {
            if (a === b) continue;
            neighbours[a]!.add(b);
            neighbours[b]!.add(a);
          }
        }
      }
    }
  }
  return { classes, classOf, neighbours: neighbours.map((set) => [...set].sort((a, b) => a - b)), together, wide };
}

/** How many pairs of classes on different sides joining the sides two by two would make. */
function pairsAcross(sides: readonly (readonly number[])[]): number {
  let before = 0;
  let pairs = 0;
  for (const side of sides) {
    pairs += before * side.length;
    before += side.length;
  }
  return pairs;
}

/**
 * The connected components of the graph, as lists of classes in increasing
 * order, in the order of their first class; a set that cannot hold all at
 * once, and a wide finding, join their classes (one after another: a chain
 * joins them as well as every pair would, at the cost of their number).
 */
export function components(graph: Pick<ConflictGraph, "classes" | "neighbours" | "together" | "wide">): number[][] {
  const linked = graph.neighbours.map((list) => [...list]);
  const join = (members: readonly number[]) => {
    for (let i = 1; i < members.length; i++) {
      linked[members[i - 1]!]!.push(members[i]!);
      linked[members[i]!]!.push(members[i - 1]!);
    }
  };
  for (const sides of graph.together) join(sides.flat());
  for (const finding of graph.wide) join(finding.classes);
  const seen = new Set<number>();
  const found: number[][] = [];
  for (let start = 0; start < graph.classes.length; start++) {
    if (seen.has(start)) continue;
    const component: number[] = [];
    const pending = [start];
    seen.add(start);
    while (pending.length > 0) {
      const node = pending.pop()!;
      component.push(node);
      for (const next of linked[node]!) {
        if (!seen.has(next)) {
          seen.add(next);
          pending.push(next);
        }
      }
    }
    found.push(component.sort((a, b) => a - b));
  }
  return found;
}
