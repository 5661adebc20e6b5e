import type { LexiconLanguage } from "../lexicon/language.js";
import { tokenize } from "../lexicon/tokenize.js";

/**
 * Verbs of giving a figure: said with a negation and nothing else (« n'a
 * pas donné de bilan », « sans avancer de chiffre », "did not give a toll"),
 * they tell that no figure came, not that anyone declined to give one.
 */
const GIVING: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "donne",
    "donner",
    "fourni",
    "fournir",
    "avance",
    "avancer",
    "precise",
    "preciser",
    "indique",
    "indiquer",
    "mentionne",
    "mentionner",
    "communique",
    "communiquer",
    "publie",
    "publier",
  ]),
  en: new Set(["give", "gave", "given", "provide", "provided", "mention", "mentioned", "offer", "offered", "no", "say"]),
};

/**
 * Words that make the same phrase a refusal after all: a will (« n'a pas
 * souhaité donner »), a request left unanswered (« donné suite », "a
 * request for comment"), a comment declined.
 */
const DECLINING: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["souhaite", "voulu", "refuse", "refusant", "suite", "commenter", "commentaire", "sollicitations", "questions", "demande"]),
  en: new Set(["declined", "declining", "refused", "refusing", "comment", "request", "requests", "questions", "immediate", "response", "reply"]),
};

/**
 * Whether the words the lexicon read as a refusal only tell that no figure
 * was given (« Il n'a pas donné de bilan », « sans donner de chiffre »,
 * "did not give a toll", "gave no figure"). The analyst codes a refusal
 * where a source declines; a figure that is simply missing is silence, and
 * silence is no claim.
 *
 * @param words - The refusal's words, as the lexicon found them.
 * @param lang - The article's language.
 * @returns `true` when the words are silence rather than a refusal.
 */
export function isSilence(words: string, lang: LexiconLanguage): boolean {
  const folded = tokenize(words, lang).map((t) => t.folded);
  return folded.some((w) => GIVING[lang].has(w)) && !folded.some((w) => DECLINING[lang].has(w));
}
