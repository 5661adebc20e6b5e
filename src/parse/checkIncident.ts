import { makeIssue } from "../errors/contestedError.js";
import { didYouMean, suggester } from "../errors/didYouMean.js";
import type { Issue, IssuePath } from "../errors/issue.js";
import { KINDS } from "../kinds/kinds.js";
import { rangeInterval, timeInterval } from "../values/timeInterval.js";
import { findCycle } from "../model/findCycle.js";
import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import { indexIncident, type IncidentIndex } from "../resolve/incidentIndex.js";
import { itemIssues } from "./checkItems.js";
import { fromZodIssues } from "../errors/zodIssues.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";

/**
 * Everything {@link parseIncident} checks beyond the document's shape: ids are
 * unique, every reference resolves (items too, once any is declared), dates
 * are real dates, values fit their facet's kind, and `via`, `basedOn`,
 * `partOf` and `in` form no cycles.
 * Returns every problem found, in document order; an empty list means the
 * incident is valid.
 */
export function checkIncident(incident: Incident, vocabulary: Vocabulary, skipValues: ReadonlySet<number> = new Set()): Issue[] {
  const index = indexIncident(incident, vocabulary);
  return [
    ...uniqueIds(incident),
    ...ambiguousNames(incident, "actors"),
    ...ambiguousNames(incident, "places"),
    ...actorIssues(incident, index),
    ...placeIssues(incident, index),
    ...sourceIssues(incident, index),
    ...incident.claims.flatMap((_, i) => claimIssues(incident, index, vocabulary, i, !skipValues.has(i))),
    ...itemIssues(incident, index),
    ...basedOnCycles(incident),
  ];
}

const LISTS = ["actors", "places", "sources", "claims"] as const;
const SINGULAR = { actors: "actor", places: "place", sources: "source", claims: "claim" } as const;

function uniqueIds(incident: Incident): Issue[] {
  return LISTS.flatMap((list) => {
    const first = new Map<string, number>();
    return incident[list].flatMap((entry, i) => {
      const seen = first.get(entry.id);
      if (seen === undefined) {
        first.set(entry.id, i);
        return [];
      }
      return [makeIssue("duplicate-id", [list, i, "id"], { what: SINGULAR[list], id: entry.id, first: [list, seen] })];
    });
  });
}

/** An alias that folds to another entry's id, name or alias would make references ambiguous. */
function ambiguousNames(incident: Incident, list: "actors" | "places"): Issue[] {
  const owner = new Map<string, string>();
  const issues: Issue[] = [];
  incident[list].forEach((entry, i) => {
    const names: [string, IssuePath][] = [
      [entry.id, [list, i, "id"]],
      [entry.name, [list, i, "name"]],
      ...(entry.aliases ?? []).map((a, j): [string, IssuePath] => [a, [list, i, "aliases", j]]),
    ];
    for (const [name, path] of names) {
      const folded = normalizeName(name);
      const other = owner.get(folded);
      if (other !== undefined && other !== entry.id) {
        issues.push(makeIssue("ambiguous-name", path, { what: SINGULAR[list], name, owner: other }));
      } else owner.set(folded, entry.id);
    }
  });
  return issues;
}

function actorIssues(incident: Incident, index: IncidentIndex): Issue[] {
  const issues = incident.actors.flatMap((actor, i) => (actor.partOf ?? []).flatMap((ref, j) => reference(index, "actor", ref, ["actors", i, "partOf", j])));
  // By id, so that a chain of ten thousand actors is followed in one pass, not searched link by link.
  const partOf = new Map(incident.actors.map((a) => [a.id, a.partOf ?? []] as const));
  const cycle = findCycle(
    incident.actors.map((a) => a.id),
    (id) => (partOf.get(id) ?? []).flatMap((r) => index.actorId(r) ?? []),
  );
  if (cycle) {
    const at = incident.actors.findIndex((a) => a.id === cycle[0]);
    issues.push(makeIssue("cycle", ["actors", at, "partOf"], { what: "actors", link: "partOf", chain: cycle }));
  }
  return issues;
}

function placeIssues(incident: Incident, index: IncidentIndex): Issue[] {
  const issues = incident.places.flatMap((place, i) => (place.in === undefined ? [] : reference(index, "place", place.in, ["places", i, "in"])));
  const parents = new Map(incident.places.map((p) => [p.id, p.in] as const));
  const cycle = findCycle(
    incident.places.map((p) => p.id),
    (id) => {
      const parent = parents.get(id);
      const parentId = parent === undefined ? undefined : index.placeId(parent);
      return parentId === undefined ? [] : [parentId];
    },
  );
  if (cycle) {
    const at = incident.places.findIndex((p) => p.id === cycle[0]);
    issues.push(makeIssue("cycle", ["places", at, "in"], { what: "places", link: "in", chain: cycle }));
  }
  return issues;
}

function sourceIssues(incident: Incident, index: IncidentIndex): Issue[] {
  return incident.sources.flatMap((source, i) => {
    const issues: Issue[] = [];
    if (source.kind === "party" && source.actor === undefined) {
      issues.push(makeIssue("missing", ["sources", i, "actor"], { expected: { role: "party-actor" } }));
    }
    if (source.actor !== undefined) issues.push(...reference(index, "actor", source.actor, ["sources", i, "actor"]));
    if (source.date !== undefined && timeInterval(source.date) === undefined) {
      issues.push(makeIssue("invalid-date", ["sources", i, "date"], { received: source.date }));
    }
    return issues;
  });
}

function claimIssues(incident: Incident, index: IncidentIndex, vocabulary: Vocabulary, i: number, checkValue: boolean): Issue[] {
  const claim = incident.claims[i]!;
  const at = ["claims", i] as const;
  const issues: Issue[] = [];
  issues.push(...reference(index, "source", claim.source, at, "source"));
  if (claim.via !== undefined && claim.via.length > 0) {
    claim.via.forEach((ref, j) => issues.push(...reference(index, "source", ref, at, "via", j)));
    const chain = [claim.source, ...claim.via];
    const repeated = chain.findIndex((s, j) => chain.indexOf(s) !== j);
    if (repeated >= 0) {
      issues.push(makeIssue("cycle", [...at, "via", repeated - 1], { what: "relays", link: "via", chain: chain.slice(0, repeated + 1) }));
    }
  }
  if (claim.said !== undefined && timeInterval(claim.said) === undefined) {
    issues.push(makeIssue("invalid-date", [...at, "said"], { received: claim.said }));
  }
  claim.basedOn?.forEach((ref, j) => {
    if (ref === claim.id) {
      issues.push(makeIssue("cycle", [...at, "basedOn", j], { what: "claims", link: "basedOn", chain: [ref, ref] }));
    } else issues.push(...reference(index, "claim", ref, at, "basedOn", j));
  });

  const about = claim.about;
  if (about.party !== undefined) issues.push(...reference(index, "actor", about.party, at, "about", "party"));
  if (about.place !== undefined) issues.push(...reference(index, "place", about.place, at, "about", "place"));
  if (about.when !== undefined) {
    const when = about.when;
    const valid = typeof when === "string" ? timeInterval(when) : rangeInterval(when);
    if (!valid) issues.push(makeIssue("invalid-date", [...at, "about", "when"], { received: JSON.stringify(when) }));
  }

  const facet = facetOf(vocabulary, about.facet);
  if (!facet) {
    issues.push(
      makeIssue("unknown-facet", [...at, "about", "facet"], {
        facet: about.facet,
        vocabulary: vocabulary.name,
        suggestion: didYouMean(about.facet, Object.keys(vocabulary.facets)),
      }),
    );
    return issues;
  }
  if (!checkValue) return issues;
  const kind = KINDS[facet.kind];
  const checked = kind.schema.safeParse(claim.value);
  if (!checked.success) {
    const details = fromZodIssues(checked.error.issues, claim.value, [...at, "value"]);
    const own = details.filter((d) => d.code === "invalid-value" && d.path.length > at.length + 1);
    if (own.length > 0) return [...issues, ...own];
    const broken = details.find((d) => d.code === "invalid-value");
    issues.push(
      makeIssue("value-kind", [...at, "value"], {
        facet: about.facet,
        kind: facet.kind,
        ...(broken?.code === "invalid-value" ? { problem: broken.params } : {}),
      }),
    );
    return issues;
  }
  for (const unknown of kind.check(claim.value, { index, facet, lang: claim.lang ?? incident.lang })) {
    if ("problem" in unknown) {
      issues.push(makeIssue("unreadable-phrase", [...at, "value", "phrase"], unknown.reason));
      continue;
    }
    const path = Array.isArray(claim.value) ? [...at, "value", (claim.value as string[]).indexOf(unknown.name)] : [...at, "value"];
    issues.push(
      unknown.what === "place" || unknown.what === "actor"
        ? reference(index, unknown.what, unknown.name, path)[0]!
        : makeIssue("unknown-name", path, {
            name: unknown.name,
            facet: about.facet,
            known: unknown.known,
            suggestion: didYouMean(unknown.name, unknown.known),
          }),
    );
  }
  return issues;
}

function basedOnCycles(incident: Incident): Issue[] {
  if (!incident.claims.some((c) => c.basedOn !== undefined && c.basedOn.length > 0)) return [];
  const ids = new Set(incident.claims.map((c) => c.id));
  // An id used twice (refused on its own) still has the bases of both claims, so
  // that the cycle is found and put at a claim whose basedOn leads on along it.
  const bases = new Map<string, string[]>();
  for (const c of incident.claims) {
    if (c.basedOn === undefined) continue;
    const list = bases.get(c.id) ?? [];
    for (const b of c.basedOn) if (b !== c.id && ids.has(b)) list.push(b);
    bases.set(c.id, list);
  }
  const cycle = findCycle([...ids], (id) => bases.get(id) ?? []);
  if (!cycle) return [];
  const next = cycle[1] ?? cycle[0];
  const at = incident.claims.findIndex((c) => c.id === cycle[0] && (c.basedOn ?? []).includes(next!));
  return [makeIssue("cycle", ["claims", at, "basedOn"], { what: "claims", link: "basedOn", chain: cycle })];
}

type Referenced = "actor" | "place" | "source" | "claim";

/** How many known names an unknown reference lists in its params. */
const KNOWN_LISTED = 10;

/**
 * The issue of a reference that names nothing, or none. Its path is the
 * entry's, then `rest`; it is built only for an issue, since almost every
 * reference resolves.
 */
function reference(index: IncidentIndex, what: Referenced, name: string, at: IssuePath, ...rest: readonly (string | number)[]): Issue[] {
  const found = RESOLVE[what](index, name);
  if (found !== undefined) return [];
  const { ids, suggest } = namesOf(index, what);
  return [
    makeIssue("unknown-reference", [...at, ...rest], { what, name, suggestion: suggest(name), known: ids.slice(0, KNOWN_LISTED), knownCount: ids.length }),
  ];
}

/** How each kind of reference is resolved. */
const RESOLVE: Readonly<Record<Referenced, (index: IncidentIndex, name: string) => string | undefined>> = {
  actor: (index, name) => index.actorId(name),
  place: (index, name) => index.placeId(name),
  source: (index, name) => index.source(name)?.id,
  claim: (index, name) => index.claim(name)?.id,
};

interface KnownNames {
  /** The list's ids, in document order. */
  readonly ids: readonly string[];
  /** The id or alias a mistyped reference most likely meant (see {@link suggester}). */
  readonly suggest: (name: string) => string | undefined;
}

const namesCache = new WeakMap<IncidentIndex, Map<Referenced, KnownNames>>();

/**
 * The names a list accepts, built once per incident and list: ids, and for
 * actors and places their aliases and names too, since references match
 * them all (« Camp de Niafunk » is one letter from the camp's name). Of
 * names that fold alike, the id is suggested, then an alias.
 */
function namesOf(index: IncidentIndex, what: Referenced): KnownNames {
  const cache = namesCache.get(index) ?? new Map<Referenced, KnownNames>();
  namesCache.set(index, cache);
  const cached = cache.get(what);
  if (cached) return cached;
  const incident = index.incident;
  const named = what === "actor" ? incident.actors : what === "place" ? incident.places : undefined;
  const ids = (named ?? (what === "source" ? incident.sources : incident.claims)).map((entry) => entry.id);
  const candidates = named ? [...ids, ...named.flatMap((entry) => entry.aliases ?? []), ...named.map((entry) => entry.name)] : ids;
  const byFolded = new Map<string, string>();
  for (const name of candidates) if (!byFolded.has(normalizeName(name))) byFolded.set(normalizeName(name), name);
  const names = { ids, suggest: suggester([...byFolded.values()]) };
  cache.set(what, names);
  return names;
}
