import { foldWord } from "../lexicon/foldWord.js";

/**
 * Folds a name for matching: lower case, accents removed, punctuation and
 * runs of white space reduced to single spaces.
 *
 * Actor and place references may use an id or any alias, and DESIGN §1 asks
 * that matching ignore case, accents and punctuation: « Jama’at Nasr
 * al-Islam » and "jamaat nasr al islam" are the same name. Apostrophes join
 * the letters around them (« Jama’at » → "jamaat"); every other punctuation
 * mark separates words.
 *
 * @param name - Any name, id or alias.
 * @returns The folded form, used only for comparison; the original is kept.
 *
 * @example
 * normalizeName("Jama’at Nasr al-Islam")
 * //=> "jamaat nasr al islam"
 */
export function normalizeName(name: string): string {
  let folded = foldedNames.get(name);
  if (folded === undefined) {
    folded = foldWord(name)
      .replace(/'/gu, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
    // Bounded: a batch names the same actors and places in every incident, but a hostile one could name millions.
    if (foldedNames.size >= FOLDED_KEPT) foldedNames.clear();
    foldedNames.set(name, folded);
  }
  return folded;
}

/** Names already folded. */
const foldedNames = new Map<string, string>();
const FOLDED_KEPT = 4096;
