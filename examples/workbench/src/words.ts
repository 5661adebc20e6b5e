import type { Hedge, SourceKind } from "contested";

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
}

const en: Words = {
  languageName: "English",
  appTitle: "contested workbench",
  tagline: "Paste an article, confirm the drafted claims, and see where the accounts agree, differ and cannot all be true — without picking a winner.",
  interfaceLanguage: "Interface language",
  skip: "Skip to the claims",
  undo: "Undo",
  redo: "Redo",
  savedHere: "Your work is saved in this browser as you go.",
  newIncident: "New incident",
  toolbar: "Edits and files",
  intakeTitle: "Bring in an article, an incident or a sheet",
  pasteLabel: "Article, JSON incident or CSV claims sheet",
  pasteHelp: "Paste or drop here an article in French or English, an incident in format 1 (JSON) or a claims sheet (CSV). Nothing is added until you click.",
  fileLabel: "Or open a file",
  articleLang: "Language of the article",
  detectLanguage: "detect",
  sample: "Paste the sample article",
  detected: {
    empty: "Nothing to read yet.",
    json: "This reads as a JSON incident.",
    csv: "This reads as a CSV claims sheet.",
    article: "This reads as an article: the drafter will propose claims for you to confirm.",
  },
  readAs: {
    empty: "Read",
    json: "Replace the incident with this JSON",
    csv: "Replace the incident with this sheet",
    article: "Draft claims from the article",
  },
  notJson: (detail) => `This is not JSON: ${detail}`,
  rowsLeftOut: (count) =>
    count === 1 ? "1 problem in the sheet; the rows it is on were left out:" : `${count} problems in the sheet; the rows they are on were left out:`,
  loaded: (claims) => (claims === 1 ? "Loaded 1 claim." : `Loaded ${claims} claims.`),
  reviewTitle: "Drafted claims to confirm",
  reviewHelp:
    "Each proposed claim stands beside its sentence, its words marked. Accept it as it is, change it first, or reject it: nothing goes into the incident without your click.",
  reviewCount: (pending, accepted, rejected) => `${pending} to confirm, ${accepted} accepted, ${rejected} rejected.`,
  accept: "Accept",
  reject: "Reject",
  acceptAll: "Accept every claim left",
  closeReview: "Close the review",
  acceptedAs: (id) => `Accepted as claim ${id}.`,
  rejected: "Rejected.",
  reconsider: "Reconsider",
  proposed: (n) => `Proposed claim ${n}`,
  nothingDrafted: "The drafter found no claim it could tell with confidence in this text.",
  fields: {
    id: "Id",
    source: "Source",
    facet: "Facet",
    party: "Party",
    group: "Group",
    place: "Place",
    item: "Item",
    when: "When",
    target: "Target",
    value: "Value",
    not: "Not",
    hedge: "Hedge",
    quote: "Quote",
  },
  notHelp: "asserts the opposite",
  valueHelp: "12, ~50, 45-55, >=6, <=10, withheld, unknown, a; b, a date, or the source's words",
  scope: "Scope",
  actions: "Actions",
  hedges: { asserted: "asserted", claimed: "claimed", reported: "reported", unconfirmed: "unconfirmed" },
  sourceKinds: {
    party: "party",
    government: "government",
    media: "media",
    ngo: "NGO",
    international: "international",
    local: "local",
    witness: "witness",
    expert: "expert",
    social: "social media",
    other: "other",
  },
  fieldOf: (field, claim) => `${field} of claim ${claim}`,
  claimsTitle: "Claims",
  claimsCaption: (n) =>
    n === 1 ? "1 claim; changes are checked and saved as you leave each field." : `${n} claims; changes are checked and saved as you leave each field.`,
  addClaim: "Add a claim",
  needSource: "Add a source first: every claim has one.",
  noClaims: "No claim yet: draft some from an article, load an incident, or add one.",
  deleteClaim: (id) => `Delete claim ${id}`,
  deleteEntry: (name) => `Delete ${name}`,
  entriesTitle: "Sources, actors and places",
  sources: "Sources",
  actors: "Actors",
  places: "Places",
  name: "Name",
  kind: "Kind",
  speaksFor: "Speaks for",
  placeIn: "In",
  add: { sources: "Add the source", actors: "Add the actor", places: "Add the place" },
  newName: { sources: "New source's name", actors: "New actor's name", places: "New place's name" },
  incidentTitle: "Incident",
  incidentId: "Id",
  incidentName: "Title",
  incidentLang: "Language of the quotes",
  reportTitle: "Report",
  liveTitle: "Report, readings and agreements, as the claims change",
  readingsTitle: "Readings: the accounts that can hold together",
  readingsHelp: "Claims that cannot all be true are set side by side: each column is one way they can hold together. None is ranked.",
  readingsCount: (count, exact) => `${exact ? "" : "At least "}${count} whole ${count === 1 ? "account" : "accounts"}.`,
  account: (letter) => `Account ${letter}`,
  leavesOut: "Leaves out",
  unopposed: (n) => (n === 1 ? "1 claim no contradiction touches stands in every account." : `${n} claims no contradiction touches stand in every account.`),
  noContradiction: "No contradiction: every claim can hold together.",
  agreementsTitle: "Agreements",
  agreementsAcross: "Across parties",
  agreementsOther: "Between other independent origins",
  noAgreementAcross: "No fact yet on which sides of the fighting agree.",
  emptyIncident: "The report appears here as soon as the incident holds a claim.",
  keepTitle: "Download",
  downloadJson: "JSON incident",
  downloadCsv: "CSV sheet",
  downloadHtml: "HTML report",
  compareTitle: "Compare two encodings",
  compareHelp: "Two analysts' encodings of one incident (JSON or CSV), claim by claim: what they coded alike, what differs, what each alone made.",
  encoding: (which) => `Encoding ${which}`,
  useCurrent: "Use the current incident",
  compare: "Compare",
  overall: (agreed, total, percent) => `${agreed} of ${total} claims coded alike (${percent}).`,
  facet: "Facet",
  agreed: "Coded alike",
  total: "Claims",
  problems: "Problems",
  edited: "Saved.",
  undone: "Undone.",
  redone: "Redone.",
  refused: (count) => (count === 1 ? "Not changed: 1 problem, shown at its field." : `Not changed: ${count} problems, shown at their fields.`),
  startedAfresh: "The saved work could not be read back; the workbench starts afresh.",
};

const fr: Words = {
  languageName: "Français",
  appTitle: "Atelier contested",
  tagline:
    "Collez un article, confirmez les affirmations proposées, et voyez où les récits s'accordent, divergent ou ne peuvent être vrais ensemble — sans désigner de vainqueur.",
  interfaceLanguage: "Langue de l'interface",
  skip: "Aller aux affirmations",
  undo: "Annuler",
  redo: "Rétablir",
  savedHere: "Votre travail est enregistré dans ce navigateur au fur et à mesure.",
  newIncident: "Nouvel incident",
  toolbar: "Modifications et fichiers",
  intakeTitle: "Apporter un article, un incident ou une feuille",
  pasteLabel: "Article, incident JSON ou feuille CSV d'affirmations",
  pasteHelp:
    "Collez ou déposez ici un article en français ou en anglais, un incident au format 1 (JSON) ou une feuille d'affirmations (CSV). Rien n'est ajouté sans votre clic.",
  fileLabel: "Ou ouvrez un fichier",
  articleLang: "Langue de l'article",
  detectLanguage: "détecter",
  sample: "Coller l'article d'exemple",
  detected: {
    empty: "Rien à lire pour l'instant.",
    json: "Ceci se lit comme un incident JSON.",
    csv: "Ceci se lit comme une feuille CSV d'affirmations.",
    article: "Ceci se lit comme un article : l'outil proposera des affirmations à confirmer.",
  },
  readAs: {
    empty: "Lire",
    json: "Remplacer l'incident par ce JSON",
    csv: "Remplacer l'incident par cette feuille",
    article: "Proposer des affirmations à partir de l'article",
  },
  notJson: (detail) => `Ce n'est pas du JSON : ${detail}`,
  rowsLeftOut: (count) =>
    count === 1
      ? "1 problème dans la feuille ; sa ligne a été laissée de côté :"
      : `${count} problèmes dans la feuille ; leurs lignes ont été laissées de côté :`,
  loaded: (claims) => (claims <= 1 ? `${claims} affirmation chargée.` : `${claims} affirmations chargées.`),
  reviewTitle: "Affirmations proposées à confirmer",
  reviewHelp:
    "Chaque affirmation proposée figure à côté de sa phrase, ses mots surlignés. Acceptez-la telle quelle, modifiez-la d'abord, ou rejetez-la : rien n'entre dans l'incident sans votre clic.",
  reviewCount: (pending, accepted, rejected) =>
    `${pending} à confirmer, ${accepted} acceptée${accepted > 1 ? "s" : ""}, ${rejected} rejetée${rejected > 1 ? "s" : ""}.`,
  accept: "Accepter",
  reject: "Rejeter",
  acceptAll: "Accepter toutes les affirmations restantes",
  closeReview: "Fermer la relecture",
  acceptedAs: (id) => `Acceptée comme affirmation ${id}.`,
  rejected: "Rejetée.",
  reconsider: "Reconsidérer",
  proposed: (n) => `Affirmation proposée ${n}`,
  nothingDrafted: "L'outil n'a trouvé dans ce texte aucune affirmation qu'il puisse établir avec assurance.",
  fields: {
    id: "Identifiant",
    source: "Source",
    facet: "Facette",
    party: "Partie",
    group: "Groupe",
    place: "Lieu",
    item: "Objet",
    when: "Quand",
    target: "Cible",
    value: "Valeur",
    not: "Négation",
    hedge: "Modalité",
    quote: "Citation",
  },
  notHelp: "affirme le contraire",
  valueHelp: "12, ~50, 45-55, >=6, <=10, withheld, unknown, a; b, une date, ou les mots de la source",
  scope: "Portée",
  actions: "Actions",
  hedges: { asserted: "affirmé", claimed: "revendiqué", reported: "rapporté", unconfirmed: "non confirmé" },
  sourceKinds: {
    party: "partie",
    government: "gouvernement",
    media: "média",
    ngo: "ONG",
    international: "international",
    local: "locale",
    witness: "témoin",
    expert: "expert",
    social: "réseaux sociaux",
    other: "autre",
  },
  fieldOf: (field, claim) => `${field} de l'affirmation ${claim}`,
  claimsTitle: "Affirmations",
  claimsCaption: (n) =>
    n <= 1
      ? `${n} affirmation ; chaque modification est vérifiée et enregistrée quand vous quittez le champ.`
      : `${n} affirmations ; chaque modification est vérifiée et enregistrée quand vous quittez le champ.`,
  addClaim: "Ajouter une affirmation",
  needSource: "Ajoutez d'abord une source : toute affirmation en a une.",
  noClaims: "Aucune affirmation : proposez-en à partir d'un article, chargez un incident, ou ajoutez-en une.",
  deleteClaim: (id) => `Supprimer l'affirmation ${id}`,
  deleteEntry: (name) => `Supprimer ${name}`,
  entriesTitle: "Sources, acteurs et lieux",
  sources: "Sources",
  actors: "Acteurs",
  places: "Lieux",
  name: "Nom",
  kind: "Type",
  speaksFor: "Parle pour",
  placeIn: "Dans",
  add: { sources: "Ajouter la source", actors: "Ajouter l'acteur", places: "Ajouter le lieu" },
  newName: { sources: "Nom de la nouvelle source", actors: "Nom du nouvel acteur", places: "Nom du nouveau lieu" },
  incidentTitle: "Incident",
  incidentId: "Identifiant",
  incidentName: "Titre",
  incidentLang: "Langue des citations",
  reportTitle: "Rapport",
  liveTitle: "Rapport, lectures et accords, au fil des affirmations",
  readingsTitle: "Lectures : les récits qui tiennent ensemble",
  readingsHelp:
    "Les affirmations qui ne peuvent être vraies ensemble sont mises côte à côte : chaque colonne est une façon de les faire tenir ensemble. Aucune n'est classée.",
  readingsCount: (count, exact) => `${exact ? "" : "Au moins "}${count} récit${count > 1 ? "s" : ""} complet${count > 1 ? "s" : ""}.`,
  account: (letter) => `Récit ${letter}`,
  leavesOut: "Laisse de côté",
  unopposed: (n) =>
    n <= 1
      ? `${n} affirmation qu'aucune contradiction ne touche figure dans chaque récit.`
      : `${n} affirmations qu'aucune contradiction ne touche figurent dans chaque récit.`,
  noContradiction: "Aucune contradiction : toutes les affirmations peuvent tenir ensemble.",
  agreementsTitle: "Accords",
  agreementsAcross: "Entre parties adverses",
  agreementsOther: "Entre d'autres origines indépendantes",
  noAgreementAcross: "Aucun fait, pour l'instant, sur lequel des camps opposés s'accordent.",
  emptyIncident: "Le rapport s'affiche ici dès que l'incident contient une affirmation.",
  keepTitle: "Télécharger",
  downloadJson: "Incident JSON",
  downloadCsv: "Feuille CSV",
  downloadHtml: "Rapport HTML",
  compareTitle: "Comparer deux encodages",
  compareHelp:
    "Les encodages d'un même incident par deux analystes (JSON ou CSV), affirmation par affirmation : ce qu'ils ont codé pareil, ce qui diffère, ce que chacun seul a relevé.",
  encoding: (which) => `Encodage ${which}`,
  useCurrent: "Prendre l'incident en cours",
  compare: "Comparer",
  overall: (agreed, total, percent) => `${agreed} affirmations sur ${total} codées pareil (${percent}).`,
  facet: "Facette",
  agreed: "Codées pareil",
  total: "Affirmations",
  problems: "Problèmes",
  edited: "Enregistré.",
  undone: "Annulé.",
  redone: "Rétabli.",
  refused: (count) => (count === 1 ? "Rien n'a changé : 1 problème, signalé à son champ." : `Rien n'a changé : ${count} problèmes, signalés à leurs champs.`),
  startedAfresh: "Le travail enregistré n'a pu être relu ; l'atelier repart de zéro.",
};

/**
 * The interface's words, one table per language.
 *
 * @example
 * WORDS.fr.undo
 * //=> "Annuler"
 */
export const WORDS: Readonly<Record<UiLang, Words>> = { en, fr };
