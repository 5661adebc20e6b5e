import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable } from "../lexicon/phrasePattern.js";
import { THAT_WORDS } from "../lexicon/readPhrase.js";
import { isQuoteMark, OPENING_QUOTE_MARKS, type Token } from "../lexicon/tokenize.js";
import { DEFINITE_ARTICLES } from "./articles.js";

/**
 * What an attack was aimed at, as a sentence names it: "an attack on a
 * military checkpoint", "gunmen stormed a busy market", « une embuscade
 * contre un convoi de l'armée », « ont attaqué le poste de gendarmerie ».
 *
 * A target is proposed only when its head is a word that names a place or
 * a body that can be attacked (a base, a convoy, a market, a gathering, a
 * patrol, a bus…): "an attack on Tuesday", « l'attaque du JNIM » (the
 * author) or "attacked the village of X" (where, which `location` tells)
 * propose none. The phrase runs from its determiner to the first word that
 * leaves it (a comma, "in", "killing", « à », « faisant »…), with what
 * qualifies the head ("a convoy escorting fuel tankers", « un convoi de
 * l'armée »), and with a second target joined by "and" (« une église et un
 * poste de police »).
 */
export interface TargetPhrase {
  /** The token that says an attack (the verb or the noun), for the speech around it. */
  readonly cue: number;
  /** The target's tokens: from `start` to `end`, exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Words and phrases of an attack that the attacked thing follows, directly or after « contre », « du », "on". */
const CUES: Record<LexiconLanguage, readonly string[]> = {
  fr: [
    "attaque|attaques|assaut|raid|raids|frappe|frappes|bombardement|bombardements|embuscade|attentat|incursion contre|sur|visant",
    "attaque|attaques|assaut|raid|frappe|frappes|bombardement|bombardements|embuscade|attentat|incursion du|des|d'",
    "attaque|attaques|assaut|raid|frappe|frappes|bombardement|bombardements|attentat|incursion de la|l'",
    // « ont attaqué le camp », « a visé un rassemblement », « ont pris d'assaut la prison ».
    "attaque|attaquee|attaquees|cible|ciblee|ciblees|vise|visee|visees|visant|frappe|bombarde|bombardee",
    "pris d' assaut",
    "tendu une embuscade a|au|aux",
    "embuscade tendue a|au|aux|contre",
    // « une attaque terroriste contre la brigade », « l'attaque a été menée contre le site de déplacés ».
    "attaque|attaques|assaut|raid|frappe|frappes|attentat|embuscade terroriste|jihadiste|djihadiste|armee|meurtriere|complexe contre|visant",
    "mene|menee|menees|dirigee|dirigees|perpetre|perpetree|lancee|lancees contre",
    // « une explosion sur le marché », « l'attaque survenue dans un camp de déplacés »: where the blast or attack struck.
    "explosion|attentat|attaque|frappe|frappes sur|dans",
    "attaque|attentat|explosion survenue|survenu|perpetre|perpetree sur|dans|contre",
  ],
  en: [
    "attack|attacks|assault|raid|raids|strike|strikes|airstrike|airstrikes|bombing|shelling|ambush|assaults on|against|targeting",
    "attacked|targeted|struck|hit|stormed|raided|ambushed|overran|bombed|shelled|besieged|targeting|attacking|storming",
    // "The blast tore through the Sayed Abad mosque", "burst into a cockfighting ring", "was aimed at the police".
    "tore|ripped through",
    "burst|stormed into",
    "aimed|directed at|against",
    // "a bomb went off next to a police van", "exploded outside a school": where the blast was set.
    "off|exploded|detonated next to",
    "off|exploded|detonated near|outside|inside",
    // "an explosion in a crowded market", "a suicide bombing outside an army recruitment centre", "blew himself up at the gate of a base".
    "explosion|blast|bombing|bombings|attack|attacks|strike|strikes|airstrike|airstrikes in|at|outside|inside",
    "blew himself|herself|themselves up in|at|outside|inside|near|among",
  ],
};

const cueTable = perLanguage((lang) => new PatternTable(CUES[lang].map((pattern) => [pattern, true] as const)));

/** Passive verbs of attack, after the thing attacked: « un convoi a été attaqué », "a military convoy was ambushed". */
const PASSIVE_CUES: Record<LexiconLanguage, readonly string[]> = {
  fr: [
    "a|ont|avait|avaient ete attaque|attaquee|attaques|attaquees|vise|visee|vises|visees|cible|ciblee|cibles|ciblees|bombarde|bombardee|bombardes|bombardees",
    "a|ont|avait|avaient ete pris|prise|prises d' assaut",
    "a|ont|avait|avaient ete pris|prise|prises pour cible",
    // « une patrouille est tombée dans une embuscade »: the patrouille was ambushed.
    "est|sont|etait|etaient tombe|tombee|tombes|tombees dans une embuscade",
  ],
  en: [
    "was|were attacked|targeted|ambushed|stormed|raided|shelled|bombed|overrun",
    "had|has|have been attacked|targeted|ambushed|stormed|raided|shelled|bombed|overrun",
    "came under attack|fire",
  ],
};

const passiveTable = perLanguage((lang) => new PatternTable(PASSIVE_CUES[lang].map((pattern) => [pattern, true] as const)));

/** Words that open the attacked thing's noun phrase (French « du », « au » are in the cues). */
const DETERMINERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["un", "une", "le", "la", "les", "l'", "des", "son", "sa", "ses", "leur", "leurs", "deux", "trois", "plusieurs", "ce", "cet", "cette", "ces"]),
  en: new Set(["a", "an", "the", "its", "their", "two", "three", "several", "this", "that", "these", "those"]),
};

/**
 * Heads of what an attack can be aimed at: places people hold or gather in,
 * vehicles and gatherings. People themselves ("attacked soldiers",
 * « ont attaqué des civils ») are left out: how a source labels the dead
 * goes under `status`, and who was hit is a toll's scope.
 */
const TARGET_HEADS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(
    [
      "base|bases|camp|camps|campement|campements|poste|postes|detachement|caserne|casernes|garnison|position|positions|avant-poste|checkpoint|barrage",
      "gendarmerie|commissariat|brigade|prison|maison|maisons|domicile|ecole|ecoles|eglise|eglises|mosquee|mosquees|hopital|centre|dispensaire|marche|marches",
      "convoi|convois|patrouille|patrouilles|colonne|vehicule|vehicules|camion|camions|car|bus|autobus|minibus|train|navire|bateau|pirogue",
      "rassemblement|regroupement|concentration|reunion|mariage|bapteme|funerailles|ceremonie|foule|fete",
      "entrepot|entrepots|depot|depots|site|sites|port|aeroport|quartier|siege|bureau|bureaux|hotel|restaurant|mine|puits|pont|usine|centrale",
      "monastere|temple|pagode|tente|tentes|abri|abris|foire|salle|immeuble|immeubles|batiment|batiments|fourgon|fourgonnette",
    ].flatMap((line) => line.split("|")),
  ),
  en: new Set(
    [
      "base|bases|camp|camps|post|posts|outpost|outposts|checkpoint|checkpoints|checkpost|checkposts|barracks|garrison|position|positions|station|stations|detachment|detachments",
      "prison|jail|house|houses|home|homes|school|schools|church|churches|mosque|mosques|hospital|clinic|centre|center|market|markets|shop|shops|teashop",
      "convoy|convoys|patrol|patrols|column|vehicle|vehicles|truck|trucks|bus|buses|minibus|car|train|boat|ship|ferry",
      "gathering|meeting|concentration|wedding|funeral|ceremony|crowd|rally|congregation",
      "warehouse|warehouses|depot|depots|facility|facilities|site|sites|port|airport|headquarters|office|offices|hotel|restaurant|mine|well|bridge|plant|hub|compound",
      "monastery|monasteries|temple|pagoda|tent|tents|shelter|shelters|fair|hall|building|buildings|van|vans",
    ].flatMap((line) => line.split("|")),
  ),
};

/** Words that end the attacked thing's phrase: where, when, what followed, or another clause. */
const ENDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(
    "a|au|aux|dans|en|entre|lors|pendant|faisant|tuant|blessant|qui|ou|que|selon|avant|apres|depuis|vers|le|la|les|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|ont|est|sont|et|avait|avaient|etait|etaient|fait|ete|aurait|auraient|serait|seraient|fera|endeuille|tue|blesse".split(
      "|",
    ),
  ),
  en: new Set(
    "in|at|on|between|during|killing|leaving|wounding|injuring|when|where|which|that|who|after|before|as|since|late|early|overnight|last|this|and|according|said|was|were|is|are|had|has|have|left|killed|wounded|monday|tuesday|wednesday|thursday|friday|saturday|sunday".split(
      "|",
    ),
  ),
};

/** Words that carry the phrase on to what qualifies the head: "of the army", "carrying soldiers", « de l'armée », « transportant des soldats ». */
const QUALIFIERS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "de",
    "du",
    "des",
    "d'",
    "l'",
    "transportant",
    "escortant",
    "escorte",
    "escortes",
    "escortee",
    "escortees",
    "charge",
    "charges",
    "chargee",
    "chargees",
    "pour",
    "abritant",
  ]),
  en: new Set(["of", "for", "carrying", "escorting", "transporting", "used", "housing", "sheltering", "near", "belonging", "run", "by"]),
};

/** Adjectives French puts after the head (« le camp militaire », « un marché hebdomadaire »): part of the phrase, and they open no qualifier. */
const AFTER_HEAD: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(
    "militaire|militaires|central|centrale|centraux|centrales|hebdomadaire|principal|principale|public|publique|publics|publiques|avance|avances|frontalier|frontaliere|communal|communale|national|nationale|civil|civile|civils|civiles|bonde|bondee|surpeuple|surpeuplee|voisin|voisine|administratif|administrative|religieux|religieuse".split(
      "|",
    ),
  ),
  en: new Set(),
};

/** How many tokens a target's phrase runs at most: a phrase, never a clause. */
const MOST_TOKENS = 12;
/** How many words may stand between the determiner and the head: "a crowded weekly livestock market", but French puts one at most (« un important camp »). */
const BEFORE_HEAD: Record<LexiconLanguage, number> = { fr: 1, en: 4 };
/** How many words a qualifier carries the phrase on ("of the Niger armed forces"), so that a clause after a name is not taken in. */
const QUALIFIER_REACH = 4;

/**
 * The targets a sentence names after an attack's words, each with the cue
 * it follows, left to right; none where the words after the cue do not
 * reach a target's head within a few words.
 *
 * @example
 * // tokens of "Gunmen stormed a busy market in the town": the phrase "a busy market"
 * targetPhrasesOf(tokenize("Gunmen stormed a busy market in the town", "en"), "en")
 * //=> [{ cue: 1, start: 2, end: 5 }]
 */
export function targetPhrasesOf(tokens: readonly Token[], lang: LexiconLanguage): TargetPhrase[] {
  const found: TargetPhrase[] = [];
  let after = 0;
  // « une attaque terroriste » contre la brigade: the writer's quotation marks inside the cue break none.
  for (const match of cueTable(lang).scanSkipping(tokens, isQuoteMark)) {
    if (match.start < after) continue;
    const phrase = phraseAfter(tokens, match.end, lang);
    if (phrase === undefined) continue;
    found.push({ cue: match.start, start: phrase.start, end: phrase.end });
    after = phrase.end;
  }
  // The tokens the targets after an active cue hold, so that a passive subject is checked against them in its own span only.
  const held: boolean[] = [];
  for (const t of found) for (let k = t.start; k < t.end; k += 1) held[k] = true;
  for (const match of passiveTable(lang).scan(tokens)) {
    const start = subjectBefore(tokens, match.start, lang);
    if (start !== undefined && !held.slice(start, match.start).some(Boolean)) found.push({ cue: match.end - 1, start, end: match.start });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words after which a clause, and its subject, begins ("said that a checkpoint had been attacked", "killed when an army patrol was ambushed", « lorsqu'un convoi a été attaqué »). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...THAT_WORDS, "when", "after", "lorsque", "lorsqu'", "quand"]);

/**
 * The target named as the subject of a passive verb of attack, which opens
 * its clause (« Un train de voyageurs du CFCO a été attaqué », "A military
 * convoy was ambushed"): the phrase from a determiner right after the start,
 * a mark or a word that opens a clause ("that", "when"), whose head is a target's and which runs to the verb (an acronym
 * in parentheses may close it), more than a definite article and its head
 * (« le convoi » names again a convoy told before). `undefined` when no such
 * phrase is there.
 */
function subjectBefore(tokens: readonly Token[], verb: number, lang: LexiconLanguage): number | undefined {
  for (let d = Math.max(0, verb - MOST_TOKENS); d < verb; d += 1) {
    if (!DETERMINERS[lang].has(tokens[d]!.folded) || (d > 0 && tokens[d - 1]!.kind === "word" && !CLAUSE_OPENERS.has(tokens[d - 1]!.folded))) continue;
    let end = headPhraseEnd(tokens, d, lang);
    if (end !== undefined && tokens[end]?.text === "(" && tokens[end + 2]?.text === ")") end += 3;
    // « Le convoi est tombé dans une embuscade »: a definite head alone tells again of a target named before.
    const toldAgain = end === d + 2 && DEFINITE_ARTICLES.has(tokens[d]!.folded);
    if (end === verb && !toldAgain) return d;
  }
  return undefined;
}

/** The target's phrase that opens at token `at`, or `undefined` when no target's head comes soon enough. */
function phraseAfter(tokens: readonly Token[], cueEnd: number, lang: LexiconLanguage): { start: number; end: number } | undefined {
  // A target in the speaker's own words: contre « un regroupement de terroristes », struck "deployment points".
  // A straight double quote opens a quotation where it follows the cue.
  const mark = tokens[cueEnd]?.text ?? "";
  const quoted = OPENING_QUOTE_MARKS.has(mark) || mark === '"';
  const at = quoted ? cueEnd + 1 : cueEnd;
  const end = headPhraseEnd(tokens, at, lang);
  if (end === undefined) return undefined;
  if (quoted) return { start: at, end };
  // "a church and a police post", « une église et un poste »: a second target joined to the first.
  const joined = tokens[end]?.folded === (lang === "fr" ? "et" : "and") ? headPhraseEnd(tokens, end + 1, lang) : undefined;
  return { start: at, end: Math.min(at + MOST_TOKENS, joined ?? end) };
}

/** The end of a noun phrase from `at` whose head names something attacked, with what qualifies it; `undefined` when there is none. */
function headPhraseEnd(tokens: readonly Token[], at: number, lang: LexiconLanguage): number | undefined {
  let i = at;
  if (tokens[i] !== undefined && DETERMINERS[lang].has(tokens[i]!.folded)) i += 1;
  // 'on a "TNLA training camp"': the speaker's words, quoted after the determiner.
  const quoted = tokens[i] !== undefined && isQuoteMark(tokens[i]!) ? 1 : 0;
  i += quoted;
  let head = -1;
  let skipped = 0;
  for (let j = i; j < tokens.length && j <= i + BEFORE_HEAD[lang] + skipped; j += 1) {
    const token = tokens[j]!;
    // "a Frontier Corps (FC) camp": the acronym of the words before the head, in parentheses, counts for none of them.
    const acronym = tokens[j + 1];
    if (token.text === "(" && j > i && acronym?.kind === "word" && acronym.text === acronym.text.toUpperCase() && tokens[j + 2]?.text === ")") {
      j += 2;
      skipped += 3;
      continue;
    }
    // Words before the head qualify it ("a busy livestock market"); a preposition or another determiner leaves it.
    if (token.kind !== "word" || ENDS[lang].has(token.folded) || QUALIFIERS[lang].has(token.folded) || DETERMINERS[lang].has(token.folded)) break;
    if (TARGET_HEADS[lang].has(token.folded)) {
      head = j;
      break;
    }
  }
  if (head < 0) return undefined;
  let end = head + 1;
  // A second head right after ("tea shop"), and French adjectives after the head (« camp militaire »).
  while (end < tokens.length && (TARGET_HEADS[lang].has(tokens[end]!.folded) || AFTER_HEAD[lang].has(tokens[end]!.folded))) end += 1;
  if (quoted && tokens[end] !== undefined && isQuoteMark(tokens[end]!)) end += 1;
  // After the head, only a qualifier carries the phrase on ("of", "escorting", « de »), and its words then run to one that ends it.
  let qualifier = -1;
  for (let j = end; j < tokens.length && j < at + MOST_TOKENS; j += 1) {
    const token = tokens[j]!;
    if (token.kind !== "word" && token.kind !== "number") break;
    if (QUALIFIERS[lang].has(token.folded)) {
      qualifier = j;
      continue;
    }
    if (qualifier < 0 || j - qualifier > QUALIFIER_REACH) break;
    if (ENDS[lang].has(token.folded) && !(DETERMINERS[lang].has(token.folded) && QUALIFIERS[lang].has(tokens[j - 1]!.folded))) break;
    end = j + 1;
  }
  return end;
}
