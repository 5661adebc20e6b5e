import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";
import { PHRASE_ARTICLES } from "./articles.js";

/**
 * Every relative pronoun, French and English: the words that open a
 * relative clause (", to which the ADF pledged allegiance in 2019,",
 * « L'armée, qui est sur place, a indiqué »).
 */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set([
  "qui",
  "que",
  "dont",
  "ou",
  "lequel",
  "laquelle",
  "lesquels",
  "lesquelles",
  "auquel",
  "auxquels",
  "who",
  "whom",
  "which",
  "whose",
  "where",
]);

/**
 * Nouns of events and of wars, whose relative clause tells their own time:
 * "the attack, which began at dawn on Sunday," dates the attack, and "the
 * war, which began in April 2023, has killed tens of thousands" tells a
 * total of another time. Nouns only, not eventDates' `EVENT_WORDS`: a verb
 * before the comma ("attacked the camp, which was built in 2019,") leaves
 * the clause describing its object.
 */
const TIMED_NOUNS = new Set([
  "attack",
  "attaque",
  "raid",
  "assault",
  "assaut",
  "ambush",
  "embuscade",
  "strike",
  "frappe",
  "bombing",
  "attentat",
  "massacre",
  "fighting",
  "clashes",
  "combats",
  "affrontements",
  "war",
  "guerre",
  "conflict",
  "conflit",
  "insurgency",
  "insurrection",
  "rebellion",
  "crisis",
  "crise",
  "violence",
  "violences",
]);

/** How many words may stand between a comma and the relative pronoun of its clause (", an armed group that…", ", to which…"). */
const PRONOUN_REACH = 5;

/**
 * The relative clause set off by a comma that token `at` stands in ("The
 * Islamic State group, to which the ADF pledged allegiance in 2019, claimed
 * the attack", "He blamed the GLF, an armed group that rejected a peace deal
 * signed in 2022."): what the clause dates is the noun it describes, not the
 * sentence's event. The clause opens within five words after its comma (a
 * preposition, or the noun of an apposition, may come first) and runs to the
 * next comma; with `toSentenceEnd`, it may run to the sentence's end instead,
 * which only a year is read through (a clause at the end that tells of a
 * day, "…, which attacked the village on Monday.", may tell this incident's
 * own). A clause on an event or a war
 * ({@link TIMED_NOUNS}, named since the comma before) dates that event or
 * war, so it is not set aside.
 *
 * @returns Token indices `[start, end)` from the comma's next word to the clause's end, or `undefined`.
 * @example
 * const tokens = tokenize("He blamed the GLF, an armed group that rejected a deal in 2022.", "en");
 * relativeClauseAround(tokens, tokens.findIndex((t) => t.text === "2022")) !== undefined;
 * //=> true
 */
export function relativeClauseAround(tokens: readonly Token[], at: number, toSentenceEnd = false): readonly [number, number] | undefined {
  let comma = at - 1;
  while (comma >= 0 && tokens[comma]!.text !== ",") comma -= 1;
  if (comma < 0) return undefined;
  const opening = tokens.slice(comma + 1, comma + 1 + PRONOUN_REACH);
  // ", an armed group that…": an apposition opens with its article right after the comma.
  const apposed = PHRASE_ARTICLES.has(opening[0]?.folded ?? "");
  // "that" opens reported speech too ("…, told The Associated Press that"); after the noun of an apposition it is relative.
  const pronoun = opening.findIndex((t, k) => RELATIVE_PRONOUNS.has(t.folded) || (t.folded === "that" && apposed && k > 1));
  if (pronoun < 0) return undefined;
  // The clause describes the apposition's noun, which says whether it is an event's.
  const apposition = opening.slice(0, pronoun);
  if (apposed && pronoun > 1) {
    if (apposition.some((t) => TIMED_NOUNS.has(t.folded))) return undefined;
  } else {
    // "The war between the army and the RSF, which broke out in April 2023,": the noun may stand a few words before the comma.
    if (namesEventBefore(tokens, comma)) return undefined;
  }
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.text !== "," && tokens[end]!.kind !== "break") end += 1;
  // The clause closes with a comma; or, when asked, with the sentence (only marks follow it).
  const closes = tokens[end]?.text === "," || (toSentenceEnd && tokens.slice(end).every((t) => t.kind === "mark" || t.kind === "break"));
  if (!closes) return undefined;
  return [comma + 1, end];
}

/**
 * Whether token `at` stands in a relative clause set off by commas: see
 * {@link relativeClauseAround}; with `toSentenceEnd`, or closed by the
 * sentence's end.
 *
 * @example
 * const tokens = tokenize("The group, to which the ADF pledged allegiance in 2019, claimed it.", "en");
 * inRelativeClause(tokens, tokens.findIndex((t) => t.text === "2019"));
 * //=> true
 */
export function inRelativeClause(tokens: readonly Token[], at: number, toSentenceEnd = false): boolean {
  return relativeClauseAround(tokens, at, toSentenceEnd) !== undefined;
}

/** Whether an event or a war ({@link TIMED_NOUNS}) is named in the clause that ends at the comma `comma` ("The war between the army and the RSF, which…"). */
function namesEventBefore(tokens: readonly Token[], comma: number): boolean {
  for (let t = comma - 1; t >= 0 && tokens[t]!.text !== "," && tokens[t]!.kind !== "break"; t -= 1) if (TIMED_NOUNS.has(tokens[t]!.folded)) return true;
  return false;
}

/** Auxiliaries of a main verb right after an apposition (« …, ont démenti », "…, has denied"). */
const MAIN_VERB_AUXILIARIES: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["a", "ont", "avait", "avaient"]),
  en: new Set(["has", "have", "had", "was", "were", "said"]),
};

/**
 * The apposition set off by two commas between a subject and its verb that
 * token `at` stands in (« les FSR, en guerre contre l'armée depuis avril
 * 2023, ont démenti », "the RSF, at war with the army since April 2023,
 * denied"): what it dates is the subject, not the sentence's event. The
 * closing comma is followed by an auxiliary or, in English, a verb in the
 * past; an apposition on an event or a war ({@link TIMED_NOUNS} before its
 * comma: "the war, which began in 2023, has killed") dates that event, so it
 * is not set aside.
 *
 * @returns Token indices `[start, end)` from the comma's next word to the closing comma, or `undefined`.
 * @example
 * const tokens = tokenize("Les FSR, en guerre depuis avril 2023, ont démenti.", "fr");
 * appositionAround(tokens, tokens.findIndex((t) => t.text === "2023"), "fr") !== undefined;
 * //=> true
 */
export function appositionAround(tokens: readonly Token[], at: number, lang: LexiconLanguage): readonly [number, number] | undefined {
  let comma = at - 1;
  while (comma > 0 && tokens[comma]!.text !== ",") {
    if (tokens[comma]!.kind === "break") return undefined;
    comma -= 1;
  }
  if (comma <= 0 || tokens[comma - 1]!.kind !== "word") return undefined;
  if (namesEventBefore(tokens, comma)) return undefined;
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.text !== ",") {
    if (tokens[end]!.kind === "break") return undefined;
    end += 1;
  }
  const verb = tokens[end + 1];
  if (verb === undefined || verb.kind !== "word") return undefined;
  const finite = MAIN_VERB_AUXILIARIES[lang].has(verb.folded) || (lang === "en" && verb.folded.endsWith("ed") && verb.text === verb.folded);
  return finite ? [comma + 1, end] : undefined;
}

/**
 * The relative pronouns that open a clause on the person or thing just
 * named, never a complement clause (« que », "that"): « L'armée, qui… »,
 * "a resident whose house…", "Al-Shabaab, which claimed the attack, said".
 *
 * @example
 * SUBJECT_RELATIVES.has("which") && !SUBJECT_RELATIVES.has("que")
 * //=> true
 */
export const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(["qui", "dont", "who", "which", "whose"]);

/**
 * The clause around token `at` that describes the noun before it, with no
 * comma before its pronoun (« une brigade d'autodéfense qui aurait tué deux
 * de ses hommes la semaine précédente, », "the militia that…" is left out:
 * "that" also opens reported speech): token indices `[start, end)`, from
 * the pronoun to the next comma or the sentence's end. `undefined` when
 * `at` is in no such clause, or when the clause describes an event or a war
 * ("the attack which killed 12 last week"), whose own time it then tells.
 */
export function describingClauseAround(tokens: readonly Token[], at: number): readonly [number, number] | undefined {
  let pronoun = at - 1;
  while (pronoun > 0 && !SUBJECT_RELATIVES.has(tokens[pronoun]!.folded)) {
    if (tokens[pronoun]!.text === "," || tokens[pronoun]!.kind === "break") return undefined;
    pronoun -= 1;
  }
  if (pronoun <= 0 || tokens[pronoun - 1]!.kind !== "word") return undefined;
  for (let t = Math.max(0, pronoun - 3); t < pronoun; t += 1) if (TIMED_NOUNS.has(tokens[t]!.folded)) return undefined;
  let end = at + 1;
  while (end < tokens.length && tokens[end]!.text !== ",") end += 1;
  return [pronoun, end];
}
