import type { Item } from "../model/item.js";
import { normalizeName } from "../model/normalizeName.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";

/** How the `item` of a claim is read: the items an incident and its vocabulary declare. */
export interface ItemNames {
  /** Whether any item is declared; when none is, an `item` is free text, compared folded. */
  readonly declared: boolean;
  /** The item id a reference names (id, name or alias, ignoring case, accents and punctuation). */
  itemId(reference: string): string | undefined;
  /** Every id, name and alias, for a "did you mean". */
  known(): readonly string[];
}

/** A folded name → id table, and every name as written. */
interface NameTable {
  readonly ids: ReadonlySet<string>;
  readonly folded: ReadonlyMap<string, string>;
  readonly names: readonly string[];
}

/** The vocabulary's table is built once per vocabulary, not once per incident. */
const vocabularyTables = new WeakMap<object, NameTable>();

/**
 * The items an incident may count: those it declares itself, then its
 * vocabulary's. An incident's own declaration wins over the vocabulary's
 * for the same name, and an id always wins over another item's alias.
 *
 * @example
 * itemNames([], conflict).itemId("Véhicules")
 * //=> "vehicles"
 */
export function itemNames(declared: readonly Item[] | undefined, vocabulary?: Vocabulary): ItemNames {
  const own = table((declared ?? []).map((item) => [item.id, [item.name, ...(item.aliases ?? [])]] as const));
  const items = vocabulary?.items;
  let shared: NameTable | undefined;
  if (items !== undefined) {
    shared = vocabularyTables.get(items);
    if (!shared) vocabularyTables.set(items, (shared = table(Object.entries(items).map(([id, item]) => [id, item.aliases ?? []] as const))));
  }
  const tables = shared ? [own, shared] : [own];
  return {
    declared: tables.some((t) => t.ids.size > 0),
    itemId(reference) {
      for (const t of tables) if (t.ids.has(reference)) return reference;
      const folded = normalizeName(reference);
      for (const t of tables) {
        const id = t.folded.get(folded);
        if (id !== undefined) return id;
      }
      return undefined;
    },
    known: () => tables.flatMap((t) => t.names),
  };
}

function table(entries: readonly (readonly [string, readonly string[]])[]): NameTable {
  const folded = new Map<string, string>();
  for (const [id, names] of entries) for (const name of names) if (!folded.has(normalizeName(name))) folded.set(normalizeName(name), id);
  for (const [id] of entries) folded.set(normalizeName(id), id);
  return { ids: new Set(entries.map(([id]) => id)), folded, names: entries.flatMap(([id, names]) => [id, ...names]) };
}
