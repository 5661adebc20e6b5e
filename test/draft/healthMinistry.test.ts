import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftLines } from "./draftLines.js";

const text =
  "Une frappe israélienne a tué au moins cinq personnes vendredi, a annoncé le ministère libanais de la santé. " +
  "Dans la soirée, le ministère a porté le bilan à sept morts.\n\n" +
  "Plus de 330 personnes ont été tuées depuis lors, selon un décompte de l'AFP.";

describe("draftIncident follows a health ministry through its new toll, and leaves a running tally out", () => {
  it("reads « le ministère libanais de la santé » as a civilian public body", () => {
    expect(draftIncident(text, { lang: "fr" }).sources.find((s) => s.name.startsWith("Ministère"))?.kind).toBe("government");
  });

  it("gives « le ministère a porté le bilan à sept morts » to that same ministry", () => {
    expect(draftLines(text, "fr").filter((l) => l.includes("killed"))).toEqual([
      'Ministère libanais de la santé: killed = {"phrase":"au moins cinq"}',
      'Ministère libanais de la santé: killed = {"phrase":"sept"}',
    ]);
  });

  it("leaves « plus de 330 personnes ont été tuées depuis lors » out, a tally of other incidents", () => {
    expect(draftLines(text, "fr").filter((l) => l.includes("331"))).toEqual([]);
  });

  it("reads « depuis cette date » as another time too", () => {
    expect(draftLines("Une frappe a tué cinq personnes, selon l'armée. Au moins 200 personnes ont été tuées depuis cette date, selon l'ONU.", "fr")).toEqual([
      'Armée: killed = {"phrase":"cinq"}',
    ]);
  });

  it("reads « la direction régionale de la santé » as the state's health office, whose toll it is", () => {
    expect(
      draftLines("Des hommes armés ont tué au moins onze personnes samedi, selon un bilan communiqué lundi par la direction régionale de la santé.", "fr"),
    ).toContain('Direction régionale de la santé: killed = {"phrase":"au moins onze"}');
  });

  it("reads \"the forensic medicine unit\" and « l'institut de médecine légale » as the state's examiners of the dead", () => {
    expect(draftLines("The Public Ministry's forensic medicine unit said on Tuesday it had received eight bodies.", "en")).toEqual([
      'Forensic medicine unit: killed = {"phrase":"eight"}',
    ]);
    const draft = draftIncident("Selon l'institut de médecine légale, huit corps ont été reçus.", { lang: "fr" });
    expect(draft.sources.find((s) => s.name === "Institut de médecine légale")?.kind).toBe("government");
  });
});
