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
  const side = (of: typeof a, entries: ReadonlySet<ClaimEntry>): Side => ({
    question: of.question,
    position: of.position,
    entries: of.position.entries.filter((e) => entries.has(e)),
  });
  const drafts: FlagDraft[] = [];
  for (const [one, other] of crossings(a.position.entries, b.position.entries, sourcesA, sourcesB)) {
    drafts.push({ kind, question, sides: [side(a, one), side(b, other)] });
  }
  for (const [, [selfA, selfB]] of self) {
    drafts.push({ kind: "self", basis: kind, question, sides: [side(a, selfA), side(b, selfB)] });
  }
  return drafts;
}

/**
 * The claims of two sources or more that stand against each other, as
 * blocks where every claim of one side faces every claim of the other. A
 * claim never faces a claim of its own source here — that is `self`, or a
 * revision — so a source that holds both positions is kept out of its own
 * way: its claims on one side face only the other sources' claims on the
 * other. Claims of sources on one side only face the whole other side, and
 * come as one block; each source on both sides adds one block. The blocks
 * are as many as the sources on both sides, plus one, whatever the number
 * of claims.
 */
function crossings(
  entriesA: readonly ClaimEntry[],
  entriesB: readonly ClaimEntry[],
  sourcesA: ReadonlyMap<string, ClaimEntry[]>,
  sourcesB: ReadonlyMap<string, ClaimEntry[]>,
): [ReadonlySet<ClaimEntry>, ReadonlySet<ClaimEntry>][] {
  const blocks: [ReadonlySet<ClaimEntry>, ReadonlySet<ClaimEntry>][] = [];
  const onlyA = entriesA.filter((e) => !sourcesB.has(e.claim.source));
  if (onlyA.length > 0) blocks.push([new Set(onlyA), new Set(entriesB)]);
  // Claims of sources on both sides, against the other sources' claims; the block above already faced them with onlyA.
  for (const [source, mine] of sourcesA) {
    if (!sourcesB.has(source)) continue;
    const others = entriesB.filter((e) => e.claim.source !== source);
    if (others.length > 0) blocks.push([new Set(mine), new Set(others)]);
  }
  return blocks;
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
