/**
 * Folds a word for lookup in the lexicon: lower case, accents dropped,
 * ligatures spelt out and typographic apostrophes made straight, so that
 * « Tués », "tues" and « TUÉS » are the same word and « jusqu’à » is
 * « jusqu'a ». Names are folded the same way before their punctuation is
 * dropped (`normalizeName`).
 */
export function foldWord(word: string): string {
  return word
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/œ/gu, "oe")
    .replace(/æ/gu, "ae")
    .replace(/[’ʼ‘`´]/gu, "'");
}
