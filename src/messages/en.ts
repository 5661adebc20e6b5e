import { cap, fewOf, joinWith, type Messages, type NoteSide } from "./messages.js";

const joinAll = joinWith("and");
const more = (count: number) => `${count} more`;
/** A list in a note: at most ten items named, the rest counted (see {@link fewOf}). */
const join = (items: readonly string[]) => joinAll(fewOf(items, more));
const by = (side: NoteSide) => `${side.value} (${join(side.sources)})`;
const about = (side: NoteSide) => (side.about === undefined ? by(side) : `${side.about} ${by(side)}`);
/** A side's answer before its question, when a finding's sides answer several. */
const answerTo = (side: NoteSide, to: string) => (side.about === undefined ? side.value : `${side.value} ${to} ${side.about}`);
/** A side's answer after its question, without its sources: "killed 30". */
const told = (side: NoteSide) => (side.about === undefined ? side.value : `${side.about} ${side.value}`);
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
    self: (f) => {
      const one = `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)},`;
      if (f.basis !== "jointly-exclusive")
        return `${one} gives answers that cannot both hold${f.whole ? ` with ${f.whole}` : ""}: ${join(f.sides.map((s) => s.value))}.`;
      // Its own parts against its own whole (the sides answer several questions), or answers to one question.
      return f.whole
        ? `${one} gives ${join(f.sides.slice(0, -1).map(told))}, which together are more than ${told(f.sides.at(-1)!)} allows, though each alone is not.`
        : `${one} gives answers that cannot all hold at once, though any two of them can: ${join(f.sides.map((s) => s.value))}.`;
    },
    // Across two questions (a part and its whole), each answer is told with its question.
    revised: (f) =>
      `${cap(f.question)}: one source, ${join(f.sides[0]!.sources)}, answered ${f.whole ? answerTo(f.sides[0]!, "for") : f.sides[0]!.value} on ${f.said?.[0]} and ${f.whole ? answerTo(f.sides[1]!, "for") : f.sides[1]!.value} on ${f.said?.[1]}.`,
    divergent: (f) => `${cap(f.question)}: different answers that can all hold: ${fewOf(f.sides.map(by), more).join("; ")}.`,
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
  and: joinAll,
  more,
  quote: (text) => (text.includes('"') ? `“${text}”` : `"${text}"`),
  cap,
  report: {
    claims: (claims, sources, questions) =>
      `${claims} claim${claims === 1 ? "" : "s"} from ${sources} source${sources === 1 ? "" : "s"}, on ${questions} question${questions === 1 ? "" : "s"}`,
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
    figureAgainstRefusal: "figure against a refusal",
    elsewhere: {
      whole: (f) => `more than the whole allows: ${f.question}: ${by({ ...f, origins: [] })}`,
      part: (f) => `less than a part of it: ${f.question}: ${by({ ...f, origins: [] })}`,
      refusal: (f) => `against a refusal to give a figure for ${f.question} (${join(f.sources)})`,
      figure: (f) => `a refusal against a figure for ${f.question}: ${by({ ...f, origins: [] })}`,
      other: (f) => `${f.kind}, with ${f.question}: ${by({ ...f, origins: [] })}`,
    },
    overview: {
      contradictions: (n, questions) => `${n} contradiction${n === 1 ? "" : "s"}: ${questions}.`,
      noContradiction: "No contradiction.",
      refusals: (n, questions) => `${n} figure${n === 1 ? "" : "s"} against a refusal: ${questions}.`,
      noRefusal: "No figure against a refusal.",
      singleOrigin: (n, questions) => `${n} question${n === 1 ? "" : "s"} answered by a single origin: ${questions}.`,
      noSingleOrigin: "Every question is answered by two or more independent origins.",
      agreements: (n, across, facts) =>
        `${n} agreement${n === 1 ? "" : "s"} between independent origins, ${across === 0 ? "none across parties" : `${across} across parties: ${facts}`}.`,
      noAgreement: "No agreement between independent origins.",
      readings: (n, exact) => `${exact ? "" : "At least "}${n} coherent reading${n === 1 ? "" : "s"} of the whole incident.`,
    },
    notices: {
      revised: (n) => `Revised by their source (${n})`,
      divergent: (n) => `Different answers that can all hold (${n})`,
      "single-source": (n) => `Answered by a single origin (${n})`,
      "parties-only": (n) => `Answered only by parties to the fighting (${n})`,
    },
    series: (items) => items.join("; "),
    more: (n) => `and ${n} more`,
    batch: {
      title: (n) => `${n} incident${n === 1 ? "" : "s"}`,
      lead: (n, withContradictions) =>
        withContradictions === 0
          ? `No incident holds a contradiction.`
          : `${withContradictions} of ${n} incident${n === 1 ? "" : "s"} hold${withContradictions === 1 ? "s" : ""} contradictions or figures against a refusal; ${withContradictions === 1 ? "it comes" : "they come"} first.`,
      entry: (f) =>
        `${f.title} — ${f.contradictions === 0 && f.refusals === 0 ? "no contradiction" : [f.contradictions > 0 ? `${f.contradictions} contradiction${f.contradictions === 1 ? "" : "s"}` : "", f.refusals > 0 ? `${f.refusals} figure${f.refusals === 1 ? "" : "s"} against a refusal` : ""].filter(Boolean).join(", ")}`,
    },
  },
};
