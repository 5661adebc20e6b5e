import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads who a group of speakers is made of, and a body a capitalised noun closes", () => {
  it('gives "according to a group of local doctors" to the doctors, not to an armed group', () => {
    expect(draftSources("At least 19 people have been killed after shells struck a market, according to a group of local doctors.", "killed")).toEqual([
      "Doctors",
    ]);
  });

  it('reads "The Sudan Doctors Network" as one body', () => {
    expect(draftSources("At least 19 people were killed, the Sudan Doctors Network said.", "killed")).toEqual(["Sudan Doctors Network"]);
  });

  it('still reads "the group" after an armed group as that group', () => {
    expect(draftSources("Boko Haram fighters attacked the town. The group said it killed seven soldiers.", "killed")).toEqual(["Boko Haram"]);
  });
});
