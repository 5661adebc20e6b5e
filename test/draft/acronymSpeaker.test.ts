import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads a body known only by its acronym, with its article, as a speaker", () => {
  it('gives "…, the ISPR said in a statement, Dawn reported" to the ISPR, not to the outlet that reported it', () => {
    expect(draftSources("Four soldiers were killed, the ISPR said in a statement, Dawn reported.")).toEqual(["ISPR"]);
  });

  it('never reads a capitalised common word after an article as a name ("…, the Attackers said" is no body)', () => {
    expect(draftSources("Four soldiers were killed, the Herald said.")).toEqual([]);
  });
});

describe("draftIncident reads a body by its acronym or its name at the start of a sentence", () => {
  it.each([
    ["The ISPR said four soldiers were killed.", "ISPR"],
    ["The Sudan Doctors Network said 40 people were killed.", "Sudan Doctors Network"],
  ])("gives « %s » to %s", (text, name) => {
    expect(draftSources(text)).toEqual([name]);
  });
});
