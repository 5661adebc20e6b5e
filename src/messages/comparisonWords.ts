import type { CodedField } from "../compare/compareEncodings.js";
import type { MessageLanguage } from "./languages.js";

/** The words of the double-coding report ({@link formatComparison}). */
export interface ComparisonWords {
  readonly title: (a: string, b: string) => string;
  readonly overall: (agreed: number, total: number, share: string) => string;
  readonly headings: { readonly differ: string; readonly onlyA: string; readonly onlyB: string; readonly facets: string; readonly entries: string };
  readonly fields: Readonly<Record<CodedField, string>>;
  /** A pair coded differently: its ids in each encoding. */
  readonly pair: (a: string, b: string) => string;
  readonly facet: (facet: string, agreed: number, total: number, share: string) => string;
  readonly unaligned: (list: string, id: string, name: string, side: "a" | "b", ambiguous: boolean) => string;
  readonly collision: (list: string, id: string, a: string, b: string, renamed: string) => string;
  readonly none: string;
  readonly percent: (share: number) => string;
}

/**
 * The double-coding report's words in each language of the reports.
 *
 * @example
 * COMPARISON_WORDS.fr.headings.differ
 * //=> "Codées autrement"
 */
export const COMPARISON_WORDS: Readonly<Record<MessageLanguage, ComparisonWords>> = {
  en: {
    title: (a, b) => (a === b ? `Double coding of ${a}` : `Double coding: ${a} and ${b}`),
    overall: (agreed, total, share) => `${agreed} of ${total} claims coded alike (${share}).`,
    headings: {
      differ: "Coded differently",
      onlyA: "Only in the first encoding",
      onlyB: "Only in the second encoding",
      facets: "Agreement per facet",
      entries: "Entries to check",
    },
    fields: { source: "source", facet: "facet", scope: "scope", value: "value", not: "negation", hedge: "hedge", via: "relays", said: "said" },
    pair: (a, b) => (a === b ? a : `${a} / ${b}`),
    facet: (facet, agreed, total, share) => `${facet}: ${agreed} of ${total} (${share})`,
    unaligned: (list, id, name, side, ambiguous) =>
      `${list} ${id} (${name}): ${ambiguous ? "matches several entries of the first encoding" : `only in the ${side === "a" ? "first" : "second"} encoding`}`,
    collision: (list, id, a, b, renamed) => `${list} id ${id} means ${a} in the first encoding and ${b} in the second (merged as ${renamed})`,
    none: "None.",
    percent: (share) => `${Math.round(share * 100)} %`,
  },
  fr: {
    title: (a, b) => (a === b ? `Double codage de ${a}` : `Double codage : ${a} et ${b}`),
    overall: (agreed, total, share) => `${agreed} affirmations sur ${total} codées de même (${share}).`,
    headings: {
      differ: "Codées autrement",
      onlyA: "Seulement dans le premier codage",
      onlyB: "Seulement dans le second codage",
      facets: "Accord par facette",
      entries: "Entrées à vérifier",
    },
    fields: { source: "source", facet: "facette", scope: "portée", value: "valeur", not: "négation", hedge: "modalité", via: "relais", said: "date" },
    pair: (a, b) => (a === b ? a : `${a} / ${b}`),
    facet: (facet, agreed, total, share) => `${facet} : ${agreed} sur ${total} (${share})`,
    unaligned: (list, id, name, side, ambiguous) =>
      `${list} ${id} (${name}) : ${ambiguous ? "correspond à plusieurs entrées du premier codage" : `seulement dans le ${side === "a" ? "premier" : "second"} codage`}`,
    collision: (list, id, a, b, renamed) =>
      `${list} : l'identifiant ${id} désigne ${a} dans le premier codage et ${b} dans le second (fusionné sous ${renamed})`,
    none: "Aucune.",
    percent: (share) => `${Math.round(share * 100)} %`,
  },
};
