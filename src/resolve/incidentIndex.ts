import type { Actor } from "../model/actor.js";
import type { Claim } from "../model/claim.js";
import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import type { Place } from "../model/place.js";
import type { Source } from "../model/source.js";

/**
 * Lookups over one incident: references by id or alias, containment of
 * places and actors, and the origins of each claim. Built once per parse or
 * reconciliation; it tolerates broken references and cycles (it is also used
 * while looking for them) by ignoring what it cannot follow.
 */
export interface IncidentIndex {
  readonly incident: Incident;
  /** The actor id a reference names (id or alias, ignoring case, accents, punctuation). */
  actorId(reference: string): string | undefined;
  /** The place id a reference names. */
  placeId(reference: string): string | undefined;
  /** The actors an actor is part of, directly or not, itself excluded. */
  actorAncestors(id: string): ReadonlySet<string>;
  /** The places a place lies in, nearest first, itself excluded. */
  placeAncestors(id: string): readonly string[];
  /** Whether place `inner` is `outer` or lies inside it. */
  placeWithin(inner: string, outer: string): boolean;
  /** Whether actor `inner` is `outer` or part of it. */
  actorWithin(inner: string, outer: string): boolean;
  source(id: string): Source | undefined;
  claim(id: string): Claim | undefined;
  /**
   * The sources a claim ultimately comes from: its own source, or, when it is
   * `basedOn` other claims, the origins of those claims (a relay of the
   * group's video is the group's word, not a new voice). Sorted.
   */
  origins(claimId: string): readonly string[];
}

/**
 * Builds the {@link IncidentIndex} of an incident.
 *
 * @example
 * const index = indexIncident(incident);
 * index.actorId("GSIM")
 * //=> "jnim"
 */
export function indexIncident(incident: Incident): IncidentIndex {
  const actors = byName(incident.actors);
  const places = byName(incident.places);
  const actorById = new Map(incident.actors.map((a) => [a.id, a] as const));
  const placeById = new Map(incident.places.map((p) => [p.id, p] as const));
  const sources = new Map(incident.sources.map((s) => [s.id, s] as const));
  const claims = new Map(incident.claims.map((c) => [c.id, c] as const));

  const actorId = (reference: string) => (actorById.has(reference) ? reference : actors.get(normalizeName(reference)));
  const placeId = (reference: string) => (placeById.has(reference) ? reference : places.get(normalizeName(reference)));

  const actorAncestorCache = new Map<string, ReadonlySet<string>>();
  const actorAncestors = (id: string): ReadonlySet<string> => {
    const cached = actorAncestorCache.get(id);
    if (cached) return cached;
    const found = new Set<string>();
    const pending = [...(actorById.get(id)?.partOf ?? [])];
    while (pending.length > 0) {
      const next = actorId(pending.pop()!);
      if (next === undefined || next === id || found.has(next)) continue;
      found.add(next);
      pending.push(...(actorById.get(next)?.partOf ?? []));
    }
    actorAncestorCache.set(id, found);
    return found;
  };

  const placeAncestorCache = new Map<string, readonly string[]>();
  const placeAncestors = (id: string): readonly string[] => {
    const cached = placeAncestorCache.get(id);
    if (cached) return cached;
    const chain: string[] = [];
    let parent = placeById.get(id)?.in;
    while (parent !== undefined) {
      const next = placeId(parent);
      if (next === undefined || next === id || chain.includes(next)) break;
      chain.push(next);
      parent = placeById.get(next)?.in;
    }
    placeAncestorCache.set(id, chain);
    return chain;
  };

  const rootCache = new Map<string, readonly string[]>();
  /** The claims a claim rests on in the end, sorted; each step's answer is kept, so a long chain is walked once. */
  const roots = (claimId: string): readonly string[] => {
    const stack = [claimId];
    const open = new Set(stack);
    while (stack.length > 0) {
      const id = stack[stack.length - 1]!;
      const bases = (claims.get(id)?.basedOn ?? []).filter((b) => claims.has(b) && b !== id);
      const pending = bases.filter((b) => !rootCache.has(b) && !open.has(b));
      if (pending.length > 0 && !rootCache.has(id)) {
        for (const base of pending) {
          stack.push(base);
          open.add(base);
        }
        continue;
      }
      if (!rootCache.has(id)) {
        const found = [...new Set(bases.flatMap((b) => rootCache.get(b) ?? []))].sort();
        rootCache.set(id, found.length > 0 ? found : [id]);
      }
      stack.pop();
      open.delete(id);
    }
    return rootCache.get(claimId)!;
  };
  const originCache = new Map<string, readonly string[]>();
  const origins = (claimId: string): readonly string[] => {
    let found = originCache.get(claimId);
    if (!found) originCache.set(claimId, (found = [...new Set(roots(claimId).map((id) => claims.get(id)?.source ?? id))]));
    return found;
  };

  return {
    incident,
    actorId,
    placeId,
    actorAncestors,
    placeAncestors,
    placeWithin: (inner, outer) => inner === outer || placeAncestors(inner).includes(outer),
    actorWithin: (inner, outer) => inner === outer || actorAncestors(inner).has(outer),
    source: (id) => sources.get(id),
    claim: (id) => claims.get(id),
    origins,
  };
}

/** Folded id, name and aliases → id. An id always wins over another entry's alias. */
function byName(entries: readonly (Actor | Place)[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) {
      const folded = normalizeName(name);
      if (!names.has(folded)) names.set(folded, entry.id);
    }
  }
  for (const entry of entries) names.set(normalizeName(entry.id), entry.id);
  return names;
}
