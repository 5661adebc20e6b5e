import type { FlagDraft } from "./flagDraft.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";
import { timeInterval } from "../kinds/timeInterval.js";
import { compareText } from "./questions.js";

/**
 * A source's answers to a question over time: its dated claims ordered by
 * `said`, and a `revised` finding wherever the set of answers it gave changed
 * from one date to the next. Undated claims have no place in a history.
 */
export function findRevisions(questions: readonly QuestionEntry[]): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const question of questions) {
    const positionOf = new Map<ClaimEntry, PositionEntry>();
    for (const position of question.positions) for (const entry of position.entries) positionOf.set(entry, position);
    const bySource = new Map<string, ClaimEntry[]>();
    for (const entry of question.entries) {
      if (entry.claim.said === undefined) continue;
      const list = bySource.get(entry.claim.source);
      if (list) list.push(entry);
      else bySource.set(entry.claim.source, [entry]);
    }
    for (const entries of bySource.values()) {
      const dates = [...new Set(entries.map((e) => e.claim.said!))].sort(
        (a, b) => timeInterval(a)!.low - timeInterval(b)!.low || compareText(a, b),
      );
      for (let i = 1; i < dates.length; i++) {
        const before = entries.filter((e) => e.claim.said === dates[i - 1]);
        const after = entries.filter((e) => e.claim.said === dates[i]);
        const keys = (list: ClaimEntry[]) => [...new Set(list.map((e) => positionOf.get(e)!.key))].sort().join("\n");
        if (keys(before) === keys(after)) continue;
        drafts.push({
          kind: "revised",
          question,
          said: [dates[i - 1]!, dates[i]!],
          sides: [before, after].map((list) => ({ question, position: positionOf.get(list[0]!)!, entries: list })),
        });
      }
    }
  }
  return drafts;
}
