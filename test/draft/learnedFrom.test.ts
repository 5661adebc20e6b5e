import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads « a-t-on appris auprès de X » as X's words", () => {
  it("gives the toll to the rescue group the outlet learned it from", () => {
    expect(draftSources("Au moins 23 personnes ont été tuées lundi, a-t-on appris mardi auprès d'un groupe de secours local.", "killed", "fr")).toEqual([
      "Groupe de secours",
    ]);
  });

  it("reads « auprès de l'armée » as the army", () => {
    expect(draftSources("Au moins 23 personnes ont été tuées lundi, a-t-on appris auprès de l'armée.", "killed", "fr")).toEqual(["Armée"]);
  });

  it("reads « un groupe de secours » as rescuers, never an armed group", () => {
    expect(draftSources("Selon un groupe de secours, 12 corps ont été retrouvés.", "killed", "fr")).toEqual(["Groupe de secours"]);
  });
});
