import type { Hedge } from "../model/claim.js";
import type { SourceKind } from "../model/source.js";
import type { SheetColumn, SheetRecord } from "./sheetRow.js";

/** The words a sheet may write for each of a few names: the first is the one written, the others are read too. */
export type SheetWordsOf<Name extends string> = { readonly [N in Name]: readonly [string, ...string[]] };

/** The words of a sheet's cells that only take a few names, by the column (or the value) they are read in. */
export interface SheetCellWords {
  /** The `record` column. */
  readonly record: SheetWordsOf<SheetRecord>;
  /** The `source_kind` column, and `kind` on a source row. */
  readonly sourceKind: SheetWordsOf<SourceKind>;
  /** The `hedge` column. */
  readonly hedge: SheetWordsOf<Hedge>;
  /** The two quantities that are words, in the `value` column. */
  readonly quantity: SheetWordsOf<"withheld" | "unknown">;
  /** The `not` column. */
  readonly not: SheetWordsOf<"true" | "false">;
}

/**
 * The French names of every column, as a French analyst heads them: the
 * first is the header `toCsv` writes with `lang: "fr"`, every one is read.
 * Left out on purpose: « type » (already "record" in English: a French
 * « Type » cannot also be the `kind`, so « nature » is), « d'après » and
 * « selon » (as much the source as what a claim is based on), and a bare
 * « date » means what it means in English, a source's date — the date of
 * the facts is « quand », of the statement « date de la déclaration ».
 */
export const SHEET_HEADERS_FR: SheetWordsOf<SheetColumn> = {
  record: ["Type de ligne", "ligne", "enregistrement", "type d'enregistrement", "nature de la ligne"],
  id: ["Identifiant", "identifiant de l'affirmation", "référence", "réf"],
  source: ["Source", "nom de la source"],
  source_kind: ["Type de source", "nature de la source", "catégorie de source"],
  via: ["Relais", "relayé par"],
  said: ["Date de la déclaration", "date de déclaration", "déclaré le", "dit le"],
  facet: ["Facette", "question"],
  party: ["Partie", "camp", "belligérant"],
  group: ["Groupe", "catégorie de personnes"],
  place: ["Lieu", "endroit", "localité"],
  when: ["Quand", "date des faits", "période"],
  target: ["Cible"],
  item: ["Objet", "matériel"],
  value: ["Valeur"],
  not: ["Négation", "négatif"],
  hedge: ["Réserve", "nuance", "modalité"],
  quote: ["Citation", "extrait", "verbatim"],
  lang: ["Langue"],
  based_on: ["Fondé sur", "basé sur", "repose sur"],
  name: ["Nom", "titre", "intitulé"],
  kind: ["Nature", "catégorie"],
  aliases: ["Alias", "autres noms", "aussi appelé"],
  in: ["Dans", "situé dans", "se trouve dans"],
  part_of: ["Fait partie de", "partie de", "membre de"],
  speaks_for: ["Parle pour", "parle au nom de", "au nom de", "porte-parole de"],
  url: ["Adresse", "lien", "adresse web"],
  date: ["Date de publication", "date", "publié le"],
  more: ["Autres champs", "champs supplémentaires"],
};

/**
 * The French words of the cells that take a few names: the first is written
 * with `lang: "fr"`, every one is read (case, accents and punctuation
 * aside). A source kind is written in the feminine of « une source »
 * (« locale », « internationale »); the masculine reads too. A refusal is
 * « non communiqué », the words of a French toll (« refusé » reads too).
 */
export const SHEET_CELL_WORDS_FR: SheetCellWords = {
  record: {
    claim: ["affirmation", "déclaration"],
    incident: ["incident", "événement"],
    source: ["source"],
    actor: ["acteur"],
    place: ["lieu"],
    item: ["objet"],
  },
  sourceKind: {
    party: ["partie", "partie au conflit", "belligérant"],
    government: ["gouvernement", "gouvernementale", "gouvernemental", "autorités"],
    media: ["média", "médias", "presse"],
    ngo: ["ONG"],
    international: ["internationale", "international", "organisation internationale"],
    local: ["locale", "local", "locales", "locaux"],
    witness: ["témoin", "témoins"],
    expert: ["expert", "experte", "experts"],
    social: ["réseaux sociaux", "réseau social"],
    other: ["autre", "autres"],
  },
  hedge: {
    asserted: ["affirmé", "assuré"],
    claimed: ["revendiqué"],
    reported: ["rapporté", "selon"],
    unconfirmed: ["non confirmé", "non vérifié", "conditionnel"],
  },
  quantity: {
    withheld: ["non communiqué", "refusé", "non divulgué"],
    unknown: ["inconnu", "inconnue"],
  },
  not: {
    true: ["oui", "vrai"],
    false: ["non", "faux"],
  },
};
