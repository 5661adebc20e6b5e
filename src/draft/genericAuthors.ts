import type { LexiconLanguage } from "../lexicon/language.js";
import { isCapitalisedWord, isQuoteMark, type Token, tokenize } from "../lexicon/tokenize.js";
import { THAT_WORDS } from "../lexicon/readPhrase.js";
import { ARTICLES } from "./articles.js";
import { SUSPICION_WORDS } from "./findMentions.js";

/**
 * An author of an attack named by what its men are, not by a name: « des
 * éleveurs armés », "bandits", "suspected armed herders". Analysts code it
 * as an actor, since who is blamed is often what the accounts dispute (the
 * villagers' leader blames armed herders, the herders' association denies
 * it).
 */
export interface GenericAuthor {
  /** The actor's id, one per kind of author whatever the form (`eleveurs` for « éleveur », « éleveurs »). */
  readonly id: string;
  readonly name: string;
  /** The actor's kind in the format (`armed-group`, `militia`). */
  readonly kind: string;
}

const author = (id: string, name: string, kind: string): GenericAuthor => ({ id, name, kind });

const BANDITS = author("bandits", "Bandits", "armed-group");
const SEPARATISTS = { fr: author("separatistes", "Séparatistes", "armed-group"), en: author("separatists", "Separatists", "armed-group") };
const JIHADISTS = { fr: author("jihadistes", "Jihadistes", "armed-group"), en: author("jihadists", "Jihadists", "armed-group") };
const HERDERS = { fr: author("eleveurs", "Éleveurs", "militia"), en: author("herders", "Herders", "militia") };
const FARMERS = { fr: author("agriculteurs", "Agriculteurs", "militia"), en: author("farmers", "Farmers", "militia") };
const MILITIA = { fr: author("milices", "Milices", "militia"), en: author("militia", "Militia", "militia") };
const HIGHWAYMEN = author("coupeurs-de-route", "Coupeurs de route", "armed-group");
/** « des contrebandiers de carburant », "arms traffickers": men of a trade outside the law, as a local voice may name the attackers. */
const SMUGGLERS = { fr: author("contrebandiers", "Contrebandiers", "criminal"), en: author("smugglers", "Smugglers", "criminal") };
/** « des voleurs de bétail », "cattle rustlers": raiders who come for the herds. */
const RUSTLERS = { fr: author("voleurs-de-betail", "Voleurs de bétail", "criminal"), en: author("rustlers", "Rustlers", "criminal") };
/** "armed youth from Pibor": a community's young men in arms, as South Sudan's cattle raids are told. */
const YOUTH = author("youth", "Youth", "militia");

/**
 * The nouns of authors coded without a name, folded, per language. Never
 * "gunmen", « hommes armés » or "attackers": they say only that someone
 * attacked, which no account disputes.
 */
const AUTHOR_NOUNS: Record<LexiconLanguage, ReadonlyMap<string, GenericAuthor>> = {
  fr: new Map([
    ["bandit", BANDITS],
    ["bandits", BANDITS],
    ["separatistes", SEPARATISTS.fr],
    // « un commandant séparatiste », « un chef jihadiste »: the men's adjective in a voice's name.
    ["separatiste", SEPARATISTS.fr],
    ["secessionniste", SEPARATISTS.fr],
    ["jihadiste", JIHADISTS.fr],
    ["djihadiste", JIHADISTS.fr],
    ["secessionnistes", SEPARATISTS.fr],
    ["jihadistes", JIHADISTS.fr],
    ["djihadistes", JIHADISTS.fr],
    ["eleveur", HERDERS.fr],
    ["eleveurs", HERDERS.fr],
    ["agriculteurs", FARMERS.fr],
    ["cultivateurs", FARMERS.fr],
    ["milice", MILITIA.fr],
    ["milices", MILITIA.fr],
    ["miliciens", MILITIA.fr],
    ["coupeurs", HIGHWAYMEN],
    ["contrebandiers", SMUGGLERS.fr],
    ["trafiquants", SMUGGLERS.fr],
    ["voleurs", RUSTLERS.fr],
  ]),
  en: new Map([
    ["bandit", BANDITS],
    ["bandits", BANDITS],
    ["separatists", SEPARATISTS.en],
    // "a separatist commander", "a jihadist leader": the men's adjective in a voice's name.
    ["separatist", SEPARATISTS.en],
    ["secessionist", SEPARATISTS.en],
    ["jihadist", JIHADISTS.en],
    ["secessionists", SEPARATISTS.en],
    ["jihadists", JIHADISTS.en],
    ["herders", HERDERS.en],
    ["herdsmen", HERDERS.en],
    ["farmers", FARMERS.en],
    ["militia", MILITIA.en],
    ["militias", MILITIA.en],
    ["militiamen", MILITIA.en],
    ["youth", YOUTH],
    ["youths", YOUTH],
    // "the Cattle Breeders Association": herders by their trade.
    ["breeders", HERDERS.en],
    ["smugglers", SMUGGLERS.en],
    ["traffickers", SMUGGLERS.en],
    ["rustlers", RUSTLERS.en],
  ]),
};

/** Words that may open the author's words: determiners and what the men are said to be ("suspected armed", « des … »). */
const BEFORE_NOUN: ReadonlySet<string> = new Set([
  ...ARTICLES.fr,
  ...ARTICLES.en,
  "some",
  "armed",
  "heavily",
  "local",
  // "cattle rustlers": what they come for.
  "cattle",
  // « des terroristes sécessionnistes », "terrorist separatists": the label a government gives them, before who they are.
  "terroristes",
  "terrorist",
  ...SUSPICION_WORDS,
]);

/** Words that may close them: « armés », « présumés » after the noun. */
const AFTER_NOUN: ReadonlySet<string> = new Set(["arme", "armes", "presume", "presumes", "lourdement"]);

/** How many words may open the author's words before its noun ("the suspected armed herders", « des « éleveurs »). */
const BEFORE_REACH = 4;

/** The words that join a militia to whom it is made of: « milices de jeunes agriculteurs », "militia of young farmers". */
const MADE_OF: ReadonlySet<string> = new Set(["de", "d'", "of", "jeunes", "young"]);

/** Nouns that name an author only with what follows them: « coupeurs de route », « voleurs de bétail ». */
const COMPLETED_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["coupeurs", new Set(["route"])],
  ["voleurs", new Set(["betail", "boeufs", "bovins", "zebus"])],
]);

/** Whether `noun` needs the words after it to name an author: « coupeurs » only in « coupeurs de route ». */
function completes(tokens: readonly Token[], noun: number): number | undefined {
  const after = COMPLETED_BY.get(tokens[noun]!.folded);
  if (after === undefined) return noun + 1;
  return tokens[noun + 1]?.folded === "de" && after.has(tokens[noun + 2]?.folded ?? "") ? noun + 3 : undefined;
}

/** The author whose noun is at `noun`, and where its words end; a militia of farmers is farmers. */
function authorAt(tokens: readonly Token[], noun: number, lang: LexiconLanguage): { author: GenericAuthor; end: number } | undefined {
  const found = AUTHOR_NOUNS[lang].get(tokens[noun]?.folded ?? "");
  let end = found ? completes(tokens, noun) : undefined;
  if (!found || end === undefined) return undefined;
  let k = end;
  while (k < tokens.length && MADE_OF.has(tokens[k]!.folded)) k += 1;
  const madeOf = found.kind === "militia" && k > end ? AUTHOR_NOUNS[lang].get(tokens[k]?.folded ?? "") : undefined;
  if (madeOf && madeOf !== found) return { author: madeOf, end: k + 1 };
  while (end < tokens.length && AFTER_NOUN.has(tokens[end]!.folded)) end += 1;
  return { author: found, end };
}

/**
 * The author named without a name from token `from` on, after a cue of
 * blame (« accusant des éleveurs armés », "blamed the killings on
 * suspected armed herders", « tués par des bandits »): determiners and
 * words of doubt, then its noun. Only after a cue of blame: a story that
 * names unknown attackers so as the subject of their deed ("suspected
 * jihadists ambushed", "bandits stormed") blames no one an account
 * disputes, and on the evaluation sets such subjects were wrong claims
 * five times in six.
 *
 * @param tokens - The sentence's tokens.
 * @param from - The token after the cue.
 * @param lang - The sentence's language.
 * @returns The author and the token after its words.
 * @example
 * const tokens = tokenize("accusant des éleveurs armés d'avoir tué", "fr");
 * genericAuthorAfter(tokens, 1, "fr")?.author.id;
 * //=> "eleveurs"
 */
export function genericAuthorAfter(tokens: readonly Token[], from: number, lang: LexiconLanguage): { author: GenericAuthor; end: number } | undefined {
  for (let i = from; i < Math.min(tokens.length, from + BEFORE_REACH + 1); i += 1) {
    const found = authorAt(tokens, i, lang);
    if (found) return found;
    // "Fulani herders", "armed Fulani militia": a people's name may say whose men they are.
    const people = i > from && isCapitalisedWord(tokens[i]);
    if (!BEFORE_NOUN.has(tokens[i]!.folded) && !isQuoteMark(tokens[i]!) && !people) return undefined;
  }
  return undefined;
}

/**
 * The authors a speaker's name says it is a body of (« Association des
 * éleveurs nomades du Logone oriental », "Miyetti Allah Cattle Breeders
 * Association"): when it denies any part in the attack, or says its members
 * had nothing to do with it, it denies for them.
 *
 * @param name - The speaker's name, as the draft gives it.
 * @param lang - The article's language.
 * @example
 * genericAuthorNamedIn("Association des éleveurs nomades du Logone oriental", "fr")?.id;
 * //=> "eleveurs"
 */
export function genericAuthorNamedIn(name: string, lang: LexiconLanguage): GenericAuthor | undefined {
  for (const token of tokenize(name, lang)) {
    const found = AUTHOR_NOUNS[lang].get(token.folded);
    if (found && found !== HIGHWAYMEN) return found;
  }
  return undefined;
}

/** Words that say a part in the attack after its author (« étaient impliqués », "were involved", "were behind it"). */
const INVOLVED: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["implique", "impliques", "responsable", "responsables", "derriere"]),
  en: new Set(["involved", "responsible", "behind"]),
};

/** How far after the verb of denial its « que » / "that" may stand ("denied on Monday that"). */
const THAT_REACH = 3;
/** How far after the author the words of its part may stand ("herders were in any way involved", "youth from the area were involved"). */
const INVOLVED_REACH = 6;

/**
 * The author a denial clears by what its men are ("denied that herders were
 * involved", « a nié que des éleveurs soient impliqués »): after the verb of
 * denial at `verb`, its « que » / "that", the author, then the words of a
 * part in the attack.
 *
 * @param tokens - The sentence's tokens.
 * @param verb - The token of the verb of denial.
 * @param lang - The sentence's language.
 * @returns The author cleared and the token after the words of its part.
 * @example
 * const tokens = tokenize("denied that herders were involved", "en");
 * clearedAuthor(tokens, 0, "en")?.author.id;
 * //=> "herders"
 */
export function clearedAuthor(tokens: readonly Token[], verb: number, lang: LexiconLanguage): { author: GenericAuthor; end: number } | undefined {
  for (let that = verb + 1; that <= verb + THAT_REACH && that < tokens.length; that += 1) {
    if (!THAT_WORDS.has(tokens[that]!.folded)) continue;
    const named = genericAuthorAfter(tokens, that + 1, lang);
    if (!named) return undefined;
    for (let k = named.end; k < Math.min(tokens.length, named.end + INVOLVED_REACH); k += 1)
      if (INVOLVED[lang].has(tokens[k]!.folded)) return { author: named.author, end: k + 1 };
    return undefined;
  }
  return undefined;
}
