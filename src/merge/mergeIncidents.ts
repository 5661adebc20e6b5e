import equal from "fast-deep-equal/es6/index.js";
import type { Claim } from "../model/claim.js";
import type { Incident } from "../model/incident.js";
import { parseIncident } from "../parse/parseIncident.js";
import { canonicalScope, questionKey } from "../reconcile/questionKey.js";
import { indexIncident, type IncidentIndex } from "../resolve/incidentIndex.js";
import { conflict } from "../vocabulary/conflict.js";
import { facetOf, type Vocabulary } from "../vocabulary/vocabulary.js";
import { alignEntries, type AlignedEntry, type Alignment, type EntryList, type FieldConflict, type IdCollision, type UnalignedEntry } from "./alignEntries.js";

/** Options of {@link mergeIncidents} and {@link compareEncodings}. */
export interface MergeOptions {
  /** The vocabulary both encodings' facets come from. Default: {@link conflict}. */
  readonly vocabulary?: Vocabulary;
}

/** A claim both encodings hold: its id in `a` (and in the merge) and in `b`. */
export interface SameClaim {
  readonly a: string;
  readonly b: string;
}

/** What {@link mergeIncidents} returns: the merged incident, and how the two encodings lined up. */
export interface MergeResult {
  /** The union of both encodings, checked and frozen: every claim once. */
  readonly incident: Incident;
  /** Entries of `b` found in `a`, by id or by a shared name. */
  readonly aligned: readonly AlignedEntry[];
  /** Entries only one encoding has, or that match several of the other's: kept, and listed so they can be checked. */
  readonly unaligned: readonly UnalignedEntry[];
  /** Ids both encodings use for different entries or claims; `b`'s are renamed in the merge. */
  readonly collisions: readonly IdCollision[];
  /** Fields aligned entries (or the incidents themselves) give differently; the merge keeps `a`'s. */
  readonly conflicts: readonly FieldConflict[];
  /** Claims both encodings made, kept once under `a`'s id. */
  readonly sameClaims: readonly SameClaim[];
  /** Every id of `b` and the id it has in the merge, by list. */
  readonly idsOfB: Readonly<Record<EntryList | "claims", Readonly<Record<string, string>>>>;
}

/** `b`'s claims in the merge's terms, and the indexes both are read with; shared with {@link compareEncodings}. */
export interface Translation {
  readonly a: Incident;
  readonly b: Incident;
  readonly alignment: Alignment;
  /** Every entry of both, for reading claims of either in the same ids. */
  readonly index: IncidentIndex;
  /** `b`'s claims with every reference rewritten to the merge's entries; `basedOn` still names `b`'s claim ids. */
  readonly claims: readonly Claim[];
  readonly vocabulary: Vocabulary;
}

/**
 * Reads two encodings of one incident in the same terms: their entries
 * lined up ({@link alignEntries}) and `b`'s claims rewritten to name the
 * merged entries. A reference `b` wrote that already names the right entry
 * in the merge is kept as written.
 */
export function translateEncodings(first: unknown, second: unknown, options: MergeOptions = {}): Translation {
  const vocabulary = options.vocabulary ?? conflict;
  const a = parseIncident(first, { vocabulary });
  const b = parseIncident(second, { vocabulary });
  const bIndex = indexIncident(b, vocabulary);
  const alignment = alignEntries(a, b, bIndex);
  const declared = { ...a, ...alignment.entries, claims: a.claims } as unknown as Incident;
  const index = indexIncident(declared, vocabulary);
  const resolveIn: Readonly<Record<EntryList, (i: IncidentIndex, reference: string) => string | undefined>> = {
    actors: (i, r) => i.actorId(r),
    places: (i, r) => i.placeId(r),
    items: (i, r) => i.items.itemId(r),
    sources: (i, r) => i.source(r)?.id,
  };
  const ref = (list: EntryList, reference: string) => {
    const own = resolveIn[list](bIndex, reference);
    const merged = own === undefined ? undefined : alignment.ids[list].get(own);
    if (merged === undefined) return reference;
    return list !== "sources" && resolveIn[list](index, reference) === merged ? reference : merged;
  };
  const otherLang = b.lang !== undefined && b.lang !== (a.lang ?? b.lang) ? b.lang : undefined;
  const claims = b.claims.map((claim): Claim => {
    const about = { ...claim.about };
    if (about.party !== undefined) about.party = ref("actors", about.party);
    if (about.place !== undefined) about.place = ref("places", about.place);
    if (about.item !== undefined && bIndex.items.itemId(about.item) !== undefined) about.item = ref("items", about.item);
    const kind = facetOf(vocabulary, about.facet)?.kind;
    const value =
      typeof claim.value === "string" && (kind === "place" || kind === "actor") ? ref(kind === "place" ? "places" : "actors", claim.value) : claim.value;
    return {
      ...claim,
      source: ref("sources", claim.source),
      ...(claim.via ? { via: claim.via.map((relay) => ref("sources", relay)) } : {}),
      about,
      value,
      // b's words are in b's language: say so where the merge's incident speaks another.
      ...(otherLang !== undefined && claim.lang === undefined ? { lang: otherLang } : {}),
    };
  });
  return { a, b, alignment, index, claims, vocabulary };
}

/**
 * What makes two claims one: the same source and relays, said on the same
 * day, answering the same question with the same value (references
 * resolved, compared with fast-deep-equal), the same way (`not`, hedge), on
 * the same grounds — the claims it is `basedOn`, by what they are, not by
 * their ids. The quote and other fields may differ. Claims come bases first,
 * so that each one's grounds are known when it is read.
 */
function claimIdentities(
  claims: readonly Claim[],
  index: IncidentIndex,
  vocabulary: Vocabulary,
): Map<string, { readonly bucket: string; readonly identity: unknown }> {
  const identities = new Map<string, { bucket: string; identity: unknown }>();
  for (const claim of basesFirst(claims)) {
    const question = questionKey(claim.about.facet, canonicalScope(claim.about, index));
    const kind = facetOf(vocabulary, claim.about.facet)?.kind;
    const value =
      typeof claim.value === "string" && kind === "place"
        ? (index.placeId(claim.value) ?? claim.value)
        : typeof claim.value === "string" && kind === "actor"
          ? (index.actorId(claim.value) ?? claim.value)
          : claim.value;
    const grounds = (claim.basedOn ?? [])
      .map((id) => identities.get(id))
      .map((base) => JSON.stringify(base ?? null))
      .sort();
    const bucket = `${claim.source}\u0000${question}`;
    identities.set(claim.id, {
      bucket,
      identity: { via: claim.via ?? [], said: claim.said ?? null, value, not: claim.not === true, hedge: claim.hedge ?? "asserted", basedOn: grounds },
    });
  }
  return identities;
}

/**
 * Merges two encodings of one incident — two analysts' coding of the same
 * article, say — into one: actors, places, items and sources lined up by
 * id, name or alias (folded as {@link normalizeName} folds names), every
 * claim kept once (a claim both made, whatever its id, is one claim: see
 * {@link claimIdentities}), and every id that means different things in the
 * two renamed in `b`'s and listed. Nothing is decided between them: where
 * they differ, both claims stay, and {@link reconcile} shows where they
 * disagree. Incident-level fields are `a`'s (`b`'s where `a` has none);
 * `b`'s claims keep their language when `a` speaks another.
 *
 * @param a - The first encoding (format 1), parsed or not; its ids win.
 * @param b - The second encoding.
 * @param options - {@link MergeOptions}.
 * @returns {@link MergeResult}: the merged incident and every alignment, collision and conflict.
 * @throws {IncidentError} when either encoding is invalid.
 *
 * @example
 * const merged = mergeIncidents(niafunkeGoundam, secondCoder);
 * merged.sameClaims.length                       // claims both coders made
 * //=> 10
 * merged.aligned.find((e) => e.b === "etat-major")
 * //=> { list: "sources", a: "em", b: "etat-major", by: "name" }
 */
export function mergeIncidents(a: unknown, b: unknown, options: MergeOptions = {}): MergeResult {
  const translation = translateEncodings(a, b, options);
  const { alignment, index, vocabulary } = translation;
  const first = translation.a;
  const second = translation.b;
  const ours = claimIdentities(first.claims, index, vocabulary);
  const theirs = claimIdentities(translation.claims, index, vocabulary);
  const buckets = new Map<string, { id: string; identity: unknown }[]>();
  for (const claim of first.claims) {
    const { bucket, identity } = ours.get(claim.id)!;
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), { id: claim.id, identity }]);
  }
  const claimIds = new Map<string, string>();
  const taken = new Set(first.claims.map((c) => c.id));
  const sameClaims: SameClaim[] = [];
  const matched = new Set<string>();
  const collisions: IdCollision[] = [...alignment.collisions];
  const added: Claim[] = [];
  for (const claim of basesFirst(translation.claims)) {
    const { bucket, identity } = theirs.get(claim.id)!;
    // Among claims of a alike, the one with b's id, else one no claim of b took yet: two alike claims stay two.
    const alike = (buckets.get(bucket) ?? []).filter((candidate) => equal(candidate.identity, identity));
    const same = alike.find((c) => c.id === claim.id) ?? alike.find((c) => !matched.has(c.id)) ?? alike[0];
    if (same) {
      matched.add(same.id);
      claimIds.set(claim.id, same.id);
      sameClaims.push({ a: same.id, b: claim.id });
      continue;
    }
    let id = claim.id;
    for (let n = 1; taken.has(id); n++) id = `${claim.id}-b${n === 1 ? "" : n}`;
    taken.add(id);
    claimIds.set(claim.id, id);
    const other = first.claims.find((c) => c.id === claim.id);
    if (other) collisions.push({ list: "claims", id: claim.id, a: describe(other, index), b: describe(claim, index), renamed: id });
    added.push({ ...claim, id, ...(claim.basedOn ? { basedOn: claim.basedOn.map((base) => claimIds.get(base) ?? base) } : {}) });
  }
  const conflicts: FieldConflict[] = [...alignment.conflicts];
  const top: Record<string, unknown> = { ...first };
  for (const [field, value] of Object.entries(second)) {
    if (["contested", "actors", "places", "items", "sources", "claims"].includes(field)) continue;
    if (top[field] === undefined) top[field] = value;
    else if (!equal(top[field], value)) conflicts.push({ list: "incident", id: first.id, field, a: top[field], b: value });
  }
  const { items, ...lists } = alignment.entries;
  const incident = parseIncident({ ...top, ...lists, ...(items.length > 0 ? { items } : {}), claims: [...first.claims, ...added] }, { vocabulary });
  const table = (map: ReadonlyMap<string, string>) => Object.fromEntries(map);
  return {
    incident,
    aligned: alignment.aligned,
    unaligned: alignment.unaligned,
    collisions,
    conflicts,
    sameClaims,
    idsOfB: {
      actors: table(alignment.ids.actors),
      places: table(alignment.ids.places),
      items: table(alignment.ids.items),
      sources: table(alignment.ids.sources),
      claims: table(claimIds),
    },
  };
}

/** Claims ordered so that each comes after the claims it is based on (the order is otherwise kept). */
function basesFirst(claims: readonly Claim[]): Claim[] {
  const byId = new Map(claims.map((c) => [c.id, c] as const));
  const done = new Set<string>();
  const ordered: Claim[] = [];
  // Its own stack, so that a chain of ten thousand claims each based on the last cannot overflow the call stack.
  for (const start of claims) {
    if (done.has(start.id)) continue;
    const stack: [Claim, number][] = [[start, 0]];
    const open = new Set([start.id]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const base = top[0].basedOn?.[top[1]++];
      if (base !== undefined) {
        const next = byId.get(base);
        if (next && !done.has(next.id) && !open.has(next.id)) {
          stack.push([next, 0]);
          open.add(next.id);
        }
        continue;
      }
      stack.pop();
      open.delete(top[0].id);
      done.add(top[0].id);
      ordered.push(top[0]);
    }
  }
  return ordered;
}

/** A claim in a few words, for a collision: the question, the value, who says it and how. */
function describe(claim: Claim, index: IncidentIndex): string {
  const question = questionKey(claim.about.facet, canonicalScope(claim.about, index));
  return `${question} = ${claim.not ? "not " : ""}${JSON.stringify(claim.value)} (${claim.source}${claim.hedge ? `, ${claim.hedge}` : ""})`;
}
