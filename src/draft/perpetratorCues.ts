import type { LexiconLanguage } from "../lexicon/language.js";
import { perLanguage } from "../lexicon/language.js";
import { PatternTable, type PatternMatch } from "../lexicon/phrasePattern.js";
import { isQuoteMark, type Token } from "../lexicon/tokenize.js";

/**
 * Phrases that make an actor the author of an attack:
 *
 * - `subject`: the actor named just before carried it out (« le CSP avait
 *   lancé une offensive », "al-Shabab fighters stormed");
 * - `agent`: the actor named just after did (« une attaque du JNIM »,
 *   « menée par », "carried out by");
 * - `blame`: the speaker blames the actor named just after (« accuse »,
 *   « attribue l'attaque à », "blamed the killings on") or says who the
 *   attackers were (« les assaillants étaient », "described the attackers
 *   as"): read as `agent`, and the only cue after which an author named by
 *   what its men are (« des éleveurs armés ») is drafted;
 * - `claimedBy`: the actor named just after claimed it (« revendiquée par »,
 *   "claimed by"), so its own words make it the perpetrator;
 * - `doneBy`: the armed group named just after killed or took the victims
 *   (« tués par Boko Haram », "abducted by ISWAP"); forces named there
 *   ("militants killed by troops") only fought back, so they are left out;
 * - `ownDeed`: a speaker tells of its own deed (« affirme avoir tué », "said
 *   it carried out"), right after a verb of saying.
 */
export type PerpetratorCue = "subject" | "agent" | "blame" | "claimedBy" | "doneBy" | "ownDeed";

/** The phrases of {@link PerpetratorCue}, per language, in the notation of `phrasePattern`. */
export const PERPETRATOR_CUES: Record<LexiconLanguage, readonly (readonly [string, PerpetratorCue])[]> = {
  fr: [
    ["a|ont|avait|avaient lance|mene|conduit|perpetre|commis une|un|l'|leur attaque|offensive|assaut|embuscade|raid|attentat|operation", "subject"],
    ["lance|lancent|lancait|lancerent|mene|menent|menait une|un attaque|offensive|assaut|embuscade|raid|attentat", "subject"],
    ["a|ont|avait|avaient attaque|cible|vise|frappe|tendu|tue|enleve|bombarde", "subject"],
    ["a|ont|avait|avaient pris d' assaut", "subject"],
    // « ont ouvert le feu sur la foule », « a tiré sur la ville », « ont fait exploser un engin »: the deed told by its verb.
    ["a|ont|avait|avaient ouvert le feu", "subject"],
    ["a|ont|avait|avaient tire sur|des|plusieurs", "subject"],
    ["a|ont|avait|avaient fait exploser|irruption", "subject"],
    ["a|ont|avait|avaient incendie|pilonne|mitraille", "subject"],
    ["attaque|attaquent|attaquait|attaquaient|attaquerent", "subject"],
    ["attaque|attaques|attentat|attentats|assaut|offensive|embuscade|raid|incursion du|des", "agent"],
    ["attaque|attaques|attentat|attentats|assaut|offensive|embuscade|raid|incursion de l'", "agent"],
    // « une attaque de Boko Haram »: the group by its name (a place after « de » is no actor, and names none).
    ["attaque|attaques|attentat|attentats|assaut|offensive|embuscade|raid|incursion de", "agent"],
    ["mene|menee|menees|menes|perpetre|perpetree|perpetrees|commis|commise|commises|conduit|conduite|lance|lancee|tendu|tendue|tendus|tendues par", "agent"],
    ["attribue|attribuee|attribuees|attribues|impute|imputee|imputees|imputes a|au|aux", "blame"],
    // « la base a été attaquée par des éléments du groupe X », « prise pour cible par »: the passive's agent did it.
    ["attaque|attaquee|attaques|attaquees|visee|visees|ciblee|ciblees par", "agent"],
    ["pris|prise|prises pour cible par", "agent"],
    ["pris|prise|prises d' assaut par", "agent"],
    // « a imputé l'attentat aux FDS », « attribue les tueries aux milices Fano »: the deed named between the verb and its author,
    // after the day it was said (« a attribué jeudi l'enlèvement à ») and words that say the speaker agrees with another (« attribue elle aussi l'attaque au JNIM »).
    [
      "attribue|attribuent|attribuait|attribuant|impute|imputent|imputait|imputant lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier? egalement|elle|lui|eux|elles? aussi|egalement? l'|la|le|les|cette|cet|ces attaque|attaques|attentat|attentats|tueries|tuerie|massacre|massacres|enlevement|embuscade|frappe|frappes|violences|assaut a|au|aux",
      "blame",
    ],
    // « les assaillants, des combattants de Boko Haram », « les assaillants étaient des membres de l'EI »: who the attackers were.
    ["assaillants|attaquants , des|de? combattants|membres|elements|hommes|jihadistes|djihadistes|miliciens du|des|de|d'", "blame"],
    ["assaillants|attaquants etaient|seraient des combattants|membres|elements|hommes|jihadistes|djihadistes|miliciens du|des|de|d'", "blame"],
    // « les assaillants étaient « des éleveurs armés » », « les assaillants, des jihadistes présumés »: an author by what its men are.
    ["assaillants|attaquants etaient|seraient|sont", "blame"],
    // « Ce sont des bandits qui utilisent notre nom »: who did it, said by one who denies it was his own.
    ["ce sont|c'etait|c'est des|les", "blame"],
    ["assaillants|attaquants , des|d'", "blame"],
    // « les premiers éléments de l'enquête désignent le groupe X », « les indices pointent vers »: what an inquiry found names the author.
    ["enquete|indices|investigations designent|designe|designaient|designait", "blame"],
    ["enquete|indices|investigations pointent|pointe|pointaient|pointait vers", "blame"],
    ["revendique|revendiquee|revendiques|revendiquees par", "claimedBy"],
    [
      "tue|tues|tuee|tuees|blesse|blesses|blessee|blessees|enleve|enleves|enlevee|enlevees|abattu|abattus|abattue|abattues|massacre|massacres|executes|kidnappe|kidnappes par",
      "doneBy",
    ],
    ["accuse|accusent|accusant|accusait|accuse|accusaient|imputant|imputent", "blame"],
    // « le groupe … pourrait être derrière l'opération »: the actor named before is said to be the author.
    [
      "est|sont|etait|etaient|serait|seraient|soit|soient|etre derriere l'|cette|cet|ces|le|la|les attaque|attaques|operation|assaut|enlevement|massacre|attentat|embuscade|frappe",
      "subject",
    ],
    [
      "pourrait|pourraient|pouvait|semble|semblent etre derriere l'|cette|cet|ces|le|la|les attaque|attaques|operation|assaut|enlevement|massacre|attentat|embuscade|frappe",
      "subject",
    ],
    // Not « avoir neutralisé »: neutralising is what a side says of the attackers it fought back, never of its own attack.
    ["avoir tue|attaque|frappe|mene|lance|vise|cible|detruit|bombarde|abattu|pris", "ownDeed"],
    ["avoir mene|lance|conduit une|un|des attaque|attaques|offensive|operation|frappe|frappes|raid|assaut", "ownDeed"],
    // « son porte-parole affirme que ses combattants ont attaqué une position »: the speaker's own men did it.
    ["ses|leurs|nos combattants|hommes|elements|troupes|soldats|forces ont|avaient attaque|tue|mene|vise|cible|frappe|lance|detruit|bombarde", "ownDeed"],
  ],
  en: [
    ["launched|mounted|staged|conducted an|the|a attack|assault|raid|ambush|offensive|bombing", "subject"],
    ["carried out an|the|a attack|assault|raid|ambush|offensive|bombing", "subject"],
    // 'the military had carried out "a precise air strike"', 'security forces had carried out "air operations"': a strike by its author's words.
    ["carried out an|a|the? precise|precision|targeted? airstrike|airstrikes|strike|strikes|bombing|bombings", "subject"],
    ["carried out an|a|the? precise|precision|targeted? air|drone strike|strikes|operation|operations|raid|raids", "subject"],
    ["attacked|stormed|ambushed|raided|overran|struck|targeted|bombed|shelled|killed|abducted|kidnapped", "subject"],
    ["fighters|militants|gunmen|insurgents|members attacked|stormed|ambushed|raided|overran", "subject"],
    // "opened fire on the crowd", "fired rockets at the town", "detonated a car bomb": the deed told by its verb.
    ["opened fire", "subject"],
    ["fired on|at|rockets|mortars|shells|missiles|drones", "subject"],
    ["detonated|torched|shelled|mortared", "subject"],
    ["set off|fire", "subject"],
    ["blew up", "subject"],
    ["attack|attacks|assault|raid|ambush|offensive|bombing by", "agent"],
    ["carried out by", "agent"],
    // "the base was attacked by fighters of the ADF", "the convoy was ambushed by al-Shabab".
    ["attacked|ambushed|stormed|raided|overrun|targeted|shelled|bombed by", "agent"],
    ["launched|mounted|staged|perpetrated|committed by", "agent"],
    ["blamed|attributed on|to", "blame"],
    // "blamed the killings on suspected herders", "attributed the attack to the ADF": the deed named between the verb and its author.
    [
      "blamed|blames|blaming|attributed|attributes|attributing the|this|that|these|those|last attack|attacks|killings|killing|massacre|bombing|ambush|strike|strikes|abduction|violence|assault|raid on|to",
      "blame",
    ],
    // "the attackers, fighters of the ADF", "the gunmen were members of ISWAP": who the attackers were.
    ["attackers|assailants|gunmen , fighters|members|militants from|of", "blame"],
    ["attackers|assailants|gunmen were|are fighters|members|militants from|of", "blame"],
    // "the attackers were suspected herders", "described the attackers as armed herders": an author by what its men are.
    ["attackers|assailants|gunmen were|are", "blame"],
    ["described|identified the attackers|assailants|gunmen as", "blame"],
    // "the attackers included members of the MILF", "were believed to be members of the Tribal Army": who the attackers were, hedged or in part.
    ["attackers|assailants|gunmen|raiders included fighters|members|militants|elements of|from", "blame"],
    ["attackers|assailants|gunmen|raiders were|are believed|thought|said|suspected to be fighters|members|militants|elements? of|from", "blame"],
    ["attackers|assailants|gunmen|raiders were|are believed|thought|said|suspected to be", "blame"],
    // "initial findings pointed to the BIFF": what an inquiry found names the author.
    ["findings|evidence|investigation|investigations|indications pointed|point|points to", "blame"],
    ["claimed by", "claimedBy"],
    ["killed|wounded|injured|abducted|kidnapped|shot|massacred|executed|beheaded by", "doneBy"],
    // "the service was behind the attack", "the new group could be behind it".
    [
      "was|were|is|are|be|been behind the|this|that|these|those|last attack|attacks|assault|raid|bombing|operation|killings|massacre|abduction|kidnapping|ambush|strike",
      "subject",
    ],
    [
      "could|may|might|would|likely be behind the|this|that|these|those attack|attacks|assault|raid|bombing|operation|killings|massacre|abduction|kidnapping|ambush|strike",
      "subject",
    ],
    ["blamed|blames|blaming|accused|accuses|accusing", "blame"],
    ["it|they|we had|have? killed|attacked|struck|carried|conducted|launched|targeted|shot|destroyed", "ownDeed"],
    [
      "its|their|our|his forces|troops|fighters|men|jets|aircraft|drones had|have? killed|attacked|struck|carried|conducted|launched|targeted|shot|destroyed",
      "ownDeed",
    ],
    // "said one of its fighters had carried out the attack".
    ["one of its|their|our fighters|men|members had|has? killed|attacked|struck|carried|conducted|launched|targeted", "ownDeed"],
    ["to have killed|attacked|struck|carried|conducted|launched|targeted|destroyed", "ownDeed"],
    ["having killed|attacked|struck|carried|conducted|launched|targeted|destroyed", "ownDeed"],
    // "denied attacking the checkpoint": a gerund is a deed of the speaker's only after a denial (the drafter checks).
    ["attacking|carrying|launching|staging|conducting|mounting|targeting|killing|shelling|bombing", "ownDeed"],
  ],
};

const perpetratorTable = perLanguage((lang) => new PatternTable(PERPETRATOR_CUES[lang]));

/** The perpetrator cues of a sentence. */
export function perpetratorCuesOf(tokens: readonly Token[], lang: LexiconLanguage): PatternMatch<PerpetratorCue>[] {
  // 'the group said its fighters had "carried out" the attack': the writer's quotation marks inside a cue break none.
  return perpetratorTable(lang).scanSkipping(tokens, isQuoteMark);
}
