import { draftIncident, type LexiconLanguage } from "../../src/index.js";

/**
 * A draft's claims as a reader checks them, one line each in draft order:
 * `Source name: facet = value as JSON`.
 */
export function draftLines(text: string, lang: LexiconLanguage = "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map((c) => `${draft.sources.find((s) => s.id === c.source)?.name}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

/** The names of the sources a draft gives claims to (of one facet, when given), each once, in draft order. */
export function draftSources(text: string, facet?: string, lang: LexiconLanguage = "en"): string[] {
  const draft = draftIncident(text, { lang });
  const claims = facet === undefined ? draft.claims : draft.claims.filter((c) => c.about.facet === facet);
  return [...new Set(claims.map((c) => draft.sources.find((s) => s.id === c.source)?.name ?? ""))];
}

/** The perpetrator lines of a draft, as {@link draftLines} writes them. */
export function perpetratorLines(text: string, lang: LexiconLanguage = "en"): string[] {
  return draftLines(text, lang).filter((line) => line.includes(": perpetrator = "));
}
