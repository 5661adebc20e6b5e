import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads an ombudsman as a civilian public body", () => {
  const text =
    "Two police officers were killed when drones hit a police station on Saturday, the country's human rights ombudsman's office said. " +
    "Nine people were injured, the office said in a post on X.";

  it("gives the lead and the office's next words to the ombudsman's office", () => {
    expect(draftSources(text)).toEqual(["Human rights ombudsman office"]);
  });

  it("makes the ombudsman a government source", () => {
    expect(draftIncident(text, { lang: "en" }).sources.find((s) => s.name.includes("ombudsman"))?.kind).toBe("government");
  });

  it("reads « le Défenseur des droits » likewise", () => {
    const draft = draftIncident("Selon le Défenseur des droits, au moins huit civils ont été tués.", { lang: "fr" });
    expect(draft.sources.filter((s) => s.kind === "government").map((s) => s.name)).toEqual(["Défenseur des droits"]);
  });
});
