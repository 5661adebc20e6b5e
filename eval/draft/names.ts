import { normalizeName } from "../../src/index.js";

/**
 * Words that say nothing about who or where: French and English function
 * words, and the generic nouns that many names share (« sources locales »,
 * "security officials", « forces armées », "Bryansk region", « Kolofata-Sud »).
 * Two names never match on these alone.
 */
const GENERIC_WORDS = new Set([
  // function words
  "a",
  "an",
  "the",
  "of",
  "and",
  "or",
  "in",
  "on",
  "at",
  "to",
  "for",
  "by",
  "with",
  "from",
  "its",
  "his",
  "her",
  "their",
  "de",
  "du",
  "des",
  "d",
  "l",
  "la",
  "le",
  "les",
  "et",
  "ou",
  "en",
  "au",
  "aux",
  "dans",
  "par",
  "pour",
  "sur",
  "avec",
  "sans",
  "son",
  "sa",
  "ses",
  "leur",
  "leurs",
  "s",
  "al",
  "el",
  // who speaks, and how
  "source",
  "sources",
  "official",
  "officials",
  "responsable",
  "responsables",
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "porte",
  "parole",
  "statement",
  "communique",
  "claim",
  "revendication",
  "declaration",
  "local",
  "locale",
  "locales",
  "locaux",
  "captain",
  "colonel",
  "lieutenant",
  "capitaine",
  "commandant",
  "sergeant",
  "m",
  "mr",
  // kinds of actor
  "group",
  "groupe",
  "groupes",
  "force",
  "forces",
  "armed",
  "armee",
  "armees",
  "army",
  "military",
  "militaire",
  "militaires",
  // kinds of place, and directions
  "region",
  "province",
  "state",
  "etat",
  "district",
  "territory",
  "territoire",
  "town",
  "ville",
  "village",
  "commune",
  "cercle",
  "sector",
  "secteur",
  "camp",
  "base",
  "post",
  "poste",
  "market",
  "marche",
  "site",
  "area",
  "zone",
  "north",
  "south",
  "east",
  "west",
  "nord",
  "sud",
  "est",
  "ouest",
  "centre",
  "center",
  "central",
  "northern",
  "southern",
  "eastern",
  "western",
]);

/**
 * The words of a name that identify it: folded with {@link foldName},
 * without {@link GENERIC_WORDS} nor counts ("two", « plusieurs »).
 *
 * @example
 * significantWords("Porte-parole du M23")
 * //=> ["m23"]
 */
export function significantWords(name: string): string[] {
  return foldName(name)
    .split(" ")
    .filter((word) => word !== "" && !GENERIC_WORDS.has(word) && !COUNT_WORDS.has(word));
}

/**
 * Whether two lists of names (a name with its id and aliases) name the same
 * thing: one folded name is equal in both, or they share a significant word.
 *
 * @example
 * namesOverlap(["Forces armées maliennes", "armée malienne"], ["l'armée malienne"])
 * //=> true
 * namesOverlap(["Rapid Support Forces"], ["Sudanese Armed Forces"])
 * //=> false
 */
export function namesOverlap(a: readonly string[], b: readonly string[]): boolean {
  const folded = new Set(a.map(uncounted));
  if (b.some((name) => folded.has(uncounted(name)))) return true;
  const words = new Set(a.flatMap(significantWords));
  return b.some((name) => significantWords(name).some((word) => words.has(word)));
}

/** How many speak, which a name may open with ("Two local officials", « Deux habitants »): it says how many, not who. */
const COUNT_WORDS = new Set([
  "one",
  "two",
  "three",
  "four",
  "five",
  "several",
  "some",
  "un",
  "une",
  "deux",
  "trois",
  "quatre",
  "cinq",
  "plusieurs",
  "quelques",
]);

/**
 * A folded name without the count it opens with: "Two local officials" and
 * "Local officials" are one source.
 *
 * @example
 * uncounted("Two local officials")
 * //=> "local officials"
 */
export function uncounted(name: string): string {
  const words = foldName(name).split(" ");
  return words.length > 1 && COUNT_WORDS.has(words[0]!) ? words.slice(1).join(" ") : words.join(" ");
}

/**
 * Folds a name with the library's `normalizeName`, after cutting French
 * elisions off the word they lean on: `normalizeName` joins the letters
 * around an apostrophe (« Jama'at » is one word), which would make
 * « l'armée » the word "larmee".
 *
 * @example
 * foldName("l'État-major d'Oum Kadada")
 * //=> "l etat major d oum kadada"
 */
export function foldName(name: string): string {
  return normalizeName(name.replace(/(^|[^\p{L}])(qu|[cdjlmnst])['’](?=\p{L})/giu, "$1$2 "));
}
