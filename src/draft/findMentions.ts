import { ALL_CALENDAR_NAMES } from "../lexicon/dateLexicon.js";
import { AND_WORDS, ARTICLES, DEFINITE_ARTICLES, ONE_DEFINITE_ARTICLES } from "./articles.js";
import { joinRanksToNames } from "./rankedNames.js";
import { ownerless, withoutPossessives } from "./possessives.js";
import { elidedSources } from "./elidedSources.js";
import { MODIFIED_NOUNS } from "./modifierNouns.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { ARTICLE_ONES } from "../lexicon/parseQuantity.js";
import { PatternTable } from "../lexicon/phrasePattern.js";
import { perLanguage } from "../lexicon/language.js";
import { allWordsIn, OPENING_QUOTE_MARKS, QUOTE_MARKS, tokenize, type Token } from "../lexicon/tokenize.js";
import { foldWord } from "../lexicon/foldWord.js";
import { readNumberWords } from "../lexicon/numberWords.js";
import {
  ARMY,
  COUNTRIES,
  countryNameIndex,
  GROUP_MEMBERS,
  HEALTH_BODY,
  NAMED,
  POLICE,
  SPEAKERS,
  SPOKESPERSON,
  type Country,
  type NamedSpeaker,
  type SpeakerCue,
} from "./speakerLexicon.js";
import { isToldOutletName, REACHING_PARTICIPLES } from "./findOutlet.js";
import { CLAIM_VERBS } from "./eventDates.js";

/**
 * A body the article names, by the name and the short name it is known by
 * from then on, with the kind of speaker it was named as when the words
 * around it said (« le mouvement rebelle RED-Tabara » is an armed group
 * wherever « RED-Tabara » stands alone later).
 */
/**
 * The author named after these words is named in doubt: "suspected", « présumés »; the
 * perpetrator claim is `unconfirmed`, like « pourrait être derrière ».
 */
export const SUSPICION_WORDS: readonly string[] = [
  "suspected",
  "alleged",
  "presumed",
  "probably",
  "likely",
  "possibly",
  "presumably",
  "presume",
  "presumes",
  "presumee",
  "presumees",
  "suppose",
  "supposes",
  "probablement",
  "vraisemblablement",
  "possiblement",
];

/** Capitalised words that describe a group rather than name it ("Suspected Islamist group", "a Muslim armed group"). */
const DESCRIBING_WORDS: ReadonlySet<string> = new Set([
  ...SUSPICION_WORDS,
  "unidentified",
  "unknown",
  "muslim",
  "islamist",
  "islamic",
  "christian",
  "jihadist",
  "another",
  "rival",
]);

/**
 * Records a body the article names, known by `name` from then on, with the
 * kind of speaker it was named as when the words around it said so (an
 * armed group's cue is kept; other bodies' kinds are read again from their
 * names).
 */
function introduce(introduced: Map<string, Introduced>, name: string, cue?: SpeakerCue): Introduced {
  const known: Introduced = cue ? { name, acronym: name, cue } : { name, acronym: name };
  introduced.set(foldWord(name), known);
  return known;
}

/** The cue of an armed group named by the article (« le mouvement rebelle RED-Tabara », "the militia Wagner"). */
const ARMED_GROUP_CUE: SpeakerCue = { kind: "party", role: "group", side: "group" };

export interface Introduced {
  readonly name: string;
  readonly acronym: string;
  readonly cue?: SpeakerCue;
  /** The country whose armed forces the name is (« Forces armées centrafricaines (FACa) »). */
  readonly country?: Country;
}

/**
 * A phrase of a sentence that names someone who may speak: a common noun
 * (« l'armée malienne », "local sources"), a named organisation (RFI, JNIM),
 * a person (« Ulf Laessing ») or a pronoun. Token offsets are the
 * sentence's; `name` is the words as written, without their determiner.
 */
export interface Mention {
  readonly start: number;
  readonly end: number;
  readonly cue: SpeakerCue;
  readonly name: string;
  readonly named?: NamedSpeaker;
  /** An organisation the article introduces with its acronym (« le Cadre stratégique permanent (CSP) »). */
  readonly introduced?: Introduced;
  readonly country?: Country;
  readonly person?: string;
  /** The mention its complement names (« porte-parole du CSP » → CSP). */
  readonly of?: Mention;
  /** It qualifies the noun after it ("the government hospital", "an army base"): a thing, never the subject of a verb of saying. */
  readonly qualifies?: true;
  /** Written after the definite article ("the commissioner", « le gouverneur »): it may be a person already named in that role. */
  readonly definite?: true;
}

const nounTable = perLanguage((lang) => new PatternTable(SPEAKERS[lang]));

export const COMPLEMENT_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "d'", "la", "l'", "le", "les"]),
  en: new Set(["of", "for", "from", "the", "by"]),
};
/** What level of the state a body is ("a spokesman for the state police", "the district commissioner"). */
const STATE_LEVELS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(),
  en: new Set(["state", "state's", "federal", "national", "local", "regional", "provincial", "district", "county", "city", "municipal"]),
};
/** Units of the forces between a role and the force it belongs to (« le commandant du groupement de gendarmerie », "the commander of the army's 5th battalion"). */
const FORCE_UNITS: Record<LexiconLanguage, readonly string[]> = {
  fr: ["groupement", "compagnie", "escadron", "peloton", "bataillon", "regiment", "legion", "secteur"],
  en: ["battalion", "regiment", "brigade", "division", "company", "sector", "unit"],
};
/** The words between a role and whose it is: the complement's own, what level of the state the body is, and which of its units. */
const COMPLEMENT_GAP: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([...COMPLEMENT_WORDS.fr, ...FORCE_UNITS.fr]),
  en: new Set([...COMPLEMENT_WORDS.en, ...STATE_LEVELS.en, ...FORCE_UNITS.en]),
};

/**
 * Whether the words between a role and the body it speaks for are only a
 * complement's ("a spokesman for the state governor"), allowing the one name
 * of the place that qualifies a level of the state ("a spokesman for the Benue
 * state governor", "for the Borno state police").
 */
function complementGap(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  if (gapIs(tokens, from, to, COMPLEMENT_GAP[lang])) return true;
  // "a spokesperson for Iraq's Joint Operations Command": the country the body belongs to.
  if (to - 1 >= from && possessiveCountry(tokens[to - 1], lang) && allWordsIn(tokens, from, to - 1, COMPLEMENT_WORDS[lang])) return true;
  // The level may close the gap or open the body's own noun ("state governor").
  for (const place of [to - 2, to - 1]) {
    if (
      place > from &&
      to - from <= 4 &&
      isCapitalised(tokens[place]) &&
      STATE_LEVELS[lang].has(tokens[place + 1]?.folded ?? "") &&
      allWordsIn(tokens, from, place, COMPLEMENT_WORDS[lang])
    )
      return true;
  }
  return false;
}
const DETERMINERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    ...ARTICLES.fr,
    "ce",
    "cet",
    "cette",
    "ces",
    "son",
    "sa",
    "ses",
    "leur",
    "leurs",
    "plusieurs",
    "certains",
    "certaines",
    "deux",
    "trois",
    "quelques",
  ]),
  en: new Set([...ARTICLES.en, "some", "several", "two", "three", "its", "their", "his", "her", "many", "other", "one"]),
};
/**
 * Name particles that may stand lower-case inside a person's or an
 * organisation's name (« Agence nationale de presse », "Global New Light of
 * Myanmar", "Abu Bakr al-Baghdadi").
 *
 * @example
 * PARTICLES.has("of") && PARTICLES.has("ould")
 * //=> true
 */
export const PARTICLES: ReadonlySet<string> = new Set([
  "de",
  "du",
  "des",
  "d'",
  "al",
  "el",
  "ag",
  "ould",
  "ben",
  "bin",
  "ibn",
  "van",
  "von",
  "la",
  "le",
  "wa",
  "wal",
  "ul",
  "of",
  "pour",
  "for",
  "l'",
  "au",
  "aux",
  "a",
]);
/** Capitalised words that open a sentence or a clause without being a name (« Selon », "According", « Dans »). */
const NOT_A_NAME = new Set([
  // "Suspected Dawlah Islamiyah militants ambushed…": the doubt that opens a sentence is capitalised, and names no one.
  ...SUSPICION_WORDS,
  "selon",
  "d'apres",
  "suivant",
  "according",
  "dans",
  "pour",
  "par",
  "avec",
  "sans",
  "lors",
  "apres",
  "avant",
  "depuis",
  "in",
  "on",
  "at",
  "the",
  "a",
  "an",
  "le",
  "la",
  "les",
  "un",
  "une",
  "des",
  "ce",
  "cette",
  "ces",
  "mais",
  "et",
  "or",
  "but",
  "and",
  "after",
  "before",
  "since",
  "while",
  "when",
  "as",
  "for",
  "from",
  "with",
  "sollicite",
  "sollicitee",
  "joint",
  "jointe",
  "contacte",
  "contactee",
  "interroge",
  "interrogee",
  "contacted",
  "reached",
  "asked",
  "l'",
  "d'",
  "au",
  "aux",
  "en",
  "sur",
  "vers",
  "entre",
  "between",
  "during",
  "among",
  "toujours",
]);

interface NameEntry {
  readonly words: readonly string[];
  readonly exactCase: boolean;
  /** A word after the first is capitalised ("Le Monde", "Human Rights Watch"; not « Médecins sans frontières »): the text must capitalise one too. */
  readonly laterCapitals: boolean;
  readonly text: string;
  readonly entry: NamedSpeaker;
}

/** The named organisations by their first folded word; short acronyms match in their own case only (« UN » is not « un »). */
const namedIndex = perLanguage((lang) => {
  const index = new Map<string, NameEntry[]>();
  for (const entry of NAMED) {
    for (const text of entry.names.flatMap(spellings)) {
      const words = wordsOf(text, lang);
      const first = words[0];
      if (first === undefined) continue;
      const exactCase = text.length <= 4 && text === text.toUpperCase();
      const list = index.get(first) ?? [];
      list.push({ words, exactCase, laterCapitals: laterWordCapitalised(text), text, entry });
      index.set(first, list);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
});

/** A name as it is spelt with and without its hyphens: "al-Shabaab", "al Shabaab", "Al-Shabab". */
function spellings(name: string): string[] {
  return [...new Set([name, name.replace(/-/gu, " "), name.replace(/^(al|el|an|ad|as|ar|ash|ul) /iu, "$1-")])];
}

function wordsOf(text: string, lang: LexiconLanguage): string[] {
  // The lexicon's own tokenizer keeps « l' » apart and hyphens inside, as the text's tokens do.
  return simpleTokens(text, lang).map((t) => t.folded);
}

function simpleTokens(text: string, lang: LexiconLanguage): Token[] {
  return tokenize(text, lang).filter((t) => t.kind !== "mark" || t.folded === "'");
}

const demonymIndex = perLanguage((lang) => {
  const index = new Map<string, Country>();
  for (const c of COUNTRIES) for (const d of c.demonyms[lang]) index.set(d, c);
  return index;
});

/** A name's word that opens with an Arabic article (« al-Nasr », "el-Fasher", « ag-Ghaly »): capitalised after the hyphen. */
const ARTICLED = /^(?:al|el|ad|an|as|ash|ar|ag|ul|ed|es|et)-\p{Lu}/u;

const isCapitalised = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "word" && token.text[0] !== undefined && (token.text[0] !== token.text[0].toLowerCase() || ARTICLED.test(token.text));

/** The most words that may qualify an acronym after its comma, inside its parentheses (« (ANI, officielle) », "(OCHA, UN)"). */
const LONGEST_ACRONYM_NOTE = 2;

/**
 * The closing parenthesis of an acronym whose last token is right before
 * `at`: `at` itself (« (CSP) »), or past a comma and one or two words that
 * qualify it (« (ANI, officielle) »); `undefined` when neither.
 */
function parenthesisClose(tokens: readonly Token[], at: number): number | undefined {
  if (tokens[at]?.text === ")") return at;
  if (tokens[at]?.text !== ",") return undefined;
  for (let t = at + 1; t <= at + LONGEST_ACRONYM_NOTE + 1; t += 1) {
    if (tokens[t]?.text === ")") return t > at + 1 ? t : undefined;
    if (tokens[t]?.kind !== "word") return undefined;
  }
  return undefined;
}

/**
 * Finds every mention of a possible speaker in a sentence's tokens, left to
 * right, without overlaps: named organisations first, then organisations
 * the article introduced with an acronym, then common nouns with their
 * demonym or complement, then persons' names (two or more capitalised words
 * not at the start of the sentence, or any followed by a comma and a role).
 *
 * @param tokens - One sentence's tokens.
 * @param lang - The article's language.
 * @param introduced - Acronyms the article has introduced so far, by folded acronym and name.
 * @param persons - Persons named so far, by folded surname, so that "Laessing said" finds "Ulf Laessing".
 */
export function findMentions(tokens: readonly Token[], lang: LexiconLanguage, introduced: Map<string, Introduced>, persons: Map<string, string>): Mention[] {
  const mentions: Mention[] = [];
  const taken: boolean[] = [];
  const add = (m: Mention) => {
    mentions.push(m);
    for (let t = m.start; t < m.end; t += 1) taken[t] = true;
  };
  const text = (start: number, end: number) => joinTokens(tokens, start, end);

  // An organisation introduced with its acronym: « Cadre stratégique permanent (CSP) ».
  for (let i = 0; i < tokens.length; i += 1) {
    const open = tokens[i];
    if (open?.text !== "(") continue;
    const acronym = tokens[i + 1];
    const close = parenthesisClose(tokens, i + 2);
    if (acronym?.kind !== "word" || close === undefined || acronym.text.length < 2 || acronym.text.length > 10) continue;
    if (acronym.text.slice(0, 2) !== acronym.text.slice(0, 2).toUpperCase()) continue;
    let start = i;
    while (
      start > 0 &&
      (isCapitalised(tokens[start - 1]) || (PARTICLES.has(tokens[start - 1]!.folded) && isCapitalised(tokens[start - 2]))) &&
      !DETERMINERS[lang].has(tokens[start - 1]!.folded)
    )
      start -= 1;
    if (i - start < 2) start = frenchNameStart(tokens, i, lang) ?? start;
    if (i - start < 2 || namedAt(tokens, i + 1, lang)) continue;
    const name = text(start, i);
    // « des éléments du groupe Azande Ani Kpi Gbe (AAKG) »: a group's noun or its men's before the name makes it an armed group's.
    const armed =
      namesGroup(tokens, Math.max(0, start - 2), start) ||
      namesGroup(tokens, start - 1, start) ||
      namedByItsMembers(tokens, start, lang) ||
      membersOfBefore(tokens, start, lang) ||
      groupInApposition(tokens, close + 1) ||
      claimsDeedAt(tokens, close + 1);
    // « les Forces armées centrafricaines (FACa) », « Forces de défense rwandaises (RDF) »: a state's army by its own name.
    const state = stateForces(tokens, start, i, lang);
    // "The Medical Superintendent (MS) of the hospital, Dr X,": an acronym may shorten a person's role, which keeps its voice.
    const role = nounTable(lang).longestAt(tokens, start);
    const known: Introduced = state
      ? { name, acronym: acronym.text, cue: ARMY, country: state }
      : armed
        ? { name, acronym: acronym.text, cue: ARMED_GROUP_CUE }
        : role?.end === i && PERSON_ROLES.has(role.data.role)
          ? { name, acronym: acronym.text, cue: role.data }
          : { name, acronym: acronym.text };
    introduced.set(acronym.folded, known);
    introduced.set(foldWord(name), known);
  }

  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i]) continue;
    const named = namedAt(tokens, i, lang);
    if (named && !insideGroupName(tokens, i, named)) {
      // "the Islamic State group", "the Wagner militia": the group's noun after its name is the same group, not "the group" told again.
      const end = named.entry.cue.side === "group" && GROUP_NOUNS.has(tokens[named.end]?.folded ?? "") ? named.end + 1 : named.end;
      add({ start: i, end, cue: named.entry.cue, name: text(i, named.end), named: named.entry });
      i = end - 1;
      continue;
    }
    const token = tokens[i]!;
    const known = token.kind === "word" ? introduced.get(token.folded) : undefined;
    if (known && (isCapitalised(token) || token.text === token.text.toUpperCase())) {
      add({
        start: i,
        end: i + 1,
        cue: known.cue ?? introducedCue(known.name),
        name: known.acronym,
        introduced: known,
        ...(known.country ? { country: known.country } : {}),
      });
      continue;
    }
    if (token.kind === "word" && isCapitalised(token)) {
      const end = introducedNameEnd(tokens, i, introduced);
      if (end > i) {
        const name = introduced.get(foldWord(text(i, end)))!;
        add({
          start: i,
          end,
          cue: name.cue ?? introducedCue(name.name),
          name: name.acronym,
          introduced: name,
          ...(name.country ? { country: name.country } : {}),
        });
        i = end - 1;
      }
    }
  }

  // "the army's spokesman", "the prosecutor's office": the body that owns the role is a speaker noun too.
  for (const match of nounTable(lang).scan(withoutPossessives(tokens, lang))) {
    let overlaps = false;
    for (let t = match.start; t < match.end; t += 1) if (taken[t]) overlaps = true;
    if (overlaps) continue;
    const pronoun = match.data.anaphor === "speaker";
    // « le groupe responsable de l'attaque »: an official is one only after a determiner (« un responsable », « des responsables »).
    if (match.data.role === "officials" && lang === "fr" && !DETERMINERS[lang].has(tokens[match.start - 1]?.folded ?? "")) continue;
    // "a doctor at the hospital said", « un médecin de l'hôpital »: a hospital speaks only when cited, or as the subject that opens its clause.
    if (match.data === HEALTH_BODY && !speakingBody(tokens, match.start, match.end, lang)) continue;
    // « le "colonel" Basa », « le « général » Ebube »: a rank in quotation marks is one a rebel gives himself, never the state's army.
    // « l'hôpital général de référence », « le secrétaire général »: in French a rank after its noun is an adjective, no officer.
    if (match.data.role === "rank" && lang === "fr" && adjectiveAfterNoun(tokens[match.start - 1], lang)) continue;
    // "Wabag General Hospital", "the General Assembly": in English a rank before a body's noun is part of the body's name, no officer.
    if (match.data.role === "rank" && lang === "en" && RANKED_BODIES.has(tokens[match.end]?.folded ?? "")) continue;
    if (match.data.role === "rank" && QUOTE_MARKS.has(tokens[match.start - 1]?.text ?? "") && QUOTE_MARKS.has(tokens[match.end]?.text ?? "")) {
      // The name after it is a person's, titled as he titles himself.
      const end = capitalisedRun(tokens, match.end + 1, taken);
      if (end > match.end + 1) {
        const name = text(match.start - 1, end);
        notePerson(persons, tokens, match.end + 1, end, name);
        add({ start: match.start - 1, end, cue: { kind: "other", role: "person" }, name, person: name });
      }
      continue;
    }
    // « se présentant comme « le capitaine Zoungbia » », "who calls himself Colonel Musa": a rank he gives himself is his title, not the state's army.
    const article = ARTICLES[lang].includes(tokens[match.start - 1]?.folded ?? "") ? match.start - 1 : match.start;
    if (match.data.role === "rank" && nameGivenAt(tokens, article, lang, true) >= 0) {
      const end = capitalisedRun(tokens, match.end, taken);
      if (end > match.end) {
        const name = text(match.start, end);
        notePerson(persons, tokens, match.end, end, name);
        add({ start: article, end, cue: { kind: "other", role: "person" }, name, person: name });
      }
      continue;
    }
    // « plusieurs d'entre eux », "some of them": a pronoun after a preposition is never the subject of a verb of saying.
    if (match.data.role === "pronoun" && PRONOUN_OBJECT_BEFORE[lang].has(tokens[match.start - 1]?.folded ?? "")) continue;
    // "SITE Intelligence Group", "International Crisis Group": a capitalised noun that closes a name is that body, never « le groupe » told again.
    const named =
      NAMED_BY_NOUN.has(tokens[match.start]!.folded) && isCapitalised(tokens[match.start]) ? nameBeforeNoun(tokens, match.start, taken, lang) : match.start;
    if (match.end - match.start === 1 && named < match.start) {
      const name = text(named, match.end);
      // "militants from the Ansar Khalid Group": a body whose men are fighters is an armed group.
      if (membersOfBefore(tokens, named, lang))
        add({ start: named, end: match.end, cue: ARMED_GROUP_CUE, name, introduced: introduce(introduced, name, ARMED_GROUP_CUE) });
      else add({ start: named, end: match.end, cue: { kind: "other", role: "organisation" }, name, introduced: { name, acronym: name } });
      continue;
    }
    // "the Kyaukme Rescue Team", "the Gezira Resistance Committees": a speaker of two capitalised words after a capitalised name is that body, by its name.
    if (match.end - match.start >= 2 && tokens.slice(match.start, match.end).every(isCapitalised)) {
      const start = nameBeforeNoun(tokens, match.start, taken, lang);
      // "the Kenya Defence Forces", "the Nigerian Army": a country's own forces stay the state's.
      const national = demonymIndex(lang).has(tokens[start]!.folded) || countryNameIndex(lang).has(tokens[start]!.folded);
      if (start < match.start && !national) {
        const name = text(start, match.end);
        add({ start, end: match.end, cue: match.data, name, introduced: { name, acronym: name } });
        continue;
      }
    }
    // "the Ambazonia Restoration Forces", "the Arakan Army": a capitalised "Forces" or "Army" after a capitalised word closes a name the table does not know.
    if (closesGroupName(tokens, match.start, lang)) continue;
    // "Sudan Doctors Network", "Borno Elders Forum": a capitalised speaker noun inside a name that a body's noun closes is that body.
    if (isCapitalised(tokens[match.end - 1]) && BODY_CLOSERS.has(tokens[match.end]?.folded ?? "") && isCapitalised(tokens[match.end]) && !taken[match.end]) {
      const start = nameBeforeNoun(tokens, match.start, taken, lang);
      const name = text(start, match.end + 1);
      add({ start, end: match.end + 1, cue: { kind: "other", role: "organisation" }, name, introduced: { name, acronym: name } });
      continue;
    }
    // "a group of local doctors", "a group of residents": the people the group is made of speak, not an armed group told again.
    if (match.data.anaphor === "group" && tokens[match.end]?.folded === "of") continue;
    // "according to a Sahel-focused research group": a group the article introduces with "a" is a new body, never the armed group named before.
    const introducedAt =
      match.data.anaphor === "group" && match.end - match.start === 1 && NAMED_BY_NOUN.has(tokens[match.start]!.folded) && !namedAfter(tokens, match.end)
        ? indefiniteBefore(tokens, match.start, taken, lang)
        : -1;
    if (introducedAt >= 0) {
      const name = text(introducedAt + 1, match.end);
      add({ start: introducedAt + 1, end: match.end, cue: { kind: "other", role: "organisation" }, name });
      continue;
    }
    // "the Mahmuda terror group" once the group is known, "the Lakurawa armed group" known by its name: its noun closes the name already read.
    const known =
      match.data.anaphor === "group"
        ? mentions.findIndex((m) => m.end === match.start && m.cue.side === "group" && (m.introduced !== undefined || m.named !== undefined))
        : -1;
    if (known >= 0) {
      mentions[known] = { ...mentions[known]!, end: match.end };
      for (let t = match.start; t < match.end; t += 1) taken[t] = true;
      continue;
    }
    // "the Mahmuda terror group", "the Lakurawa armed group", "the Sinaloa Cartel": in English, the group's name before its noun.
    const namedFrom = match.data.anaphor === "group" && lang === "en" ? nameBeforeNoun(tokens, match.start, taken, lang) : match.start;
    const nameWords = tokens.slice(namedFrom, match.start);
    const describes = nameWords.some((t) => demonymIndex(lang).has(t.folded) || countryNameIndex(lang).has(t.folded) || DESCRIBING_WORDS.has(t.folded));
    if (namedFrom < match.start && !describes) {
      const name = text(namedFrom, match.start);
      add({ start: namedFrom, end: match.end, cue: ARMED_GROUP_CUE, name, introduced: introduce(introduced, name, ARMED_GROUP_CUE) });
      continue;
    }
    // « le RED-Tabara, principal groupe armé burundais, », "the Sabaa, a rival armed group,": the group by the name it stands in apposition to.
    const apposed = match.data.anaphor === "group" ? nameBeforeApposition(tokens, match.start, taken, lang) : undefined;
    if (apposed) {
      const name = text(apposed[0], apposed[1]);
      add({ start: apposed[0], end: apposed[1], cue: ARMED_GROUP_CUE, name, introduced: introduce(introduced, name, ARMED_GROUP_CUE) });
      continue;
    }
    // « le gang Gran Grif », "the militia Wagner", « le groupe rebelle RED-Tabara »: the group by the name that follows its noun.
    const groupName = namesGroup(tokens, match.start, match.end) ? capitalisedRun(tokens, match.end, taken) : match.end;
    if (groupName > match.end && !isMonthOrDay(tokens, match.end, groupName)) {
      const name = text(match.end, groupName);
      add({ start: match.start, end: groupName, cue: ARMED_GROUP_CUE, name, introduced: introduce(introduced, name, ARMED_GROUP_CUE) });
      continue;
    }
    // « l'ONG Alerte Sahel », "the charity Save the Children": the body by the name that follows its noun.
    const bodyName = match.data.role === "same-speaker" ? capitalisedRun(tokens, match.end, taken) : match.end;
    if (bodyName > match.end && BODY_NOUNS.has(tokens[match.end - 1]!.folded)) {
      const name = text(match.end, bodyName);
      const kind = NGO_NOUNS.has(tokens[match.end - 1]!.folded) ? "ngo" : "other";
      add({ start: match.start, end: bodyName, cue: { kind, role: "organisation" }, name, introduced: introduce(introduced, name) });
      continue;
    }
    // A pronoun is a speaker only as the subject of a verb (checked by the caller); "it" and « il » are often not people.
    let end = match.end;
    let country: Country | undefined;
    const after = tokens[end];
    if (!pronoun && after?.kind === "word" && demonymIndex(lang).get(after.folded)) {
      country = demonymIndex(lang).get(after.folded);
      end += 1;
    }
    const before = tokens[match.start - 1];
    let start = match.start;
    if (!pronoun && before?.kind === "word" && demonymIndex(lang).get(before.folded) && lang === "en") {
      country = demonymIndex(lang).get(before.folded);
      start -= 1;
    } else if (!pronoun && lang === "en" && before?.kind === "word" && before.folded.endsWith("'s") && countryNameIndex(lang).get(before.folded.slice(0, -2))) {
      // "Mozambique's defence ministry", "Somalia's army".
      country = countryNameIndex(lang).get(before.folded.slice(0, -2));
      start -= 1;
    } else if (!pronoun && lang === "en" && before?.kind === "word" && !taken[match.start - 1] && possessiveCountry(tokens[match.start - 2], lang)) {
      // "Somalia's information ministry": one word between the country and its body.
      country = possessiveCountry(tokens[match.start - 2], lang);
      start -= 2;
    }
    for (let t = match.start + 1; !pronoun && country === undefined && t < match.end; t += 1) {
      // « le ministère russe de la Défense »: the demonym inside the phrase.
      country = demonymIndex(lang).get(tokens[t]!.folded);
    }
    if (!pronoun && country === undefined && match.data.side === "state") {
      const owner = countryOwning(tokens, end, lang);
      if (owner) {
        country = owner.country;
        end = owner.end;
      }
    }
    // "state news agency SANA", « la télévision publique ORTM »: the outlet's own name after the words that describe it.
    if (match.data.role === "state-media" && isCapitalised(tokens[end]) && !taken[end]) end += 1;
    if (match.data.role === "named-outlet") {
      // "the Portuguese news agency Lusa": the outlet is known by its name; without one, the noun names no one.
      const named = capitalisedRun(tokens, end, taken);
      if (named === end) continue;
      const name = text(end, named);
      add({ start, end: named, cue: { kind: "media", role: "named" }, name, ...(country ? { country } : {}) });
      continue;
    }
    // "the army's spokesman": named "army spokesman"; a country before ("Mali's armed forces") keeps its own possessive.
    const name = start < match.start ? `${text(start, match.start)} ${ownerless(text(match.start, end))}` : ownerless(text(start, end));
    // "the main government hospital", "a Somali army base": a noun that qualifies a thing names no one who speaks.
    const qualifies = match.data.anaphor === undefined && MODIFIED_NOUNS[lang].has(tokens[end]?.folded ?? "");
    // "the commissioner", « le gouverneur »: a role with the definite article may be a person already named.
    const definite = start === match.start && ONE_DEFINITE_ARTICLES.has(tokens[start - 1]?.folded ?? "");
    add({
      start,
      end,
      cue: match.data,
      name,
      ...(country ? { country } : {}),
      ...(qualifies ? { qualifies: true as const } : {}),
      ...(definite ? { definite: true as const } : {}),
    });
  }

  // "security and medical sources": the qualifier whose noun the next one shares is a speaker too.
  const pairSpeaker = (pair: readonly Token[]) =>
    nounTable(lang)
      .scan(pair)
      .find((m) => m.start === 0 && m.end === pair.length)?.data;
  for (const m of elidedSources(
    tokens,
    lang,
    [...mentions].sort((a, b) => a.start - b.start),
    pairSpeaker,
    (t) => taken[t] === true,
  ))
    add(m);

  // "Pakistan says seven soldiers were killed", « Le Mali affirme… »: a country that speaks is its government.
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (taken[i] || token.kind !== "word" || !isCapitalised(token)) continue;
    const country = countryNameIndex(lang).get(token.folded);
    if (country === undefined || !COUNTRY_SAYS[lang].has(tokens[i + 1]?.folded ?? "")) continue;
    const before = tokens[i - 1]?.folded === "le" || tokens[i - 1]?.folded === "la" || tokens[i - 1]?.folded === "l'" ? i - 2 : i - 1;
    if (before >= 0 && tokens[before]!.kind === "word") continue;
    add({ start: i, end: i + 1, cue: { kind: "party", role: "government", side: "state" }, name: token.text, country });
  }

  addPersons(tokens, lang, taken, persons, introduced, add, text);
  mentions.sort((a, b) => a.start - b.start);
  return voicesOfTheNamedParty(
    joinRanksToNames(withUnknownBodies(linkComplements(mentions, tokens, lang, text), tokens, lang, text), (from, to) => onlyTitles(tokens, from, to)),
  );
}

/**
 * A role whose complement names a body no list knows (« un commandant du
 * Front 33 », "a spokesperson for the Kachin Independence Council"): the role
 * speaks for that body, named by its capitalised words (a number may close
 * them), so that it is not taken for whoever spoke last nor merged with
 * another body's nameless spokesperson.
 */
function withUnknownBodies(mentions: Mention[], tokens: readonly Token[], lang: LexiconLanguage, text: (start: number, end: number) => string): Mention[] {
  return mentions.map((m, k) => {
    if (m.cue.role !== "spokesperson" || m.of !== undefined || m.person !== undefined || !ROLE_COMPLEMENT[lang].has(tokens[m.end]?.folded ?? "")) return m;
    // "of the Kachin Independence Council", « de la Coordination … »: the article before the body's name.
    const from = m.end + 1 + (DEFINITE_ARTICLES.has(tokens[m.end + 1]?.folded ?? "") ? 1 : 0);
    let end = capitalisedRun(tokens, from, []);
    if (end > from && tokens[end]?.kind === "number") end += 1;
    const next = mentions[k + 1];
    if (end === from || (next !== undefined && next.start < end)) return m;
    const name = text(from, end);
    return { ...m, end, name: text(m.start, end), of: { start: from, end, cue: { kind: "other", role: "organisation" }, name } };
  });
}

/** How many lowercase words may qualify a state body before the country it belongs to (« de défense et de sécurité »). */
const MAX_QUALIFIERS = 4;

/**
 * The country a state body belongs to, named in its complement: « l'armée
 * du Niger », "the army of Nigeria", and past lowercase words that qualify
 * the body first, « les Forces armées de défense du Mozambique », « les
 * Forces de défense et de sécurité du Burkina ». A capitalised word that is
 * no country, or a mark, ends the search: « la police de Goma » names a
 * town's police, which is no country's.
 */
function countryOwning(tokens: readonly Token[], end: number, lang: LexiconLanguage): { country: Country; end: number } | undefined {
  let qualifiers = 0;
  // « et de sécurité »: after « et », a qualifier must come before the country (« l'armée et le Niger » are two).
  let joined = false;
  for (let t = end; t < tokens.length; t += 1) {
    const token = tokens[t]!;
    if (token.kind !== "word" && token.folded !== "'") return undefined;
    const previous = tokens[t - 1]?.folded ?? "";
    const afterComplement = COMPLEMENT_WORDS[lang].has(previous) || previous === "'";
    if (COMPLEMENT_WORDS[lang].has(token.folded) || token.folded === "'") continue;
    if (AND_WORDS.has(token.folded)) {
      joined = true;
      continue;
    }
    if (isCapitalised(token)) {
      const country = afterComplement && !joined ? countryNameIndex(lang).get(token.folded) : undefined;
      return country ? { country, end: t + 1 } : undefined;
    }
    if (!afterComplement || ++qualifiers > MAX_QUALIFIERS) return undefined;
    joined = false;
  }
  return undefined;
}

/**
 * "A separatist group calling itself the ARF claimed responsibility in a
 * video, in which a masked commander said…": a spokesman or a commander
 * whom no words tie to anyone, in a sentence that has named one party, by
 * its name, before him, speaks for that party. With two parties before him
 * ("the army and the ARF"), or only one named by a common noun, he is left
 * as he is.
 */
function voicesOfTheNamedParty(mentions: Mention[]): Mention[] {
  // One pass: the parties named so far, and the last of them (a sentence may hold thousands of mentions).
  const parties = new Set<string>();
  let party: Mention | undefined;
  return mentions.map((m) => {
    if (m.cue.role === "spokesperson" && m.of === undefined && m.person === undefined) {
      return parties.size === 1 && party && (party.named?.actor !== undefined || party.introduced !== undefined) ? { ...m, of: party } : m;
    }
    // "A group calling itself the ARF": words for "a group" stand for the group named, not for another party.
    const byName = m.named !== undefined || m.introduced !== undefined;
    if (m.cue.kind !== "party" || m.qualifies || m.person !== undefined || (m.cue.anaphor === "group" && !byName)) return m;
    parties.add(m.named?.names[0] ?? m.introduced?.acronym ?? (m.cue.side === "state" ? "state" : m.name.toLowerCase()));
    party = m;
    return m;
  });
}

/** Verbs of saying right after a country's name at the head of its clause, which make it a speaker ("Pakistan says", « le Mali affirme »). */
const COUNTRY_SAYS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["affirme", "annonce", "assure", "dement", "indique", "declare", "reconnait", "accuse"]),
  en: new Set(["says", "said", "announced", "claimed", "claims", "confirmed", "denied", "denies", "insists", "accused", "accuses"]),
};

/** Nouns of armed groups that a name may follow (« le gang Gran Grif », « la milice Wagner »). */
/** The words of cartels, armed groups of organised crime ("the Jalisco New Generation cartel", « le cartel de Sinaloa », "Cárteles Unidos"). */
const CARTEL_WORDS = ["cartel", "cartels", "carteles"];

export const GROUP_NOUNS: ReadonlySet<string> = new Set([
  "gang",
  "gangs",
  "groupe",
  "group",
  "milice",
  "militia",
  "faction",
  "mouvement",
  "movement",
  // « la katiba Okba Ibn Nafaa », "the katiba Macina": a jihadist unit by its own word.
  "katiba",
  ...CARTEL_WORDS,
]);
/** What kind of armed group it is, said beside its noun or its name (« le groupe rebelle RED-Tabara », "the paramilitary Rapid Support Forces"). */
export const GROUP_KINDS: ReadonlySet<string> = new Set([
  "rebelle",
  "arme",
  "jihadiste",
  "djihadiste",
  "islamiste",
  "separatiste",
  "terroriste",
  "paramilitaire",
  "rebel",
  "armed",
  "militant",
  "jihadist",
  "islamist",
  "separatist",
  "insurgent",
  "paramilitary",
]);

/**
 * Whether the group noun mention `start`…`end` is one a name may follow:
 * it closes with a group's noun (« le gang », "the militia"), or with its
 * kind right after the noun (« le groupe rebelle », "the rebel group" is
 * closed by its noun already).
 */
function namesGroup(tokens: readonly Token[], start: number, end: number): boolean {
  const last = tokens[end - 1]?.folded ?? "";
  return GROUP_NOUNS.has(last) || (end - start >= 2 && GROUP_KINDS.has(last) && GROUP_NOUNS.has(tokens[end - 2]!.folded));
}

/** Words that may stand between the comma of an apposition and a group's noun (« principal groupe armé », "a powerful militia"). */
const APPOSITION_OPENERS = new Set(["un", "une", "le", "la", "l'", "principal", "puissant", "a", "an", "the", "main", "powerful", "rival"]);

/** Whether an apposition opening at `comma` names an armed group (« (CCMSR), un groupe rebelle basé dans le sud de la Libye, »). */
function groupInApposition(tokens: readonly Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ",") return false;
  let t = comma + 1;
  while (t < comma + 3 && APPOSITION_OPENERS.has(tokens[t]?.folded ?? "")) t += 1;
  return namesGroup(tokens, t, t + 1) || namesGroup(tokens, t, t + 2);
}

/**
 * The name that a group's noun stands in apposition to, as tokens
 * `[start, end)` (« Le RED-Tabara, principal groupe armé burundais, »,
 * "The Sabaa, a rival armed group,"): a determiner, capitalised words no
 * other mention took, a comma, then the noun. A name at the very start of
 * the sentence without its determiner is left alone, as is a country or a
 * month (« Au Mali, un groupe armé… », "On Monday, a group…").
 */
function nameBeforeApposition(tokens: readonly Token[], noun: number, taken: readonly boolean[], lang: LexiconLanguage): [number, number] | undefined {
  let comma = noun - 1;
  while (comma >= 0 && noun - comma <= 3 && APPOSITION_OPENERS.has(tokens[comma]!.folded)) comma -= 1;
  if (tokens[comma]?.text !== ",") return undefined;
  let start = comma;
  while (start > 0 && comma - start < 4 && isCapitalised(tokens[start - 1]) && !taken[start - 1] && !DETERMINERS[lang].has(tokens[start - 1]!.folded))
    start -= 1;
  if (start === comma || !ONE_DEFINITE_ARTICLES.has(tokens[start - 1]?.folded ?? "")) return undefined;
  if (isMonthOrDay(tokens, start, comma) || (comma - start === 1 && countryNameIndex(lang).has(tokens[start]!.folded))) return undefined;
  return [start, comma];
}

/** Nouns that close the name of a body after a capitalised speaker noun ("Sudan Doctors Network", "Elders Forum", "Residents Association"). */
const BODY_CLOSERS = new Set([
  "network",
  "forum",
  "association",
  "union",
  "council",
  "syndicate",
  "federation",
  "collective",
  "coalition",
  "alliance",
  "initiative",
  "foundation",
]);

/** Speaker nouns that, capitalised after a capitalised word, end a name no list knows ("the Ambazonia Restoration Forces"), never a speaker alone. */
const NAME_FINAL_NOUNS = new Set(["forces", "army", "fighters"]);
/** Words of a name that make the force it closes an armed group's, whatever country it names ("Sudan People's Liberation Army", "Free Syrian Army"). */
const INSURGENT_NAME_WORDS = new Set([
  "liberation",
  "people's",
  "peoples",
  "independence",
  "revolutionary",
  "freedom",
  "islamic",
  "free",
  "republican",
  "salvation",
  "resistance",
  "restoration",
  "patriotic",
]);

/**
 * Whether the capitalised speaker noun at `at` ("Forces", "Army",
 * "Fighters") closes a name that no list knows: "the Arakan Army", "the
 * Bangsamoro Islamic Freedom Fighters". A name made of a country and words
 * of the state ("Mali Army", "the Nigerian Army", "Kenya Defence Forces") is
 * the state's own force and stays one; words of insurgency ("Sudan
 * Liberation Army") make it a group again. Only "Forces" is read so in
 * French, where a name starts with its noun (« l'Armée de libération »).
 */
function closesGroupName(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  const noun = tokens[at]!;
  if (!NAME_FINAL_NOUNS.has(noun.folded) || !isCapitalised(noun) || !isCapitalised(tokens[at - 1])) return false;
  if (noun.folded !== "forces" && lang !== "en") return false;
  let start = at;
  while (start > 0 && at - start < 6 && isCapitalised(tokens[start - 1]) && !DETERMINERS[lang].has(tokens[start - 1]!.folded)) start -= 1;
  const words = tokens.slice(start, at).map((t) => t.folded);
  // « Les Forces de défense… », "The Forces": a capitalised determiner before the noun opens no name.
  if (words.length === 0) return false;
  if (words.some((w) => INSURGENT_NAME_WORDS.has(w))) return true;
  const national = (w: string) => demonymIndex(lang).get(w) !== undefined || countryNameIndex(lang).get(w.replace(/'s$/u, "")) !== undefined;
  if (noun.folded === "forces") return !national(words[words.length - 1]!);
  return !words.some(national);
}

/** Speaker nouns that close the name of a body when capitalised ("SITE Intelligence Group", "International Crisis Group", "Red Sea Committee"). */
const NAMED_BY_NOUN = new Set(["group", "groupe", "committee", "comite"]);

/** Where the capitalised words of a name before token `at` start (`at` when none): "SITE Intelligence" before "Group". */
function nameBeforeNoun(tokens: readonly Token[], at: number, taken: readonly boolean[], lang: LexiconLanguage): number {
  let start = at;
  while (
    start > 0 &&
    isCapitalised(tokens[start - 1]) &&
    !taken[start - 1] &&
    !DETERMINERS[lang].has(tokens[start - 1]!.folded) &&
    !NOT_A_NAME.has(tokens[start - 1]!.folded)
  )
    start -= 1;
  // The first word of a sentence is capitalised whatever it is: a name needs a second word ("Intelligence Group"), or a word in capitals.
  if (start === 0 && at - start === 1 && tokens[0]!.text !== tokens[0]!.text.toUpperCase()) return at;
  return start;
}

/** Nouns of bodies that a name may follow (« l'ONG Alerte Sahel », "the agency Tass"). */
const BODY_NOUNS = new Set(["organisation", "organization", "agence", "agency", "institution", "ong", "charity"]);
const NGO_NOUNS = new Set(["ong", "charity", "organisation", "organization"]);

/**
 * Notes a person named by tokens `start`…`end` under the surnames a later
 * sentence may call them by: the last word ("Laessing" for "Ulf
 * Laessing"), and, in a name of three words or more, each word after the
 * first that is no particle ("Aguirre" for "Ramón Aguirre Villaseñor",
 * "Kalenga" for "Jean-Pierre Kalenga Ilunga"), unless it already names
 * someone else.
 */
function notePerson(persons: Map<string, string>, tokens: readonly Token[], start: number, end: number, name: string): void {
  persons.set(tokens[end - 1]!.folded, name);
  for (let t = start + 1; t < end - 1; t += 1) {
    const word = tokens[t]!;
    if (word.kind === "word" && isCapitalised(word) && !PARTICLES.has(word.folded) && !persons.has(word.folded)) persons.set(word.folded, name);
  }
}

/** The end of a run of capitalised words (name particles allowed inside) from token `from`, or `from` when none starts there. */
function capitalisedRun(tokens: readonly Token[], from: number, taken: readonly boolean[]): number {
  let end = from;
  while (
    end < tokens.length &&
    end - from < 6 &&
    !taken[end] &&
    (isCapitalised(tokens[end]) || (end > from && PARTICLES.has(tokens[end]!.folded) && isCapitalised(tokens[end + 1])))
  )
    end += 1;
  return end;
}

/** The country of a possessive ("Somalia's"), if the token is one. */
function possessiveCountry(token: Token | undefined, lang: LexiconLanguage): Country | undefined {
  if (token?.kind !== "word" || !token.folded.endsWith("'s")) return undefined;
  return countryNameIndex(lang).get(token.folded.slice(0, -2));
}

/**
 * Prepositions that make the pronoun after them an object (« d'entre eux »,
 * « parmi elles », "of them"); « selon lui » stays a speaker. findSpeech
 * reads them too, as words that never qualify a subject's noun.
 */
export const PRONOUN_OBJECT_BEFORE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["entre", "parmi", "de", "d'", "a", "pour", "avec", "contre", "sur", "chez", "par", "vers", "sans"]),
  en: new Set(["of", "among", "to", "for", "with", "against", "on", "by", "at", "from"]),
};

/**
 * Where a name written in lower case after its first word begins (« le
 * Collectif haïtien pour les droits de la personne (CHDP) »): just after the
 * nearest determiner, within {@link FRENCH_NAME_REACH} words, that a
 * capitalised word follows.
 */
function frenchNameStart(tokens: readonly Token[], open: number, lang: LexiconLanguage): number | undefined {
  for (let k = open - 1; k >= 0 && open - k <= FRENCH_NAME_REACH; k -= 1) {
    const token = tokens[k]!;
    if (token.kind !== "word") return undefined;
    // « la Fondation pour la défense des droits de l'Artibonite (FDDA) »: a determiner after « de » is inside the name,
    // and « d' » opens a complement (« la Police nationale d'Haïti (PNH) »), never the name.
    // « aux miliciens de la Coalition pour la défense du peuple (CDP) »: after a group's men, « de la » joins them to the name, which it opens.
    const inner = (INNER_OF.has(tokens[k - 1]?.folded ?? "") && !namedByItsMembers(tokens, k - 1, lang)) || token.folded === "d'";
    // « le Front pour le salut du Tibesti (FST) »: « du » before the acronym's one word is inside the name; a name holds two words at least.
    if ((DETERMINERS[lang].has(token.folded) || CONTRACTED_ARTICLES.has(token.folded)) && isCapitalised(tokens[k + 1]) && !inner && open - k > 2) return k + 1;
  }
  return undefined;
}

/** How many words a French name written in lower case may run before its acronym (« le Conseil de commandement militaire pour le salut de la République (CCMSR) »: eleven). */
const FRENCH_NAME_REACH = 14;

/** Capitalised nouns that open the name of a French rights body (« la Ligue », « l'Association », « le Collectif »). */
const RIGHTS_BODY_NOUNS: ReadonlySet<string> = new Set(["ligue", "association", "collectif", "fondation", "observatoire", "comite", "reseau", "coalition"]);
/** The words that close « droits de l'homme », « droits humains », « droits de la personne », « droits de l'enfant ». */
const RIGHTS_OF: ReadonlySet<string> = new Set(["homme", "humains", "personne", "enfant", "l'homme", "l'enfant"]);

/**
 * Where the name of a French rights body written in lower case ends (« la
 * Ligue burundaise des droits de l'homme Iteka »): from its capitalised
 * noun ({@link RIGHTS_BODY_NOUNS}), through « droits » and what it is of,
 * and the capitalised words that follow; `start` when there is none within
 * eight words. No other words are taken: a name that says no rights is
 * left to the acronym it is given, if any.
 */
function rightsBodyEnd(tokens: readonly Token[], start: number, taken: readonly boolean[]): number {
  if (!RIGHTS_BODY_NOUNS.has(tokens[start]!.folded)) return start;
  let t = start + 1;
  while (t < tokens.length && t - start <= 8 && tokens[t]!.kind === "word" && !taken[t] && tokens[t]!.folded !== "droits") t += 1;
  if (tokens[t]?.folded !== "droits") return start;
  let end = t + 1;
  for (let k = end; k < tokens.length && k <= t + 4 && tokens[k]!.kind === "word"; k += 1) if (RIGHTS_OF.has(tokens[k]!.folded)) end = k + 1;
  while (end < tokens.length && !taken[end] && isCapitalised(tokens[end])) end += 1;
  return end;
}

/** The words of a complement inside a French name, after which a determiner does not open it (« des droits de l'Artibonite »). */
const INNER_OF: ReadonlySet<string> = new Set(["de", "du", "des", "pour", "et"]);

/** « au », « aux »: the article joined to « à », before a name as well (« imputé l'attentat aux Forces démocratiques syriennes (FDS) »). */
const CONTRACTED_ARTICLES: ReadonlySet<string> = new Set(["au", "aux"]);

/** A named organisation starting at token `i`: the longest name that matches, in its own case for short acronyms. */
function namedAt(tokens: readonly Token[], i: number, lang: LexiconLanguage): { end: number; entry: NamedSpeaker } | undefined {
  const token = tokens[i];
  if (token === undefined || token.kind !== "word") return undefined;
  // "UNICEF's representative", "the UN's envoy": a one-word name is found without its possessive too.
  const owner = lang === "en" && token.folded.endsWith("'s") ? token.folded.slice(0, -2) : undefined;
  const candidates = [...(namedIndex(lang).get(token.folded) ?? []), ...(owner ? (namedIndex(lang).get(owner) ?? []) : [])];
  for (const candidate of candidates) {
    const n = candidate.words.length;
    let ok = true;
    for (let k = 0; k < n && ok; k += 1) {
      const folded = tokens[i + k]?.folded;
      // "Al Shabaab's Andalus radio", "Islamic State's": the possessive is the name's.
      ok = folded === candidate.words[k] || (k === n - 1 && folded === `${candidate.words[k]}'s`);
    }
    if (!ok) continue;
    if (candidate.exactCase && ownerless(joinTokens(tokens, i, i + n)).replace(/ /gu, "") !== candidate.text.replace(/ /gu, "")) continue;
    if (!candidate.exactCase && n === 1 && !isCapitalised(token) && candidate.text[0] !== candidate.text[0]!.toLowerCase()) continue;
    // « tout le monde les a reconnus »: a name whose later words are capitalised (Le Monde) is not found in words none of which is.
    if (n > 1 && candidate.laterCapitals && !tokens.slice(i + 1, i + n).some(isCapitalised)) continue;
    return { end: i + n, entry: candidate.entry };
  }
  return undefined;
}

/** Whether a word after the first of a name is capitalised ("Le Monde", "Human Rights Watch"; not « Médecins sans frontières »). */
function laterWordCapitalised(name: string): boolean {
  return name
    .split(" ")
    .slice(1)
    .some((word) => word[0] !== undefined && word[0] !== word[0].toLowerCase());
}

/**
 * Whether a one-word outlet's name matched at `i` is a word inside an armed
 * group's longer name: "Liberation" in "the Oromo Liberation Army" is no
 * French daily.
 */
function insideGroupName(tokens: readonly Token[], i: number, named: { end: number; entry: NamedSpeaker }): boolean {
  if (named.entry.cue.kind !== "media" || named.end !== i + 1) return false;
  for (let t = i + 1; t < tokens.length && t <= i + 3 && isCapitalised(tokens[t]); t += 1) if (GROUP_NAME_WORDS.has(tokens[t]!.folded)) return true;
  return false;
}

/** Words of a name that make it the state's police. */
const POLICE_WORDS: ReadonlySet<string> = new Set(["police", "gendarmerie"]);

/** Words of a name that make it a body defending rights (« Ligue … des droits de l'homme », "Human Rights Watch"), whatever else it names. */
const RIGHTS_WORDS: ReadonlySet<string> = new Set(["droits", "rights"]);

/** Words that make an organisation introduced with its acronym an armed side rather than any organisation. */
const ARMED_WORDS = new Set([
  "front",
  "mouvement",
  "groupe",
  "coalition",
  "cadre",
  "brigade",
  "brigades",
  "armee",
  "forces",
  "jama'at",
  "jamaat",
  // "Ittehad-ul-Mujahideen Pakistan", "Lashkar-e-Taiba", "Jaish-e-Mohammed": the fighters or the army of a group's name.
  "mujahideen",
  "mujahidin",
  "moudjahidine",
  "lashkar",
  "jaish",
  "jama'a",
  "katiba",
  "ansar",
  "etat",
  "islamique",
  "islamic",
  "state",
  "movement",
  "group",
  "liberation",
  "army",
  "alliance",
  "coordination",
  "militia",
  "milice",
  "resistance",
  "defense",
  "defence",
  "patriotes",
  "patriots",
  "combattants",
  "fighters",
  "rebels",
  "rebelles",
  "union",
  ...CARTEL_WORDS,
]);

/** The words that make a name of forces a state's army, beside « forces »: armed or defence forces, never « démocratiques » or « de libération ». */
const STATE_FORCES_WORDS: ReadonlySet<string> = new Set(["armees", "armed", "defense", "defence"]);
const FORCES_WORDS: ReadonlySet<string> = new Set(["forces", "force"]);

/**
 * The country whose armed forces a name introduced with its acronym is:
 * « Forces armées centrafricaines », « Forces de défense rwandaises »,
 * "Ethiopian National Defense Force" name a state's army by its country's
 * adjective or name. « Forces démocratiques syriennes » and "Ambazonia
 * Defence Forces" are armed groups: no armed or defence forces of a
 * country. (The speakers' table is too wide here: it reads « forces »
 * alone as an army, which would make the FDS Syria's.)
 */
function stateForces(tokens: readonly Token[], start: number, end: number, lang: LexiconLanguage): Country | undefined {
  let forces = false;
  let armed = false;
  let country: Country | undefined;
  for (let t = start; t < end; t += 1) {
    const word = tokens[t]!.folded;
    if (FORCES_WORDS.has(word)) forces = true;
    else if (STATE_FORCES_WORDS.has(word)) armed = true;
    else country ??= demonymIndex(lang).get(word) ?? countryNameIndex(lang).get(word);
  }
  return forces && armed ? country : undefined;
}

function introducedCue(name: string): SpeakerCue {
  const words = name.split(/[\s'’-]+/u).map(foldWord);
  // « Fondation pour la défense des droits de l'Artibonite »: the defence of rights is a rights group's, not an armed one's.
  if (words.some((w) => RIGHTS_WORDS.has(w))) return { kind: "ngo", role: "ngo" };
  if (words.some((w) => ARMED_WORDS.has(w))) return ARMED_GROUP_CUE;
  // « la Police nationale d'Haïti (PNH) », "the Kenya Police Service (KPS)": the state's police, a party.
  if (words.some((w) => POLICE_WORDS.has(w))) return POLICE;
  const kind = ORGANISATION_WORDS.find(([vocabulary]) => words.some((w) => vocabulary.has(w)))?.[1];
  return kind && kind.kind !== "party" ? { ...kind, role: "organisation" } : { kind: "other", role: "organisation" };
}

/**
 * Where the longest name introduced with its acronym that starts at token
 * `i` ends (`i` when none does). French capitalises only a name's first word
 * (« Forces démocratiques syriennes »), so any word may follow it, but only
 * a name introduced in full is taken.
 */
function introducedNameEnd(tokens: readonly Token[], i: number, introduced: Map<string, Introduced>): number {
  let best = i;
  let end = i;
  while (end < tokens.length && end - i < 10 && (tokens[end]!.kind === "word" || PARTICLES.has(tokens[end]!.folded))) {
    end += 1;
    if (introduced.has(foldWord(joinTokens(tokens, i, end)))) best = end;
  }
  return best;
}

/** Folded words that make a capitalised name an organisation or a place, never a person. */
const NOT_PERSON = new Set([
  "fighters",
  "tigers",
  "jaish",
  "lashkar",
  "tehreek",
  "harakat",
  "hizb",
  "ansar",
  "katiba",
  "jamaat",
  "jama'at",
  "group",
  "groupe",
  "international",
  "committee",
  "comite",
  "council",
  "conseil",
  "forces",
  "force",
  "republic",
  "republique",
  "democratic",
  "democratique",
  "army",
  "armee",
  "front",
  "movement",
  "mouvement",
  "union",
  "organisation",
  "organization",
  "office",
  "ministry",
  "ministere",
  "agency",
  "agence",
  "watch",
  "institute",
  "institut",
  "center",
  "centre",
  "university",
  "universite",
  "province",
  "state",
  "etat",
  "coalition",
  "alliance",
  "network",
  "reseau",
  "observatory",
  "observatoire",
  "project",
  "projet",
  "societe",
  "society",
  "party",
  "parti",
  "news",
  "radio",
  "television",
  "tv",
  "tribune",
  "times",
  "post",
  "press",
  "presse",
  "journal",
  "region",
  "district",
  // "Director General of Police, Jammu Zone,": a place's unit, never a person's name.
  "zone",
  "county",
  "division",
  "sector",
  "secteur",
  "prefecture",
  "territoire",
  "territory",
  "nations",
  "crisis",
  "rights",
  "droits",
  "medecins",
  "doctors",
  "croix",
  "cross",
  "red",
  "rouge",
  "hospital",
  "hopital",
  "school",
  "ecole",
  "camp",
  "base",
  "village",
  "ville",
  "city",
  "county",
  "sector",
  "secteur",
  "airport",
  "aeroport",
  "police",
  "gendarmerie",
  "brigade",
  "bataillon",
  "battalion",
  "division",
  "command",
  "commandement",
  "sahel",
  "nord",
  "sud",
  "est",
  "ouest",
  "north",
  "south",
  "east",
  "west",
  "northern",
  "southern",
  "eastern",
  "western",
  "central",
  "centre",
  "grand",
  "lake",
  "lac",
  "river",
  "fleuve",
]);
/** Words before a capitalised name that make it a place or an organisation's complement (« village de Dan Galadima », "in Beni"), not a speaker. */
const PLACE_BEFORE = new Set([
  "de",
  "d'",
  "du",
  "des",
  "a",
  "au",
  "aux",
  "en",
  "dans",
  "pres",
  "vers",
  "sur",
  "in",
  "at",
  "of",
  "from",
  "near",
  "on",
  "into",
  "outside",
  "to",
  "across",
  "around",
  "l'",
  "la",
  "le",
  "the",
]);
/** Words that may come before a person's name and leave it one (« a déclaré Sani Musa », "according to Kiza Muhindo"). */
const SPEAKING_BEFORE = new Set([
  "selon",
  "apres",
  "to",
  "said",
  "says",
  "told",
  "declare",
  "indique",
  "affirme",
  "raconte",
  "explique",
  "ajoute",
  "precise",
  "souligne",
  "confie",
  "temoigne",
  "dit",
  "estime",
  "assure",
  "reconnait",
  "added",
  "explained",
  "according",
]);

/**
 * Persons: a run of two to five capitalised words (name particles allowed
 * inside), or one capitalised word already known as a person's surname. A
 * run that holds a word of organisations or places (Group, Committee,
 * « État », Province) or that follows a preposition of place (« village de
 * Dan Galadima », "in Beni") is no person.
 */
function addPersons(
  tokens: readonly Token[],
  lang: LexiconLanguage,
  taken: boolean[],
  persons: Map<string, string>,
  introduced: Map<string, Introduced>,
  add: (m: Mention) => void,
  text: (start: number, end: number) => string,
): void {
  const role = { kind: "other", role: "person" } as const;
  for (let i = 0; i < tokens.length; i += 1) {
    if (taken[i] || !isCapitalised(tokens[i]) || demonymIndex(lang).has(tokens[i]!.folded) || NOT_A_NAME.has(tokens[i]!.folded)) continue;
    // "Three Assam Rifles personnel were killed": a count that opens the sentence is capitalised, and no part of the name after it.
    if (isCountWord(tokens, i, lang)) continue;
    let end = i + 1;
    while (end < tokens.length && !taken[end] && (isCapitalised(tokens[end]) || (PARTICLES.has(tokens[end]!.folded) && isCapitalised(tokens[end + 1]))))
      end += 1;
    const words = end - i;
    const first = tokens[i]!;
    const atStart = i === 0 || tokens[i - 1]!.kind === "break" || OPENING_QUOTE_MARKS.has(tokens[i - 1]!.text) || ['"', "("].includes(tokens[i - 1]!.text);
    const before = tokens[i - 1]?.folded ?? "";
    // « le Dr Firmin Ndoyo », « le colonel Basa »: a name that opens with a person's title is no place, whatever stands before.
    const titled = first.kind === "word" && TITLES.has(first.folded) && !ARTICLES[lang].includes(first.folded);
    const placed =
      !titled &&
      ((PLACE_BEFORE.has(before) && !SPEAKING_BEFORE.has(tokens[i - 2]?.folded ?? "") && !(before === "to" && tokens[i - 2]?.folded === "according")) ||
        // "Mozambique's northern Cabo Delgado province": a name before a noun of places is the place's.
        PLACE_WORDS.has(tokens[end]?.folded ?? ""));
    let organisation = false;
    for (let t = i; t < end; t += 1)
      if (nameParts(tokens[t]!.folded).some((w) => NOT_PERSON.has(w)) || countryNameIndex(lang).has(tokens[t]!.folded)) organisation = true;
    if (!persons.has(tokens[end - 1]!.folded) && (lang === "en" ? isToldOutlet(tokens, i, end) : reachedBy(tokens, i))) {
      // "told Saharareporters that…", "told Premium Times on Sunday", « joint par Alwihda Info »: who is told a toll, or reaches
      // the one who gives it, by a name no list knows, is an outlet.
      const name = text(i, end);
      add({ start: i, end, cue: { kind: "media", role: "outlet" }, name, introduced: introduce(introduced, name) });
      i = end - 1;
      continue;
    }
    if (words <= 4 && !placed && !isMonthOrDay(tokens, i, end) && namedByItsMembers(tokens, i, lang)) {
      // « une incursion de miliciens Raïa Mutomboki »: the men's noun says the name is an armed group's.
      const name = text(i, end);
      add({ start: i, end, cue: ARMED_GROUP_CUE, name, introduced: introduce(introduced, name, ARMED_GROUP_CUE) });
      i = end - 1;
      continue;
    }
    if (words === 2 && (HONORIFICS.has(first.folded) || SHORT_RANKS.has(first.folded)) && persons.has(tokens[i + 1]!.folded) && !placed) {
      // "According to Ms Akaa", "Supt Kua said": a courtesy title or a short rank before a known surname names the person already met.
      const person = persons.get(tokens[i + 1]!.folded)!;
      add({ start: i, end, cue: role, name: person, person });
      i = end - 1;
      continue;
    }
    if (
      words >= 2 &&
      words <= 5 &&
      !(atStart && DETERMINERS[lang].has(first.folded)) &&
      !placed &&
      !organisation &&
      !isMonthOrDay(tokens, i, end) &&
      tokens[end]?.text !== "("
    ) {
      const name = text(i, end);
      notePerson(persons, tokens, i, end, name);
      add({ start: i, end, cue: role, name, person: name });
      i = end - 1;
    } else if (words === 1 && persons.has(first.folded) && !placed) {
      add({ start: i, end: i + 1, cue: role, name: persons.get(first.folded)!, person: persons.get(first.folded)! });
    } else if (words === 1 && !organisation && nameGivenAt(tokens, i, lang, true) >= 0) {
      // "a man who identified himself as Dankarami", « se faisant appeler Mateso »: one word is a name when its bearer gives it.
      const name = text(i, end);
      notePerson(persons, tokens, i, end, name);
      add({ start: i, end, cue: role, name, person: name });
    } else if (lang === "fr" && rightsBodyEnd(tokens, i, taken) > end) {
      // « la Ligue burundaise des droits de l'homme Iteka dit… »: a rights body named in lower case after its first word, with no acronym.
      const close = rightsBodyEnd(tokens, i, taken);
      const name = text(i, close);
      add({ start: i, end: close, cue: { kind: "ngo", role: "ngo" }, name, introduced: introduce(introduced, name) });
      i = close - 1;
    } else {
      const organisation = organisationAt(tokens, i, end, lang);
      if (organisation) {
        // "the Yinmabin Revolutionary Force", « Comité de crise de Kodjonga »: a body the article names, known from then on.
        const name = text(organisation.start, end);
        add({ start: organisation.start, end, cue: organisation.cue, name, introduced: introduce(introduced, name) });
      }
      i = end - 1;
    }
  }
}

/**
 * Whether the capitalised name at `start` follows the noun of an armed
 * group's men (« miliciens Raïa Mutomboki », "militants Lashkar"), which
 * makes it the group's name and no person's. The group's own noun before a
 * name (« la milice Zaïre ») is read with the speaker nouns (`namesGroup`).
 */
function namedByItsMembers(tokens: readonly Token[], start: number, lang: LexiconLanguage): boolean {
  const noun = tokens[start - 1]?.folded ?? "";
  return GROUP_MEMBERS[lang].includes(noun);
}

/** Words after which a body is cited (« selon », « citant », "according to", "citing", "quoting"). */
const CITED_AFTER: ReadonlySet<string> = new Set(["selon", "citant", "to", "citing", "quoting", "d'apres", "apres"]);
/** Words after a body's noun that make it a word of another's role or a list ("hospital and police officials", "the hospital's director"). */
const NOT_THE_BODY_AFTER: ReadonlySet<string> = new Set(["and", "et", "officials", "official", "sources", "source", "staff", "'s"]);

/**
 * Whether a health body's noun at `start`…`end` names the body as one that
 * speaks: cited (« selon l'hôpital », "according to the health centre",
 * « citant le centre de santé ») or opening its clause ("The hospital said"),
 * not where a doctor works nor a word of someone's role.
 */
function speakingBody(tokens: readonly Token[], start: number, end: number, lang: LexiconLanguage): boolean {
  const last = tokens[end - 1]!.folded;
  if (NOT_THE_BODY_AFTER.has(tokens[end]?.folded ?? "") || tokens[end]?.glued || last.endsWith("'s") || last.endsWith("’s")) return false;
  let k = start - 1;
  // "Nasser Hospital, where the wounded were taken, says": the body's own name before its noun.
  while (k >= 0 && isCapitalised(tokens[k]) && !DETERMINERS[lang].has(tokens[k]!.folded)) k -= 1;
  while (k >= 0 && DETERMINERS[lang].has(tokens[k]!.folded)) k -= 1;
  const before = tokens[k];
  return before === undefined || before.kind === "break" || before.text === "," || CITED_AFTER.has(before.folded);
}

/** Words that join a group's men to the body they belong to (« miliciens de la », "fighters of the"). */
const MEMBERS_OF: Record<LexiconLanguage, readonly (readonly string[])[]> = {
  fr: [["du"], ["des"], ["de", "la"], ["de", "l'"]],
  en: [["of"], ["of", "the"], ["from", "the"]],
};

/**
 * Whether a name introduced with its acronym follows its men and the words
 * that join them to it (« aux miliciens de la Coopérative pour le
 * développement du Congo (CODECO) », "fighters of the Allied Democratic
 * Forces (ADF)", "militants from the Ansar Khalid Group"): the body they
 * belong to is an armed group. Only for a name given its acronym or a
 * body's name ("Group", "Front"), since « des miliciens du Kivu » names a
 * region.
 */
function membersOfBefore(tokens: readonly Token[], start: number, lang: LexiconLanguage): boolean {
  return MEMBERS_OF[lang].some((words) => {
    const at = start - words.length;
    return at > 0 && words.every((w, k) => tokens[at + k]?.folded === w) && namedByItsMembers(tokens, at, lang);
  });
}

/**
 * Whether the capitalised run `start`…`end` names an outlet by being told:
 * right after "told" (or "told the"), followed by the clause told or by
 * when ("on Sunday"), and no word of it a body or a title that is told
 * things but relays nothing (Parliament, Mr).
 */
function isToldOutlet(tokens: readonly Token[], start: number, end: number): boolean {
  const before = tokens[start - 1]?.folded === "the" ? start - 2 : start - 1;
  if (!["told", "tells", "telling"].includes(tokens[before]?.folded ?? "")) return false;
  const next = tokens[end];
  const words = tokens.slice(start, end).map((t) => t.folded);
  return isToldOutletName(words, next === undefined || next.kind === "break" ? undefined : next.folded);
}

/** Whether the capitalised run at `start` follows « joint par », « contactée par »: who reached a source for comment. */
function reachedBy(tokens: readonly Token[], start: number): boolean {
  return tokens[start - 1]?.folded === "par" && REACHING_PARTICIPLES.has(tokens[start - 2]?.folded ?? "");
}

/** Auxiliaries that may stand before a claiming verb (« a revendiqué », "has claimed"). */
const CLAIMING_AUXILIARIES: ReadonlySet<string> = new Set(["a", "ont", "avait", "has", "have", "had"]);

/**
 * Whether a claim of responsibility follows token `from` (« le Conseil de
 * commandement militaire pour le salut de la République (CCMSR) a
 * revendiqué l'attaque »): the body that claims an attack is an armed
 * group, whatever its name's words say.
 */
function claimsDeedAt(tokens: readonly Token[], from: number): boolean {
  const verb = CLAIMING_AUXILIARIES.has(tokens[from]?.folded ?? "") ? from + 1 : from;
  return CLAIM_VERBS.has(tokens[verb]?.folded ?? "");
}

/** Folded words that make a capitalised run a body of some kind, and the kind of speaker it is. */
/** Folded words that make a capitalised run an armed group's name ("Front", "Army", "Fighters", "Katiba"). */
const GROUP_NAME_WORDS: ReadonlySet<string> = new Set([
  "front",
  "movement",
  "mouvement",
  "brigade",
  "brigades",
  "army",
  "armee",
  "force",
  "forces",
  "liberation",
  "revolutionary",
  "revolutionnaire",
  "resistance",
  "militia",
  "milice",
  "katiba",
  "jama'at",
  "jamaat",
  "ansar",
  "alliance",
  "coalition",
  "patriots",
  "patriotes",
  "self-defence",
  "self-defense",
  "autodefense",
  "tehreek",
  "tehreek-e",
  "lashkar",
  "jaish",
  "fighters",
  "tigers",
  ...CARTEL_WORDS,
]);

const ORGANISATION_WORDS: readonly (readonly [ReadonlySet<string>, SpeakerCue])[] = [
  [GROUP_NAME_WORDS, ARMED_GROUP_CUE],
  [
    new Set([
      "news",
      "radio",
      "television",
      "tv",
      "times",
      "post",
      "tribune",
      "press",
      "presse",
      "journal",
      "gazette",
      "herald",
      "agence",
      "agency",
      "media",
      "medias",
    ]),
    { kind: "media", role: "outlet" },
  ],
  [
    new Set([
      "watch",
      ...RIGHTS_WORDS,
      "crisis",
      "observatory",
      "observatoire",
      "medecins",
      "doctors",
      "amnesty",
      "cross",
      "croix",
      "crescent",
      "croissant",
      "aid",
      "relief",
      "foundation",
      "fondation",
      "institute",
      "institut",
      "project",
      "projet",
      "monitor",
      // "the North West Human Rights Monitors": a closing "Monitors" makes the name a body, whatever region it names.
      "monitors",
    ]),
    { kind: "ngo", role: "ngo" },
  ],
  [new Set(["nations", "united", "unies", "union", "mission", "office", "bureau"]), { kind: "international", role: "international" }],
  [
    new Set([
      "ministry",
      "ministere",
      "council",
      "conseil",
      "commission",
      "department",
      "departement",
      "defence",
      "defense",
      ...POLICE_WORDS,
      "authority",
      "autorite",
      "civil",
      "service",
      "services",
      "emergency",
      "management",
    ]),
    { kind: "government", role: "administration" },
  ],
  // "the Kyaukme Rescue Team", « l'Équipe de secours de Kaya »: a team on the spot speaks as a local body.
  [
    new Set(["committee", "comite", "society", "societe", "association", "collectif", "coordination", "union", "team", "equipe"]),
    { kind: "local", role: "committee" },
  ],
];
/** Nouns of agencies, which may be an outlet's or the state's: the other words of the name tell. */
const AGENCIES: ReadonlySet<string> = new Set(["agency", "agence"]);

/** Folded words of places, which make a capitalised run a place rather than a body. */
const PLACE_WORDS = new Set([
  "republic",
  "republique",
  "region",
  "province",
  "state",
  "district",
  "territory",
  "territoire",
  "city",
  "county",
  "sector",
  "secteur",
  "township",
  "village",
  "ville",
  "lake",
  "lac",
  "river",
  "fleuve",
  "nord",
  "sud",
  "north",
  "south",
  "east",
  "west",
  "est",
  "ouest",
  "grand",
  "sahel",
  "hospital",
  "hopital",
  "school",
  "ecole",
  "camp",
  "base",
  "airport",
  "aeroport",
  "market",
  "marche",
  "prison",
]);

/**
 * A body named by capitalised words that no list knows: the run holds a
 * word of bodies (Force, Front, Committee, Radio, Watch) and none of places
 * (Republic, Province, Hospital). A determiner or preposition of place in
 * front leaves it what it is: « à Radio Tamazuj » is still the radio.
 */
function organisationAt(tokens: readonly Token[], start: number, end: number, lang: LexiconLanguage): { start: number; cue: SpeakerCue } | undefined {
  if (end - start < 2 && tokens[start]!.text !== tokens[start]!.text.toUpperCase()) return undefined;
  let from = start;
  if (DETERMINERS[lang].has(tokens[from]!.folded)) from += 1;
  if (end - from < 1) return undefined;
  const words = tokens.slice(from, end).flatMap((t) => [t.folded, ...nameParts(t.folded)]);
  // "the State Emergency Service", "Borno State Police Command": a word of bodies that closes the name makes it a body, whatever place it names.
  const last = tokens[end - 1]!.folded;
  // "Emergency Management Agency" is the state's, "Anadolu News Agency" an outlet: an agency is what its other words say first.
  const closing =
    ORGANISATION_WORDS.find(([vocabulary]) => words.some((w) => w !== last && vocabulary.has(w)) && AGENCIES.has(last)) ??
    ORGANISATION_WORDS.find(([vocabulary]) => vocabulary.has(last));
  if (closing && !PLACE_WORDS.has(last)) return { start: from, cue: closing[1] };
  if (words.some((w) => PLACE_WORDS.has(w))) return undefined;
  for (const [vocabulary, cue] of ORGANISATION_WORDS) if (words.some((w) => vocabulary.has(w))) return { start: from, cue };
  return undefined;
}

/** The parts of a hyphenated word of a name (« Tehreek-e-Azadi » → tehreek, e, azadi). */
function nameParts(folded: string): string[] {
  return folded.includes("-") ? folded.split("-") : [folded];
}

function isMonthOrDay(tokens: readonly Token[], start: number, end: number): boolean {
  for (let t = start; t < end; t += 1) if (ALL_CALENDAR_NAMES.has(tokens[t]!.folded)) return true;
  return false;
}

/**
 * Joins a mention that takes a complement to the mention its complement
 * names (« porte-parole » + « du CSP », "a spokesman" + "for the army",
 * "army" + "spokesman"), and a person to the role beside them (« Ulf
 * Laessing, expert de la région », "army spokesman Col. X").
 */
function linkComplements(found: Mention[], tokens: readonly Token[], lang: LexiconLanguage, text: (start: number, end: number) => string): Mention[] {
  const mentions = possessiveSpokesmen(found, tokens, text);
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k += 1) {
    const m = mentions[k]!;
    const next = mentions[k + 1];
    if (
      m.cue.anaphor === "group" &&
      next?.introduced &&
      next.cue.kind === "party" &&
      (next.start === m.end || (tokens[m.end]?.text === "," && next.start === m.end + 1))
    ) {
      // "a little-known militant group, Tehreek-e-Azadi Waziristan,", « le groupe armé 3R »: the group by its name.
      out.push({ ...next, start: m.start, name: text(m.start, next.end) });
      k += 1;
      continue;
    }
    const close = next && tokens[m.end]?.text === "(" && next.start === m.end + 1 ? parenthesisClose(tokens, next.end) : undefined;
    if (next && close !== undefined) {
      // « la Mission de l'ONU (Minusca) », "U.S. Africa Command (AFRICOM)": one organisation, known best by its acronym.
      // « l'Agence nationale d'information (ANI, officielle) »: what follows the acronym's comma qualifies it, and is left out of the name.
      out.push({ ...(next.named || next.introduced ? next : m), start: m.start, end: close + 1, name: `${text(m.start, next.end)})` });
      k += 1;
      continue;
    }
    if (m.cue.complement && next && next.cue.role !== "pronoun" && complementGap(tokens, m.end, next.start, lang)) {
      out.push({ ...m, end: next.end, name: text(m.start, next.end), of: next });
      k += 1;
      continue;
    }
    if (next?.cue.complement && next.start === m.end && m.cue.anaphor !== "speaker" && !m.person) {
      // "army spokesman", "JNIM statement": the first names whose words they are.
      out.push({ ...next, start: m.start, name: text(m.start, next.end), of: m });
      k += 1;
      continue;
    }
    if (next?.cue.role === "officials" && next.start === m.end && m.cue.side === "group" && !m.person && tokens[next.end - 1]?.folded === "official") {
      // "a Houthi official": one of an armed group's officials speaks for the group, not for a government. The plural
      // ("…, Taliban officials say") stays the lead's officials, whom the official named next may hold (see relinkLead).
      out.push({ ...next, cue: SPOKESPERSON, start: m.start, name: text(m.start, next.end), of: m });
      k += 1;
      continue;
    }
    const role = mentions[k + 2];
    if (
      m.person &&
      next?.cue.kind === "party" &&
      !next.person &&
      role?.cue.complement &&
      role.start === next.end &&
      PERSON_ROLES.has(role.cue.role) &&
      tokens[m.end]?.text === "," &&
      next.start - m.end <= 3
    ) {
      // "Abdiasis Abu Musab, an al Shabaab spokesman, said": the person speaks in the role of the side that qualifies it.
      out.push({ ...m, cue: role.cue, of: { ...role, start: next.start, name: text(next.start, role.end), of: next } });
      k += 2;
      continue;
    }
    if (
      m.person &&
      next?.cue.kind === "party" &&
      !next.person &&
      (next.named !== undefined || next.introduced !== undefined) &&
      tokens[m.end]?.text === "," &&
      [",", "("].includes(tokens[next.end]?.text ?? "") &&
      next.start > m.end + 1 &&
      gapIs(tokens, m.end + 1, next.start, COMPLEMENT_WORDS[lang])
    ) {
      // « le « général » Ebube, des Ambazonia Defence Forces (ADF), revendique », "Ahmed, of the Sabaa Brigade, said": he speaks for the side he belongs to.
      out.push({ ...m, cue: next.cue, of: next });
      k += 1;
      continue;
    }
    // "Colonel X, twelve soldiers were killed…": a counted noun after the comma is the toll, never the person's role.
    let counted = false;
    for (let t = m.end + 1; next !== undefined && t < next.start; t += 1) counted ||= isCountWord(tokens, t, lang);
    if (m.person && next && !next.person && PERSON_ROLES.has(next.cue.role) && tokens[m.end]?.text === "," && next.start - m.end <= 3 && !counted) {
      // « Ulf Laessing, expert de la région du Sahel »: the person speaks in that role, named with whose it is.
      // "X, a spokesman for the provincial governor,": the role's complement says whose voice it is.
      const whose = mentions[k + 2];
      const complement =
        !next.of && next.cue.complement && whose && whose.cue.role !== "pronoun" && complementGap(tokens, next.end, whose.start, lang) ? whose : undefined;
      const role = next.of ? next : { ...next, name: withComplement(next, tokens, lang, text), ...(complement ? { of: complement } : {}) };
      out.push({ ...m, cue: next.cue, of: role });
      k += complement ? 2 : 1;
      continue;
    }
    const previous = out[out.length - 1];
    // "An army spokesman in the region, Captain Antony Mwalushayi,": the name set off by a comma after its role,
    // titles between (« le porte-parole de la police, l'inspecteur Wilner Joseph, »).
    let comma = m.start - 1;
    while (previous !== undefined && comma > previous.end && tokens[comma]!.text !== "," && TITLES.has(tokens[comma]!.folded)) comma -= 1;
    const apposed = previous !== undefined && tokens[comma]?.text === "," && comma + 1 - previous.end <= 9 && roleTailBefore(tokens, previous.end, comma);
    // "Junta spokesman Brigadier General Kyaw Soe Naing": a rank between the role and the name is a title.
    let ranks = 0;
    while (ranks < out.length && RANK_ROLES.has(out[out.length - 1 - ranks]!.cue.role)) ranks += 1;
    const beforeRank = ranks > 0 && out.length > ranks ? out[out.length - 1 - ranks] : undefined;
    // "…, Captain Antony Mwalushayi,": the rank opens the name, and the comma before it sets the whole off.
    const titled = ranks > 0 ? out[out.length - ranks]!.start : m.start;
    // « le porte-parole de l'armée, le capitaine X, »: an article may stand between the comma and the rank.
    let rankComma = titled - 1;
    while (beforeRank !== undefined && rankComma > beforeRank.end && tokens[rankComma]!.text !== "," && TITLES.has(tokens[rankComma]!.folded)) rankComma -= 1;
    const apposedWithRank =
      beforeRank !== undefined && tokens[rankComma]?.text === "," && rankComma + 1 - beforeRank.end <= 9 && noMark(tokens, beforeRank.end, rankComma);
    if (
      m.person &&
      beforeRank &&
      !beforeRank.person &&
      PERSON_ROLES.has(beforeRank.cue.role) &&
      !RANK_ROLES.has(beforeRank.cue.role) &&
      (m.start - beforeRank.end <= ranks + 1 || apposedWithRank)
    ) {
      out.splice(out.length - 1 - ranks, ranks + 1, { ...m, start: beforeRank.start, cue: beforeRank.cue, of: beforeRank });
      continue;
    }
    if (
      m.person &&
      previous &&
      !previous.person &&
      PERSON_ROLES.has(previous.cue.role) &&
      ((previous.end >= m.start - 3 && onlyTitles(tokens, previous.end, m.start)) ||
        apposed ||
        trailingAdjective(tokens, previous.end, m.start, lang) ||
        // `a Gran Grif leader known as "Ti Zo"`, « un porte-parole de la CODECO se présentant sous le nom de Mateso »: the role, then the name he goes by.
        nameGivenAt(tokens, m.start, lang, false) === previous.end)
    ) {
      // "army spokesman Col. Ahmed Diallo": the role before the name.
      out[out.length - 1] = { ...m, start: previous.start, cue: previous.cue, of: previous };
      continue;
    }
    out.push(m);
  }
  return coordinatedRoles(out, tokens);
}

/**
 * « le ministre de la Communication et porte-parole du gouvernement,
 * Abakar Mahamat Saleh », "the district commissioner and chairman of the
 * security committee, X": two roles joined by "and" before one name are
 * that one person's, who speaks once, in the role named with him.
 */
function coordinatedRoles(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const before = out[out.length - 1];
    const joined =
      before !== undefined &&
      !before.person &&
      PERSON_ROLES.has(before.cue.role) &&
      m.person !== undefined &&
      m.of !== undefined &&
      m.start === m.of.start &&
      m.of.start === before.end + 1 &&
      AND_WORDS.has(tokens[before.end]!.folded);
    if (joined) out[out.length - 1] = { ...m, start: before.start };
    else out.push(m);
  }
  return out;
}

/** "al Shabaab's military operations spokesman": a party's spokesman, whatever words qualify the role between them. */
function possessiveSpokesmen(mentions: Mention[], tokens: readonly Token[], text: (start: number, end: number) => string): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < mentions.length; k += 1) {
    const m = mentions[k]!;
    if (m.cue.kind === "party" && !m.person && /['’]s$/u.test(m.name)) {
      let j = k + 1;
      while (j < mentions.length && j - k <= 3 && mentions[j]!.cue.role !== "spokesperson") j += 1;
      // "the Taliban's chief spokesman": the role is the last of the roles written together.
      while (mentions[j + 1]?.cue.role === "spokesperson" && mentions[j + 1]!.start === mentions[j]!.end) j += 1;
      const role = mentions[j];
      if (role?.cue.role === "spokesperson" && role.start - m.end <= 3 && noMark(tokens, m.end, role.start)) {
        out.push({ ...role, start: m.start, name: text(m.start, role.end), of: { ...m, name: ownerless(m.name) } });
        k = j;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/** Words that open a role's complement (« porte-parole de l'hôpital », "a spokesman for the health office"). */
const ROLE_COMPLEMENT: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["de", "du", "des", "d'"]),
  en: new Set(["of", "for", "at"]),
};
/** Words that end a role's complement: the verb of saying, or a clause that follows. */
const COMPLEMENT_ENDS = new Set(["said", "says", "told", "added", "who", "which", "has", "had", "a", "ont", "qui", "et", "and", "avait", "selon"]);

/**
 * The words of a role with the complement that says whose role it is, up to
 * the next mark (", a spokesman for the Taiz health office, said" → "spokesman
 * for the Taiz health office"), so that the person is named with the body
 * they speak for.
 */
function withComplement(role: Mention, tokens: readonly Token[], lang: LexiconLanguage, text: (start: number, end: number) => string): string {
  if (!ROLE_COMPLEMENT[lang].has(tokens[role.end]?.folded ?? "")) return role.name;
  let end = role.end;
  while (end < tokens.length && end - role.end < 7 && tokens[end]!.kind === "word" && !COMPLEMENT_ENDS.has(tokens[end]!.folded)) end += 1;
  return tokens[end]?.kind === "word" ? role.name : text(role.start, end);
}

/**
 * Words after which a man is named by the name he gives himself
 * ("identified himself as", « se faisant appeler »: `self`), or by the name
 * he goes by ("known as": `known`, which may name a village as well).
 */
const NAME_GIVEN = perLanguage(
  (lang) =>
    new PatternTable<"self" | "known">(
      {
        fr: [
          ["se presentant|presente comme", "self"],
          ["se presentant|presente sous le nom de", "self"],
          ["se faisant|fait appeler|surnommer", "self"],
          ["se disant", "self"],
          ["surnomme|alias", "self"],
          ["connu|connue sous le nom de", "known"],
        ] as const,
        en: [
          ["who? identified|identifying|identifies himself|herself as", "self"],
          ["who? calls|calling|called himself|herself", "self"],
          ["who? goes|going by", "self"],
          ["alias|nicknamed", "self"],
          ["locally? known as", "known"],
        ] as const,
      }[lang],
    ),
);

/**
 * Where the words that give the name at `at` start ("a man who identified
 * himself as Dankarami", « un porte-parole … se présentant sous le nom de
 * « Mateso » », `a Gran Grif leader known as "Ti Zo"`), a quotation mark
 * allowed before the name, or -1. With `selfOnly`, only a name its bearer
 * gives himself counts: one capitalised word after it is a person's name.
 */
function nameGivenAt(tokens: readonly Token[], at: number, lang: LexiconLanguage, selfOnly: boolean): number {
  const end = QUOTE_MARKS.has(tokens[at - 1]?.text ?? "") ? at - 1 : at;
  for (let start = Math.max(0, end - 6); start < end; start += 1) {
    const match = NAME_GIVEN(lang).longestAt(tokens, start);
    if (match?.end === end && (match.data === "self" || !selfOnly)) return start;
  }
  return -1;
}

/** Roles a named person may speak in, before or after their name. */
const PERSON_ROLES = new Set([
  "army",
  "defence-ministry",
  "interior-ministry",
  "ministry",
  "army-press",
  "rank",
  "government",
  "police",
  "security-sources",
  "administration",
  "local",
  "elected",
  "witness",
  "residents",
  "rescue",
  "expert",
  "medical",
  "spokesperson",
  // "a notorious bandit leader, Dogo Sule,", "Dankarami, a bandit leader operating in the area,": he speaks for the side his men are.
  "side-voice",
  "committee",
  "officials",
  "ngo",
]);

/** Roles that are ranks (ARMY role by a rank word): see the speakers' table. */
const RANK_ROLES = new Set(["rank"]);
/** Nouns of bodies an English rank word may open the name of ("General Hospital", "General Assembly", "Major Crimes Unit"). */
const RANKED_BODIES: ReadonlySet<string> = new Set(["hospital", "assembly", "directorate", "secretariat", "crimes", "hospitals"]);

/** Whether a name follows a noun, set off by a comma or not ("a little-known group, Jaish al-Nasr,", "a group Jaish al-Nasr"). */
function namedAfter(tokens: readonly Token[], end: number): boolean {
  return isCapitalised(tokens[end]) || (tokens[end]?.text === "," && isCapitalised(tokens[end + 1]));
}

/** How many lower-case words may qualify a noun after its indefinite article ("a Sahel-focused research group"). */
const INDEFINITE_REACH = 4;

/**
 * The index of the indefinite article that opens the noun phrase ending with
 * the noun at `noun` ("a Sahel-focused research group"), over words no
 * mention has taken and never over a complement's « de la » or "of the"; -1
 * when no such article stands within reach. A group named in the words
 * ("a Boko Haram faction") was read as that group before this is asked.
 */
function indefiniteBefore(tokens: readonly Token[], noun: number, taken: readonly boolean[], lang: LexiconLanguage): number {
  for (let t = noun - 1; t >= 0 && t >= noun - 1 - INDEFINITE_REACH; t -= 1) {
    const token = tokens[t]!;
    if (token.kind !== "word" || taken[t] === true) return -1;
    if (ARTICLE_ONES[lang].has(token.folded)) return t + 1 < noun ? t : -1;
    // « un porte-parole de la milice »: the noun is a complement of another, which the article opens.
    if (COMPLEMENT_WORDS[lang].has(token.folded)) return -1;
  }
  return -1;
}

/** Whether token `at` counts: a number, or a number in words that is no article (« douze », "twelve", not « un », "a"). */
function isCountWord(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  return token.kind === "number" || (readNumberWords(tokens, at, lang) !== undefined && !ARTICLES[lang].includes(token.folded));
}

/** Whether a word after `before` qualifies it: `before` is a lower-case noun, no determiner, complement word or title. */
function adjectiveAfterNoun(before: Token | undefined, lang: LexiconLanguage): boolean {
  return (
    before !== undefined &&
    before.kind === "word" &&
    !isCapitalised(before) &&
    !DETERMINERS[lang].has(before.folded) &&
    !COMPLEMENT_WORDS[lang].has(before.folded) &&
    !TITLES.has(before.folded)
  );
}

/**
 * Whether tokens `from`…`to` may stand between a role and the comma that
 * sets off its holder's name: words that qualify the role ("in the
 * region"), after its acronym in brackets and a place set off by commas
 * ("Additional Director General of Police (ADGP), Jammu Zone, Rakesh Kumar
 * Bhagat").
 */
function roleTailBefore(tokens: readonly Token[], from: number, to: number): boolean {
  let at = from;
  if (tokens[at]?.text === "(" && tokens[at + 2]?.text === ")" && at + 3 <= to) at += 3;
  if (at < to && tokens[at]!.text === ",") {
    for (let t = at + 1; t < to; t += 1) if (!isCapitalised(tokens[t])) return false;
    return to > at + 1;
  }
  return noMark(tokens, at, to);
}

function noMark(tokens: readonly Token[], from: number, to: number): boolean {
  // « le secteur opérationnel Sokola 2 »: a number may name a unit; a mark or a line break ends the words.
  for (let t = from; t < to; t += 1) if (tokens[t]!.kind !== "word" && tokens[t]!.kind !== "number") return false;
  return true;
}

function gapIs(tokens: readonly Token[], from: number, to: number, allowed: ReadonlySet<string>): boolean {
  return to - from <= 3 && to >= from && allWordsIn(tokens, from, to, allowed);
}

/**
 * Courtesy titles before a name (« M. Dah », "Mr. Okafor", "Ms Akaa"): their
 * full stop ends no sentence, and with a surname already met they name that
 * person.
 *
 * @example
 * ```ts
 * HONORIFICS.has("ms"); // true
 * ```
 */
export const HONORIFICS: ReadonlySet<string> = new Set(["m", "mme", "mlle", "me", "mr", "mrs", "ms", "dr"]);
/** Ranks shortened before a surname ("Supt Kua", "Insp Mwangi", "Sgt Bello"), which name the officer already met. */
const SHORT_RANKS: ReadonlySet<string> = new Set(["supt", "insp", "sgt", "capt", "col", "lt", "maj", "gen", "cpl"]);

const TITLES = new Set([
  ",",
  // Words that qualify a role without ending it: « le gouverneur régional Oleh Kiper », "the deputy governor".
  "regional",
  "provincial",
  "local",
  "adjoint",
  "deputy",
  "senior",
  "militaire",
  "military",
  "le",
  "la",
  "l'",
  "col",
  "colonel",
  "general",
  "gen",
  "capitaine",
  "capt",
  "commandant",
  "lieutenant",
  "lieutenant-colonel",
  "lt",
  "brig",
  "gov",
  "maj",
  "major",
  "sgt",
  "sergent",
  "m",
  "mr",
  "mme",
  "mrs",
  "ms",
  "dr",
  "cheikh",
  "sheikh",
  "imam",
  ".",
  "-",
  "adjudant",
  "chef",
  // Police ranks: « l'inspecteur Wilner Joseph », "Superintendent Grace Ameh".
  "inspecteur",
  "inspectrice",
  "commissaire",
  "inspector",
  "superintendent",
]);
/**
 * Whether the one word between a French role and a name qualifies the role
 * (« le ministre de la sécurité intérieure Simon Compaoré », « le
 * porte-parole adjoint X »): an adjective in lower case, which follows its
 * noun in French, and no verb.
 */
function trailingAdjective(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  if (lang !== "fr" || to - from !== 1) return false;
  const word = tokens[from]!;
  return word.kind === "word" && /^\p{Ll}{5,}$/u.test(word.text) && ADJECTIVE_ENDINGS.test(word.folded);
}
/** The endings of French adjectives that qualify a role (intérieure, nationale, adjoint, malien, régionale, burkinabè). */
const ADJECTIVE_ENDINGS = /(?:ieure?|ale?|aux|oint|ointe|ien|ienne|ais|aise|ique|aire|iere|ier)$/u;

function onlyTitles(tokens: readonly Token[], from: number, to: number): boolean {
  return allWordsIn(tokens, from, to, TITLES);
}

/** The words of tokens `start`…`end` as written, with the spaces of the original text. */
export function joinTokens(tokens: readonly Token[], start: number, end: number): string {
  let out = "";
  for (let t = start; t < end; t += 1) {
    const token = tokens[t]!;
    out += (t > start && !token.glued ? " " : "") + token.text;
  }
  return out;
}
