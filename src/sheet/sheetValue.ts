import equal from "fast-deep-equal/es6/index.js";
import type { ValueKind } from "../values/valueKind.js";
import { normalizeName } from "../model/normalizeName.js";
import type { FacetDefinition, Vocabulary } from "../vocabulary/vocabulary.js";
import { readDateCell, type DateOrder } from "./sheetDate.js";
import { readCellWord, writeCellWord, type SheetLanguage } from "./sheetWords.js";
import { vocabularyWords, type VocabularyWords } from "./vocabularyWords.js";

/** How one kind of value is written in a cell, and read back. */
interface ValueSyntax {
  /** The value as a person writes it, or `undefined` when no cell syntax of the kind says it. */
  write(value: unknown): string | undefined;
  /** The value a (trimmed, non-blank) cell says; `words` reads a facet's names by their labels too, `order` a date's day and month. */
  read(text: string, facet: FacetDefinition, words: VocabularyWords | undefined, order: DateOrder | undefined): unknown;
}

/** The short forms of a quantity, each with the value it reads as. Numbers are whole or decimal. */
const QUANTITY_FORMS: readonly [RegExp, (m: RegExpMatchArray) => unknown][] = [
  [/^(\d+(?:\.\d+)?)$/u, (m) => Number(m[1])],
  [
    /^~\s*(\d+(?:\.\d+)?)(?:\s*(?:±|\+-|\+\/-)\s*(\d+(?:\.\d+)?))?$/u,
    (m) => (m[2] === undefined ? { approx: Number(m[1]) } : { approx: Number(m[1]), tolerance: Number(m[2]) }),
  ],
  [/^(\d+(?:\.\d+)?)\s*[-–]\s*(\d+(?:\.\d+)?)$/u, (m) => ({ min: Number(m[1]), max: Number(m[2]) })],
  [/^(?:>=|≥)\s*(\d+(?:\.\d+)?)$/u, (m) => ({ atLeast: Number(m[1]) })],
  [/^(?:<=|≤)\s*(\d+(?:\.\d+)?)$/u, (m) => ({ atMost: Number(m[1]) })],
];

/** A name of the facet's list, whatever case or accents the cell gives it, or by a label of the vocabulary; other names as written. */
function listed(name: string, facet: FacetDefinition, words: VocabularyWords | undefined): string {
  if (words !== undefined) return words.value(name, facet) ?? name;
  const values = facet.values ?? [];
  if (values.includes(name)) return name;
  const folded = normalizeName(name);
  return values.find((v) => normalizeName(v) === folded) ?? name;
}

const asIs: ValueSyntax = { write: (value) => (typeof value === "string" ? value : undefined), read: (text) => text };

/**
 * A time is written in ISO 8601, a range as ISO 8601 writes intervals:
 * `from/to`. It is read in a spreadsheet's forms too (`24/11/2023`,
 * `45254`), as {@link readDateCell} reads them.
 */
const range: ValueSyntax = {
  write: (value) => (typeof value === "string" ? value : isRange(value) ? `${value.from}/${value.to}` : undefined),
  read: (text, _facet, _words, order) => readDateCell(text, order, true).value,
};

/**
 * Each kind's cell syntax. Quantities take the short forms an analyst types
 * (`12`, `~50`, `~50±5`, `45-55`, `>=6`, `<=10`, `withheld`, `unknown`);
 * anything else is the source's words, kept as `{ phrase }` for the lexicon
 * to read when the incident is parsed.
 */
const SYNTAX: Readonly<Record<ValueKind, ValueSyntax>> = {
  quantity: {
    write(value) {
      if (typeof value === "number" || value === "withheld" || value === "unknown") return String(value);
      if (typeof value !== "object" || value === null) return undefined;
      const q = value as Record<string, unknown>;
      const keys = Object.keys(q).sort().join(",");
      if (keys === "approx") return `~${q.approx}`;
      if (keys === "approx,tolerance") return `~${q.approx}±${q.tolerance}`;
      if (keys === "max,min") return `${q.min}-${q.max}`;
      if (keys === "atLeast") return `>=${q.atLeast}`;
      if (keys === "atMost") return `<=${q.atMost}`;
      if (keys === "phrase" && typeof q.phrase === "string") return q.phrase;
      return undefined;
    },
    read(text) {
      for (const [form, value] of QUANTITY_FORMS) {
        const match = text.match(form);
        if (match) return value(match);
      }
      return readCellWord("quantity", text) ?? { phrase: text };
    },
  },
  category: { write: asIs.write, read: listed },
  set: {
    write: (value) => (Array.isArray(value) && value.every((v) => typeof v === "string") ? value.join("; ") : undefined),
    read: (text, facet, words) =>
      text
        .split(";")
        .map((name) => name.trim())
        .filter((name) => name !== "")
        .map((name) => listed(name, facet, words)),
  },
  time: range,
  place: asIs,
  actor: asIs,
  text: asIs,
};

/** A facet the vocabulary does not know: its values are read as text, or as numbers when they are numbers. */
const UNKNOWN_FACET: ValueSyntax = {
  write: (value) => (typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined),
  read: (text) => (/^\d+(?:\.\d+)?$/u.test(text) ? Number(text) : text),
};

function syntaxOf(facet: FacetDefinition | undefined): ValueSyntax {
  return facet ? SYNTAX[facet.kind] : UNKNOWN_FACET;
}

/** Options of {@link writeSheetValue} and {@link readSheetValue}. */
export interface SheetValueOptions {
  /** The vocabulary whose labels name a facet's values in a cell (« pris » for `captured`). */
  readonly vocabulary?: Vocabulary | undefined;
  /** The language a value is written in: `"fr"` writes « non communiqué », « pris », « tirs d'obus ». Default: `"en"`. */
  readonly lang?: SheetLanguage | undefined;
  /** The order of day and month that reads a date such as `03/04/2024`; none by default, and it is read as written. */
  readonly dateOrder?: DateOrder | undefined;
}

/** A value in a language's words, or `undefined` when its words are the format's own: a refusal, a facet's names by their labels. */
function localWords(value: unknown, facet: FacetDefinition | undefined, words: VocabularyWords | undefined, lang: SheetLanguage): string | undefined {
  if (facet === undefined || lang === "en") return undefined;
  if (facet.kind === "quantity") return value === "withheld" || value === "unknown" ? writeCellWord("quantity", value, lang) : undefined;
  if (words === undefined) return undefined;
  const label = (name: string) => (facet.values?.includes(name) ? words.write("values", name, lang, facet) : name);
  if (facet.kind === "category" && typeof value === "string") return label(value);
  if (facet.kind === "set" && Array.isArray(value) && value.every((v) => typeof v === "string")) return value.map(label).join("; ");
  return undefined;
}

/**
 * A claim's value as a cell: the form a person would write when it reads
 * back as the same value — in French with `lang: "fr"`, the words that do —
 * else its JSON (`{"approx":50,"phrase":"…"}`), else `undefined` (the value
 * then goes in the row's `more`).
 *
 * @example
 * [writeSheetValue({ approx: 50 }, conflict.facets.killed), writeSheetValue(["vbied", "shelling"], conflict.facets.means), writeSheetValue("captured", conflict.facets.control, { vocabulary: conflict, lang: "fr" })]
 * //=> ["~50", "vbied; shelling", "pris"]
 */
export function writeSheetValue(value: unknown, facet: FacetDefinition | undefined, options: SheetValueOptions = {}): string | undefined {
  const words = options.vocabulary === undefined ? undefined : vocabularyWords(options.vocabulary);
  const readsBack = (written: string | undefined): written is string =>
    written !== undefined && written.trim() === written && written !== "" && equal(readSheetValue(written, facet, options), value);
  const local = localWords(value, facet, words, options.lang ?? "en");
  if (readsBack(local)) return local;
  const written = syntaxOf(facet).write(value);
  if (readsBack(written)) return written;
  const json = JSON.stringify(value);
  return typeof value === "object" && value !== null && equal(readSheetValue(json, facet, options), value) ? json : undefined;
}

/**
 * The value a cell says, for a facet: its kind's syntax, or JSON when the
 * cell holds a JSON object or list. Words are read in every language a
 * sheet is (« inconnu » is `unknown`), and a facet's names by any label of
 * the vocabulary, when one is given.
 *
 * @example
 * [readSheetValue("45-55", conflict.facets.killed), readSheetValue("une cinquantaine", conflict.facets.killed), readSheetValue("Captured", conflict.facets.control), readSheetValue("pris", conflict.facets.control, { vocabulary: conflict })]
 * //=> [{ min: 45, max: 55 }, { phrase: "une cinquantaine" }, "captured", "captured"]
 */
export function readSheetValue(text: string, facet: FacetDefinition | undefined, options: SheetValueOptions = {}): unknown {
  const trimmed = text.trim();
  if (/^[[{]/u.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as unknown;
    } catch {
      // Not JSON: the kind's own syntax reads it (a phrase may start with a bracket).
    }
  }
  const words = options.vocabulary === undefined ? undefined : vocabularyWords(options.vocabulary);
  return facet ? syntaxOf(facet).read(trimmed, facet, words, options.dateOrder) : UNKNOWN_FACET.read(trimmed, { kind: "text" }, undefined, undefined);
}

function isRange(value: unknown): value is { from: string; to: string } {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.keys(value).sort().join(",") === "from,to";
}
