import { timeValueInterval } from "../values/timeValue.js";
import type { Interval } from "../values/interval.js";
import type { About } from "../model/scope.js";
import { SCOPE_FIELDS, type ScopeField } from "../model/scope.js";
import { normalizeName } from "../model/normalizeName.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";

/** A claim's scope with every reference resolved: what makes two claims answer the same question. */
export type CanonicalScope = Readonly<Partial<Record<ScopeField, string>>>;

/**
 * Resolves a claim's `about` to its canonical scope: actors, places and
 * declared items by id (whatever alias the claim used), groups in lower
 * case, targets and undeclared items folded (case, accents and punctuation
 * ignored), `when` as written (a range as `from/to`). Fields outside DESIGN
 * §1's scope are not part of the question.
 *
 * @example
 * canonicalScope({ facet: "killed", party: "FAMa", place: "Niafunké" }, index)
 * //=> { party: "fama", place: "niafunke" }
 */
export function canonicalScope(about: About, index: IncidentIndex): CanonicalScope {
  const scope: Partial<Record<ScopeField, string>> = {};
  if (about.party !== undefined) scope.party = index.actorId(about.party) ?? about.party;
  if (about.group !== undefined) scope.group = about.group.trim().toLowerCase();
  if (about.place !== undefined) scope.place = index.placeId(about.place) ?? about.place;
  if (about.when !== undefined) scope.when = typeof about.when === "string" ? about.when : `${about.when.from}/${about.when.to}`;
  if (about.target !== undefined) scope.target = normalizeName(about.target);
  if (about.item !== undefined) scope.item = index.items.itemId(about.item) ?? normalizeName(about.item);
  return scope;
}

/**
 * The stable key of a question: the facet, then each scope field that is set,
 * in a fixed order.
 *
 * @example
 * questionKey("killed", { place: "niafunke", party: "fama" })
 * //=> "killed|party=fama|place=niafunke"
 */
export function questionKey(facet: string, scope: CanonicalScope): string {
  let key = facet;
  for (const field of SCOPE_FIELDS) {
    const value = scope[field];
    if (value !== undefined) key += `|${field}=${value}`;
  }
  return key;
}

/** The interval of a canonical `when` (`from/to` for ranges), or `undefined` when the scope has none. */
export function whenInterval(scope: CanonicalScope): Interval | undefined {
  if (scope.when === undefined) return undefined;
  const [from, to] = scope.when.split("/");
  return timeValueInterval(to === undefined ? from! : { from: from!, to });
}
