import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads a speaker past a relative clause about them", () => {
  it('gives "a resident who lost two cousins in the strike said" the words of the quote', () => {
    expect(draftSources('"We buried 27 people last night," a resident who lost two cousins in the strike said by phone.', "killed")).toEqual(["Resident"]);
  });

  it("reads « un habitant qui a perdu deux cousins dans la frappe a affirmé » as the resident", () => {
    expect(draftSources("Un habitant qui a perdu deux cousins dans la frappe a affirmé que 27 personnes avaient été tuées.", "killed", "fr")).toEqual([
      "Habitant",
    ]);
  });

  it("does not reach past a comma inside the clause", () => {
    expect(draftSources("Fighters attacked a resident who, witnesses said, had refused to pay. Seven people were killed.", "killed")).not.toContain("Resident");
  });
});
