import { compareText } from "../reconcile/questions.js";
import type { Flag } from "../reconcile/reconciliation.js";

/**
 * The contradiction graph of a reconciliation: which claims cannot hold
 * together. Two claims are joined when a contradiction puts them on
 * different sides — `exclusive`, `disjoint`, `exceeds-whole`, and `self`
 * built on one of those. A refusal to give a figure (`withheld`, and `self`
 * built on it) joins nothing: that the army declined to give a toll and that
 * fifty soldiers died can both be so. Notices join nothing either, `revised`
 * included: a source's earlier and later answers are each read at their date.
 */
export interface ConflictGraph {
  /** Every claim some contradiction touches, sorted by id. */
  readonly claims: readonly string[];
  readonly neighbours: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Whether a finding separates the claims on its sides (see {@link ConflictGraph}). */
export function separates(flag: Pick<Flag, "severity" | "kind" | "basis">): boolean {
  return flag.severity === "contradiction" && flag.kind !== "withheld" && flag.basis !== "withheld";
}

/** Builds the {@link ConflictGraph} of a list of findings. */
export function conflictGraph(flags: readonly Flag[]): ConflictGraph {
  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let list = neighbours.get(a);
    if (!list) neighbours.set(a, (list = new Set()));
    list.add(b);
  };
  for (const flag of flags.filter(separates)) {
    flag.sides.forEach((side, i) => {
      for (const other of flag.sides.slice(i + 1)) {
        for (const a of side) {
          for (const b of other) {
            if (a === b) continue;
            link(a, b);
            link(b, a);
          }
        }
      }
    });
  }
  return { claims: [...neighbours.keys()].sort(compareText), neighbours };
}

/**
 * The connected components of a graph: lists of claims, each sorted by id,
 * in the order of their first claim.
 */
export function components(graph: ConflictGraph): string[][] {
  const seen = new Set<string>();
  const found: string[][] = [];
  for (const start of graph.claims) {
    if (seen.has(start)) continue;
    const component: string[] = [];
    const pending = [start];
    seen.add(start);
    while (pending.length > 0) {
      const claim = pending.pop()!;
      component.push(claim);
      for (const next of graph.neighbours.get(claim) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          pending.push(next);
        }
      }
    }
    found.push(component.sort(compareText));
  }
  return found;
}
