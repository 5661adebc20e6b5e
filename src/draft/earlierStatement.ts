import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";

/**
 * The auxiliaries of the pluperfect (« avait annoncé », "had put"): a
 * saying told in it came before the article's own news, and a sentence in
 * it goes on telling the earlier incident its paragraph turned to.
 *
 * @example
 * PLUPERFECT.fr.has("avaient") && PLUPERFECT.en.has("had") //=> true
 */
export const PLUPERFECT: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["avait", "avaient"]),
  en: new Set(["had"]),
};

/**
 * Words that date a saying before the news (« un précédent bilan », « avait
 * auparavant annoncé », "an earlier toll", "had initially put the toll at").
 */
const EARLIER_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["precedent", "precedente", "auparavant", "initialement", "anterieur", "anterieure"]),
  en: new Set(["earlier", "previous", "previously", "initially", "initial"]),
};

/** How many words may stand between the auxiliary and the verb of saying ("had earlier put", « avait dans un premier temps annoncé »). */
const AUXILIARY_REACH = 3;

/** Words that put a saying before another ("after he put the toll at 21", "after putting it at 21", « après avoir annoncé »): the earlier of two. */
const AFTER_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["apres"]), en: new Set(["after"]) };
/** What may stand between "after" and the verb: its subject ("after he put"), or « avoir » (« après avoir annoncé »). */
const AFTER_REACH = 2;

/**
 * Which sayings of a sentence tell what their speaker said before the news
 * it reports: the verb of saying is in the pluperfect ("On Friday, he had
 * put the death toll at nine", « le ministère avait fait état de 15 morts »),
 * or a word dates the saying earlier ("an earlier toll", « un précédent
 * bilan »). The figure is that speaker's first answer, since revised, not a
 * second voice's: an official who named a lead's figure may also have given
 * an earlier one. The sentence is read once, so asking of every saying in a
 * long sentence stays linear.
 *
 * @param tokens - The sentence's tokens.
 * @param lang - The sentence's language.
 * @returns Whether the saying whose verb starts at a token was told earlier.
 * @example
 * const tokens = tokenize("On Friday, he had put the death toll at nine.", "en");
 * toldEarlier(tokens, "en")(5); // "put" is token 5
 * //=> true
 */
export function toldEarlier(tokens: readonly Token[], lang: LexiconLanguage): (verb: number) => boolean {
  const dated = tokens.some((t) => EARLIER_WORDS[lang].has(t.folded));
  return (verb) => {
    if (dated) return true;
    for (let k = verb - 1; k >= Math.max(0, verb - AUXILIARY_REACH); k--) if (PLUPERFECT[lang].has(tokens[k]!.folded)) return true;
    for (let k = verb - 1; k >= Math.max(0, verb - AFTER_REACH); k--) if (AFTER_WORDS[lang].has(tokens[k]!.folded)) return true;
    return false;
  };
}
