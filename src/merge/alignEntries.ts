import type { Incident } from "../model/incident.js";
import { normalizeName } from "../model/normalizeName.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";

/** The lists of entries two encodings of an incident declare. */
export type EntryList = "actors" | "places" | "items" | "sources";

/** An entry of the second encoding found in the first: by its id, or by a name they share. */
export interface AlignedEntry {
  readonly list: EntryList;
  readonly a: string;
  readonly b: string;
  readonly by: "id" | "name";
}

/**
 * An entry only one encoding has, or one whose names match several entries
 * of the other (`ambiguous`), so that it could not be aligned. An entry of
 * `b` is kept in the merge under `id` (its own, or a new one when its own
 * was taken).
 */
export interface UnalignedEntry {
  readonly list: EntryList;
  readonly side: "a" | "b";
  readonly id: string;
  readonly name: string;
  readonly reason: "only-here" | "ambiguous";
  /** For `ambiguous`: the entries of `a` its names match. */
  readonly candidates?: readonly string[];
}

/** An id both encodings use for different things: `b`'s keeps its meaning under `renamed`. */
export interface IdCollision {
  readonly list: EntryList | "claims";
  readonly id: string;
  /** What the id names in each encoding: an entry's name, or a claim's question and source. */
  readonly a: string;
  readonly b: string;
  readonly renamed: string;
}

/** A field two aligned entries give differently; the merge keeps `a`'s. */
export interface FieldConflict {
  readonly list: EntryList | "incident";
  readonly id: string;
  readonly field: string;
  readonly a: unknown;
  readonly b: unknown;
}

/** How the entries of two encodings line up, and the merged lists. */
export interface Alignment {
  readonly entries: Readonly<Record<EntryList, readonly Record<string, unknown>[]>>;
  /** For each list, every id of `b` and the id it has in the merge. */
  readonly ids: Readonly<Record<EntryList, ReadonlyMap<string, string>>>;
  readonly aligned: readonly AlignedEntry[];
  readonly unaligned: readonly UnalignedEntry[];
  readonly collisions: readonly IdCollision[];
  readonly conflicts: readonly FieldConflict[];
}

type Entry = { readonly id: string; readonly name: string; readonly aliases?: readonly string[]; readonly kind?: string; readonly [field: string]: unknown };

const LISTS: readonly EntryList[] = ["actors", "places", "items", "sources"];
/** The fields of an entry that name other entries, and the list they name. */
const LINKS: Readonly<Record<EntryList, readonly (readonly [string, EntryList])[]>> = {
  actors: [["partOf", "actors"]],
  places: [["in", "places"]],
  items: [],
  sources: [["actor", "actors"]],
};
/** Lists whose entries may take other names as aliases. */
const NAMED: ReadonlySet<EntryList> = new Set(["actors", "places", "items"]);

/** The other names of an entry, folded: its name and aliases. */
function namesOf(entry: Entry): Set<string> {
  return new Set([entry.name, ...(entry.aliases ?? [])].map(normalizeName));
}

function intersects(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const name of a) if (b.has(name)) return true;
  return false;
}

/**
 * Lines up the actors, places, items and sources of two encodings of one
 * incident. An entry of `b` is the entry of `a` with its id, unless their
 * names share nothing and their kinds differ (then the id collides: `b`'s
 * entry is kept under a new id); failing that, the one entry of `a` that
 * shares a name with it, folded as {@link normalizeName} folds names. An
 * aligned entry takes `b`'s other names as aliases; any other field `b`
 * gives differently is a conflict, and `a`'s is kept. Entries of `b` that
 * match nothing (or several) are added, their links rewritten to the
 * merge's ids.
 */
export function alignEntries(a: Incident, b: Incident, bIndex: IncidentIndex): Alignment {
  const aligned: AlignedEntry[] = [];
  const unaligned: UnalignedEntry[] = [];
  const collisions: IdCollision[] = [];
  const conflicts: FieldConflict[] = [];
  const ids: Record<EntryList, Map<string, string>> = { actors: new Map(), places: new Map(), items: new Map(), sources: new Map() };
  const entries: Record<EntryList, Record<string, unknown>[]> = { actors: [], places: [], items: [], sources: [] };
  const added: Record<EntryList, Set<Record<string, unknown>>> = { actors: new Set(), places: new Set(), items: new Set(), sources: new Set() };
  const bEntry = new Map<Record<string, unknown>, Entry>();

  for (const list of LISTS) {
    const ours = ((a[list] ?? []) as Entry[]).map((entry) => ({ ...entry }) as Record<string, unknown>);
    entries[list] = ours;
    const taken = new Set(ours.map((entry) => String(entry.id)));
    const matched = new Set<string>();
    const byName = new Map<string, Set<string>>();
    for (const entry of (a[list] ?? []) as Entry[])
      for (const name of [...namesOf(entry), normalizeName(entry.id)]) byName.set(name, (byName.get(name) ?? new Set()).add(entry.id));
    const find = (id: string) => ours.find((entry) => entry.id === id)!;
    for (const theirs of (b[list] ?? []) as Entry[]) {
      const same = ((a[list] ?? []) as Entry[]).find((entry) => entry.id === theirs.id);
      const clash =
        same !== undefined && !intersects(namesOf(same), namesOf(theirs)) && same.kind !== undefined && theirs.kind !== undefined && same.kind !== theirs.kind;
      let match: { id: string; by: "id" | "name" } | undefined = same && !clash ? { id: same.id, by: "id" } : undefined;
      let candidates: string[] = [];
      if (!match) {
        candidates = [...new Set([...namesOf(theirs), normalizeName(theirs.id)].flatMap((name) => [...(byName.get(name) ?? [])]))]
          .filter((id) => !(clash && id === same.id))
          .sort();
        if (candidates.length === 1) match = { id: candidates[0]!, by: "name" };
      }
      if (match) {
        ids[list].set(theirs.id, match.id);
        matched.add(match.id);
        aligned.push({ list, a: match.id, b: theirs.id, by: match.by });
        absorb(list, find(match.id), theirs, conflicts);
        continue;
      }
      let id = theirs.id;
      for (let n = 1; taken.has(id); n++) id = `${theirs.id}-b${n === 1 ? "" : n}`;
      taken.add(id);
      ids[list].set(theirs.id, id);
      const entry: Record<string, unknown> = { ...theirs, id };
      // Names that other entries answer to would make the merge's references ambiguous.
      if (candidates.length > 1) {
        entry.name = `${theirs.name} (b)`;
        delete entry.aliases;
      }
      ours.push(entry);
      added[list].add(entry);
      bEntry.set(entry, theirs);
      if (clash) collisions.push({ list, id: theirs.id, a: same.name, b: theirs.name, renamed: id });
      unaligned.push({
        list,
        side: "b",
        id,
        name: theirs.name,
        reason: candidates.length > 1 ? "ambiguous" : "only-here",
        ...(candidates.length > 1 ? { candidates } : {}),
      });
    }
    for (const entry of (a[list] ?? []) as Entry[])
      if (!matched.has(entry.id)) unaligned.push({ list, side: "a", id: entry.id, name: entry.name, reason: "only-here" });
  }

  // The links of the entries b brought in name b's entries: name them by their ids in the merge.
  const resolveIn: Readonly<Record<EntryList, (reference: string) => string | undefined>> = {
    actors: (r) => bIndex.actorId(r),
    places: (r) => bIndex.placeId(r),
    items: (r) => bIndex.items.itemId(r),
    sources: (r) => bIndex.source(r)?.id,
  };
  const mapped = (list: EntryList, reference: string) => {
    const own = resolveIn[list](reference);
    return own === undefined ? reference : (ids[list].get(own) ?? reference);
  };
  for (const list of LISTS) {
    for (const entry of added[list]) {
      for (const [field, target] of LINKS[list]) {
        const value = entry[field];
        if (typeof value === "string") entry[field] = mapped(target, value);
        else if (Array.isArray(value)) entry[field] = value.map((v: string) => mapped(target, v));
      }
    }
  }
  // An aligned entry's links, and the side a party source speaks for, compare in the merge's ids.
  for (const { list, a: aId, b: bId } of aligned) {
    const theirs = ((b[list] ?? []) as Entry[]).find((entry) => entry.id === bId)!;
    const ours = entries[list].find((entry) => entry.id === aId)!;
    for (const [field, target] of LINKS[list]) {
      const value = theirs[field];
      if (value === undefined) continue;
      const translated = typeof value === "string" ? mapped(target, value) : Array.isArray(value) ? value.map((v: string) => mapped(target, v)) : value;
      const current = ours[field];
      const resolvedOurs = typeof current === "string" ? (current === translated ? current : resolveOurs(a, target, current)) : current;
      if (current === undefined) ours[field] = translated;
      else if (JSON.stringify(resolvedOurs) !== JSON.stringify(translated)) conflicts.push({ list, id: aId, field, a: current, b: value });
    }
  }
  for (const list of LISTS) if (NAMED.has(list)) dropAmbiguousAliases(entries[list]);
  return { entries, ids, aligned, unaligned, collisions, conflicts };
}

/** An alias another entry also answers to (by id, name or an earlier alias) would make references ambiguous: it is dropped. */
function dropAmbiguousAliases(entries: Record<string, unknown>[]): void {
  const owner = new Map<string, unknown>();
  for (const entry of entries)
    for (const name of [entry.id, entry.name]) if (typeof name === "string" && !owner.has(normalizeName(name))) owner.set(normalizeName(name), entry);
  for (const entry of entries) {
    const aliases = entry.aliases;
    if (!Array.isArray(aliases)) continue;
    const kept = aliases.filter((alias: string) => {
      const other = owner.get(normalizeName(alias));
      if (other !== undefined && other !== entry) return false;
      owner.set(normalizeName(alias), entry);
      return true;
    });
    if (kept.length > 0) entry.aliases = kept;
    else delete entry.aliases;
  }
}

/** An id of `a` a reference of `a` names (by id or name), for comparing a link with `b`'s. */
function resolveOurs(a: Incident, list: EntryList, reference: string): string {
  const entries = (a[list] ?? []) as Entry[];
  const folded = normalizeName(reference);
  return entries.find((e) => e.id === reference)?.id ?? entries.find((e) => namesOf(e).has(folded))?.id ?? reference;
}

/** An aligned entry takes the other's names as aliases (where no other entry answers to them); other fields that differ are conflicts. */
function absorb(list: EntryList, ours: Record<string, unknown>, theirs: Entry, conflicts: FieldConflict[]): void {
  const id = String(ours.id);
  const links = new Set(LINKS[list].map(([field]) => field));
  for (const [field, value] of Object.entries(theirs)) {
    if (field === "id" || field === "aliases" || links.has(field)) continue;
    if (field === "name" && NAMED.has(list)) continue;
    const same =
      field === "name" && typeof value === "string"
        ? normalizeName(String(ours[field])) === normalizeName(value)
        : JSON.stringify(ours[field]) === JSON.stringify(value);
    if (ours[field] === undefined) ours[field] = value;
    else if (!same) conflicts.push({ list, id, field, a: ours[field], b: value });
  }
  if (!NAMED.has(list)) return;
  const known = namesOf(ours as Entry);
  known.add(normalizeName(id));
  const aliases = [...((ours.aliases as string[] | undefined) ?? [])];
  for (const name of [theirs.name, ...(theirs.aliases ?? [])]) {
    if (known.has(normalizeName(name))) continue;
    known.add(normalizeName(name));
    aliases.push(name);
  }
  if (aliases.length > 0) ours.aliases = aliases;
}
