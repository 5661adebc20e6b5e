import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";

/** Words after a count that make it an increment ("seven more bodies", "one more passenger had died"): the toll rising, not a toll. */
const MORE: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(), en: new Set(["more"]) };

/** Words after "more" that make it no increment: "more than 10", "20 more in hospital", "20 more and …". */
const NOT_AFTER_MORE = new Set(["than", "in", "at", "on", "and", "or", "as", "when", "while", "after", "before", "during"]);

/** Words of a part of people already counted ("two of them", « deux d'entre eux », "five of the injured", « trois des blessés »). */
const OF_THEM: Record<LexiconLanguage, readonly (readonly string[])[]> = {
  fr: [
    ["d'", "entre", "eux"],
    ["d'", "entre", "elles"],
    ["des", "blesses"],
    ["d'", "entre", "les", "blesses"],
  ],
  en: [
    ["of", "them"],
    ["of", "whom"],
    ["of", "the", "injured"],
    ["of", "the", "wounded"],
    ["of", "those", "injured"],
    ["of", "those", "wounded"],
  ],
};

/** Words of a state of the wounded ("in critical condition", « grièvement »): a part told by how they are, not by what was done to them. */
const STATE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["grievement", "gravement", "critique", "serieusement", "etat"]),
  en: new Set(["critical", "serious", "seriously", "severely", "badly", "critically", "condition", "stable"]),
};

/** How many words after "of them" a state may stand ("two of them were in critical condition"). */
const STATE_REACH = 5;

/**
 * Whether the count ending before token `after` is no count of its own: an
 * increment ("seven more bodies were found", "one more passenger had
 * died": the toll rising, told again as a new total or not at all) or the
 * state of a part of people already counted ("two of them were in critical
 * condition", "four of them seriously", "five of the injured were in a
 * critical condition"). A part counted by who they are
 * ("20 people, 12 of them soldiers") is left to be read as a part.
 *
 * @param tokens - The sentence's tokens.
 * @param after - The token right after the count's words.
 * @param lang - The sentence's language.
 * @returns Whether the count is such an increment or state.
 */
export function isIncrementOrState(tokens: readonly Token[], after: number, lang: LexiconLanguage): boolean {
  const next = tokens[after];
  // "seven more bodies", "two more died": an increment; "killing 5 and wounding 20 more." counts the others, as "20 others" would.
  const then = tokens[after + 1];
  if (next !== undefined && MORE[lang].has(next.folded) && then?.kind === "word" && !NOT_AFTER_MORE.has(then.folded)) return true;
  const part = ofThemAt(tokens, after, lang);
  if (part === undefined) return false;
  for (let t = after + part.length; t < tokens.length && t < after + part.length + STATE_REACH; t += 1) {
    if (STATE[lang].has(tokens[t]!.folded)) return true;
    if (tokens[t]!.kind !== "word") return false;
  }
  return false;
}

/**
 * Whether the count ending before token `after` is a part of people already
 * counted ("nine of them children", « trois d'entre eux »): it shares the
 * facet of the count it is part of, so a word of another facet after it
 * ("…, nine of them children, and that the death toll could rise") is never
 * its own.
 *
 * @param tokens - The sentence's tokens.
 * @param after - The token right after the count's words.
 * @param lang - The sentence's language.
 * @returns Whether "of them" or its like follows the count.
 * @example
 * isPartOfCounted(tokenize("31 wounded, nine of them children", "en"), 4, "en")
 * //=> true
 */
export function isPartOfCounted(tokens: readonly Token[], after: number, lang: LexiconLanguage): boolean {
  return ofThemAt(tokens, after, lang) !== undefined;
}

/** The words of {@link OF_THEM} that stand at token `after`, if any. */
function ofThemAt(tokens: readonly Token[], after: number, lang: LexiconLanguage): readonly string[] | undefined {
  return OF_THEM[lang].find((words) => words.every((w, i) => tokens[after + i]?.folded === w));
}
