import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident reads a toll that moves as the dead counted anew", () => {
  it('reads "The toll rose to 19" and "the toll had risen to 38" as the dead', () => {
    expect(draftLines("The toll rose to 19 on Tuesday, a military source said.")).toEqual(["Military source: killed = 19"]);
    expect(draftLines("Residents said the toll had risen to 38.")).toEqual(["Residents: killed = 38"]);
  });

  it('still reads "did not give a toll" as no figure given', () => {
    expect(draftLines("The army did not give a toll.")).toEqual([]);
  });
});

describe("draftIncident reads a side's own losses told by whom it lost", () => {
  it('reads "We lost three of our constables" as three dead', () => {
    expect(draftLines('"We lost three of our constables," a senior police officer said.')).toEqual(['Police officer: killed = {"phrase":"three"}']);
  });
});
