/**
 * How two different answers to the same question relate (DESIGN §2, §4).
 *
 * - `compatible`: both can hold, and one refines the other (overlapping
 *   intervals, a place inside another, an actor part of another);
 * - `divergent`: both can hold but they say different things (other means,
 *   another motive, a non-exclusive category);
 * - `exclusive`: categories, actors or places that cannot both hold, or a
 *   value against its negation;
 * - `disjoint`: quantities or times whose intervals do not overlap;
 * - `withheld`: one gives a figure, the other explicitly declines to.
 */
export type Relation = "compatible" | "divergent" | "exclusive" | "disjoint" | "withheld";
