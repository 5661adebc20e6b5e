import type { Hedge } from "../values/hedge.js";
import type { QuantityFigure } from "../values/figureInterval.js";
import { perLanguage, requireLanguage, type LexiconLanguage } from "./language.js";
import { ARTICLE_ONES, NOT_ONE_PERSON, scanQuantities, withoutSpan, type ParsedQuantity, type QuantityMatch } from "./parseQuantity.js";
import { PatternTable, type PatternMatch } from "./phrasePattern.js";
import { HEDGE_STRENGTH, isFrenchConditional, isTollWord, PEOPLE_COUNTS, PHRASES, PLACE_NOUNS, type Cue } from "./phraseLexicon.js";
import { isCountedThing } from "./quantityLexicon.js";
import { isQuoteMark, tokenize, type Token } from "./tokenize.js";

/**
 * One thing a quote may say, in the `conflict` vocabulary: a facet, the
 * value the words give it (absent when they name the facet without a
 * figure: « des soldats ont été tués »), whether they deny it (`not`), the
 * count behind a quantity, and the exact words it was read from.
 */
export interface PhraseCandidate {
  readonly facet: string;
  readonly value?: string | readonly string[] | QuantityFigure;
  readonly not?: true;
  readonly quantity?: ParsedQuantity;
  readonly words: readonly string[];
}

/** What {@link readPhrase} found: candidate facts, and how the quote puts them. */
export interface PhraseReading {
  readonly candidates: readonly PhraseCandidate[];
  /** The strongest hedge in the quote, with the words that carry it. */
  readonly hedge?: { readonly hedge: Exclude<Hedge, "asserted">; readonly words: string };
}

/** How far (in tokens) a negation reaches for the outcome it denies. */
const NEGATION_REACH = 6;

/**
 * Reads a short quote and proposes what it says in the `conflict`
 * vocabulary: outcomes for a place (`control`: captured, held, repelled,
 * withdrew, retaken), counts (`killed`, `wounded`, `captured-persons`,
 * `missing`, `neutralized`, `looted`, `seized`, `destroyed`, with the
 * figure when one is given), `means`, denials (`not`), refusals
 * (`withheld`), admitted ignorance (`unknown`) and the quote's hedge
 * (`unconfirmed` for the French conditional, `claimed`, `reported`).
 *
 * The answers are candidates for a person to confirm: nothing is added to
 * an incident. The lexicon reads words, not syntax: it pairs each count
 * with the nearest count word in its sentence, lets a negation deny the
 * nearest outcome, and reads « bilan » or "toll" as the death toll when no
 * other count is named. A "how many" / « combien » that names nothing ("he
 * could not say how many.") answers a question put in another sentence and
 * is no candidate; a negation before "how many" or "whether" denies the
 * telling, never the count ("could not say whether any of the dead were
 * civilians" is no zero).
 *
 * Not read, on purpose: who the dead were (party, group, status), places,
 * dates, motives (« retrait stratégique »), attempts whose outcome is not
 * stated (« ont tenté de prendre » is no candidate), « victimes » and
 * "casualties" (the dead, or the dead and wounded?), and the simple
 * conditional of verbs not in « -er ».
 *
 * @param text - A quote: a few words or a sentence or two.
 * @param lang - `"fr"` or `"en"`.
 * @returns The candidates in the order of the words, and the hedge if any.
 * @throws RangeError when the language is not one the lexicon reads.
 *
 * @example
 * readPhrase("tenté d'occuper en vain ces emprises", "fr")
 * //=> { candidates: [{ facet: "control", value: "captured", not: true, words: ["occuper", "en vain"] }] }
 */
export function readPhrase(text: string, lang: string): PhraseReading {
  const language = requireLanguage(lang, "readPhrase");
  const source = String(text);
  const tokens = tokenize(source, language);
  // The army had "repulsed" the assault, « pris la brigade »: a writer's quotation marks inside a phrase break none of it.
  const scanned = tableFor(language).scanSkipping(tokens, isQuoteMark);
  const quantities = outsideBlockers(scanQuantities(source, tokens, language), scanned);
  const cues = findCues(tokens, language, quantities, scanned);
  const sentence = sentences(tokens);
  const words = (m: { start: number; end: number }) => source.slice(tokens[m.start]!.start, tokens[m.end - 1]!.end);

  const facetCues = cues.filter((c) => ["control", "count", "captured"].includes(c.data.kind));
  const facetAt: (PatternMatch<Cue> | undefined)[] = [];
  for (const cue of facetCues) for (let t = cue.start; t < cue.end; t += 1) facetAt[t] = cue;
  const denied = new Map<PatternMatch<Cue>, PatternMatch<Cue>>();
  for (const negation of cues.filter((c) => c.data.kind === "negation")) {
    const target = deniedBy(negation, facetAt, sentence, tokens);
    if (target && !denied.has(target)) denied.set(target, negation);
  }

  const refusals = cues.filter((c) => c.data.kind === "refusal" || c.data.kind === "ignorance");
  const counted = pairCounts(
    facetCues.filter((c) => c.data.kind !== "control"),
    quantities,
    sentence,
    tokens,
  );
  const candidates: { at: number; candidate: PhraseCandidate }[] = [];
  const absorbed = new Set<PatternMatch<Cue>>();

  const unnamedCounts = new Map<number, PatternMatch<Cue>[]>();
  for (const cue of facetCues) {
    if (cue.data.kind !== "count" || counted.has(cue)) continue;
    const list = unnamedCounts.get(sentence[cue.start]!) ?? [];
    list.push(cue);
    unnamedCounts.set(sentence[cue.start]!, list);
  }
  for (const refusal of refusals) {
    const named = refusedCount(refusal, tokens, facetCues, unnamedCounts.get(sentence[refusal.start]!) ?? [], counted);
    if (named) absorbed.add(named);
    // "how many of the wounded had been taken to hospitals": the same count named again in the question asked is no second count.
    if (named) for (const again of sameCountAfter(named, refusal, facetCues, counted)) absorbed.add(again);
    if (!named && (refusal.data.kind === "refusal" || refusal.data.kind === "ignorance") && refusal.data.ofCount) continue;
    // "he could not say how many.": a count asked for with nothing named answers a question put before, which this sentence does not say.
    if (!named && refusal.data.kind === "ignorance" && asksHowMany(refusal, tokens)) continue;
    // "declined to say how many attackers were involved": a refusal of a count of something else than a toll.
    if (!named && refusesOtherThanToll(refusal, tokens, facetCues, language)) continue;
    // « n'a pas souhaité s'exprimer sur les circonstances de l'attaque »: a refusal to speak of something else than a toll.
    if (!named && speaksOfOtherThanToll(refusal, tokens)) continue;
    const facet = named?.data.kind === "count" ? named.data.facet : "killed";
    const value = refusal.data.kind === "refusal" ? "withheld" : "unknown";
    candidates.push({ at: refusal.start, candidate: { facet, value, words: named ? [words(refusal), words(named)] : [words(refusal)] } });
  }

  for (const cue of facetCues) {
    if (absorbed.has(cue)) continue;
    const negation = denied.get(cue);
    const quantity = counted.get(cue);
    const evidence = [words(cue), ...(quantity ? [quantity.phrase] : []), ...(negation ? [words(negation)] : [])];
    for (const facet of facetsOf(cue, tokens, quantity, language)) {
      candidates.push({ at: cue.start, candidate: candidate(facet, quantity, negation !== undefined, evidence) });
    }
  }

  const itemSentences = new Set(
    facetCues.filter((c) => c.data.kind === "count" && ["seized", "looted", "destroyed"].includes(c.data.facet)).map((c) => sentence[c.start]),
  );
  const allMeans = cues.filter((c) => c.data.kind === "means" && !(c.data.seizable && itemSentences.has(sentence[c.start])));
  // « des hélicoptères ont tiré sur les campements »: the weapon named says what fired, the verb of shooting nothing more.
  const weapons = allMeans.filter((c) => c.data.kind === "means" && !c.data.firing);
  const meansCues = allMeans.filter((c) => c.data.kind !== "means" || !c.data.firing || !weapons.some((w) => sentence[w.start] === sentence[c.start]));
  if (meansCues.length > 0) {
    const names = [...new Set(meansCues.flatMap((c) => (c.data.kind === "means" ? c.data.means : [])))];
    candidates.push({ at: meansCues[0]!.start, candidate: { facet: "means", value: names, words: meansCues.map(words) } });
  }

  const hedge = strongestHedge(cues, words);
  return {
    candidates: candidates.sort((a, b) => a.at - b.at).map((c) => c.candidate),
    ...(hedge ? { hedge } : {}),
  };
}

type Facet = { readonly facet: string; readonly value?: string };

/** The facets a facet cue stands for; English "captured" is told apart by what follows it. */
function facetsOf(cue: PatternMatch<Cue>, tokens: readonly Token[], quantity: QuantityMatch | undefined, lang: LexiconLanguage): Facet[] {
  const cueData = cue.data;
  if (cueData.kind === "control") return [{ facet: "control", value: cueData.value }];
  if (cueData.kind === "count") return [{ facet: cueData.facet }];
  if (quantity) return [{ facet: "captured-persons" }];
  const ahead = tokens.slice(cue.end, cue.end + 3).map((t) => t.folded);
  if (ahead.some((w) => PLACE_NOUNS[lang].includes(w))) return [{ facet: "control", value: "captured" }];
  if (ahead.some((w) => isCountedThing(w, lang) || w === "them" || w === "him")) return [{ facet: "captured-persons" }];
  return [{ facet: "control", value: "captured" }, { facet: "captured-persons" }];
}

function candidate(facet: Facet, quantity: QuantityMatch | undefined, negated: boolean, words: readonly string[]): PhraseCandidate {
  if (facet.value !== undefined) return { facet: facet.facet, value: facet.value, ...(negated ? { not: true as const } : {}), words };
  if (quantity) {
    const parsed = withoutSpan(quantity);
    return { facet: facet.facet, value: parsed.value, ...(negated ? { not: true as const } : {}), quantity: parsed, words };
  }
  // "were not killed": no one was, which is a figure.
  return negated ? { facet: facet.facet, value: 0, words } : { facet: facet.facet, words };
}

/** The counts that stand outside every blocker: « pris entre deux feux » counts no one. */
function outsideBlockers(quantities: readonly QuantityMatch[], scanned: readonly PatternMatch<Cue>[]): QuantityMatch[] {
  const blocked: boolean[] = [];
  for (const c of scanned) if (c.data.kind === "blocker") for (let t = c.start; t < c.end; t += 1) blocked[t] = true;
  return quantities.filter((q) => blocked[q.start] !== true);
}

/** Cues of the phrase table (as `scanned` found them), plus the French conditional, outside the words a count was read from. */
function findCues(
  tokens: readonly Token[],
  lang: LexiconLanguage,
  quantities: readonly QuantityMatch[],
  scanned: readonly PatternMatch<Cue>[],
): PatternMatch<Cue>[] {
  const inCount: boolean[] = [];
  for (const q of quantities) for (let t = q.start; t < q.end; t += 1) inCount[t] = true;
  const cues = scanned.filter((c) => c.data.kind !== "blocker" && !(c.data.kind === "negation" && inCount[c.start] === true));
  if (lang === "fr") {
    const covered: boolean[] = [];
    for (const c of cues) for (let t = c.start; t < c.end; t += 1) covered[t] = true;
    tokens.forEach((token, i) => {
      if (token.kind === "word" && covered[i] !== true && isFrenchConditional(token.folded)) {
        cues.push({ start: i, end: i + 1, data: { kind: "hedge", hedge: "unconfirmed" }, source: "conditional" });
      }
    });
  }
  return cues.sort((a, b) => a.start - b.start);
}

const tableFor = perLanguage((lang) => new PatternTable(PHRASES[lang]));

/** The sentence number of each token. */
function sentences(tokens: readonly Token[]): number[] {
  let n = 0;
  return tokens.map((t) => (t.kind === "break" ? n++ : n));
}

/** The outcome a negation denies: the nearest facet cue in its sentence, ahead or back as the negation looks. */
function deniedBy(
  negation: PatternMatch<Cue>,
  facetAt: readonly (PatternMatch<Cue> | undefined)[],
  sentence: readonly number[],
  tokens: readonly Token[],
): PatternMatch<Cue> | undefined {
  const looks = negation.data.kind === "negation" ? negation.data.looks : "ahead";
  const same = (cue: PatternMatch<Cue> | undefined) => cue !== undefined && sentence[cue.start] === sentence[negation.start];
  let ahead: PatternMatch<Cue> | undefined;
  for (let t = negation.end; t < negation.end + NEGATION_REACH && ahead === undefined; t += 1) {
    // « ne pas pouvoir dire combien de blessés », "could not say how many were hurt": the negation denies the telling, not the count.
    // "could not say whether any of the dead were civilians": nor does it deny what is asked.
    if (HOW_MANY.has(tokens[t]?.folded ?? "") || WHETHER.has(tokens[t]?.folded ?? "")) break;
    if (same(facetAt[t]) && facetAt[t]!.start === t) ahead = facetAt[t];
  }
  let back: PatternMatch<Cue> | undefined;
  for (let t = negation.start - 1; t >= negation.start - NEGATION_REACH && t >= 0 && back === undefined; t -= 1)
    if (same(facetAt[t]) && facetAt[t]!.end === t + 1) back = facetAt[t];
  if (looks === "ahead") return ahead;
  if (looks === "back") return back;
  return back ?? ahead;
}

/** The words that ask for a count ("how many", « combien »). */
const HOW_MANY: ReadonlySet<string> = new Set(["how", "many", "combien"]);

/** The words that ask whether something is so ("whether any of the dead were civilians", « si des civils »): a negation before them denies the telling. */
const WHETHER: ReadonlySet<string> = new Set(["whether", "if", "si"]);

/**
 * Whether a refusal or an admitted ignorance asks "how many" / « combien »
 * ("could not say how many", « ne savons pas combien »), rather than
 * naming what it lacks ("could not give a toll").
 */
function asksHowMany(refusal: PatternMatch<Cue>, tokens: readonly Token[]): boolean {
  return HOW_MANY.has(tokens[refusal.end - 1]?.folded ?? "") || HOW_MANY.has(tokens[refusal.end]?.folded ?? "");
}

/** How many words after "how many" a refusal's count may name a toll in ("how many of the soldiers were killed"). */
const REFUSED_OBJECT_REACH = 5;

/**
 * Whether a refusal asks how many of something that is no toll: "declined
 * to say how many attackers were involved", « n'a pas voulu dire combien
 * de soldats gardaient le site ». What it counts is no one hurt (no count
 * word of a facet, no toll word such as "casualties" or « bilan » within a
 * few words), so it withholds no toll. A refusal on a subject ("declined
 * to comment on the attack", "… on the residents' account") still
 * withholds the toll: that is how analysts code it, the attack's toll
 * being what the comment was asked for.
 */
function refusesOtherThanToll(refusal: PatternMatch<Cue>, tokens: readonly Token[], facetCues: readonly PatternMatch<Cue>[], lang: LexiconLanguage): boolean {
  if (!HOW_MANY.has(tokens[refusal.end]?.folded ?? "")) return false;
  const end = Math.min(tokens.length, refusal.end + 1 + REFUSED_OBJECT_REACH);
  for (let t = refusal.end + 1; t < end; t += 1) if (isTollWord(tokens[t]!.folded, lang)) return false;
  return !facetCues.some((c) => c.start > refusal.end && c.start < end);
}

/** Nouns that ask for a figure as "how many" does (« le nombre de blessés », "the number of dead"). */
const NUMBER_NOUNS: ReadonlySet<string> = new Set(["nombre", "number"]);

/**
 * Whether a refusal names what it is about, and that is no toll: "declined
 * to comment on the circumstances of the attack", « n'a pas souhaité
 * s'exprimer sur l'enquête ». Only a topic that is never a figure counts
 * (circumstances, an investigation, identities, a motive): a refusal "on the
 * residents' account" or "on its own losses" still withholds the toll.
 */
function speaksOfOtherThanToll(refusal: PatternMatch<Cue>, tokens: readonly Token[]): boolean {
  if (!REFUSAL_OBJECTS.has(tokens[refusal.end]?.folded ?? "")) return false;
  const topic = tokens.slice(refusal.end + 1, refusal.end + 4).find((t) => t.kind === "word" && !TOPIC_DETERMINERS.has(t.folded));
  return topic !== undefined && NOT_TOLL_TOPICS.has(topic.folded);
}

/** Topics a refusal may be about that are never a figure. */
const NOT_TOLL_TOPICS: ReadonlySet<string> = new Set([
  "circonstances",
  "circumstances",
  "enquete",
  "enquetes",
  "investigation",
  "investigations",
  "identite",
  "identites",
  "identity",
  "identities",
  "motif",
  "motifs",
  "mobile",
  "motive",
  "motives",
]);

/** Determiners before a refusal's topic (« les circonstances », "the investigation", « l'enquête »). */
const TOPIC_DETERMINERS: ReadonlySet<string> = new Set(["the", "its", "their", "le", "la", "les", "l'", "ses", "son", "sa", "leur", "leurs"]);

/** Prepositions that open what a refusal is about ("declined to comment on …", « n'a pas souhaité s'exprimer sur … »). */
const REFUSAL_OBJECTS: ReadonlySet<string> = new Set(["on", "about", "sur", "concernant"]);

/** How many words may stand between a refusal and the count word it withholds ("could not say how many civilians had been hurt"). */
const REFUSED_COUNT_REACH = 8;

/** The figureless count words of `named`'s facet after it within the refusal's reach: the question asked names its count twice. */
function sameCountAfter(
  named: PatternMatch<Cue>,
  refusal: PatternMatch<Cue>,
  facetCues: readonly PatternMatch<Cue>[],
  counted: ReadonlyMap<PatternMatch<Cue>, QuantityMatch>,
): PatternMatch<Cue>[] {
  if (named.data.kind !== "count") return [];
  const facet = named.data.facet;
  return cuesStartingIn(facetCues, named.start + 1, refusal.end + REFUSED_COUNT_REACH).filter(
    (c) => c.data.kind === "count" && c.data.facet === facet && !counted.has(c),
  );
}

/**
 * The cues, in token order, that start from token `from` to token `to`
 * (both included), found by halving, so that a sentence of many refusals
 * does not read every cue for each.
 */
function cuesStartingIn(cues: readonly PatternMatch<Cue>[], from: number, to: number): readonly PatternMatch<Cue>[] {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cues[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < cues.length && cues[end]!.start <= to) end += 1;
  return cues.slice(low, end);
}

/**
 * The count word a refusal or an admitted ignorance withholds, taken from
 * `unnamed` (the sentence's count words paired with no figure): the nearest
 * one after it ("declined to say how many were abducted", "but could not say
 * how many more injured people…", not "seven wounded" before the "but"), or
 * else the sentence's first. After "how many", the count word the clause
 * governs is the one withheld even when a figure before the refusal was
 * paired with it ("recovered … several firearms …, but could not say how
 * many civilians had been hurt": "several" counts no one hurt), and so is
 * the count word after "how many" or « le nombre de » whose figure stands
 * past a comma (« le nombre exact de personnes enlevées, plusieurs
 * familles ayant fui »).
 */
function refusedCount(
  refusal: PatternMatch<Cue>,
  tokens: readonly Token[],
  facetCues: readonly PatternMatch<Cue>[],
  unnamed: PatternMatch<Cue>[],
  counted: Map<PatternMatch<Cue>, QuantityMatch>,
): PatternMatch<Cue> | undefined {
  const near = (c: PatternMatch<Cue>) => c.data.kind === "count" && c.start >= refusal.end && c.start - refusal.end <= REFUSED_COUNT_REACH;
  const nearby = cuesStartingIn(facetCues, refusal.end, refusal.end + REFUSED_COUNT_REACH);
  const after = unnamed.find(near);
  if (after) {
    unnamed.splice(unnamed.indexOf(after), 1);
    return after;
  }
  // « ne pas connaître le nombre exact de personnes enlevées, plusieurs familles ayant fui »: a figure past a comma counts something else.
  const pastComma = (c: PatternMatch<Cue>) => {
    const figure = counted.get(c);
    return figure !== undefined && figure.start > c.end && tokens.slice(c.end, figure.start).some((t) => t.text === ",");
  };
  // "declined to comment on the fate of the two missing fighters": the refusal's object names what is withheld, and its figure is no answer.
  const inObject = (c: PatternMatch<Cue>) =>
    REFUSAL_OBJECTS.has(tokens[refusal.end]?.folded ?? "") && !tokens.slice(refusal.end, c.start).some((t) => t.text === ",");
  const governed =
    asksHowMany(refusal, tokens) || NUMBER_NOUNS.has(tokens[refusal.end - 1]?.folded ?? "")
      ? nearby.find((c) => near(c) && ((counted.get(c)?.start ?? Number.POSITIVE_INFINITY) < refusal.start || pastComma(c)))
      : nearby.find((c) => near(c) && inObject(c));
  if (governed) {
    counted.delete(governed);
    return governed;
  }
  return unnamed.shift();
}

/**
 * Pairs each count word with a count in its sentence: the count it stands
 * in, else the nearest free one before it, else the nearest free one after
 * it, never across another count word (« 10 soldats tués et 46 rebelles
 * neutralisés »; « ont tué 12 soldats et blessé 30 autres »). Each stretch
 * between two count words is looked at by those two only, so pairing is
 * linear in the number of cues and counts.
 */
function pairCounts(
  countCues: readonly PatternMatch<Cue>[],
  quantities: readonly QuantityMatch[],
  sentence: readonly number[],
  tokens: readonly Token[],
): Map<PatternMatch<Cue>, QuantityMatch> {
  // « y ont tué « 12 militaires » », « « plus de 60 » morts »: a quotation mark between a count and its word keeps them adjacent.
  const quoteAt = (t: number) => tokens[t] !== undefined && isQuoteMark(tokens[t]!);
  type Item = { readonly at: number; readonly cue?: PatternMatch<Cue>; readonly quantity?: QuantityMatch };
  const items: Item[] = [
    ...countCues.map((cue): Item => ({ at: cue.start, cue })),
    ...quantities.map((quantity): Item => ({ at: quantity.start, quantity })),
  ].sort((a, b) => a.at - b.at || (a.quantity ? -1 : 1));
  const paired = new Map<PatternMatch<Cue>, QuantityMatch>();
  const taken = new Set<QuantityMatch>();
  const openers = clauseOpenersBefore(tokens);
  const free = (item: Item | undefined, cue: PatternMatch<Cue>) =>
    item?.quantity !== undefined &&
    !taken.has(item.quantity) &&
    sentence[item.quantity.start] === sentence[cue.start] &&
    !(cue.data.kind === "count" && PEOPLE_COUNTS.has(cue.data.facet) && countsOnePlace(item.quantity, tokens));
  // A count word right after its count (« 28 morts », "14 wounded") is that count's, whatever stands before them both;
  // then a count right after its count word ("killing at least seven officers", « tué au moins 12 »). A count word that
  // ends on the word of its figure ("put the death toll at 19", « porté le bilan à 19 ») takes the figure after it, never
  // the count before it ("A police officer put the death toll at 19" counts no officer).
  const after = (q: QuantityMatch, cue: PatternMatch<Cue>) => q.start === cue.end || (q.start === cue.end + 1 && quoteAt(cue.end));
  const before = (q: QuantityMatch, cue: PatternMatch<Cue>) =>
    (q.end === cue.start || (q.end + 1 === cue.start && quoteAt(q.end))) &&
    !(FIGURE_PREPOSITIONS.has(tokens[cue.end - 1]!.folded) && quantities.some((other) => after(other, cue)));
  // "took 11 pickup trucks", "recovered 19 bodies": a count inside its count word's own words is that word's, before any other.
  const inside = (q: QuantityMatch, cue: PatternMatch<Cue>) => q.start > cue.start && q.end < cue.end;
  // Each cue looks only at the counts that start or end at its edges or within it, found by token, so the passes stay linear.
  const byStart = groupBy(quantities, (q) => q.start);
  const byEnd = groupBy(quantities, (q) => q.end);
  const near = (cue: PatternMatch<Cue>): QuantityMatch[] => [
    ...(byEnd.get(cue.start) ?? []),
    ...(byEnd.get(cue.start - 1) ?? []),
    ...Array.from({ length: cue.end - cue.start + 1 }, (_, k) => byStart.get(cue.start + 1 + k) ?? []).flat(),
  ];
  for (const adjacent of [inside, before, after]) {
    for (const cue of countCues) {
      if (paired.has(cue)) continue;
      const own = near(cue).find((q) => adjacent(q, cue) && !taken.has(q));
      if (own) {
        paired.set(cue, own);
        taken.add(own);
      }
    }
  }
  items.forEach((item, k) => {
    const cue = item.cue;
    if (cue === undefined || paired.has(cue)) return;
    let chosen: QuantityMatch | undefined;
    for (let b = k - 1; b >= 0 && items[b]!.cue === undefined && chosen === undefined; b -= 1) {
      if (free(items[b], cue)) chosen = items[b]!.quantity;
    }
    for (let a = k + 1; a < items.length && items[a]!.cue === undefined && chosen === undefined; a += 1) {
      // "19 bodies had been recovered and that three suspects had been arrested": a count after a new clause's « that » is that clause's.
      if (openers[items[a]!.at]! > openers[cue.end]!) break;
      if (free(items[a], cue)) chosen = items[a]!.quantity;
    }
    if (chosen) {
      paired.set(cue, chosen);
      taken.add(chosen);
    }
  });
  return paired;
}

/** The items grouped by a key, each group in the items' order. */
function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The last word of a count word that its figure follows ("at 19", "to 17", « à 19 », folded). */
const FIGURE_PREPOSITIONS: ReadonlySet<string> = new Set(["at", "to", "a"]);

/**
 * Whether a count is one place, vehicle or unit by its article ("a passenger
 * convoy", "a police station"): no one hurt. "a civilian truck driver" is
 * one person, named by the word after the vehicle.
 */
function countsOnePlace(quantity: QuantityMatch, tokens: readonly Token[]): boolean {
  return (
    quantity.value === 1 &&
    ARTICLE_ONES.en.has(tokens[quantity.start]!.folded) &&
    NOT_ONE_PERSON.has(tokens[quantity.end - 1]!.folded) &&
    !isCountedThing(tokens[quantity.end]?.folded, "en")
  );
}

/**
 * Words that open a reported clause of its own (« et que trois suspects… »,
 * "and that three suspects…"), folded.
 *
 * @example
 * THAT_WORDS.has("qu'") && THAT_WORDS.has("that")
 * //=> true
 */
export const THAT_WORDS: ReadonlySet<string> = new Set(["que", "qu'", "that"]);

/** For each token, how many reported clauses open before it: a count after a new one is that clause's. */
function clauseOpenersBefore(tokens: readonly Token[]): number[] {
  const before = [0];
  tokens.forEach((token, t) => {
    before.push(before[t]! + (THAT_WORDS.has(token.folded) ? 1 : 0));
  });
  return before;
}

function strongestHedge(cues: readonly PatternMatch<Cue>[], words: (m: { start: number; end: number }) => string): PhraseReading["hedge"] {
  let best: PatternMatch<Cue> | undefined;
  for (const cue of cues) {
    if (cue.data.kind !== "hedge") continue;
    if (best === undefined || (best.data.kind === "hedge" && HEDGE_STRENGTH[cue.data.hedge] > HEDGE_STRENGTH[best.data.hedge])) best = cue;
  }
  return best && best.data.kind === "hedge" ? { hedge: best.data.hedge, words: words(best) } : undefined;
}
