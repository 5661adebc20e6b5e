import { foldWord } from "./foldWord.js";
import type { LexiconLanguage } from "./language.js";

/**
 * One token of a text: a word, a number written in digits, a punctuation
 * mark, or a `break` between sentences. `start` and `end` are offsets in the
 * original text, so that the words a reading came from can be quoted exactly.
 */
export interface Token {
  readonly kind: "word" | "number" | "mark" | "break";
  /** The token as written. */
  readonly text: string;
  /** Words folded by {@link foldWord}; marks as written; numbers as their digits. */
  readonly folded: string;
  readonly start: number;
  readonly end: number;
  /** No space between this token and the one before (« 17h », "120mm", « n°3 »). */
  readonly glued: boolean;
  /** For numbers: the value, and whether it is a whole number. */
  readonly value?: number;
  readonly decimal?: boolean;
}

const APOSTROPHES = new Set(["'", "’", "ʼ", "‘"]);
const HYPHENS = new Set(["-", "‐", "‑"]);
const BREAKS = new Set([".", ";", "!", "?", "…", "\n"]);
/** Marks of words left out of a quote (« Cinq voitures [...] auraient été pillés »): not the end of a sentence. */
const ELISIONS = ["[...]", "[…]", "(...)", "(…)"];
const GROUP_SPACES = new Set([" ", "\u00a0", "\u202f", "\u2009"]);

const isLetter = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) return true;
  return c > "\u007f" && /\p{L}/u.test(c);
};
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/**
 * Splits a text into tokens in one pass, character by character, so that
 * reading is linear in the length of the text and no regular expression
 * ever sees more than one character.
 *
 * Numbers follow the conventions of the language: in French a space (normal,
 * no-break or narrow no-break) or a dot groups thousands and a comma marks
 * decimals (« 1 200 », « 1,5 million »); in English a comma or a space groups
 * thousands and a dot marks decimals ("1,200", "1.5 million"). A group is
 * exactly three digits after a first group of one to three, so « en 2023 120
 * morts » stays two numbers; a run of spaces counts as one.
 */
export function tokenize(text: string, lang: LexiconLanguage): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  let lastEnd = -1;
  const push = (token: Omit<Token, "glued">) => {
    tokens.push({ ...token, glued: token.start === lastEnd });
    lastEnd = token.end;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      push({ kind: "break", text: c, folded: "\n", start: i, end: i + 1 });
      i += 1;
    } else if (ELISIONS.some((e) => text.startsWith(e, i))) {
      const elision = ELISIONS.find((e) => text.startsWith(e, i))!;
      push({ kind: "mark", text: elision, folded: "[…]", start: i, end: i + elision.length });
      i += elision.length;
    } else if (isSpace(c)) {
      i += 1;
    } else if (isLetter(c)) {
      const end = initialismEnd(text, i) ?? wordEnd(text, i, lang);
      const word = text.slice(i, end);
      push({ kind: "word", text: word, folded: foldWord(word), start: i, end });
      i = end;
    } else if (isDigit(c) && alphanumericNameEnd(text, i) !== undefined) {
      // « le groupe armé 3R »: digits joined to capitals are a name, not a number.
      const end = alphanumericNameEnd(text, i)!;
      const word = text.slice(i, end);
      push({ kind: "word", text: word, folded: foldWord(word), start: i, end });
      i = end;
    } else if (isDigit(c)) {
      const read = readDigits(text, i, lang);
      push({ kind: "number", text: text.slice(i, read.end), folded: read.digits, start: i, end: read.end, value: read.value, decimal: read.decimal });
      i = read.end;
    } else {
      push({ kind: BREAKS.has(c) ? "break" : "mark", text: c, folded: APOSTROPHES.has(c) ? "'" : c, start: i, end: i + 1 });
      i += 1;
    }
  }
  return tokens;
}

const isUpper = (c: string | undefined): boolean => c !== undefined && c >= "A" && c <= "Z";

/**
 * Where an initialism written with dots ends ("U.S.", "U.N.", "U.K."): two
 * to four capitals, each followed by its dot, are one word, so that "Two
 * U.S. soldiers" keeps its count beside its noun. `undefined` otherwise.
 */
function initialismEnd(text: string, i: number): number | undefined {
  let j = i;
  while (j - i < 8 && isUpper(text[j]) && text[j + 1] === "." && !isLetter(text[j - 1])) j += 2;
  if (j - i < 4 || isLetter(text[j])) return undefined;
  return j;
}

/**
 * Where a word that starts at `i` ends. Hyphens between letters stay inside
 * (« quatre-vingt-dix », "pick-up"). An apostrophe ends a French word after
 * an elision (« l' », « d' », « n' », « jusqu' »); in English it stays inside
 * ("didn't", "group's").
 */
function wordEnd(text: string, i: number, lang: LexiconLanguage): number {
  let j = i;
  for (;;) {
    while (isLetter(text[j])) j += 1;
    const c = text[j];
    // « d'« une vingtaine » », « l'"opération" »: an elision before a quotation mark or a digit is still one.
    if (lang === "fr" && c !== undefined && APOSTROPHES.has(c) && !isLetter(text[j + 1]) && ELIDED.has(text.slice(i, j).toLowerCase())) return j + 1;
    if (c === undefined || !isLetter(text[j + 1])) return j;
    if (c === ".") return domainEnd(text, j) ?? j;
    if (HYPHENS.has(c)) j += 1;
    else if (APOSTROPHES.has(c)) {
      if (lang === "fr") return j + 1;
      j += 1;
    } else return j;
  }
}

const isLower = (c: string | undefined): boolean => c !== undefined && c >= "a" && c <= "z";

/**
 * Where a site's name ends when the dot at `dot` opens its domain
 * (« Lefaso.net », "Actuniger.com", « ACTUALITE.CD »): two to four letters
 * of one case that end the word. `undefined` otherwise: "a.m." and a dot
 * between two words with no space after it end the word.
 */
function domainEnd(text: string, dot: number): number | undefined {
  const sameCase = isUpper(text[dot + 1]) ? isUpper : isLower;
  let j = dot + 1;
  while (j - dot <= 4 && sameCase(text[j])) j += 1;
  return j - dot >= 3 && !isLetter(text[j]) && !isDigit(text[j]) ? j : undefined;
}

/**
 * Where a name written as one or two digits joined to capitals ends (« le
 * 3R », "the 5G"), when nothing but a mark or a space follows: such a name
 * is a word, not a number. `undefined` otherwise ("15h30", "4x4", "3e").
 */
function alphanumericNameEnd(text: string, i: number): number | undefined {
  if (isLetter(text[i - 1]) || isDigit(text[i - 1])) return undefined;
  let j = i;
  while (j - i < 2 && isDigit(text[j])) j += 1;
  if (!isUpper(text[j])) return undefined;
  const letters = j;
  while (j - letters < 4 && isUpper(text[j])) j += 1;
  return isLetter(text[j]) || isDigit(text[j]) ? undefined : j;
}

/** French words that elide before a vowel (« d' », « l' », « qu' »), whose apostrophe belongs to them whatever follows. */
const ELIDED = new Set(["d", "l", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);

interface DigitsRead {
  readonly end: number;
  readonly digits: string;
  readonly value: number;
  readonly decimal: boolean;
}

function readDigits(text: string, i: number, lang: LexiconLanguage): DigitsRead {
  const run = (from: number) => {
    let j = from;
    while (isDigit(text[j])) j += 1;
    return j;
  };
  let end = run(i);
  const first = end - i;
  let digits = text.slice(i, end);
  let fraction = "";
  const thousands = lang === "fr" ? new Set([".", "'"]) : new Set([",", "'"]);
  const decimalMark = lang === "fr" ? "," : ".";
  for (;;) {
    const sep = text[end];
    if (sep === undefined) break;
    let after = end + 1;
    if (GROUP_SPACES.has(sep)) while (GROUP_SPACES.has(text[after] ?? "")) after += 1;
    if (!isDigit(text[after])) break;
    const next = run(after);
    const grouping = (GROUP_SPACES.has(sep) || thousands.has(sep)) && first <= 3 && next - after === 3;
    if (grouping) {
      digits += text.slice(after, next);
      end = next;
    } else if (sep === decimalMark && fraction === "") {
      fraction = text.slice(after, next);
      end = next;
      break;
    } else break;
  }
  const value = Number(fraction === "" ? digits : `${digits}.${fraction}`);
  return { end, digits: fraction === "" ? digits : `${digits}.${fraction}`, value, decimal: fraction !== "" };
}

/** Marks that open a quotation, in French and English typography (« «  », “ ”, „ “, ‹ ›). */
export const OPENING_QUOTE_MARKS: ReadonlySet<string> = new Set(["«", "“", "„", "‹"]);
/** Marks that close a quotation. */
export const CLOSING_QUOTE_MARKS: ReadonlySet<string> = new Set(["»", "”", "›"]);
/** Every mark of quotation, the straight double quote too, which opens and closes alike. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set([...OPENING_QUOTE_MARKS, ...CLOSING_QUOTE_MARKS, '"']);

/**
 * Whether a token is a mark of quotation.
 *
 * @example
 * tokenize("« vingtaine »", "fr").map(isQuoteMark)
 * //=> [true, false, true]
 */
export function isQuoteMark(token: Token): boolean {
  return QUOTE_MARKS.has(token.text);
}

/**
 * Whether every token from `from` to `to` (exclusive) is one of `words`
 * (folded): a run of titles before a name, of determiners before a group's
 * name. An empty run is.
 *
 * @example
 * allWordsIn(tokenize("le colonel Diallo", "fr"), 0, 2, new Set(["le", "colonel"]))
 * //=> true
 */
export function allWordsIn(tokens: readonly Token[], from: number, to: number, words: ReadonlySet<string>): boolean {
  for (let t = from; t < to; t += 1) if (!words.has(tokens[t]!.folded)) return false;
  return true;
}

/**
 * Whether a token is a word that opens with a capital letter: a name, or
 * the first word of a sentence.
 *
 * @example
 * isCapitalisedWord(tokenize("Tombouctou", "fr")[0])
 * //=> true
 */
export function isCapitalisedWord(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.text[0] !== undefined && token.text[0] !== token.text[0].toLowerCase();
}
