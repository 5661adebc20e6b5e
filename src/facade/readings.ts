import { readings as readingsOf, type Readings, type ReadingsOptions } from "../readings/readings.js";
import type { Findings } from "../reconcile/reconciliation.js";
import { displayable, type Displayable } from "../display/display.js";
import { readingsViews } from "../report/readingsView.js";

/**
 * The coherent accounts of an incident: the maximal sets of claims that can
 * all hold together, without ranking them — each connected component of the
 * contradictions with its alternatives, and the claims no contradiction
 * touches, which stand in every reading. Neutral and deterministic: nothing
 * is ordered by who says what, or by the order of the claims (see the
 * readings module for how they are found and bounded).
 *
 * In a notebook the readings show themselves as a reconciliation does: in
 * Deno's Jupyter kernel (text, Markdown and HTML), in Node's REPL (the
 * title, how many readings, each alternative lettered), and through
 * `toHTML()` (see {@link Displayable}); none of this is part of their JSON.
 *
 * @param reconciliation - What {@link reconcile} returned (or its JSON), with or without its words.
 * @param options - {@link ReadingsOptions}: bounds on what is listed.
 * @returns The readings, as plain data that displays itself.
 * @throws {TypeError} when given something other than a reconciliation.
 *
 * @example
 * const result = readings(reconcile(niafunkeGoundam));
 * result.components.map((c) => c.alternatives.map((a) => a.sources))
 * //=> [[["jnim-statement"], ["em"]]]
 * result.toHTML().startsWith('<section class="contested-report"')
 * //=> true
 */
export function readings(reconciliation: Findings, options: ReadingsOptions = {}): Readings & Displayable {
  const read = readingsOf(reconciliation, options);
  return displayable(read, readingsViews(read, reconciliation));
}
