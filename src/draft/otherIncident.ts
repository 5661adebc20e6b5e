import { CALENDAR_NAMES } from "../lexicon/dateLexicon.js";
import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable } from "../lexicon/phrasePattern.js";
import type { Token } from "../lexicon/tokenize.js";
import { appositionAround, describingClauseAround, relativeClauseAround } from "./relativeClause.js";

/**
 * What a phrase says of the time a sentence speaks of:
 *
 * - `elsewhere`: the sentence tells of another incident or a tally over
 *   time (« le mois dernier », "so far this year", « depuis janvier »,
 *   « une attaque similaire », "in 2019"), so its figures are not this
 *   incident's;
 * - `back`: the sentence opens by referring back to the incident last told
 *   (« À cette occasion », "In that attack"), so it belongs to whichever
 *   incident the sentence before it told of.
 */
export type TimeCue = "elsewhere" | "back" | "since" | "compares";

const ELSEWHERE: TimeCue = "elsewhere";
const BACK: TimeCue = "back";
/**
 * "two days after a major operation was launched", « quelques jours après
 * l'attaque de … »: another event the incident is placed after. Opening the
 * sentence, it tells of that later time; after the sentence's own toll and
 * its speaker (", the U.S. military said, two days after …"), it only dates
 * this incident.
 */
const AFTER_EVENT: TimeCue = "since";
/**
 * "killing 13 officers in one of the deadliest attacks … this year", « l'une
 * des attaques les plus meurtrières depuis … »: the incident measured
 * against others. What the sentence told before the comparison is this
 * incident's; the comparison and what follows it tell of the others.
 */
const COMPARES: TimeCue = "compares";

/** The phrases of {@link TimeCue}, per language, in the notation of `phrasePattern`. */
export const TIME_CUES: Record<LexiconLanguage, readonly (readonly [string, TimeCue])[]> = {
  fr: [
    ["le|la mois|semaine|annee dernier|derniere|precedent|precedente|passe|passee", ELSEWHERE],
    ["l' an|annee|ete|hiver dernier|derniere|passe|passee", ELSEWHERE],
    ["depuis le debut de l' annee", ELSEWHERE],
    ["depuis le debut du mois|conflit|mois", ELSEWHERE],
    ["depuis le debut de la crise|guerre|rebellion", ELSEWHERE],
    ["depuis le debut de l' insurrection|annee", ELSEWHERE],
    ["depuis janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre", ELSEWHERE],
    // « entre janvier et juin », « de janvier à juin »: a stretch of months, the tally of many incidents.
    [
      "entre janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre et janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
      ELSEWHERE,
    ],
    [
      "de|d' janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre a janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre",
      ELSEWHERE,
    ],
    ["la|le guerre|conflit|violences|crise|insurrection|rebellion … a|ont fait|tue|coute", ELSEWHERE],
    ["jours|semaines|mois seulement? avant|auparavant", ELSEWHERE],
    ["une semaine|annee seulement? avant|auparavant", ELSEWHERE],
    ["un mois|an seulement? avant|auparavant", ELSEWHERE],
    ["une semaine|annee plus tot", ELSEWHERE],
    ["un mois|an plus tot", ELSEWHERE],
    ["jours|semaines|mois seulement? apres", AFTER_EVENT],
    ["depuis plusieurs|des mois|annees|semaines", ELSEWHERE],
    ["cette annee", ELSEWHERE],
    // « En décembre dernier, une embuscade… »: a month told as last is another time than the incident's.
    ["janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre dernier", ELSEWHERE],
    ["au cours de l' annee", ELSEWHERE],
    ["au cours des derniers|dernieres mois|annees|semaines", ELSEWHERE],
    // « au cours des dix dernières années », « depuis une dizaine d'années »: a stretch of time with its count.
    ["au cours des … derniers|dernieres mois|annees|decennies", ELSEWHERE],
    ["au cours de ces … derniers|dernieres mois|annees|decennies", ELSEWHERE],
    ["depuis … ans|annees|decennies", ELSEWHERE],
    // « la première attaque … depuis que les jihadistes ont pris la ville »: the clause after it tells of another incident.
    ["depuis que|qu'", ELSEWHERE],
    ["auparavant|precedemment|jadis", ELSEWHERE],
    ["une|la precedente attaque|offensive|embuscade", ELSEWHERE],
    ["une attaque|offensive|embuscade similaire|semblable|precedente|majeure", ELSEWHERE],
    ["une|un autre attaque|frappe|explosion|embuscade|raid|assaut|bombardement|attentat", ELSEWHERE],
    ["lors d' une|un precedente|precedent|autre", ELSEWHERE],
    ["quelques|plusieurs jours|semaines|mois seulement? avant|auparavant", ELSEWHERE],
    ["quelques|plusieurs jours|semaines|mois seulement? plus tot", ELSEWHERE],
    ["dans un contexte", ELSEWHERE],
    ["decennie|decennies", ELSEWHERE],
    ["au total depuis", ELSEWHERE],
    ["depuis lors", ELSEWHERE],
    // « depuis le coup d'État », « depuis la prise du pouvoir par l'armée »: a tally since a turn of a country's history.
    ["depuis le|la|l' coup|putsch|invasion|independance|soulevement|revolution|prise", ELSEWHERE],
    ["depuis cette date", ELSEWHERE],
    ["au premier|second|deuxieme|dernier semestre|trimestre", ELSEWHERE],
    ["en tout depuis", ELSEWHERE],
    // A war or an insurgency as the subject of a toll, with or without its article: « Le conflit a fait », « Les violences jihadistes ont fait ».
    ["guerre|conflit|insurrection|rebellion|crise … a|ont|avait|avaient fait|tue|coute", ELSEWHERE],
    ["violences jihadistes|djihadistes|islamistes|intercommunautaires|terroristes … ont|avaient fait|tue|coute", ELSEWHERE],
    ["l' une|un des|d' plus meurtrieres|meurtriers|sanglantes|sanglants|graves", COMPARES],
    ["l' une|un des|d' attaques|attentats|frappes|embuscades|massacres les plus", COMPARES],
    // « l'attaque la plus meurtrière depuis celle de Solhan »: a comparison with another incident.
    ["plus meurtrier|meurtriere|grave|importante|important depuis", ELSEWHERE],
    ["depuis celle|celui|ceux|celles", ELSEWHERE],
    ["ces|ses derniers|dernieres mois|semaines|annees", ELSEWHERE],
    // « avaient déjà été tués », « le même camp »: an earlier incident at the place of this one.
    ["avait|avaient deja", ELSEWHERE],
    // « sur l'ensemble du pays », "across the country": a tally of many incidents.
    ["sur|dans l' ensemble du pays|territoire", ELSEWHERE],
    ["a travers tout? le pays", ELSEWHERE],
    ["dans tout le pays", ELSEWHERE],
    ["le|la meme camp|village|zone|localite|position|poste|base|secteur|axe|route", ELSEWHERE],
    // « Jusque-là, la plus grave attaque … avait fait douze morts »: the record this incident is measured against.
    ["jusque-la|jusqu'alors", ELSEWHERE],
    // « Dans un autre incident », « par ailleurs, … »: another incident told beside this one.
    ["dans un autre incident|attaque|registre", ELSEWHERE],
    ["dans une autre attaque|localite|region", ELSEWHERE],
    // « Plus de 1 300 personnes sont mortes et plus d'un million ont fui »: the toll of a conflict, told with its displaced.
    ["million|millions … deplaces|deplacees|fui|refugies", ELSEWHERE],
    // « des frappes aériennes menées le lendemain », « une opération de ratissage lancée le jour suivant »: a follow-up on another day.
    [
      "frappe|frappes|operation|operations|raid|raids|ratissage|ratissages|represailles|bombardement|bombardements … mene|menee|menes|menees|lance|lancee|lances|lancees|conduite|conduites le lendemain",
      ELSEWHERE,
    ],
    [
      "frappe|frappes|operation|operations|raid|raids|ratissage|ratissages|represailles|bombardement|bombardements … mene|menee|menes|menees|lance|lancee|lances|lancees|conduite|conduites le|les jour|jours suivant|suivants",
      ELSEWHERE,
    ],
    ["a cette occasion", BACK],
    ["lors de cette|cet attaque|offensive|embuscade|journee|assaut|operation|episode", BACK],
    ["ce jour-la", BACK],
    ["cette journee|attaque-la", BACK],
    ["le bilan de cette journee|attaque", BACK],
  ],
  en: [
    ["last|previous|past month|week|year|weekend", ELSEWHERE],
    // "Last December, an ambush in Agusan del Sur killed three soldiers": a month told as last is another time than the incident's.
    ["last january|february|march|april|may|june|july|august|september|october|november|december", ELSEWHERE],
    ["earlier this|that year|month|week", ELSEWHERE],
    // "Separately, militants shot dead a woman", "in a separate incident": another incident told beside this one.
    ["separately", ELSEWHERE],
    ["in a separate|another|different incident|attack|development", ELSEWHERE],
    ["this year", ELSEWHERE],
    ["so far this|in year|month", ELSEWHERE],
    ["since january|february|march|april|may|june|july|august|september|october|november|december", ELSEWHERE],
    // "between January and June", "from January to June": a stretch of months, the tally of many incidents.
    [
      "between january|february|march|april|may|june|july|august|september|october|november|december and january|february|march|april|may|june|july|august|september|october|november|december",
      ELSEWHERE,
    ],
    [
      "from january|february|march|april|may|june|july|august|september|october|november|december to|through|until january|february|march|april|may|june|july|august|september|october|november|december",
      ELSEWHERE,
    ],
    ["the war|conflict|violence|insurgency|fighting … has|have killed|left|claimed", ELSEWHERE],
    ["decades|decade", ELSEWHERE],
    ["since the war|conflict|insurgency|fighting|violence began|started|erupted", ELSEWHERE],
    ["since the war|conflict|insurgency|fighting|violence broke out", ELSEWHERE],
    // "since ethnic violence broke out in the State": the onset of a conflict named with its kind.
    ["since … war|conflict|insurgency|fighting|violence|clashes|unrest|crisis|hostilities began|started|erupted", ELSEWHERE],
    ["since … war|conflict|insurgency|fighting|violence|clashes|unrest|crisis|hostilities broke out", ELSEWHERE],
    ["a similar|previous|separate|earlier massacre|attack|assault|raid|ambush|strike|incident|bombing", ELSEWHERE],
    // "…, the army said, with security sources telling AFP that another separate attack had left dozens dead": what follows is the other attack's.
    ["another separate|different|similar? attack|strike|raid|ambush|bombing|blast|explosion|assault", AFTER_EVENT],
    ["since the start|beginning of the year|month|conflict|war|insurgency", ELSEWHERE],
    ["over the past|last months|years|weeks|decade", ELSEWHERE],
    ["previously|formerly", ELSEWHERE],
    ["a similar|previous|separate|earlier attack|assault|raid|ambush|strike|incident", ELSEWHERE],
    ["days|weeks|months earlier|before|ago", ELSEWHERE],
    // "A week earlier, two policemen … were shot dead": a week or more before is another incident; "a day earlier" may be this one's eve.
    ["a week|fortnight|month|year earlier|before|ago", ELSEWHERE],
    ["days|weeks|months after", AFTER_EVENT],
    // "killed six militants in a follow-up search operation": the riposte after the attack, a trap of its own.
    [
      "follow-up operation|operations|search|sweep|sweeps|raid|raids|strike|strikes|clash|clashes|attack|attacks|assault|offensive|ambush|engagement|firefight|gunfight",
      ELSEWHERE,
    ],
    // "air strikes carried out the next day", "a follow-up operation launched the following day": another day's operation.
    [
      "strike|strikes|airstrike|airstrikes|operation|operations|raid|raids|sweep|sweeps … carried|launched|conducted … the next|following day|morning|night",
      ELSEWHERE,
    ],
    ["in all since", ELSEWHERE],
    // "More than 2,400 people have been killed since then": a tally from an earlier event up to now.
    ["since then", ELSEWHERE],
    // "since the takeover", "since the 2021 coup", "since the invasion": a tally since a turn of a country's history.
    ["since the|its takeover|coup|putsch|invasion|uprising|revolution|independence", ELSEWHERE],
    ["since the|its … takeover|coup|putsch|invasion|uprising|revolution", ELSEWHERE],
    ["in the first|second|last half|quarter", ELSEWHERE],
    ["in total since", ELSEWHERE],
    ["amid", ELSEWHERE],
    // A war or an insurgency as the subject of a toll, without its article: "Colombia's six-decade conflict has killed".
    ["war|conflict|insurgency|rebellion|crisis … has|have|had killed|left|claimed", ELSEWHERE],
    ["jihadist|islamist|militant|extremist|communal|intercommunal violence … has|have|had killed|left|claimed", ELSEWHERE],
    ["one of the deadliest|bloodiest|worst", COMPARES],
    ["one of the most deadly|serious", COMPARES],
    // "the deadliest attack since an ambush in June": a comparison with another incident.
    ["deadliest|worst|biggest|largest … since", ELSEWHERE],
    // "since an attack in June": another incident; "missing since the attack" is this one, told again.
    ["since a|an ambush|attack|raid|massacre|bombing|assault|strike|offensive", ELSEWHERE],
    ["in recent months|weeks|years", ELSEWHERE],
    // "over the past 12 years", "in the last few months": a stretch of time with its count.
    ["over|in|during the past|last … months|years|decades", ELSEWHERE],
    // "the first major attack on a base since the Taliban stormed a school": the clause after "since" tells of another incident.
    ["since the|a|an … stormed|attacked|killed|struck|raided|bombed|ambushed|seized|overran|captured", ELSEWHERE],
    ["since revoking|ending|abandoning|breaking|scrapping", ELSEWHERE],
    // "have stepped up attacks …, including the bombing of a mosque": a list of other incidents.
    ["stepped|step|stepping up attacks|their|its", ELSEWHERE],
    ["including the|an|a attack|bombing|raid|massacre|ambush|assault|strike|suicide", ELSEWHERE],
    // "killed in the military drive", "since the crackdown began": the tally of a campaign, not of one incident.
    ["in|during|since the|this|its|their military|army? drive|campaign|crackdown", ELSEWHERE],
    ["had already", ELSEWHERE],
    // "across the country", "nationwide": a tally of many incidents.
    ["across|throughout the country", ELSEWHERE],
    ["nationwide", ELSEWHERE],
    ["the same base|village|town|area|camp|district|road|post|checkpoint", ELSEWHERE],
    ["until then", ELSEWHERE],
    // "killing thousands and uprooting millions": the toll of a conflict, told with its displaced.
    ["million|millions … displaced|fled|uprooted|uprooting|displacing|refugees", ELSEWHERE],
    ["in that|the earlier attack|assault|raid|ambush|strike|incident", BACK],
    ["on that occasion|day", BACK],
    ["during that|the earlier attack|assault|raid", BACK],
    ["that attack|assault|raid|ambush", BACK],
  ],
};

const timeTable = perLanguage((lang) => new PatternTable(TIME_CUES[lang]));

/** Words before a year that make it the time a sentence speaks of (« en 2022 », "since 2017", « novembre 2022 »). */
const YEAR_BEFORE: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["en", "depuis", "de", "annee", ...CALENDAR_NAMES.fr.months, "debut", "fin", "mi"]),
  en: new Set(["in", "since", "of", "year", ...CALENDAR_NAMES.en.months, "early", "late", "mid"]),
};
/** Words before a year that speak of a stretch of time up to now (« depuis 2015 », "since 2017"). */
const SINCE = new Set(["depuis", "since"]);

/** The years a sentence names, as the time it speaks of (a year after « en », « depuis », a month, "in", "since"). */
export function yearsOf(tokens: readonly Token[], lang: LexiconLanguage): { year: number; since: boolean; bare: boolean; at: number }[] {
  const years: { year: number; since: boolean; bare: boolean; at: number }[] = [];
  tokens.forEach((token, i) => {
    if (token.kind !== "number" || token.decimal || token.value === undefined || token.value < 1900 || token.value > 2100) return;
    const before = tokens[i - 1];
    if (before === undefined || !YEAR_BEFORE[lang].has(before.folded)) return;
    years.push({ year: token.value, since: SINCE.has(before.folded), bare: before.folded === "en" || before.folded === "in", at: i });
  });
  return years;
}

/**
 * The time cues of a sentence: whether it tells of another incident, and
 * whether it opens by referring back. A year other than the incident's
 * (« en 2022 », "in November 2022") tells of another time, and so does any
 * stretch of years up to now (« depuis 2015 », "since 2017"); without the
 * incident's year, any year named after « en » or "in" does.
 *
 * @param year - The incident's year, when the article gives it.
 */
export function timeCuesOf(
  tokens: readonly Token[],
  lang: LexiconLanguage,
  year?: number,
): { elsewhere: boolean; back: boolean; afterEvent?: number; asides: readonly (readonly [number, number])[] } {
  // « contre une brigade qui aurait tué deux de ses hommes la semaine précédente, »: that clause tells of another incident; the rest of the sentence is this one's.
  // "He blamed AQAP, which has stepped up its attacks … this year.": so does a clause set off by a comma on the group named, as a year in it would.
  const asides: (readonly [number, number])[] = [];
  // Two cues in one clause ("so far this year") set it aside once.
  const setAside = (clause: readonly [number, number]) => {
    const start = tokens[clause[0]]!.start;
    if (!asides.some(([from]) => from === start)) asides.push([start, tokens[clause[1] - 1]!.end]);
  };
  const scanned = timeTable(lang)
    .scan(tokens)
    .filter((c) => {
      // « les FSR, en guerre contre l'armée depuis avril 2023, ont démenti »: an apposition on the subject tells its own time too.
      const clause =
        c.data === "elsewhere"
          ? (describingClauseAround(tokens, c.start) ?? relativeClauseAround(tokens, c.start, true) ?? appositionAround(tokens, c.start, lang))
          : c.data === "since"
            ? appositionAround(tokens, c.start, lang)
            : undefined;
      if (clause) setAside(clause);
      return clause === undefined;
    });
  // "killing 13 in one of the deadliest attacks this year": the cues after the comparison are the other incidents'.
  const compares = scanned.find((c) => c.data === "compares" && c.start > 4);
  const cues = compares ? scanned.filter((c) => c.start < compares.start) : scanned;
  // "…, the military said, two days after an operation was launched": what follows the cue is the other event's.
  const after = cues.find((c) => c.data === "since" && c.start > 4) ?? compares;
  // "the GLF, an armed group that rejected a peace deal signed in 2022": the year dates the group's past, which the clause tells aside.
  const years = yearsOf(tokens, lang).filter((y) => {
    if (compares !== undefined && y.at >= compares.start) return false;
    const clause = relativeClauseAround(tokens, y.at, true) ?? appositionAround(tokens, y.at, lang);
    if (clause) setAside(clause);
    return clause === undefined;
  });
  const otherYear = years.some((y) => y.since || (year === undefined ? y.bare : y.year !== year));
  return {
    elsewhere:
      otherYear ||
      cues.some((c) => c.data === "elsewhere" || (c.data === "since" && c.start <= 4) || (c.data === "compares" && c.start <= 4)) ||
      (lang === "fr" && earlierDeathsOnAnotherDay(tokens)),
    back: cues.some((c) => c.data === "back" && c.start <= 3),
    ...(after ? { afterEvent: tokens[after.start]!.start } : {}),
    asides,
  };
}

/** Words that open a French sentence on a day or month of its own: « Jeudi, … », « Mi-août, … », « Le 3 mars, … », « En mai, … ». */
const DAY_OPENERS = new Set(["le", "en", "debut", "fin", "courant", "dans", "la", "nuit", "du", "de", "mi"]);

/** Participles after « avait » / « avaient » that tell of deaths or of an attack's toll. */
const EARLIER_TOLL = new Set(["ete", "fait", "peri", "tue", "tues", "coute", "cause", "perdu"]);

/**
 * « Jeudi, sept soldats avaient été tués », « Mi-août, au moins 17 soldats
 * avaient été tués et 20 blessés »: a sentence that opens on a day or a
 * month of its own and tells its toll in the pluperfect, with no « que » of
 * reported speech before it, tells of an earlier incident. (Reported speech
 * puts the pluperfect after « que »: « l'armée a indiqué que 12 soldats
 * avaient été tués » is this incident's.)
 */
function earlierDeathsOnAnotherDay(tokens: readonly Token[]): boolean {
  let t = 0;
  let named = false;
  for (; t < Math.min(tokens.length, 6); t += 1) {
    const word = tokens[t]!.folded;
    if (CALENDAR_NAMES.fr.weekdays.includes(word) || CALENDAR_NAMES.fr.months.includes(word) || word.startsWith("mi-")) named = true;
    else if (!(DAY_OPENERS.has(word) || tokens[t]!.kind === "number")) break;
  }
  if (!named || tokens[t]?.text !== ",") return false;
  for (let k = t + 1; k < Math.min(tokens.length, t + 14); k += 1) {
    const word = tokens[k]!.folded;
    if (word === "que" || word === "qu'" || tokens[k]!.kind === "break") return false;
    // « Lundi, le ministre avait fait état d'un bilan de 11 morts »: an earlier telling of this incident's toll, not an earlier toll.
    if ((word === "avait" || word === "avaient") && EARLIER_TOLL.has(tokens[k + 1]?.folded ?? "")) return tokens[k + 2]?.folded !== "etat";
  }
  return false;
}

/** Folded words of an arrest ("arrested", « interpellés »); French « arrêté » only after « été », since « n'ont pas arrêté » is "did not stop". */
const ARREST_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["arretes", "arretee", "arretees", "interpelle", "interpelles", "interpellee", "interpellees", "apprehende", "apprehendes"]),
  en: new Set(["arrested", "arrest", "arrests", "detained", "apprehended"]),
};

/**
 * Whether a sentence tells of an arrest ("police arrested a suspected bomb
 * maker in a raid on a house in Marawi", « deux suspects ont été
 * interpellés à Mora »): a later event of the aftermath, whose place, day,
 * target and means are not the attack's.
 *
 * @example
 * ```ts
 * tellsOfArrest(tokenize("On Tuesday, police arrested a suspect in a raid on a house.", "en"), "en"); // true
 * tellsOfArrest(tokenize("Les tirs n'ont pas arrêté de la nuit.", "fr"), "fr"); // false
 * ```
 */
export function tellsOfArrest(tokens: readonly Token[], lang: LexiconLanguage): boolean {
  const words = ARREST_WORDS[lang];
  return tokens.some((t, k) => words.has(t.folded) || (lang === "fr" && t.folded === "arrete" && tokens[k - 1]?.folded === "ete"));
}
