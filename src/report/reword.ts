import { messagesFor } from "../messages/languages.js";
import { wording, type Wording } from "../messages/wording.js";
import type { Reconciliation } from "../reconcile/reconciliation.js";
import { conflict } from "../vocabulary/conflict.js";
import type { Vocabulary } from "../vocabulary/vocabulary.js";

/**
 * The wording of a reconciliation in a language, with the labels of its
 * vocabulary when the vocabulary given is the one it was read in.
 */
export function wordingIn(result: Reconciliation, lang: string, vocabulary: Vocabulary = conflict): Wording {
  const labels = vocabulary.name === result.vocabulary ? vocabulary.labels?.[lang] : undefined;
  return wording(result, messagesFor(lang), labels);
}

/**
 * The same reconciliation with its notes, agreements and chains written in
 * another language; every other field is the same data.
 */
export function reword(result: Reconciliation, words: Wording): Reconciliation {
  if (result.lang === words.messages.lang) return result;
  return {
    ...result,
    lang: words.messages.lang,
    flags: result.flags.map((flag) => ({ ...flag, note: words.note(flag) })),
    agreements: result.agreements.map((agreement) => ({ ...agreement, note: words.agreement(agreement) })),
    provenance: result.provenance.map((p) => ({ ...p, chain: words.chain(p) })),
  };
}
