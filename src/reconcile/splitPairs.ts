import type { FlagKind } from "./flagKinds.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";

/**
 * Turns a contradiction between two positions into findings, looking at who
 * holds each side:
 *
 * - claims of different sources against each other give the finding `kind`;
 * - one source against itself, with the same `said` date or none, gives a
 *   `self` finding (with `kind` as its basis), one per source;
 * - one source against itself at two different `said` dates is a revision,
 *   left to the revision pass, so that a changed answer is `revised` instead
 *   of, not in addition to, a contradiction.
 */
export function splitPairs(
  kind: FlagKind,
  question: QuestionEntry,
  a: { question: QuestionEntry; position: PositionEntry },
  b: { question: QuestionEntry; position: PositionEntry },
): FlagDraft[] {
  const sourcesA = bySource(a.position.entries);
  const sourcesB = bySource(b.position.entries);
  const crossA = crossing(a.position.entries, sourcesB);
  const crossB = crossing(b.position.entries, sourcesA);
  const self = new Map<string, [Set<ClaimEntry>, Set<ClaimEntry>]>();
  for (const [source, mineA] of sourcesA) {
    const mineB = sourcesB.get(source);
    if (!mineB) continue;
    for (const x of mineA) {
      for (const y of mineB) {
        if (x.claim.said === undefined || y.claim.said === undefined || x.claim.said === y.claim.said) {
          let sides = self.get(source);
          if (!sides) self.set(source, (sides = [new Set(), new Set()]));
          sides[0].add(x);
          sides[1].add(y);
        }
      }
    }
  }
  const side = (of: typeof a, entries: Set<ClaimEntry>): Side => ({
    question: of.question,
    position: of.position,
    entries: of.position.entries.filter((e) => entries.has(e)),
  });
  const drafts: FlagDraft[] = [];
  if (crossA.size > 0) drafts.push({ kind, question, sides: [side(a, crossA), side(b, crossB)] });
  for (const [, [selfA, selfB]] of self) {
    drafts.push({ kind: "self", basis: kind, question, sides: [side(a, selfA), side(b, selfB)] });
  }
  return drafts;
}

function bySource(entries: readonly ClaimEntry[]): Map<string, ClaimEntry[]> {
  const sources = new Map<string, ClaimEntry[]>();
  for (const entry of entries) {
    const list = sources.get(entry.claim.source);
    if (list) list.push(entry);
    else sources.set(entry.claim.source, [entry]);
  }
  return sources;
}

/** The entries that face at least one claim of another source on the other side. */
function crossing(entries: readonly ClaimEntry[], otherSources: ReadonlyMap<string, unknown>): Set<ClaimEntry> {
  if (otherSources.size > 1) return new Set(entries);
  const [only] = otherSources.keys();
  return new Set(entries.filter((e) => e.claim.source !== only));
}
