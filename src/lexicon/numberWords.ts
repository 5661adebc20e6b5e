import type { LexiconLanguage } from "./language.js";
import type { Token } from "./tokenize.js";

type NumberWord = { readonly kind: "small"; readonly value: number } | { readonly kind: "scale"; readonly value: number };

const small = (value: number): NumberWord => ({ kind: "small", value });
const scale = (value: number): NumberWord => ({ kind: "scale", value });

/** French number words, folded: units, teens, tens (with the Belgian and Swiss septante, huitante, nonante) and scales. */
const FRENCH: ReadonlyMap<string, NumberWord> = new Map([
  ["zero", small(0)],
  ["un", small(1)],
  ["une", small(1)],
  ["deux", small(2)],
  ["trois", small(3)],
  ["quatre", small(4)],
  ["cinq", small(5)],
  ["six", small(6)],
  ["sept", small(7)],
  ["huit", small(8)],
  ["neuf", small(9)],
  ["dix", small(10)],
  ["onze", small(11)],
  ["douze", small(12)],
  ["treize", small(13)],
  ["quatorze", small(14)],
  ["quinze", small(15)],
  ["seize", small(16)],
  ["vingt", small(20)],
  ["vingts", small(20)],
  ["trente", small(30)],
  ["quarante", small(40)],
  ["cinquante", small(50)],
  ["soixante", small(60)],
  ["septante", small(70)],
  ["huitante", small(80)],
  ["octante", small(80)],
  ["nonante", small(90)],
  ["cent", scale(100)],
  ["cents", scale(100)],
  ["mille", scale(1_000)],
  ["million", scale(1e6)],
  ["millions", scale(1e6)],
  ["milliard", scale(1e9)],
  ["milliards", scale(1e9)],
]);

/** English number words, folded. */
const ENGLISH: ReadonlyMap<string, NumberWord> = new Map([
  ["zero", small(0)],
  ["one", small(1)],
  ["two", small(2)],
  ["three", small(3)],
  ["four", small(4)],
  ["five", small(5)],
  ["six", small(6)],
  ["seven", small(7)],
  ["eight", small(8)],
  ["nine", small(9)],
  ["ten", small(10)],
  ["eleven", small(11)],
  ["twelve", small(12)],
  ["thirteen", small(13)],
  ["fourteen", small(14)],
  ["fifteen", small(15)],
  ["sixteen", small(16)],
  ["seventeen", small(17)],
  ["eighteen", small(18)],
  ["nineteen", small(19)],
  ["twenty", small(20)],
  ["thirty", small(30)],
  ["forty", small(40)],
  ["fifty", small(50)],
  ["sixty", small(60)],
  ["seventy", small(70)],
  ["eighty", small(80)],
  ["ninety", small(90)],
  ["hundred", scale(100)],
  ["thousand", scale(1_000)],
  ["million", scale(1e6)],
  ["millions", scale(1e6)],
  ["billion", scale(1e9)],
]);

const WORDS: Record<LexiconLanguage, ReadonlyMap<string, NumberWord>> = { fr: FRENCH, en: ENGLISH };
const JOINERS: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(["et"]), en: new Set(["and"]) };
/** "a hundred", "a thousand": the article stands for one only before a scale. */
const ARTICLES: Record<LexiconLanguage, ReadonlySet<string>> = { fr: new Set(), en: new Set(["a", "an"]) };

/** The multiplier a scale word stands for after digits (« 3 millions », "2 thousand"), if it is one. */
export function scaleWord(word: string, lang: LexiconLanguage): number | undefined {
  const entry = WORDS[lang].get(word);
  return entry?.kind === "scale" ? entry.value : undefined;
}

/** A number read from words, and the token index just after them. */
export interface WordNumber {
  readonly value: number;
  readonly end: number;
  /** How many number words were read (« un » alone is one word; « quatre-vingts » is one). */
  readonly words: number;
}

/**
 * Reads a number written in words from token `start`: « deux », « vingt et
 * un », « quatre-vingt-dix-sept », « deux cents », « trois mille deux
 * cents », "twenty-three", "a hundred", "two hundred and five". Hyphenated
 * compounds are split into their words. Reading stops where the words stop
 * forming a number (« deux trois » reads « deux »).
 */
export function readNumberWords(tokens: readonly Token[], start: number, lang: LexiconLanguage): WordNumber | undefined {
  const words = WORDS[lang];
  const parts: { readonly word: string; readonly token: number }[] = [];
  for (let t = start; t < tokens.length && tokens[t]!.kind === "word"; t += 1) {
    const pieces = tokens[t]!.folded.split("-");
    if (!pieces.every((p) => words.has(p) || JOINERS[lang].has(p) || ARTICLES[lang].has(p))) break;
    for (const word of pieces) parts.push({ word, token: t });
  }

  let total = 0;
  let current = 0;
  let lastScale = Infinity;
  let read = 0;
  let readZero = false;
  let best: WordNumber | undefined;
  for (let p = 0; p < parts.length; p += 1) {
    const { word } = parts[p]!;
    const next = parts[p + 1]?.word;
    const nextEntry = next === undefined ? undefined : words.get(next);
    if (JOINERS[lang].has(word)) {
      if (read === 0 || nextEntry === undefined) break;
    } else if (ARTICLES[lang].has(word)) {
      if (read > 0 || nextEntry?.kind !== "scale") break;
    } else {
      let entry = words.get(word)!;
      if (lang === "fr" && word === "quatre" && (next === "vingt" || next === "vingts")) {
        entry = small(80);
        p += 1;
      }
      if (entry.kind === "small") {
        if (read > 0 && (word === "zero" || readZero || !appends(current % 100, entry.value))) break;
        readZero = word === "zero";
        current += entry.value;
      } else if (readZero) {
        break;
      } else if (entry.value === 100) {
        if (current >= 100) break;
        current = (current === 0 ? 1 : current) * 100;
      } else {
        if (entry.value >= lastScale) break;
        total += (current === 0 ? 1 : current) * entry.value;
        current = 0;
        lastScale = entry.value;
      }
      read += 1;
    }
    const endsToken = parts[p + 1]?.token !== parts[p]!.token;
    if (endsToken && read > 0 && !JOINERS[lang].has(parts[p]!.word) && !ARTICLES[lang].has(parts[p]!.word)) {
      best = { value: total + current, end: parts[p]!.token + 1, words: read };
    }
  }
  return best;
}

/**
 * Whether a small number word may follow what has been read: anything after
 * a round hundred or a scale, a unit after a ten (« vingt-trois »), a teen
 * after soixante or quatre-vingt (« soixante-dix », « quatre-vingt-onze »),
 * and sept to neuf after dix (« dix-sept »).
 */
function appends(rest: number, value: number): boolean {
  if (rest === 0) return true;
  if (value < 10 && rest >= 20 && rest % 10 === 0) return true;
  if (value >= 10 && value < 20 && (rest === 60 || rest === 80)) return true;
  if (rest === 10 && value >= 7 && value <= 9) return true;
  return false;
}
