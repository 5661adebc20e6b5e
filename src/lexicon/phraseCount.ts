import { freeze } from "immer";
import { LEXICON_LANGUAGES, lexiconLanguage, type LexiconLanguage } from "./language.js";
import { findQuantities, withoutSpan, type ParsedQuantity } from "./parseQuantity.js";

/**
 * Why a claim's phrase cannot be read as one count, as data (the words are
 * the issue tables'): it has no language, a language the lexicon does not
 * read, no count (`readsIn`: another language in which it holds one),
 * several counts, or a count that another language reads from more of its
 * words (« about 30 » read in French is only « 30 »: the « about » would be
 * lost).
 */
export type PhraseProblem =
  | { readonly reason: "no-language"; readonly phrase: string }
  | { readonly reason: "unread-language"; readonly phrase: string; readonly lang: string }
  | { readonly reason: "no-count"; readonly phrase: string; readonly lang: LexiconLanguage; readonly readsIn?: LexiconLanguage }
  | { readonly reason: "several-counts"; readonly phrase: string; readonly lang: LexiconLanguage; readonly counts: readonly string[] }
  | {
      readonly reason: "other-language";
      readonly phrase: string;
      readonly lang: LexiconLanguage;
      /** The words the phrase's own language reads as the count. */
      readonly read: string;
      readonly other: LexiconLanguage;
      /** The words the other language reads as the count: more of the phrase. */
      readonly otherRead: string;
    };

/** A claim's phrase read as one count, or why it cannot be. */
export type PhraseCount = { readonly ok: true; readonly quantity: ParsedQuantity } | { readonly ok: false; readonly problem: PhraseProblem };

/**
 * Reads the phrase of a quantity given only in words (`{ "phrase": "une
 * cinquantaine" }`) as exactly one count. A phrase that holds no count, or
 * several, or whose language is unknown or not read, is refused rather than
 * guessed at: the reading decides what contradicts what. So is a phrase that
 * another language the lexicon reads takes in more of, with another meaning:
 * "about 30" read as French would be a bare 30, so it is refused with the
 * advice to give its `lang`, never read without its "about".
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
  if (lang === undefined) return { ok: false, problem: { reason: "no-language", phrase } };
  const language = lexiconLanguage(lang);
  if (language === undefined) return { ok: false, problem: { reason: "unread-language", phrase, lang } };
  const found = findQuantities(phrase, language);
  const others = LEXICON_LANGUAGES.filter((other) => other !== language).map((other) => ({ other, found: findQuantities(phrase, other) }));
  if (found.length === 0) {
    const readsIn = others.find((o) => o.found.length === 1)?.other;
    return { ok: false, problem: { reason: "no-count", phrase, lang: language, ...(readsIn ? { readsIn } : {}) } };
  }
  if (found.length > 1) return { ok: false, problem: { reason: "several-counts", phrase, lang: language, counts: found.map((q) => q.phrase) } };
  const read = found[0]!;
  for (const { other, found: theirs } of others) {
    const wider = theirs.length === 1 ? theirs[0]! : undefined;
    if (wider && readsMore(wider, read)) {
      return { ok: false, problem: { reason: "other-language", phrase, lang: language, read: read.phrase, other, otherRead: wider.phrase } };
    }
  }
  return { ok: true, quantity: withoutSpan(read) };
}

/**
 * Whether another language's reading takes in more of the phrase than its
 * own language's, and means something else: the words its own language
 * skipped qualify the count (« about », "more than", « au moins »).
 */
function readsMore(theirs: ParsedQuantity, ours: ParsedQuantity): boolean {
  return theirs.phrase.length > ours.phrase.length && theirs.phrase.includes(ours.phrase) && JSON.stringify(theirs.value) !== JSON.stringify(ours.value);
}
