import { AND_WORDS } from "./articles.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { foldWord } from "../lexicon/foldWord.js";
import { parseQuantity } from "../lexicon/parseQuantity.js";
import { PEOPLE_COUNTS } from "../lexicon/phraseLexicon.js";
import type { PhraseCandidate } from "../lexicon/readPhrase.js";
import { PEOPLE } from "./claimScope.js";

/**
 * Candidates the lexicon's reading implies but does not propose on its own,
 * each from the words of another candidate: the means a deed's words tell
 * (« incendiées », "shot dead"), the whole toll a part was counted in
 * (« 40 personnes, dont une vingtaine de soldats »), the other side of a
 * toll split by side ("12 soldiers and 30 militants").
 */

/** How many places of one word a candidate is looked for at: enough for any sentence, bounded for a text with no full stop. */
const MAX_PLACES = 16;

/** Where `word` stands in `text` as a whole word (« 21 » not inside « 2021 »), at most {@link MAX_PLACES} places. */
export function placesOf(text: string, word: string): number[] {
  if (word === "") return [];
  // In a long text (a sentence with no full stop), a word that opens with a letter or a digit is looked for only where a run of them
  // opens that is the word's own first run: a number is not sought again through every longer number of the text.
  if (text.length >= INDEXED_LENGTH && WORD_CHARACTER.test(word[0]!)) return placesByRun(text, word);
  const places: number[] = [];
  for (let at = text.indexOf(word); at >= 0 && places.length < MAX_PLACES; at = text.indexOf(word, at + 1)) {
    if (wholeAt(text, word, at)) places.push(at);
  }
  return places;
}

/** A letter of any script: a hyphen joins two of them into one word. */
const LETTER = /\p{L}/u;

/** Whether `word`, found at `at` in `text`, stands there as a whole word: a word's edge that is a letter or a digit must not go on into the text's, nor across a hyphen into a letter (« d' » may be glued to what follows). */
function wholeAt(text: string, word: string, at: number): boolean {
  // « dix-sept »: a hyphen between letters joins one word, as the tokenizer keeps it, so « sept » is not found inside it.
  // Digits stay apart across one ("15-20", « 2021-2022 »), as ranges are read.
  const joined = (hyphen: number, outer: number, inner: number) => text[hyphen] === "-" && LETTER.test(text[outer] ?? " ") && LETTER.test(text[inner] ?? " ");
  const before = joined(at - 1, at - 2, at) ? "x" : (text[at - 1] ?? " ");
  const after = joined(at + word.length, at + word.length + 1, at + word.length - 1) ? "x" : (text[at + word.length] ?? " ");
  const opens = !WORD_CHARACTER.test(word[0]!) || !WORD_CHARACTER.test(before);
  const closes = !WORD_CHARACTER.test(word[word.length - 1]!) || !WORD_CHARACTER.test(after);
  return opens && closes;
}

/** How long a text must be for its runs of letters and digits to be indexed: below, a search of the text is as quick. */
const INDEXED_LENGTH = 4096;

/** The texts whose runs were last indexed: the few a sentence's candidates look their words up in. */
const RUNS = new Map<string, Map<string, number[]>>();

/**
 * {@link placesOf} in a long text, for a word that opens with a letter or a
 * digit: there it opens a run of letters and digits of the text, and since
 * the word's own first run ends where the word does or at a character that
 * is neither, the text's run must be that very run. Only the places where
 * that run stands are read.
 */
function placesByRun(text: string, word: string): number[] {
  let runs = RUNS.get(text);
  if (runs === undefined) {
    if (RUNS.size >= 4) RUNS.clear();
    runs = new Map();
    for (let at = 0; at < text.length; ) {
      if (!WORD_CHARACTER.test(text[at]!)) {
        at += 1;
        continue;
      }
      let end = at + 1;
      while (end < text.length && WORD_CHARACTER.test(text[end]!)) end += 1;
      const run = text.slice(at, end);
      const list = runs.get(run);
      if (list) list.push(at);
      else runs.set(run, [at]);
      at = end;
    }
    RUNS.set(text, runs);
  }
  let first = 1;
  while (first < word.length && WORD_CHARACTER.test(word[first]!)) first += 1;
  const places: number[] = [];
  for (const at of runs.get(word.slice(0, first)) ?? []) {
    if (places.length >= MAX_PLACES) break;
    if (text.startsWith(word, at) && wholeAt(text, word, at)) places.push(at);
  }
  return places;
}
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Deeds whose words tell their means too: what was set on fire (« plusieurs
 * maisons ont été incendiées », "torched"), arson when buildings burnt; the
 * shot dead (« fusillés », "shot dead", "gunned down"), small arms.
 */
const MEANS_OF_DEEDS: readonly { readonly facet: string; readonly words: RegExp; readonly means: string; readonly buildings: boolean }[] = [
  // « ont incendié 60 maisons »: the auxiliary may stand before the participle.
  {
    facet: "destroyed",
    words:
      /^(?:(?:a|ont|avait|avaient|aurait|auraient|été|ete)\s+)?(?:incendi|brûl|brul|torch|burn|set(?:s|ting)?\s+fire|mis\s+le\s+feu|mettant\s+le\s+feu|set(?:s|ting)?\b.*\b(?:ablaze|alight))/iu,
    means: "arson",
    buildings: true,
  },
  { facet: "killed", words: /^(?:shot|gunned|fusill)/iu, means: "small-arms", buildings: false },
];

/** Buildings whose burning is arson, where vehicles burnt in a fight may be the fight's (« plusieurs véhicules ont été incendiés »). */
export const BUILDINGS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "maison",
    "maisons",
    "cases",
    "habitations",
    "boutiques",
    "greniers",
    "marche",
    "eglise",
    "mosquee",
    "ecole",
    "village",
    "villages",
    "poste",
    "commissariat",
    "mairie",
    "camp",
    "base",
    "batiment",
    "batiments",
    "bureaux",
  ]),
  en: new Set([
    "house",
    "houses",
    "homes",
    "huts",
    "shops",
    "market",
    "church",
    "mosque",
    "school",
    "village",
    "villages",
    "post",
    "station",
    "camp",
    "base",
    "building",
    "buildings",
    "offices",
  ]),
};

/** A candidate's count of people: its words, its cue, and where the count first stands in the sentence. */
function countOfPeople(candidate: PhraseCandidate, sentence: string): { phrase: string; cue: string; at: number } | undefined {
  const phrase = candidate.quantity?.phrase;
  const cue = candidate.words[0];
  if (phrase === undefined || cue === undefined || !PEOPLE_COUNTS.has(candidate.facet)) return undefined;
  const at = placesOf(sentence, phrase)[0];
  return at === undefined ? undefined : { phrase, cue, at };
}

/**
 * The words after a comma that make the counts after them parts of the count
 * before them (« 40 personnes, dont une vingtaine de soldats », "40 people,
 * including 20 soldiers"), lowercase.
 *
 * @example
 * PART_MARKERS.includes("dont") && PART_MARKERS.includes("among them") //=> true
 */
export const PART_MARKERS: readonly string[] = ["dont", "parmi lesquels", "parmi lesquelles", "parmi eux", "including", "among them"];

/** Whether the words before a count end on a comma and a word that makes it a part (« 40 personnes, dont », "40 people, including "). */
function endsOnPartMarker(before: string): boolean {
  const words = before.toLowerCase().trimEnd();
  return before.length > words.length && PART_MARKERS.some((marker) => words.endsWith(`, ${marker}`) || words.endsWith(`,${marker}`));
}

/**
 * The whole a part was counted in: « Au moins 40 personnes, dont une
 * vingtaine de soldats, ont été tuées » pairs the verb with the part (a
 * vingtaine, of soldiers); the toll is the count of the clause before
 * « dont », "including", which is drafted as well.
 */
export function wholeOfPart(candidate: PhraseCandidate, sentence: string, lang: LexiconLanguage): PhraseCandidate[] {
  const count = countOfPeople(candidate, sentence);
  if (count === undefined) return [];
  const { cue, at } = count;
  const before = sentence.slice(Math.max(0, at - 24), at);
  const comma = endsOnPartMarker(before) ? at - before.length + before.lastIndexOf(",") : listOpenedBefore(sentence, at);
  if (comma < 0) return [];
  // The clause opens after a comma or a dash set off by spaces (" – "), never inside a word ("vingt-huit").
  const dashes = [" - ", " – ", " — "].map((dash) => sentence.lastIndexOf(dash, comma - 1)).filter((at) => at >= 0);
  const open = Math.max(sentence.lastIndexOf(",", comma - 1), ...dashes.map((at) => at + 2)) + 1;
  const whole = parseQuantity(sentence.slice(open, comma), lang);
  if (whole === undefined || /\d{4}/u.test(whole.phrase)) return [];
  return [{ facet: candidate.facet, value: whole.value, quantity: whole, words: [cue, whole.phrase] }];
}

/** How far back a list of parts may open before its last part (« dont un prêtre catholique et deux séminaristes »). */
const PART_LIST_REACH = 100;
/** The most words a list of parts holds before its last part. */
const PART_LIST_WORDS = 8;

/**
 * Where the comma stands that opens a list of parts of which the count at
 * `at` is not the first: « Au moins douze personnes, dont un prêtre et
 * deux séminaristes, ont été enlevées » pairs the verb with the last part
 * (« deux »); the list opens at « , dont » a few words before, and the
 * last part follows « et », "and" with no comma before it, no toll word
 * and no quotation between (« dont neuf enfants, et 40 blessés » is a new
 * count). Read with `indexOf`, never a pattern.
 *
 * @returns The comma's index in `sentence`, or -1.
 */
function listOpenedBefore(sentence: string, at: number): number {
  const start = Math.max(0, at - PART_LIST_REACH);
  const window = sentence.slice(start, at).toLowerCase();
  let best = -1;
  let end = -1;
  for (const marker of PART_MARKERS) {
    const found = window.lastIndexOf(`, ${marker} `);
    if (found > best) [best, end] = [found, found + marker.length + 3];
  }
  if (best < 0) return -1;
  const between = window.slice(end);
  const words = between.split(/\s+/u).filter((w) => w !== "");
  // The last part follows « et », "and" right away: after « , et », ", and" a new clause or count begins (« dont neuf enfants, et 40 blessés »).
  const last = words.at(-1) ?? "";
  const joined = AND_WORDS.has(foldWord(last)) && !(words.at(-2) ?? "").endsWith(",");
  const plain = !/[.;:«»"]/u.test(between) && !OTHER_TOLL.test(between);
  return joined && plain && words.length <= PART_LIST_WORDS ? start + best : -1;
}

/**
 * Whether a count is the last of a list of parts (« douze personnes, dont
 * un prêtre et deux séminaristes, ont été enlevées ») and counts people no
 * name of a body tells (« séminaristes », not « Volontaires pour la défense
 * de la patrie »): some of the whole only, drafted by the whole.
 *
 * @example
 * // « Au moins douze personnes, dont un prêtre et deux séminaristes, ont été enlevées »: « deux » is such a part.
 */
export function isUnnamedLastPart(candidate: PhraseCandidate, sentence: string): boolean {
  const count = countOfPeople(candidate, sentence);
  if (count === undefined) return false;
  const { phrase, at } = count;
  if (endsOnPartMarker(sentence.slice(Math.max(0, at - 24), at)) || listOpenedBefore(sentence, at) < 0) return false;
  const noun = sentence.slice(at + phrase.length).trimStart();
  return !/^\p{Lu}/u.test(noun);
}

/** Words that open the parts of a whole just counted (« 23 personnes ont été tuées, dont 16 civils », "killed 20 people, including 12 soldiers"). */
const PARTS_OPEN = /^[^,.;]{0,60}?,\s*(dont|parmi\s+lesquels|parmi\s+lesquelles|parmi\s+eux|including|among\s+them|(?=[\p{L}\d-]+\s+of\s+them\s))\s*/iu;

/**
 * Nouns of people that name only some of a group the vocabulary has no
 * word for (pupils, students): « dont 7 élèves » is not "7 civilians", who
 * may be more, so such a part is never drafted as its group's count.
 * Children and women have groups of their own ({@link PEOPLE}).
 */
const SOME_OF_A_GROUP = new Set(["eleves", "students", "pupils"]);

/** The pronoun of the bodies a part counts after « dont », "including" (« ceux de », "those of"). */
const BODIES_OF = /^(?:those\s+of\s+|(?:ceux|celles|celui|celle)\s+(?:de\s+|d['’]))/iu;
/** The same « de », "of" before each part after the first (« et d'un nourrisson », "and of a baby"). */
const OF_AGAIN = /^(?:of\s+|de\s+|d['’])/iu;

/** The noun of people a part counts, after its count: « de femmes », "of women", "of them children" (« dont cinq d'entre eux »). */
const PART_NOUN = /^\s*(?:(?:de|d'|of)\s+)?(?:(?:them|d'entre\s+eux|d'entre\s+elles)\s+)?([\p{L}'’-]+)/u;

/**
 * The parts a source counts within a whole it has just given: « Au moins
 * 23 personnes ont été tuées, dont 16 civils », "At least 20 people were
 * killed, including 12 soldiers". Each part that names a whole group of
 * the vocabulary (civilians, soldiers) is a count of that group, drafted
 * beside the whole; a part that names only some of a group (« dont 7
 * femmes ») is left out, and so are parts when two name the same group.
 */
export function partsOfWhole(candidate: PhraseCandidate, sentence: string, lang: LexiconLanguage): PhraseCandidate[] {
  const count = countOfPeople(candidate, sentence);
  if (count === undefined) return [];
  const { phrase, at } = count;
  const after = sentence.slice(at + phrase.length, at + phrase.length + 200);
  const open = PARTS_OPEN.exec(after);
  if (open === null || parseQuantity(after.slice(0, open[0].length - open[1]!.length), lang) !== undefined) return [];
  const parts: PhraseCandidate[] = [];
  const groups = new Set<string>();
  let rest = after.slice(open[0].length);
  let marker = open[1]!;
  // "19 bodies, including those of four children", « 12 corps, dont ceux de trois femmes et d'un nourrisson »: the bodies of whom.
  const bodies = BODIES_OF.exec(rest);
  for (let k = 0; k < 3; k += 1) {
    const of = (k === 0 ? bodies : bodies && OF_AGAIN.exec(rest))?.[0] ?? "";
    if (of.length > 0) {
      marker = `${marker} ${of.trimEnd()}`.trim();
      rest = rest.slice(of.length);
    }
    const part = parseQuantity(rest, lang);
    if (part === undefined || !rest.startsWith(part.phrase) || /\d{4}/u.test(part.phrase)) break;
    // « un enfant », "a pregnant woman": the lexicon reads the noun with its count.
    const own = foldWord(lastWord(part.phrase));
    const noun = PEOPLE[lang].has(own) ? ["", own] : PART_NOUN.exec(rest.slice(part.phrase.length));
    const folded = foldWord(noun?.[1] ?? "");
    const group = PEOPLE[lang].get(folded);
    if (group === undefined) break;
    if (groups.has(group)) return [];
    groups.add(group);
    const words = `${rest.slice(0, part.phrase.length + (noun?.[0] ?? "").length)}`;
    if (!SOME_OF_A_GROUP.has(folded))
      parts.push({ facet: candidate.facet, value: part.value, quantity: part, words: [`${marker}${/['’]$/u.test(marker) ? "" : " "}${words}`, part.phrase] });
    const joined = /^\s*(?:,|et|and)\s+/iu.exec(rest.slice(words.length));
    if (joined === null) break;
    rest = rest.slice(words.length + joined[0].length);
    marker = "";
  }
  return parts.map((p) => ({ ...p, words: [p.words[0]!.trim(), p.words[1]!] }));
}

/**
 * A count of people joined to another by « et », "and" (« 12 soldats et 30 terroristes », "12 soldiers and 30 militants",
 * "one of our comrades and four civilians", « deux de ses combattants et trois civils », "two Tajik border guards and three
 * civilians", up to three words of people): the two sides' counts.
 */
const JOINED_COUNT =
  /^\s*(?:(?:of|de|d')\s+(?:our|its|their|his|her|nos|ses|leurs|son|sa)\s+)?([\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})\s+(?:et|and|as well as|ainsi que)\s+(?:de\s+|d')?/iu;
/** The determiners a count of the second of two joined counts may open with. */
const OF_WORDS = new Set(["de", "d'", "of"]);

/**
 * The same join seen from the second count: the words before it end with
 * a people's noun and « et », "and" (« 12 soldats et »). Read word by word,
 * with no pattern that could backtrack.
 *
 * @returns Where the noun starts in `before`, or -1.
 */
function joinedBefore(before: string, lang: LexiconLanguage): number {
  const words = [...before.matchAll(/\S+/gu)];
  let k = words.length - 1;
  if (k >= 0 && OF_WORDS.has(foldWord(words[k]![0]))) k -= 1;
  if (k < 1 || !AND_WORDS.has(foldWord(words[k]![0]))) return -1;
  const noun = words[k - 1]!;
  return PEOPLE[lang].has(foldWord(noun[0])) ? noun.index : -1;
}

/**
 * The other side of a toll split by side: « 12 soldats et 30 terroristes
 * ont été tués », "killed 12 soldiers and 30 militants". The lexicon pairs
 * the verb with one count; the other, counted in its own people, is
 * drafted as well, each scoped to its people, never merged into one toll.
 */
export function otherSide(candidate: PhraseCandidate, sentence: string, lang: LexiconLanguage): PhraseCandidate[] {
  const count = countOfPeople(candidate, sentence);
  if (count === undefined) return [];
  const { phrase, cue, at } = count;
  // After: « 12 soldats et 30 terroristes ».
  const after = sentence.slice(at + phrase.length, at + phrase.length + 80);
  const joined = JOINED_COUNT.exec(after);
  if (joined && PEOPLE[lang].has(foldWord(lastWord(joined[1]!))) && !OTHER_TOLL.test(joined[0])) {
    const rest = after.slice(joined[0].length);
    const other = parseQuantity(rest, lang);
    // The second count must count people too ("12 soldiers and 30 militants", not "… and 30 vehicles").
    const counted = other ? foldWord(/^[\s\p{L}'’-]*?([\p{L}'’-]+)/u.exec(rest.slice(other.phrase.length).replace(/^\s*(?:de|d'|of)\s+/u, ""))?.[1] ?? "") : "";
    if (other && rest.startsWith(other.phrase) && !/\d{4}/u.test(other.phrase) && PEOPLE[lang].has(counted)) {
      return [{ facet: candidate.facet, value: other.value, quantity: other, words: [cue, other.phrase] }];
    }
  }
  // Before: « 12 soldats et 30 terroristes ont été tués », the verb paired with the second.
  // A window of 80 characters keeps the anchored pattern linear whatever the sentence's length.
  const before = sentence.slice(Math.max(0, at - 80), at);
  const noun = joinedBefore(before, lang);
  if (noun >= 0) {
    const clause = before.slice(Math.max(before.lastIndexOf(",", noun) + 1, 0), noun);
    const other = parseQuantity(clause, lang);
    // "seven dead people and six others wounded": the first count has a toll word of its own, and is no side of this one.
    const between = other ? clause.slice(clause.indexOf(other.phrase) + other.phrase.length) : "";
    if (other && !/\d{4}/u.test(other.phrase) && placesOf(sentence, other.phrase).length > 0 && !OTHER_TOLL.test(between)) {
      return [{ facet: candidate.facet, value: other.value, quantity: other, words: [cue, other.phrase] }];
    }
  }
  return [];
}

/** Words of a toll between a count and its people (« 7 morts et 6 blessés », "seven dead people and six wounded"): a count with its own facet. */
const OTHER_TOLL =
  /(?:^|[\s,;])(?:dead|killed|died|wounded|injured|hurt|missing|mort|morts|tué|tués|tuée|tuées|blessé|blessés|blessée|blessées|disparu|disparus)(?=$|[\s,;.])/iu;

function lastWord(words: string): string {
  return words.split(/\s+/u).at(-1) ?? "";
}

/** The means a count's own words tell (« incendiées », "shot dead"), as a candidate of its own. */
export function meansOfDeed(candidate: PhraseCandidate, buildings: boolean): PhraseCandidate[] {
  const word = candidate.words[0];
  if (word === undefined) return [];
  const deed = MEANS_OF_DEEDS.find((d) => d.facet === candidate.facet && d.words.test(word) && (!d.buildings || buildings));
  return deed ? [{ facet: "means", value: [deed.means], words: [word] }] : [];
}
