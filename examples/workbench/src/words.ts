import type { Hedge, SourceKind } from "contested";
import { en } from "./words/en.js";
import { fr } from "./words/fr.js";

/**
 * The languages of the interface: the library's own (its reports, notes and
 * issues are written in both).
 *
 * @example
 * UI_LANGUAGES
 * //=> ["en", "fr"]
 */
export const UI_LANGUAGES = ["en", "fr"] as const;

/** One of {@link UI_LANGUAGES}. */
export type UiLang = (typeof UI_LANGUAGES)[number];

/** Every word of the interface, in one language. */
export interface Words {
  readonly languageName: string;
  readonly appTitle: string;
  readonly tagline: string;
  readonly interfaceLanguage: string;
  readonly skip: string;
  readonly undo: string;
  readonly redo: string;
  readonly savedHere: string;
  readonly newIncident: string;
  readonly toolbar: string;
  readonly intakeTitle: string;
  readonly pasteLabel: string;
  readonly pasteHelp: string;
  readonly fileLabel: string;
  readonly articleLang: string;
  readonly detectLanguage: string;
  readonly sample: string;
  readonly detected: Readonly<Record<"empty" | "json" | "csv" | "article", string>>;
  readonly readAs: Readonly<Record<"empty" | "json" | "csv" | "article", string>>;
  readonly notJson: (detail: string) => string;
  readonly rowsLeftOut: (count: number) => string;
  readonly loaded: (claims: number) => string;
  readonly reviewTitle: string;
  readonly reviewHelp: string;
  readonly reviewCount: (pending: number, accepted: number, rejected: number) => string;
  readonly accept: string;
  readonly reject: string;
  readonly acceptAll: string;
  readonly closeReview: string;
  readonly acceptedAs: (id: string) => string;
  readonly alreadyIn: (id: string) => string;
  readonly reviewReplaced: string;
  readonly reviewClosed: string;
  readonly rejected: string;
  readonly reconsider: string;
  readonly proposed: (n: number) => string;
  readonly nothingDrafted: string;
  readonly fields: Readonly<
    Record<"id" | "source" | "facet" | "party" | "group" | "place" | "item" | "when" | "target" | "value" | "not" | "hedge" | "quote", string>
  >;
  readonly notHelp: string;
  readonly valueHelp: string;
  readonly scope: string;
  readonly actions: string;
  readonly hedges: Readonly<Record<Hedge, string>>;
  readonly sourceKinds: Readonly<Record<SourceKind, string>>;
  readonly fieldOf: (field: string, claim: string) => string;
  readonly claimsTitle: string;
  readonly claimsCaption: (n: number) => string;
  readonly addClaim: string;
  readonly needSource: string;
  readonly noClaims: string;
  readonly deleteClaim: (id: string) => string;
  readonly deleteEntry: (name: string) => string;
  readonly entriesTitle: string;
  readonly sources: string;
  readonly actors: string;
  readonly places: string;
  readonly name: string;
  readonly kind: string;
  readonly speaksFor: string;
  readonly placeIn: string;
  readonly add: Readonly<Record<"sources" | "actors" | "places", string>>;
  readonly newName: Readonly<Record<"sources" | "actors" | "places", string>>;
  readonly incidentTitle: string;
  readonly incidentId: string;
  readonly incidentName: string;
  readonly incidentLang: string;
  readonly reportTitle: string;
  readonly liveTitle: string;
  readonly readingsTitle: string;
  readonly readingsHelp: string;
  readonly readingsCount: (count: number, exact: boolean) => string;
  readonly account: (letter: string) => string;
  readonly leavesOut: string;
  readonly unopposed: (n: number) => string;
  readonly noContradiction: string;
  readonly agreementsTitle: string;
  readonly agreementsAcross: string;
  readonly agreementsOther: string;
  readonly noAgreementAcross: string;
  readonly emptyIncident: string;
  readonly keepTitle: string;
  readonly downloadJson: string;
  readonly downloadCsv: string;
  readonly downloadHtml: string;
  readonly compareTitle: string;
  readonly compareHelp: string;
  readonly encoding: (which: "A" | "B") => string;
  readonly useCurrent: string;
  readonly compare: string;
  readonly overall: (agreed: number, total: number, percent: string) => string;
  readonly facet: string;
  readonly agreed: string;
  readonly total: string;
  readonly problems: string;
  readonly edited: string;
  readonly undone: string;
  readonly redone: string;
  readonly refused: (count: number) => string;
  readonly startedAfresh: string;
  readonly droppedOnReload: Readonly<Record<"review" | "history", string>>;
  readonly notAllSaved: Readonly<Record<"recent-history" | "no-history" | "nothing", string>>;
}

/**
 * The interface's words, one table per language.
 *
 * @example
 * WORDS.fr.undo
 * //=> "Annuler"
 */
export const WORDS: Readonly<Record<UiLang, Words>> = { en, fr };
