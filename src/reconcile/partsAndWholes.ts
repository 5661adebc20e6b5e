import type { Interval } from "../values/interval.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { FlagDraft } from "./flagDraft.js";
import { questionKey } from "./questionKey.js";
import { jointFindings } from "./jointFindings.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";
import { compareText } from "./questions.js";
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
 * A source's figure for a part and its own figure for a whole are told by
 * their dates: with the same `said` date or none, it contradicts itself
 * (`self`); at two different dates it changed its account, and the finding
 * is `revised` — a notice, as within one question, naming the whole's
 * question in `questions` (see {@link splitPairs}). The army's 40
 * neutralised on the 24th and its 50 killed on the 25th are a revision.
 *
 * - `jointly-exclusive`: parts that cannot overlap (killed and wounded of
 *   one scope) whose figures add up to more than a whole allows, though
 *   each alone does not — the whole of that very scope, or any wider one:
 *   thirty FAMa soldiers killed and thirty wounded are more than forty
 *   neutralised in all allows. One finding per combination of the parts'
 *   figures, against every whole claim it exceeds (see `sumParts`); none
 *   sets a source's answers at two dates against each other.
 *
 * The wholes of a question are the wider questions that exist (see
 * {@link wholeQuestions}), so the cost grows with them, not with the depth
 * of a chain of places or actors.
 */
export function compareParts(questions: readonly QuestionEntry[], index: IncidentIndex, vocabulary: Vocabulary): FlagDraft[] {
  const list = questions.filter((q) => q.comparator.counts === true);
  const wholesOf = wholeQuestions(list, index, vocabulary, reach);
  const drafts: FlagDraft[] = [];
  for (const part of list) {
    const low = part.positions.reduce((most, p) => (p.not ? most : Math.max(most, figure(p)?.low ?? most)), Number.NEGATIVE_INFINITY);
    if (low === Number.NEGATIVE_INFINITY) continue;
    const wholes = wholesOf(part, low);
    if (wholes.length > 0) drafts.push(...compareWithWholes(part, wholes));
  }
  for (const set of partSets(list, vocabulary)) drafts.push(...sumParts(set, wholesOf));
  return drafts;
}

/** The interval of a position that gives a figure (not a refusal, nor "unknown"). */
/** The figure a position of a counting kind gives: its interval, which refusals and admitted ignorance have not. */
function figure(position: PositionEntry): Interval | undefined {
  return position.canonical.interval;
}

/** What a question offers a part to exceed or to be refused by: the lowest upper bound of its figures, and whether it refuses. */
function reach(question: QuestionEntry): Reach {
  let high = Number.POSITIVE_INFINITY;
  let refuses = false;
  for (const position of question.positions) {
    if (position.not) continue;
    const interval = figure(position);
    if (interval) high = Math.min(high, interval.high);
    else if (question.comparator.refuses?.(position.canonical)) refuses = true;
  }
  return { high, refuses };
}

/** Parts that cannot overlap, all of one scope, and the whole they are parts of at that scope (which no claim may answer). */
interface PartSet {
  readonly whole: Pick<QuestionEntry, "facet" | "scope">;
  readonly parts: readonly QuestionEntry[];
}

/**
 * The sets of parts that cannot overlap, so that their figures add up: for
 * each scope and facet, the questions of that very scope whose facet is a
 * direct part of it (`killed`, `wounded`, `captured-persons` and `missing`
 * of `neutralized`), in the vocabulary's order, when they are two or more.
 * Two facets that are parts of one whole, neither part of the other, count
 * different people; parts of two scopes (killed in the town, wounded in the
 * region) may count the same people, and are never added.
 */
function partSets(quantities: readonly QuestionEntry[], vocabulary: Vocabulary): PartSet[] {
  const order = new Map(Object.keys(vocabulary.facets).map((facet, i) => [facet, i] as const));
  const sets = new Map<string, { whole: Pick<QuestionEntry, "facet" | "scope">; parts: QuestionEntry[] }>();
  for (const part of quantities) {
    for (const facet of facetOf(vocabulary, part.facet)?.partOf ?? []) {
      const key = questionKey(facet, part.scope);
      const set = sets.get(key);
      if (set) set.parts.push(part);
      else sets.set(key, { whole: { facet, scope: part.scope }, parts: [part] });
    }
  }
  return [...sets.values()]
    .filter((set) => set.parts.length >= 2)
    .map((set) => ({ ...set, parts: set.parts.sort((a, b) => order.get(a.facet)! - order.get(b.facet)!) }));
}

/** The most combinations of positions looked at for one set of parts: a bound on a search that real incidents never reach. */
const MAX_COMBINATIONS = 4096;

/**
 * Parts whose figures add up to more than a whole allows, though each alone
 * does not (thirty killed and thirty wounded against forty neutralised): a
 * `jointly-exclusive` finding with the parts' positions first and, last,
 * the whole claims they exceed. The parts of a scope are parts of their
 * whole at that scope and of every wider whole (FAMa's killed and wounded
 * in the town are among FAMa's neutralised in the region, and among all the
 * neutralised), so the wholes are the questions of the parts' scope and
 * every wider one that exists ({@link wholeQuestions}).
 *
 * Only the smallest sets are named — drop any part and the sum fits — and a
 * part alone above a whole is left to `exceeds-whole`. One finding per
 * combination of the parts' figures, not per whole: its last side is every
 * whole claim, of any of those questions, for which the combination is
 * such a smallest set (sorted by question, then claim), all named in
 * `questions`; the finding's question is the first of them (by key) that
 * its whole claims answer. So findings grow with the combinations, never
 * with the pairs of a combination and a whole. A source's answers at two
 * dates are kept apart, and its own such set is `self` ({@link
 * jointFindings}).
 */
function sumParts(set: PartSet, wholesOf: (part: Pick<QuestionEntry, "facet" | "scope">, low: number) => QuestionEntry[]): FlagDraft[] {
  const { parts } = set;
  const figures = parts.map((part) => part.positions.filter((p) => !p.not && figure(p) !== undefined));
  let combinations = 1;
  let most = 0;
  for (const list of figures) {
    combinations *= list.length + 1;
    most += list.reduce((high, p) => Math.max(high, figure(p)!.low), 0);
  }
  if (combinations > MAX_COMBINATIONS) return [];
  // Every whole figure, lowest upper bound first, and where each claim stands.
  const wholes: { question: QuestionEntry; position: PositionEntry; high: number }[] = [];
  for (const whole of wholesOf(set.whole, most)) {
    for (const position of whole.positions) {
      const high = position.not ? undefined : figure(position)?.high;
      if (high !== undefined) wholes.push({ question: whole, position, high });
    }
  }
  if (wholes.length === 0) return [];
  wholes.sort((a, b) => a.high - b.high);
  const place = new Map<ClaimEntry, { question: QuestionEntry; position: PositionEntry }>();
  for (const part of parts) for (const position of part.positions) for (const entry of position.entries) place.set(entry, { question: part, position });
  for (const whole of wholes) for (const entry of whole.position.entries) place.set(entry, whole);
  const placeOf = (entry: ClaimEntry) => place.get(entry)!;
  const drafts: FlagDraft[] = [];
  const choose = (j: number, chosen: PositionEntry[]): void => {
    if (j === parts.length) {
      if (chosen.length < 2) return;
      const lows = chosen.map((p) => figure(p)!.low);
      const sum = lows.reduce((a, b) => a + b, 0);
      // The wholes this combination exceeds while no smaller one does: upper bounds from the sum less its lowest part, to below the sum.
      const floor = sum - Math.min(...lows);
      const exceeded = wholes.slice(firstAtLeast(wholes, floor), firstAtLeast(wholes, sum));
      if (exceeded.length === 0) return;
      const wholeSide = exceeded
        .flatMap((w) => w.position.entries)
        .sort((a, b) => compareText(placeOf(a).question.key, placeOf(b).question.key) || compareText(a.claim.id, b.claim.id));
      drafts.push(
        ...jointFindings(
          // The question of the first whole claim a finding keeps: the wholes are sorted by question.
          { question: (sides) => placeOf(sides.at(-1)![0]!).question, basis: "exceeds-whole", sides: [...chosen.map((p) => p.entries), wholeSide] },
          placeOf,
        ),
      );
      return;
    }
    choose(j + 1, chosen);
    for (const position of figures[j]!) choose(j + 1, [...chosen, position]);
  };
  choose(0, []);
  return drafts;
}

/** The index of the first whole whose upper bound is at least `bound`, in wholes sorted by upper bound. */
function firstAtLeast(wholes: readonly { readonly high: number }[], bound: number): number {
  let low = 0;
  let high = wholes.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (wholes[middle]!.high < bound) low = middle + 1;
    else high = middle;
  }
  return low;
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
        if (high === undefined && whole.comparator.refuses?.(w.canonical)) against.withheld.push({ question: whole, position: w });
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
