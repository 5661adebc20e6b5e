import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";

/** Prepositions that open where or of what a speaker is ("a doctor at the hospital in Tank", « un médecin de l'hôpital de Tank »). */
const OPENERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "d'", "a", "au", "aux", "dans", "pres"]),
  en: new Set(["at", "in", "of", "from", "near", "for"]),
};

/** Words that open a clause or a verb phrase, never part of a complement of place ("where", "who", "that", "was"). */
const CLAUSE_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["qui", "que", "qu'", "ou", "dont", "et", "mais", "a", "ont", "est", "sont", "etait", "avait", "selon"]),
  en: new Set(["who", "that", "which", "where", "when", "whose", "and", "but", "was", "were", "is", "are", "has", "have", "had", "said", "says", "told"]),
};

/** The most tokens a speaker's complement holds ("at the District Headquarters Hospital in Tank" has seven). */
const MOST_TOKENS = 10;

/**
 * Whether the tokens from `from` to `to` are only a complement that says
 * where or of what body a speaker is ("A doctor at the District
 * Headquarters Hospital in Tank said", "a senior police officer in Tank
 * said", « un médecin de l'hôpital régional de Tank a déclaré »): a
 * preposition, then words with no comma, no clause and no verb, so the
 * speaker before them is still the verb's subject however many words the
 * place takes. `à` opens no complement in French when it follows the verb
 * (the caller reads only the words before the verb).
 *
 * @param tokens - A sentence's tokens.
 * @param from - The token after the speaker's mention.
 * @param to - The token of the verb of saying (or its auxiliary).
 * @param lang - The sentence's language.
 * @returns Whether those tokens are such a complement.
 */
export function isSpeakerComplement(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  if (to - from < 2 || to - from > MOST_TOKENS) return false;
  if (!OPENERS[lang].has(tokens[from]?.folded ?? "")) return false;
  for (let t = from; t < to; t += 1) {
    const token = tokens[t]!;
    if (token.kind !== "word" || CLAUSE_WORDS[lang].has(token.folded)) return false;
  }
  return true;
}
