import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads a body no list knows by its capitalised name", () => {
  it('reads "according to the country\'s Emergency Medicine Centre"', () => {
    expect(draftSources("At least 23 people have been killed, according to the country's Emergency Medicine Centre.", "killed")).toEqual([
      "Emergency Medicine Centre",
    ]);
  });

  it('reads "…, the Emergency Medicine Centre said"', () => {
    expect(draftSources("At least 23 people have been killed, the Emergency Medicine Centre said.", "killed")).toEqual(["Emergency Medicine Centre"]);
  });

  it("still reads a one-word name before the verb", () => {
    expect(draftSources("At least 23 people have been killed, Hassan said.", "killed")).toEqual(["Hassan"]);
  });
});
