import type { FlagKind } from "./flagKinds.js";
import type { FlagDraft, Side } from "./flagDraft.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";

/** Where a claim of a set stands: the question and position it holds. */
export type PlaceOf = (entry: ClaimEntry) => { readonly question: QuestionEntry; readonly position: PositionEntry };

/** The most findings one set is split into: a bound that only many sources each answering it at several dates reach. */
const MAX_SPLITS = 4096;

type Sides = readonly (readonly ClaimEntry[])[];

/**
 * The findings a set of claims that cannot hold whole makes (a
 * `jointly-exclusive` set: positions of one question, or parts against a
 * whole), once a source's answers at two `said` dates are kept apart. A
 * source's earlier and later answers are each read at their date: two of
 * them are a revision, never a contradiction, so a choice of one claim per
 * side that holds two of one source's answers at two different dates is no
 * contradiction either (the army's 40–50 on the 24th, its 50–60 on the 25th
 * and its "not 50" on the 26th leave no figure together, but they are three
 * successive answers, and `revised` tells them).
 *
 * So the set is told only over the choices in which no two claims are one
 * source's answers at two dates, as a few findings whose choices are
 * exactly those, each choice in one finding (see {@link splitByDates}). A
 * claim that takes part in no such choice is in none of them, and a set
 * whose every choice needs two dates of one source makes no finding.
 * Sources that answered at one date only, or at several on one side only,
 * never split a set.
 *
 * A finding left with all its claims from one source, at one date or none,
 * is that source against itself: `self`, with `jointly-exclusive` as its
 * basis, which the readings read as a set, like the kind it is built on.
 *
 * @param found - The set: its question (or how to find it from the claims
 *   a finding keeps), basis, and the claims on each side.
 * @param placeOf - The question and position of each claim.
 * @returns Findings whose sides hold, for every choice of one claim each,
 *   no two answers of one source at two dates.
 */
export function jointFindings(
  found: {
    /** The finding's question, or how to find it from the claims left on each side. */
    readonly question: QuestionEntry | ((sides: Sides) => QuestionEntry);
    readonly basis?: FlagKind;
    readonly sides: Sides;
  },
  placeOf: PlaceOf,
): FlagDraft[] {
  return splitByDates(found.sides).map((sides) => {
    const one = new Set(sides.flatMap((side) => side.map((e) => e.claim.source))).size === 1;
    return {
      kind: one ? "self" : "jointly-exclusive",
      question: typeof found.question === "function" ? found.question(sides) : found.question,
      ...(one ? { basis: "jointly-exclusive" as const } : found.basis ? { basis: found.basis } : {}),
      sides: sides.map((entries) => sideOf(entries, placeOf)),
    };
  });
}

/**
 * The choices of one claim per side that hold no two answers of one source
 * at two dates, as sets of sides each of whose choices is one of them, and
 * each such choice in one set only. The sides are taken one by one, the
 * last one never, those holding fewer answers that a claim of the same
 * source at another date on another side stands against first. The claims
 * of a side that no claim of the sides after it is at another date of the
 * same source with (undated claims, and a source's at the one date it
 * gives after) make one set; the claims of each other source at each of
 * its dates make another, in which that source's claims at other dates
 * leave the sides after. A side left empty leaves no set.
 *
 * The sets grow with the sources answering at several dates, times the
 * sides: the army's 40–50 on the 24th and 50–60 on the 25th, beside the same
 * from others and a "not 50", make two sets, one with each of its answers.
 * Past {@link MAX_SPLITS} sets, the others are left out: fewer choices are
 * told, never a revision as a contradiction.
 */
function splitByDates(sides: Sides): Sides[] {
  if (!twiceDated(sides)) return [sides];
  const order = sides
    .map((_, i) => ({ i, against: datedAgainst(sides, i, sides.keys()).size }))
    .sort((a, b) => a.against - b.against || a.i - b.i)
    .map((s) => s.i);
  const found: Sides[] = [];
  const visit = (current: Sides, remaining: readonly number[]): void => {
    if (found.length >= MAX_SPLITS || current.some((side) => side.length === 0)) return;
    if (remaining.length <= 1) {
      found.push(current);
      return;
    }
    const [i, ...rest] = remaining as [number, ...number[]];
    const later = datesOn(current, rest);
    const free: ClaimEntry[] = [];
    const bound = new Map<string, ClaimEntry[]>();
    for (const entry of current[i]!) {
      const { source, said } = entry.claim;
      const dates = later.get(source);
      if (said === undefined || !dates || (dates.size === 1 && dates.has(said))) free.push(entry);
      else {
        const key = `${said}\u0000${source}`;
        const list = bound.get(key);
        if (list) list.push(entry);
        else bound.set(key, [entry]);
      }
    }
    if (free.length > 0) visit(replaced(current, i, free), rest);
    for (const group of bound.values()) {
      const { source, said } = group[0]!.claim;
      const kept = current.map((side, j) =>
        j === i ? group : rest.includes(j) ? side.filter((e) => e.claim.source !== source || e.claim.said === undefined || e.claim.said === said) : side,
      );
      visit(kept, rest);
    }
  };
  visit(sides, order);
  return found;
}

function replaced(sides: Sides, i: number, side: readonly ClaimEntry[]): Sides {
  return sides.map((s, j) => (j === i ? side : s));
}

/** The dates each source gives on the given sides. */
function datesOn(sides: Sides, which: Iterable<number>): Map<string, Set<string>> {
  const dates = new Map<string, Set<string>>();
  for (const j of which) {
    for (const { claim } of sides[j]!) {
      if (claim.said === undefined) continue;
      const set = dates.get(claim.source);
      if (set) set.add(claim.said);
      else dates.set(claim.source, new Set([claim.said]));
    }
  }
  return dates;
}

/** The answers (source and date) of side `i` that some other side holds the same source's answer at another date against. */
function datedAgainst(sides: Sides, i: number, all: Iterable<number>): Set<string> {
  const others = datesOn(
    sides,
    [...all].filter((j) => j !== i),
  );
  const against = new Set<string>();
  for (const { claim } of sides[i]!) {
    const dates = claim.said === undefined ? undefined : others.get(claim.source);
    if (dates && (dates.size > 1 || !dates.has(claim.said!))) against.add(`${claim.said}\u0000${claim.source}`);
  }
  return against;
}

/** Whether some source gave dated claims at two dates on two sides: some choice may then hold two of its answers at two dates. */
function twiceDated(sides: Sides): boolean {
  const seen = new Map<string, { dates: Set<string>; sides: Set<number> }>();
  sides.forEach((side, i) => {
    for (const { claim } of side) {
      if (claim.said === undefined) continue;
      let found = seen.get(claim.source);
      if (!found) seen.set(claim.source, (found = { dates: new Set(), sides: new Set() }));
      found.dates.add(claim.said);
      found.sides.add(i);
    }
  });
  return [...seen.values()].some((found) => found.dates.size > 1 && found.sides.size > 1);
}

/** A side of claims: the question and position of its first, and every question they answer when they are more. */
function sideOf(entries: readonly ClaimEntry[], placeOf: PlaceOf): Side {
  const first = placeOf(entries[0]!);
  const questions = [...new Set(entries.map((e) => placeOf(e).question))];
  return { ...first, entries, ...(questions.length > 1 ? { questions } : {}) };
}
