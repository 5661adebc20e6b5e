import { messagesFor, type MessageLanguage } from "../messages/languages.js";
import { wording } from "../messages/wording.js";
import type { Incident } from "../model/incident.js";
import { parseIncident, parsedWith, type ParseOptions } from "../parse/parseIncident.js";
import { claimProvenance } from "../provenance/claimProvenance.js";
import { engineFindings } from "../reconcile/findings.js";
import type { Findings, Reconciliation } from "../reconcile/reconciliation.js";
import { displayable, type Displayable } from "../display/display.js";
import { reconciliationViews } from "../report/reconciliationView.js";
import { conflict } from "../vocabulary/conflict.js";
import type { ConflictIncidentInput } from "../vocabulary/incidentInput.js";

/** Options of {@link reconcile}. */
export interface ReconcileOptions extends ParseOptions {
  /** The language of the notes and chains: `"en"` (default) or `"fr"`. */
  readonly lang?: MessageLanguage;
  /**
   * `false` leaves the words out: no note, no chain, no notebook views — the
   * findings as data ({@link Findings}), for pipelines of many incidents that
   * never read a sentence. Default `true`.
   */
  readonly words?: boolean;
}

/**
 * Reconciles the claims of one incident: groups them by question, compares
 * the answers, and reports where the accounts agree, where they differ but
 * can all hold, and where they cannot all be true — without ever deciding
 * who is right (DESIGN §4).
 *
 * The incident is checked first (as {@link parseIncident} does) and never
 * mutated. The result is plain JSON data; its order depends only on the
 * claims' ids and the questions, never on the order of the claims or the
 * names of the sources. Hedges and source kinds are reported, never weighed.
 *
 * In a notebook the result shows itself: as a table in Deno's Jupyter
 * kernel, as a summary in Node's REPL, and through `toHTML()` elsewhere (see
 * {@link Displayable}); none of this is part of its JSON.
 *
 * @param incident - An incident document (format 1), parsed or not; typed as {@link ConflictIncidentInput} when written in code, so that an editor completes it.
 * @param options - {@link ReconcileOptions}: the vocabulary (default `conflict`)
 *   and the language of the notes (default English).
 * @returns The questions (positions, status, origins, each source's history), the flags,
 *   the agreements between independent origins, and each claim's provenance.
 * @throws {IncidentError} when the incident is invalid.
 *
 * @example
 * const result = reconcile({
 *   contested: 1, id: "camp",
 *   places: [{ id: "camp", name: "Camp" }],
 *   sources: [{ id: "army", name: "Army", kind: "other" }, { id: "group", name: "Group", kind: "other" }],
 *   claims: [
 *     { id: "a", source: "army", about: { facet: "control", place: "camp" }, value: "repelled" },
 *     { id: "b", source: "group", about: { facet: "control", place: "camp" }, value: "captured" },
 *   ],
 * });
 * result.flags.map((f) => [f.kind, f.sides])
 * //=> [["exclusive", [["b"], ["a"]]]]
 *
 * // The same findings without their words, for bulk work:
 * "note" in reconcile(incident, { words: false }).flags[0]
 * //=> false
 */
export function reconcile(incident: ConflictIncidentInput, options: ReconcileOptions & { readonly words: false }): Findings;
export function reconcile(incident: ConflictIncidentInput, options?: ReconcileOptions): Reconciliation & Displayable;
export function reconcile(incident: unknown, options: ReconcileOptions & { readonly words: false }): Findings;
export function reconcile(incident: unknown, options?: ReconcileOptions): Reconciliation & Displayable;
export function reconcile(incident: unknown, options: ReconcileOptions = {}): (Reconciliation & Displayable) | Findings {
  const vocabulary = options.vocabulary ?? conflict;
  // The pipeline, layer by layer: parse (once), the engine's findings, provenance, then words and display.
  const checked = parsedWith(incident) === vocabulary ? (incident as Incident) : parseIncident(incident, { vocabulary });
  const { questionOf, index, ...engine } = engineFindings(checked, vocabulary);
  const findings: Findings = {
    incident: engine.incident,
    ...(engine.title !== undefined ? { title: engine.title } : {}),
    vocabulary: engine.vocabulary,
    questions: engine.questions,
    flags: engine.flags,
    agreements: engine.agreements,
    provenance: claimProvenance(index, (id) => questionOf.get(id)!),
    names: engine.names,
  };
  if (options.words === false) return findings;
  const messages = messagesFor(options.lang ?? "en");
  const words = wording(findings, messages, vocabulary.labels?.[messages.lang]);
  const result: Reconciliation = {
    incident: findings.incident,
    ...(findings.title !== undefined ? { title: findings.title } : {}),
    vocabulary: findings.vocabulary,
    lang: messages.lang,
    questions: findings.questions,
    flags: findings.flags.map((flag) => ({ ...flag, note: words.note(flag) })),
    agreements: findings.agreements.map((agreement) => ({ ...agreement, note: words.agreement(agreement) })),
    provenance: findings.provenance.map((p) => ({ ...p, chain: words.chain(p) })),
    names: findings.names,
  };
  return displayable(result, reconciliationViews(result, vocabulary));
}
