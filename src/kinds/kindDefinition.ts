import type * as z from "zod";
import type { FacetDefinition } from "../vocabulary/vocabulary.js";
import type { IncidentIndex } from "../resolve/incidentIndex.js";
import type { Interval } from "../values/interval.js";
import type { Relation } from "./relation.js";
import type { PhraseProblem } from "../lexicon/phraseCount.js";

/** What a kind's functions may consult: the incident's names and the facet's rules. */
export interface KindContext {
  readonly index: IncidentIndex;
  readonly facet: FacetDefinition;
  /** The language of the claim's words: its own `lang`, else the incident's. */
  readonly lang?: string | undefined;
}

/**
 * A name a value uses that nothing defines: `what` it should have been (a
 * category of the facet, a place, an actor), the name, and the names that
 * would have been accepted, for a "did you mean".
 */
export interface UnknownName {
  readonly what: string;
  readonly name: string;
  readonly known: readonly string[];
}

/** Words in a value that cannot be read (a quantity's phrase), and why, as data. */
export interface UnreadablePhrase {
  readonly problem: "unreadable-phrase";
  readonly reason: PhraseProblem;
}

/** Something wrong with a structurally valid value. */
export type ValueProblem = UnknownName | UnreadablePhrase;

/**
 * A value in the form the engine compares: references resolved, names folded.
 *
 * `key` identifies a position (two claims with the same key say the same
 * thing); `value` is the JSON shown for that position; `range` is the interval
 * behind quantities and times (as numbers and as display bounds).
 */
export interface Canonical<C> {
  readonly key: string;
  readonly value: unknown;
  readonly data: C;
  readonly interval?: Interval;
  readonly range?: { readonly low: number | string; readonly high: number | string | null };
}

/**
 * One thing a value asserts on its own, for agreements: a set asserts each of
 * its names (two sources naming shelling agree on it, whatever else each
 * names); most values assert just themselves; a refusal asserts nothing
 * about the incident. `key` identifies the fact within its question.
 */
export interface Fact {
  readonly key: string;
  readonly value: unknown;
}

/** The facts of a value that asserts exactly itself. */
export function wholeValue(canonical: Canonical<unknown>): readonly Fact[] {
  return [{ key: canonical.key, value: canonical.value }];
}

/**
 * The words of one language a kind puts a value in: the quantity phrases,
 * how a list is joined and how a text is quoted. The words layer's
 * `Messages` holds them among its sentences.
 */
export interface ValueMessages {
  readonly quantity: {
    readonly approx: (n: string) => string;
    readonly range: (low: string, high: string) => string;
    readonly atLeast: (n: string) => string;
    readonly atMost: (n: string) => string;
    readonly withheld: string;
    readonly unknown: string;
  };
  readonly list: (items: readonly string[]) => string;
  /** A text value or a source's words, in the language's quotation marks. */
  readonly quote: (text: string) => string;
}

/**
 * What a kind may use to put a value in words: the language's quantity
 * phrases, list joiner and quotation marks, the names of places and actors,
 * and the vocabulary's labels for names.
 */
export interface ValueWords {
  readonly messages: ValueMessages;
  place(id: string): string;
  actor(id: string): string;
  /** A category value or set name, as the vocabulary labels it in this language. */
  label(name: string): string;
}

/**
 * What a kind's author writes (DESIGN §2): one hook per question the engine
 * asks of a value, each typed by the kind's value `V` — as its zod schema
 * gives it — and by its comparable form `C`. {@link defineKind} turns it into
 * the {@link KindDefinition} the engine's table holds.
 */
export interface KindSpec<V, C> {
  /** The zod schema a claim's `value` must satisfy for a facet of this kind. */
  readonly schema: z.ZodType<V>;
  /** Resolves a checked value into its comparable form. */
  canonical(value: V, context: KindContext): Canonical<C>;
  /**
   * What is wrong with a structurally valid value: names that the incident or
   * the facet does not know (an unknown category, place or actor), or words
   * that cannot be read; empty when the value is sound.
   */
  check(value: V, context: KindContext): readonly ValueProblem[];
  /** How two asserted values with different keys relate. Must be symmetric. */
  compare(a: C, b: C, context: KindContext): Relation;
  /** Whether asserting `asserted` contradicts a claim that `negated` is not so. */
  contradictsNegation(asserted: C, negated: C, context: KindContext): boolean;
  /** The facts a value asserts, which sources can agree on one by one (see {@link Fact}). */
  facts(canonical: Canonical<C>): readonly Fact[];
  /**
   * Whether a value answers its question. A refusal (`withheld`) or an
   * admitted ignorance (`unknown`) says something about the source, not about
   * the incident: a question no one answers is neither single-source nor
   * answered by parties only. Every value of most kinds answers.
   */
  answers(canonical: Canonical<C>): boolean;
  /**
   * The sets of a question's positions that can hold two by two but not all
   * at once (as indexes into `positions`), which `compare` cannot see pair by
   * pair. Kinds whose conflicts are all between two values give none.
   */
  together(positions: readonly { readonly canonical: Canonical<C>; readonly not: boolean }[]): readonly (readonly number[])[];
  /** A position's value (as a reconciliation shows it) in words, for notes and reports. */
  describe(value: V, words: ValueWords): string;
  /**
   * Whether the values count things, so that a part's answer may not exceed
   * its whole's and disjoint parts add up within their whole: only such
   * kinds are compared across parts and wholes (their figure is the
   * canonical form's `interval`), and only their facets may be `partOf`
   * another. Absent: the kind does not count (every kind but quantities).
   */
  readonly counts?: boolean;
  /**
   * Whether a value declines to answer (a refusal, `withheld`): it stands
   * against any figure, of its own scope and of every narrower one, and a
   * finding tells it after the figure. Absent: no value of the kind refuses.
   */
  refuses?(canonical: Canonical<C>): boolean;
}

/**
 * A kind as the engine's table holds it: the same hooks, over values whose
 * type the table does not know. The engine only ever hands a kind the values
 * its own schema checked when the incident was parsed, and the comparable
 * forms its own `canonical` made.
 */
export type KindDefinition = KindSpec<unknown, unknown>;

/**
 * Registers a kind: its hooks typed by its value and comparable form, so
 * that no hook needs a cast, and the one place where the table forgets those
 * types is here. (valibot's schemas each own their typed `_parse` the same
 * way.)
 *
 * @param spec - The kind's schema and hooks.
 * @returns The kind as the engine's table holds it.
 */
export function defineKind<V, C>(spec: KindSpec<V, C>): KindDefinition {
  // Sound because a kind is only ever given what its schema accepted and what its canonical returned (see KindDefinition).
  return spec as unknown as KindDefinition;
}
