import { THAT_WORDS } from "../lexicon/readPhrase.js";
import { CALENDAR_NAMES } from "../lexicon/dateLexicon.js";
import { isSpeakerComplement } from "./speakerComplement.js";
import { isAbbreviationDot } from "./splitSentences.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable, type PatternMatch } from "../lexicon/phrasePattern.js";
import { isCapitalisedWord, isQuoteMark, OPENING_QUOTE_MARKS, QUOTE_MARKS, type Token } from "../lexicon/tokenize.js";
import { RELATIVE_PRONOUNS, SUBJECT_RELATIVES } from "./relativeClause.js";
import { HEARSAY_NOUNS } from "./questionPut.js";
import { HONORIFICS, joinTokens, type Mention, PARTICLES, PRONOUN_OBJECT_BEFORE } from "./findMentions.js";
import { AND_WORDS, ARTICLES, DEFINITE_ARTICLES, PHRASE_ARTICLES, POSSESSIVE_DETERMINERS } from "./articles.js";
import { ACCUSATION, isDenial, NOT_BEFORE_VERB, PLATFORMS, PRESENT_PARTICIPLE, SPEECH, SPEECH_FOLLOWERS, type SpeechCue } from "./speechLexicon.js";

/**
 * One act of speech in a sentence: the cue that marks it, the mention of
 * who speaks (unresolved: it may be a pronoun or « le groupe »), the
 * mentions that relayed the words, and how the verb puts them.
 */
export interface Speech {
  /** Token where the cue starts: the words it governs are found around it. */
  readonly at: number;
  readonly end: number;
  readonly cue: SpeechCue;
  readonly speaker: Mention;
  readonly relays: readonly Mention[];
  readonly inStatement: boolean;
  /** Speakers joined to the speaker by « et » / "and" ("the army and security officials said"): each says the same words. */
  readonly partners?: readonly Mention[];
  /** The token where a clause of time opens with this saying ("weeks after X announced"): the words before it are not the speaker's. */
  readonly from?: number;
  /** The clause of an outlet that reported these words after them ("…, Lusa reported"), as tokens `[start, end)`: its verb hedges none of them. */
  readonly reporting?: readonly [number, number];
  /** The verb is joined to the speaker's earlier one ("said … and denied"): the speaker and the words between are that earlier speech's, not this one's. */
  readonly joined?: true;
}

const speechTable = perLanguage((lang) => new PatternTable(SPEECH[lang]));

/** Words that may stand between a verb of saying and its inverted subject (« affirme encore l'armée »). */
const INVERSION_GAP: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    ...ARTICLES.fr,
    ...CALENDAR_NAMES.fr.weekdays,
    "encore",
    "aussi",
    "egalement",
    "pour",
    "sa",
    "son",
    "leur",
    "part",
    "a",
    "ont",
    "-t",
    "t",
    "ensuite",
    "enfin",
    "alors",
    "hier",
    // « a indiqué ce mardi matin la préfecture », « a précisé cet après-midi le parquet »: the day of the words, said as today's.
    "ce",
    "cet",
    "cette",
    "apres-midi",
    "soir",
    "matin",
    "dans",
    "soiree",
    "journee",
    "plus",
    "tard",
    "tot",
    "depuis",
    "lors",
    "d'une",
    "conference",
    "presse",
    "televisee",
    ",",
    // « a annoncé lundi sur Telegram le chef de l'administration »: the channel of the words, before their speaker.
    "sur",
    ...PLATFORMS,
  ]),
  en: new Set([
    ...ARTICLES.en,
    ...CALENDAR_NAMES.en.weekdays,
    "also",
    "later",
    "then",
    "on",
    "in",
    "another",
    "one",
    "two",
    "several",
    "some",
    "yesterday",
    "late",
    "earlier",
    "night",
    "morning",
    ",",
    // "said on Telegram the governor" is rare; "announced on X on Monday" is not.
    ...PLATFORMS,
  ]),
};
/** Auxiliaries and adverbs between a subject and its verb (« l'armée a également indiqué »). */
const SUBJECT_GAP = 6;
/** Verbs of saying followed by who is told, never by who speaks ("told The Punch"). */
const TOLD_WORDS = new Set(["told", "tells", "telling"]);
// THAT_WORDS, the words that open reported speech ("said that…", « a indiqué que… »): between a mention and a verb of saying
// they make the verb another subject's (« l'armée affirme que le JNIM a revendiqué »: JNIM, not the army).
export { THAT_WORDS };
/** The endings of a verb with its subject pronoun after it (« dit-il », « a-t-elle »). */
const INVERTED = ["-il", "-elle", "-ils", "-elles", "-t-on"];

/** Words before an outlet that make it the relay of the words, not their speaker (« à l'AFP », "told Reuters"). */
const RELAY_BEFORE = new Set(["a", "au", "aupres", "told", "to", "par", "by"]);

/**
 * Where a sentence's mentions start and end, so that each verb of saying
 * finds the mentions near it without reading them all: a sentence full of
 * verbs stays linear in its length. Every look-up answers as a search of
 * the mentions in their order would (`find` the first, a backwards walk the
 * last), whatever that order.
 */
export class MentionIndex {
  private readonly byStart = new Map<number, number[]>();
  private readonly byEnd = new Map<number, number[]>();
  /** `lastBy[x]`: the last mention (by index) that ends at or before token `x`, or -1. */
  private readonly lastBy: Int32Array;

  constructor(readonly mentions: readonly Mention[]) {
    let maxEnd = 0;
    mentions.forEach((m, i) => {
      push(this.byStart, m.start, i);
      push(this.byEnd, m.end, i);
      maxEnd = Math.max(maxEnd, m.end);
    });
    this.lastBy = new Int32Array(maxEnd + 1).fill(-1);
    mentions.forEach((m, i) => {
      if (m.end >= 0) this.lastBy[m.end] = Math.max(this.lastBy[m.end]!, i);
    });
    for (let x = 1; x <= maxEnd; x += 1) this.lastBy[x] = Math.max(this.lastBy[x]!, this.lastBy[x - 1]!);
  }

  /** The first mention (by index) that starts within tokens `from`…`to` and passes `test`: `mentions.find` over that range. */
  firstStarting(from: number, to: number, test: (m: Mention) => boolean = () => true): Mention | undefined {
    return this.mentions[this.firstIn(this.byStart, from, to, test)];
  }

  /** The first mention (by index) that ends within tokens `from`…`to` and passes `test`. */
  firstEnding(from: number, to: number, test: (m: Mention) => boolean = () => true): Mention | undefined {
    return this.mentions[this.firstIn(this.byEnd, from, to, test)];
  }

  /** The index of the last mention that ends within tokens `from`…`to` and passes `test`, or -1. */
  lastEndingIndex(from: number, to: number, test: (m: Mention) => boolean = () => true): number {
    let best = -1;
    for (let x = Math.max(0, from); x <= to; x += 1) {
      const list = this.byEnd.get(x);
      if (list === undefined) continue;
      for (let k = list.length - 1; k >= 0; k -= 1) {
        if (list[k]! <= best) break;
        if (test(this.mentions[list[k]!]!)) {
          best = list[k]!;
          break;
        }
      }
    }
    return best;
  }

  /** The index of the last mention that ends at or before token `x`, or -1. */
  lastEndingBy(x: number): number {
    if (x < 0) return -1;
    return this.lastBy[Math.min(x, this.lastBy.length - 1)]!;
  }

  private firstIn(map: ReadonlyMap<number, readonly number[]>, from: number, to: number, test: (m: Mention) => boolean): number {
    let best = -1;
    for (let x = Math.max(0, from); x <= to; x += 1) {
      const list = map.get(x);
      if (list === undefined) continue;
      for (const i of list) {
        if (best >= 0 && i >= best) break;
        if (test(this.mentions[i]!)) {
          best = i;
          break;
        }
      }
    }
    return best;
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const INDEXES = new WeakMap<readonly Mention[], MentionIndex>();

/** The {@link MentionIndex} of a list of mentions, built once per list. */
export function mentionIndex(mentions: readonly Mention[]): MentionIndex {
  let index = INDEXES.get(mentions);
  if (index === undefined) {
    index = new MentionIndex(mentions);
    INDEXES.set(mentions, index);
  }
  return index;
}

/**
 * Finds the acts of speech in one sentence and binds each to its speaker:
 * after « selon » / "according to", the mention that follows; for a verb,
 * its subject (the nearest mention before it, passing over an apposition
 * between commas: « L'armée, soutenue par Wagner, assure… ») or, inverted,
 * the mention right after it (« …, affirme l'armée », "…, said the
 * official"). Relays are the mentions after « cité par », « joint par »,
 * "told" or « à » after a verb of saying.
 */
export function findSpeech(tokens: readonly Token[], mentions: readonly Mention[], lang: LexiconLanguage): Speech[] {
  const cues = speechTable(lang).scan(tokens);
  const speeches: Speech[] = [];
  const inStatement = cues.some((c) => c.data.kind === "statement");
  // The mention after « jointes par », "told", "quoted by" relayed the words: it is never the subject of a verb of saying.
  const relayTargets = new Set<Mention>();
  const index = mentionIndex(mentions);
  for (const c of cues) {
    if (c.data.kind !== "relay") continue;
    // « relayé par Amaq, il affirme »: a relay is named right after its cue, never past a comma.
    const target = index.firstStarting(c.end, c.end + 2, (x) => wordsOnly(tokens, c.end, x.start) && x.cue.role !== "pronoun");
    if (target) relayTargets.add(target);
  }
  const subjects = mentions.filter((m) => !relayTargets.has(m) && m.qualifies !== true && !inParentheticalGloss(tokens, m.start));
  for (const cue of cues) {
    const data = cue.data;
    if (data.kind === "according") {
      // « de sources sécuritaires »: the cue's last word may open the speaker's mention.
      // "according to the country's Emergency Medicine Centre": a body no list knows, by its capitalised name.
      const speaker =
        reportAgent(index, tokens, cue.end, lang) ??
        index.firstStarting(cue.start + 1, cue.end + 4, (x) => x.end > cue.end && wordsOnly(tokens, cue.end, x.start)) ??
        nameAfter(tokens, pastOwner(tokens, cue.end), lang);
      if (speaker) speeches.push(speech(cue, speaker, relaysAround(tokens, mentions, cue.start, speaker.end, cues, lang), inStatement));
    } else if (data.kind === "verb" || data.kind === "responsibility") {
      if (isNoun(tokens, cue.start, lang) && !cliticAfterSubject(index, tokens, cue.start, lang)) continue;
      // « …, affirmant avoir tué 17 militaires », "…, saying its fighters…": the participle's subject is the sentence's speaker.
      const participle = tokens[cue.start - 1]?.text === "," && PRESENT_PARTICIPLE.test(tokens[cue.start]!.folded);
      const earlier = speeches[speeches.length - 1]?.speaker;
      // « a-t-il déclaré », « ajoute-t-elle »: the subject is the pronoun joined to the verb.
      const joined = [tokens[cue.start]!, tokens[cue.start - 1]].find(
        (t) => t !== undefined && t.kind === "word" && INVERTED.some((end) => t.folded.endsWith(end)),
      );
      const speaker = joined
        ? ({ start: cue.start, end: cue.start, cue: { kind: "other", role: "pronoun", anaphor: "speaker" }, name: joined.text } satisfies Mention)
        : participle && earlier
          ? earlier
          : participle
            ? (sentenceSubject(tokens, subjects, cue.start, lang) ?? subjectOf(tokens, subjects, cue, lang))
            : earlier && (coordinated(tokens, cue.start) || commaJoined(tokens, speeches[speeches.length - 1]!, index, cue))
              ? earlier
              : // « le gouvernorat condamne l'attaque et fait état de 19 civils tués »: joined to a verb that says nothing, the sentence's subject.
                (subjectOf(tokens, subjects, cue, lang) ?? (coordinated(tokens, cue.start) ? sentenceSubject(tokens, subjects, cue.start, lang) : undefined));
      if (speaker === undefined) continue;
      if (data.kind === "verb" && data.weak && !(introducesSpeech(tokens, cue.end, lang) || speaker.start >= cue.end)) continue;
      const spoken = speech(
        cue,
        speaker,
        relaysAround(tokens, mentions, Math.min(speaker.start, cue.start), Math.max(speaker.end, cue.end), cues, lang),
        inStatement,
      );
      const said: Speech = !participle && !joined && speaker === earlier && earlier !== undefined ? { ...spoken, joined: true } : spoken;
      // "The attack … came weeks after Prime Minister X announced a new operation": a saying that dates the sentence owns no word before it.
      const dating = speaker.start < cue.start ? timeClauseStart(tokens, speaker.start, lang) : undefined;
      speeches.push(dating === undefined ? said : { ...said, from: dating });
    } else if (data.kind === "citing") {
      const speaker = mentionAfter(mentions, cue.end, 3, tokens, lang);
      const relay = mentionBefore(mentions, cue.start, 4) ?? speeches[speeches.length - 1]?.speaker;
      if (speaker) speeches.push(speech(cue, speaker, relay ? [relay] : [], inStatement));
    }
  }
  // "SANA said, quoting a military source": the words are the source's, and the one who said them only relayed them.
  for (const citing of speeches.filter((s) => s.cue.kind === "citing")) {
    const relayed = speeches.findIndex((s) => s !== citing && citing.relays.includes(s.speaker));
    if (relayed >= 0) {
      const said = speeches[relayed]!;
      speeches.splice(speeches.indexOf(citing), 1, { ...citing, at: said.at, end: said.end, relays: [...said.relays, ...citing.relays] });
      speeches.splice(relayed, 1);
    }
  }
  // A relay named before its speaker's verb (« Sollicitée par RFI, l'armée n'a pas souhaité… ») is found by the claims, not here.
  return dedupeBySpeaker(withReportingRelays(withOutletsCited(speeches), tokens), tokens).map((s) => {
    const partner = partnerOf(tokens, mentions, s.speaker, lang);
    return partner ? { ...s, partners: [partner] } : s;
  });
}

/**
 * Whether token `at` stands in a gloss inside parentheses, after a comma
 * (« le Groupe de soutien à l'islam et aux musulmans (JNIM, lié à Al-Qaïda)
 * a revendiqué »): the name glossed, before the parentheses, is the verb's
 * subject, never the one the gloss names.
 */
function inParentheticalGloss(tokens: readonly Token[], at: number): boolean {
  let comma = false;
  for (let k = at - 1; k >= 0 && k >= at - GLOSS_REACH; k -= 1) {
    const text = tokens[k]!.text;
    if (text === ")" || tokens[k]!.kind === "break") return false;
    if (text === ",") comma = true;
    if (text === "(") return comma;
  }
  return false;
}

/** How far back a gloss's opening parenthesis may stand (« (JNIM, lié à Al-Qaïda) »). */
const GLOSS_REACH = 6;

/**
 * The speeches with each outlet cited by « selon » / "according to" before
 * another speaker's own verb as that speaker's relay ("According to state
 * television, the defence ministry said…", « Selon la RTN, le ministère a
 * fait état de… »): the outlet only carried the words of the speaker it
 * names next.
 */
function withOutletsCited(speeches: readonly Speech[]): Speech[] {
  const out: Speech[] = [];
  let carried: Mention | undefined;
  for (const [k, s] of speeches.entries()) {
    const said = carried ? { ...s, relays: [...s.relays, carried] } : s;
    carried = undefined;
    const next = speeches[k + 1];
    const outlet = s.cue.kind === "according" && s.speaker.cue.kind === "media";
    if (outlet && next && next.cue.kind === "verb" && next.speaker.start >= s.speaker.end && next.speaker.start < next.at) carried = s.speaker;
    else out.push(said);
  }
  return out;
}

/**
 * The speeches with each outlet that reports another's words as their
 * relay ("…, the ISPR said in a statement, Dawn reported", « …, a indiqué
 * l'armée, rapporte l'ORTM »): an outlet or a name no list knows, set off by
 * a comma after another speaker's words, with a verb of reporting, relays
 * those words and says nothing of its own. The relayed speech runs to the
 * end of the reporting verb, so that "reported" is no hedge of its words.
 */
function withReportingRelays(speeches: readonly Speech[], tokens: readonly Token[]): Speech[] {
  const out: Speech[] = [];
  for (const s of speeches) {
    const previous = out[out.length - 1];
    const reporting = s.cue.kind === "verb" && s.cue.hedge === "reported" && (s.speaker.cue.kind === "media" || s.speaker.cue.role === "named");
    if (previous && reporting && previous.end <= s.speaker.start && s.speaker.start < s.at && tokens[s.speaker.start - 1]?.text === ",") {
      // "…, the ISPR said in a statement, Dawn reported": the relayed speech runs to the reporting verb, whose "reported" hedges
      // none of its words; "The army said 12 soldiers were killed, Lusa reported": its words stand between, and it keeps its end.
      const adjoining = s.speaker.start - previous.end <= 1;
      out[out.length - 1] = adjoining
        ? { ...previous, end: Math.max(previous.end, s.end), relays: [...previous.relays, s.speaker] }
        : { ...previous, relays: [...previous.relays, s.speaker], reporting: [s.speaker.start, s.end] };
      continue;
    }
    // "The group claimed the ambush in a message posted on Telegram, according to the SITE Intelligence Group": a trailing
    // « selon » / "according to" after another speaker's verb names who carried those words, an outlet or a body no list knows.
    const carrying =
      s.cue.kind === "according" &&
      (s.speaker.cue.kind === "media" || s.speaker.cue.role === "named" || s.speaker.cue.role === "organisation") &&
      tokens[s.at - 1]?.text === ",";
    // "…in a message posted on Telegram": the statement's own verb stands between, and the words are still the speaker's.
    let said = out.length - 1;
    while (said > 0 && out[said]!.speaker.cue.anaphor === "statement") said -= 1;
    const carried = out[said];
    if (
      carrying &&
      carried &&
      (carried.cue.kind === "verb" || carried.cue.kind === "responsibility") &&
      carried.speaker.start < carried.at &&
      carried.end <= s.at
    ) {
      out[said] = { ...carried, relays: [...carried.relays, s.speaker], reporting: [s.at, s.speaker.end] };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * Whether the word of saying at token `at` is no verb with a speaker: a
 * determiner or a preposition before it makes it a noun (« l'annonce »,
 * "comment on reports that…"), and a participle after a noun of hearsay is
 * hearsay that no one in the sentence says (« les informations faisant état
 * de bergers tués », "reports saying that…").
 */
function isNoun(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  const before = tokens[at - 1]?.folded ?? "";
  return NOT_BEFORE_VERB[lang].has(before) || HEARSAY_NOUNS[lang].has(before) || namesAfter(tokens, at, lang);
}

/** « dit », « dite »: the participle that gives a name (« le gang dit « 400 Pikan » »), in French. */
const CALLED: ReadonlySet<string> = new Set(["dit", "dite", "dits", "dites"]);

/** Nouns a name is given to by « dit » (« le gang dit « 400 Pikan » », « un chef de guerre dit Ti Mafia »), folded. */
const NAMED_NOUNS: ReadonlySet<string> = new Set([
  "gang",
  "gangs",
  "groupe",
  "bande",
  "chef",
  "homme",
  "bandit",
  "milice",
  "faction",
  "coalition",
  "quartier",
  "camp",
  "zone",
  "mouvement",
]);

/**
 * Whether « dit » at `at` gives a name rather than words: after a noun of
 * the named (« le gang dit « 400 Pikan » », « le chef dit Ti Mafia »),
 * before the name in quotation marks or capitals. « Le ministre dit que… »
 * speaks.
 */
function namesAfter(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  const next = tokens[at + 1];
  return (
    lang === "fr" &&
    CALLED.has(tokens[at]?.folded ?? "") &&
    NAMED_NOUNS.has(tokens[at - 1]?.folded ?? "") &&
    next !== undefined &&
    (isQuoteMark(next) || /^\p{Lu}/u.test(next.text))
  );
}

/**
 * Whether the word before the verb at `at` is an object pronoun right after
 * a speaker's name: « Une source sécuritaire l'attribue à l'EIGS », « Le
 * maire le confirme » speak, where « l'annonce » alone is a noun.
 */
function cliticAfterSubject(index: MentionIndex, tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  // French object pronouns (« l'attribue », « le confirme », « les dénonce ») are written as its definite articles.
  return lang === "fr" && DEFINITE_ARTICLES.has(tokens[at - 1]?.folded ?? "") && index.firstEnding(at - 1, at - 1) !== undefined;
}

/**
 * Whether a sentence has a verb of saying (« a déclaré », "said in a
 * statement") whether or not its speaker can be found: then its words are
 * someone's, and if nobody can be named they are nobody's, never the
 * outlet's. Weak verbs count only where they introduce speech.
 *
 * @param tokens - One sentence's tokens.
 * @param lang - The article's language.
 */
export function hasVerbOfSaying(tokens: readonly Token[], lang: LexiconLanguage): boolean {
  return speechTable(lang)
    .scan(tokens)
    .some((cue) => cue.data.kind === "verb" && !isNoun(tokens, cue.start, lang) && (!cue.data.weak || introducesSpeech(tokens, cue.end, lang)));
}

const JOINED_SAYINGS = new WeakMap<readonly Token[], readonly number[]>();

/**
 * Whether a verb of saying that denies nothing, joined by « et », "and",
 * "but" to what came before, stands among tokens `from`…`to` (« a démenti
 * toute prise de contrôle et assuré que les policiers avaient repoussé les
 * bandits », "denied the claim and said troops had repelled the attack"):
 * what follows it is asserted, not denied. Found once per sentence.
 */
export function saysAgainBetween(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  let starts = JOINED_SAYINGS.get(tokens);
  if (starts === undefined) {
    starts = speechTable(lang)
      .scan(tokens)
      .filter((cue) => cue.data.kind === "verb" && cue.data.denies !== true && joinedAt(tokens, cue.start))
      .map((cue) => cue.start);
    JOINED_SAYINGS.set(tokens, starts);
  }
  return starts.some((at) => at >= from && at < to);
}

/** Whether a coordinator stands right before token `at`, or before its auxiliary (« et assuré », « et a assuré », "and said"). */
function joinedAt(tokens: readonly Token[], at: number): boolean {
  const before = AUXILIARIES.has(tokens[at - 1]?.folded ?? "") ? at - 2 : at - 1;
  return COORDINATORS.has(tokens[before]?.folded ?? "");
}

/** Whether the words after a weak verb of saying introduce what is said (« assure pour sa part avoir… », "noted that"). */
function introducesSpeech(tokens: readonly Token[], from: number, lang: LexiconLanguage): boolean {
  let t = from;
  while (t < tokens.length && t - from < 4 && INVERSION_GAP[lang].has(tokens[t]!.folded) && !SPEECH_FOLLOWERS[lang].has(tokens[t]!.folded)) t += 1;
  return SPEECH_FOLLOWERS[lang].has(tokens[t]?.folded ?? "");
}

/** Words that end an inverted subject's name (« a annoncé la Défense civile dans un communiqué »). */
const NAME_ENDS = new Set([
  "dans",
  "sur",
  "a",
  "au",
  "aux",
  "lors",
  "on",
  "in",
  "at",
  "via",
  "to",
  "by",
  "apres",
  "avant",
  "selon",
  "after",
  "before",
  "according",
  "par",
  "que",
  "qu'",
  "that",
  "who",
  "qui",
  "et",
  "and",
]);

/**
 * The subject of an inverted verb of saying when no list knows it: the
 * words right after the verb, from a capitalised word to the end of the
 * clause (« …, a annoncé la Défense civile de la bande de Gaza. », "…, said
 * the Kani Township Council"). It is a speaker named by those words alone.
 */
/** Nouns of rules and customs, which "according to" may follow without naming anyone. */
const CUSTOMS: ReadonlySet<string> = new Set(["rites", "rite", "custom", "customs", "tradition", "traditions", "law", "laws", "rules", "practice", "rituals"]);

function nameAfter(tokens: readonly Token[], from: number, lang: LexiconLanguage): Mention | undefined {
  let start = from;
  while (
    start < tokens.length &&
    start - from < 4 &&
    ((INVERSION_GAP[lang].has(tokens[start]!.folded) && tokens[start]!.text !== ",") || honorific(tokens, start))
  )
    start += 1;
  const first = tokens[start];
  if (first === undefined || first.kind !== "word" || first.text[0] === first.text[0]!.toLowerCase()) return undefined;
  let end = start;
  while (
    end < tokens.length &&
    end - start < 8 &&
    tokens[end]!.kind !== "break" &&
    tokens[end]!.text !== "," &&
    tokens[end]!.text !== "(" &&
    !NAME_ENDS.has(tokens[end]!.folded)
  )
    end += 1;
  if (end === start) return undefined;
  // "buried according to Islamic rites", "according to Muslim custom": a rule followed, no one who speaks.
  if (tokens.slice(start, end).some((t) => CUSTOMS.has(t.folded))) return undefined;
  const name = tokens
    .slice(start, end)
    .map((t, i) => (i > 0 && !t.glued ? " " : "") + t.text)
    .join("");
  return { start, end, cue: { kind: "other", role: "named" }, name };
}

/** Nouns of a toll or a text some body gives, which « selon » or "according to" may name before the body. */
const REPORT_NOUNS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["bilan", "bilans", "decompte", "rapport", "communique", "releve", "estimation", "estimations", "chiffres", "recensement"]),
  en: new Set(["toll", "tally", "count", "report", "statement", "estimate", "estimates", "figures", "assessment", "list"]),
};

/** Words that open the body a toll or a text comes from (« par », « de », "by", "from"). */
const REPORT_AGENT_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["par", "de", "du", "des", "d'", "aupres"]),
  en: new Set(["by", "from", "of"]),
};

/** How many words may stand between a toll's noun and the body that gave it (« un bilan provisoire communiqué mardi au Nouvelliste par »). */
const REPORT_AGENT_REACH = 8;

/**
 * The body a toll or a text comes from, after « selon » or "according to"
 * and the toll's noun with its words (« selon un bilan provisoire de la
 * Croix-Rouge », « selon un bilan rendu public dimanche par l'état-major »,
 * « selon un bilan communiqué mardi au Nouvelliste par le maire », "according
 * to a toll released on Sunday by the army"): the issuer of a statement
 * named with it (« un communiqué de l'archidiocèse … repris par »), else
 * the first speaker named right after a word that opens an agent. A figure
 * after « de » (« un bilan de 19 morts ») names no one, so the search goes on
 * to the next such word, within the clause.
 */
function reportAgent(index: MentionIndex, tokens: readonly Token[], from: number, lang: LexiconLanguage): Mention | undefined {
  const noun = ARTICLES[lang].includes(tokens[from]?.folded ?? "") || POSSESSIVE_DETERMINERS.has(tokens[from]?.folded ?? "") ? from + 1 : from;
  if (!REPORT_NOUNS[lang].has(tokens[noun]?.folded ?? "")) return undefined;
  // « selon un communiqué de l'archidiocèse de Bamenda repris par Radio Evangelium »: the statement's issuer, whoever carried it on.
  const issued = index.firstStarting(noun, noun + 1, (x) => x.cue.anaphor === "statement" && x.of !== undefined);
  if (issued?.of) return issued.of;
  const last = Math.min(tokens.length, noun + 1 + REPORT_AGENT_REACH);
  for (let k = noun + 1; k < last && (tokens[k]!.kind === "word" || tokens[k]!.kind === "number"); k += 1) {
    if (!REPORT_AGENT_WORDS[lang].has(tokens[k]!.folded)) continue;
    const agent = index.firstStarting(k + 1, k + 4, (x) => wordsOnly(tokens, k + 1, x.start) && x.cue.anaphor !== "statement");
    if (agent) return agent;
    // « par le CASEC de la zone, Wilner Pierre-Louis »: a body no list knows, by its capitalised name, and the person set off after it who speaks for it.
    const body = nameAfter(tokens, k + 1, lang);
    if (body === undefined) continue;
    const person = tokens[body.end]?.text === "," ? index.firstStarting(body.end + 1, body.end + 2, (x) => x.cue.role === "person") : undefined;
    return person ?? body;
  }
  return undefined;
}

/** Whether a verb is joined to the one before it (« parle de … et avance un bilan », "said … and added"): it shares its subject. */
function coordinated(tokens: readonly Token[], verb: number): boolean {
  let k = verb - 1;
  // "… but did not say how many", « … mais n'a pas précisé »: a denied verb is joined all the same.
  while (k >= 0 && (AUXILIARIES.has(tokens[k]!.folded) || NEGATIONS.has(tokens[k]!.folded) || tokens[k]!.folded === "n'")) k -= 1;
  return COORDINATORS.has(tokens[k]?.folded ?? "");
}

/**
 * Whether a verb follows the sentence's last saying after a comma, as the
 * next of a series (« X dément que …, évoque « … » et accuse … »): the last
 * speaker stood before its own verb, and no subject stands right after this
 * one (« …, a indiqué l'armée » has its own).
 */
function commaJoined(tokens: readonly Token[], last: Speech, index: MentionIndex, cue: { start: number; end: number }): boolean {
  if (tokens[cue.start - 1]?.text !== "," || last.cue.kind !== "verb" || last.speaker.end > last.at || last.at > cue.start) return false;
  // "…, a GLF spokesperson, Yohannes Bega, denied": a name set off by the comma is this verb's own subject.
  if (index.firstStarting(last.end, cue.start, (m) => m.end === cue.start - 1) !== undefined) return false;
  return index.firstStarting(cue.end, cue.end + 3) === undefined;
}

/** Words that join a second verb to the first one's subject ("and", "but", « et », « mais »). */
export const COORDINATORS: ReadonlySet<string> = new Set([...AND_WORDS, "but", "mais"]);

/** Whether tokens `from`…`to` are all words (« selon un élu local », "according to a local militia leader"). */
function wordsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t < to; t += 1) if (tokens[t]!.kind !== "word") return false;
  return true;
}

/**
 * A second speaker joined to a speaker by « et » / "and", who says the same
 * words: "…, the army and security officials said", "according to police
 * and residents", « selon l'armée et des sources locales ». The pair must
 * stand alone in its clause: "Residents fled and police said" joins no one.
 */
function partnerOf(tokens: readonly Token[], mentions: readonly Mention[], speaker: Mention, lang: LexiconLanguage): Mention | undefined {
  if (speaker.cue.anaphor !== undefined || speaker.cue.kind === "media") return undefined;
  const usable = (m: Mention | undefined) => m !== undefined && m !== speaker && m.cue.anaphor === undefined && m.cue.kind !== "media";
  if (AND_WORDS.has(tokens[speaker.end]?.folded ?? "")) {
    let start = speaker.end + 1;
    if (PHRASE_ARTICLES.has(tokens[start]?.folded ?? "")) start += 1;
    const after = mentionIndex(mentions).firstStarting(start, start);
    const next = after ? tokens[after.end] : undefined;
    if (
      usable(after) &&
      (next === undefined ||
        next.kind !== "word" ||
        NAME_ENDS.has(next.folded) ||
        INVERSION_GAP[lang].has(next.folded) ||
        next.folded === "said" ||
        next.folded === "say")
    )
      return after;
  }
  let k = speaker.start - 1;
  if (PHRASE_ARTICLES.has(tokens[k]?.folded ?? "")) k -= 1;
  if (!AND_WORDS.has(tokens[k]?.folded ?? "")) return undefined;
  const before = mentionIndex(mentions).firstEnding(k, k);
  if (!usable(before)) return undefined;
  let open = before!.start - 1;
  if (PHRASE_ARTICLES.has(tokens[open]?.folded ?? "")) open -= 1;
  const opening = tokens[open];
  return opening === undefined || opening.kind !== "word" || opening.folded === "to" || opening.folded === "selon" ? before : undefined;
}

function speech(cue: PatternMatch<SpeechCue>, speaker: Mention, relays: Mention[], inStatement: boolean): Speech {
  return { at: cue.start, end: cue.end, cue: cue.data, speaker, relays, inStatement };
}

/**
 * Several cues of one speaker in a clause («  a affirmé… et a précisé ») are
 * one act of speech; the first is kept. A denial joined to a verb that
 * denies nothing ("told AFP the group had clashed with militiamen and
 * denied attacking civilians", « affirment avoir visé… et démentent avoir
 * ciblé des civils ») is a second act, whose words it denies; so is a verb
 * that denies nothing after a denial (« dément que le groupe ait subi de
 * telles pertes, évoque « cinq camarades tombés » »), whose words it does not.
 * An accusation or a participle after a denial ("rejected the allegation,
 * saying its men were ambushed", "denied any involvement and accused …")
 * stays part of it: it says why, and is read with the denial.
 */
function dedupeBySpeaker(speeches: Speech[], tokens: readonly Token[]): Speech[] {
  const out: Speech[] = [];
  const at = new Map<number, number>();
  for (const s of speeches) {
    const k = at.get(s.speaker.start);
    const same = k === undefined ? undefined : out[k]!;
    if (k === undefined || same === undefined) {
      at.set(s.speaker.start, out.length);
      out.push(s);
    } else if (same.cue.kind === "verb" && s.cue.kind === "responsibility") out[k] = { ...s, relays: [...same.relays, ...s.relays] };
    else if (isDenial(s.cue) && !isDenial(same.cue) && s.at > same.end) out.push({ ...s, relays: same.relays });
    else if (isDenial(same.cue) && !isDenial(s.cue) && s.at > same.end && tokens[s.at - 1]?.text === "," && !justifies(tokens[s.at]!.folded))
      out.push({ ...s, relays: same.relays });
  }
  return out;
}

/** Whether a verb after a denial says why rather than something new: a participle ("saying", « affirmant ») or an accusation. */
function justifies(verb: string): boolean {
  return PRESENT_PARTICIPLE.test(verb) || ACCUSATION.test(verb);
}

/** Whether token `t` is a courtesy title or the full stop after one. */
function honorific(tokens: readonly Token[], t: number): boolean {
  return HONORIFICS.has(tokens[t]!.folded) || (tokens[t]!.text === "." && HONORIFICS.has(tokens[t - 1]?.folded ?? ""));
}

function mentionAfter(mentions: readonly Mention[], from: number, reach: number, tokens: readonly Token[], lang: LexiconLanguage): Mention | undefined {
  const m = mentionIndex(mentions).firstStarting(from, from + reach);
  if (m === undefined) return undefined;
  for (let t = from; t < m.start; t += 1) if (!INVERSION_GAP[lang].has(tokens[t]!.folded) && !honorific(tokens, t)) return undefined;
  return m;
}

function mentionBefore(mentions: readonly Mention[], before: number, reach: number): Mention | undefined {
  return mentions[mentionIndex(mentions).lastEndingIndex(before - reach, before)];
}

/**
 * The subject of a verb of saying: inverted after it when the verb follows
 * a comma or a quotation (« », affirme l'armée »), else the nearest mention
 * before it in its clause, passing over one apposition between commas.
 */
function subjectOf(tokens: readonly Token[], mentions: readonly Mention[], cue: PatternMatch<SpeechCue>, lang: LexiconLanguage): Mention | undefined {
  const apposed = appositionSubject(tokens, mentions, cue.start);
  if (apposed) return apposed;
  const previous = tokens[cue.start - 1];
  // `"They came at night," said X`: a quotation that closes on its own punctuation; `calls himself "General Sagard" claimed` quotes a name.
  const quoteClosed = (previous?.text === "”" || previous?.text === '"') && [",", ".", "?", "!", "…"].includes(tokens[cue.start - 2]?.text ?? "");
  const inverted = previous === undefined || previous.text === "," || previous.text === "»" || quoteClosed || previous.kind === "break";
  let k = cue.start - 1;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.folded)) k -= 1;
  const before = tokens[k];
  // "…, Malam Ahmed Mohammed, told The Punch that …": who is told comes after "told", never who speaks.
  if ((inverted || before?.text === ",") && !TOLD_WORDS.has(tokens[cue.start]!.folded)) {
    // « a indiqué à l'AFP un élu local », "said in a statement the ministry": pass over the relay to the speaker.
    let from = cue.end;
    for (let tries = 0; tries < 3; tries += 1) {
      const after = mentionAfter(mentions, from, 5, tokens, lang);
      if (after === undefined) break;
      const relayed =
        after.cue.kind === "media" &&
        RELAY_BEFORE.has(tokens[after.start - 1]?.folded === "l'" ? (tokens[after.start - 2]?.folded ?? "") : (tokens[after.start - 1]?.folded ?? ""));
      if (!relayed && !(after.cue.kind === "media" && ["told", "tells"].includes(tokens[cue.start]!.folded))) return after;
      from = after.end;
    }
    const named = nameAfter(tokens, from, lang);
    if (named) return named;
  }
  // Before: the nearest mention ending within reach of the verb, or before an apposition « , …, ».
  let limit = cue.start - SUBJECT_GAP;
  let end = cue.start;
  if (before?.text === ",") {
    let open = k - 1;
    while (open >= 0 && tokens[open]!.text !== "," && (tokens[open]!.kind !== "break" || isAbbreviationDot(tokens, open)) && cue.start - open < 25) open -= 1;
    if (open >= 0 && tokens[open]!.text === ",") {
      end = open;
      limit = open - SUBJECT_GAP;
    }
  }
  // « le Groupe de soutien à l'islam et aux musulmans (JNIM, lié à Al-Qaïda) a revendiqué »: the name glossed, before the parentheses.
  if (before?.text === ")") {
    let open = k - 1;
    while (open >= 0 && open > k - GLOSS_REACH - 2 && tokens[open]!.text !== "(") open -= 1;
    if (tokens[open]?.text === "(" && inParentheticalGloss(tokens, k)) {
      end = open;
      limit = open - SUBJECT_GAP;
    }
  }
  // The last mention that ends by then (found by index, not by walking back over every mention after the verb).
  const last = mentions[mentionIndex(mentions).lastEndingBy(end)];
  // `A separatist commander who calls himself "General Sagard" claimed`: the name he gives himself, quoted in the relative clause, is his.
  const self = last && selfNamed(tokens, mentions, last);
  const mention = self ?? last;
  // "A doctor at the District Headquarters Hospital in Tank said": the place of the speaker, however long, stands between them.
  // "a resident who lost two cousins in the strike said": a relative clause about the speaker, however long, stands between them.
  // "A doctor at the San Jose university hospital in Popayan, who asked not to be named, said": the place, then an apposition.
  const placed =
    self !== undefined ||
    (mention !== undefined &&
      mention.end < limit &&
      (end === cue.start
        ? isSpeakerComplement(tokens, mention.end, k + 1, lang) || relativeClause(tokens, mention.end, k + 1)
        : isSpeakerComplement(tokens, mention.end, end, lang)));
  if (mention === undefined || (mention.end < limit && !placed)) {
    // "An indigene of the village, Malam Ahmed Mohammed, told …": no speaker before the apposition, the person set off in it speaks.
    const inside = end < cue.start ? mentions[mentionIndex(mentions).lastEndingBy(k)] : undefined;
    if (inside?.person !== undefined && inside.end === k && inside.start > end) return inside;
    // "The Nkwen Youth Forum, a Bamenda-based group, said": a body no list knows, named before the apposition that says what it is.
    return nameBefore(tokens, k) ?? (end < cue.start ? nameBefore(tokens, end - 1) : undefined);
  }
  // « Le JNIM, qui a revendiqué l'attaque, affirme… », "Al-Shabaab, which claimed the attack, said": the relative's verb is the name's.
  if (end === cue.start && opensSubjectRelative(tokens, mention.end, k + 1)) return mention;
  // A comma between them puts the mention in an earlier clause (« …province on Friday, Lusa reported »), unless it closes an apposition.
  for (let t = mention.end; t < end; t += 1)
    if (THAT_WORDS.has(tokens[t]!.folded) || tokens[t]!.kind === "break" || (end === cue.start && tokens[t]!.text === ",")) return nameBefore(tokens, k);
  return mention;
}

/**
 * The speaker a quoted name belongs to when the name stands in a relative
 * clause about them (`a separatist commander who calls himself "General
 * Sagard"`): the mention that ends right before "who".
 */
function selfNamed(tokens: readonly Token[], mentions: readonly Mention[], quoted: Mention): Mention | undefined {
  const mark = tokens[quoted.start - 1]?.text ?? "";
  if (!OPENING_QUOTE_MARKS.has(mark) && mark !== '"') return undefined;
  for (let k = quoted.start - 2; k >= 0 && k >= quoted.start - 6; k -= 1) {
    if (!SUBJECT_RELATIVES.has(tokens[k]!.folded)) continue;
    const before = mentions[mentionIndex(mentions).lastEndingBy(k)];
    return before?.end === k ? before : undefined;
  }
  return undefined;
}

/** Words that make a clause a time the sentence is placed at ("after", « après que »), and the words of how long before them ("weeks after"). */
const TIME_CONJUNCTIONS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["apres", "avant", "depuis", "lorsque", "quand"]),
  en: new Set(["after", "before", "since", "until", "when", "shortly", "just"]),
};
const TIME_SPANS = new Set(["days", "weeks", "months", "hours", "years", "day", "week", "month", "jours", "semaines", "mois", "heures", "que", "qu'"]);

/**
 * Where the clause of time starts whose subject is at `subject` ("weeks
 * after the president announced", « quelques jours après que le ministre a
 * annoncé »), if it is one: the saying places the sentence in time, and the
 * words before that clause are not its. A clause that opens the sentence
 * ("After the army said…, residents…") takes nothing away.
 */
function timeClauseStart(tokens: readonly Token[], subject: number, lang: LexiconLanguage): number | undefined {
  let k = subject - 1;
  // "after Prime Minister X": a title the mention left out is the subject's too.
  while (k > 0 && (ARTICLES[lang].includes(tokens[k]!.folded) || TIME_SPANS.has(tokens[k]!.folded) || isCapitalisedWord(tokens[k]!))) k -= 1;
  if (k <= 0 || !TIME_CONJUNCTIONS[lang].has(tokens[k]!.folded)) return undefined;
  // "weeks after": the span of time opens the clause too.
  while (k > 0 && TIME_SPANS.has(tokens[k - 1]!.folded)) k -= 1;
  return k;
}

/** Words that deny the verb after them ("not", "never", « pas », « jamais »). */
export const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't", "pas", "jamais", "plus", "nobody", "no"]);
/** How far before a verb its negation may stand ("has not yet claimed", « n'a toujours pas revendiqué »). */
const NEGATION_REACH = 3;

/**
 * Whether the verb at `at` is denied by the words just before it in its
 * clause: "has not claimed", "did not claim", "has yet to claim", « n'a pas
 * revendiqué ».
 */
export function negated(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 2]?.folded === "yet" && tokens[at - 1]?.folded === "to") return true;
  for (let t = at - 1; t >= 0 && t >= at - NEGATION_REACH; t -= 1) {
    const token = tokens[t]!;
    if (token.kind !== "word") return false;
    if (NEGATIONS.has(token.folded) || token.folded.endsWith("n't")) return true;
  }
  return false;
}

/**
 * The subject of the sentence's main clause, for a participle of saying that
 * has no speech before it ("When contacted, the district police officer
 * declined to comment on the casualties, saying the matter was sensitive"):
 * the first mention before `before` that opens the sentence or follows a
 * comma, its article aside (an opening clause of time or place ends with
 * one). A mention after a preposition ("of the army") is no subject.
 */
function sentenceSubject(tokens: readonly Token[], subjects: readonly Mention[], before: number, lang: LexiconLanguage): Mention | undefined {
  for (const m of subjects) {
    if (m.end > before) return undefined;
    let k = m.start - 1;
    // "the district police officer": a word or two that qualify the noun, no verb or preposition among them;
    // "Marsabit County Commissioner Paul Rotich": or the names of the place whose office it is;
    // "the internationally recognized government": or an adverb and the participle it qualifies.
    for (let modifiers = 0; k >= 0 && modifiers < 2; modifiers += 1) {
      if (isModifier(tokens[k]!, lang) || isCapitalisedWord(tokens[k])) k -= 1;
      else if (k > 0 && tokens[k]!.kind === "word" && tokens[k]!.folded.endsWith("ed") && tokens[k - 1]!.folded.endsWith("ly")) k -= 2;
      else break;
    }
    while (k >= 0 && ARTICLES[lang].includes(tokens[k]!.folded)) k -= 1;
    if (k < 0 || tokens[k]!.kind === "break" || tokens[k]!.text === ",") return possessed(tokens, subjects, m) ?? m;
  }
  return undefined;
}

/** "the government's information minister": the mention a possessor's mention owns, right after it, if any. */
function possessed(tokens: readonly Token[], subjects: readonly Mention[], owner: Mention): Mention | undefined {
  if (!(tokens[owner.end - 1]?.folded.endsWith("'s") ?? false)) return undefined;
  return subjects.find((m) => m.start === owner.end);
}

/**
 * Whether a word may qualify a subject's noun before it ("district" of "the
 * district police officer"): lower-case, no preposition, article or
 * conjunction, and no past participle or French adjective ending in -e.
 */
function isModifier(token: Token, lang: LexiconLanguage): boolean {
  if (token.kind !== "word" || token.text !== token.folded || /(?:ed|e|es)$/u.test(token.folded)) return false;
  return !PRONOUN_OBJECT_BEFORE[lang].has(token.folded) && !ARTICLES[lang].includes(token.folded) && !COORDINATORS.has(token.folded);
}

/** The most tokens a relative clause between a speaker and the verb holds. */
const LONGEST_RELATIVE = 12;

/**
 * Whether tokens `from`…`to` are one relative clause about the speaker
 * before them, with no mark inside ("who lost two cousins in the strike",
 * « qui a perdu deux cousins dans la frappe »).
 */
function relativeClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (!SUBJECT_RELATIVES.has(tokens[from]?.folded ?? "") || to - from > LONGEST_RELATIVE) return false;
  for (let t = from + 1; t < to; t += 1) if (tokens[t]!.kind !== "word" && tokens[t]!.kind !== "number") return false;
  return true;
}

/**
 * Whether tokens `from`…`to` are only a comma and a subject relative pronoun
 * (« , qui », ", which"): the verb right after is the one of the name before
 * the comma.
 */
function opensSubjectRelative(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from === 2 && tokens[from]?.text === "," && SUBJECT_RELATIVES.has(tokens[from + 1]!.folded);
}

/**
 * A one-word name right before a verb of saying at the start of its clause
 * (« …, Lusa reported », "…, Hassan said"), which no list knows; an
 * acronym may take its article ("…, the ISPR said", « …, a indiqué… » aside).
 */
function nameBefore(tokens: readonly Token[], at: number): Mention | undefined {
  const word = tokens[at];
  if (word === undefined || word.kind !== "word" || word.text[0] === word.text[0]!.toLowerCase() || word.text.length < 3) return undefined;
  const long = longNameBefore(tokens, at);
  if (long) return long;
  // "the ISPR said", "the NDMA said": a body known by its acronym, with its article.
  const acronym = word.text === word.text.toUpperCase() && word.text.toLowerCase() !== word.text;
  // "…, the national prisons agency SNAI said": the acronym after the words that say what the body is.
  const described = acronym ? describedFrom(tokens, at) : at;
  if (described < at) return { start: described, end: at + 1, cue: { kind: "other", role: "named" }, name: word.text };
  const article = acronym && ACRONYM_ARTICLES.has(tokens[at - 1]?.folded ?? "");
  const opening = article ? tokens[at - 2] : tokens[at - 1];
  // "The ISPR said five soldiers…": an acronym with its article may also open the sentence.
  const opensSentence = article && (opening === undefined || opening.kind === "break");
  if (!opensSentence && (opening === undefined || opening.kind === "break" || opening.text !== ",")) return undefined;
  return { start: at, end: at + 1, cue: { kind: "other", role: "named" }, name: word.text };
}

/** The most lower-case words that may say what a body is before its acronym ("the national prisons agency SNAI"). */
const LONGEST_DESCRIPTION = 4;

/**
 * Where the words that describe an acronym start: its article after a comma
 * or at the sentence's start, then one to four lower-case words (", the
 * national prisons agency SNAI said"); `at` itself when there are none.
 */
function describedFrom(tokens: readonly Token[], at: number): number {
  let start = at;
  const described = (t: Token) => t.kind === "word" && t.text === t.folded && !ACRONYM_ARTICLES.has(t.folded);
  while (start > 0 && at - start < LONGEST_DESCRIPTION && described(tokens[start - 1]!)) start -= 1;
  if (start === at || start === 0 || !ACRONYM_ARTICLES.has(tokens[start - 1]!.folded)) return at;
  const opening = tokens[start - 2];
  return opening === undefined || opening.kind === "break" || opening.text === "," ? start - 1 : at;
}

/** The most words of a body's name no list knows ("the Kani Township Council", "the Emergency Medicine Centre"). */
const LONGEST_BODY_NAME = 5;

/**
 * A body's name of two to five capitalised words no list knows, ending
 * right before a verb of saying at the start of its clause, with or without
 * its article ("…, the Emergency Medicine Centre said").
 */
function longNameBefore(tokens: readonly Token[], at: number): Mention | undefined {
  let start = at;
  // "the Global New Light of Myanmar": one small word of a name between its capitalised words.
  const inner = (t: number) => PARTICLES.has(tokens[t]?.folded ?? "") && isCapitalisedWord(tokens[t - 1]);
  // "The Nkwen Youth Forum said": a capitalised article that opens the sentence is the name's article, not its first word.
  const named = (t: number) => (isCapitalisedWord(tokens[t]) && !ACRONYM_ARTICLES.has(tokens[t]!.folded)) || inner(t);
  while (start > 0 && at - start < LONGEST_BODY_NAME - 1 && named(start - 1)) start -= 1;
  if (start === at || !isCapitalisedWord(tokens[start])) return undefined;
  // "The junta-controlled Global New Light of Myanmar reported": a hyphenated word that says whose it is, between the article and the name.
  const qualified = isQualifier(tokens[start - 1]) && ACRONYM_ARTICLES.has(tokens[start - 2]?.folded ?? "") ? 1 : 0;
  const article = ACRONYM_ARTICLES.has(tokens[start - 1 - qualified]?.folded ?? "");
  const opening = article ? tokens[start - 2 - qualified] : tokens[start - 1];
  // "The Emergency Medicine Centre said…": with its article, the name may also open the sentence.
  const opensSentence = article && (opening === undefined || opening.kind === "break");
  if (!opensSentence && (opening === undefined || opening.text !== ",")) return undefined;
  return { start, end: at + 1, cue: { kind: "other", role: "named" }, name: joinTokens(tokens, start, at + 1) };
}

/** A lower-case hyphenated word that says whose an outlet is ("state-run", "junta-controlled", « pro-gouvernemental »). */
function isQualifier(token: Token | undefined): boolean {
  return token !== undefined && token.kind === "word" && token.text === token.folded && token.text.includes("-");
}

/** Words that name whose body it is before its name ("the country's", "the city's"): the name comes after them. */
function pastOwner(tokens: readonly Token[], from: number): number {
  const owner = tokens[from + 1];
  return tokens[from]?.folded === "the" && owner?.kind === "word" && owner.folded.endsWith("'s") && !isCapitalisedWord(owner) ? from + 2 : from;
}

/** Articles an acronym may take before a verb of saying ("the ISPR said", « la DIRPA a indiqué »). */
const ACRONYM_ARTICLES = new Set(["the", "la", "le", "l'"]);

/** Auxiliaries that, opening the words between two commas, make them the sentence's own verb phrase, not an apposition. */
const CLAUSE_VERBS = new Set(["ont", "sont", "est", "etaient", "ete", "avaient", "have", "has", "had", "were", "was", "been"]);

const FIRST_CLAUSE_VERB = new WeakMap<readonly Token[], number>();

/** Where the sentence's first auxiliary of {@link CLAUSE_VERBS} stands (`tokens.length` if none), found once per sentence. */
function firstClauseVerb(tokens: readonly Token[]): number {
  let at = FIRST_CLAUSE_VERB.get(tokens);
  if (at === undefined) {
    at = tokens.findIndex((t) => CLAUSE_VERBS.has(t.folded));
    if (at < 0) at = tokens.length;
    FIRST_CLAUSE_VERB.set(tokens, at);
  }
  return at;
}

/** Words that open a clause joined to the sentence, never an apposition. */
const CONJUNCTIONS = new Set([...COORDINATORS, "tandis", "alors", "while", "whereas"]);
/** Finite verbs that make the words between two commas a clause of their own, not an apposition. */
const FINITE_VERBS = new Set([...CLAUSE_VERBS, "sont", "serait", "seraient", "aurait", "auraient", "avait", "is", "are"]);

/** Words between a subject's apposition and its verb: auxiliaries and adverbs (« a de son côté dénoncé », « a pour sa part indiqué », "has also said"). */
const AUXILIARIES = new Set([
  "a",
  "ont",
  "avait",
  "avaient",
  "has",
  "had",
  "have",
  "also",
  "later",
  "then",
  "did",
  "would",
  "will",
  "de",
  "son",
  "cote",
  "pour",
  "sa",
  "part",
]);

/** Words of a refusal before the verb of saying it governs ("X, Y, declined to give a toll", « a refusé de donner un bilan »): its subject is the refuser. */
const REFUSING: readonly string[] = ["to", "declined", "refused", "refuse"];

/**
 * Words that may stand between a subject and its verb of saying: the
 * auxiliaries and adverbs of {@link AUXILIARIES}, the conditional, and
 * adverbs of time and addition (« a également indiqué », « a par ailleurs
 * précisé », « aurait finalement reconnu », "had previously said").
 */
const BEFORE_VERB: ReadonlySet<string> = new Set([
  ...AUXILIARIES,
  "aurait",
  "auraient",
  "previously",
  "egalement",
  "aussi",
  "encore",
  "deja",
  "ensuite",
  "finalement",
  "en",
  "outre",
  "par",
  "ailleurs",
  // « a quant à lui reconnu », « a pour sa part indiqué », "for his part": the subject set apart from the speaker before.
  "quant",
  "a",
  "lui",
  "elle",
  "eux",
  "elles",
  "pour",
  "sa",
  "son",
  "leur",
  "part",
  ...REFUSING,
]);

/** Determiners that open the object of a verb ("raided the village", "killed several people"). */
const OBJECT_OPENERS = new Set(["the", "a", "an", "its", "their", "his", "her", "several", "some", "dozens", "scores"]);

/**
 * Whether tokens `from`…`to` hold an English past verb followed by its
 * object ("raided the Gakurdi village"): a clause of its own, where a
 * participle in apposition is followed by a preposition ("quoted by Lusa",
 * "known as bandits", "deployed in the province").
 */
function hasVerbWithObject(tokens: readonly Token[], from: number, to: number): boolean {
  for (let t = from; t + 1 < to; t += 1) if (/^\p{L}{3,}ed$/u.test(tokens[t]!.folded) && OBJECT_OPENERS.has(tokens[t + 1]!.folded)) return true;
  return false;
}

/**
 * Whether a mention starting at `start` stands after a past verb and its
 * object in its own clause ("The attackers stormed Mbakor-Ikyaan in Gwer
 * West local government area"): part of what the clause says, never its
 * subject. The clause opens after the last comma or sentence break.
 */
function inPredicate(tokens: readonly Token[], start: number): boolean {
  let open = start - 1;
  while (open >= 0 && (tokens[open]!.kind === "word" || tokens[open]!.kind === "number")) open -= 1;
  for (let t = open + 1; t + 1 < start; t += 1) {
    const next = tokens[t + 1]!;
    if (/^\p{L}{3,}ed$/u.test(tokens[t]!.folded) && (OBJECT_OPENERS.has(next.folded) || (next.text !== next.folded && next.kind === "word"))) return true;
  }
  return false;
}

/**
 * The subject before an apposition that ends right before the verb: « L'armée
 * malienne, soutenue par Wagner, assure… », "Police commander Tomas Langa,
 * quoted by Lusa, said…". The apposition opens with a comma that follows the
 * subject's mention (or its complement) by at most five words.
 */
function appositionSubject(tokens: readonly Token[], mentions: readonly Mention[], verb: number): Mention | undefined {
  let k = verb - 1;
  while (k >= 0 && BEFORE_VERB.has(tokens[k]!.folded)) k -= 1;
  // `part of its "East Asia Province," claimed`: the comma that closes the apposition may stand inside the quotation mark.
  if (QUOTE_MARKS.has(tokens[k]?.text ?? "") && tokens[k - 1]?.text === ",") k -= 1;
  if (tokens[k]?.text !== ",") return undefined;
  let open = k - 1;
  // "the army spokesman, Brig. Gen. X, said": a title's dot ends no apposition.
  while (open >= 0 && tokens[open]!.text !== "," && (tokens[open]!.kind !== "break" || isAbbreviationDot(tokens, open)) && k - open < 25) open -= 1;
  if (open < 0 || tokens[open]!.text !== ",") return undefined;
  // « « Ils ont pris des femmes, des enfants », a raconté X »: a comma inside a quotation opens no apposition,
  // and neither does a clause with its own verb (« dont un supplétif des forces de sécurité, ont été tuées …, ont indiqué des sources »).
  if (CLAUSE_VERBS.has(tokens[open + 1]?.folded ?? "")) return undefined;
  // « …, et une centaine de suspects seraient aux mains des forces nigériennes, a indiqué l'armée »: a clause joined by
  // « et » is the sentence's own, whose verb has its subject after it; and so is any clause with a verb but a relative one.
  if (CONJUNCTIONS.has(tokens[open + 1]?.folded ?? "")) return undefined;
  // "Islamic State, to which the ADF has pledged allegiance, claimed": a relative pronoun may follow its preposition.
  const relative = RELATIVE_PRONOUNS.has(tokens[open + 1]?.folded ?? "") || RELATIVE_PRONOUNS.has(tokens[open + 2]?.folded ?? "");
  // A relative clause may quote a name ("which counts them as part of its "East Asia Province,""); any other quotation is no apposition.
  for (let t = open + 1; t < k; t += 1)
    if ((!relative && QUOTE_MARKS.has(tokens[t]!.text)) || (!relative && FINITE_VERBS.has(tokens[t]!.folded))) return undefined;
  // "The gunmen, locally known as bandits, raided the village on Tuesday, said X": a past verb with its object is the clause, not an apposition.
  if (!relative && hasVerbWithObject(tokens, open + 1, k)) return undefined;
  // The last mention, by index, that either spans the apposition or ends before it.
  const index = mentionIndex(mentions);
  // « Le gouverneur de la province, Ali Souleymane, a indiqué »: the role and the name are one mention across the apposition.
  const across = index.lastEndingIndex(k, k, (m) => m.start < open);
  const before = index.lastEndingBy(open);
  if (across >= 0 && across > before) return mentions[across];
  const mention = mentions[before];
  // "The commander of the Kwara Hunters and Vigilante Service in Baruten, Hassan Yero, claimed", "The brother of X, Y, said":
  // a person named in the apposition, after another person's name inside the role's words, is the role's holder who speaks.
  const holder = mention?.person !== undefined ? index.firstStarting(open + 1, open + 1, (m) => m.person !== undefined && m.end === k) : undefined;
  if (holder) return holder;
  if (mention === undefined || mention.end < open - 7) return undefined;
  // "The attackers stormed the village late on Sunday, shooting at residents, said X": a mention with its own verb and object
  // before the comma is the clause's subject, and what follows the comma is no apposition of it; nor is a mention inside
  // that verb's predicate ("stormed Mbakor-Ikyaan in Gwer West local government area").
  if (hasVerbWithObject(tokens, mention.end, open) || inPredicate(tokens, mention.start)) return undefined;
  // « Plusieurs soldats ont été tués … de l'armée, dans la région de Ménaka, ont indiqué X »: a mention after the clause's own verb is no subject.
  if (firstClauseVerb(tokens) < mention.start) return undefined;
  return mention;
}

/**
 * Relays of an act of speech whose speaker and cue span tokens `from`…`to`:
 * « cité par Y » or « joint par Y » inside that span or just after it,
 * "told Y", « a déclaré à Y ».
 */
function relaysAround(
  tokens: readonly Token[],
  mentions: readonly Mention[],
  from: number,
  to: number,
  cues: readonly PatternMatch<SpeechCue>[],
  lang: LexiconLanguage,
): Mention[] {
  const relays: Mention[] = [];
  const index = mentionIndex(mentions);
  // Cues stand in the order of the sentence: only those from `from` on are read.
  const relayCues = relayCuesOf(cues);
  for (let c = firstAtOrAfter(relayCues, from, (cue) => cue.start); c < relayCues.length && relayCues[c]!.start <= to + 12; c += 1) {
    const cue = relayCues[c]!;
    const m = index.firstStarting(cue.end, cue.end + 2, (x) => wordsOnly(tokens, cue.end, x.start) && x.cue.role !== "pronoun");
    if (m) relays.push(m);
  }
  // « Dans un communiqué lu dimanche à l'ORTM, le gouvernorat… », "In a statement read on Channels TV, the army…": the
  // channel named in the opening clause, which closes with a comma right before the speaker.
  for (let c = firstAtOrAfter(relayCues, from - OPENING_REACH, (cue) => cue.start); c < relayCues.length && relayCues[c]!.start < from; c += 1) {
    const cue = relayCues[c]!;
    const m = index.firstStarting(cue.end, cue.end + 2, (x) => wordsOnly(tokens, cue.end, x.start) && x.cue.kind === "media");
    if (m && tokens[m.end]?.text === "," && onlyArticlesBetween(tokens, m.end + 1, from, lang) && !relays.includes(m)) relays.push(m);
  }
  const told = toldOf(tokens);
  for (let k = firstAtOrAfter(told, from, (t) => t); k < told.length && told[k]! < Math.min(tokens.length, to + 3); k += 1) {
    const t = told[k]!;
    const m = index.firstStarting(t + 1, t + 2, (x) => x.cue.kind === "media");
    if (m && !relays.includes(m)) relays.push(m);
  }
  // « a déclaré à l'AFP un élu », « …, a déclaré un élu à l'AFP »: who is told stands after the verb, before or after its subject.
  for (let t = from; t < Math.min(tokens.length, to + 3); t += 1) {
    if (tokens[t]!.folded !== "a" && tokens[t]!.folded !== "au" && tokens[t]!.folded !== "aupres") continue;
    const m = index.firstStarting(t + 1, t + 2, (x) => x.cue.kind === "media");
    if (m && !relays.includes(m)) relays.push(m);
  }
  return relays;
}

/** How many tokens before its speaker a clause that opens the sentence may name the channel that carried the words. */
const OPENING_REACH = 15;

/** Whether tokens `from`…`to` are articles only (the speaker's own, « le gouvernorat », "the army"). */
function onlyArticlesBetween(tokens: readonly Token[], from: number, to: number, lang: LexiconLanguage): boolean {
  for (let t = from; t < to; t += 1) if (!ARTICLES[lang].includes(tokens[t]!.folded)) return false;
  return true;
}

const RELAY_CUES = new WeakMap<readonly PatternMatch<SpeechCue>[], PatternMatch<SpeechCue>[]>();

/** The relay cues among a sentence's cues, in order, found once per sentence. */
function relayCuesOf(cues: readonly PatternMatch<SpeechCue>[]): readonly PatternMatch<SpeechCue>[] {
  let relays = RELAY_CUES.get(cues);
  if (relays === undefined) {
    relays = cues.filter((c) => c.data.kind === "relay");
    RELAY_CUES.set(cues, relays);
  }
  return relays;
}

const TOLD = new WeakMap<readonly Token[], number[]>();

/** Where "told" and "tells" stand in a sentence, found once per sentence. */
function toldOf(tokens: readonly Token[]): readonly number[] {
  let told = TOLD.get(tokens);
  if (told === undefined) {
    told = [];
    for (let t = 0; t < tokens.length; t += 1) if (tokens[t]!.folded === "told" || tokens[t]!.folded === "tells") told.push(t);
    TOLD.set(tokens, told);
  }
  return told;
}

/** The first index of `items` (in ascending order of `key`) whose key is at least `at`, by bisection. */
function firstAtOrAfter<T>(items: readonly T[], at: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (key(items[mid]!) < at) low = mid + 1;
    else high = mid;
  }
  return low;
}
