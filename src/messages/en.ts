import { cap, joinWith, type Messages, type NoteSide } from "./messages.js";

const join = joinWith("and");
const by = (side: NoteSide) => `${side.value} (${join(side.sources)})`;
const about = (side: NoteSide) => (side.about === undefined ? by(side) : `${side.about} ${by(side)}`);
const hop = (link: { readonly source: string; readonly via: readonly string[] }) => [link.source, ...link.via.map((v) => `via ${v}`)].join(", ");

/**
 * English: neutral sentences that say what the accounts do, never who is
 * right. Every sentence names both sides the same way, in the same order as
 * the finding's `sides`.
 *
 * @example
 * en.notes["single-source"]({ question: "killed", sides: [{ value: "12", sources: ["RFI"], origins: ["RFI"] }] })
 * //=> "Killed: only one origin answers this (RFI)."
 */
export const en: Messages = {
  lang: "en",
  notes: {
    exclusive: (f) => `${cap(f.question)}: ${join(f.sides.map(by))} cannot all hold.`,
    disjoint: (f) => `${cap(f.question)}: ${join(f.sides.map(by))} do not overlap.`,
    "exceeds-whole": (f) => `${cap(f.question)}: ${by(f.sides[0]!)} is more than ${f.whole} allows: ${by(f.sides[1]!)}.`,
    "jointly-exclusive": (f) =>
      f.basis === "exceeds-whole"
        ? `${cap(f.question)}: ${join(f.sides.slice(0, -1).map(about))} together are more than ${by(f.sides.at(-1)!)} allows, though each alone is not.`
        : `${cap(f.question)}: ${join(f.sides.map(by))} cannot all hold at once, though any two of them can.`,
    withheld: (f) =>
      `${cap(f.question)}: a figure, ${by(f.sides[0]!)}${f.whole ? `, for a part of ${f.whole}` : ""}, against a refusal to give one (${join(f.sides[1]!.sources)}).`,
    self: (f) =>
      `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)}, gives answers that cannot both hold${f.whole ? ` with ${f.whole}` : ""}: ${f.sides.map((s) => s.value).join(" and ")}.`,
    revised: (f) =>
      `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)}, answered ${f.sides[0]!.value} on ${f.said?.[0]} and ${f.sides[1]!.value} on ${f.said?.[1]}.`,
    divergent: (f) => `${cap(f.question)}: different answers that can all hold: ${f.sides.map(by).join("; ")}.`,
    "single-source": (f) => `${cap(f.question)}: only one origin answers this (${join(f.sides[0]!.origins)}).`,
    "parties-only": (f) => `${cap(f.question)}: every origin answering this is a party to the fighting (${join(f.sides[0]!.origins)}).`,
  },
  chain: (f) => {
    if (f.bases.length === 0) return hop(f);
    const named = new Set(f.bases.map((b) => b.source));
    const further = f.origins.filter((o) => !named.has(o));
    return `${hop(f)} (based on ${f.bases.map(hop).join("; ")}${further.length > 0 ? `; originally ${join(further)}` : ""})`;
  },
  agreement: (f) =>
    `${cap(f.question)}: ${f.value} — ${f.origins.length} independent origins agree (${join(f.origins)})${f.acrossParties ? ", among them parties on different sides" : ""}.`,
  scopeLabels: { party: "party", group: "group", place: "place", when: "when", target: "target", item: "item" },
  quantity: {
    approx: (n) => `about ${n}`,
    range: (low, high) => `${low}–${high}`,
    atLeast: (n) => `at least ${n}`,
    atMost: (n) => `at most ${n}`,
    withheld: "no figure (withheld)",
    unknown: "not known",
  },
  not: (value) => `not ${value}`,
  list: (items) => items.join(" + "),
  and: join,
  quote: (text) => `"${text}"`,
  cap,
  report: {
    claims: (claims, sources, questions) => `${claims} claims from ${sources} sources, on ${questions} questions`,
    headings: {
      contested: "Contested questions, and figures against a refusal",
      others: "The other questions",
      findings: "Findings",
      agreements: "Where independent origins agree",
      readings: "Readings: the accounts that can hold together",
      summary: "Summary",
    },
    columns: {
      answer: "Answer",
      range: "Range",
      independent: "Independent origins",
      chain: "Source and chain",
      hedge: "Put as",
      quote: "In the source's words",
      question: "Question",
      status: "Status",
      answers: "Answers",
      kind: "Finding",
      note: "Note",
    },
    status: { agreed: "agreed", compatible: "compatible", contested: "contested", "single-source": "single source", withheld: "withheld" },
    kinds: {
      exclusive: "exclusive",
      disjoint: "disjoint",
      "exceeds-whole": "exceeds the whole",
      "jointly-exclusive": "cannot all hold at once",
      withheld: "figure against refusal",
      self: "contradicts itself",
      revised: "revised",
      divergent: "divergent",
      "single-source": "single source",
      "parties-only": "parties only",
    },
    severity: { contradiction: "contradiction", notice: "notice" },
    hedges: { asserted: "asserted", claimed: "claimed", reported: "reported", unconfirmed: "unconfirmed" },
    colon: ":",
    origins: (count, names) => `${count} independent origin${count === 1 ? "" : "s"}: ${names}`,
    noContested: "No question is contested: every account can hold with the others.",
    noFindings: "No findings.",
    component: (n, questions, count, exact) => `Component ${n} (${questions}): ${exact ? "" : "at least "}${count} alternative${count === 1 ? "" : "s"}`,
    alternative: (says, sources) => `${says} — ${sources}`,
    tooMany: "Too many alternatives to list without seeming to choose some; their number is given instead.",
    unopposed: (claims) => `${claims} claim${claims === 1 ? "" : "s"} no contradiction touches stand in every reading.`,
    summary: (f) =>
      `${f.questions} question${f.questions === 1 ? "" : "s"}: ${f.contested} contested, ${f.withheld} with a figure against a refusal, ${f.singleSource} answered by a single origin; ${f.agreements} agreement${f.agreements === 1 ? "" : "s"} between independent origins; ${f.readingsExact ? "" : "at least "}${f.readings} coherent reading${f.readings === 1 ? "" : "s"}.`,
  },
};
