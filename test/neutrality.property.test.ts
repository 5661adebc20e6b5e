import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { IncidentError, parseIncident, reconcile, safeParseIncident } from "../src/index.js";
import { KINDS } from "../src/kinds/kinds.js";
import { indexIncident } from "../src/resolve/incidentIndex.js";
import { conflict } from "../src/vocabulary/conflict.js";
import { incidentWith } from "./fixtures/build.js";

const sources = ["army", "group", "locals", "rfi"] as const;
const dates = ["2023-11-24", "2023-11-25", "2023-11-26"] as const;

const quantity = fc.oneof(
  fc.nat(80),
  fc.nat(80).map((n) => ({ approx: n })),
  fc.tuple(fc.nat(60), fc.nat(40)).map(([min, extra]) => ({ min, max: min + extra })),
  fc.nat(80).map((n) => ({ atLeast: n })),
  fc.nat(80).map((n) => ({ atMost: n })),
  fc.constantFrom("withheld", "unknown"),
);
const about = {
  killed: fc.record({ facet: fc.constant("killed"), party: fc.constantFrom(undefined, "fama", "FAMa"), place: fc.constantFrom(undefined, "camp", "town", "region") }),
  control: fc.record({ facet: fc.constant("control"), place: fc.constantFrom("camp", "town") }),
  means: fc.record({ facet: fc.constant("means") }),
  location: fc.record({ facet: fc.constant("location") }),
  occurred: fc.record({ facet: fc.constant("occurred"), when: fc.constantFrom(undefined, "2023-11-24", "2023-11-24T14:00") }),
};
const withoutUndefined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

const claimBody = fc.oneof(
  fc.record({ about: about.killed.map(withoutUndefined), value: quantity }),
  fc.record({ about: about.control, value: fc.constantFrom("captured", "held", "repelled", "withdrew"), not: fc.boolean() }),
  fc.record({ about: about.means, value: fc.subarray(["vbied", "shelling", "drone"], { minLength: 1 }), not: fc.boolean() }),
  fc.record({ about: about.location, value: fc.constantFrom("camp", "town", "other-town", "region") }),
  fc.record({ about: about.occurred.map(withoutUndefined), value: fc.constantFrom("2023-11", "2023-11-24", "2023-11-25", "2023-11-24T17:00") }),
);

const claims = fc
  .array(
    fc.record({
      body: claimBody,
      source: fc.constantFrom(...sources),
      said: fc.constantFrom(undefined, ...dates),
      hedge: fc.constantFrom(undefined, "claimed", "unconfirmed"),
      basedOnPrevious: fc.boolean(),
    }),
    { maxLength: 14 },
  )
  .map((list) =>
    list.map((c, i) =>
      withoutUndefined({
        id: `claim-${String(i).padStart(2, "0")}`,
        source: c.source,
        said: c.said,
        hedge: c.hedge,
        basedOn: c.basedOnPrevious && i > 0 ? [`claim-${String(i - 1).padStart(2, "0")}`] : undefined,
        ...c.body,
      }),
    ),
  );

describe("reconcile is neutral", () => {
  test.prop([claims, fc.infiniteStream(fc.nat())])("gives the same findings whatever the order of the claims", (list, randomness) => {
    const shuffled = [...list];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = randomness.next().value % (i + 1);
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    expect(reconcile(incidentWith(shuffled as never))).toEqual(reconcile(incidentWith(list as never)));
  });

  test.prop([claims, fc.shuffledSubarray(["zulu", "alpha", "mike", "kilo"], { minLength: 4, maxLength: 4 })])(
    "changes only the names when the sources are renamed",
    (list, newIds) => {
      const rename = Object.fromEntries(sources.map((s, i) => [s, `${newIds[i]}-src`]));
      const renamed = incidentWith(list.map((c) => ({ ...c, source: rename[c.source]! })) as never);
      renamed.sources = renamed.sources.map((s) => ({ ...s, id: rename[s.id]!, name: `Name of ${rename[s.id]}` }));
      let text = JSON.stringify(reconcile(renamed));
      for (const [old, fresh] of Object.entries(rename)) {
        const original = incidentWith([]).sources.find((s) => s.id === old)!;
        text = text.replaceAll(`Name of ${fresh}`, original.name).replaceAll(`"${fresh}"`, `"${old}"`);
      }
      expect(JSON.parse(text)).toEqual(reconcile(incidentWith(list as never)));
    },
  );

  test.prop([claims])("does not mutate the incident it is given", (list) => {
    const input = incidentWith(list as never);
    const before = structuredClone(input);
    reconcile(input);
    expect(input).toEqual(before);
  });

  test.prop([claims])("returns plain JSON data", (list) => {
    const result = reconcile(incidentWith(list as never));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe("every comparator is symmetric", () => {
  const index = indexIncident(parseIncident(incidentWith([])));
  const cases = {
    quantity: { facet: "killed", values: quantity },
    category: { facet: "control", values: fc.constantFrom("captured", "held", "repelled", "withdrew", "retaken") },
    set: { facet: "means", values: fc.subarray(["vbied", "shelling", "drone", "ied"], { minLength: 1 }) },
    time: { facet: "occurred", values: fc.constantFrom("2023", "2023-11", "2023-11-24", "2023-11-24T17:00", "2023-11-25", { from: "2023-11-23", to: "2023-11-24" }) },
    place: { facet: "location", values: fc.constantFrom("camp", "town", "other-town", "region", "Niafunké") },
    actor: { facet: "perpetrator", values: fc.constantFrom("fama", "jnim", "GSIM", "al-qaida", "csp") },
    text: { facet: "motive", values: fc.constantFrom("Strategic withdrawal", "strategic withdrawal", "forced out") },
  } as const;
  for (const [kind, { facet, values }] of Object.entries(cases)) {
    test.prop([values, values])(`${kind}: compare(a, b) equals compare(b, a)`, (a, b) => {
      const comparator = KINDS[kind as keyof typeof KINDS];
      const context = { index, facet: conflict.facets[facet]! };
      const x = comparator.canonical(a, context);
      const y = comparator.canonical(b, context);
      if (x.key === y.key) return;
      expect(comparator.compare(x.data, y.data, context)).toBe(comparator.compare(y.data, x.data, context));
    });
  }
});

describe("parsing", () => {
  test.prop([fc.anything(), claims.map((l) => incidentWith(l as never)).chain((i) => fc.constant(i)), fc.jsonValue()])(
    "never throws anything but the library's error, and safeParse never throws",
    (anything, incident, json) => {
      for (const input of [anything, json, { ...incident, claims: [...incident.claims, json] }, { ...incident, sources: json }]) {
        expect(() => safeParseIncident(input)).not.toThrow();
        try {
          parseIncident(input);
        } catch (error) {
          expect(error).toBeInstanceOf(IncidentError);
        }
      }
    },
  );
});
