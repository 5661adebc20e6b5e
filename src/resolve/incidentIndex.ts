import type { Actor } from "../model/actor.js";
import type { Claim } from "../model/claim.js";
import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import type { Place } from "../model/place.js";
import type { Source } from "../model/source.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";
import { itemNames, type ItemNames } from "./itemNames.js";

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
  /** The items the incident and its vocabulary declare, by id, name or alias. */
  readonly items: ItemNames;
  /** The actors an actor is part of, directly or not, itself excluded. */
  actorAncestors(id: string): ReadonlySet<string>;
  /** The places a place lies in, nearest first, itself excluded. */
  placeAncestors(id: string): readonly string[];
  /** Whether place `inner` is `outer` or lies inside it. */
  placeWithin(inner: string, outer: string): boolean;
  /** Whether actor `inner` is `outer` or part of it. */
  actorWithin(inner: string, outer: string): boolean;
  /**
   * How a set of places nest among themselves (see {@link Nesting}): read
   * from the numbering of the places, so that a chain ten thousand deep
   * costs the set, not the depth.
   */
  placeNesting(ids: Iterable<string>): Nesting;
  /**
   * How a set of actors nest among themselves (see {@link Nesting}): walks
   * above each actor stop at the first actors of the set, so that a chain
   * ten thousand deep is walked once, not once per actor.
   */
  actorNesting(ids: Iterable<string>): Nesting;
  source(id: string): Source | undefined;
  claim(id: string): Claim | undefined;
  /**
   * The sources a claim ultimately comes from: its own source, or, when it is
   * `basedOn` other claims, the origins of those claims (a relay of the
   * group's video is the group's word, not a new voice). Sorted.
   */
  origins(claimId: string): readonly string[];
}

/** How the members of a set of places or actors lie in one another, for a set given to {@link IncidentIndex}. */
export interface Nesting {
  /** The nearest members a member lies in (one at most for places; an actor may be part of several). */
  parents(id: string): readonly string[];
  /**
   * Every member a member lies in, directly or not, nearest first, each
   * once. `goOn` may stop the walk: an ancestor it refuses is left out, and
   * so is what lies above it only through it.
   */
  above(id: string, goOn?: (ancestor: string) => boolean): readonly string[];
}

/**
 * Builds the {@link IncidentIndex} of an incident; `vocabulary` adds the
 * items it declares to the incident's own.
 *
 * @example
 * const index = indexIncident(incident);
 * index.actorId("GSIM")
 * //=> "jnim"
 */
export function indexIncident(incident: Incident, vocabulary?: Vocabulary): IncidentIndex {
  // A frozen incident cannot change: its index is built once, however many passes read it.
  const frozen = Object.isFrozen(incident);
  const kept = frozen ? builtIndexes.get(incident) : undefined;
  if (kept !== undefined && kept.vocabulary === vocabulary) return kept.index;
  const index = buildIndex(incident, vocabulary);
  if (frozen) builtIndexes.set(incident, { vocabulary, index });
  return index;
}

/** The indexes of frozen incidents, by incident; the index's own caches only ever remember answers. */
const builtIndexes = new WeakMap<Incident, { readonly vocabulary: Vocabulary | undefined; readonly index: IncidentIndex }>();

function buildIndex(incident: Incident, vocabulary: Vocabulary | undefined): IncidentIndex {
  const actors = byName(incident.actors);
  const places = byName(incident.places);
  const actorById = new Map(incident.actors.map((a) => [a.id, a] as const));
  const placeById = new Map(incident.places.map((p) => [p.id, p] as const));
  const sources = new Map(incident.sources.map((s) => [s.id, s] as const));
  const claims = new Map(incident.claims.map((c) => [c.id, c] as const));

  // A reference by name is folded once: thousands of claims name the same few places.
  const resolver = (byId: ReadonlyMap<string, unknown>, byFolded: ReadonlyMap<string, string>) => {
    const resolved = new Map<string, string | undefined>();
    return (reference: string): string | undefined => {
      if (byId.has(reference)) return reference;
      if (resolved.has(reference)) return resolved.get(reference);
      const id = byFolded.get(normalizeName(reference));
      resolved.set(reference, id);
      return id;
    };
  };
  const actorId = resolver(actorById, actors);
  const placeId = resolver(placeById, places);

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
    const seen = new Set<string>([id]);
    let parent = placeById.get(id)?.in;
    while (parent !== undefined) {
      const next = placeId(parent);
      if (next === undefined || seen.has(next)) break;
      seen.add(next);
      chain.push(next);
      parent = placeById.get(next)?.in;
    }
    placeAncestorCache.set(id, chain);
    return chain;
  };
  const placeSpans = treeSpans(
    incident.places.map((p) => p.id),
    (id) => {
      const parent = placeById.get(id)?.in;
      return parent === undefined ? undefined : placeId(parent);
    },
  );

  const rootCache = new Map<string, readonly string[]>();
  /** The claims a claim rests on in the end, sorted; each step's answer is kept, so a long chain is walked once. */
  const roots = (claimId: string): readonly string[] => {
    if (claims.get(claimId)?.basedOn === undefined) return [claimId];
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
    if (found) return found;
    const claim = claims.get(claimId);
    // Most claims rest on nothing: their origin is their own source.
    found = claim !== undefined && claim.basedOn === undefined ? [claim.source] : [...new Set(roots(claimId).map((id) => claims.get(id)?.source ?? id))];
    originCache.set(claimId, found);
    return found;
  };

  return {
    incident,
    actorId,
    placeId,
    items: itemNames(incident.items, vocabulary),
    actorAncestors,
    placeAncestors,
    placeWithin: (inner, outer) => inner === outer || spanWithin(placeSpans, inner, outer),
    actorWithin: (inner, outer) => inner === outer || actorAncestors(inner).has(outer),
    placeNesting: (ids) => nesting(nearestInForest(placeSpans, ids)),
    actorNesting: (ids) => {
      const set = new Set(ids);
      const nearest = new Map<string, readonly string[]>();
      for (const id of set) {
        const found: string[] = [];
        const seen = new Set<string>([id]);
        const pending = [...(actorById.get(id)?.partOf ?? [])];
        for (let i = 0; i < pending.length; i++) {
          const next = actorId(pending[i]!);
          if (next === undefined || seen.has(next)) continue;
          seen.add(next);
          if (set.has(next)) found.push(next);
          else pending.push(...(actorById.get(next)?.partOf ?? []));
        }
        nearest.set(id, found);
      }
      return nesting(nearest);
    },
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

/** Where a node of a forest stands in a walk of it: every node inside it is walked between `enter` and `leave`. */
interface Span {
  readonly enter: number;
  readonly leave: number;
}

/**
 * Numbers a forest once, each node's descendants walked between its entry
 * and its exit, so that "is this place inside that one?" is two comparisons
 * however deep the chain of places (a place chain ten thousand deep would
 * otherwise be walked for every pair of claims). The walk keeps its own
 * stack; a parent that is unknown or that would close a cycle (refused when
 * the incident is parsed) leaves the node a root.
 */
function treeSpans(ids: readonly string[], parentOf: (id: string) => string | undefined): ReadonlyMap<string, Span> {
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const id of ids) {
    const parent = parentOf(id);
    if (parent === undefined || parent === id) roots.push(id);
    else {
      const list = children.get(parent);
      if (list) list.push(id);
      else children.set(parent, [id]);
    }
  }
  const spans = new Map<string, Span>();
  const enter = new Map<string, number>();
  let clock = 0;
  for (const root of roots) {
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    enter.set(root, clock++);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const child = children.get(frame.id)?.[frame.next++];
      if (child !== undefined && !enter.has(child)) {
        enter.set(child, clock++);
        stack.push({ id: child, next: 0 });
        continue;
      }
      if (child !== undefined) continue;
      spans.set(frame.id, { enter: enter.get(frame.id)!, leave: clock++ });
      stack.pop();
    }
  }
  return spans;
}

/**
 * For the nodes of a set, the nearest node of the set each lies in (none
 * for the outermost, and for a node the forest does not number): one sweep
 * in the order of the walk, keeping the set's nodes that are still open.
 */
function nearestInForest(spans: ReadonlyMap<string, Span>, ids: Iterable<string>): Map<string, readonly string[]> {
  const numbered = [...new Set(ids)].flatMap((id) => {
    const span = spans.get(id);
    return span === undefined ? [] : [{ id, span }];
  });
  numbered.sort((a, b) => a.span.enter - b.span.enter);
  const nearest = new Map<string, readonly string[]>();
  const open: { id: string; span: Span }[] = [];
  for (const node of numbered) {
    while (open.length > 0 && open[open.length - 1]!.span.leave < node.span.enter) open.pop();
    const parent = open[open.length - 1];
    nearest.set(node.id, parent === undefined ? [] : [parent.id]);
    open.push(node);
  }
  return nearest;
}

/** The {@link Nesting} of a set, given the nearest members above each member. */
function nesting(nearest: ReadonlyMap<string, readonly string[]>): Nesting {
  const parents = (id: string) => nearest.get(id) ?? [];
  return {
    parents,
    above(id, goOn = () => true) {
      const found: string[] = [];
      const seen = new Set<string>([id]);
      const pending = [...parents(id)];
      for (let i = 0; i < pending.length; i++) {
        const next = pending[i]!;
        if (seen.has(next)) continue;
        seen.add(next);
        if (!goOn(next)) continue;
        found.push(next);
        pending.push(...parents(next));
      }
      return found;
    },
  };
}

/** Whether `inner` lies inside `outer` in a numbered forest. */
function spanWithin(spans: ReadonlyMap<string, Span>, inner: string, outer: string): boolean {
  const a = spans.get(inner);
  const b = spans.get(outer);
  return a !== undefined && b !== undefined && b.enter < a.enter && a.leave < b.leave;
}
