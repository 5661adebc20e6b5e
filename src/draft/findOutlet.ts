import type { LexiconLanguage } from "../lexicon/language.js";
import { ALL_CALENDAR_NAMES, MONTHS } from "../lexicon/dateLexicon.js";
import { foldWord } from "../lexicon/foldWord.js";
import { PUBLISHED } from "./eventDates.js";
import { CLOSING_QUOTE_MARKS } from "../lexicon/tokenize.js";
import { DEFINITE_ARTICLES } from "./articles.js";
import { NAMED } from "./speakerLexicon.js";

const OUTLETS = NAMED.filter((n) => n.cue.kind === "media");

/**
 * The outlet an article credits itself to, from its dateline or credit
 * line: « BAMAKO (AFP) - », "(Reuters) -", « Le Monde avec AFP », « Le
 * Nouvelliste | Publié le 18 mars », "BBC News, Lagos", « Avec RFI », "— AP",
 * "Source: Reuters". A name no list knows is read from the lines that open
 * the article only where nothing else could stand there (see
 * {@link creditLineOutlet}), so that a byline is never mistaken for a source.
 *
 * @returns The outlet's name as the list of known outlets spells it (an
 * unknown one as written), or `undefined`.
 */
export function findOutlet(text: string, lang: LexiconLanguage): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const header = headerOutlet(lines.slice(0, HEADER_LINES));
  if (header !== undefined) return header;
  const head = (lines[0] ?? "").slice(0, DATELINE_REACH);
  const credits = [...lines.slice(-3)].filter((l) => l.length <= 40);
  for (const outlet of OUTLETS) {
    for (const name of outlet.names) {
      if (head.includes(`(${name})`) || head.startsWith(`${name} -`) || head.startsWith(`${name} —`)) return outlet.names[0];
      const credited = credits.some((line) => {
        const folded = foldWord(line)
          .replace(/[.:—–-]/gu, " ")
          .trim();
        const n = foldWord(name);
        return (
          folded === n ||
          folded === `avec ${n}` ||
          folded === `with ${n}` ||
          folded === `source ${n}` ||
          folded === `(${n})` ||
          folded === `${lang === "fr" ? "avec" : "with"} l'${n}`
        );
      });
      if (credited) return outlet.names[0];
    }
  }
  return contactingOutlet(text);
}

/** How many lines open an article before its body: title, standfirst, credit and date lines, and the dateline's paragraph. */
const HEADER_LINES = 5;
/** How far into a line a dateline's outlet may stand (« OUAGADOUGOU, 16 avril 2026 (Le Point Afrique avec AFP) – »). */
const DATELINE_REACH = 120;
/** The longest line read as a credit or date line: a title or a paragraph is longer. */
const CREDIT_LINE = 80;
/** The most words a dateline's place and date hold before the outlet (« COTABATO CITY, Philippines », « Bangui, 19 février 2026 »). */
const DATELINE_WORDS = 8;
/** The most words an outlet's name holds in a credit line (« Corbeau News Centrafrique »). */
const CREDIT_NAME_WORDS = 5;
/** The most words a part holds that opens with a known outlet's name (« BBC Afghan Service », "BBC News staff"). */
const KNOWN_PREFIX_WORDS = 3;

/** What parts a credit line (its parts are trimmed after): « Le Nouvelliste | Publié le … », "Amu TV — July 2", "BBC News, Lagos", "Inquirer Mindanao / 05:22 AM". */
const CREDIT_PARTS = /[|–—]|\s[/-]\s|,\s/u;
/** The words that join a publisher to the agency whose copy it runs: « Le Monde avec AFP », "Al Jazeera with Reuters". */
const WITH_WORDS: ReadonlySet<string> = new Set(["avec", "with"]);
/** Agencies whose copy publishers run, folded: « avec AFP », « (avec l'AFP) », « avec agences ». */
const AGENCIES: ReadonlySet<string> = new Set(["afp", "l'afp", "reuters", "ap", "apa", "anadolu", "agences"]);
/** A byline's opening word: what follows is a person, unless it is a known outlet ("By The Associated Press"). */
const BYLINE = /^(?:by|par)\s+/iu;
/** An outlet's acronym in parentheses after its name: « Corbeau News Centrafrique (CNC) ». */
const TRAILING_ACRONYM = /\(\p{Lu}{2,8}\)$/u;
/** A sign of copyright or trademark after a name (« Guineenews© »). */
const RIGHTS_SIGN = /[©®™]$/u;

/**
 * Words (folded) that tell an outlet's name from a person's in a credit line:
 * « Alwihda Info », "Amu TV", "Philippine Daily Inquirer", « Radio Ndeke Luka ».
 */
const OUTLET_WORDS: ReadonlySet<string> = new Set([
  "news",
  "info",
  "infos",
  "radio",
  "tv",
  "television",
  "fm",
  "times",
  "post",
  "tribune",
  "daily",
  "journal",
  "herald",
  "online",
  "media",
  "medias",
  "presse",
  "press",
  "agence",
  "agency",
  "monitor",
  "observer",
  "express",
  "standard",
  "telegraph",
  "gazette",
  "inquirer",
  "independent",
  "chronicle",
  "magazine",
  "hebdo",
  "actu",
  "actualite",
  "actualites",
  "quotidien",
  "broadcasting",
  "network",
]);

/**
 * The outlet the lines opening an article credit: a dateline's parentheses
 * (« Bangui, 19 février 2026 (Corbeau News Centrafrique) – »), else a short
 * credit or date line (see {@link creditLineOutlet}); the first line that
 * names one wins.
 */
function headerOutlet(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const found = datelineOutlet(line.slice(0, DATELINE_REACH)) ?? (line.length <= CREDIT_LINE ? creditLineOutlet(line) : undefined);
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The outlet in a dateline's parentheses or brackets: a place and date, then
 * the outlet, then a dash (« P-au-P, 21 janv. 2031 [AlterPresse] --- ») (« NIAMEY, 9 février 2026 (VOA Afrique) – », "ZAMBOANGA CITY
 * (MindaNews / 10 August) —"). A name no list knows counts when it is written
 * in mixed case, as outlets are; a name in capitals there is a place
 * ("October 27, 2026 (SENNAR) –"), and a date is the dateline's own
 * ("ERBIL, Kurdistan Region (October 22, 2025) —").
 */
function datelineOutlet(head: string): string | undefined {
  for (let open = nextOpening(head, 0); open >= 0; open = nextOpening(head, open + 1)) {
    const close = head.indexOf(head[open] === "(" ? ")" : "]", open);
    if (close < 0) return undefined;
    if (!/^\s*[-–—]/u.test(head.slice(close + 1)) || !isDatelinePlace(head.slice(0, open))) continue;
    const name = publisherOf(head.slice(open + 1, close).split(" / ")[0]!);
    const known = knownOutlet(name);
    if (known !== undefined) return known;
    if (/^\p{Lu}/u.test(name) && /\p{Ll}/u.test(name) && !isDatePart(name)) return name;
  }
  return undefined;
}

/** Whether a folded word names a month in either language, in full or short (« janv », "Sept"). */
function isMonthWord(word: string): boolean {
  return MONTHS.fr.has(word) || MONTHS.en.has(word);
}

/** Where the next parenthesis or bracket opens from `from` (« (AFP) », « [AlterPresse] »), or -1. */
function nextOpening(head: string, from: number): number {
  const found = [head.indexOf("(", from), head.indexOf("[", from)].filter((at) => at >= 0);
  return found.length === 0 ? -1 : Math.min(...found);
}

/** Whether the words before a dateline's parentheses are a place and a date: few, each capitalised, a figure or a month or weekday. */
function isDatelinePlace(before: string): boolean {
  const words = before
    .trim()
    .split(/\s+/u)
    .map(withoutEdgeMarks)
    .filter((w) => w !== "");
  return (
    words.length > 0 &&
    words.length <= DATELINE_WORDS &&
    words.every((w) => /^\p{Lu}/u.test(w) || /\d/u.test(w) || ALL_CALENDAR_NAMES.has(foldWord(w)) || isMonthWord(foldWord(w)))
  );
}

/**
 * The outlet a short line opening the article credits: a known outlet as a
 * part of it (« Publié le : 11/08/2025 - France 24 avec AFP », "BBC News,
 * Lagos", "By The Associated Press"); a publisher named with the agency
 * whose copy it runs (« Le Monde avec AFP »); or, at the head of the line,
 * a name followed by the date (after a place, at most), when it reads as an
 * outlet's rather than a person's (« Alwihda Info - 13 août », « L'Œil du Sahel – Garoua, jeudi
 * 14 novembre », "Amu TV — July 2"). After « Par » or "By" only a known
 * outlet counts: the rest of a byline is its author.
 */
function creditLineOutlet(line: string): string | undefined {
  const byline = BYLINE.test(line);
  const parts = line
    .replace(BYLINE, "")
    .split(CREDIT_PARTS)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  for (const [k, part] of parts.entries()) {
    // "Guineenews©", "Sahel Hebdo®": a sign of copyright or trademark marks the publisher's name.
    const marked = RIGHTS_SIGN.test(part);
    const name = publisherOf(marked ? part.slice(0, -1) : part);
    const known = knownOutlet(name);
    if (known !== undefined) return known;
    if (byline || !/^\p{Lu}/u.test(name) || name.split(/\s+/u).length > CREDIT_NAME_WORDS) continue;
    if (withAgency(part) !== undefined || (k === 0 && parts.slice(1, 3).some(isDatePart) && (marked || readsAsOutlet(name)))) return name;
  }
  return undefined;
}

/** A credit's publisher without the agency it runs or its acronym: « Sahel Intelligence (avec AFP) » → « Sahel Intelligence ». */
function publisherOf(part: string): string {
  return (withAgency(part.trim()) ?? part).trim().replace(TRAILING_ACRONYM, "").trim();
}

/** The publisher before « avec AFP », "with Reuters", « (avec AFP) » at the end of a part, or `undefined` when no agency ends it. */
function withAgency(part: string): string | undefined {
  const words = part.split(/\s+/u);
  const agency = foldWord(withoutEdgeMarks(words.at(-1) ?? ""));
  const joiner = foldWord(withoutEdgeMarks(words.at(-2) ?? ""));
  if (words.length < 3 || !AGENCIES.has(agency) || !WITH_WORDS.has(joiner)) return undefined;
  return words.slice(0, -2).join(" ");
}

/** A word without the marks at its edges: « (avec » → « avec », "AFP)" → "AFP", "Yaoundé," → "Yaoundé". */
function withoutEdgeMarks(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && EDGE_MARKS.has(word[start]!)) start += 1;
  while (end > start && EDGE_MARKS.has(word[end - 1]!)) end -= 1;
  return word.slice(start, end);
}

/** Whether a part of a credit line dates it (« 13 août 2030 », « Publié le », "Updated", « jeudi »). */
function isDatePart(part: string): boolean {
  const folded = foldWord(part.trim());
  return /\d/u.test(folded) || PUBLISHED.some((word) => folded.startsWith(word)) || ALL_CALENDAR_NAMES.has(folded.split(/\s+/u)[0]!);
}

/**
 * Whether a name no list knows reads as an outlet's rather than a person's:
 * one word in mixed case, with a domain or with a word of the press among its
 * hyphenated parts ("MindaNews", « Sahelien.com », "Post-Courier"),
 * or words opening with an article or holding a word of the press (« Le
 * Nouvelliste », « Alwihda Info », "Amu TV").
 */
function readsAsOutlet(name: string): boolean {
  const words = name.split(/\s+/u);
  // "Post-Courier": a word of the press among the parts of one hyphenated name.
  if (words.length === 1)
    return (
      /\p{Ll}\p{Lu}/u.test(name) ||
      /\.\p{L}{2,4}$/u.test(name) ||
      foldWord(name)
        .split("-")
        .some((w) => OUTLET_WORDS.has(w))
    );
  const folded = words.map(foldWord);
  return DEFINITE_ARTICLES.has(folded[0]!) || /^l['’]/u.test(folded[0]!) || folded.some((w) => OUTLET_WORDS.has(w));
}

/** The known outlet a part names: the whole of it, or its head when the rest is a desk or a service (« BBC Afghan Service »). */
function knownOutlet(part: string): string | undefined {
  const folded = foldWord(part);
  const short = part.split(/\s+/u).length <= KNOWN_PREFIX_WORDS;
  for (const outlet of OUTLETS) {
    for (const name of outlet.names) {
      const n = foldWord(name);
      if (folded === n || (short && n.length >= 3 && folded.startsWith(`${n} `))) return outlet.names[0];
    }
  }
  return undefined;
}

/**
 * Words before an outlet that tell it reached a source itself (« jointes par
 * RFI », "told the BBC"). Not « à l'AFP »: Le Monde, TV5Monde and every paper
 * that runs agency copy write « a déclaré à l'AFP », so it tells whose
 * reporting it is, not whose article; nor « cité par l'AFP », which an
 * outlet writes of another, never of itself.
 */
const CONTACT = /(?:\bauprès\s+de|\btold|\bcontacted\s+by|\breached\s+by|\bspeaking\s+to|\bsaid\s+to)\s+(?:l['’]|la\s+|le\s+|the\s+)?$/iu;
/** The most words between a participle of reaching and its « par » (« joint au téléphone par »). */
const REACHED_GAP = 3;

/** Whether the words before an outlet tell it reached a source itself, in either language (« jointes par », "told the"). */
function contacts(before: string): boolean {
  const words = before.trim().split(/\s+/u).map(foldWord);
  // « jointes par l'AFP », « contactée par la Radio »: the outlet's name may take its article.
  let k = words.length - 1;
  if (DEFINITE_ARTICLES.has(words[k] ?? "")) k -= 1;
  // « joint au téléphone par le CNC », « contactée mardi par RFI »: how or when it was reached may stand between.
  return CONTACT.test(before) || (words[k] === "par" && words.slice(Math.max(0, k - 1 - REACHED_GAP), k).some((w) => REACHING_PARTICIPLES.has(w)));
}

/** How far before an outlet's name the words that tell it reached a source are read (« jointe au téléphone par l' »). */
const CONTACT_REACH = 40;

/**
 * With no credit line, the outlet that reached the sources itself: the one
 * outlet the text names right after « jointes par », « contactée par »,
 * "told" (« Contactée par RFI, l'armée… », "a spokesman told the
 * BBC"), and no other outlet that way. An outlet no list knows counts when
 * it is told ("told Rudaw English that…", see {@link toldOutletNames}). An
 * article rarely says its sources spoke to another outlet and never to
 * it: when one outlet only is told or contacts, it is the article's own.
 */
function contactingOutlet(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const outlet of OUTLETS) {
    for (const name of outlet.names) {
      if (name.length < 2) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (contacts(text.slice(Math.max(0, at - CONTACT_REACH), at))) counts.set(outlet.names[0]!, (counts.get(outlet.names[0]!) ?? 0) + 1);
      }
    }
  }
  const known = new Set(OUTLETS.flatMap((o) => o.names.map(foldWord)));
  for (const name of [...toldOutletNames(text), ...reachingOutletNames(text)]) if (!known.has(foldWord(name))) counts.set(name, (counts.get(name) ?? 0) + 1);
  const [only, ...others] = [...counts.keys()];
  return others.length === 0 ? only : undefined;
}

/** What may follow the name of an outlet that was told something: the clause it was told, or when. */
const AFTER_TOLD_OUTLET: ReadonlySet<string> = new Set([
  "that",
  "on",
  "in",
  "by",
  "over",
  "late",
  "earlier",
  "last",
  "this",
  "after",
  "when",
  ",",
  ".",
  ";",
  ":",
]);

/** Words of bodies and people that are told things but relay nothing: "told Parliament", "told Mr Dogo". */
const TOLD_NOT_OUTLET: ReadonlySet<string> = new Set([
  "parliament",
  "congress",
  "senate",
  "assembly",
  "council",
  "court",
  "lawmakers",
  "reporters",
  "journalists",
  "mps",
  "mr",
  "mrs",
  "ms",
  "dr",
  "gen",
  "col",
  "capt",
  "maj",
  "lt",
  "sgt",
  "sheikh",
  "imam",
  "president",
  "governor",
  "minister",
  "prime",
]);

/**
 * Whether capitalised words right after "told" (or "told the") name an
 * outlet: what follows them is the clause told or when it was told (`next`,
 * folded; `undefined` at the end of the sentence), and none of them (folded)
 * is a body or a title told things that relays nothing. Shared by the
 * article's outlet ({@link toldOutletNames}) and the mentions of a sentence.
 */
export function isToldOutletName(words: readonly string[], next: string | undefined): boolean {
  return (next === undefined || AFTER_TOLD_OUTLET.has(next)) && !words.some((w) => TOLD_NOT_OUTLET.has(w));
}

/** "told", "tells" or "telling", "the", then up to four capitalised words, and what follows them. */
const TOLD_NAME = /\b(?:told|tells|telling)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}'’-]*){0,3})([ \t]*[\p{L}.,;:]*)/gu;

/**
 * The names of outlets told something that no list knows, as written: a
 * capitalised run right after "told" (or "told the"), followed by the
 * clause told or by when ("told Saharareporters that…", "told Premium Times
 * on Sunday"). English only: French tells who was told with « à », which
 * stands before places as well.
 */
export function toldOutletNames(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(TOLD_NAME)) {
    const name = match[1]!;
    // What follows: a word ("that", "on") or a mark (", ."), as the tokenizer would cut it.
    const after = match[2]!.trim();
    const next = after === "" ? undefined : /^\p{L}/u.test(after) ? foldWord(after.split(/[\s.,;:]/u)[0]!) : after[0]!;
    if (isToldOutletName(name.split(/\s+/u).map(foldWord), next)) names.push(name);
  }
  return names;
}

/**
 * French participles of reaching someone for comment (« joint », « contactée », « interrogés », « sollicitées »): « par » and
 * a capitalised name after them name the outlet that reached the source.
 *
 * @example
 * REACHING_PARTICIPLES.has("joint") && REACHING_PARTICIPLES.has("contactee") //=> true
 */
export const REACHING_PARTICIPLES: ReadonlySet<string> = new Set(
  ["joint", "contacte", "sollicite", "interroge"].flatMap((w) => [w, `${w}e`, `${w}s`, `${w}es`]),
);

/** Marks that close a name written before them (« joint par Alwihda Info, », « (joint par Radio Ndeke Luka) »). */
const CLOSING_MARKS: ReadonlySet<string> = new Set([",", ".", ";", ":", ")", ...CLOSING_QUOTE_MARKS, '"']);

/** Marks that may stand at a word's edges in a dateline or credit line: those that close a name, and those that open one. */
const EDGE_MARKS: ReadonlySet<string> = new Set([...CLOSING_MARKS, "(", "«", "“"]);

/** The most capitalised words an outlet's name holds after « par ». */
const LONGEST_OUTLET_NAME = 4;

/**
 * The names of outlets that reached a source themselves, in French, that no
 * list knows, as written: a capitalised run right after « joint par »,
 * « contactée par » (« Le chef de canton, joint par Alwihda Info, avance… »).
 * A person reaches no source for an article: the one who does is its outlet.
 * Read word by word, with no pattern that could backtrack.
 */
function reachingOutletNames(text: string): string[] {
  const words = text.split(/\s+/u);
  const names: string[] = [];
  for (let k = 1; k + 1 < words.length; k += 1) {
    if (words[k] !== "par" || !words.slice(Math.max(0, k - 1 - REACHED_GAP), k).some((w) => REACHING_PARTICIPLES.has(foldWord(w)))) continue;
    const name: string[] = [];
    for (let n = k + 1; n < words.length && name.length < LONGEST_OUTLET_NAME && /^\p{Lu}/u.test(words[n]!); n += 1) {
      const word = words[n]!;
      let end = word.length;
      while (end > 0 && CLOSING_MARKS.has(word[end - 1]!)) end -= 1;
      const bare = word.slice(0, end);
      name.push(bare);
      if (bare !== word) break;
    }
    if (name.length > 0) names.push(name.join(" "));
  }
  return names;
}
