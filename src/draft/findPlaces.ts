import { ALL_CALENDAR_NAMES } from "../lexicon/dateLexicon.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";
import type { DraftBook, DraftPlace } from "./draftBook.js";
import type { Mention } from "./findMentions.js";
import { joinTokens } from "./findMentions.js";
import { foldWord } from "../lexicon/foldWord.js";
import { COUNTRIES } from "./speakerLexicon.js";
import { ARTICLES } from "./articles.js";
import { PLATFORMS } from "./speechLexicon.js";

/** A place a sentence names, and whether it is a camp or base rather than a town. */
export interface PlaceMention {
  readonly place: DraftPlace;
  readonly camp: boolean;
  /** The tokens that name it. */
  readonly start: number;
  readonly end: number;
  /** The place is a whole country (« au Mali », "in Somalia"): too wide to say where an incident happened. */
  readonly country?: true;
}

/** Folded nouns of military sites, which are places of their own inside a town. */
const SITES: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["camp", "base", "poste", "caserne", "garnison", "emprise", "position", "aeroport", "checkpoint"]),
  en: new Set(["camp", "base", "outpost", "post", "barracks", "garrison", "position", "airport", "checkpoint"]),
};
/** Folded nouns of areas and settlements, followed by their name (« la région de Tombouctou », "the town of Goundam"). */
const AREAS: Record<LexiconLanguage, ReadonlyMap<string, string>> = {
  fr: new Map([
    ["region", "region"],
    ["province", "region"],
    ["cercle", "district"],
    ["commune", "town"],
    ["ville", "town"],
    ["village", "village"],
    ["localite", "town"],
    ["departement", "district"],
    ["prefecture", "district"],
    ["municipalite", "town"],
  ]),
  en: new Map([
    ["region", "region"],
    ["province", "region"],
    ["state", "region"],
    ["district", "district"],
    ["town", "town"],
    ["city", "town"],
    ["village", "village"],
    ["county", "district"],
    ["township", "district"],
    ["territory", "district"],
    ["governorate", "region"],
    // "the Buleda area of Kech district", "the Ain Zara neighbourhood": a named part of a town or district.
    ["area", "area"],
    ["neighbourhood", "area"],
    ["neighborhood", "area"],
    ["locality", "town"],
    ["payam", "district"],
    // "the Nueva Esperanza settlement in the municipality of Tocoa".
    ["settlement", "village"],
    ["municipality", "town"],
  ]),
};
/** Prepositions before a settlement's bare name (« à Niafunké », "in Goundam"). */
const AT: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["a", "vers", "sur"]),
  en: new Set(["in", "at", "near", "outside"]),
};
const OF: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["de", "d'", "du"]),
  en: new Set(["of"]),
};
/** Verbs of attack whose object, when a capitalised name no speaker holds, is the place attacked. */
const PLACE_ATTACKING_VERBS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["attaque", "bombarde", "pilonne", "frappe", "assiege"]),
  en: new Set(["attacked", "stormed", "raided", "overran", "shelled", "bombed", "besieged"]),
};

/** The prepositions after a noun of attack that its place follows: "the attack on Kumbo", « l'attaque contre Kumbo ». */
const ATTACKED_BEFORE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["contre"]),
  en: new Set(["on", "against"]),
};
/**
 * Nouns of attack, French and English, whose place {@link ATTACKED_BEFORE}
 * introduces. Nouns only, not eventDates' `EVENT_WORDS`: after a verb, "on"
 * names whom it hit ("opened fire on Kumbo residents"), not where.
 */
const ATTACK_NOUNS = new Set([
  "attack",
  "attacks",
  "assault",
  "raid",
  "raids",
  "strike",
  "strikes",
  "airstrike",
  "airstrikes",
  "attaque",
  "attaques",
  "assaut",
  "offensive",
]);

const SITE_ADJECTIVES = new Set(["militaire", "military", "army", "de", "l'armee", "des", "fama", "gendarmerie", "police", "securite"]);

/** The Arabic article written in lower case before a capitalised name (« al-Mawasi », "el-Fasher", "ad-Damazin"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u;

const isCapitalisedName = (token: Token | undefined): boolean =>
  token !== undefined &&
  token.kind === "word" &&
  (token.text[0] !== token.text[0]!.toLowerCase() || ARABIC_ARTICLE.test(token.text)) &&
  !ALL_CALENDAR_NAMES.has(token.folded);

/**
 * Whether a token can be part of a place's name. "The" that opens an English
 * sentence is capitalised but names nothing ("The town was attacked"); in
 * French the article may open a name (« Les Cayes »), so it stays.
 */
const placeNameWord =
  (lang: LexiconLanguage) =>
  (token: Token | undefined): boolean =>
    isCapitalisedName(token) && !(lang === "en" && ARTICLES.en.includes(token!.folded));

/**
 * The places a sentence names with confidence: a military site with its
 * town (« le camp militaire de Niafunké », "the Goundam army base"), an area
 * named by its noun (« la région de Tombouctou », "the town of Dori"), or a
 * capitalised name after « à » / "in" / "near" that no speaker mention
 * holds. A site is recorded inside its town. Anything else (« ces
 * emprises », "the area") is no place.
 */
export function findPlaces(tokens: readonly Token[], lang: LexiconLanguage, book: DraftBook, mentions: readonly Mention[]): PlaceMention[] {
  const isName = placeNameWord(lang);
  const inMention: boolean[] = [];
  for (const m of mentions) for (let t = m.start; t < m.end; t += 1) inMention[t] = true;
  const nameAt = (i: number): number => {
    let end = i;
    while (end < tokens.length && end - i < 4 && isName(tokens[end]) && !inMention[end]) end += 1;
    return end;
  };
  const found: PlaceMention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const word = tokens[i]!.folded;
    if (SITES[lang].has(word)) {
      let j = i + 1;
      while (j < tokens.length && j - i <= 3 && SITE_ADJECTIVES.has(tokens[j]!.folded) && !OF[lang].has(tokens[j]!.folded)) j += 1;
      if (OF[lang].has(tokens[j]?.folded ?? "")) j += 1;
      let end = nameAt(j);
      let townStart = j;
      if (end === j && lang === "en") {
        // "the Goundam army base": the name before the noun.
        let k = i - 1;
        while (k >= 0 && SITE_ADJECTIVES.has(tokens[k]!.folded)) k -= 1;
        let s = k;
        while (s >= 0 && isName(tokens[s]) && !inMention[s] && k - s < 3) s -= 1;
        if (s < k) {
          townStart = s + 1;
          end = k + 1;
          const town = book.place(joinTokens(tokens, townStart, end), "town");
          found.push({ place: book.place(joinTokens(tokens, townStart, i + 1), "camp", town), camp: true, start: townStart, end: i + 1 });
        }
        continue;
      }
      if (end > j) {
        const town = book.place(joinTokens(tokens, townStart, end), "town");
        const name = joinTokens(tokens, i, end);
        found.push({ place: book.place(name[0]!.toUpperCase() + name.slice(1), "camp", town), camp: true, start: i, end });
        i = end - 1;
      }
      continue;
    }
    const area = AREAS[lang].get(word);
    if (area && lang === "en" && isName(tokens[i - 1]) && !inMention[i - 1]) {
      // "the Sagaing region", "Bajaur district": the name before the noun; "Mali's Gao region" is Gao, Mali's.
      // "the Buleda area of Kech district": the name before the noun is the area's, whatever "of" names after it.
      let start = i - 1;
      while (start > 0 && i - start < 3 && isName(tokens[start - 1]) && !inMention[start - 1] && !tokens[start - 1]!.folded.endsWith("'s")) start -= 1;
      const name = joinTokens(tokens, start, i);
      // "a Nigerian village", "a Fulani village": after "a", the capitalised word describes the place, it does not name it.
      const described = ["a", "an"].includes(tokens[start - 1]?.folded ?? "") || COUNTRIES.some((c) => c.demonyms[lang].includes(foldWord(name)));
      if (!described && !foldWord(name).endsWith("'s") && !COUNTRIES.some((c) => c.names[lang].includes(foldWord(name)))) {
        found.push({ place: book.place(name, area), camp: false, start, end: i });
        continue;
      }
    }
    if (area && OF[lang].has(tokens[i + 1]?.folded ?? "")) {
      const end = nameAt(i + 2);
      if (end > i + 2) {
        found.push({ place: book.place(joinTokens(tokens, i + 2, end), area), camp: false, start: i + 2, end });
        i = end - 1;
      }
      continue;
    }
    const before = tokens[i - 1]?.folded ?? "";
    const near = (before === "de" || before === "d'") && ["pres", "proximite", "environs", "sortie", "entree", "abords"].includes(tokens[i - 2]?.folded ?? "");
    // "The attack on El Tepehuaje", « l'attaque contre Kumbo »: the place attacked, by its name.
    // "gunmen attacked Gure, a farming community", « ont attaqué Kidal »: the place the verb hit.
    const attacked = (ATTACKED_BEFORE[lang].has(before) && ATTACK_NOUNS.has(tokens[i - 2]?.folded ?? "")) || PLACE_ATTACKING_VERBS[lang].has(before);
    if ((AT[lang].has(before) || near || attacked) && isName(tokens[i]) && !inMention[i] && !PLATFORMS.has(tokens[i]!.folded)) {
      const end = nameAt(i);
      if (end > i) {
        const name = joinTokens(tokens, i, end);
        // "Ethiopia's Amhara region": a possessive country says whose region, it is no place of its own.
        if (foldWord(name).endsWith("'s")) {
          i = end - 1;
          continue;
        }
        const country = COUNTRIES.some((c) => c.names[lang].includes(foldWord(name)));
        found.push({ place: book.place(name, country ? "country" : "town"), camp: false, start: i, end, ...(country ? { country: true as const } : {}) });
        i = end - 1;
      }
    }
  }
  return found;
}
