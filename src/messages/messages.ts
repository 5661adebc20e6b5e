import type { FLAG_SEVERITY, FlagKind } from "../reconcile/flagKinds.js";
import type { QuestionStatus } from "../reconcile/reconciliation.js";
import type { Hedge } from "../model/claim.js";
import type { ScopeField } from "../model/scope.js";
import type { ValueMessages } from "../kinds/kindDefinition.js";

/** What a note may say about one side of a finding: its answer and who gives it. */
export interface NoteSide {
  readonly value: string;
  /** The question the side answers, in words (sides of one finding may answer different questions: parts of one whole). */
  readonly about?: string;
  readonly sources: readonly string[];
  /** The names of the origins behind the side (following `basedOn`). */
  readonly origins: readonly string[];
}

/** The facts a note is written from. */
export interface NoteFacts {
  readonly question: string;
  /**
   * The question of the first side that answers another question than the
   * finding's: the whole a part is set against, or the parts of a whole
   * (`jointly-exclusive`). When it is there, a note names each side's
   * question (`about`) where one question is not enough: a source's part and
   * whole at two dates (`revised`), its own parts against its own whole.
   */
  readonly whole?: string;
  readonly sides: readonly NoteSide[];
  readonly basis?: FlagKind;
  readonly said?: readonly [string, string];
}

/** What a chain sentence is written from: names, not ids. */
export interface ChainFacts {
  /** The asserting source. */
  readonly source: string;
  /** The relays, nearest the source first. */
  readonly via: readonly string[];
  /** The claims it is based on, each as its source and relays. */
  readonly bases: readonly { readonly source: string; readonly via: readonly string[] }[];
  /** The sources it ultimately rests on. */
  readonly origins: readonly string[];
}

/** What an agreement's sentence is written from. */
export interface AgreementFacts {
  readonly question: string;
  readonly value: string;
  readonly origins: readonly string[];
  readonly acrossParties: boolean;
}

/** The kinds of finding whose severity is `notice`: a report groups them, one line per kind. */
export type NoticeKind = { readonly [K in FlagKind]: (typeof FLAG_SEVERITY)[K] extends "notice" ? K : never }[FlagKind];

/**
 * What stands against a question's claims in another question, as the
 * question's own block says it: the whole its figure exceeds (`whole`), a
 * part that exceeds it (`part`), a refusal its figure stands against
 * (`refusal`), a figure its refusal stands against (`figure`), or anything
 * else (`other`).
 */
export type ElsewhereRole = "whole" | "part" | "refusal" | "figure" | "other";

/** The other side of a finding, in another question: its question, answer and sources, in words. */
export interface ElsewhereFacts {
  readonly question: string;
  readonly value: string;
  readonly sources: readonly string[];
  /** The finding's kind, in words. */
  readonly kind: string;
}

/** One incident of a batch, as the batch's summary lists it. */
export interface BatchEntryFacts {
  readonly title: string;
  readonly contradictions: number;
  readonly refusals: number;
}

/** The words of a report around the findings: headings, column names, the names of statuses and kinds. */
export interface ReportWords {
  readonly claims: (claims: number, sources: number, questions: number) => string;
  readonly headings: {
    readonly contested: string;
    readonly others: string;
    readonly findings: string;
    readonly agreements: string;
    readonly readings: string;
    readonly summary: string;
  };
  readonly columns: {
    readonly answer: string;
    readonly range: string;
    readonly independent: string;
    readonly chain: string;
    readonly hedge: string;
    readonly quote: string;
    readonly question: string;
    readonly status: string;
    readonly answers: string;
    readonly kind: string;
    readonly note: string;
  };
  readonly status: Readonly<Record<QuestionStatus, string>>;
  readonly kinds: Readonly<Record<FlagKind, string>>;
  readonly severity: { readonly contradiction: string; readonly notice: string };
  readonly hedges: Readonly<Record<Hedge, string>>;
  /** A colon as the language writes it before a list or a quote. */
  readonly colon: string;
  /** "2 independent origins: A, B". */
  readonly origins: (count: number, names: string) => string;
  readonly noContested: string;
  readonly noFindings: string;
  /** "Component 1 (…): 2 alternatives". */
  readonly component: (n: number, questions: string, count: number, exact: boolean) => string;
  readonly alternative: (says: string, sources: string) => string;
  readonly tooMany: string;
  readonly unopposed: (claims: number) => string;
  /** The status of a question whose figure stands against a refusal (its status is `withheld`, but a figure is shown). */
  readonly figureAgainstRefusal: string;
  /** What stands against the question in another question, said in the question's own block. */
  readonly elsewhere: Readonly<Record<ElsewhereRole, (facts: ElsewhereFacts) => string>>;
  /** The lines of the summary at the top of a report. */
  readonly overview: {
    /** Contradictions other than refusals, and the questions they are about. */
    readonly contradictions: (count: number, questions: string) => string;
    readonly noContradiction: string;
    /** Figures against a refusal, and the questions of the figures. */
    readonly refusals: (count: number, questions: string) => string;
    readonly noRefusal: string;
    readonly singleOrigin: (count: number, questions: string) => string;
    readonly noSingleOrigin: string;
    /** Agreements between independent origins, and those across parties ("Question: answer"). */
    readonly agreements: (count: number, acrossParties: number, facts: string) => string;
    readonly noAgreement: string;
    readonly readings: (count: number, exact: boolean) => string;
  };
  /** The line that groups the notices of one kind, before the list of their questions. */
  readonly notices: Readonly<Record<NoticeKind, (count: number) => string>>;
  /** Questions or facts listed in a line: their names hold commas, so the language's stronger separator joins them. */
  readonly series: (items: readonly string[]) => string;
  /** What a bounded list says of the items it leaves out: "and 12 more". */
  readonly more: (count: number) => string;
  /** The summary of several incidents reported together. */
  readonly batch: {
    readonly title: (incidents: number) => string;
    readonly lead: (incidents: number, withContradictions: number) => string;
    readonly entry: (facts: BatchEntryFacts) => string;
  };
}

/** The words of one language: a sentence per finding kind, and the pieces they are built of. */
export interface Messages extends ValueMessages {
  readonly lang: string;
  readonly notes: { readonly [K in FlagKind]: (facts: NoteFacts) => string };
  /** How a claim reached us: "Communiqué du JNIM, via RFI". */
  readonly chain: (facts: ChainFacts) => string;
  readonly agreement: (facts: AgreementFacts) => string;
  readonly scopeLabels: Readonly<Record<ScopeField, string>>;
  readonly not: (value: string) => string;
  /** Names or answers joined as the language does: "A, B and C". */
  readonly and: (items: readonly string[]) => string;
  /** The rest of a list a sentence does not name one by one: "12 more". */
  readonly more: (count: number) => string;
  /** Capitalises a sentence's first word. */
  readonly cap: (text: string) => string;
  readonly report: ReportWords;
}

/** Joins names with commas and a final conjunction: "A, B and C". */
export function joinWith(conjunction: string): (items: readonly string[]) => string {
  return (items) => (items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`);
}

/**
 * How many items of a list one sentence names: a note is read, not
 * searched, and a finding between a thousand figures or sources would
 * otherwise be a page long. The finding's data (`sides`, `sources`) and the
 * report's tables keep every one.
 *
 * @example
 * NAMED_IN_A_SENTENCE
 * //=> 10
 */
export const NAMED_IN_A_SENTENCE = 10;

/**
 * A list as a sentence names it: every item when there are at most
 * {@link NAMED_IN_A_SENTENCE}, else the first ones and the count of the
 * rest in the language's words, in their place as the last item.
 *
 * @example
 * fewOf(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"], (n) => `${n} more`)
 * //=> ["1", "2", "3", "4", "5", "6", "7", "8", "9", "3 more"]
 */
export function fewOf(items: readonly string[], more: (count: number) => string): readonly string[] {
  if (items.length <= NAMED_IN_A_SENTENCE) return items;
  const named = items.slice(0, NAMED_IN_A_SENTENCE - 1);
  return [...named, more(items.length - named.length)];
}

/** Capitalises the first letter of a text. */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
