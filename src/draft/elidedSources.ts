import type { LexiconLanguage } from "../lexicon/language.js";
import type { Token } from "../lexicon/tokenize.js";
import type { Mention } from "./findMentions.js";
import type { SpeakerCue } from "./speakerLexicon.js";

/** The word that joins two qualifiers of one noun ("security and medical sources", « sources sécuritaires et médicales »). */
const AND: Record<LexiconLanguage, string> = { fr: "et", en: "and" };

/**
 * The speakers named by a qualifier whose noun is left out because the next
 * one shares it: "security and medical sources" are security sources and
 * medical sources, « des sources sécuritaires et médicales » are « sources
 * sécuritaires » and « sources médicales ». Each mention of a qualifier and
 * its noun ("medical sources", « sources sécuritaires ») is read again with
 * the qualifier joined to it by "and" (before it in English, after it in
 * French); when the speaker table knows that pair too, the qualifier alone
 * is a mention of that speaker, so that both speak the sentence's words.
 *
 * @param tokens - A sentence's tokens.
 * @param lang - Its language.
 * @param mentions - The mentions found so far, in order.
 * @param speakerOf - The speaker a phrase of two words names, if the table knows it.
 * @param taken - Whether a token is already part of a mention.
 * @returns The mentions of the qualifiers standing alone.
 */
export function elidedSources(
  tokens: readonly Token[],
  lang: LexiconLanguage,
  mentions: readonly Mention[],
  speakerOf: (pair: readonly Token[]) => SpeakerCue | undefined,
  taken: (t: number) => boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (m.end - m.start !== 2 || m.person !== undefined || m.cue.anaphor !== undefined || m.named !== undefined || m.introduced !== undefined) continue;
    // English: "security and medical sources" (the noun last); French: « sources sécuritaires et médicales » (the noun first).
    const at = lang === "en" ? m.start - 2 : m.end + 1;
    const joiner = lang === "en" ? m.start - 1 : m.end;
    const qualifier = tokens[at];
    if (tokens[joiner]?.folded !== AND[lang] || qualifier?.kind !== "word" || taken(at)) continue;
    const noun = tokens[lang === "en" ? m.end - 1 : m.start]!;
    const pair = lang === "en" ? [qualifier, noun] : [noun, qualifier];
    const cue = speakerOf(pair);
    if (cue === undefined || cue.anaphor !== undefined) continue;
    out.push({ start: at, end: at + 1, cue, name: `${pair[0]!.text} ${pair[1]!.text}` });
  }
  return out;
}
