import { describe, expect, it } from "vitest";
import { formatIssue, formatPath, safeParseIncident } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

describe("formatPath", () => {
  it.each<[readonly (string | number)[], string | undefined, string]>([
    [[], undefined, "(root)"],
    [["claims", 3, "about", "party"], undefined, "claims[3].about.party"],
    [["claims", 3, "about", "party"], "em-repelled", 'claims[3 "em-repelled"].about.party'],
    [["claims", 0, "via", 1], "c", 'claims[0 "c"].via[1]'],
    [["claims", 0], 'say "no"', 'claims[0 "say \\"no\\""]'],
    [["facets", "mine-2", "kind"], undefined, 'facets["mine-2"].kind'],
    [["claims", 0, "value"], `${"x".repeat(58)}🙂🙂`, `claims[0 "${"x".repeat(58)}…"].value`],
    [["claims", 0, "value"], `${"x".repeat(57)}🙂🙂`, `claims[0 "${"x".repeat(57)}🙂…"].value`],
    [["claims", 0, "value"], `${"x".repeat(58)}y🙂`, `claims[0 "${"x".repeat(58)}y…"].value`],
  ])("writes %j with the entry id %j as %s", (path, id, text) => {
    expect(formatPath(path, id)).toBe(text);
  });
});

describe("issues name the entry they are in by its id as well as its index", () => {
  it("gives the claim's id beside its index, in the data and in the line", () => {
    const result = safeParseIncident(incidentWith([{ id: "em-repelled", source: "rfi", about: { facet: "control", place: "nowhere" }, value: "repelled" }]));
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue).toMatchObject({ path: ["claims", 0, "about", "place"], entryId: "em-repelled" });
    expect(formatIssue(issue!)).toMatch(/^claims\[0 "em-repelled"\]\.about\.place: unknown place "nowhere"\./);
  });

  it("names an entry of any list, even a malformed one, when its id is a string", () => {
    const input = incidentWith([{ id: "c", source: "rfi", about: { facet: "killed" }, value: 3, hedge: "maybe" as never }]);
    input.sources[3] = { id: "rfi", name: "RFI", kind: "newspaper" as never };
    const result = safeParseIncident(input);
    expect(result.success ? [] : result.error.issues.map((i) => [i.path.slice(0, 2), i.entryId])).toEqual([
      [["sources", 3], "rfi"],
      [["claims", 0], "c"],
    ]);
  });

  it("names by index only an entry without a usable id, and nothing outside the lists", () => {
    const input = incidentWith([{ id: 7 as never, source: "rfi", about: { facet: "killed" }, value: 3 }], { lang: 3 as never });
    const result = safeParseIncident(input);
    expect(result.success ? [] : result.error.issues.map((i) => [formatPath(i.path, i.entryId), i.entryId])).toEqual([
      ["lang", undefined],
      ["claims[0].id", undefined],
    ]);
  });
});
