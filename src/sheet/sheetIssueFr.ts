import type { ValueKind } from "../values/valueKind.js";
import type { SheetFix, SheetIssueCode, SheetIssueParams, NamedEntry } from "./sheetIssue.js";
import { sheetHeaders } from "./sheetHeaders.js";
import { spelledDate } from "./spelledDate.js";
import { SHEET_COLUMNS, type SheetColumn } from "./sheetRow.js";

/** A no-break space: French puts one before « : », « ? » and « ; » and inside guillemets. */
const NB = "\u00a0";
const q = (text: string) => `«${NB}${text}${NB}»`;
const quoted = (names: readonly string[]) => names.map(q).join(", ");

/** The entries a sheet names, with their article: « la source », « un lieu ». */
const ENTRY: Readonly<
  Record<NamedEntry | "incident" | "claim", { readonly noun: string; readonly the: string; readonly a: string; readonly it: string; readonly unknown: string }>
> = {
  source: { it: "la", noun: "source", the: "la source", a: "une autre source", unknown: "source inconnue" },
  actor: { it: "le", noun: "acteur", the: "l'acteur", a: "un autre acteur", unknown: "acteur inconnu" },
  place: { it: "le", noun: "lieu", the: "le lieu", a: "un autre lieu", unknown: "lieu inconnu" },
  item: { it: "le", noun: "objet", the: "l'objet", a: "un autre objet", unknown: "objet inconnu" },
  incident: { it: "le", noun: "incident", the: "l'incident", a: "un autre incident", unknown: "incident inconnu" },
  claim: { it: "la", noun: "affirmation", the: "l'affirmation", a: "une autre affirmation", unknown: "affirmation inconnue" },
};

/**
 * The problems only a sheet has, in French: what is wrong and how to fix
 * it, from the same codes and params as the English words.
 */
export const SHEET_ISSUE_TEXT_FR: { readonly [C in SheetIssueCode]: (p: SheetIssueParams[C]) => { message: string; fix: string } } = {
  "unknown-column": (p) => ({
    message: `${q(p.header)} n'est pas une colonne${p.suggestion === undefined ? "" : ` — vouliez-vous dire ${q(p.suggestion)}${NB}?`}`,
    fix: `Nommez-la comme l'une de ${quoted(p.lang === "fr" ? sheetHeaders("fr") : SHEET_COLUMNS)}${NB}; ses cellules sont laissées de côté d'ici là.`,
  }),
  "duplicate-column": (p) => ({
    message: `une deuxième colonne ${q(p.column)} (la première a pour en-tête ${q(p.first)})`,
    fix: "Gardez une seule colonne de chaque nom.",
  }),
  "unreadable-csv": (p) => ({
    message: p.detail,
    fix: "Fermez chaque cellule entre guillemets par un guillemet droit, et écrivez un guillemet à l'intérieur d'une cellule en le doublant (\"\").",
  }),
  "extra-cells": (p) => ({
    message: `${p.count} cellule${p.count === 1 ? "" : "s"} au-delà de la dernière colonne`,
    fix: `Supprimez-les, ou donnez-leur un en-tête${NB}; un séparateur dans une cellule demande de la mettre entre guillemets droits.`,
  }),
  "invalid-cell": (p) => ({
    message: `${q(p.received)} n'est pas l'une des valeurs ${quoted(p.options)}`,
    fix: `Écrivez l'une des valeurs ${quoted(p.options)}, ou laissez la cellule vide.`,
  }),
  "stray-cell": (p) => ({
    message: `une ligne ${q(p.record)} laisse cette colonne vide`,
    fix: `Videz-la, ou déplacez-la sur la ligne où elle a sa place (voir les colonnes que remplit une ligne ${q(p.record)}).`,
  }),
  "invalid-more": (p) => ({
    message: `pas un objet JSON${NB}: ${p.detail}`,
    fix: `Écrivez les autres champs comme un seul objet JSON, par exemple {"comment": "…"}, ou laissez la cellule vide.`,
  }),
  "near-name": (p) => ({
    message: `${ENTRY[p.what].unknown} ${q(p.name)} — vouliez-vous dire ${q(p.suggestion)}${NB}?`,
    fix: `Corrigez l'orthographe${NB}; si c'est ${ENTRY[p.what].a}, déclarez-${ENTRY[p.what].it} sur une ligne ${q(p.what)}.`,
  }),
  "conflicting-cell": (p) => ({
    message: `${ENTRY[p.what].the} ${q(p.name)} vaut ${q(p.known)} ligne ${p.row}, et non ${q(p.given)}`,
    fix: "Écrivez la même chose ici, ou laissez la cellule vide.",
  }),
  "duplicate-declaration": (p) => ({
    message: `${ENTRY[p.what].the} ${q(p.id)} est déjà déclaré${ENTRY[p.what].it === "la" ? "e" : ""} ligne ${p.row}`,
    fix: `Donnez à chaque ${ENTRY[p.what].noun} son propre identifiant, ou supprimez l'une des lignes.`,
  }),
  "depends-on-row": (p) => ({
    message: `${ENTRY[p.what].the} ${q(p.name)} est ligne ${p.row}, qui n'a pu être lue`,
    fix: `Corrigez d'abord la ligne ${p.row}.`,
  }),
  "ambiguous-date": (p) => ({
    message: `${q(p.received)} peut être le ${spelledDate(p.dayFirst, "fr")} ou le ${spelledDate(p.monthFirst, "fr")}`,
    fix: `Écrivez-la en ISO 8601, l'année d'abord${NB}: ${p.dayFirst} si le jour vient en premier, ${p.monthFirst} si c'est le mois.`,
  }),
  "short-year": (p) => ({
    message: `${q(p.received)} a une année à deux chiffres`,
    fix: `Écrivez la date en ISO 8601, l'année en entier (2023-11-24)${NB}: une année à deux chiffres peut être de n'importe quel siècle.`,
  }),
  "impossible-date": (p) => ({
    message: `${q(p.received)} n'est pas un jour du calendrier`,
    fix: "Corrigez le jour, le mois ou l'heure, et écrivez la date en ISO 8601 (2024-02-29, 2024-02-29T14:00).",
  }),
};

/** How a value is written in a cell, in French, for the fix of a value the parser refused. */
const VALUE_FIX_FR: Readonly<Record<ValueKind, string>> = {
  quantity: `Écrivez un nombre (12), ~50, ~50±5, 45-55, >=6, <=10, withheld, unknown, ou les mots de la source («${NB}une cinquantaine${NB}»).`,
  category: "Écrivez l'un des noms de la facette.",
  set: `Écrivez les noms séparés par «${NB};${NB}» (vbied; shelling).`,
  time: "Écrivez une date ISO (2023-11-24) ou un intervalle début/fin (2023-11-24/2023-11-25).",
  place: "Écrivez le nom ou l'identifiant d'un lieu.",
  actor: "Écrivez le nom ou l'identifiant d'un acteur.",
  text: "Écrivez le texte.",
};

/** What to write in a column the parser found missing, in French. */
const MISSING_FIX_FR: Readonly<Partial<Record<SheetColumn, string>>> = {
  speaks_for: "Écrivez dans speaks_for le camp au nom duquel parle cette source partie (le nom d'un acteur).",
  source_kind: `Écrivez le type de la source dans source_kind${NB}: party, government, media, ngo, international, local, witness, expert, social ou other.`,
  kind: `Écrivez le type de la source${NB}: party, government, media, ngo, international, local, witness, expert, social ou other.`,
  source: `Écrivez qui le dit${NB}: le nom ou l'identifiant d'une source.`,
  facet: `Écrivez la question à laquelle répond l'affirmation${NB}: une facette du vocabulaire (killed, control, means…).`,
  name: "Écrivez son nom.",
};

const LANGUAGE_FIX_FR = `Donnez la langue des mots («${NB}fr${NB}», «${NB}en${NB}») dans la colonne lang de la ligne, ou celle de l'incident sur une ligne incident (ou par l'option lang).`;

/** The French fix a sheet gives in place of the incident's own, or `undefined` when it gives none. */
export function sheetFixFr(fix: SheetFix): string | undefined {
  if (fix.for === "value") return VALUE_FIX_FR[fix.kind];
  if (fix.for === "language") return LANGUAGE_FIX_FR;
  return MISSING_FIX_FR[fix.column];
}
