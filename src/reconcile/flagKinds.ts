/** How serious a finding is: accounts that cannot all be true, or something to notice. */
export type Severity = "contradiction" | "notice";

/**
 * Every kind of finding (DESIGN §4) and its severity. Contradictions are
 * accounts that cannot all be true; notices are worth an analyst's eye but
 * leave every account possible.
 *
 * `jointly-exclusive` is the one kind DESIGN's table does not name: claims
 * that can hold two by two but not all at once — `{ min: 40, max: 50 }`,
 * `{ min: 50, max: 60 }` and "not 50" leave no figure; thirty killed and
 * thirty wounded are more than forty neutralised, though each alone is not.
 * Its sides cannot all hold together; any fewer can.
 *
 * @example
 * FLAG_SEVERITY.withheld
 * //=> "contradiction"
 */
export const FLAG_SEVERITY = {
  exclusive: "contradiction",
  disjoint: "contradiction",
  "exceeds-whole": "contradiction",
  "jointly-exclusive": "contradiction",
  withheld: "contradiction",
  self: "contradiction",
  revised: "notice",
  divergent: "notice",
  "single-source": "notice",
  "parties-only": "notice",
} as const satisfies Record<string, Severity>;

/** One of the finding kinds in {@link FLAG_SEVERITY}. */
export type FlagKind = keyof typeof FLAG_SEVERITY;

/** The finding kinds in the order findings are listed within a question. */
export const FLAG_KINDS = Object.keys(FLAG_SEVERITY) as FlagKind[];
