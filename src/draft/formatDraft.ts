import type { IncidentDraft } from "./draftIncident.js";
import { splitSentences } from "./splitSentences.js";

/**
 * Lays out a draft for review: each sentence of the article that holds
 * drafted claims, with each claim's quote marked ⟦ ⟧ in it, and under it
 * the claims — who says it (and through whom), what about, the value, the
 * hedge. A reviewer reads the source words and the proposal side by side,
 * and confirms or corrects each.
 *
 * @param draft - What {@link draftIncident} returned for `text`.
 * @param text - The article the draft was made from.
 * @returns Plain text, one block per sentence, ending with a count of the claims.
 *
 * @example
 * const text = "Selon l'armée malienne, 12 soldats ont été tués.";
 * formatDraft(draftIncident(text, { lang: "fr" }), text)
 * //=> "Selon l'armée malienne, ⟦12 soldats ont été tués⟧.\n  1. Armée malienne (via Article): killed [party=armee-malienne, group=soldiers] = 12\n\n1 claim drafted from 1 sentence, from 2 sources.\n"
 */
export function formatDraft(draft: IncidentDraft, text: string): string {
  const name = new Map(draft.sources.map((s) => [s.id, s.name]));
  const blocks: string[] = [];
  let n = 0;
  let sentencesWithClaims = 0;
  for (const sentence of splitSentences(text, draft.lang)) {
    const claims = draft.claims.filter((c) => c.evidence.start >= sentence.start && c.evidence.end <= sentence.end);
    if (claims.length === 0) continue;
    sentencesWithClaims += 1;
    const lines = [
      markQuotes(
        text,
        sentence.start,
        sentence.end,
        claims.map((c) => c.evidence),
      ),
    ];
    for (const claim of claims) {
      n += 1;
      const via = claim.via && claim.via.length > 0 ? ` (via ${claim.via.map((id) => name.get(id) ?? id).join(", ")})` : "";
      const scope = Object.entries(claim.about)
        .filter(([field]) => field !== "facet")
        .map(([field, value]) => `${field}=${value}`);
      const about = scope.length > 0 ? `${claim.about.facet} [${scope.join(", ")}]` : claim.about.facet;
      const value = `${claim.not ? "not " : ""}${typeof claim.value === "string" ? claim.value : JSON.stringify(claim.value)}`;
      lines.push(`  ${n}. ${name.get(claim.source) ?? claim.source}${via}: ${about} = ${value}${claim.hedge ? ` · ${claim.hedge}` : ""}`);
    }
    blocks.push(lines.join("\n"));
  }
  const plural = (k: number, word: string) => `${k} ${word}${k === 1 ? "" : "s"}`;
  const summary = `${plural(n, "claim")} drafted from ${plural(sentencesWithClaims, "sentence")}, from ${plural(draft.sources.length, "source")}.`;
  return `${[...blocks, summary].join("\n\n")}\n`;
}

/** The sentence with each quote between ⟦ and ⟧; overlapping quotes are merged into one mark. */
function markQuotes(text: string, start: number, end: number, spans: readonly { start: number; end: number }[]): string {
  const merged: { start: number; end: number }[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = "";
  let at = start;
  for (const span of merged) {
    out += `${text.slice(at, span.start)}⟦${text.slice(span.start, span.end)}⟧`;
    at = span.end;
  }
  return out + text.slice(at, end);
}
