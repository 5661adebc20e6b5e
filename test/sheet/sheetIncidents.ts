import { fc } from "@fast-check/vitest";
import type { IncidentInput } from "../../src/index.js";
import { quantity } from "../fixtures/arbitraries.js";
import { incidentWith } from "../fixtures/build.js";

/** Text a careless round trip would change: separators, quotes, line breaks, guillemets, formulas, the sheet's own list marks and short forms. */
const tricky = fc.constantFrom(
  "a, b",
  'il a dit "non"',
  "ligne 1\nligne 2",
  "ligne 1\r\nligne 2",
  "« pris le contrôle du camp »",
  '=HYPERLINK("http://x")',
  "+33 6 12",
  "-5",
  "@SUM(A1)",
  "'=déjà",
  "''",
  "a; b",
  "RFI > AFP",
  "  padded ",
  "\ttab",
  '{"a":1}',
  "[1]",
  "~50",
  "45-55",
  "withheld",
  "2023/11",
  "l'armée",
  "x",
  // Words a French sheet writes, which must not be taken for the names they stand for where they are only text.
  "pris",
  "non communiqué",
  "inconnu",
  "soldats",
  "tués",
  "revendiqué",
  "mortier",
  "oui",
  "Captured",
);
const text = fc.oneof(
  tricky,
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 10 }),
  fc.tuple(tricky, tricky).map(([a, b]) => `${a}${b}`),
);
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined });
const without = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** ISO 8601 dates and date-times of every precision an incident may hold, with a zone or none: a sheet writes them as they are. */
export const isoTimes = fc
  .tuple(
    fc.integer({ min: 1000, max: 2999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 5 }),
    fc.constantFrom("", "Z", "+01:00", "-05:30"),
  )
  .map(([year, month, day, hour, minute, second, precision, zone]) => {
    const parts = [pad(year, 4), `-${pad(month)}`, `-${pad(day)}`, `T${pad(hour)}`, `:${pad(minute)}`, `:${pad(second)}`];
    return parts.slice(0, precision + 1).join("") + (precision >= 3 ? zone : "");
  });

const phrase = fc.constantFrom(
  { phrase: "une cinquantaine" },
  { phrase: "plusieurs dizaines" },
  { phrase: "une centaine", approx: 100 },
  { phrase: "au moins 12", lang: "fr" },
  { exactly: 3 },
);
const body = fc.oneof(
  fc.record({ about: fc.constant({ facet: "killed" }), value: fc.oneof(quantity, phrase) }),
  fc.record({
    about: fc.record({ facet: fc.constant("control"), place: fc.constantFrom("camp", "Niafunké") }),
    value: fc.constantFrom("captured", "held", "repelled", "withdrew", "retaken"),
    not: maybe(fc.boolean()),
  }),
  fc.record({
    about: fc.record({ facet: fc.constant("status"), group: maybe(fc.constantFrom("soldiers", "civilians", "persons", "soldats", "femmes")) }).map(without),
    value: fc.constantFrom("civilians", "combatants", "soldiers"),
  }),
  fc.record({
    about: fc.constant({ facet: "means" }),
    value: fc.array(fc.oneof(text, fc.constantFrom("vbied", "shelling", "mortar", "drone", "small-arms")), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    about: fc.record({ facet: fc.constant("motive"), target: maybe(text), item: maybe(fc.constantFrom("vehicles", "véhicules")) }).map(without),
    value: text,
  }),
  fc.record({
    about: fc
      .record({
        facet: fc.constant("occurred"),
        when: maybe(
          fc.oneof(
            isoTimes,
            isoTimes.map((from) => ({ from, to: "3000" })),
            fc.constant({ from: "2023-11-24", to: "2023-11-25" }),
          ),
        ),
      })
      .map(without),
    value: fc.oneof(isoTimes, fc.constantFrom("2023-11", "2023-11-24T17:00", { from: "2023-11-23", to: "2023-11-24" })),
  }),
  fc.record({ about: fc.constant({ facet: "location" }), value: fc.constantFrom("camp", "town", "Goundam") }),
);

/** Incidents whose ids, names, quotes, texts and unknown fields hold tricky text, over every kind of value. */
export const incidents = fc
  .record({
    sources: fc.uniqueArray(
      fc
        .record({
          id: text,
          name: text,
          kind: fc.constantFrom("media", "local", "witness", "party", "government", "ngo", "international", "expert", "social", "other"),
          date: maybe(isoTimes),
        })
        .map(without)
        .map((source) => (source.kind === "party" ? { ...source, actor: "fama" } : source)),
      {
        minLength: 1,
        maxLength: 4,
        selector: (s) => s.id,
      },
    ),
    claims: fc.uniqueArray(
      fc.record({
        id: text,
        body,
        source: fc.nat(),
        via: fc.nat(),
        said: maybe(fc.oneof(isoTimes, fc.constantFrom("2023-11-24", "2023-11-25T08:00"))),
        quote: maybe(text),
        hedge: maybe(fc.constantFrom("asserted", "claimed", "reported", "unconfirmed")),
        lang: maybe(fc.constantFrom("fr", "en")),
        comment: maybe(text),
        basedOnPrevious: fc.boolean(),
      }),
      { maxLength: 8, selector: (c) => c.id },
    ),
    title: maybe(text),
    note: maybe(text),
  })
  .map(({ sources, claims, title, note }): IncidentInput => {
    const ids = sources.map((s) => s.id);
    return incidentWith(
      claims.map((c, i) => {
        const source = ids[c.source % ids.length]!;
        const relay = ids[c.via % ids.length]!;
        return without({
          id: c.id,
          source,
          via: relay !== source ? [relay] : undefined,
          said: c.said,
          quote: c.quote,
          hedge: c.hedge,
          lang: c.body.about.facet === "killed" ? undefined : c.lang,
          comment: c.comment,
          basedOn: c.basedOnPrevious && i > 0 ? [claims[i - 1]!.id] : undefined,
          ...c.body,
        }) as IncidentInput["claims"][number];
      }),
      without({ sources, lang: "fr", title, note }),
    );
  });
