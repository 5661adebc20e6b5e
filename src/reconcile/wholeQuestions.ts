import type { IncidentIndex } from "../resolve/incidentIndex.js";
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
 */
export function wholeQuestions(quantities: readonly QuestionEntry[], index: IncidentIndex, vocabulary: Vocabulary): (part: QuestionEntry) => QuestionEntry[] {
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
  const placesAbove = index.placeAncestorsAmong(quantities.flatMap((q) => (q.scope.place === undefined ? [] : [q.scope.place])));
  const actorsAbove = index.actorAncestorsAmong(quantities.flatMap((q) => (q.scope.party === undefined ? [] : [q.scope.party])));
  return (part) => {
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
    const parties = widen(party, actorsAbove).map((p) => p ?? "");
    const places = widen(place, placesAbove).map((p) => p ?? "");
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
