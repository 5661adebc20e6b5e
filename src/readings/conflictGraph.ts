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
 * (`together`) that no reading may hold whole.
 *
 * Claims that stand on the same sides of the same findings have the same
 * opponents, so the graph is kept over such groups ("classes") rather than
 * over claims: a thousand outlets repeating one figure against another
 * thousand make one edge, not a million.
 */
export interface ConflictGraph {
  /** The claims of each class, sorted by id; classes in the order of their first claim. */
  readonly classes: readonly (readonly string[])[];
  /** For each class, the classes it contradicts. */
  readonly neighbours: readonly (readonly number[])[];
  /**
   * The sets that hold two by two but not all at once (`jointly-exclusive`):
   * for each, its sides as lists of classes. A reading never keeps a claim of
   * every side of one.
   */
  readonly together: readonly (readonly (readonly number[])[])[];
  /** The class of every claim some contradiction touches. */
  readonly classOf: ReadonlyMap<string, number>;
}

/** Whether a finding separates the claims on its sides (see {@link ConflictGraph}). */
export function separates(flag: Pick<FlagData, "severity" | "kind" | "basis">): boolean {
  return flag.severity === "contradiction" && flag.kind !== "withheld" && flag.basis !== "withheld";
}

/** Builds the {@link ConflictGraph} of a list of findings; the cost grows with the claims on the findings' sides. */
export function conflictGraph(flags: readonly FlagData[]): ConflictGraph {
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
  for (const flag of separating) {
    const sides = flag.sides.map((side) => [...new Set(side.map((claim) => classOf.get(claim)!))]);
    if (flag.kind === "jointly-exclusive") {
      together.push(sides);
      continue;
    }
    sides.forEach((side, i) => {
      for (const other of sides.slice(i + 1)) {
        for (const a of side) {
          for (const b of other) {
            if (a === b) continue;
            neighbours[a]!.add(b);
            neighbours[b]!.add(a);
          }
        }
      }
    });
  }
  return { classes, classOf, neighbours: neighbours.map((set) => [...set].sort((a, b) => a - b)), together };
}

/** The connected components of the graph, as lists of classes in increasing order, in the order of their first class; a set that cannot hold all at once joins its classes. */
export function components(graph: ConflictGraph): number[][] {
  const linked = graph.neighbours.map((list) => [...list]);
  for (const sides of graph.together) {
    const members = sides.flat();
    for (const a of members) for (const b of members) if (a !== b) linked[a]!.push(b);
  }
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
