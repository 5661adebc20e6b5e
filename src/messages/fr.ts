import { cap, fewOf, joinWith, type Messages, type NoteSide } from "./messages.js";

/** A no-break space: French puts one before « : » and « ; » and inside guillemets. */
const NB = "\u00a0";
const joinAll = joinWith("et");
const more = (count: number) => `${count}${NB}autres`;
/** A list in a note: at most ten items named, the rest counted (see {@link fewOf}). */
const join = (items: readonly string[]) => joinAll(fewOf(items, more));
const by = (side: NoteSide) => `${side.value} (${join(side.sources)})`;
const about = (side: NoteSide) => (side.about === undefined ? by(side) : `${side.about} ${by(side)}`);
/** A side's answer before its question, when a finding's sides answer several. */
const answerTo = (side: NoteSide, to: string) => (side.about === undefined ? side.value : `${side.value} ${to} ${side.about}`);
/** A side's answer after its question, without its sources: « tués 30 ». */
const told = (side: NoteSide) => (side.about === undefined ? side.value : `${side.about} ${side.value}`);
/** « via », as French newsrooms write it: it agrees with no gender, unlike « relayé(es) par ». */
const hop = (link: { readonly source: string; readonly via: readonly string[] }) => [link.source, ...link.via.map((v) => `via ${v}`)].join(", ");
const plural = (n: number, one: string, many: string) => `${n}${NB}${n > 1 ? many : one}`;

/**
 * French: the neutral sentences as a French analyst writes them — « Les
 * versions ne peuvent être vraies ensemble », never « X a raison » — with
 * French typography (guillemets, no-break spaces before « : » and « ; »).
 *
 * @example
 * fr.notes["single-source"]({ question: "tués", sides: [{ value: "12", sources: ["RFI"], origins: ["RFI"] }] })
 * //=> "Tués : une seule origine répond à cette question (RFI)."
 */
export const fr: Messages = {
  lang: "fr",
  notes: {
    exclusive: (f) => `${cap(f.question)}${NB}: ${join(f.sides.map(by))} ne peuvent être vrais ensemble.`,
    disjoint: (f) => `${cap(f.question)}${NB}: ${join(f.sides.map(by))} ne se recoupent pas.`,
    "exceeds-whole": (f) => `${cap(f.question)}${NB}: ${by(f.sides[0]!)} dépasse ce que permet ${f.whole}${NB}: ${by(f.sides[1]!)}.`,
    "jointly-exclusive": (f) =>
      f.basis === "exceeds-whole"
        ? `${cap(f.question)}${NB}: ${join(f.sides.slice(0, -1).map(about))} dépassent ensemble ce que permet ${by(f.sides.at(-1)!)}, sans que chacun seul le dépasse.`
        : `${cap(f.question)}${NB}: ${join(f.sides.map(by))} ne peuvent être vrais tous à la fois, bien que deux d'entre eux le puissent toujours.`,
    withheld: (f) =>
      `${cap(f.question)}${NB}: un chiffre, ${by(f.sides[0]!)}${f.whole ? `, pour une partie de ${f.whole}` : ""}, face au refus d'en donner un (${join(f.sides[1]!.sources)}).`,
    self: (f) => {
      const one = `${cap(f.question)}${NB}: une même source, ${join(f.sides[0]!.sources)},`;
      if (f.basis !== "jointly-exclusive")
        return `${one} donne des réponses incompatibles${f.whole ? ` avec ${f.whole}` : ""}${NB}: ${join(f.sides.map((s) => s.value))}.`;
      // Its own parts against its own whole (the sides answer several questions), or answers to one question.
      return f.whole
        ? `${one} donne ${join(f.sides.slice(0, -1).map(told))}, qui dépassent ensemble ce que permet ${told(f.sides.at(-1)!)}, sans que chacun seul le dépasse.`
        : `${one} donne des réponses qui ne peuvent être vraies toutes à la fois, bien que deux d'entre elles le puissent toujours${NB}: ${join(f.sides.map((s) => s.value))}.`;
    },
    // Across two questions (a part and its whole), each answer is told with its question.
    revised: (f) =>
      `${cap(f.question)}${NB}: une même source, ${join(f.sides[0]!.sources)}, a répondu ${f.whole ? answerTo(f.sides[0]!, "pour") : f.sides[0]!.value} le ${f.said?.[0]} et ${f.whole ? answerTo(f.sides[1]!, "pour") : f.sides[1]!.value} le ${f.said?.[1]}.`,
    divergent: (f) => `${cap(f.question)}${NB}: des réponses différentes mais compatibles${NB}: ${fewOf(f.sides.map(by), more).join(`${NB}; `)}.`,
    "single-source": (f) => `${cap(f.question)}${NB}: une seule origine répond à cette question (${join(f.sides[0]!.origins)}).`,
    "parties-only": (f) => `${cap(f.question)}${NB}: toutes les origines qui y répondent sont parties au conflit (${join(f.sides[0]!.origins)}).`,
  },
  chain: (f) => {
    if (f.bases.length === 0) return hop(f);
    const named = new Set(f.bases.map((b) => b.source));
    const further = f.origins.filter((o) => !named.has(o));
    return `${hop(f)} (d'après ${f.bases.map(hop).join(`${NB}; `)}${further.length > 0 ? `${NB}; à l'origine, ${join(further)}` : ""})`;
  },
  agreement: (f) =>
    `${cap(f.question)}${NB}: ${f.value} — ${f.origins.length}${NB}origines indépendantes concordent (${join(f.origins)})${f.acrossParties ? ", dont des parties de camps différents" : ""}.`,
  scopeLabels: { party: "partie", group: "groupe", place: "lieu", when: "moment", target: "cible", item: "objet" },
  quantity: {
    approx: (n) => `environ ${n}`,
    range: (low, high) => `${low}–${high}`,
    atLeast: (n) => `au moins ${n}`,
    atMost: (n) => `au plus ${n}`,
    withheld: "pas de chiffre (refus)",
    unknown: "inconnu",
  },
  not: (value) => `non ${value}`,
  list: (items) => items.join(" + "),
  and: joinAll,
  more,
  /** Guillemets, or « “ ” » when the text holds guillemets of its own: the source's words are never changed, and guillemets never nest. */
  quote: (text) => (/[«»]/u.test(text) ? `“${text}”` : `«${NB}${text}${NB}»`),
  cap,
  report: {
    claims: (claims, sources, questions) =>
      `${plural(claims, "affirmation", "affirmations")} de ${plural(sources, "source", "sources")}, sur ${plural(questions, "question", "questions")}`,
    headings: {
      contested: "Questions contestées, et chiffres face à un refus",
      others: "Les autres questions",
      findings: "Constats",
      agreements: "Là où des origines indépendantes concordent",
      readings: "Lectures\u00a0: les versions qui tiennent ensemble",
      summary: "Synthèse",
    },
    columns: {
      answer: "Réponse",
      range: "Fourchette",
      independent: "Origines indépendantes",
      chain: "Source et chaîne",
      hedge: "Formulation",
      quote: "Les mots de la source",
      question: "Question",
      status: "État",
      answers: "Réponses",
      kind: "Constat",
      note: "Note",
    },
    status: { agreed: "concordante", compatible: "compatible", contested: "contestée", "single-source": "source unique", withheld: "chiffre refusé" },
    kinds: {
      exclusive: "incompatibles",
      disjoint: "sans recoupement",
      "exceeds-whole": "dépasse le tout",
      "jointly-exclusive": "incompatibles ensemble",
      withheld: "chiffre face à un refus",
      self: "se contredit",
      revised: "révisée",
      divergent: "divergentes",
      "single-source": "source unique",
      "parties-only": "parties seulement",
    },
    severity: { contradiction: "contradiction", notice: "remarque" },
    hedges: { asserted: "affirmé", claimed: "revendiqué", reported: "rapporté", unconfirmed: "non confirmé" },
    colon: `${NB}:`,
    origins: (count, names) => `${count > 1 ? `${count}${NB}origines indépendantes` : `${count}${NB}origine indépendante`}${NB}: ${names}`,
    noContested: "Aucune question n'est contestée\u00a0: chaque version peut tenir avec les autres.",
    noFindings: "Aucun constat.",
    component: (n, questions, count, exact) =>
      `Composante ${n} (${questions})${NB}: ${exact ? "" : "au moins "}${plural(count, "possibilité", "possibilités")}`,
    alternative: (says, sources) => `${says} — ${sources}`,
    tooMany: "Trop de possibilités pour les énumérer sans paraître en choisir certaines\u00a0; seul leur nombre est donné.",
    unopposed: (claims) =>
      claims > 1
        ? `${claims}${NB}affirmations qu'aucune contradiction ne touche tiennent dans chaque lecture.`
        : `${claims}${NB}affirmation qu'aucune contradiction ne touche tient dans chaque lecture.`,
    figureAgainstRefusal: "chiffre face à un refus",
    elsewhere: {
      whole: (f) => `plus que ne le permet le tout${NB}: ${f.question}${NB}: ${by({ ...f, origins: [] })}`,
      part: (f) => `moins qu'une de ses parties${NB}: ${f.question}${NB}: ${by({ ...f, origins: [] })}`,
      refusal: (f) => `face au refus de donner un chiffre pour ${f.question} (${join(f.sources)})`,
      figure: (f) => `un refus face à un chiffre pour ${f.question}${NB}: ${by({ ...f, origins: [] })}`,
      other: (f) => `${f.kind}, avec ${f.question}${NB}: ${by({ ...f, origins: [] })}`,
    },
    overview: {
      contradictions: (n, questions) => `${plural(n, "contradiction", "contradictions")}${NB}: ${questions}.`,
      noContradiction: "Aucune contradiction.",
      refusals: (n, questions) => `${plural(n, "chiffre", "chiffres")} face à un refus${NB}: ${questions}.`,
      noRefusal: "Aucun chiffre face à un refus.",
      singleOrigin: (n, questions) => `${plural(n, "question", "questions")} à source unique${NB}: ${questions}.`,
      noSingleOrigin: "Chaque question a au moins deux origines indépendantes.",
      agreements: (n, across, facts) =>
        `${plural(n, "concordance", "concordances")} entre origines indépendantes, ${across === 0 ? "aucune entre parties de camps différents" : `${across} entre parties de camps différents${NB}: ${facts}`}.`,
      noAgreement: "Aucune concordance entre origines indépendantes.",
      readings: (n, exact) => `${exact ? "" : "Au moins "}${plural(n, "lecture cohérente", "lectures cohérentes")} de l'incident entier.`,
    },
    notices: {
      revised: (n) => `Révisées par leur source (${n})`,
      divergent: (n) => `Réponses différentes mais compatibles (${n})`,
      "single-source": (n) => `À source unique (${n})`,
      "parties-only": (n) => `Réponses des seules parties au conflit (${n})`,
    },
    series: (items) => items.join(`${NB}; `),
    more: (n) => `et ${n}${NB}autre${n > 1 ? "s" : ""}`,
    batch: {
      title: (n) => plural(n, "incident", "incidents"),
      lead: (n, withContradictions) =>
        withContradictions === 0
          ? "Aucun incident ne présente de contradiction."
          : `${withContradictions} incident${withContradictions > 1 ? "s" : ""} sur ${n} présente${withContradictions > 1 ? "nt" : ""} des contradictions ou des chiffres face à un refus${NB}; ${withContradictions > 1 ? "ils viennent" : "il vient"} en premier.`,
      entry: (f) =>
        `${f.title} — ${f.contradictions === 0 && f.refusals === 0 ? "aucune contradiction" : [f.contradictions > 0 ? plural(f.contradictions, "contradiction", "contradictions") : "", f.refusals > 0 ? `${plural(f.refusals, "chiffre", "chiffres")} face à un refus` : ""].filter(Boolean).join(", ")}`,
    },
  },
};
