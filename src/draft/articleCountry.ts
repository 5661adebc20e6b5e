import type { LexiconLanguage } from "../lexicon/language.js";
import { isCapitalisedWord, type Token } from "../lexicon/tokenize.js";
import { COUNTRIES, countryNameIndex, type Country } from "./speakerLexicon.js";

/** The longest country name, in words ("central african republic"). */
const LONGEST = 3;

/** Words after a country's name that make it something else: "Niger State" (in Nigeria), "the Niger River", "the Niger Delta". */
const NOT_THE_COUNTRY = new Set(["state", "river", "delta", "fleuve"]);

/** Words after which a country's name says where the lead happens (« au Mali », "in Cameroon"). */
const WHERE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["au", "en", "du", "le", "l'"]),
  en: new Set(["in", "of", "across"]),
};

/**
 * The country where an article's lead happens ("YAOUNDÉ, Cameroon (AP) —",
 * "in Cameroon's restive Northwest region", « au Mali »): the country whose
 * forces "the army" and « l'armée » are when no other words say which.
 * Only a capitalised name in the dateline, after a word of place or with a
 * possessive counts: "a US drone strike in Somalia" happens in Somalia. A
 * name followed by "State", "River" or "Delta" is a place of another kind.
 *
 * @param tokens - The lead's tokens, dateline included.
 * @param lang - Its language.
 * @param dateline - Where the dateline ends in the lead's text (0 when it has none).
 * @returns The country, if the lead places itself in one.
 */
export function countryOfLead(tokens: readonly Token[], lang: LexiconLanguage, dateline: number): Country | undefined {
  const index = countryNameIndex(lang);
  for (let i = 0; i < tokens.length; i += 1) {
    if (!isCapitalisedWord(tokens[i])) continue;
    const placed = tokens[i]!.start < dateline || WHERE[lang].has(tokens[i - 1]?.folded ?? "");
    const words: string[] = [];
    for (let j = i; j < tokens.length && j < i + LONGEST && tokens[j]!.kind === "word"; j += 1) {
      const folded = tokens[j]!.folded;
      const possessive = folded.endsWith("'s");
      words.push(possessive ? folded.slice(0, -2) : folded);
      const country = index.get(words.join(" "));
      const after = possessive ? undefined : tokens[j + 1];
      if (country && (placed || possessive) && !(after !== undefined && NOT_THE_COUNTRY.has(after.folded))) return country;
      if (possessive) break;
    }
  }
  return countryOfSettlement(tokens, lang);
}

/** Nouns of the places a demonym can say the country of (« la ville malienne de Gao », "the Sudanese town of Um Sumeima"). */
const SETTLEMENTS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["ville", "village", "localite", "commune", "capitale", "region", "province", "cite", "bourgade"]),
  en: new Set(["town", "city", "village", "capital", "region", "province", "district", "state", "county"]),
};

/**
 * The country a lead places itself in by a demonym beside the noun of a
 * settlement ("in the Sudanese town of Um Sumeima", « dans la ville
 * malienne de Gao »): the adjective after the noun in French, before it
 * in English.
 */
function countryOfSettlement(tokens: readonly Token[], lang: LexiconLanguage): Country | undefined {
  for (let i = 1; i < tokens.length; i += 1) {
    if (!SETTLEMENTS[lang].has(tokens[i]!.folded)) continue;
    const adjective = lang === "fr" ? tokens[i + 1] : tokens[i - 1];
    const country = adjective && COUNTRIES.find((c) => c.demonyms[lang].includes(adjective.folded));
    if (country) return country;
  }
  return undefined;
}
