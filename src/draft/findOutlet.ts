import type { LexiconLanguage } from "../lexicon/language.js";
import { foldWord } from "../lexicon/foldWord.js";
import { NAMED } from "./speakerLexicon.js";

const OUTLETS = NAMED.filter((n) => n.cue.kind === "media");

/**
 * The outlet an article credits itself to, from its dateline or credit
 * line: « BAMAKO (AFP) - », "(Reuters) -", « Avec RFI », "— AP", "Source:
 * Reuters". Only outlets known by name are read, so that a byline is never
 * mistaken for a source.
 *
 * @returns The outlet's name as the list of known outlets spells it, or `undefined`.
 */
export function findOutlet(text: string, lang: LexiconLanguage): string | undefined {
  const lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  const head = (lines[0] ?? "").slice(0, 120);
  const credits = [...lines.slice(-3)].filter((l) => l.length <= 40);
  for (const outlet of OUTLETS) {
    for (const name of outlet.names) {
      if (head.includes(`(${name})`) || head.startsWith(`${name} -`) || head.startsWith(`${name} —`)) return outlet.names[0];
      const credited = credits.some((line) => {
        const folded = foldWord(line)
          .replace(/[.:—–-]/gu, " ")
          .trim();
        const n = foldWord(name);
        return (
          folded === n ||
          folded === `avec ${n}` ||
          folded === `with ${n}` ||
          folded === `source ${n}` ||
          folded === `(${n})` ||
          folded === `${lang === "fr" ? "avec" : "with"} l'${n}`
        );
      });
      if (credited) return outlet.names[0];
    }
  }
  return undefined;
}
