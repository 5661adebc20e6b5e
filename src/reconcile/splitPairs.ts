import type { FlagKind } from "./flagKinds.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import { bySaid } from "./history.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";

/**
 * One side of a contradiction: a position of a question, or the claims in
 * `entries` (all the position's when absent) — of several questions when
 * `from` says where each comes from.
 */
type SideOf = Pick<Side, "question" | "position"> & {
  readonly entries?: readonly ClaimEntry[];
  readonly from?: ReadonlyMap<ClaimEntry, { readonly question: QuestionEntry; readonly position: PositionEntry }>;
};

/**
 * Turns a contradiction between two positions into findings, looking at who
 * holds each side:
 *
 * - claims of different sources against each other give the finding `kind`;
 * - one source against itself, with the same `said` date or none, gives a
 *   `self` finding (with `kind` as its basis), one per source — or one per
 *   date when its claims on one side have different dates and the other
 *   side's answer them at some dates only (see {@link selfBlocks});
 * - one source against itself at two different `said` dates is a revision,
 *   `revised` instead of, not in addition to, a contradiction. Within one
 *   question the revision pass tells it, from the source's history; across
 *   two questions — a part and its whole, two moments that overlap — no
 *   history spans both, so it is told here (see {@link revisions}), with the
 *   other question named in the finding's `questions`.
 */
export function splitPairs(kind: FlagKind, question: QuestionEntry, a: SideOf, b: SideOf): FlagDraft[] {
  const sourcesA = bySource(a.entries ?? a.position.entries);
  const sourcesB = bySource(b.entries ?? b.position.entries);
  const self: [Set<ClaimEntry>, Set<ClaimEntry>][] = [];
  for (const [source, mineA] of sourcesA) {
    const mineB = sourcesB.get(source);
    if (mineB) self.push(...selfBlocks(mineA, mineB));
  }
  const side = (of: SideOf, entries: ReadonlySet<ClaimEntry>): Side => {
    const kept = (of.entries ?? of.position.entries).filter((e) => entries.has(e));
    if (!of.from) return { question: of.question, position: of.position, entries: kept };
    const first = of.from.get(kept[0]!)!;
    const questions = [...new Set(kept.map((e) => of.from!.get(e)!.question))];
    return { ...first, entries: kept, ...(questions.length > 1 ? { questions } : {}) };
  };
  const drafts: FlagDraft[] = [];
  for (const [one, other] of crossings(a.entries ?? a.position.entries, b.entries ?? b.position.entries, sourcesA, sourcesB)) {
    drafts.push({ kind, question, sides: [side(a, one), side(b, other)] });
  }
  for (const [selfA, selfB] of self) {
    drafts.push({ kind: "self", basis: kind, question, sides: [side(a, selfA), side(b, selfB)] });
  }
  for (const [source, mineA] of sourcesA) {
    const mineB = sourcesB.get(source);
    if (mineB) drafts.push(...revisions(question, a, b, mineA, mineB, side));
  }
  return drafts;
}

/**
 * The `revised` findings of one source whose claims stand on both sides of
 * a contradiction between two questions, at two `said` dates: for each pair
 * of questions the sides answer (the part's and one whole's), the source's
 * claims on either side, date by date, earliest first; wherever one date
 * holds a side and the next date the other side, which the first date did
 * not hold, one finding of the two (say, the army's 30 killed at the camp
 * on the 24th, then its 10 in the region on the 25th). So a source that
 * repeats the same two answers date after date is `self` at each date and
 * no revision, and the findings grow with the source's dates, never with
 * their pairs. Claims of one question are the revision pass's.
 */
function revisions(
  question: QuestionEntry,
  a: SideOf,
  b: SideOf,
  mineA: readonly ClaimEntry[],
  mineB: readonly ClaimEntry[],
  side: (of: SideOf, entries: ReadonlySet<ClaimEntry>) => Side,
): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const [questionA, onA] of byQuestion(a, mineA)) {
    for (const [questionB, onB] of byQuestion(b, mineB)) {
      if (questionA === questionB) continue;
      // Each date's claims on either side, gathered once: the cost is the claims, not the claims times the dates.
      const onDate = new Map<string, [Set<ClaimEntry>, Set<ClaimEntry>]>();
      const put = (entries: readonly ClaimEntry[], s: 0 | 1) => {
        for (const entry of entries) {
          const said = entry.claim.said!;
          let held = onDate.get(said);
          if (!held) onDate.set(said, (held = [new Set(), new Set()]));
          held[s].add(entry);
        }
      };
      put(onA, 0);
      put(onB, 1);
      const dates = [...onDate.keys()].sort(bySaid);
      for (let i = 1; i < dates.length; i++) {
        const [before, after] = [dates[i - 1]!, dates[i]!];
        const [thenA, thenB] = onDate.get(before)!;
        const [nextA, nextB] = onDate.get(after)!;
        if (thenA.size > 0 && thenB.size === 0 && nextB.size > 0) {
          drafts.push({ kind: "revised", question, said: [before, after], sides: [side(a, thenA), side(b, nextB)] });
        }
        if (thenB.size > 0 && thenA.size === 0 && nextA.size > 0) {
          drafts.push({ kind: "revised", question, said: [before, after], sides: [side(b, thenB), side(a, nextA)] });
        }
      }
    }
  }
  return drafts;
}

/** A source's dated claims on one side, by the question each answers. */
function byQuestion(of: SideOf, mine: readonly ClaimEntry[]): Map<QuestionEntry, ClaimEntry[]> {
  const found = new Map<QuestionEntry, ClaimEntry[]>();
  for (const entry of mine) {
    if (entry.claim.said === undefined) continue;
    const question = of.from?.get(entry)?.question ?? of.question;
    const list = found.get(question);
    if (list) list.push(entry);
    else found.set(question, [entry]);
  }
  return found;
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

/**
 * The pairs of one source's claims on two sides that are the source against
 * itself — the same `said` date, or at least one without — as blocks in
 * which each claim of one side faces each of the other: the claims of the
 * first side that face the same claims make one block. So a claim at one
 * date never faces one at another, as a blanket "these against those"
 * would have it when a claim without a date stands beside them.
 */
function selfBlocks(mineA: readonly ClaimEntry[], mineB: readonly ClaimEntry[]): [Set<ClaimEntry>, Set<ClaimEntry>][] {
  // Keyed by date, "" for the claims that face them all; each date's faced claims are found once, so the cost is the claims times the dates.
  const blocks = new Map<string, [Set<ClaimEntry>, Set<ClaimEntry>]>();
  const keyOf = new Map<string, string>();
  for (const x of mineA) {
    const said = x.claim.said;
    let key = said === undefined ? "" : keyOf.get(said);
    if (key === undefined) {
      const faced = mineB.filter((y) => y.claim.said === undefined || y.claim.said === said);
      key = faced.length === mineB.length ? "" : `@${said}`;
      keyOf.set(said!, key);
      if (key !== "") blocks.set(key, [new Set(), new Set(faced)]);
    }
    if (key === "" && !blocks.has("")) blocks.set("", [new Set(), new Set(mineB)]);
    blocks.get(key)![0].add(x);
  }
  return [...blocks.values()].filter(([, faced]) => faced.size > 0);
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
