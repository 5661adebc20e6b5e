import { SCOPE_FIELDS, type ScopeField } from "../model/scope.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import { facetOf, groupWholesOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import type { FlagDraft } from "./flagDraft.js";
import { questionKey, type CanonicalScope } from "./questionKey.js";
import type { PositionEntry, QuestionEntry } from "./questions.js";
import { splitPairs } from "./splitPairs.js";

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
 * - `jointly-exclusive`: parts that cannot overlap (killed and wounded of
 *   one scope) whose figures add up to more than the whole allows, though
 *   each alone does not.
 *
 * The wholes of a question are found by enumerating its wider scopes and
 * looking each up, so the cost grows with the number of questions, not its
 * square.
 */
export function compareParts(questions: readonly QuestionEntry[], index: IncidentIndex, vocabulary: Vocabulary): FlagDraft[] {
  const quantities = new Map(questions.filter((q) => q.kind === "quantity").map((q) => [q.key, q] as const));
  const drafts: FlagDraft[] = [];
  const used = {
    places: new Set([...quantities.values()].flatMap((q) => (q.scope.place === undefined ? [] : [q.scope.place]))),
    actors: new Set([...quantities.values()].flatMap((q) => (q.scope.party === undefined ? [] : [q.scope.party]))),
  };
  for (const part of quantities.values()) {
    for (const key of wholeKeys(part, index, vocabulary, used)) {
      const whole = quantities.get(key);
      if (whole) drafts.push(...compareWithWhole(part, whole));
    }
  }
  for (const whole of quantities.values()) drafts.push(...sumParts(whole, facetParts(whole, quantities, vocabulary)));
  return drafts;
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

function compareWithWhole(part: QuestionEntry, whole: QuestionEntry): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const p of part.positions) {
    const pr = p.canonical.data as { kind: string; interval?: { low: number; high: number } };
    if (p.not || pr.kind !== "figure") continue;
    for (const w of whole.positions) {
      const wr = w.canonical.data as { kind: string; interval?: { low: number; high: number } };
      if (w.not) continue;
      const kind = wr.kind === "withheld" ? "withheld" : wr.kind === "figure" && pr.interval!.low > wr.interval!.high ? "exceeds-whole" : undefined;
      if (kind) drafts.push(...splitPairs(kind, part, { question: part, position: p }, { question: whole, position: w }));
    }
  }
  return drafts;
}

/**
 * The keys of every strictly wider question. A place's or an actor's wider
 * ones are its ancestors, or — when it has more ancestors than the incident's
 * questions name places or actors (a chain ten thousand deep) — the named
 * ones that contain it, so the keys tried never outnumber the questions.
 */
function wholeKeys(
  part: QuestionEntry,
  index: IncidentIndex,
  vocabulary: Vocabulary,
  used: { readonly places: ReadonlySet<string>; readonly actors: ReadonlySet<string> },
): string[] {
  const facets = [part.facet, ...facetWholes(part.facet, vocabulary)];
  const wider = (ancestors: readonly string[], named: ReadonlySet<string>, id: string, within: (inner: string, outer: string) => boolean) =>
    ancestors.length <= named.size ? ancestors : [...named].filter((other) => other !== id && within(id, other)).sort();
  const options: Record<ScopeField, (string | undefined)[]> = {
    party: widen(part.scope.party, (id) => wider([...index.actorAncestors(id)].sort(), used.actors, id, index.actorWithin)),
    group: widen(part.scope.group, (g) => groupWholes(g, vocabulary)),
    place: widen(part.scope.place, (id) => wider(index.placeAncestors(id), used.places, id, index.placeWithin)),
    when: widen(part.scope.when, () => []),
    target: widen(part.scope.target, () => []),
    item: widen(part.scope.item, () => []),
  };
  let scopes: CanonicalScope[] = [{}];
  for (const field of SCOPE_FIELDS) {
    scopes = scopes.flatMap((scope) => options[field].map((value) => (value === undefined ? scope : { ...scope, [field]: value })));
  }
  const keys = new Set<string>();
  for (const facet of facets) for (const scope of scopes) keys.add(questionKey(facet, scope));
  keys.delete(part.key);
  return [...keys];
}

function widen(value: string | undefined, wider: (value: string) => readonly string[]): (string | undefined)[] {
  return value === undefined ? [undefined] : [value, ...wider(value), undefined];
}

function facetWholes(facet: string, vocabulary: Vocabulary): string[] {
  return closure(facet, (f) => facetOf(vocabulary, f)?.partOf ?? []);
}

function groupWholes(group: string, vocabulary: Vocabulary): string[] {
  return closure(group, (g) => groupWholesOf(vocabulary, g));
}

function closure(start: string, next: (node: string) => readonly string[]): string[] {
  const found: string[] = [];
  const pending = [...next(start)];
  while (pending.length > 0) {
    const node = pending.shift()!;
    if (node === start || found.includes(node)) continue;
    found.push(node);
    pending.push(...next(node));
  }
  return found;
}
