import type { LexiconLanguage } from "../lexicon/language.js";

/**
 * The articles of each language, folded as tokens are (« l'armée » gives
 * `l'`): the words a name, a noun phrase or a speaker may open with. The
 * drafter's lists of words that stand before a name (determiners to strip,
 * words between a verb and its inverted subject) are built on these, each
 * adding its own.
 *
 * @example
 * ARTICLES.fr.includes("d'") && ARTICLES.en.includes("the")
 * //=> true
 */
export const ARTICLES: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: ["l'", "la", "le", "les", "un", "une", "des", "d'", "de", "du"],
  en: ["the", "a", "an"],
};

/**
 * The definite articles of both languages, folded: those before a name set
 * off by a comma (« le groupe djihadiste, le Jnim, », "the group, the ADF,").
 *
 * @example
 * DEFINITE_ARTICLES.has("l'") && DEFINITE_ARTICLES.has("the")
 * //=> true
 */
export const DEFINITE_ARTICLES: ReadonlySet<string> = new Set(["the", "le", "la", "les", "l'"]);

/**
 * The definite articles of one person or thing (« le gouverneur », "the
 * commissioner"): {@link DEFINITE_ARTICLES} but the plural « les », which
 * is many.
 *
 * @example
 * ONE_DEFINITE_ARTICLES.has("le") && !ONE_DEFINITE_ARTICLES.has("les")
 * //=> true
 */
export const ONE_DEFINITE_ARTICLES: ReadonlySet<string> = new Set([...DEFINITE_ARTICLES].filter((a) => a !== "les"));

/**
 * The possessive determiners of both languages, folded (« son bilan »,
 * "its tally", "their statement"): the words that tie a noun to someone
 * already named.
 *
 * @example
 * POSSESSIVE_DETERMINERS.has("leur") && POSSESSIVE_DETERMINERS.has("its")
 * //=> true
 */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(["son", "sa", "ses", "leur", "leurs", "its", "their", "his", "her"]);

/**
 * The word that joins two nouns or two counts in each language, folded
 * (« de défense et de sécurité », "12 soldiers and 30 militants"): kept
 * beside the articles as the other small word the drafter's phrases are
 * joined by.
 *
 * @example
 * AND_WORDS.has("et") && AND_WORDS.has("and")
 * //=> true
 */
export const AND_WORDS: ReadonlySet<string> = new Set(["et", "and"]);

/** The French articles of a part or of a complement (« de », « du », « d' »), which open no noun phrase of their own. */
const PARTITIVES: ReadonlySet<string> = new Set(["de", "du", "d'"]);

/**
 * The articles of both languages that open a noun phrase of its own: every
 * article but the partitives « de », « du », « d' » (« , un groupe qui… »,
 * "and the police", « et des habitants »). An apposition after a comma and a
 * second speaker joined by « et » / "and" both open with one.
 *
 * @example
 * PHRASE_ARTICLES.has("des") && PHRASE_ARTICLES.has("an") && !PHRASE_ARTICLES.has("de")
 * //=> true
 */
export const PHRASE_ARTICLES: ReadonlySet<string> = new Set([...ARTICLES.fr, ...ARTICLES.en].filter((a) => !PARTITIVES.has(a)));
