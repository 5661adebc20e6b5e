import type { LexiconLanguage } from "../lexicon/language.js";
import { readNumberWords } from "../lexicon/numberWords.js";
import type { Token } from "../lexicon/tokenize.js";

/** The most words between a count of speakers and their noun ("Two intelligence officials" has the noun's own first word). */
const MOST_BEFORE = 2;

/**
 * The sentence with the counts of those who speak blanked out ("Two
 * security officials … put the death toll at 28", « Trois habitants ont
 * raconté … »): such a count counts speakers, never the dead, and read with
 * the toll it took the toll's place ("death" paired with "Two", and 28
 * lost). Each blanked character becomes a space, so offsets and quotes stay
 * exact.
 *
 * @param text - The sentence (already blanked of other words, or not).
 * @param tokens - Its tokens.
 * @param speakerStarts - The first token of each mention that speaks in the sentence.
 * @param lang - Its language.
 * @returns The sentence, the same length, without the counts of its speakers.
 */
export function blankSpeakerCounts(text: string, tokens: readonly Token[], speakerStarts: readonly number[], lang: LexiconLanguage): string {
  let out = text;
  for (const start of speakerStarts) {
    for (let at = start - 1; at >= 0 && at >= start - MOST_BEFORE; at -= 1) {
      const token = tokens[at]!;
      const words = token.kind === "number" ? { end: at + 1 } : token.kind === "word" ? readNumberWords(tokens, at, lang) : undefined;
      if (words !== undefined && words.end <= start) {
        const from = token.start;
        const to = tokens[words.end - 1]!.end;
        out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
        break;
      }
      if (token.kind !== "word") break;
    }
  }
  return out;
}

/** The fewest capitalised words of a name whose words are blanked. */
const NAME_WORDS = 2;
/** Words this short may stand lowercase inside a name ("for", "of", « de »). */
const INNER_WORD = 3;

/**
 * The sentence with the names of those who speak blanked out when they are
 * proper names ("The Assistance Association for Political Prisoners …
 * says", "the Missing Persons Commission said"): a word of a count in a
 * body's name is no count word ("Prisoners" read with "7,000" made 7,000
 * people taken). Each blanked character becomes a space, so offsets and
 * quotes stay exact.
 *
 * @param text - The sentence (already blanked of other words, or not).
 * @param tokens - Its tokens.
 * @param speakers - The tokens each mention that speaks in the sentence spans.
 * @returns The sentence, the same length, without the proper names of its speakers.
 * @example
 * // "The Assistance Association for Political Prisoners says 7,000 were killed" keeps "says 7,000 were killed" only.
 */
export function blankSpeakerNames(text: string, tokens: readonly Token[], speakers: readonly { readonly start: number; readonly end: number }[]): string {
  let out = text;
  for (const { start, end } of speakers) {
    const words = tokens.slice(start, end).filter((t) => t.kind === "word");
    const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text));
    if (capitalised.length < NAME_WORDS || words.some((t) => t.text.length > INNER_WORD && !/^\p{Lu}/u.test(t.text))) continue;
    const from = tokens[start]!.start;
    const to = tokens[end - 1]!.end;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
  }
  return out;
}
