import { describe, expect, it } from "vitest";
import { safeParseIncident, type IncidentInput } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const first = (input: IncidentInput) => {
  const result = safeParseIncident(input);
  const issue = result.success ? undefined : result.error.issues[0];
  return issue && { path: issue.path, code: issue.code, params: issue.params, message: issue.message };
};
const claim = (about: object, value: unknown, rest: object = {}) =>
  incidentWith([{ id: "c", source: "rfi", about: about as never, value: value as never, ...rest }]);

describe("each shape problem becomes an issue with its facts as params", () => {
  it.each<[string, IncidentInput, object]>([
    [
      "an absent value is missing",
      claim({ facet: "killed" }, undefined),
      { path: ["claims", 0, "value"], code: "missing", params: { expected: { role: "claim-value" } }, message: "missing the claim's value" },
    ],
    [
      "an empty name is too small",
      (() => {
        const i = claim({ facet: "killed" }, 3);
        i.sources[3]!.name = "";
        return i;
      })(),
      { code: "too-small", params: { type: "string", minimum: 1, inclusive: true }, message: "expected a non-empty string" },
    ],
    [
      "a negative count is too small",
      claim({ facet: "killed" }, { approx: -5 }),
      {
        path: ["claims", 0, "value", "approx"],
        code: "too-small",
        params: { type: "number", minimum: 0, inclusive: true },
        message: "expected a number of at least 0",
      },
    ],
    [
      "a range upside down names its bounds",
      claim({ facet: "killed" }, { min: 9, max: 2 }),
      { path: ["claims", 0, "value", "min"], code: "invalid-value", params: { rule: "inverted-range", min: 9, max: 2 }, message: "min (9) is above max (2)" },
    ],
    [
      "two readings at once",
      claim({ facet: "killed" }, { approx: 9, atLeast: 2 }),
      { path: ["claims", 0, "value"], code: "invalid-value", params: { rule: "several-readings" } },
    ],
    [
      "a date that is not one, for a time facet",
      claim({ facet: "occurred" }, "24/11/2023"),
      {
        code: "value-kind",
        params: { facet: "occurred", kind: "time", problem: { rule: "not-a-date" } },
        message: 'value does not fit facet "occurred" (a time): not an ISO 8601 date or date-time',
      },
    ],
    [
      "a range of dates that ends before it starts",
      claim({ facet: "occurred" }, { from: "2023-11-25", to: "2023-11-24" }),
      { code: "value-kind", params: { kind: "time", problem: { rule: "inverted-dates" } } },
    ],
    [
      "an actor that does not fit, with its article",
      claim({ facet: "perpetrator" }, 3),
      { code: "value-kind", params: { facet: "perpetrator", kind: "actor" }, message: 'value does not fit facet "perpetrator" (an actor)' },
    ],
    [
      "a source kind one letter off, with a suggestion",
      (() => {
        const i = claim({ facet: "killed" }, 3);
        i.sources[3]!.kind = "medias" as never;
        return i;
      })(),
      { code: "invalid-option", params: { received: "medias", suggestion: "media" } },
    ],
    ["a misspelt key of a value", claim({ facet: "killed" }, { aprox: 50 }), { code: "unknown-key", params: { keys: ["aprox"] } }],
    ["a value of no form", claim({ facet: "killed" }, true), { code: "not-a-value", params: {}, message: "not a value of any kind" }],
    [
      "a number where a name goes",
      claim({ facet: "killed", party: 4 }, 3),
      { code: "invalid-type", params: { expected: "string", received: { type: "number", value: "4" } }, message: "expected a string, received number 4" },
    ],
  ])("%s", (_case, input, expected) => {
    expect(first(input)).toMatchObject(expected);
  });
});
