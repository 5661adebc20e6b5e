import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";

/** Words whose "'s" is a verb, never a possessive ("it's", "that's"). */
const CONTRACTIONS = new Set(["it", "he", "she", "that", "there", "what", "who", "here", "where", "let", "this"]);

/**
 * The tokens with the possessive "'s" taken off the nouns that own
 * something ("the army's spokesman" reads as "the army spokesman", "the
 * prosecutor's office" as "the prosecutor office"), so that a table of
 * speaker nouns finds the body a role speaks for. Only English has it;
 * offsets and text stay as written, only `folded` changes.
 *
 * @param tokens - A sentence's tokens.
 * @param lang - Its language.
 * @returns The same tokens, each possessive noun folded without its "'s"; the very array when none is.
 */
export function withoutPossessives(tokens: readonly Token[], lang: LexiconLanguage): readonly Token[] {
  if (lang !== "en") return tokens;
  let out: Token[] | undefined;
  tokens.forEach((t, i) => {
    if (t.kind !== "word" || !t.folded.endsWith("'s") || t.folded.length < 4) return;
    const owner = t.folded.slice(0, -2);
    if (CONTRACTIONS.has(owner)) return;
    out ??= [...tokens];
    out[i] = { ...t, folded: owner };
  });
  return out ?? tokens;
}

/**
 * A speaker's name without the possessive "'s" of the body it was read
 * from ("the army's spokesman" → "the army spokesman", "The government's"
 * → "The government"): a name, not a quote, so the owner is named plainly.
 *
 * @param name - The words of a mention as written.
 * @returns The name with each possessive "'s" taken off.
 */
export function ownerless(name: string): string {
  return name.replace(/(\p{L})['’]s(?!\p{L})/gu, "$1");
}
