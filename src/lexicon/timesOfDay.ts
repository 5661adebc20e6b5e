import type { LexiconLanguage } from "./language.js";
import type { Token } from "./tokenize.js";

/**
 * A time of day a text gives ("at around 9pm", « vers 2 heures du
 * matin »): the tokens it spans, `start` to `end` (exclusive), with the
 * words that lead to it ("at about", « aux environs de »), and the clock
 * time it means, as `"HH:MM"` on a 24-hour clock.
 */
export interface TimeOfDay {
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

/**
 * Words that lead to a time of day, folded, from the last one back ("at
 * around", "shortly after", « aux environs de », « peu avant »): a French
 * hour needs one (« 48 heures » alone is a span of time), and they belong to
 * the quote.
 */
const LEADS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["vers", "a", "environs", "alentours", "autour", "de", "aux", "peu", "avant", "apres", "juste"]),
  en: new Set(["at", "around", "about", "approximately", "roughly", "shortly", "just", "after", "before", "a", "little", "some"]),
};

/**
 * Whether the words before a French hour at `at` lead to a time of day
 * (« vers », « à », « dès », « aux environs de », « autour de », « peu
 * après »): « dès » is told from the article « des » by its accent, and
 * « de » or « après » alone may open a span (« plus de 2 heures »).
 */
function frenchLead(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (previous === undefined) return false;
  const written = previous.text.toLowerCase();
  if (written === "vers" || written === "à" || written === "dès") return true;
  const before = tokens[at - 2]?.folded ?? "";
  if (previous.folded === "de") return before === "environs" || before === "alentours" || before === "autour";
  if (previous.folded === "avant" || previous.folded === "apres") return before === "peu" || before === "juste";
  return false;
}

/** The French words of the part of the day after an hour, and how it moves the hour (« 8 heures du soir » is 20:00). */
const FRENCH_PARTS: readonly (readonly [readonly string[], (hour: number) => number])[] = [
  [["du", "matin"], (hour) => hour],
  [["du", "soir"], (hour) => (hour < 12 ? hour + 12 : hour)],
  [["de", "l'", "apres-midi"], (hour) => (hour < 12 ? hour + 12 : hour)],
  [["de", "l'", "apres", "-", "midi"], (hour) => (hour < 12 ? hour + 12 : hour)],
  [["de", "la", "nuit"], (hour) => (hour >= 7 && hour < 12 ? hour + 12 : hour)],
];

/** Words that say the time is an end, not when the incident happened ("until 9pm", « jusqu'à 10 heures »). */
const ENDS: ReadonlySet<string> = new Set(["until", "till", "jusqu'", "jusqu'a", "jusque", "jusqu'au"]);

/** Words of noon, a time of day on its own (« vers midi », "around noon"). */
const NOON: ReadonlySet<string> = new Set(["midi", "noon", "midday"]);

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Reads the times of day among a text's tokens, left to right: the English
 * "9pm", "6.30pm", "11:30 p.m.", "at around 08:00" (a 24-hour clock needs
 * its minutes and a lead), and the French « vers 23 heures », « à 5 h 30 »,
 * « aux alentours de 0 h 30 », « 2 heures du matin » (an hour needs a lead or
 * the part of the day, since « 48 heures » is a span), and noon. Midnight is
 * left out: which day it closes is the writer's guess. A time that ends
 * something ("until 9pm", « jusqu'à 10 heures ») is no time the incident
 * happened, and is left out too.
 *
 * @param tokens - A sentence's tokens, from `tokenize`.
 * @param lang - The text's language.
 * @returns The times in the order of the text; none overlap.
 * @example
 * timesOfDay(tokenize("gunmen struck at around 9pm", "en"), "en");
 * //=> [{ start: 2, end: 6, value: "21:00" }]
 * timesOfDay(tokenize("vers 2 heures du matin", "fr"), "fr")[0]?.value;
 * //=> "02:00"
 */
export function timesOfDay(tokens: readonly Token[], lang: LexiconLanguage): TimeOfDay[] {
  const out: TimeOfDay[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const read = lang === "fr" ? frenchTime(tokens, i) : englishTime(tokens, i);
    if (read === undefined) continue;
    const start = leadStart(tokens, i, lang);
    if (ENDS.has(tokens[start - 1]?.folded ?? "") || ENDS.has(tokens[i - 1]?.folded ?? "")) {
      i = read.end - 1;
      continue;
    }
    out.push({ start, end: read.end, value: `${pad(read.hour)}:${pad(read.minute)}` });
    i = read.end - 1;
  }
  return out;
}

interface Clock {
  readonly hour: number;
  readonly minute: number;
  readonly end: number;
}

/** The first token of the leads before a time at `at` ("at around", « aux environs de »), at most four. */
function leadStart(tokens: readonly Token[], at: number, lang: LexiconLanguage): number {
  let start = at;
  while (start > 0 && at - start < 4 && LEADS[lang].has(tokens[start - 1]!.folded) && tokens[start - 1]!.kind === "word") start -= 1;
  return start;
}

/** Two digits of minutes after a clock's separator (« 30 » of « 5 h 30 », "40" of "7:40"). */
function minutesAt(token: Token | undefined): number | undefined {
  if (token?.kind !== "number" || token.text.length !== 2 || token.decimal) return undefined;
  const minute = Number(token.text);
  return minute < 60 ? minute : undefined;
}

/** A whole hour of the day written in digits ("9", "23", « 0 »). */
function hourAt(token: Token | undefined, highest: number): number | undefined {
  if (token?.kind !== "number" || token.decimal || token.text.length > 2) return undefined;
  const hour = Number(token.text);
  return hour <= highest ? hour : undefined;
}

/** "am", "pm", "a.m.", "p.m." at `at`: whether it is after noon, and the token after it. */
function meridiemAt(tokens: readonly Token[], at: number): { pm: boolean; end: number } | undefined {
  const word = tokens[at]?.folded;
  if (word === "am" || word === "pm") return { pm: word === "pm", end: at + 1 };
  // "p.m." is read as "p", ".", "m", ".".
  if ((word === "a" || word === "p") && tokens[at + 1]?.text === "." && tokens[at + 2]?.folded === "m" && tokens[at + 1]!.glued && tokens[at + 2]!.glued)
    return { pm: word === "p", end: tokens[at + 3]?.text === "." && tokens[at + 3]!.glued ? at + 4 : at + 3 };
  return undefined;
}

/** An English time at token `at`: "9pm", "6.30 pm", "11:30 p.m.", or, after a lead, "08:00" and "noon". */
function englishTime(tokens: readonly Token[], at: number): Clock | undefined {
  const token = tokens[at]!;
  const led = LEADS.en.has(tokens[at - 1]?.folded ?? "");
  if (NOON.has(token.folded)) return led ? { hour: 12, minute: 0, end: at + 1 } : undefined;
  if (token.kind !== "number") return undefined;
  let hour: number | undefined;
  let minute = 0;
  let next = at + 1;
  // "6.30pm": the minutes after a dot, in the number itself.
  const dot = token.text.indexOf(".");
  if (dot > 0 && token.text.length - dot === 3 && dot <= 2) {
    hour = Number(token.text.slice(0, dot));
    minute = Number(token.text.slice(dot + 1));
    if (minute >= 60) return undefined;
  } else hour = hourAt(token, 23);
  if (hour === undefined) return undefined;
  // "11:30", "08:00".
  if (dot < 0 && tokens[next]?.text === ":" && tokens[next]!.glued) {
    const minutes = minutesAt(tokens[next + 1]);
    if (minutes === undefined || !tokens[next + 1]!.glued) return undefined;
    minute = minutes;
    next += 2;
  }
  const meridiem = meridiemAt(tokens, next);
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    return { hour: (hour % 12) + (meridiem.pm ? 12 : 0), minute, end: meridiem.end };
  }
  // A 24-hour clock needs its minutes and a lead ("at around 18:00"): "3:1" or "at 5" may be anything.
  return next === at + 3 && led ? { hour, minute, end: next } : undefined;
}

/** A French time at token `at`: « 23 heures », « 5 h 30 », « 23h30 », « 2 heures du matin », or « midi » after a lead. */
function frenchTime(tokens: readonly Token[], at: number): Clock | undefined {
  const token = tokens[at]!;
  const led = frenchLead(tokens, at);
  if (NOON.has(token.folded)) return led ? { hour: 12, minute: 0, end: at + 1 } : undefined;
  const hour = hourAt(token, 23);
  const unit = tokens[at + 1]?.folded;
  if (hour === undefined || (unit !== "h" && unit !== "heure" && unit !== "heures")) return undefined;
  let end = at + 2;
  let minute = 0;
  const minutes = minutesAt(tokens[end]);
  if (minutes !== undefined && (unit === "h" || tokens[end + 1]?.folded !== "minutes")) {
    minute = minutes;
    end += 1;
  }
  for (const [words, shift] of FRENCH_PARTS) {
    if (words.every((w, k) => tokens[end + k]?.folded === w)) return { hour: shift(hour), minute, end: end + words.length };
  }
  // « en 24 heures », « vers 3 heures de combats »: without a lead, or with the thing it lasted, an hour is a span of time.
  const lasted = tokens[end]?.folded === "de" || tokens[end]?.folded === "d'";
  return led && !lasted ? { hour, minute, end } : undefined;
}
