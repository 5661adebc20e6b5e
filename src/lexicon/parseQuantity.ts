import { figureInterval, type QuantityFigure } from "../values/figureInterval.js";
import { MONTHS } from "./dateLexicon.js";
import { perLanguage, requireLanguage, type LexiconLanguage } from "./language.js";
import { readNumberWords, scaleWord } from "./numberWords.js";
import { PatternTable } from "./phrasePattern.js";
import {
  HALF_PREFIXES,
  isCountedThing,
  MODIFIERS_AFTER,
  MODIFIERS_BEFORE,
  PLURAL_UNITS,
  RANGES,
  REFERENCE_WORDS,
  REFUSAL_NOUNS,
  ROUND_LEADS,
  ROUND_WORDS,
  UNITS,
  VAGUE_WORDS,
  ZERO_PHRASES,
  ZERO_WORDS,
  type Modifier,
  type RoundWord,
} from "./quantityLexicon.js";
import { writtenAsYear } from "./dateParts.js";
import { scanDates } from "./scanDates.js";
import { QUOTE_MARKS, tokenize, type Token } from "./tokenize.js";

/**
 * A count read from words: the format-1 quantity it means (`value`), the
 * interval that quantity covers (`high` is `Infinity` when open-ended) and
 * the words it was read from, exactly as written.
 */
export interface ParsedQuantity {
  readonly value: QuantityFigure;
  readonly low: number;
  readonly high: number;
  readonly phrase: string;
}

/** A count found in a token list, with the tokens it spans. */
export interface QuantityMatch extends ParsedQuantity {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the first count in a French or English text and returns the
 * format-1 quantity it means, with its interval and the words it came from.
 * Words may come in any case, with or without accents, with typographic
 * apostrophes and no-break spaces.
 *
 * The words it reads, and the interval each one means — the one table
 * behind every reading (the README shows it too, and a test keeps both in
 * step). The last column gives, for comparison, the
 * single figure ACLED would code: its published rule is "tens" → 10,
 * "dozens" → 12, "hundreds" → 100 and so on, otherwise the most conservative
 * figure the reports allow. `contested` keeps the whole interval instead of
 * one point, because its job is to tell which accounts can both be true.
 *
 * | words | reading | interval | why | ACLED |
 * |---|---|---|---|---|
 * | « 12 », « douze », "12", "twelve" | `12` | 12–12 | a figure is a figure | 12 |
 * | « 1 200 », « 1.200 », "1,200" | `1200` | 1200–1200 | French groups thousands with a space or a dot, English with a comma | 1200 |
 * | « 1,5 million », "1.5 million" | `1500000` | 1500000–1500000 | a decimal is a count only before a scale word | 1500000 |
 * | « environ 50 », « quelque 50 », « autour de 50 », « 50 environ », "about 50", "around 50", "roughly 50", "some 50" | `{ approx: 50 }` | 45–55 | the format's own approx: ±10 %, rounded outward | 50 |
 * | « près de 50 », « presque 50 », « pas loin de 50 », "nearly 50", "almost 50", "close to 50" | `{ min: 45, max: 50 }` | 45–50 | close to and, as written, not above | 50 |
 * | « une demi-douzaine », "half a dozen" | `{ approx: 6, tolerance: 1 }` | 5–7 | half of « une douzaine », halfway to « quelques » and « une huitaine » | 6 |
 * | « une dizaine » | `{ approx: 10, tolerance: 2 }` | 8–12 | halfway to the next round words (« quelques », « une douzaine ») | 10 |
 * | « une douzaine », "a dozen" | `{ approx: 12, tolerance: 2 }` | 10–14 | as for « une dizaine » | 12 |
 * | « une quinzaine de morts » | `{ approx: 15, tolerance: 3 }` | 12–18 | halfway to « une douzaine » and « une vingtaine » | 15 |
 * | « une vingtaine », « une trentaine », « une quarantaine de morts », « une cinquantaine », « une soixantaine » | `{ approx: N, tolerance: 5 }` | 15–25, 25–35, 35–45, 45–55, 55–65 | the next round word is ten away | N |
 * | « une centaine » | `{ approx: 100, tolerance: 20 }` | 80–120 | no round word between sixty and a hundred | 100 |
 * | « un millier » | `{ approx: 1000, tolerance: 200 }` | 800–1200 | as for « une centaine » | 1000 |
 * | « deux centaines » | `{ approx: 200, tolerance: 40 }` | 160–240 | the round word, twice | 200 |
 * | « quelques », "a few" | `{ min: 2, max: 5 }` | 2–5 | more than one, fewer than « une dizaine » would say | — |
 * | « plusieurs », "several" | `{ min: 2, max: 9 }` | 2–9 | more than one, fewer than ten | — |
 * | « quelques dizaines », "a few dozen" | `{ min: 20, max: 59 }`, `{ min: 24, max: 71 }` | 20–59, 24–71 | two to five of the unit, and up to just under six | 10, 12 |
 * | « des dizaines », « plusieurs dizaines », "tens of", "dozens", "scores" | `{ min: 20, max: 99 }`, …, `{ min: 40, max: 99 }` | 20–99, 20–99, 20–99, 24–99, 40–99 | a plural is at least two of the unit; a hundred would be « une centaine », "a hundred" | 10, 10, 10, 12, — |
 * | « des centaines », « plusieurs centaines », "hundreds", "several hundred" | `{ min: 200, max: 999 }` | 200–999 | as above, one order up | 100 |
 * | « quelques centaines », "a few hundred" | `{ min: 200, max: 599 }` | 200–599 | « quelques » times a hundred | 100 |
 * | « des milliers », "thousands" | `{ min: 2000, max: 9999 }` | 2000–9999 | as above | 1000 |
 * | « des dizaines de milliers », "tens of thousands" | `{ min: 20000, max: 99999 }` | 20000–99999 | the plural, times the scale | 10000 |
 * | « au moins 50 », « pas moins de 50 », « 50 au moins », "at least 50", "no fewer than 50", "50 or more" | `{ atLeast: 50 }` | 50–∞ | a floor | 50 |
 * | « plus de 50 », « au-delà de 50 », "more than 50", "over 50", "upwards of 50" | `{ atLeast: 51 }` | 51–∞ | strictly above a figure | 51 |
 * | « plus d'une centaine » | `{ atLeast: 100 }` | 100–∞ | above a round word's centre | 100 |
 * | « moins de 50 », "fewer than 50", "less than 50", "under 50" | `{ atMost: 49 }` | 0–49 | strictly below a figure | 0 |
 * | « au plus 50 », « jusqu'à 50 », « pas plus de 50 », "up to 50", "as many as 50", "at most 50" | `{ atMost: 50 }` | 0–50 | a ceiling: "as many as 600" does not say 600 | 0 |
 * | « entre 20 et 30 », « de 20 à 30 », « 20 à 30 », "between 20 and 30", "20-30", "20 to 30" | `{ min: 20, max: 30 }` | 20–30 | the range given | 20 |
 * | « deux ou trois », "two or three" | `{ min: 2, max: 3 }` | 2–3 | the range given | 2 |
 * | « aucun », « aucune victime », « personne n'a été tué », « pas de victimes », "no one", "nobody", "none", "no casualties" | `0` | 0–0 | a stated zero is a figure | 0 |
 *
 * Not counts: numbers with a unit (« 120 mm », « 2 heures », "30 %", « 25 ans »,
 * "25-year-old"), dates and years, spans of days among them — whatever
 * {@link readDates} reads (« 24 novembre 2023 », « en 2015 », « du 22 au 27
 * juillet », « les 3 et 4 mars », "between March 3 and 5") — times
 * (« 17h30 », "17:00"), references (« article 3 », « n° 12 », « RN 16 »),
 * ordinals (« 1er », « 2e »), decimals without a scale (« 1,5 »), and « -aine »
 * words that do not count things: « la trentaine » (an age), « mis en
 * quarantaine » (quarantine), « une huitaine » / « une quinzaine de jours »
 * (periods of days). « quarantaine », « huitaine » and « quinzaine » count only
 * when followed by « de » and the things counted (« une quinzaine de morts »).
 * A round word reads the same in quotation marks (« une "vingtaine" de
 * morts », « une « cinquantaine » de soldats ») and, before « de » and the
 * things counted, without its article (« quinzaine de morts »).
 *
 * @param text - Any text: a phrase (« une cinquantaine ») or a sentence
 *   (« une cinquantaine de soldats maliens tués »).
 * @param lang - `"fr"` or `"en"` (a region such as `"fr-ML"` is ignored).
 * @returns The first count in the text, or `undefined` when it holds none.
 * @throws RangeError when the language is not one the lexicon reads.
 *
 * @example
 * parseQuantity("plusieurs dizaines de soldats maliens tués", "fr")
 * //=> { value: { min: 20, max: 99 }, low: 20, high: 99, phrase: "plusieurs dizaines" }
 */
export function parseQuantity(text: string, lang: string): ParsedQuantity | undefined {
  const found = findQuantities(text, requireLanguage(lang, "parseQuantity"))[0];
  return found && withoutSpan(found);
}

/** A found count without the token positions it was found at. */
export function withoutSpan({ start: _start, end: _end, ...parsed }: QuantityMatch): ParsedQuantity {
  return parsed;
}

/** Every count in a text, left to right. */
export function findQuantities(text: string, lang: LexiconLanguage): QuantityMatch[] {
  return scanQuantities(text, tokenize(String(text), lang), lang);
}

/** Every count in a token list, left to right, each read once, outside the dates in it (« du 22 au 27 juillet » counts nothing). */
export function scanQuantities(text: string, tokens: readonly Token[], lang: LexiconLanguage): QuantityMatch[] {
  const tables = tablesFor(lang);
  const dateEnds: number[] = [];
  for (const date of scanDates(tokens, lang)) for (let t = date.start; t < date.end; t += 1) dateEnds[t] = date.end;
  const reachesDate = (start: number, end: number) => {
    for (let t = start; t < end; t += 1) if (dateEnds[t] !== undefined) return true;
    return false;
  };
  const found: QuantityMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const dateEnd = dateEnds[i];
    const read = dateEnd === undefined ? readQuantityAt(tokens, i, lang, tables) : undefined;
    if (dateEnd !== undefined) {
      i = dateEnd;
    } else if (read === undefined || (read.kind === "count" && reachesDate(read.start, read.end))) {
      i += 1;
    } else if (read.kind === "not-a-count") {
      i = Math.max(i + 1, read.end);
    } else {
      const interval = figureInterval(read.value)!;
      const phrase = text.slice(tokens[read.start]!.start, tokens[read.end - 1]!.end);
      found.push({ value: read.value, low: interval.low, high: interval.high, phrase, start: read.start, end: read.end });
      i = read.end;
    }
  }
  return found;
}

interface Tables {
  readonly before: PatternTable<Modifier>;
  readonly after: PatternTable<Modifier>;
  readonly zero: PatternTable<true>;
  readonly vague: PatternTable<{ readonly low: number; readonly high: number; readonly unitOnly?: boolean }>;
  readonly roundLeads: PatternTable<number>;
}

const tablesFor = perLanguage(
  (lang): Tables => ({
    before: new PatternTable(MODIFIERS_BEFORE[lang]),
    after: new PatternTable(MODIFIERS_AFTER[lang]),
    zero: new PatternTable(ZERO_PHRASES[lang].map((p) => [p, true] as const)),
    vague: new PatternTable(VAGUE_WORDS[lang]),
    roundLeads: new PatternTable(ROUND_LEADS[lang]),
  }),
);

/** What the words at a token are: nothing, a count, or numbers that are not a count (a date, a unit). */
type Read =
  | { readonly kind: "count"; readonly value: QuantityFigure; readonly start: number; readonly end: number }
  | { readonly kind: "not-a-count"; readonly end: number };

/** The core of a count, before modifiers bend it. */
type Base =
  | { readonly kind: "exact"; readonly n: number; readonly end: number }
  | { readonly kind: "round"; readonly centre: number; readonly tolerance: number; readonly end: number }
  | { readonly kind: "span"; readonly low: number; readonly high: number; readonly end: number }
  | { readonly kind: "zero"; readonly end: number }
  | { readonly kind: "not-a-count"; readonly end: number };

function readQuantityAt(tokens: readonly Token[], i: number, lang: LexiconLanguage, tables: Tables): Read | undefined {
  const before = tables.before.longestAt(tokens, i);
  if (before) {
    const base = readBase(tokens, before.end, lang, tables);
    if (base?.kind === "not-a-count") return base;
    if (base !== undefined && base.kind !== "zero") return { kind: "count", value: bend(base, before.data), start: i, end: base.end };
  }
  const base = readBase(tokens, i, lang, tables);
  if (base === undefined || base.kind === "not-a-count") return base;
  const after = base.kind === "zero" ? undefined : tables.after.longestAt(tokens, base.end);
  return { kind: "count", value: bend(base, after?.data), start: i, end: after?.end ?? base.end };
}

/**
 * How a modifier bends a count. Around a figure the bounds are strict
 * (« plus de 50 » is 51 or more); around a round word they are its centre
 * (« plus d'une centaine » is 100 or more); around a span they keep the
 * span's own bound.
 */
function bend(base: Exclude<Base, { kind: "not-a-count" }>, modifier: Modifier | undefined): QuantityFigure {
  if (base.kind === "zero") return 0;
  if (base.kind === "span") {
    if (modifier === "atLeast" || modifier === "moreThan") return { atLeast: base.low };
    if (modifier === "atMost" || modifier === "lessThan") return { atMost: base.high };
    return base.low === base.high ? base.low : { min: base.low, max: base.high };
  }
  const exact = base.kind === "exact";
  const n = exact ? base.n : base.centre;
  switch (modifier) {
    case undefined:
      return exact ? n : { approx: n, tolerance: base.tolerance };
    case "approx":
      return exact ? { approx: n } : { approx: n, tolerance: base.tolerance };
    case "nearly":
      return n === 0 ? 0 : { min: Math.floor((n * 9) / 10), max: n };
    case "atLeast":
      return { atLeast: n };
    case "moreThan":
      return { atLeast: exact ? n + 1 : n };
    case "atMost":
      return { atMost: n };
    case "lessThan":
      return { atMost: exact ? Math.max(0, n - 1) : n };
  }
}

function readBase(tokens: readonly Token[], j: number, lang: LexiconLanguage, tables: Tables): Base | undefined {
  const token = tokens[j];
  if (token === undefined || token.kind === "break" || token.kind === "mark") return undefined;
  return (
    readZero(tokens, j, lang, tables) ??
    readRange(tokens, j, lang) ??
    readRound(tokens, j, lang, tables) ??
    readVague(tokens, j, lang, tables) ??
    readFigure(tokens, j, lang)
  );
}

const word = (token: Token | undefined): string | undefined => (token?.kind === "word" ? token.folded : undefined);
const OF: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["de", "d'"]), en: new Set(["of"]) };

/** « aucun », « aucune victime », « personne n'a », "no one", "no soldiers"; « aucun bilan » is not a zero. */
function readZero(tokens: readonly Token[], j: number, lang: LexiconLanguage, tables: Tables): Base | undefined {
  const phrase = tables.zero.longestAt(tokens, j);
  if (phrase) return { kind: "zero", end: lang === "fr" && word(tokens[j]) === "personne" ? j + 1 : phrase.end };
  const head = word(tokens[j]);
  if (head === undefined || !ZERO_WORDS[lang].has(head)) return undefined;
  const next = word(tokens[j + 1]);
  if (next !== undefined && REFUSAL_NOUNS[lang].has(next)) return { kind: "not-a-count", end: j + 2 };
  if (lang === "en") return isCountedThing(next, lang) ? { kind: "zero", end: j + 2 } : undefined;
  return { kind: "zero", end: isCountedThing(next, lang) ? j + 2 : j + 1 };
}

/** « entre 20 et 30 », « de 20 à 30 », « 20 à 30 », « deux ou trois », "between 20 and 30", "20-30". */
function readRange(tokens: readonly Token[], j: number, lang: LexiconLanguage): Base | undefined {
  const { open, joiners } = RANGES[lang];
  const opener = word(tokens[j]);
  const closer = opener === undefined ? undefined : open.get(opener);
  const from = closer === undefined ? j : j + 1;
  const first = readNumeral(tokens, from, lang);
  if (first === undefined) return undefined;
  const joiner = tokens[first.end];
  const joins = closer === undefined ? joiner !== undefined && joiners.has(joiner.folded) : joiner?.folded === closer;
  if (!joins) return undefined;
  const second = readNumeral(tokens, first.end + 1, lang);
  if (second === undefined || second.value <= first.value) return undefined;
  if (notACount(tokens, from, first, lang) || notACount(tokens, first.end + 1, second, lang)) return { kind: "not-a-count", end: second.end };
  return { kind: "span", low: first.value, high: second.value, end: second.end };
}

/**
 * « une cinquantaine », « un millier », "a dozen", « deux centaines », « une
 * demi-douzaine », "half a dozen"; the round word may stand in quotation
 * marks (« une "vingtaine" de morts ») or, before « de » and the things
 * counted, without its article (« quinzaine de morts »).
 */
function readRound(tokens: readonly Token[], j: number, lang: LexiconLanguage, tables: Tables): Base | undefined {
  const lead = tables.roundLeads.longestAt(tokens, j);
  if (lead) {
    const quoted = isQuotationMark(tokens[lead.end]);
    const at = quoted ? lead.end + 1 : lead.end;
    const singular = roundWordAt(tokens, at, lang, lead.data);
    if (singular !== undefined) return roundCount(tokens, afterClosingQuote(tokens, at + 1, lang, quoted), lang, singular, 1);
  }
  const numeral = readNumeral(tokens, j, lang);
  if (numeral !== undefined && numeral.value >= 2) {
    const plural = PLURAL_UNITS[lang].get(word(tokens[numeral.end]) ?? "");
    const roundWord = plural && [...ROUND_WORDS[lang].values()].find((r) => r.centre === plural.unit);
    return roundWord ? roundCount(tokens, numeral.end + 1, lang, roundWord, numeral.value) : undefined;
  }
  const bare = roundWordAt(tokens, j, lang, 1);
  if (bare === undefined) return undefined;
  const end = afterClosingQuote(tokens, j + 1, lang, false);
  return OF[lang].has(word(tokens[end]) ?? "") && isCountedThing(word(tokens[end + 1]), lang) ? roundCount(tokens, end, lang, bare, 1) : undefined;
}

/** The round word at token `at`, times `share` (a half after « une demi », "half a", or in « demi-douzaine »), when that stays whole. */
function roundWordAt(tokens: readonly Token[], at: number, lang: LexiconLanguage, share: number): RoundWord | undefined {
  const folded = word(tokens[at]);
  if (folded === undefined) return undefined;
  const halved = folded.startsWith(HALF_PREFIXES[lang]);
  const whole = ROUND_WORDS[lang].get(halved ? folded.slice(HALF_PREFIXES[lang].length) : folded);
  if (whole === undefined) return undefined;
  const part = halved ? share / 2 : share;
  const centre = whole.centre * part;
  const tolerance = whole.tolerance * part;
  if (!Number.isInteger(centre) || !Number.isInteger(tolerance)) return undefined;
  return { ...whole, centre, tolerance };
}

/** Whether a token is a quotation mark a writer put around a round word: « une "vingtaine" de morts », « une « cinquantaine » de soldats ». */
const isQuotationMark = (token: Token | undefined): boolean => token?.kind === "mark" && QUOTE_MARKS.has(token.folded);

/** Past the quotation mark that closes a quoted round word (« une "vingtaine" de morts »), or one before « de » (« « vingtaine » de morts »). */
function afterClosingQuote(tokens: readonly Token[], at: number, lang: LexiconLanguage, opened: boolean): number {
  if (!isQuotationMark(tokens[at])) return at;
  return opened || OF[lang].has(word(tokens[at + 1]) ?? "") ? at + 1 : at;
}

function roundCount(tokens: readonly Token[], end: number, lang: LexiconLanguage, round: RoundWord, times: number): Base {
  const of = OF[lang].has(word(tokens[end]) ?? "");
  const thing = tokens[end + 1];
  if (of && thing?.kind === "word" && UNITS[lang].has(thing.folded)) return { kind: "not-a-count", end: end + 2 };
  if (round.onlyBeforeThings && !(of && thing?.kind === "word")) return { kind: "not-a-count", end };
  return { kind: "round", centre: round.centre * times, tolerance: round.tolerance * times, end };
}

/** « quelques », « plusieurs », « des dizaines », « plusieurs centaines de milliers », "dozens", "a few hundred", "tens of thousands". */
function readVague(tokens: readonly Token[], j: number, lang: LexiconLanguage, tables: Tables): Base | undefined {
  const vague = tables.vague.longestAt(tokens, j);
  const unitAt = vague?.end ?? j;
  const unit = PLURAL_UNITS[lang].get(word(tokens[unitAt]) ?? "");
  const bareUnit = vague === undefined && unit !== undefined && (unit.bare || (lang === "fr" && OF.fr.has(word(tokens[unitAt + 1]) ?? "")));
  if (unit !== undefined && (vague !== undefined || bareUnit)) {
    const low = vague?.data.low ?? 2;
    const high = vague?.data.high ?? 9;
    let span = { low: low * unit.unit, high: Math.min((high + 1) * unit.unit - 1, unit.cap ?? Infinity) };
    let end = unitAt + 1;
    const scale = OF[lang].has(word(tokens[end]) ?? "") ? PLURAL_UNITS[lang].get(word(tokens[end + 1]) ?? "") : undefined;
    if (scale !== undefined && scale.unit >= 1_000) {
      span = { low: span.low * scale.unit, high: (span.high + 1) * scale.unit - 1 };
      end += 2;
    }
    if (unitFollows(tokens, end, lang)) return { kind: "not-a-count", end };
    return { kind: "span", ...span, end };
  }
  if (vague === undefined || vague.data.unitOnly) return undefined;
  if (unitFollows(tokens, vague.end, lang)) return { kind: "not-a-count", end: vague.end };
  return { kind: "span", low: vague.data.low, high: vague.data.high, end: vague.end };
}

/** A figure in digits or words: « 12 », « 1 200 », « 1,5 million », « douze », "twenty-three"; « un soldat ». */
function readFigure(tokens: readonly Token[], j: number, lang: LexiconLanguage): Base | undefined {
  const numeral = readNumeral(tokens, j, lang);
  if (numeral === undefined) return undefined;
  if (numeral.article) {
    const end = articleNounEnd(tokens, numeral.end, lang);
    return end === undefined ? undefined : { kind: "exact", n: 1, end };
  }
  if (notACount(tokens, j, numeral, lang)) return { kind: "not-a-count", end: numeral.end + unitLength(tokens, numeral.end, lang) };
  return { kind: "exact", n: numeral.value, end: numeral.end };
}

/**
 * Where the one thing an article counts ends: its noun (« un soldat », "a
 * soldier"), a noun of two counted words ("a police officer"), one word
 * before the counted noun ("a security guard", "an army officer", « un
 * jeune berger »), or an age ("a 10-year-old girl"). `undefined` when no
 * counted thing follows.
 */
function articleNounEnd(tokens: readonly Token[], at: number, lang: LexiconLanguage): number | undefined {
  // "a 10-year-old girl": one person told by age (the age itself is no count).
  if (lang === "en" && tokens[at]?.kind === "number" && tokens[at + 1]?.text === "-" && word(tokens[at + 2]) === "year-old") {
    return isCountedThing(word(tokens[at + 3]), lang) ? at + 4 : undefined;
  }
  if (isCountedThing(word(tokens[at]), lang)) {
    // "a police station", "an army patrol": the counted word only qualifies the noun after it, which is the one thing counted.
    // "a rebel group", "a jihadist cell": a body of people, which English qualifies before its noun, counts no one.
    if (lang === "en" && COLLECTIVES.en.has(word(tokens[at + 1]) ?? "")) return undefined;
    // "declined to give a death toll", "a death threat": the counted word names what the noun after it is about, and counts nothing.
    if (lang === "en" && ABOUT_THE_COUNTED.has(word(tokens[at + 1]) ?? "")) return undefined;
    // "a civilian truck driver": the person the vehicle names.
    if (lang === "en" && NOT_ONE_PERSON.has(word(tokens[at + 1]) ?? "")) return isCountedThing(word(tokens[at + 2]), lang) ? at + 3 : at + 2;
    return isCountedThing(word(tokens[at + 1]), lang) ? at + 2 : at + 1;
  }
  // « un groupe rebelle »: a body of people, which French qualifies after its noun, counts no one.
  if (lang === "fr" && COLLECTIVES.fr.has(word(tokens[at]) ?? "")) return undefined;
  // « la mort d'un de ses membres », « une des victimes »: one of those counted.
  const of = lang === "fr" ? word(tokens[at]) : undefined;
  const skip = of === "des" ? 1 : of === "de" && OF_WHOSE.has(word(tokens[at + 1]) ?? "") ? 2 : 0;
  if (skip > 0 && isCountedThing(word(tokens[at + skip]), lang)) return at + skip + 1;
  return word(tokens[at]) !== undefined && isCountedThing(word(tokens[at + 1]), lang) ? at + 2 : undefined;
}

/**
 * Nouns of a body of people (« un groupe rebelle », « un commando
 * jihadiste », "a rebel group", "a jihadist cell"): one of them is never
 * one person, nor any thing counted. French qualifies them after the noun,
 * English before it ("a gang member" is one person).
 */
const COLLECTIVES: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["groupe", "bande", "gang", "commando", "cellule", "faction", "mouvement", "coalition", "milice", "equipe"]),
  en: new Set(["group", "gang", "band", "squad", "cell", "team", "faction", "movement", "militia", "coalition"]),
};

/** English nouns a counted word may qualify that count nothing ("a death toll", "a casualty figure", "a death threat", "a police spokesman"). */
const ABOUT_THE_COUNTED: ReadonlySet<string> = new Set([
  "toll",
  "tolls",
  "figure",
  "figures",
  "count",
  "list",
  "threat",
  "threats",
  "sentence",
  "penalty",
  "certificate",
  // "A police spokesman declined to comment", "a security source said": one who speaks for the counted, never one of them hurt.
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "source",
  "sources",
  "statement",
]);

/**
 * English nouns a counted word may qualify ("a police station", "a military
 * convoy"): the one thing counted is a place, a vehicle or a unit, not a
 * person.
 *
 * @example
 * NOT_ONE_PERSON.has("convoy") && !NOT_ONE_PERSON.has("soldier")
 * //=> true
 */
export const NOT_ONE_PERSON: ReadonlySet<string> = new Set([
  "station",
  "post",
  "checkpoint",
  "base",
  "camp",
  "barracks",
  "headquarters",
  "convoy",
  "patrol",
  "unit",
  "column",
  "vehicle",
  "truck",
  "operation",
]);

/** The French determiners of those one is counted among (« un de ses membres », « une de leurs filles »). */
const OF_WHOSE: ReadonlySet<string> = new Set(["ses", "leurs", "nos", "vos", "mes", "ces"]);

interface Numeral {
  readonly value: number;
  readonly end: number;
  /** « un », « une », "a", "an" alone: one only before a thing counted. */
  readonly article: boolean;
  readonly digits: boolean;
}

/**
 * The indefinite articles, per language: one thing, and a thing the text
 * has not named before (in French « a » is « à » folded, never the article
 * « un »).
 *
 * @example
 * ARTICLE_ONES.fr.has("une") && ARTICLE_ONES.en.has("an")
 * //=> true
 */
export const ARTICLE_ONES: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["un", "une"]), en: new Set(["a", "an"]) };

function readNumeral(tokens: readonly Token[], j: number, lang: LexiconLanguage): Numeral | undefined {
  const token = tokens[j];
  if (token === undefined) return undefined;
  if (token.kind === "number") {
    const scale = scaleWord(word(tokens[j + 1]) ?? "", lang);
    const value = scale === undefined ? token.value! : Math.round(token.value! * scale * 1000) / 1000;
    if (!Number.isSafeInteger(value) || value < 0) return { value: NaN, end: j + (scale === undefined ? 1 : 2), article: false, digits: true };
    return { value, end: j + (scale === undefined ? 1 : 2), article: false, digits: true };
  }
  if (token.kind !== "word") return undefined;
  if (tokens[j - 1]?.folded === "l'") return undefined;
  const read = readNumberWords(tokens, j, lang);
  if (read === undefined) return ARTICLE_ONES[lang].has(token.folded) ? { value: 1, end: j + 1, article: true, digits: false } : undefined;
  const article = read.words === 1 && read.end === j + 1 && ARTICLE_ONES[lang].has(token.folded);
  return { value: read.value, end: read.end, article, digits: false };
}

/** A unit after a count, directly or after « de » / "of": « quelques jours », « une quinzaine de jours », "several hundred metres". */
function unitFollows(tokens: readonly Token[], end: number, lang: LexiconLanguage): boolean {
  const next = tokens[end];
  if (next === undefined) return false;
  const after = OF[lang].has(word(next) ?? "") ? tokens[end + 1] : next;
  return isUnit(tokens, after === next ? end : end + 1, lang);
}

function isUnit(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  return unitLength(tokens, at, lang) > 0;
}

/** How many tokens the unit at `at` spans (« mm », « pour cent », "-year-old"), 0 when there is none. */
function unitLength(tokens: readonly Token[], at: number, lang: LexiconLanguage): number {
  const token = tokens[at];
  if (token === undefined) return 0;
  if (token.kind === "mark") {
    if (UNITS[lang].has(token.folded)) return 1;
    const hyphenated = token.folded === "-" && tokens[at + 1]?.glued === true ? unitLength(tokens, at + 1, lang) : 0;
    return hyphenated > 0 ? hyphenated + 1 : 0;
  }
  const w = word(token);
  if (w === undefined) return 0;
  if ((w === "pour" || w === "per") && word(tokens[at + 1]) === "cent") return 2;
  return UNITS[lang].has(w) ? 1 : 0;
}

/**
 * Whether the numeral read from token `start` is something other than a
 * count of things: glued to letters (« 17h », "120mm", « 1er », « T-72 »),
 * followed by a unit, beside a month, after a reference word or an age, a
 * year, or a decimal without a scale.
 */
function notACount(tokens: readonly Token[], start: number, numeral: Numeral, lang: LexiconLanguage): boolean {
  const { end, value } = numeral;
  const first = tokens[start]!;
  const last = tokens[end - 1]!;
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (first.kind === "number" && first.glued && prev !== undefined && gluedToSomething(tokens, start - 1)) return true;
  if (prev?.kind === "mark" && ["°", "#", "№"].includes(prev.folded)) return true;
  if (next?.glued && last.kind === "number" && (next.kind === "word" || next.kind === "number" || [":", "/", "h"].includes(next.folded))) return true;
  if (isUnit(tokens, end, lang)) return true;
  const nextWord = word(next);
  if (nextWord !== undefined && MONTHS[lang].has(nextWord) && !(lang === "en" && nextWord === "may" && tokens[end + 1]?.kind === "word")) return true;
  const prevWord = word(prev);
  if (prevWord !== undefined && (MONTHS[lang].has(prevWord) || REFERENCE_WORDS[lang].has(prevWord))) return true;
  if (!Number.isSafeInteger(value)) return true;
  // « au moins 2000 », "at least 1800", « 2000 au moins »: a floor makes the number a count, never a year.
  const floored =
    prevWord === "least" || (prevWord === "moins" && word(tokens[start - 2]) === "au") || (nextWord === "au" && word(tokens[end + 1]) === "moins");
  if (end === start + 1 && !floored && writtenAsYear(tokens, start, lang) && !isCountedThing(nextWord, lang)) return true;
  if (
    lang === "fr" &&
    first.kind === "word" &&
    first.folded === "neuf" &&
    end === start + 1 &&
    prevWord !== undefined &&
    !NUMBER_LEADS.has(prevWord) &&
    !isCountedThing(nextWord, lang)
  )
    return true;
  return false;
}

/** Whether the token before a number ties it to something else: a word or number (« T72 »), a date or time separator ("24/11", "17:00"), or a hyphen after a word (« BM-21 »), but not the hyphen of a range ("20-30"). */
function gluedToSomething(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at]!;
  if (prev.kind === "word" || prev.kind === "number") return true;
  if (["°", "#", "/", "№", ":", "."].includes(prev.folded)) return true;
  return prev.folded === "-" && prev.glued && tokens[at - 1]?.kind === "word";
}

/** French words that lead into a number: after any other word, « neuf » is the adjective (« un camion neuf »), not nine. */
const NUMBER_LEADS = new Set([
  "et",
  "ou",
  "de",
  "du",
  "des",
  "d'",
  "a",
  "au",
  "aux",
  "en",
  "pour",
  "par",
  "sur",
  "dans",
  "avec",
  "sans",
  "dont",
  "que",
  "qu'",
  "les",
  "ces",
  "ses",
  "leurs",
  "nos",
  "vos",
  "mes",
  "moins",
  "plus",
  "environ",
  "pres",
  "presque",
  "quasiment",
  "quelque",
  "entre",
  "jusqu'",
  "maximum",
  "minimum",
  "mot",
  "soit",
  "seulement",
  "tous",
  "toutes",
  "sont",
  "ont",
  "etaient",
  "avaient",
  "bilan",
]);
