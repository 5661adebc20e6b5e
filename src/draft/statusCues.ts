import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable, type PatternMatch } from "../lexicon/phrasePattern.js";
import { isQuoteMark, type Token } from "../lexicon/tokenize.js";

/**
 * What a phrase says of the dead, as the `status` facet names it:
 *
 * - `civilians`, `combatants`: the source labels the dead (« Toutes les
 *   victimes sont des civils », « des civils figureraient parmi les morts »,
 *   "most of the dead were civilians", "the dead were militants");
 * - `deniedCivilians`: the words a denial governs when it is about
 *   civilians (« a nié avoir visé des civils », "denied attacking
 *   civilians"): the source says the dead were not civilians, which is
 *   drafted only after a verb of denial;
 * - `noCivilians`: the source says in its own words that no civilian was
 *   among the dead (« Aucun civil n'a été pris pour cible », "no civilians
 *   were killed"), with or without a verb of denial;
 * - `silence`: a text that does not mention civilians among the dead (« Le
 *   texte ne mentionne aucune victime civile », "made no mention of
 *   civilian casualties"): no label, and no claim.
 */
export type StatusCue = "civilians" | "combatants" | "deniedCivilians" | "noCivilians" | "silence";

/** The phrases of {@link StatusCue}, per language, in the notation of `phrasePattern`. */
export const STATUS_CUES: Record<LexiconLanguage, readonly (readonly [string, StatusCue])[]> = {
  fr: [
    ["victimes|morts|tues|defunts … sont|etaient|seraient|etait|serait … civils", "civilians"],
    ["victimes|morts|tues … sont|etaient|seraient toutes|tous? des? villageois|habitants|civils", "civilians"],
    ["civils figurent|figureraient|figuraient|compteraient|comptent parmi les victimes|morts|tues", "civilians"],
    ["civils parmi les victimes|morts|tues", "civilians"],
    ["victimes|morts|tues … sont|etaient|seraient … terroristes|jihadistes|djihadistes|combattants|assaillants", "combatants"],
    ["victimes|morts|tues … sont|etaient|seraient … mercenaires|ennemis|soldats|militaires|miliciens|rebelles", "combatants"],
    // « C'étaient des familles qui vivaient là », « qualifie les victimes de « musulmans innocents » »: who the dead were, in other words.
    ["ce|c' sont|etaient|etait des? familles|paysans|cultivateurs|eleveurs|commercants|pecheurs|fideles|villageois|civils|innocents", "civilians"],
    ["ce|c' etait un lieu rempli de femmes", "civilians"],
    ["qualifie|qualifient|qualifiant les victimes|morts de … innocents|civils", "civilians"],
    ["qualifie|qualifient|qualifiant les victimes|morts de … terroristes|combattants|mercenaires|ennemis", "combatants"],
    // « des ennemis, pas des villageois », « pas des civils »: the label set against the one denied.
    ["pas des|de civils|villageois|habitants|innocents", "combatants"],
    ["pas des|de combattants|terroristes|jihadistes|djihadistes|soldats|militaires|rebelles|miliciens", "civilians"],
    ["avoir vise|cible|tue|attaque|frappe des civils", "deniedCivilians"],
    ["toute|toutes frappe|frappes|attaque|attaques contre des civils", "deniedCivilians"],
    ["que des civils aient ete vises|tues|cibles", "deniedCivilians"],
    // « Il dément toute victime civile ».
    ["toute|toutes victime|victimes civile|civiles", "deniedCivilians"],
    ["aucun civil n' a|ont ete vise|tue|cible|touche|pris", "noCivilians"],
    ["aucune victime civile", "noCivilians"],
    ["ne mentionne|mentionnait|signale|signalait|evoque|evoquait aucune victime civile", "silence"],
    ["ne fait|faisait etat d' aucune victime civile", "silence"],
    // « ses combattants n'ont jamais visé de civils »: no civilian among those it hit, in its own words.
    ["n' ont|a|avaient|avait jamais|pas vise|cible|tue|attaque de civils", "noCivilians"],
  ],
  en: [
    // "the dead were all civilians", not "killed and nine others were injured as civilians fled": the label right after the verb.
    ["dead|victims|killed … were|are|was all|mostly|mainly|largely|reportedly|believed|innocent|unarmed? civilians", "civilians"],
    ["dead|victims|killed … were|are all? villagers|residents|farmers|civilians", "civilians"],
    ["civilians were|are among the dead|victims|killed", "civilians"],
    ["civilians among the dead|victims|killed", "civilians"],
    [
      "dead|victims|killed … were|are all|mostly|mainly|largely|reportedly|suspected|believed? militants|fighters|terrorists|combatants|insurgents",
      "combatants",
    ],
    ["dead|victims|killed … were|are … mercenaries|enemies|soldiers", "combatants"],
    // "the dead were "innocent Muslims"", "They were farmers who came to pray": who the dead were, in other words.
    ["dead|victims|killed|men … were|are innocent|ordinary muslims|people|villagers|worshippers|men", "civilians"],
    ["they|victims|men were|are all? farmers|traders|herders|worshippers|villagers|families|students|fishermen|pilgrims|shepherds", "civilians"],
    ["there were no fighters|militants|combatants|soldiers", "civilians"],
    ["no fighters|militants|combatants at|among the|us|them", "civilians"],
    // "they were fighters, not civilians", "not fighters": the label set against the one denied.
    ["not civilians|villagers", "combatants"],
    ["not fighters|militants|terrorists|combatants|soldiers|rebels", "civilians"],
    ["attacking|targeting|killing|shelling|striking civilians", "deniedCivilians"],
    ["that any? civilians were|had been targeted|killed|attacked", "deniedCivilians"],
    // "denied it had targeted civilians".
    ["it|they had|have targeted|attacked|killed|shelled|struck civilians", "deniedCivilians"],
    ["no civilians|civilian were|was|had been? killed|harmed|targeted|hurt|among", "noCivilians"],
    ["no civilian casualties|deaths", "noCivilians"],
    ["no mention of civilian|civilians casualties|deaths|victims", "silence"],
    ["did|does not mention any civilian|civilians casualties|deaths|victims", "silence"],
    // "its fighters never targeted civilians", "did not target civilians".
    ["never|not targeted|target|attacked|attack|killed|kill civilians", "noCivilians"],
  ],
};

const statusTable = perLanguage((lang) => new PatternTable(STATUS_CUES[lang]));

/** The status cues of a sentence. */
export function statusCuesOf(tokens: readonly Token[], lang: LexiconLanguage): PatternMatch<StatusCue>[] {
  // 'the dead were "innocent Muslims"', « des ennemis, pas des villageois »: the writer's quotation marks break no cue.
  return statusTable(lang).scanSkipping(tokens, isQuoteMark);
}
