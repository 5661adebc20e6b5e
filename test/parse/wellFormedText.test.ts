import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  formatIssue,
  formatReport,
  IncidentError,
  reconcile,
  REPORT_FORMATS,
  safeParseIncident,
  toProvJson,
  toRows,
  type IncidentInput,
} from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const issuesOf = (input: unknown) => {
  const result = safeParseIncident(input);
  return result.success ? [] : result.error.issues.map((i) => [i.path, i.code, i.params]);
};

const base = () => incidentWith([{ id: "c", source: "rfi", about: { facet: "killed" }, value: 3, quote: "trois morts" }]);

describe("text that is not well-formed Unicode is refused at its path", () => {
  it.each<[string, (i: IncidentInput & Record<string, unknown>) => void, (string | number)[], { unit: string; at: number; inKey: boolean }]>([
    ["a claim id ending in half an emoji", (i) => void (i.claims[0]!.id = "c\ud83d"), ["claims", 0, "id"], { unit: "d83d", at: 1, inKey: false }],
    [
      "a quote cut before the second half of an emoji",
      (i) => void (i.claims[0]!.quote = "\udc00 trois morts"),
      ["claims", 0, "quote"],
      { unit: "dc00", at: 0, inKey: false },
    ],
    ["a source name", (i) => void (i.sources[3]!.name = "R\ud800FI"), ["sources", 3, "name"], { unit: "d800", at: 1, inKey: false }],
    [
      "a tool's own field, deep inside",
      (i) => void (i.tool = { runs: [{ note: "ok \udfff" }] }),
      ["tool", "runs", 0, "note"],
      { unit: "dfff", at: 3, inKey: false },
    ],
    ["a key of a tool's own field", (i) => void (i.tool = { "k\ud800": 1 }), ["tool", "k\ud800"], { unit: "d800", at: 1, inKey: true }],
  ])("%s", (_case, breakIt, path, params) => {
    const incident = base() as IncidentInput & Record<string, unknown>;
    breakIt(incident);
    expect(issuesOf(incident)).toEqual([[path, "malformed-text", params]]);
  });

  it("accepts whole emoji and every other character, paired surrogates included", () => {
    const incident = base();
    incident.claims[0]!.quote = "« trois morts » 🙂 \u{1F1F2}\u{1F1F1} \ufffd \u0000";
    expect(issuesOf(incident)).toEqual([]);
  });

  it("says what is wrong and what to do, naming the claim", () => {
    const incident = base();
    incident.claims[0]!.quote = "trois morts \ud83d";
    const result = safeParseIncident(incident);
    expect(result.success ? "" : formatIssue(result.error.issues[0]!)).toBe(
      'claims[0 "c"].quote: text holding a lone surrogate (\\ud83d at index 12), which is not well-formed Unicode. Fix: Write well-formed Unicode: a surrogate is valid only in a pair (text cut in the middle of an emoji often leaves one alone).',
    );
  });

  it("lists it beside the other problems of a malformed document", () => {
    const incident = base();
    incident.claims[0]!.id = "c\ud800";
    incident.sources[3]!.kind = "newspaper" as never;
    expect(issuesOf(incident).map(([path, code]) => [path, code])).toEqual([
      [["sources", 3, "kind"], "invalid-option"],
      [["claims", 0, "id"], "malformed-text"],
    ]);
  });

  it("walks a document nested far deeper than the call stack allows", () => {
    let deep: unknown = "\ud800";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const incident = { ...base(), tool: deep };
    const result = safeParseIncident(incident);
    expect(result.success).toBe(false);
  });
});

const someText = fc.string({
  minLength: 1,
  maxLength: 8,
  unit: fc.oneof(
    fc.constantFrom("a", "é", " ", ".", '"', "<", "|", "\n", "\ud800", "\udc00", "🙂", "\u202e"),
    fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
  ),
});

describe("every export accepts every string the parser accepts", () => {
  test.prop([someText, someText, someText, someText], { numRuns: 60 })(
    "reports, rows and PROV take any id, name and quote that parses",
    (claimId, sourceId, name, quote) => {
      fc.pre(sourceId !== "rfi");
      const input = incidentWith(
        [
          { id: claimId, source: sourceId, via: ["rfi"], about: { facet: "killed" }, value: 3, quote },
          { id: `${claimId}-2`, source: "rfi", about: { facet: "killed" }, value: 40 },
        ],
        {
          sources: [
            { id: sourceId, name, kind: "media" },
            { id: "rfi", name: "RFI", kind: "media" },
          ],
        },
      );
      const parsed = safeParseIncident(input);
      if (!parsed.success) {
        expect(parsed.error).toBeInstanceOf(IncidentError);
        return;
      }
      const result = reconcile(parsed.data);
      for (const format of REPORT_FORMATS) for (const lang of ["en", "fr"] as const) expect(typeof formatReport(result, { format, lang })).toBe("string");
      expect(toRows(result).length).toBeGreaterThan(0);
      expect(Object.keys(toProvJson(parsed.data).entity).length).toBeGreaterThan(0);
    },
  );
});
