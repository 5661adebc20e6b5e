/**
 * The languages the phrase lexicon ({@link parseQuantity}, {@link readPhrase})
 * reads. A region in a tag is ignored: `"fr-ML"` is read as French.
 *
 * @example
 * LEXICON_LANGUAGES.includes("fr")
 * //=> true
 */
export const LEXICON_LANGUAGES = ["fr", "en"] as const;

/** A language the phrase lexicon reads: French or English. */
export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/**
 * The lexicon language of a BCP 47 tag (`"fr"`, `"fr-FR"`, `"en-GB"`), or
 * `undefined` when the lexicon does not read that language.
 */
export function lexiconLanguage(tag: string): LexiconLanguage | undefined {
  const primary = tag.split(/[-_]/u)[0]?.toLowerCase();
  return LEXICON_LANGUAGES.find((lang) => lang === primary);
}

/** Checks the language a caller asked for; misuse is an error, not an empty answer. */
export function requireLanguage(tag: string, caller: string): LexiconLanguage {
  const lang = typeof tag === "string" ? lexiconLanguage(tag) : undefined;
  if (lang === undefined) {
    throw new RangeError(
      `${caller}: the lexicon reads French ("fr") and English ("en"), not ${JSON.stringify(tag)}; give the interval beside the words instead`,
    );
  }
  return lang;
}

/**
 * A value built once per language, when first asked for: the lexicon's
 * pattern tables are compiled lazily, so that importing the library costs
 * nothing and bundlers can drop what is not used.
 */
export function perLanguage<T>(build: (lang: LexiconLanguage) => T): (lang: LexiconLanguage) => T {
  const built = new Map<LexiconLanguage, T>();
  return (lang) => {
    if (!built.has(lang)) built.set(lang, build(lang));
    return built.get(lang)!;
  };
}
