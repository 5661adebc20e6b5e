import type { LexiconLanguage } from "../lexicon/language.js";
import { foldWord } from "../lexicon/foldWord.js";
import { CLOSING_QUOTE_MARKS } from "../lexicon/tokenize.js";
import { DEFINITE_ARTICLES } from "./articles.js";
import { NAMED } from "./speakerLexicon.js";

const OUTLETS = NAMED.filter((n) => n.cue.kind === "media");

/**
 * The outlet an article credits itself to, from its dateline or credit
 * line: « BAMAKO (AFP) - », "(Reuters) -", « Avec RFI », "— AP", "Source:
 * Reuters". Only outlets known by name are read, so that a byline is never
 * mistaken for a source.
 *
 * @returns The outlet's name as the list of known outlets spells it, or `undefined`.
 */
export function findOutlet(text: string, lang: LexiconLanguage): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const head = (lines[0] ?? "").slice(0, 120);
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

/**
 * Words before an outlet that tell it reached a source itself (« jointes par
 * RFI », "told the BBC"). Not « à l'AFP »: Le Monde, TV5Monde and every paper
 * that runs agency copy write « a déclaré à l'AFP », so it tells whose
 * reporting it is, not whose article; nor « cité par l'AFP », which an
 * outlet writes of another, never of itself.
 */
const CONTACT = /(?:\bauprès\s+de|\btold|\bcontacted\s+by|\breached\s+by|\bspeaking\s+to|\bsaid\s+to)\s+(?:l['’]|la\s+|le\s+|the\s+)?$/iu;
/** Whether the words before an outlet tell it reached a source itself, in either language (« jointes par », "told the"). */
function contacts(before: string): boolean {
  const words = before.trim().split(/\s+/u).map(foldWord);
  // « jointes par l'AFP », « contactée par la Radio »: the outlet's name may take its article.
  let k = words.length - 1;
  if (DEFINITE_ARTICLES.has(words[k] ?? "")) k -= 1;
  return CONTACT.test(before) || (words[k] === "par" && REACHING_PARTICIPLES.has(words[k - 1] ?? ""));
}

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
        if (contacts(text.slice(Math.max(0, at - 24), at))) counts.set(outlet.names[0]!, (counts.get(outlet.names[0]!) ?? 0) + 1);
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
    if (words[k] !== "par" || !REACHING_PARTICIPLES.has(foldWord(words[k - 1]!))) continue;
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
