import type { Token } from "../lexicon/tokenize.js";

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

/**
 * Whether token `at` stands in a relative clause set off by commas
 * ("The Islamic State group, to which the ADF pledged allegiance in 2019,
 * claimed the attack"): what the clause dates is the noun it describes,
 * not the sentence's event. The clause opens within three words after its
 * comma (a preposition may come first) and closes with a comma before the
 * sentence ends. A clause on an event or a war ({@link TIMED_NOUNS}, named
 * since the comma before) dates that event or war, so it is not set aside.
 */
export function inRelativeClause(tokens: readonly Token[], at: number): boolean {
  let comma = at - 1;
  while (comma >= 0 && tokens[comma]!.text !== ",") comma -= 1;
  if (comma < 0 || !tokens.slice(comma + 1, comma + 4).some((t) => RELATIVE_PRONOUNS.has(t.folded))) return false;
  // "The war between the army and the RSF, which broke out in April 2023,": the noun may stand a few words before the comma.
  for (let t = comma - 1; t >= 0 && tokens[t]!.text !== ","; t -= 1) if (TIMED_NOUNS.has(tokens[t]!.folded)) return false;
  for (let t = at + 1; t < tokens.length; t += 1) if (tokens[t]!.text === ",") return true;
  return false;
}

/** The relative pronouns that open a clause on the person or thing just named, never a complement clause (« que », "that"). */
const SUBJECT_RELATIVES = new Set(["qui", "dont", "who", "which", "whose"]);

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
