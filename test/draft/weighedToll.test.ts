import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident reads a toll weighed against another as its giver's words", () => {
  it('gives "the defence ministry gave a lower toll of 11 soldiers killed and 14 wounded" to the ministry', () => {
    expect(draftLines("In a statement on Monday, the defence ministry gave a lower toll of 11 soldiers killed and 14 wounded.")).toEqual([
      "Defence ministry: killed = 11",
      "Defence ministry: wounded = 14",
    ]);
  });

  it('reads "put the provisional death toll at 12" the same way', () => {
    expect(draftLines("The governor put the provisional death toll at 12.")).toEqual(["Governor: killed = 12"]);
  });
});
