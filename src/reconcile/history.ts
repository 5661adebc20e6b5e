import { timeInterval } from "../values/timeInterval.js";
import type { FlagDraft } from "./flagDraft.js";
import type { ClaimEntry, PositionEntry, QuestionEntry } from "./questions.js";
import { compareText } from "./questions.js";

/** What one source said on one date in answer to one question. */
export interface HistoryStepEntry {
  readonly said: string;
  /** Sorted by claim id. */
  readonly entries: readonly ClaimEntry[];
  /** The positions those claims hold, in the question's order. */
  readonly positions: readonly PositionEntry[];
}

/** One source's answers to one question over time, earliest first. */
export interface HistoryEntry {
  readonly source: string;
  readonly steps: readonly HistoryStepEntry[];
}

/**
 * The histories of a question: for each source that answered it on two or
 * more `said` dates, its answers date by date, ordered by `said` (by the start
 * of the period each date covers, so "2023-11" comes before "2023-11-24").
 * Undated claims have no place in a history, and a source that answered on
 * one date only has no history to tell. Sources come in the order of their
 * first claim (by id), never by name.
 */
export function questionHistories(question: QuestionEntry): HistoryEntry[] {
  const positionOf = new Map<ClaimEntry, PositionEntry>();
  for (const position of question.positions) for (const entry of position.entries) positionOf.set(entry, position);
  const bySource = new Map<string, ClaimEntry[]>();
  for (const entry of question.entries) {
    if (entry.claim.said === undefined) continue;
    const list = bySource.get(entry.claim.source);
    if (list) list.push(entry);
    else bySource.set(entry.claim.source, [entry]);
  }
  const histories: HistoryEntry[] = [];
  for (const [source, entries] of bySource) {
    const distinct = [...new Set(entries.map((e) => e.claim.said!))];
    if (distinct.length < 2) continue;
    const dates = distinct.sort(bySaid);
    const steps = dates.map((said) => {
      const onDate = entries.filter((e) => e.claim.said === said);
      const held = new Set(onDate.map((e) => positionOf.get(e)!));
      return { said, entries: onDate, positions: question.positions.filter((p) => held.has(p)) };
    });
    histories.push({ source, steps });
  }
  return histories;
}

/**
 * Orders two `said` dates by the start of the period each covers, then as
 * text: "2023-11" before "2023-11-24".
 */
export function bySaid(a: string, b: string): number {
  return timeInterval(a)!.low - timeInterval(b)!.low || compareText(a, b);
}

/**
 * `revised` findings, read from the histories: one wherever a source's set of
 * answers changed from one date to the next. Both sides of the finding are
 * the source's claims on those two dates.
 */
export function findRevisions(histories: ReadonlyMap<QuestionEntry, readonly HistoryEntry[]>): FlagDraft[] {
  const drafts: FlagDraft[] = [];
  for (const [question, list] of histories) {
    for (const history of list) {
      history.steps.forEach((after, i) => {
        const before = history.steps[i - 1];
        if (!before || samePositions(before, after)) return;
        drafts.push({
          kind: "revised",
          question,
          said: [before.said, after.said],
          sides: [before, after].map((step) => ({ question, position: step.positions[0]!, entries: step.entries })),
        });
      });
    }
  }
  return drafts;
}

function samePositions(a: HistoryStepEntry, b: HistoryStepEntry): boolean {
  return a.positions.length === b.positions.length && a.positions.every((p, i) => p === b.positions[i]);
}
