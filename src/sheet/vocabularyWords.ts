import { normalizeName } from "../model/normalizeName.js";
import type { FacetDefinition, Vocabulary, VocabularyLabels } from "../vocabulary/vocabulary.js";
import type { SheetLanguage } from "./sheetWords.js";

/** The parts of a vocabulary a sheet names in its cells: facets, the names of category and set values, groups of people. */
type LabelledPart = "facets" | "values" | "groups";

/**
 * A vocabulary's names as a sheet's cells may write them: by the name
 * itself, folded ({@link normalizeName}), or by a label of any language the
 * vocabulary labels (`labels.fr.facets.killed = "tués"`), so that a French
 * sheet's « tués », « pris » and « soldats » read as `killed`, `captured`
 * and `soldiers`, and a user vocabulary's own labels work too.
 */
export interface VocabularyWords {
  /** The facet a `facet` cell names, or `undefined` when none or several do. */
  readonly facet: (cell: string) => string | undefined;
  /** The group a `group` cell names, or `undefined`. */
  readonly group: (cell: string) => string | undefined;
  /** The name of a facet's list a value (or one name of a set) writes, or `undefined`. */
  readonly value: (cell: string, facet: FacetDefinition) => string | undefined;
  /** What a sheet in `lang` writes for a facet, a value or a group: its label when it reads back as the name, else the name. */
  readonly write: (part: LabelledPart, name: string, lang: SheetLanguage, facet?: FacetDefinition) => string;
}

const known = new WeakMap<Vocabulary, VocabularyWords>();

/** The {@link VocabularyWords} of a vocabulary, built once per vocabulary. */
export function vocabularyWords(vocabulary: Vocabulary): VocabularyWords {
  let words = known.get(vocabulary);
  if (words === undefined) known.set(vocabulary, (words = buildWords(vocabulary)));
  return words;
}

function buildWords(vocabulary: Vocabulary): VocabularyWords {
  const labels: readonly VocabularyLabels[] = Object.values(vocabulary.labels ?? {});
  const facets = Object.keys(vocabulary.facets);
  const groups = [...new Set(Object.entries(vocabulary.groups ?? {}).flatMap(([group, wholes]) => [group, ...wholes]))];
  const values = [...new Set(Object.values(vocabulary.facets).flatMap((facet) => facet.values ?? []))];
  const lookups = {
    facets: lookup(facets, labels, "facets"),
    groups: lookup(groups, labels, "groups"),
    values: lookup(values, labels, "values"),
  };
  const listedValue = (cell: string, facet: FacetDefinition) => lookups.values(cell, facet.values ?? []);
  const read: Readonly<Record<LabelledPart, (cell: string, facet?: FacetDefinition) => string | undefined>> = {
    facets: (cell) => lookups.facets(cell, facets),
    groups: (cell) => lookups.groups(cell, groups),
    values: (cell, facet) => (facet === undefined ? undefined : listedValue(cell, facet)),
  };
  return {
    facet: read.facets,
    group: read.groups,
    value: listedValue,
    write(part, name, lang, facet) {
      const label = lang === "en" ? undefined : labelOf(vocabulary, lang, part, name);
      return label !== undefined && read[part](label, facet) === name ? label : name;
    },
  };
}

/**
 * Finds a name among `among` from a cell: the name as written, then the name
 * folded, then a label folded; a cell that folds to several names is none.
 */
function lookup(
  names: readonly string[],
  labels: readonly VocabularyLabels[],
  part: LabelledPart,
): (cell: string, among: readonly string[]) => string | undefined {
  const byName = new Map<string, Set<string>>();
  const byLabel = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, name: string) => {
    const set = map.get(key);
    if (set === undefined) map.set(key, new Set([name]));
    else set.add(name);
  };
  for (const name of names) add(byName, normalizeName(name), name);
  for (const table of labels) {
    for (const [name, label] of Object.entries(table[part] ?? {})) if (names.includes(name)) add(byLabel, normalizeName(label), name);
  }
  return (cell, among) => {
    if (among.includes(cell)) return cell;
    const key = normalizeName(cell);
    for (const map of [byName, byLabel]) {
      const found = [...(map.get(key) ?? [])].filter((name) => among.includes(name));
      if (found.length === 1) return found[0];
      if (found.length > 1) return undefined;
    }
    return undefined;
  };
}

function labelOf(vocabulary: Vocabulary, lang: string, part: LabelledPart, name: string): string | undefined {
  const labels = vocabulary.labels;
  const table = labels !== undefined && Object.hasOwn(labels, lang) ? labels[lang]?.[part] : undefined;
  return table !== undefined && Object.hasOwn(table, name) ? table[name] : undefined;
}
