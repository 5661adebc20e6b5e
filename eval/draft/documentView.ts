import { HedgeSchema, SCOPE_FIELDS, type Hedge } from "../../src/index.js";
import { foldName } from "./names.js";

/** An actor, place or source as the scorer reads it: its id and every name it goes by. */
export interface Entry {
  readonly id: string;
  /** The entry's name, or its id when it has none. */
  readonly name: string;
  /** The id, the name and the aliases. */
  readonly names: readonly string[];
  /** Ids of the enclosing entries: a place's `in`, an actor's `partOf`. */
  readonly parents: readonly string[];
  /** A source's kind (`party`, `media`, …). */
  readonly kind?: string;
  /** A party source's actor reference. */
  readonly actor?: string;
}

/** A claim as the scorer reads it, with its source's and relays' names for the report. */
export interface ClaimView {
  /** The claim's position in its document's `claims`. */
  readonly index: number;
  readonly id: string;
  readonly facet: string;
  readonly scope: Readonly<Record<string, unknown>>;
  readonly value: unknown;
  readonly not: boolean;
  /** `asserted` when the claim gives none. */
  readonly hedge: Hedge;
  readonly source: string;
  readonly sourceName: string;
  readonly via: readonly string[];
  readonly viaNames: readonly string[];
  readonly quote?: string;
  /** The claim's own language, else the document's. */
  readonly lang?: string;
}

/** A gold or drafted incident document, read leniently: what is malformed is left out, never thrown at. */
export interface DocumentView {
  readonly lang?: string;
  readonly claims: readonly ClaimView[];
  readonly sources: ReadonlyMap<string, Entry>;
  readonly actors: readonly Entry[];
  readonly places: readonly Entry[];
  /** The source that is the article's own voice, if one can be told (see {@link narratorOf}). */
  readonly narrator?: string;
}

/**
 * Reads an incident document — a checked gold or whatever a drafter
 * returned — into a {@link DocumentView}. Entries without an id are
 * skipped; a claim that is not an object still counts, with facet `"?"`, so
 * that it can be a false positive.
 *
 * @example
 * readDocument({ lang: "fr", sources: [{ id: "afp", name: "AFP", kind: "media" }], claims: [] }).sources.get("afp")?.names
 * //=> ["afp", "AFP"]
 */
export function readDocument(document: unknown): DocumentView {
  const doc = record(document) ?? {};
  const lang = text(doc.lang);
  const sources = new Map(entries(doc.sources).map((entry) => [entry.id, entry]));
  const rawSources = list(doc.sources).map(record);
  const claims = list(doc.claims).map((raw, index) => readClaim(raw, index, lang, sources));
  const narrator = narratorOf(rawSources, claims, sources);
  return {
    ...(lang === undefined ? {} : { lang }),
    claims,
    sources,
    actors: entries(doc.actors),
    places: entries(doc.places),
    ...(narrator === undefined ? {} : { narrator }),
  };
}

/**
 * The entry a reference names — by id, name or alias, folded as DESIGN §1
 * asks — or, when none does, a bare entry holding the reference itself.
 *
 * @example
 * resolve([{ id: "fama", name: "FAMa", names: ["fama", "FAMa", "armée malienne"], parents: [] }], "Armée malienne").id
 * //=> "fama"
 */
export function resolve(entries: readonly Entry[], reference: string): Entry {
  const folded = foldName(reference);
  return entries.find((entry) => entry.names.some((name) => foldName(name) === folded)) ?? { id: reference, name: reference, names: [reference], parents: [] };
}

/**
 * An entry and every entry enclosing it (a camp, its town, its region; a
 * katiba, its group), nearest first, stopping at a cycle.
 */
export function withParents(entries: readonly Entry[], entry: Entry): Entry[] {
  const chain = [entry];
  const seen = new Set([entry.id]);
  for (let i = 0; i < chain.length; i += 1) {
    for (const parent of chain[i]!.parents) {
      if (seen.has(parent)) continue;
      seen.add(parent);
      chain.push(resolve(entries, parent));
    }
  }
  return chain;
}

/**
 * The source that is the article's own voice (the journalist's narration),
 * told by, in order: a source marked `narrator: true` (as the gold documents
 * mark theirs); a `media` source named « Article … » (the seeds' « Article
 * (non signé) »); the `media` source that ends the most `via` chains (the
 * outlet through which the others reach us; the first listed wins a tie);
 * the only `media` source, when there is one.
 */
export function narratorOf(
  rawSources: readonly (Record<string, unknown> | undefined)[],
  claims: readonly ClaimView[],
  sources: ReadonlyMap<string, Entry>,
): string | undefined {
  const marked = rawSources.find((source) => source?.narrator === true && typeof source.id === "string");
  if (marked) return marked.id as string;
  const media = [...sources.values()].filter((source) => source.kind === "media");
  const article = media.find((source) => /^article( |$)/u.test(foldName(source.name)));
  if (article) return article.id;
  const ends = new Map<string, number>();
  for (const claim of claims) {
    const last = claim.via.at(-1);
    if (last !== undefined) ends.set(last, (ends.get(last) ?? 0) + 1);
  }
  let best: Entry | undefined;
  for (const source of media) if ((ends.get(source.id) ?? 0) > (best === undefined ? 0 : (ends.get(best.id) ?? 0))) best = source;
  return best?.id ?? (media.length === 1 ? media[0]!.id : undefined);
}

function readClaim(raw: unknown, index: number, docLang: string | undefined, sources: ReadonlyMap<string, Entry>): ClaimView {
  const claim = record(raw) ?? {};
  const about = record(claim.about) ?? {};
  const source = text(claim.source) ?? "?";
  const via = list(claim.via).filter((id): id is string => typeof id === "string");
  const hedge = HedgeSchema.safeParse(claim.hedge);
  const quote = text(claim.quote);
  const lang = text(claim.lang) ?? docLang;
  const nameOf = (id: string) => sources.get(id)?.name ?? id;
  return {
    index,
    id: text(claim.id) ?? `#${index}`,
    facet: text(about.facet) ?? "?",
    scope: Object.fromEntries(SCOPE_FIELDS.filter((field) => about[field] !== undefined).map((field) => [field, about[field]])),
    value: claim.value,
    not: claim.not === true,
    hedge: hedge.success ? hedge.data : "asserted",
    source,
    sourceName: nameOf(source),
    via,
    viaNames: via.map(nameOf),
    ...(quote === undefined ? {} : { quote }),
    ...(lang === undefined ? {} : { lang }),
  };
}

function entries(value: unknown): Entry[] {
  return list(value).flatMap((raw) => {
    const entry = record(raw);
    const id = text(entry?.id);
    if (entry === undefined || id === undefined) return [];
    const name = text(entry.name);
    const aliases = list(entry.aliases).filter((alias): alias is string => typeof alias === "string");
    const parents = [text(entry.in), ...list(entry.partOf)].filter((parent): parent is string => typeof parent === "string");
    const kind = text(entry.kind);
    const actor = text(entry.actor);
    return [
      {
        id,
        name: name ?? id,
        names: [id, ...(name === undefined ? [] : [name]), ...aliases],
        parents,
        ...(kind === undefined ? {} : { kind }),
        ...(actor === undefined ? {} : { actor }),
      },
    ];
  });
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}
