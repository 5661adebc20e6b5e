import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

/** The perpetrator lines of a draft. */
const perpetrators = (text: string, lang: "en" | "fr" = "en") => draftLines(text, lang).filter((line) => line.includes(": perpetrator = "));

describe("draftIncident names the group a speaker blames, however the group is introduced", () => {
  it('reads "blamed the paramilitary Rapid Support Forces (RSF)" as the RSF', () => {
    expect(perpetrators("The Sudan Doctors Network blamed the paramilitary Rapid Support Forces (RSF) for Thursday's attack.")).toEqual([
      'Sudan Doctors Network: perpetrator = "rsf"',
    ]);
  });

  it("reads a group's full name written before its acronym", () => {
    expect(
      perpetrators(
        "At least 20 people were killed, said Ruffin Ngoy, a camp leader. He blamed the Cooperative for the Development of Congo (CODECO) for the attack.",
      ),
    ).toEqual(['Ruffin Ngoy (leader): perpetrator = "codeco"']);
  });

  it("reads « une attaque attribuée aux rebelles ADF » as the ADF, past the group's noun", () => {
    expect(perpetrators("Selon la société civile, une attaque attribuée aux rebelles ADF a fait au moins 12 morts.", "fr")).toEqual([
      'Société civile: perpetrator = "adf"',
    ]);
  });

  it("reads « une attaque de Boko Haram » as Boko Haram, and « l'attaque de Kidal » as no one", () => {
    expect(perpetrators("Selon le gouverneur, il s'agit d'une attaque de Boko Haram.", "fr")).toEqual(['Gouverneur: perpetrator = "boko-haram"']);
    expect(perpetrators("Selon le gouverneur, l'attaque de Kidal a fait 12 morts.", "fr")).toEqual([]);
  });

  it("still reads an accusation of something else as no authorship", () => {
    expect(perpetrators("The army accused the Rapid Support Forces (RSF) of looting the town after the shelling.")).toEqual([]);
  });
});
