import type { Mention } from "./findMentions.js";

/** The role of a rank (« colonel », "Lt.") in the speakers' table. */
const RANK = "rank";

/** The most tokens between a rank and the name or rank after it ("Lt. Col." has one: the dot). */
const MOST_BETWEEN = 2;

/**
 * Joins the ranks that open a person's name to that person ("Lt. Col. Ahmed
 * Musa", "Maj. Gen. X", « le lieutenant-colonel X, porte-parole de
 * l'armée »): a rank left standing before the name is read as a speaker of
 * its own, the nearest to the verb ("said Lt. Col. Ahmed Musa" gave the
 * words to "Lt"), or as no one (« a indiqué le colonel X, porte-parole… »
 * gave nobody's words). The person keeps the role already found beside
 * them; a person with none speaks with the rank's voice.
 *
 * @param mentions - A sentence's mentions, in order, roles already joined to their persons.
 * @param titlesOnly - Whether the tokens between two places are only titles and marks (« . », « - »).
 * @returns The mentions, each rank before a person merged into that person.
 */
export function joinRanksToNames(mentions: readonly Mention[], titlesOnly: (from: number, to: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    let merged = m;
    while (m.person !== undefined && out.length > 0) {
      const rank = out[out.length - 1]!;
      if (rank.person !== undefined || rank.cue.role !== RANK) break;
      if (merged.start < rank.end || merged.start - rank.end > MOST_BETWEEN || !titlesOnly(rank.end, merged.start)) break;
      out.pop();
      merged =
        merged.of === undefined && merged.cue.kind === "other" ? { ...merged, start: rank.start, cue: rank.cue, of: rank } : { ...merged, start: rank.start };
    }
    out.push(merged);
  }
  return out;
}
