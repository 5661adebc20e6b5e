/**
 * The first cycle in a directed graph, as the chain of nodes that closes it
 * (`["a", "b", "a"]`), or `undefined` when there is none. Nodes are visited in
 * the order given, so the answer is deterministic. The walk keeps its own
 * stack, so a chain of any length (10 000 claims each `basedOn` the last)
 * cannot overflow the call stack.
 *
 * @example
 * findCycle(["a", "b"], (n) => (n === "a" ? ["b"] : ["a"]))
 * //=> ["a", "b", "a"]
 */
export function findCycle(nodes: readonly string[], next: (node: string) => readonly string[]): string[] | undefined {
  const state = new Map<string, "open" | "done">();
  for (const start of nodes) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const children: (readonly string[])[] = [next(start)];
    const cursor: number[] = [0];
    state.set(start, "open");
    while (path.length > 0) {
      const top = path.length - 1;
      const child = children[top]![cursor[top]!++];
      if (child === undefined) {
        state.set(path.pop()!, "done");
        children.pop();
        cursor.pop();
        continue;
      }
      const seen = state.get(child);
      if (seen === "open") return [...path.slice(path.indexOf(child)), child];
      if (seen === "done") continue;
      state.set(child, "open");
      path.push(child);
      children.push(next(child));
      cursor.push(0);
    }
  }
  return undefined;
}
