import { freeze } from "immer";
import { lexiconLanguage } from "./language.js";
import { findQuantities, withoutSpan, type ParsedQuantity } from "./parseQuantity.js";

/** A claim's phrase read as one count, or why it cannot be: what is wrong, and how to fix it. */
export type PhraseCount =
  | { readonly ok: true; readonly quantity: ParsedQuantity }
  | { readonly ok: false; readonly detail: string; readonly fix: string };

/**
 * Reads the phrase of a quantity given only in words (`{ "phrase": "une
 * cinquantaine" }`) as exactly one count. A phrase that holds no count, or
 * several, or whose language is unknown or not read, is refused with the fix
 * rather than guessed at: the reading decides what contradicts what.
 *
 * @param phrase - The source's words.
 * @param lang - The phrase's language: its own `lang`, else the claim's, else the incident's.
 */
export function readPhraseCount(phrase: string, lang: string | undefined): PhraseCount {
  const key = `${lang ?? ""}\u0000${phrase}`;
  const known = READ.get(key);
  if (known !== undefined) return known;
  if (READ.size >= READ_LIMIT) READ.clear();
  const read = freeze(readOnce(phrase, lang), true);
  READ.set(key, read);
  return read;
}

/**
 * Readings already made: an incident is read when it is parsed and again
 * when it is reconciled, and the same words (« une cinquantaine ») recur
 * across claims. Readings are frozen, so sharing them is safe; the cache is
 * bounded, so it cannot grow without end.
 */
const READ = new Map<string, PhraseCount>();
const READ_LIMIT = 4096;

function readOnce(phrase: string, lang: string | undefined): PhraseCount {
  const example = `{ "phrase": ${JSON.stringify(phrase)}, "min": 20, "max": 99 }`;
  if (lang === undefined) {
    return {
      ok: false,
      detail: `the phrase "${phrase}" has no language, so its words cannot be read`,
      fix: 'Give "lang": "fr" or "en" beside the phrase, on the claim or on the incident.',
    };
  }
  const language = lexiconLanguage(lang);
  if (language === undefined) {
    return {
      ok: false,
      detail: `the phrase "${phrase}" is in "${lang}", and the lexicon reads French and English only`,
      fix: `Give the interval the words mean beside them, e.g. ${example}.`,
    };
  }
  const found = findQuantities(phrase, language);
  if (found.length === 0) {
    return {
      ok: false,
      detail: `the phrase "${phrase}" holds no count the lexicon can read`,
      fix: `Give the interval the words mean beside them, e.g. ${example}.`,
    };
  }
  if (found.length > 1) {
    return {
      ok: false,
      detail: `the phrase "${phrase}" holds ${found.length} counts (${found.map((q) => `"${q.phrase}"`).join(", ")}), so which one this claim gives is not clear`,
      fix: "Keep only the words of this claim's count in the phrase, or give its interval beside them.",
    };
  }
  return { ok: true, quantity: withoutSpan(found[0]!) };
}
