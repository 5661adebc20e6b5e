import type { LexiconLanguage } from "../lexicon/language.js";
import { readDates, type DateMention } from "../lexicon/readDates.js";
import { foldWord } from "../lexicon/foldWord.js";
import type { Token } from "../lexicon/tokenize.js";
import { type TimeOfDay, timesOfDay } from "../lexicon/timesOfDay.js";
import { inRelativeClause } from "./relativeClause.js";
import type { Sentence } from "./splitSentences.js";
import { overlaps, type Interval } from "../values/interval.js";
import { rangeInterval, timeInterval } from "../values/timeInterval.js";
import type { TimeValue } from "../values/timeValue.js";

/** Folded words of an event: a sentence that holds one tells when or where the incident happened. */
export const EVENT_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "attaque",
    "attaques",
    "attaquer",
    "attaque",
    "attaquee",
    "attaques",
    "attentat",
    "assaut",
    "assauts",
    "embuscade",
    "frappe",
    "frappes",
    "raid",
    "combats",
    "affrontements",
    "offensive",
    "incursion",
    "massacre",
    "tuerie",
    "bombardement",
    "bombardements",
    "explosion",
    "enlevement",
    "enlevements",
    "operation",
    "tues",
    "tuees",
    "tue",
    "tuee",
    "enleve",
    "enleves",
    "enlevee",
    "enlevees",
    "kidnappe",
    "kidnappes",
    "kidnappee",
    "kidnappees",
    "visant",
    "vise",
    "cible",
    "survenue",
    "survenu",
    "deroulee",
    "produite",
    "perpetree",
    "menee",
    "mene",
    "tombe",
    "pris",
    "repousse",
    "repoussee",
    "occupe",
    "occupee",
    // « ont ouvert le feu », « a tiré », « a explosé »: the deed by its verb (not « tuant », as "killing" in English).
    "ouvert",
    "tire",
    "explose",
    "sautee",
    "saute",
    // « deux kamikazes se sont fait exploser »: the bombers' deed by its infinitive.
    "exploser",
    // « les bandits ont pénétré dans le quartier », « ont fait irruption »: the assailants' entry.
    "penetre",
    "irruption",
  ]),
  en: new Set([
    "attack",
    "attacks",
    "attacked",
    "ambush",
    "ambushed",
    "assault",
    "raid",
    "raided",
    "strike",
    "strikes",
    "struck",
    "bombing",
    "clashes",
    "clash",
    "fighting",
    "killed",
    "stormed",
    "shelling",
    "shelled",
    "massacre",
    "abducted",
    "kidnapped",
    "explosion",
    "blast",
    "offensive",
    "overran",
    "seized",
    "captured",
    "happened",
    "occurred",
    "took",
    "occupied",
    // "opened fire", "hurled grenades", "burst into a cockfighting ring": the deed by its verb. Not "killing", which follows a place it may not be, nor "fired", whose place is as often where the fire came from.
    "opened",
    "hurled",
    "burst",
    "exploded",
    "detonated",
    "targeted",
    // "two activists were shot dead", "were murdered": the killing by its verb.
    "shot",
    "murdered",
  ]),
};

/** Folded verbs of saying and claiming: a date next to one is when the words were given (« a revendiqué mercredi », "said on Saturday"). */
const SAYING_VERBS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "diffuse",
    "diffusee",
    "publie",
    "publiee",
    "communique",
    "declare",
    "indique",
    "annonce",
    "affirme",
    "precise",
    "revendique",
    "livre",
    "ajoute",
    "rapporte",
    "explique",
    "raconte",
    "confirme",
    "assure",
    "dit",
    // « a attribué jeudi l'enlèvement à », « a fait état jeudi de huit morts », « a démenti samedi »: when the words were given.
    "attribue",
    "impute",
    "accuse",
    "etat",
    "evoque",
    "signale",
    "souligne",
    "denonce",
    "dementi",
    "reconnu",
    "avance",
  ]),
  en: new Set([
    "said",
    "says",
    "told",
    "announced",
    "released",
    "posted",
    "published",
    "claimed",
    "added",
    "confirmed",
    "reported",
    "blamed",
    "attributed",
    "accused",
    "denied",
    "stated",
    "disclosed",
  ]),
};

/** Folded words after which a date is when something was said, not when it happened (« diffusé vendredi », "said on Saturday"). */
const SAID_BEFORE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    ...SAYING_VERBS.fr,
    "selon",
    "depuis",
    "jusqu'a",
    "avant",
    "apres",
    // « revendiquée via son agence Amaq vendredi », « sur sa chaîne Telegram »: the channel that carried the words, then when.
    "agence",
    "canal",
    "chaine",
    "video",
    "compte",
    // « dans un message publié sur X dimanche »: a post and when it was posted.
    "message",
    "publication",
    "tweet",
    // « n'était pas en mesure lundi soir de donner le nombre »: when the source could not say, not when it happened.
    "mesure",
    // « une déclaration lue dimanche soir à la radio », « un bilan transmis lundi »: when the words were read or passed on.
    "lu",
    "lue",
    "lues",
    "transmis",
    "transmise",
    "communiquee",
    // « Joint mercredi par l'agence TAP », « interrogé lundi »: when the source was reached, not when it happened.
    "joint",
    "jointe",
    "joints",
    "jointes",
    "contacte",
    "contactee",
    "contactes",
    "contactees",
    "interroge",
    "interrogee",
    "interroges",
    "interrogees",
  ]),
  en: new Set([
    ...SAYING_VERBS.en,
    // "was unable on Monday to give a figure": when the source could not say, not when it happened.
    "unable",
    "statement",
    "since",
    "until",
    "before",
    "after",
    // "claimed the ambush through its Amaq propaganda agency on Wednesday": the channel that carried the words, then when.
    "agency",
    "channel",
    "channels",
    "video",
    "account",
    "website",
    // "in a post on X on Sunday": a post and when it was posted.
    "post",
    "posts",
    "tweet",
    "message",
    // "reached on Wednesday", "interviewed on Monday": when the source was reached, not when it happened.
    "reached",
    "contacted",
    "interviewed",
  ]),
};

/**
 * Nouns of strikes: a demonym before or after one names its author
 * (« frappe israélienne », "Russian missiles"), and a strike told after a
 * date that opens its sentence is dated by it.
 *
 * @example
 * STRIKE_NOUNS.fr.has("frappes") && STRIKE_NOUNS.en.has("airstrike") //=> true
 */
export const STRIKE_NOUNS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "frappe",
    "frappes",
    "bombardement",
    "bombardements",
    "raid",
    "raids",
    "missile",
    "missiles",
    "drone",
    "drones",
    "aviation",
    "avions",
    "obus",
    "tirs",
    "aerienne",
    "aeriennes",
    "artillerie",
  ]),
  en: new Set([
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "missile",
    "missiles",
    "drone",
    "drones",
    "shelling",
    "bombardment",
    "raid",
    "raids",
    "warplanes",
    "jets",
    "artillery",
    "aircraft",
    "air",
  ]),
};

/** How many words after a date that opens its sentence its verb may stand ("On Wednesday, the Islamic State West Africa Province claimed"). */
const OPENING_DATE_REACH = 14;

/** How many words before a date a verb of saying may stand and still date the saying ("in a statement posted on its Telegram channels on Sunday"). */
const SAID_REACH = 7;

/** Words that bound a time (« avant », "after"), and the times of a day they may bound instead of a date. */
const BOUNDS = new Set(["before", "after", "avant", "apres"]);
const TIMES_OF_DAY = new Set(["dawn", "daybreak", "sunrise", "sunset", "dusk", "midnight", "noon", "aube", "midi", "minuit", "crepuscule"]);

/**
 * The dateline of an article: « BAMAKO, 9 avril 2024 (AFP) - », "BENI,
 * Democratic Republic of Congo, June 8, 2024 (Reuters) -". Its date is when
 * the article was written, never when the incident happened.
 *
 * @returns The offset where the dateline ends in the first sentence, or 0.
 */
export function datelineEnd(first: Sentence | undefined): number {
  if (first === undefined) return 0;
  const text = first.text.slice(0, 160);
  // « P-au-P, 21 janv. 2031 [AlterPresse] --- »: some outlets bracket their name and run three hyphens.
  for (const mark of [") -", ") –", ") —", "] ---", "] -", "] –", "] —", " --- ", " - ", " – ", " — "]) {
    const at = text.indexOf(mark);
    if (at > 0 && (text.slice(0, 3) === text.slice(0, 3).toUpperCase() || closesOutlet(text, at))) return at + mark.length;
  }
  return 0;
}

/** The marks that close an outlet's name in a dateline, with the mark that opens it: « (APA) », « [AlterPresse] ». */
const OUTLET_BRACKETS: ReadonlyMap<string, string> = new Map([
  [")", "("],
  ["]", "["],
]);

/**
 * Whether the text right before `at` is an outlet in parentheses, as a
 * dateline whose place is not in capitals closes: « Yaoundé (Cameroun), 21
 * avril 2026 (APA) – ». The parentheses hold one capitalised word or an
 * acronym (« (APA) », "(Reuters)"), never a clause.
 */
function closesOutlet(text: string, at: number): boolean {
  const opening = OUTLET_BRACKETS.get(text[at] ?? "");
  if (opening === undefined) return false;
  const open = text.lastIndexOf(opening, at);
  const inside = text.slice(open + 1, at);
  return (
    open >= 0 && inside.length >= 2 && inside.length <= 24 && !inside.includes(" ") && inside[0] === inside[0]!.toUpperCase() && /\d/u.test(text.slice(0, open))
  );
}

/**
 * Folded words that tell when an article was written, wherever the byline
 * stands (« Publié le 6 juin 2024 », « Mis à jour le », "Published On 15
 * Sep 2024", "Updated"). Shared with the outlet's credit line.
 *
 * @example
 * PUBLISHED.includes("publie le") && PUBLISHED.includes("updated") //=> true
 */
export const PUBLISHED: readonly string[] = ["publie le", "mis a jour le", "published", "updated", "posted"];

/**
 * The day the article was written, to put a year to « vendredi 24
 * novembre »: the date of its dateline, else the first full date of its
 * first sentences.
 */
export function referenceDay(sentences: readonly Sentence[], lang: LexiconLanguage): string | undefined {
  // « Publié le 6 juin 2024 », "Published On 15 Sep 2024", "Updated": the day it was written, wherever the byline stands.
  for (const sentence of sentences.slice(0, 10)) {
    const folded = foldWord(sentence.text);
    if (!PUBLISHED.some((word) => folded.includes(word))) continue;
    const day = readDates(sentence.text, lang).find((d) => typeof d.value === "string" && d.value.length === 10);
    if (day) return day.value as string;
  }
  for (const sentence of sentences.slice(0, 4)) {
    for (const date of readDates(sentence.text, lang)) {
      if (typeof date.value === "string" && date.value.length === 10) return date.value;
    }
  }
  return undefined;
}

/**
 * The dates of a sentence that say when an event happened: those of a
 * sentence that names an event, outside its dateline, and not right after a
 * verb of saying or a communiqué's publication (« a annoncé lundi », "said
 * on Saturday", « diffusé vendredi »).
 */
export function eventDates(
  sentence: Sentence,
  tokens: readonly Token[],
  lang: LexiconLanguage,
  reference: string | undefined,
  skipBefore: number,
): DateMention[] {
  if (!tokens.some((t) => EVENT_WORDS[lang].has(t.folded))) return [];
  const dates = readDates(sentence.text, lang, reference === undefined ? {} : { reference });
  return dates.filter((date) => {
    if (date.value === undefined || date.start < skipBefore) return false;
    const at = tokens.findIndex((t) => t.start >= date.start);
    // "the group, to which the ADF pledged allegiance in 2019, claimed…": the clause dates the noun it describes.
    if (inRelativeClause(tokens, at)) return false;
    if (claimedThen(tokens, at)) return false;
    let event = false;
    for (let k = at - 1; k >= 0 && k >= at - SAID_REACH; k -= 1) {
      const word = tokens[k]!.folded;
      // "before dawn on Thursday", « avant l'aube jeudi »: a time of that day, not a bound.
      if (BOUNDS.has(word) && TIMES_OF_DAY.has(tokens[k + 1]?.folded === "l'" ? (tokens[k + 2]?.folded ?? "") : (tokens[k + 1]?.folded ?? ""))) continue;
      // « qu'un raid mené vendredi », "said the attack on Sunday": past three words, an event between the verb and the date is what the date tells.
      if (k < at - 3 && (event || tokens[k]!.kind !== "word")) break;
      if (SAID_BEFORE[lang].has(word)) return false;
      if (tokens[k]!.text === ",") break;
      if (EVENT_WORDS[lang].has(word)) event = true;
    }
    return !openingDateOfSaying(tokens, at, lang);
  });
}

/**
 * Folded verbs of a claim of responsibility (« a revendiqué », "claimed"):
 * the date after their object tells when the claim was made, and a body that
 * makes one of an attack is an armed group.
 *
 * @example
 * ```ts
 * CLAIM_VERBS.has("revendique"); // true
 * ```
 */
export const CLAIM_VERBS: ReadonlySet<string> = new Set(["revendique", "revendiquee", "revendiquait", "revendiquent", "claimed", "claims"]);

/** Words that may stand between a claimed deed and when it was claimed (« dès lundi », "on Monday"). */
const CLAIM_DATE_OPENERS: ReadonlySet<string> = new Set(["des", "on", "le"]);

/**
 * Whether the date at token `at` tells when a deed was claimed: « a
 * revendiqué l'opération dès lundi », "claimed the attack on Monday". A
 * claim names its deed by a determiner and one noun, then when it was made;
 * « l'attaque de lundi », with its « de », still dates the deed.
 */
function claimedThen(tokens: readonly Token[], at: number): boolean {
  let k = at - 1;
  if (CLAIM_DATE_OPENERS.has(tokens[k]?.folded ?? "")) k -= 1;
  return tokens[k]?.kind === "word" && CLAIM_VERBS.has(tokens[k - 2]?.folded ?? "") && tokens[k - 1]?.kind === "word";
}

/**
 * Whether the date at token `at` opens its sentence (« Mercredi, », "On
 * Wednesday,") and dates the verb its clause says first:
 * « Mercredi, l'Iswap a revendiqué l'attaque », "On Tuesday, the minister
 * told SSBC the death toll had risen to 52" date the words, not the deed;
 * unless the words tell of a strike or an operation, which the date then
 * dates too.
 */
function openingDateOfSaying(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  let comma = at;
  while (comma < tokens.length && comma - at < 4 && tokens[comma]!.text !== ",") comma += 1;
  if (tokens[comma]?.text !== "," || tokens.slice(0, at).some((t) => t.kind === "word" && t.folded !== "on" && t.folded !== "le")) return false;
  for (let k = comma + 1; k < tokens.length && k <= comma + OPENING_DATE_REACH; k += 1) {
    const word = tokens[k]!.folded;
    if (EVENT_WORDS[lang].has(word)) return false;
    if (SAYING_VERBS[lang].has(word)) return !toldOperation(tokens, k + 1, lang);
  }
  return false;
}

/** Words of a strike or an operation the speaker tells of its own forces (« des frappes menées », "its helicopters had struck"). */
const OPERATION_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([...STRIKE_NOUNS.fr, "operation", "operations", "ratissage", "helicoptere", "helicopteres"]),
  en: new Set([...STRIKE_NOUNS.en, "operation", "operations", "helicopter", "helicopters", "struck"]),
};

/**
 * Whether the words said, from token `from`, tell of a strike or an
 * operation: "On Wednesday, AFRICOM said it had carried out an airstrike"
 * dates the strike as well as the saying, which makes it a later one.
 */
function toldOperation(tokens: readonly Token[], from: number, lang: LexiconLanguage): boolean {
  for (let k = from; k < tokens.length && k < from + OPENING_DATE_REACH; k += 1) if (OPERATION_WORDS[lang].has(tokens[k]!.folded)) return true;
  return false;
}

/** How many words before a time of day a verb of saying or its channel may stand and make it when the words were said ("said at 6pm"). */
const SAID_TIME_REACH = 3;

/**
 * The time of day a sentence gives the incident ("struck at around 9pm",
 * « ont fait irruption vers 23 heures »): its first, outside its dateline
 * and not right after a verb of saying or a communiqué ("said at 6pm", « un
 * message publié vers 20 heures »), which tell when the words came.
 *
 * @param tokens - The sentence's tokens.
 * @param lang - The sentence's language.
 * @param skipBefore - Where the sentence's own words start, past its dateline (an offset in its text).
 * @example
 * eventTime(tokenize("The gunmen struck at around 9pm.", "en"), "en", 0)?.value;
 * //=> "21:00"
 */
export function eventTime(tokens: readonly Token[], lang: LexiconLanguage, skipBefore: number): TimeOfDay | undefined {
  return timesOfDay(tokens, lang).find((time) => {
    if (tokens[time.start]!.start < skipBefore) return false;
    // The time's own leads ("shortly after", « peu avant ») are inside it, so the words before it are the sentence's.
    for (let k = time.start - 1; k >= 0 && k >= time.start - SAID_TIME_REACH; k -= 1) if (SAID_BEFORE[lang].has(tokens[k]!.folded)) return false;
    return true;
  });
}

/**
 * The date and time of day an incident's day and a clock time make
 * together: `2031-06-16` at `21:00` is `2031-06-16T21:00`; in a night from
 * one day to the next (« dans la nuit de samedi à dimanche »), an hour of the
 * morning falls on the second day, one of the evening on the first. A day
 * less precise (a month) or a span of more days gives no time.
 *
 * @example
 * atTimeOf({ from: "2031-06-14", to: "2031-06-15" }, "02:00");
 * //=> "2031-06-15T02:00"
 */
export function atTimeOf(day: TimeValue | undefined, clock: string): string | undefined {
  if (typeof day === "string") return day.length === 10 ? `${day}T${clock}` : undefined;
  if (day === undefined || day.from.length !== 10 || day.to.length !== 10) return undefined;
  const next = new Date(`${day.from}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (next.toISOString().slice(0, 10) !== day.to) return undefined;
  return `${Number(clock.slice(0, 2)) < 12 ? day.to : day.from}T${clock}`;
}

/** The interval of a time value: an ISO date of any precision, or a span. */
export function daysOf(value: TimeValue): Interval | undefined {
  return typeof value === "string" ? timeInterval(value) : rangeInterval(value);
}

/**
 * Whether a sentence dates an event away from the incident's days (« En
 * mars, une attaque… » in an article about May, "In April, the same group
 * captured…"): its figures are another incident's. Without the incident's
 * date, nothing is told.
 */
export function datedElsewhere(dates: readonly DateMention[], incident: Interval | undefined): boolean {
  if (incident === undefined) return false;
  return dates.some((date) => {
    if (date.value === undefined) return false;
    const own = daysOf(date.value);
    return own !== undefined && !overlaps(own, incident);
  });
}
