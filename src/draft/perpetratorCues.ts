import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable, type PatternMatch } from "../lexicon/phrasePattern.js";
import type { Token } from "../lexicon/tokenize.js";

/**
 * Phrases that make an actor the author of an attack:
 *
 * - `subject`: the actor named just before carried it out (« le CSP avait
 *   lancé une offensive », "al-Shabab fighters stormed");
 * - `agent`: the actor named just after did (« une attaque du JNIM »,
 *   « menée par », "carried out by", "blamed on").
 */
export type PerpetratorCue = "subject" | "agent";

/** The phrases of {@link PerpetratorCue}, per language, in the notation of `phrasePattern`. */
export const PERPETRATOR_CUES: Record<LexiconLanguage, readonly (readonly [string, PerpetratorCue])[]> = {
  fr: [
    ["a|ont|avait|avaient lance|mene|conduit|perpetre|commis une|un|l'|leur attaque|offensive|assaut|embuscade|raid|attentat|operation", "subject"],
    ["lance|lancent|lancait|lancerent|mene|menent|menait une|un attaque|offensive|assaut|embuscade|raid|attentat", "subject"],
    ["a|ont|avait|avaient attaque|cible|vise|frappe|tendu", "subject"],
    ["a|ont|avait|avaient pris d' assaut", "subject"],
    ["attaque|attaquent|attaquait|attaquaient|attaquerent", "subject"],
    ["attaque|attaques|attentat|attentats|assaut|offensive|embuscade|raid|incursion du|des", "agent"],
    ["attaque|attaques|attentat|attentats|assaut|offensive|embuscade|raid|incursion de l'", "agent"],
    ["mene|menee|menees|menes|perpetre|perpetree|perpetrees|commis|commise|commises|conduit|conduite|lance|lancee par", "agent"],
    ["attribue|attribuee|attribuees|attribues|impute|imputee|imputees|imputes a|au|aux", "agent"],
  ],
  en: [
    ["launched|mounted|staged|conducted an|the|a attack|assault|raid|ambush|offensive|bombing", "subject"],
    ["carried out an|the|a attack|assault|raid|ambush|offensive|bombing", "subject"],
    ["attacked|stormed|ambushed|raided|overran|struck|targeted|bombed|shelled", "subject"],
    ["fighters|militants|gunmen|insurgents|members attacked|stormed|ambushed|raided|overran", "subject"],
    ["attack|attacks|assault|raid|ambush|offensive|bombing by", "agent"],
    ["carried out by", "agent"],
    ["launched|mounted|staged|perpetrated|committed by", "agent"],
    ["blamed|attributed on|to", "agent"],
  ],
};

const perpetratorTable = perLanguage((lang) => new PatternTable(PERPETRATOR_CUES[lang]));

/** The perpetrator cues of a sentence. */
export function perpetratorCuesOf(tokens: readonly Token[], lang: LexiconLanguage): PatternMatch<PerpetratorCue>[] {
  return perpetratorTable(lang).scan(tokens);
}
