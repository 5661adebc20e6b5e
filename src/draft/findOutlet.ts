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
  return contactingOutlet(text);
}

/** Words before an outlet that tell it reached a source itself (« jointes par RFI », « a déclaré à l'AFP », "told the BBC"). */
const CONTACT =
  /(?:\b(?:joint|jointe|joints|jointes|contacté|contactée|contactés|contactées|sollicité|sollicitée|sollicités|interrogé|interrogée|interrogés|cité|citée|cités)\s+par|\bà|\bauprès\s+de|\btold|\bcontacted\s+by|\breached\s+by|\bspeaking\s+to|\bsaid\s+to)\s+(?:l'|la\s+|le\s+|the\s+)?$/iu;

/**
 * With no credit line, the outlet that reached the sources itself: the one
 * outlet the text names at least twice right after « jointes par »,
 * « contactée par », « à », "told" (« Contactée par RFI, l'armée… »,
 * "a spokesman told the BBC"), and no other outlet that way. Named once, it
 * may be a relay as well as the outlet, so the outlet stays unnamed.
 */
function contactingOutlet(text: string): string | undefined {
  const counts = new Map<string, number>();
  for (const outlet of OUTLETS) {
    for (const name of outlet.names) {
      if (name.length < 2) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (CONTACT.test(text.slice(Math.max(0, at - 24), at))) counts.set(outlet.names[0]!, (counts.get(outlet.names[0]!) ?? 0) + 1);
      }
    }
  }
  const [only, ...others] = [...counts.entries()];
  return only !== undefined && others.length === 0 && only[1] >= 2 ? only[0] : undefined;
}
