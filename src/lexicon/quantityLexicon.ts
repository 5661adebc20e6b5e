import type { LexiconLanguage } from "./language.js";

/*
 * The tables behind {@link parseQuantity}. What each entry means, and why,
 * is the table in parseQuantity's documentation.
 */

/** A round word (« une cinquantaine ») and how far it reaches either side of its centre. */
export interface RoundWord {
  readonly centre: number;
  readonly tolerance: number;
  /** Counts only before « de » and the things counted (« une quinzaine de morts », not « une quinzaine »). */
  readonly onlyBeforeThings?: boolean;
}

const round = (centre: number, tolerance: number, onlyBeforeThings = false): RoundWord => ({
  centre,
  tolerance,
  ...(onlyBeforeThings ? { onlyBeforeThings } : {}),
});

/** Round words in the singular, after « une » / « un » / "a". */
export const ROUND_WORDS: Record<LexiconLanguage, ReadonlyMap<string, RoundWord>> = {
  fr: new Map([
    ["huitaine", round(8, 2, true)],
    ["dizaine", round(10, 2)],
    ["douzaine", round(12, 2)],
    ["quinzaine", round(15, 3, true)],
    ["vingtaine", round(20, 5)],
    ["trentaine", round(30, 5)],
    ["quarantaine", round(40, 5, true)],
    ["cinquantaine", round(50, 5)],
    ["soixantaine", round(60, 5)],
    ["septantaine", round(70, 5)],
    ["huitantaine", round(80, 5)],
    ["octantaine", round(80, 5)],
    ["nonantaine", round(90, 5)],
    ["centaine", round(100, 20)],
    ["millier", round(1_000, 200)],
  ]),
  en: new Map([["dozen", round(12, 2)]]),
};

/**
 * Words before a round word, and how much of it they stand for: « une
 * cinquantaine », "a dozen" one; « une demi douzaine », "half a dozen", "a
 * half dozen" a half. A half written as one word (« une demi-douzaine », "a
 * half-dozen") takes {@link HALF_PREFIXES}.
 */
export const ROUND_LEADS: Record<LexiconLanguage, readonly (readonly [string, number])[]> = {
  fr: [
    ["un|une", 1],
    ["un|une demi", 0.5],
  ],
  en: [
    ["a|an", 1],
    ["a|an half", 0.5],
    ["half a|an", 0.5],
  ],
};

/** The prefix that halves a round word written with it as one word: « demi-douzaine », "half-dozen". */
export const HALF_PREFIXES: Record<LexiconLanguage, string> = { fr: "demi-", en: "half-" };

/** The plural of a round word, as a unit that vague words multiply (« des dizaines », "dozens"). */
export interface PluralUnit {
  readonly unit: number;
  /** Beyond this a writer would use a bigger word (« une centaine », "hundreds"). */
  readonly cap?: number;
  /** Whether the word stands alone, without « des » or "several" ("dozens", "hundreds"). */
  readonly bare: boolean;
}

export const PLURAL_UNITS: Record<LexiconLanguage, ReadonlyMap<string, PluralUnit>> = {
  fr: new Map([
    ["dizaines", { unit: 10, bare: false }],
    ["centaines", { unit: 100, bare: false }],
    ["milliers", { unit: 1_000, bare: false }],
    ["millions", { unit: 1e6, bare: false }],
    ["milliards", { unit: 1e9, bare: false }],
  ]),
  en: new Map([
    ["tens", { unit: 10, bare: true }],
    ["dozens", { unit: 12, cap: 99, bare: true }],
    ["scores", { unit: 20, cap: 99, bare: true }],
    ["hundreds", { unit: 100, bare: true }],
    ["thousands", { unit: 1_000, bare: true }],
    ["millions", { unit: 1e6, bare: true }],
    ["billions", { unit: 1e9, bare: true }],
    ["dozen", { unit: 12, cap: 99, bare: false }],
    ["hundred", { unit: 100, bare: false }],
    ["thousand", { unit: 1_000, bare: false }],
    ["million", { unit: 1e6, bare: false }],
  ]),
};

/**
 * Vague words and how many they mean, from `low` to `high` (« quelques »: two
 * to five). Before a unit they multiply it, up to just under `high + 1` units:
 * « quelques dizaines » is 20–59.
 */
export const VAGUE_WORDS: Record<
  LexiconLanguage,
  readonly (readonly [string, { readonly low: number; readonly high: number; readonly unitOnly?: boolean }])[]
> = {
  fr: [
    ["quelques", { low: 2, high: 5 }],
    ["plusieurs", { low: 2, high: 9 }],
    ["des", { low: 2, high: 9, unitOnly: true }],
  ],
  en: [
    ["a few", { low: 2, high: 5 }],
    ["a handful of", { low: 2, high: 5 }],
    ["several", { low: 2, high: 9 }],
  ],
};

/** How a modifier bends the count after it. */
export type Modifier = "approx" | "nearly" | "atLeast" | "moreThan" | "atMost" | "lessThan";

/** Modifiers before a count, as phrase patterns (see `phrasePattern`). */
export const MODIFIERS_BEFORE: Record<LexiconLanguage, readonly (readonly [string, Modifier])[]> = {
  fr: [
    ["environ", "approx"],
    ["quelque", "approx"],
    ["approximativement", "approx"],
    ["a peu pres", "approx"],
    ["autour de|d'", "approx"],
    ["aux alentours de|d'", "approx"],
    ["grosso modo", "approx"],
    ["plus ou moins", "approx"],
    ["pres de|d'", "nearly"],
    ["presque", "nearly"],
    ["quasiment", "nearly"],
    ["pas loin de|d'", "nearly"],
    ["au moins", "atLeast"],
    ["au minimum", "atLeast"],
    ["au bas mot", "atLeast"],
    ["pas moins de|d'", "atLeast"],
    ["un? peu|bien|largement? plus de|d'", "moreThan"],
    ["au-dela de|d'", "moreThan"],
    ["au dela de|d'", "moreThan"],
    ["un? peu? moins de|d'", "lessThan"],
    ["au plus", "atMost"],
    ["tout au plus", "atMost"],
    ["au maximum", "atMost"],
    ["jusqu' a", "atMost"],
    ["pas plus de|d'", "atMost"],
  ],
  en: [
    ["about", "approx"],
    ["around", "approx"],
    ["roughly", "approx"],
    ["approximately", "approx"],
    ["approx", "approx"],
    ["circa", "approx"],
    ["some", "approx"],
    ["an? estimated", "approx"],
    ["nearly", "nearly"],
    ["almost", "nearly"],
    ["close to", "nearly"],
    ["just under", "nearly"],
    ["at least", "atLeast"],
    ["no fewer than", "atLeast"],
    ["no less than", "atLeast"],
    ["not less than", "atLeast"],
    ["a minimum of", "atLeast"],
    ["more than", "moreThan"],
    ["just over", "moreThan"],
    ["over", "moreThan"],
    ["upwards of", "moreThan"],
    ["in excess of", "moreThan"],
    ["greater than", "moreThan"],
    ["fewer than", "lessThan"],
    ["less than", "lessThan"],
    ["under", "lessThan"],
    ["below", "lessThan"],
    ["up to", "atMost"],
    ["as many as", "atMost"],
    ["at most", "atMost"],
    ["no more than", "atMost"],
    ["not more than", "atMost"],
    ["a maximum of", "atMost"],
  ],
};

/** Modifiers after a count (« 50 au moins », "50 or more"). */
export const MODIFIERS_AFTER: Record<LexiconLanguage, readonly (readonly [string, Modifier])[]> = {
  fr: [
    ["au moins", "atLeast"],
    ["au minimum", "atLeast"],
    ["ou|et plus", "atLeast"],
    ["au plus", "atMost"],
    ["au maximum", "atMost"],
    ["ou moins", "atMost"],
    ["environ", "approx"],
  ],
  en: [
    ["at least", "atLeast"],
    ["or|and more", "atLeast"],
    ["at most", "atMost"],
    ["or fewer|less", "atMost"],
    ["or so", "approx"],
  ],
};

/** Words that join the two ends of a range: « entre 20 et 30 », « 20 à 30 », "between 20 and 30", "20-30". */
export const RANGES: Record<LexiconLanguage, { readonly open: ReadonlyMap<string, string>; readonly joiners: ReadonlySet<string> }> = {
  fr: {
    open: new Map([
      ["entre", "et"],
      ["de", "a"],
      ["d'", "a"],
    ]),
    joiners: new Set(["a", "ou", "-", "–", "—"]),
  },
  en: {
    open: new Map([
      ["between", "and"],
      ["from", "to"],
    ]),
    joiners: new Set(["to", "or", "-", "–", "—"]),
  },
};

/** Phrases that state a zero without a number (« aucun », "no one"). The nouns after « aucun » and "no" are checked separately. */
export const ZERO_PHRASES: Record<LexiconLanguage, readonly string[]> = {
  fr: [
    "personne n'|ne",
    "pas de|d' victime*|mort|morts|blesse*|perte*|tue|tues",
    "sans faire? de|d'? victime*|mort|morts|blesse*|perte*",
    "zero victime*|mort|morts|blesse*|perte*",
  ],
  en: ["no one", "no-one", "nobody", "none", "zero casualties|deaths|dead|victims|fatalities"],
};

/** Words for « aucun » / "no": a zero when the noun after them is not one of {@link REFUSAL_NOUNS}. */
export const ZERO_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["aucun", "aucune"]),
  en: new Set(["no"]),
};

/**
 * Nouns that make « aucun » / "no" a refusal or an absence of news, not a
 * zero: « aucun bilan », « aucune information », "no toll", "no figures".
 */
export const REFUSAL_NOUNS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "bilan",
    "bilans",
    "precision",
    "precisions",
    "chiffre",
    "chiffres",
    "information",
    "informations",
    "detail",
    "details",
    "indication",
    "indications",
    "commentaire",
    "commentaires",
    "nouvelle",
    "nouvelles",
    "reaction",
    "confirmation",
    "nombre",
    "communication",
    "donnee",
    "donnees",
    "element",
    "elements",
    "estimation",
    "evaluation",
    "idee",
  ]),
  en: new Set([
    "toll",
    "tolls",
    "figure",
    "figures",
    "detail",
    "details",
    "information",
    "comment",
    "comments",
    "word",
    "number",
    "numbers",
    "confirmation",
    "data",
    "indication",
    "update",
    "estimate",
    "estimates",
    "news",
    "official",
  ]),
};

/**
 * Things counted, in the singular (plurals are found by dropping the final
 * « s » / « x » or "-s"/"-ies"): « un soldat », "a soldier" count one; "no
 * soldiers" counts zero; « 2023 morts » is a toll, not a year.
 */
export const COUNTED_THINGS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "soldat",
    "militaire",
    "civil",
    "personne",
    "mort",
    "tue",
    "blesse",
    "victime",
    "assaillant",
    "combattant",
    "terroriste",
    "jihadiste",
    "djihadiste",
    "rebelle",
    "insurge",
    "otage",
    "enfant",
    "nourrisson",
    "bebe",
    "femme",
    "homme",
    "gendarme",
    "policier",
    "membre",
    "vehicule",
    "voiture",
    "camion",
    "pick-up",
    "pickup",
    "moto",
    "char",
    "blinde",
    "drone",
    "arme",
    "kamikaze",
    "prisonnier",
    "disparu",
    "garde",
    "agent",
    "villageois",
    "habitant",
    "eleve",
    "passager",
    "chauffeur",
    "mercenaire",
    "milicien",
    "chasseur",
    "refugie",
    "deplace",
    "journaliste",
    "casque",
    "militant",
    "cadavre",
    "corps",
    "element",
    "fidele",
    "berger",
    "commercant",
    "camarade",
    "collegue",
  ]),
  en: new Set([
    "soldier",
    "troop",
    "civilian",
    "person",
    "people",
    "man",
    "men",
    "woman",
    "women",
    "child",
    "children",
    "baby",
    "babies",
    "infant",
    "fighter",
    "militant",
    "attacker",
    "assailant",
    "insurgent",
    "rebel",
    "jihadist",
    "officer",
    "policeman",
    "policemen",
    "police",
    "gendarme",
    "victim",
    "hostage",
    "prisoner",
    "body",
    "vehicle",
    "car",
    "truck",
    "pickup",
    "pick-up",
    "tank",
    "drone",
    "weapon",
    "gun",
    "rifle",
    "motorcycle",
    "motorbike",
    "dead",
    "casualty",
    "death",
    "fatality",
    "member",
    "guard",
    "villager",
    "resident",
    "student",
    "worker",
    "peacekeeper",
    "mercenary",
    "militiaman",
    "militiamen",
    "refugee",
    "passenger",
    "driver",
    "journalist",
    "wounded",
    "injured",
    "girl",
    "boy",
  ]),
};

/** Whether a folded word names a thing that is counted (singular or plural). */
export function isCountedThing(word: string | undefined, lang: LexiconLanguage): boolean {
  if (word === undefined) return false;
  const things = COUNTED_THINGS[lang];
  if (things.has(word)) return true;
  if (lang === "fr") return (word.endsWith("s") || word.endsWith("x")) && things.has(word.slice(0, -1));
  if (word.endsWith("ies")) return things.has(`${word.slice(0, -3)}y`);
  return word.endsWith("s") && things.has(word.slice(0, -1));
}

/**
 * Units of measure, time and money, and the bangs and blasts heard: a number before them is not a count of things (« 120 mm »,
 * « deux heures », "30 %", "two explosions, one after the other": no facet counts explosions).
 */
export const UNITS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    // « un immeuble de cinq étages »: a building's height, never a count of what was hit.
    "etage",
    "etages",
    "mm",
    "cm",
    "km",
    "m",
    "kg",
    "g",
    "t",
    "tonne",
    "tonnes",
    "litre",
    "litres",
    "l",
    "metre",
    "metres",
    "kilometre",
    "kilometres",
    "kilo",
    "kilos",
    "ha",
    "hectare",
    "hectares",
    "%",
    "pourcent",
    "degre",
    "degres",
    "°",
    "fcfa",
    "cfa",
    "franc",
    "francs",
    "euro",
    "euros",
    "dollar",
    "dollars",
    "$",
    "€",
    "h",
    "heure",
    "heures",
    "minute",
    "minutes",
    "min",
    "seconde",
    "secondes",
    "jour",
    "jours",
    "semaine",
    "semaines",
    "mois",
    "an",
    "ans",
    "annee",
    "annees",
    "siecle",
    "siecles",
    "decennie",
    "decennies",
    "nuit",
    "nuits",
    "fois",
    "explosion",
    "explosions",
    "detonation",
    "detonations",
    "deflagration",
    "deflagrations",
    "calibre",
    "millimetres",
    "kilometres-heure",
  ]),
  en: new Set([
    // "a five-storey building": a height, never a count.
    "storey",
    "storeys",
    "mm",
    "cm",
    "km",
    "m",
    "kg",
    "lb",
    "lbs",
    "mile",
    "miles",
    "metre",
    "metres",
    "meter",
    "meters",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "ton",
    "tons",
    "tonne",
    "tonnes",
    "litre",
    "litres",
    "liter",
    "liters",
    "%",
    "percent",
    "degree",
    "degrees",
    "°",
    "dollar",
    "dollars",
    "euro",
    "euros",
    "usd",
    "cfa",
    "$",
    "€",
    "hour",
    "hours",
    "minute",
    "minutes",
    "second",
    "seconds",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "year-old",
    "years-old",
    "year-olds",
    "decade",
    "decades",
    "century",
    "centuries",
    "night",
    "nights",
    "times",
    "explosion",
    "explosions",
    "blast",
    "blasts",
    "detonation",
    "detonations",
    "bang",
    "bangs",
    "o'clock",
    "am",
    "pm",
    "calibre",
    "caliber",
  ]),
};

/** Words before a number that make it a reference or an age, not a count (« article 3 », « RN 16 », "aged 25"). */
export const REFERENCE_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "article",
    "articles",
    "art",
    "n",
    "no",
    "numero",
    "num",
    "page",
    "pages",
    "p",
    "chapitre",
    "section",
    "paragraphe",
    "alinea",
    "loi",
    "decret",
    "resolution",
    "rn",
    "route",
    "borne",
    "vol",
    "code",
    "tome",
    "volume",
    "age",
    "agee",
    "ages",
    "agees",
    "kilometre",
  ]),
  en: new Set([
    "article",
    "articles",
    "art",
    "no",
    "number",
    "page",
    "pages",
    "p",
    "chapter",
    "section",
    "paragraph",
    "law",
    "decree",
    "resolution",
    "route",
    "road",
    "highway",
    "flight",
    "code",
    "volume",
    "aged",
    "age",
    "ages",
  ]),
};
