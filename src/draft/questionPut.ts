import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";

/**
 * Nouns of what others say (« les informations faisant état de … »,
 * "reports that …"): put to a source as a question, they carry no one's
 * claim, and a participle of saying after them (« faisant état », "saying")
 * has no speaker.
 *
 * @example
 * HEARSAY_NOUNS.fr.has("informations") && HEARSAY_NOUNS.en.has("reports")
 * //=> true
 */
export const HEARSAY_NOUNS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set(["informations", "information", "rumeurs", "allegations", "affirmations", "accusations", "propos", "bilans", "chiffres", "images", "videos"]),
  en: new Set(["reports", "report", "claims", "allegations", "accounts", "rumours", "rumors", "figures", "suggestions", "videos", "images"]),
};

/** Words of a question put to a source, or of its answer withheld (« commenter », « réagir », "comment", "respond", "asked"). */
const QUESTION_WORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
  fr: new Set([
    "commenter",
    "commente",
    "reagir",
    "reagi",
    "repondre",
    "repondu",
    "confirmer",
    "confirme",
    "dementir",
    "interroge",
    "interrogee",
    "interroges",
    "questionne",
    "sollicite",
    "sollicitee",
  ]),
  en: new Set(["comment", "commented", "respond", "responded", "confirm", "confirmed", "asked", "questioned", "address", "addressed"]),
};

/** How many words may stand between a word of the question and its noun of hearsay (« commenter les informations », "comment on the reports"). */
const QUESTION_REACH = 4;

/** How far back from a figure the question's noun of hearsay is looked for (« sur les informations faisant état de bergers tués »). */
const HEARSAY_REACH = 8;

/**
 * Whether the figure at token `at` is what others said, put to a source
 * as a question (« n'a pas souhaité commenter les informations faisant état
 * de bergers tués », "did not respond to requests for comment on reports
 * that three soldiers were killed"): the source declined to answer it, and
 * the outlet only names the question. The refusal is the claim; the
 * figure in the question is no one's.
 *
 * @example
 * const tokens = tokenize("did not comment on reports that three soldiers were killed", "en");
 * inQuestionPut(tokens, 6, "en");
 * //=> true
 */
export function inQuestionPut(tokens: readonly Token[], at: number, lang: LexiconLanguage): boolean {
  for (let noun = at - 1; noun >= 0 && at - noun <= HEARSAY_REACH; noun -= 1) {
    if (tokens[noun]!.kind !== "word") return false;
    if (!HEARSAY_NOUNS[lang].has(tokens[noun]!.folded)) continue;
    for (let k = noun - 1; k >= 0 && noun - k <= QUESTION_REACH; k -= 1) if (QUESTION_WORDS[lang].has(tokens[k]!.folded)) return true;
    return false;
  }
  return false;
}
