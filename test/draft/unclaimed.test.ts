import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident reads a claim of responsibility that was not made as silence", () => {
  it.each([
    ["Islamic State (ISIS) has not claimed the attack, which killed four soldiers.", "en"],
    ["Boko Haram did not claim the attack.", "en"],
    ["Boko Haram has yet to claim the attack.", "en"],
    ["Boko Haram hasn't claimed the attack.", "en"],
    ["Le JNIM n'a pas revendiqué l'attaque.", "fr"],
    ["Le JNIM n'a toujours pas revendiqué l'attaque.", "fr"],
  ] as const)("drafts no perpetrator from %j", (text, lang) => {
    expect(draftLines(text, lang).filter((line) => line.includes("perpetrator"))).toEqual([]);
  });

  it("still reads a claim that was made", () => {
    expect(draftLines("Boko Haram claimed the attack.")).toEqual(['Boko Haram: perpetrator = "boko-haram"']);
    expect(draftLines("Le JNIM a revendiqué l'attaque.", "fr")).toEqual(['JNIM: perpetrator = "jnim"']);
  });

  it("drafts no perpetrator when no group has claimed the attack, whichever group the sentence names", () => {
    const lines = draftLines("The ambush bears the hallmarks of the Islamic State Sahel group, but no group had claimed responsibility by Tuesday.");
    expect(lines.filter((line) => line.includes("perpetrator"))).toEqual([]);
  });
});
