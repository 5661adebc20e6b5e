import type { Hedge } from "../model/claim.js";
import type { SourceKind } from "../model/source.js";
import type { ScopeField } from "../model/scope.js";
import type { ValueKind } from "../values/valueKind.js";
import type { FlagKind, Severity } from "./flagKinds.js";

/** Where a question stands (DESIGN §4). */
export type QuestionStatus = "agreed" | "compatible" | "contested" | "single-source" | "withheld";

/**
 * One distinct answer to a question, with everyone behind it. Claims are
 * sorted by id; sources and origins are listed in the order of the first
 * claim (by id) that brings each in, never by name or by weight.
 */
export interface Position {
  /** The answer, with references resolved to ids (a quantity without its phrase). */
  readonly value: unknown;
  /** True when the claims assert that the value does *not* hold. */
  readonly not: boolean;
  /** For quantities and times: the interval the value covers (`high` is `null` when open-ended). */
  readonly range?: { readonly low: number | string; readonly high: number | string | null };
  /** The source's own words for quantities given as phrases. */
  readonly phrases?: readonly string[];
  readonly claims: readonly string[];
  /** The sources asserting it (not the relays). */
  readonly sources: readonly string[];
  /** The sources it ultimately comes from, following `basedOn`. */
  readonly origins: readonly string[];
  /** How many independent origins stand behind it. */
  readonly independent: number;
  /** The hedges its claims use (`asserted` when none is given), in the order of {@link HedgeSchema}. */
  readonly hedges: readonly Hedge[];
}

/** One question some claim answers: a facet and a scope, and its positions. */
export interface Question {
  /** A stable key such as `killed|party=fama|place=niafunke`. */
  readonly key: string;
  readonly facet: string;
  readonly kind: ValueKind;
  /** The scope with references resolved to ids; only the fields that are set. */
  readonly scope: Readonly<Partial<Record<ScopeField, string>>>;
  readonly status: QuestionStatus;
  readonly positions: readonly Position[];
  readonly claims: readonly string[];
  /** The distinct origins of its claims (see {@link ClaimProvenance.origins}). */
  readonly origins: readonly string[];
  /** How many independent origins answer it: `single-source` when one. */
  readonly independent: number;
  /**
   * The answers of each source that answered it on two or more `said` dates,
   * date by date; `revised` findings are read from these.
   */
  readonly history: readonly SourceHistory[];
}

/** One source's answers to one question over time, earliest `said` first. */
export interface SourceHistory {
  readonly source: string;
  readonly steps: readonly {
    readonly said: string;
    /** The claims the source made on that date, sorted by id. */
    readonly claims: readonly string[];
    /** The positions they hold, as indexes into the question's `positions`. */
    readonly positions: readonly number[];
  }[];
}

/**
 * Where a claim comes from: who asserts it (`source`), through whom it
 * reached us (`via`, nearest the source first), which claims it repeats
 * (`basedOn`), and its `origins` — the sources of the claims it ultimately
 * rests on, following `basedOn` to the end (its own source when it rests on
 * nothing). A relay is never an origin: RFI relaying the group's statement
 * is the group's word, once.
 */
export interface ClaimProvenance {
  readonly claim: string;
  /** The key of the question the claim answers. */
  readonly question: string;
  readonly source: string;
  readonly via: readonly string[];
  readonly basedOn: readonly string[];
  /** Sorted by the ids of the root claims that bring them in. */
  readonly origins: readonly string[];
  /** The chain in words: "Communiqué du JNIM, via RFI". */
  readonly chain: string;
  /** When the source said it, as given. */
  readonly said?: string;
  /** How it is put (`asserted` when the claim says nothing). */
  readonly hedge: Hedge;
  /** The source's own words, exactly as given, and their language. */
  readonly quote?: string;
  readonly lang?: string;
}

/** A source as reports name it. */
export interface SourceName {
  readonly name: string;
  readonly kind: SourceKind;
  /** For a party source: the side (actor id) it speaks for. */
  readonly actor?: string;
}

/** The names behind the ids a reconciliation uses, so that it can be read and reported on its own. */
export interface Names {
  /** Every source that asserts or relays a claim, in the order of the first claim (by id) naming it. */
  readonly sources: Readonly<Record<string, SourceName>>;
  /** Actor ids to names, by id. */
  readonly actors: Readonly<Record<string, string>>;
  /** Place ids to names, by id. */
  readonly places: Readonly<Record<string, string>>;
  /**
   * The items of the questions as written: an item the incident declares by
   * its name, an item no list declares by the words of its first claim (by
   * id), keyed as question keys hold them. Absent when there is none.
   */
  readonly items?: Readonly<Record<string, string>>;
  /**
   * The targets of the questions as first written (by claim id), keyed by the
   * folded form question keys hold: "Camp-Nord HQ" for `camp nord hq`.
   * Absent when no question has a target.
   */
  readonly targets?: Readonly<Record<string, string>>;
}

/**
 * A fact on which independent origins agree: the same answer to one
 * question (for sets, the same name) from two or more distinct origins.
 * Agreements between party sources of different sides — neither side part
 * of the other — are marked `acrossParties`: the army and the group agreeing
 * that Goundam was shelled.
 */
export interface Agreement {
  readonly question: string;
  /** The fact agreed on, as a position shows it (for sets, a one-name list). */
  readonly value: unknown;
  readonly not: boolean;
  /** Every claim asserting the fact, sorted by id. */
  readonly claims: readonly string[];
  readonly sources: readonly string[];
  readonly origins: readonly string[];
  readonly independent: number;
  /** The sides (actor ids) of the party sources among the origins. */
  readonly parties: readonly string[];
  readonly acrossParties: boolean;
  /** One neutral sentence. */
  readonly note: string;
}

/**
 * One finding. `claims` lists every claim involved and `sides` the claim ids
 * on each side; `sources` the asserting sources involved; `note` is one
 * neutral sentence. `question` is the question the finding is about (for
 * findings between a part and its whole, the part); `questions` lists every
 * question involved.
 */
export interface Flag {
  readonly kind: FlagKind;
  readonly severity: Severity;
  readonly question: string;
  readonly questions: readonly string[];
  readonly claims: readonly string[];
  readonly sides: readonly (readonly string[])[];
  readonly sources: readonly string[];
  /** For `self`: the kind of contradiction the source makes with itself. */
  readonly basis?: FlagKind;
  /** For `revised`: the two `said` dates. */
  readonly said?: readonly [string, string];
  readonly note: string;
}

/** A finding as data, before it is put in words: a {@link Flag} without its note. */
export type FlagData = Omit<Flag, "note">;
/** An agreement as data: an {@link Agreement} without its note. */
export type AgreementData = Omit<Agreement, "note">;
/** A claim's provenance as data: a {@link ClaimProvenance} without its chain in words. */
export type ProvenanceData = Omit<ClaimProvenance, "chain">;

/**
 * What `reconcile(incident, { words: false })` returns: the findings as data,
 * with no sentence in them — for pipelines that read the data and never the
 * notes. A {@link Reconciliation} is the same data with its words.
 */
export interface Findings {
  /** The incident's id. */
  readonly incident: string;
  /** The incident's title, when it has one. */
  readonly title?: string;
  /** The vocabulary the facets were read in. */
  readonly vocabulary: string;
  readonly questions: readonly Question[];
  readonly flags: readonly FlagData[];
  /** The facts independent origins agree on, by question. */
  readonly agreements: readonly AgreementData[];
  /** Where each claim comes from, with its words, sorted by claim id. */
  readonly provenance: readonly ProvenanceData[];
  readonly names: Names;
}

/** What {@link reconcile} returns: plain, JSON-serialisable data, with a neutral sentence for each finding. */
export interface Reconciliation extends Findings {
  /** The language the notes and chains are written in. */
  readonly lang: string;
  readonly flags: readonly Flag[];
  readonly agreements: readonly Agreement[];
  readonly provenance: readonly ClaimProvenance[];
}
