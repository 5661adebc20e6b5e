import type { MessageLanguage } from "./languages.js";

/** The words of the section that says what changed since an earlier version of a report. */
export interface SinceWords {
  readonly heading: string;
  readonly nothing: string;
  /** A finding the later version has and the earlier had not. */
  readonly appeared: (note: string) => string;
  /** A finding of the earlier version that is gone. */
  readonly resolved: (note: string) => string;
  /** A finding on the same question that now involves other claims. */
  readonly changed: (note: string, added: number, removed: number) => string;
  /** A question whose positions moved: what is gone, what came. */
  readonly moved: (question: string, gone: readonly string[], added: readonly string[]) => string;
  /** A question whose status changed, its positions the same. */
  readonly status: (question: string, before: string, after: string) => string;
  /** A source whose answer changed. */
  readonly revised: (source: string, question: string, before: readonly string[], after: readonly string[]) => string;
}

const side = (values: readonly string[], none: string) => (values.length === 0 ? none : values.join(", "));

/**
 * The section's words in each language of the reports.
 *
 * @example
 * SINCE_WORDS.fr.heading
 * //=> "Depuis la version précédente"
 */
export const SINCE_WORDS: Readonly<Record<MessageLanguage, SinceWords>> = {
  en: {
    heading: "Since the earlier version",
    nothing: "Nothing has changed.",
    appeared: (note) => `New: ${note}`,
    resolved: (note) => `No longer: ${note}`,
    changed: (note, added, removed) =>
      `Changed: ${note} (${[added > 0 ? `${added} claim${added === 1 ? "" : "s"} more` : "", removed > 0 ? `${removed} fewer` : ""].filter(Boolean).join(", ")})`,
    moved: (question, gone, added) => `${question}: ${side(gone, "no answer")} → ${side(added, "no answer")}`,
    status: (question, before, after) => `${question}: ${before} → ${after}`,
    revised: (source, question, before, after) => `${source} revised ${question}: ${side(before, "no answer")} → ${side(after, "no answer")}`,
  },
  fr: {
    heading: "Depuis la version précédente",
    nothing: "Rien n'a changé.",
    appeared: (note) => `Nouveau : ${note}`,
    resolved: (note) => `Plus maintenant : ${note}`,
    changed: (note, added, removed) =>
      `Modifié : ${note} (${[added > 0 ? `${added} affirmation${added === 1 ? "" : "s"} de plus` : "", removed > 0 ? `${removed} de moins` : ""].filter(Boolean).join(", ")})`,
    moved: (question, gone, added) => `${question} : ${side(gone, "aucune réponse")} → ${side(added, "aucune réponse")}`,
    status: (question, before, after) => `${question} : ${before} → ${after}`,
    revised: (source, question, before, after) => `${source} a révisé ${question} : ${side(before, "aucune réponse")} → ${side(after, "aucune réponse")}`,
  },
};
