import type { IncidentIndex } from "../resolve/incidentIndex.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import type { FlagDraft } from "./flagDraft.js";
import { questionKey } from "./questionKey.js";
import type { PositionEntry, QuestionEntry } from "./questions.js";
import { splitPairs } from "./splitPairs.js";
import { type Reach, wholeQuestions } from "./wholeQuestions.js";

/**
 * Compares quantities across parts and wholes (DESIGN §3). A question is
 * part of another when its facet is the other's or a part of it (`killed` of
 * `neutralized`), and each scope field is the same, narrower (a place inside
 * the other's, an actor part of the other's, `soldiers` inside `combatants`)
 * or set where the other leaves it open — and at least one is strictly
 * narrower. Questions that each narrow a different field (one about FAMa,
 * one about Niafunké) are not part of one another and are not compared.
 *
 * - `exceeds-whole`: the part's lower bound is above the whole's upper bound
 *   (`killed ≈ 50 at Niafunké` against `killed = 20 in the region`); the
 *   reverse is no contradiction.
 * - `withheld`: a refusal covers every narrower scope, so a figure for a part
 *   stands against a refusal for its whole.
 *
 * One finding of each kind per figure of a part, not per pair: its first
 * side is the claims giving that figure, its second every claim of the
 * wider questions that the figure exceeds (or that refuses), sorted by
 * question then claim — a figure for Niafunké above the region's 20 and the
 * cercle's 30 is one finding, whose `questions` name all three. So the
 * findings grow with the figures, not with the pairs of a part and a whole:
 * a thousand tolls down a chain of places made a quarter of a million
 * findings, and make at most one per toll (and per source standing on both
 * sides, as {@link splitPairs} tells, and for its claims against its own,
 * `self`). Every claim of the first side exceeds every claim of the
 * second, so that readings separate them as before.
 *
 * - `jointly-exclusive`: parts that cannot overlap (killed and wounded of
 *   one scope) whose figures add up to more than the whole allows, though
 *   each alone does not.
 *
 * The wholes of a question are the wider questions that exist (see
 * {@link wholeQuestions}), so the cost grows with them, not with the depth
 * of a chain of places or actors.
 */
export function compareParts(questions: readonly QuestionEntry[], index: IncidentIndex, vocabulary: Vocabulary): FlagDraft[] {
  const list = questions.filter((q) => q.kind === "quantity");
  const quantities = new Map(list.map((q) => [q.key, q] as const));
  const wholesOf = wholeQuestions(list, index, vocabulary, reach);
  const drafts: FlagDraft[] = [];
  for (const part of list) {
    const low = part.positions.reduce((most, p) => (p.not ? most : Math.max(most, figure(p)?.low ?? most)), Number.NEGATIVE_INFINITY);
    if (low === Number.NEGATIVE_INFINITY) continue;
    const wholes = wholesOf(part, low);
    if (wholes.length > 0) drafts.push(...compareWithWholes(part, wholes));
  }
  for (const whole of list) drafts.push(...sumParts(whole, facetParts(whole, quantities, vocabulary)));
  return drafts;
}

/** The interval of a position that gives a figure (not a refusal, nor "unknown"). */
function figure(position: PositionEntry): { low: number; high: number } | undefined {
  const data = position.canonical.data as { kind: string; interval?: { low: number; high: number } };
  return data.kind === "figure" ? data.interval : undefined;
}

/** What a question offers a part to exceed or to be refused by: the lowest upper bound of its figures, and whether it refuses. */
function reach(question: QuestionEntry): Reach {
  let high = Number.POSITIVE_INFINITY;
  let refuses = false;
  for (const position of question.positions) {
    if (position.not) continue;
    const interval = figure(position);
    if (interval) high = Math.min(high, interval.high);
    else if ((position.canonical.data as { kind: string }).kind === "withheld") refuses = true;
  }
  return { high, refuses };
}

/**
 * The parts of a whole that cannot overlap, so that their figures add up:
 * the questions with the same scope whose facet is a direct part of the
 * whole's (`killed`, `wounded`, `captured-persons` and `missing` of
 * `neutralized`). Two facets that are parts of one whole, neither part of
 * the other, count different people.
 */
function facetParts(whole: QuestionEntry, quantities: ReadonlyMap<string, QuestionEntry>, vocabulary: Vocabulary): QuestionEntry[] {
  const parts: QuestionEntry[] = [];
  for (const [facet, definition] of Object.entries(vocabulary.facets)) {
    if (!(definition.partOf ?? []).includes(whole.facet)) continue;
    const part = quantities.get(questionKey(facet, whole.scope));
    if (part) parts.push(part);
  }
  return parts;
}

/** The most combinations of positions looked at for one whole: a bound on a search that real incidents never reach. */
const MAX_COMBINATIONS = 4096;

/**
 * Parts whose figures add up to more than their whole allows, though each
 * alone does not (thirty killed and thirty wounded against forty
 * neutralised): a `jointly-exclusive` finding with the parts' positions
 * first and the whole's last. Only the smallest such sets are named — drop
 * any part and the sum fits — and a part alone above its whole is left to
 * `exceeds-whole`.
 */
function sumParts(whole: QuestionEntry, parts: readonly QuestionEntry[]): FlagDraft[] {
  if (parts.length < 2) return [];
  const lowOf = (p: PositionEntry) => (p.canonical.data as { interval: { low: number } }).interval.low;
  const figures = parts.map((part) => part.positions.filter((p) => !p.not && (p.canonical.data as { kind: string }).kind === "figure"));
  let combinations = 1;
  for (const list of figures) combinations *= list.length + 1;
  if (combinations > MAX_COMBINATIONS) return [];
  const drafts: FlagDraft[] = [];
  for (const w of whole.positions) {
    const data = w.canonical.data as { kind: string; interval?: { high: number } };
    if (w.not || data.kind !== "figure") continue;
    const high = data.interval!.high;
    const choose = (j: number, chosen: { part: QuestionEntry; position: PositionEntry }[]): void => {
      if (j === parts.length) {
        const lows = chosen.map((c) => lowOf(c.position));
        const sum = lows.reduce((a, b) => a + b, 0);
        const minimal = chosen.length >= 2 && sum > high && lows.every((low) => sum - low <= high);
        if (minimal) {
          drafts.push({
            kind: "jointly-exclusive",
            basis: "exceeds-whole",
            question: whole,
            sides: [
              ...chosen.map((c) => ({ question: c.part, position: c.position, entries: c.position.entries })),
              { question: whole, position: w, entries: w.entries },
            ],
          });
        }
        return;
      }
      choose(j + 1, chosen);
      for (const position of figures[j]!) choose(j + 1, [...chosen, { part: parts[j]!, position }]);
    };
    choose(0, []);
  }
  return drafts;
}

/** For each figure of a part, one finding against every whole claim it exceeds, and one against every refusal for a whole. */
function compareWithWholes(part: QuestionEntry, wholes: readonly QuestionEntry[]): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const p of part.positions) {
    const low = p.not ? undefined : figure(p)?.low;
    if (low === undefined) continue;
    const against: Record<"exceeds-whole" | "withheld", { question: QuestionEntry; position: PositionEntry }[]> = { "exceeds-whole": [], withheld: [] };
    for (const whole of wholes) {
      for (const w of whole.positions) {
        if (w.not) continue;
        const high = figure(w)?.high;
        if (high === undefined && (w.canonical.data as { kind: string }).kind === "withheld") against.withheld.push({ question: whole, position: w });
        else if (high !== undefined && low > high) against["exceeds-whole"].push({ question: whole, position: w });
      }
    }
    for (const kind of ["exceeds-whole", "withheld"] as const) {
      const found = against[kind];
      if (found.length === 0) continue;
      const from = new Map(found.flatMap((f) => f.position.entries.map((e) => [e, f] as const)));
      drafts.push(...splitPairs(kind, part, { question: part, position: p }, { ...found[0]!, entries: [...from.keys()], from }));
    }
  }
  return drafts;
}
