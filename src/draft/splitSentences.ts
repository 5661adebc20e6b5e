import type { LexiconLanguage } from "../lexicon/language.js";
import { CLOSING_QUOTE_MARKS, OPENING_QUOTE_MARKS, type Token } from "../lexicon/tokenize.js";
import { foldWord } from "../lexicon/foldWord.js";

/** A sentence of an article: its offsets in the text and the paragraph it belongs to. */
export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** The sentence's words as written, `text.slice(start, end)` without the trailing space. */
  readonly text: string;
  /** Paragraphs are counted from 0; a blank line or a single line break starts a new one. */
  readonly paragraph: number;
}

/**
 * Words that end with a dot without ending a sentence, folded and without
 * their dot: titles and ranks (« M. », "Lt. Col.", "Gen."), months in short
 * ("Sept. 17") and the usual Latin and numbering abbreviations.
 */
const ABBREVIATIONS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "m",
    "mm",
    "mme",
    "mmes",
    "mlle",
    "dr",
    "pr",
    "me",
    "mgr",
    "st",
    "ste",
    "gal",
    "gen",
    "col",
    "lt",
    "cdt",
    "cne",
    "sgt",
    "adj",
    "av",
    "bd",
    "env",
    "etc",
    "cf",
    "p",
    "no",
    "n",
    "vol",
    "art",
    "janv",
    "fevr",
    "avr",
    "juil",
    "sept",
    "oct",
    "nov",
    "dec",
    "c.-a-d",
    "ex",
  ]),
  en: new Set([
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cpt",
    "brig",
    "sgt",
    "cpl",
    "pvt",
    "adm",
    "cmdr",
    "gov",
    "sen",
    "rep",
    "rev",
    "st",
    "mt",
    "ft",
    "jr",
    "sr",
    "no",
    "nos",
    "vs",
    "etc",
    "e.g",
    "i.e",
    "approx",
    "est",
    "dept",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "u.s",
    "u.n",
    "u.k",
  ]),
};

/**
 * Splits an article into sentences. `Intl.Segmenter` does the splitting;
 * these repairs keep together what it cuts too eagerly:
 *
 * - a dot after a title, a rank, an initial or a short month (« M. Diallo »,
 *   "Lt. Col. Ahmed", "J. Smith", "Sept. 17") does not end a sentence;
 * - a quotation opened with « or “ runs until it is closed, so that a
 *   quoted sentence stays with the words that attribute it
 *   (« Nous avons tenu. Ils sont partis », dit-il.); so does one in
 *   straight quotes ("We held. They left," he said.) when the line closes it;
 * - a line break always ends a sentence, and starts a paragraph.
 *
 * These are the sentences `draftIncident` reads, each drafted claim's
 * evidence within one of them: a page that shows a claim in its sentence
 * finds it here rather than cutting the text again itself.
 *
 * @param text - The article.
 * @param lang - `"fr"` or `"en"`, for the abbreviations.
 * @returns The sentences in order, trimmed, with their offsets.
 *
 * @example
 * splitSentences("Lt. Col. Musa Bello said three soldiers died.\nResidents said 40.", "en")
 * //=> [
 * //   { start: 0, end: 45, text: "Lt. Col. Musa Bello said three soldiers died.", paragraph: 0 },
 * //   { start: 46, end: 64, text: "Residents said 40.", paragraph: 1 },
 * // ]
 */
export function splitSentences(text: string, lang: LexiconLanguage): Sentence[] {
  const sentences: Sentence[] = [];
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  let paragraph = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    let pending: { start: number; end: number } | undefined;
    let depth = 0;
    let straight = 0;
    for (const segment of segmenter.segment(line)) {
      const start = lineStart + segment.index;
      const end = start + segment.segment.length;
      pending = pending === undefined ? { start, end } : { start: pending.start, end };
      depth = quoteDepth(segment.segment, depth);
      straight += straightQuotes(segment.segment);
      // A straight quotation still open that the line closes later: one mark opens and closes, so only its count tells.
      const inStraight = straight % 2 === 1 && line.includes('"', segment.index + segment.segment.length);
      if (depth > 0 || inStraight || endsWithAbbreviation(segment.segment, lang)) continue;
      pushTrimmed(sentences, text, pending, paragraph);
      pending = undefined;
    }
    if (pending) pushTrimmed(sentences, text, pending, paragraph);
    paragraph += 1;
  }
  return sentences;
}

function pushTrimmed(sentences: Sentence[], text: string, span: { start: number; end: number }, paragraph: number): void {
  // A quotation that closes a sentence (« … échelle. » Le camp…) ends it: the segmenter cut before the closing mark, the repair above joined too much.
  const inner = /[.!?…]\s*[»”"]\s+(?=\p{Lu})/gu;
  inner.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  const cut = inner.exec(body);
  if (cut) {
    const at = span.start + cut.index + cut[0].trimEnd().length;
    pushTrimmed(sentences, text, { start: span.start, end: at }, paragraph);
    pushTrimmed(sentences, text, { start: at, end: span.end }, paragraph);
    return;
  }
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start += 1;
  while (end > start && /\s/u.test(text[end - 1]!)) end -= 1;
  if (end > start) sentences.push({ start, end, text: text.slice(start, end), paragraph });
}

/** How many quotations are open after a segment, given how many were open before it. */
function quoteDepth(segment: string, before: number): number {
  let depth = before;
  for (const c of segment) {
    if (OPENING_QUOTE_MARKS.has(c)) depth += 1;
    else if (CLOSING_QUOTE_MARKS.has(c) && depth > 0) depth -= 1;
  }
  return depth;
}

const ANY_ABBREVIATION = new Set([...ABBREVIATIONS.fr, ...ABBREVIATIONS.en]);

/**
 * Whether token `i` is the dot of a title's or a rank's abbreviation ("Brig.",
 * "Gen.", « M. »), which the tokenizer reads as a break but ends nothing:
 * "the army's spokesman, Brig. Gen. X, said" is one clause.
 *
 * @param tokens - A sentence's tokens.
 * @param i - The token to read.
 * @returns Whether it is such a dot.
 */
export function isAbbreviationDot(tokens: readonly Token[], i: number): boolean {
  const dot = tokens[i];
  const word = tokens[i - 1];
  return dot?.text === "." && dot.glued && word?.kind === "word" && ANY_ABBREVIATION.has(word.folded);
}

/** How many straight quotation marks (") a segment holds. */
function straightQuotes(segment: string): number {
  let count = 0;
  for (const c of segment) if (c === '"') count += 1;
  return count;
}

/** Whether a segment ends with an abbreviation's dot or an initial's (« M. », "J."), which ends no sentence. */
function endsWithAbbreviation(segment: string, lang: LexiconLanguage): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith(".")) return false;
  const body = trimmed.slice(0, -1);
  const cut = Math.max(body.lastIndexOf(" "), body.lastIndexOf("("), body.lastIndexOf("\u00a0"));
  const word = body.slice(cut + 1);
  if (word.length === 0) return false;
  if (word.length === 1 && word >= "A" && word <= "Z") return true;
  return ABBREVIATIONS[lang].has(foldWord(word));
}
