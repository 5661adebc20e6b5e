import type { LexiconLanguage } from "../lexicon/language.js";
import { readNumberWords } from "../lexicon/numberWords.js";
import type { Token } from "../lexicon/tokenize.js";

/** The marks that open an apposition, and the mark that closes each. */
const CLOSES: ReadonlyMap<string, string> = new Map([
  [",", ","],
  ["–", "–"],
  ["—", "—"],
  ["(", ")"],
]);

/** The words that join the last member to the others ("a man and a woman", « un homme et une femme »). */
const AND: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["et"]), en: new Set(["and"]) };

/** Words that open a member with no number written: "a man", « une femme ». */
const ONE: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["un", "une"]), en: new Set(["a", "an", "one"]) };

/** The most words a member holds after its number ("two young children"). */
const MEMBER_WORDS = 3;
/** The most tokens an apposition holds: a short list, never a clause. */
const MOST_TOKENS = 16;

const isCount = (tokens: readonly Token[], i: number, lang: LexiconLanguage): boolean => {
  const t = tokens[i];
  if (t === undefined) return false;
  if (t.kind === "number") return true;
  return t.kind === "word" && readNumberWords(tokens, i, lang) !== undefined;
};

/** Whether a member opens at token `i`: a number, in digits or words, or "a", « une ». */
const opensMember = (tokens: readonly Token[], i: number, lang: LexiconLanguage): boolean => isCount(tokens, i, lang) || ONE[lang].has(tokens[i]?.folded ?? "");

/** Whether a count and its noun end at token `end - 1` ("Two civilians", "Three innocent civilians", « Deux civils »). */
function countBefore(tokens: readonly Token[], end: number, lang: LexiconLanguage): boolean {
  if (tokens[end - 1]?.kind !== "word") return false;
  for (let i = end - 2; i >= Math.max(0, end - 3); i -= 1) {
    if (isCount(tokens, i, lang)) return true;
    if (tokens[i]!.kind !== "word") return false;
  }
  return false;
}

/**
 * The token that closes an apposition listing members opened at token `open`
 * ("a man and a woman", « deux enfants et une femme »): every member opens
 * with a number or "a", holds a few words, and the last is joined by "and";
 * `undefined` when the words are anything else.
 */
function memberListEnd(tokens: readonly Token[], open: number, lang: LexiconLanguage): number | undefined {
  const closing = CLOSES.get(tokens[open]!.text);
  let i = open + 1;
  let joined = false;
  while (i < tokens.length && i - open <= MOST_TOKENS) {
    if (!opensMember(tokens, i, lang)) return undefined;
    const numberEnd = tokens[i]!.kind === "number" ? i + 1 : (readNumberWords(tokens, i, lang)?.end ?? i + 1);
    let j = numberEnd;
    while (j < tokens.length && tokens[j]!.kind === "word" && !AND[lang].has(tokens[j]!.folded) && j - numberEnd < MEMBER_WORDS) j += 1;
    if (j === numberEnd) return undefined;
    const next = tokens[j];
    if (next === undefined) return undefined;
    if (next.text === closing) return joined && tokens[j + 1]?.kind === "word" ? j : undefined;
    if (!AND[lang].has(next.folded) || joined) return undefined;
    joined = true;
    i = j + 1;
  }
  return undefined;
}

/**
 * The sentence with every list of a count's members blanked out ("Two
 * civilians, a man and a woman, were killed", « Trois civils – deux enfants
 * et une femme – ont été tués »): the members are the count told again, not
 * another count, and read alone they would give one dead ("a woman") beside
 * the two. Each blanked character becomes a space, so every offset in the
 * sentence stays where it was and a quote read from the blanked text is
 * still found in the original.
 *
 * A part named apart ("40 people, including 20 soldiers", « dont ») is no
 * list of members: it is left as written.
 *
 * @param text - The sentence.
 * @param tokens - Its tokens.
 * @param lang - Its language.
 * @returns The sentence, the same length, with the lists of members blanked.
 *
 * @example
 * const text = "Two civilians, a man and a woman, were killed.";
 * blankMemberLists(text, tokenize(text, "en"), "en") === `Two civilians${" ".repeat(20)} were killed.`
 * //=> true
 */
export function blankMemberLists(text: string, tokens: readonly Token[], lang: LexiconLanguage): string {
  let out = text;
  for (let open = 1; open < tokens.length; open += 1) {
    if (!CLOSES.has(tokens[open]!.text) || !countBefore(tokens, open, lang)) continue;
    const close = memberListEnd(tokens, open, lang);
    if (close === undefined) continue;
    const from = tokens[open]!.start;
    const to = tokens[close]!.end;
    out = out.slice(0, from) + " ".repeat(to - from) + out.slice(to);
    open = close;
  }
  return out;
}
