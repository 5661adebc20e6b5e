import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe('draftIncident reads a capitalised "Group" closing a name as that body', () => {
  it('gives "…, SITE Intelligence Group reported" to the monitor, never to the armed group last named', () => {
    expect(draftSources("Boko Haram fighters attacked the town. Seven people were killed, SITE Intelligence Group reported.", "killed")).toEqual([
      "SITE Intelligence Group",
    ]);
  });

  it('still reads "the group" after an armed group as that group', () => {
    expect(draftSources("Boko Haram fighters attacked the town. The group said it killed seven soldiers.", "killed")).toEqual(["Boko Haram"]);
  });
});
