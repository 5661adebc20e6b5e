import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable } from "../lexicon/phrasePattern.js";
import type { Token } from "../lexicon/tokenize.js";

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
export type TimeCue = "elsewhere" | "back";

const ELSEWHERE: TimeCue = "elsewhere";
const BACK: TimeCue = "back";

/** The phrases of {@link TimeCue}, per language, in the notation of `phrasePattern`. */
export const TIME_CUES: Record<LexiconLanguage, readonly (readonly [string, TimeCue])[]> = {
  fr: [
    ["le|la mois|semaine|annee dernier|derniere|precedent|precedente|passe|passee", ELSEWHERE],
    ["l' an|annee|ete|hiver dernier|derniere|passe|passee", ELSEWHERE],
    ["depuis le debut de l' annee", ELSEWHERE],
    ["depuis le debut du mois|conflit|mois", ELSEWHERE],
    ["depuis le debut de la crise|guerre|rebellion", ELSEWHERE],
    ["depuis le debut de l' insurrection|annee", ELSEWHERE],
    ["depuis janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025|2026", ELSEWHERE],
    ["depuis plusieurs|des mois|annees|semaines", ELSEWHERE],
    ["cette annee", ELSEWHERE],
    ["au cours de l' annee", ELSEWHERE],
    ["au cours des derniers|dernieres mois|annees|semaines", ELSEWHERE],
    ["en 2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025", ELSEWHERE],
    ["auparavant|precedemment|jadis", ELSEWHERE],
    ["une|la precedente attaque|offensive|embuscade", ELSEWHERE],
    ["une attaque|offensive|embuscade similaire|semblable|precedente|majeure", ELSEWHERE],
    ["lors d' une|un precedente|precedent|autre", ELSEWHERE],
    ["quelques|plusieurs jours|semaines|mois seulement? apres|avant|auparavant", ELSEWHERE],
    ["quelques|plusieurs jours|semaines|mois seulement? plus tot", ELSEWHERE],
    ["dans un contexte", ELSEWHERE],
    ["au total depuis", ELSEWHERE],
    ["en tout depuis", ELSEWHERE],
    ["a cette occasion", BACK],
    ["lors de cette|cet attaque|offensive|embuscade|journee|assaut|operation|episode", BACK],
    ["ce jour-la", BACK],
    ["cette journee|attaque-la", BACK],
    ["le bilan de cette journee|attaque", BACK],
  ],
  en: [
    ["last|previous|past month|week|year|weekend", ELSEWHERE],
    ["earlier this|that year|month", ELSEWHERE],
    ["this year", ELSEWHERE],
    ["so far this|in year|month", ELSEWHERE],
    ["since january|february|march|april|may|june|july|august|september|october|november|december|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025|2026", ELSEWHERE],
    ["since the start|beginning of the year|month|conflict|war|insurgency", ELSEWHERE],
    ["over the past|last months|years|weeks|decade", ELSEWHERE],
    ["in 2010|2011|2012|2013|2014|2015|2016|2017|2018|2019|2020|2021|2022|2023|2024|2025", ELSEWHERE],
    ["previously|formerly", ELSEWHERE],
    ["a similar|previous|separate|earlier attack|assault|raid|ambush|strike|incident", ELSEWHERE],
    ["days|weeks|months earlier|before|after|ago", ELSEWHERE],
    ["in all since", ELSEWHERE],
    ["in total since", ELSEWHERE],
    ["amid", ELSEWHERE],
    ["in that|the earlier attack|assault|raid|ambush|strike|incident", BACK],
    ["on that occasion|day", BACK],
    ["during that|the earlier attack|assault|raid", BACK],
    ["that attack|assault|raid|ambush", BACK],
  ],
};

const timeTable = perLanguage((lang) => new PatternTable(TIME_CUES[lang]));

/** The time cues of a sentence: whether it tells of another incident, and whether it opens by referring back. */
export function timeCuesOf(tokens: readonly Token[], lang: LexiconLanguage): { elsewhere: boolean; back: boolean } {
  const cues = timeTable(lang).scan(tokens);
  return {
    elsewhere: cues.some((c) => c.data === "elsewhere"),
    back: cues.some((c) => c.data === "back" && c.start <= 3),
  };
}
