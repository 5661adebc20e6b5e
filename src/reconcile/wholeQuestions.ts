import type { IncidentIndex, Nesting } from "../resolve/incidentIndex.js";
import { facetOf, groupWholesOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import { questionKey, type CanonicalScope } from "./questionKey.js";
import { compareText, type QuestionEntry } from "./questions.js";

/**
 * A function giving the questions strictly wider than a quantity question
 * (DESIGN §3), sorted by key: its facet or one it is part of (`killed` of
 * `neutralized`), and each scope field the same, wider (a place the part's
 * lies in, an actor it is part of, `combatants` for `soldiers`) or open
 * where the part sets it.
 *
 * Only questions that exist are looked at. The questions are filed once by
 * their scope without party and place; for each of the few facets, groups
 * and open fields a part can widen to, its party and place are widened
 * along the ancestors that some question names, read from the index (the
 * numbering of the places, the walk of the actors stopping at named ones).
 * So a part's cost is the wider questions that exist, never the depth of a
 * chain of places or actors nor the number of places named.
 *
 * A part is only ever compared with the wholes its figures exceed and with
 * refusals, so the walks up its places and actors stop where nothing above
 * can be either: each place and actor knows the lowest upper bound and
 * whether there is a refusal among the questions about it and everything
 * it lies in (`reach`, from the caller). Tolls that fit their wholes down a
 * chain ten thousand deep are then a step each, not a walk to the top.
 *
 * @param reach - What a question offers a part: the lowest upper bound of
 *   its figures (`Infinity` when none) and whether it holds a refusal.
 * @returns For a part and the highest lower bound of its figures, its
 *   wholes — all of them that a figure that high exceeds or that refuse,
 *   and maybe others. The part may be a question no claim answers (the
 *   sum of disjoint parts, `neutralized` about FAMa when only its killed
 *   and wounded are given): its wholes are then the questions of its own
 *   scope and facet, and the wider ones.
 */
export function wholeQuestions(
  quantities: readonly QuestionEntry[],
  index: IncidentIndex,
  vocabulary: Vocabulary,
  reach: (question: QuestionEntry) => Reach,
): (part: Pick<QuestionEntry, "facet" | "scope">, low: number) => QuestionEntry[] {
  const filed = new Map<string, Map<string, Map<string, QuestionEntry>>>();
  for (const question of quantities) {
    const { party, place, ...rest } = question.scope;
    const core = questionKey(question.facet, rest);
    let byParty = filed.get(core);
    if (!byParty) filed.set(core, (byParty = new Map()));
    let byPlace = byParty.get(party ?? "");
    if (!byPlace) byParty.set(party ?? "", (byPlace = new Map()));
    byPlace.set(place ?? "", question);
  }
  const placesAbove = reachAbove(
    index.placeNesting(quantities.flatMap((q) => (q.scope.place === undefined ? [] : [q.scope.place]))),
    quantities,
    "place",
    reach,
  );
  const actorsAbove = reachAbove(
    index.actorNesting(quantities.flatMap((q) => (q.scope.party === undefined ? [] : [q.scope.party]))),
    quantities,
    "party",
    reach,
  );
  return (part, low) => {
    const { party, place, group, when, target, item } = part.scope;
    const cores = new Set<string>();
    for (const facet of [part.facet, ...closure(part.facet, (f) => facetOf(vocabulary, f)?.partOf ?? [])]) {
      for (const g of widen(group, (value) => closure(value, (v) => groupWholesOf(vocabulary, v)))) {
        for (const w of widen(when, none)) {
          for (const t of widen(target, none)) {
            for (const i of widen(item, none)) {
              const scope: Partial<Record<keyof CanonicalScope, string>> = {};
              if (g !== undefined) scope.group = g;
              if (w !== undefined) scope.when = w;
              if (t !== undefined) scope.target = t;
              if (i !== undefined) scope.item = i;
              cores.add(questionKey(facet, scope));
            }
          }
        }
      }
    }
    const parties = widen(party, (id) => actorsAbove(id, low)).map((p) => p ?? "");
    const places = widen(place, (id) => placesAbove(id, low)).map((p) => p ?? "");
    const wholes: QuestionEntry[] = [];
    for (const core of cores) {
      const byParty = filed.get(core);
      if (!byParty) continue;
      for (const p of parties) {
        const byPlace = byParty.get(p);
        if (!byPlace) continue;
        for (const q of places) {
          const whole = byPlace.get(q);
          if (whole && whole !== part) wholes.push(whole);
        }
      }
    }
    return wholes.sort((a, b) => compareText(a.key, b.key));
  };
}

const none = (): readonly string[] => [];

/** What a question, or every question about a place or actor and those it lies in, offers a part: see {@link wholeQuestions}. */
export interface Reach {
  /** The lowest upper bound of the figures (`Infinity` when there is none). */
  readonly high: number;
  readonly refuses: boolean;
}

const NOTHING: Reach = { high: Number.POSITIVE_INFINITY, refuses: false };
const either = (a: Reach, b: Reach): Reach => ({ high: Math.min(a.high, b.high), refuses: a.refuses || b.refuses });

/**
 * The ancestors of a place or actor, nearest first, leaving out those above
 * which — themselves included — no question offers a figure below `low` or
 * a refusal. What each member and everything above it offer is summed up
 * once, parents before children.
 */
function reachAbove(
  nesting: Nesting,
  quantities: readonly QuestionEntry[],
  field: "place" | "party",
  reach: (question: QuestionEntry) => Reach,
): (id: string, low: number) => readonly string[] {
  const own = new Map<string, Reach>();
  for (const question of quantities) {
    const id = question.scope[field];
    if (id !== undefined) own.set(id, either(own.get(id) ?? NOTHING, reach(question)));
  }
  const upward = new Map<string, Reach>();
  const from = (start: string): Reach => {
    // Parents first, with a stack of its own: a chain ten thousand deep would overflow a recursion.
    const stack = [start];
    const open = new Set<string>();
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      if (upward.has(id)) {
        stack.pop();
        continue;
      }
      const pending = nesting.parents(id).filter((p) => !upward.has(p) && !open.has(p));
      if (pending.length > 0 && !open.has(id)) {
        open.add(id);
        stack.push(...pending);
        continue;
      }
      upward.set(
        id,
        nesting.parents(id).reduce((sum, p) => either(sum, upward.get(p) ?? NOTHING), own.get(id) ?? NOTHING),
      );
      open.delete(id);
      stack.pop();
    }
    return upward.get(start)!;
  };
  return (id, low) =>
    nesting.above(id, (ancestor) => {
      const offered = from(ancestor);
      return offered.refuses || offered.high < low;
    });
}

/** A scope field's value, the wider values, and open (`undefined`); only open when the part leaves it open. */
function widen(value: string | undefined, wider: (value: string) => readonly string[]): (string | undefined)[] {
  return value === undefined ? [undefined] : [value, ...wider(value), undefined];
}

/** Every node reachable from `start` through `next`, `start` excluded, each once. */
function closure(start: string, next: (node: string) => readonly string[]): string[] {
  const found: string[] = [];
  const seen = new Set<string>([start]);
  const pending = [...next(start)];
  for (let i = 0; i < pending.length; i++) {
    const node = pending[i]!;
    if (seen.has(node)) continue;
    seen.add(node);
    found.push(node);
    pending.push(...next(node));
  }
  return found;
}
