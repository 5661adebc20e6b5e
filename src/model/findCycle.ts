/**
 * The first cycle in a directed graph, as the chain of nodes that closes it
 * (`["a", "b", "a"]`), or `undefined` when there is none. Nodes are visited in
 * the order given, so the answer is deterministic.
 *
 * @example
 * findCycle(["a", "b"], (n) => (n === "a" ? ["b"] : ["a"]))
 * //=> ["a", "b", "a"]
 */
export function findCycle(nodes: readonly string[], next: (node: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    const seen = state.get(node);
    if (seen === "done") return undefined;
    if (seen === "open") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "open");
    stack.push(node);
    for (const child of next(node)) {
      const cycle = visit(child);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return undefined;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}
