import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";
import { draftSources } from "./draftLines.js";

/** The actors a draft names, as `name (partOf ids)`. */
function actorsOf(text: string): string[] {
  return draftIncident(text, { lang: "en" }).actors.map((a) => `${a.name}${a.partOf ? ` (part of ${a.partOf.join(", ")})` : ""}`);
}

describe("draftIncident reads the country a lead happens in as the one whose forces speak unnamed", () => {
  const cameroon =
    "YAOUNDÉ, Cameroon (AP) — Gunmen killed five gendarmes in an attack on a checkpoint, officials said. " +
    "Two military officials said seven gendarmes had died. Cameroon's military spokesman did not respond to requests for comment.";

  it("makes the military of a Cameroonian dateline and Cameroon's military one side, Cameroon", () => {
    expect(actorsOf(cameroon)).toEqual(["Cameroon"]);
  });

  it("names the forces without the spokesman who speaks for them", () => {
    expect(actorsOf("Cameroon's military spokesman said five soldiers were killed.")).toEqual(["Cameroon's military"]);
  });

  it('places "a US drone strike in Somalia" in Somalia, not in the United States', () => {
    const draft = draftIncident("A US drone strike in Somalia killed four people, the army said.", { lang: "en" });
    expect(draft.sources.find((s) => s.name === "Army")?.actor).toBe("somalia");
  });

  it('does not read "Niger State" as Niger', () => {
    expect(actorsOf("Gunmen killed 12 people in Niger State, the army said.")).toEqual(["army"]);
  });

  it("makes a country's police a force of its own within the state", () => {
    expect(
      actorsOf("PESHAWAR, Pakistan (AP) — A bomb killed seven officers, the district police chief said. The army said it had cordoned off the area."),
    ).toEqual(["Pakistan", "Pakistan police (part of pakistan)"]);
  });
});

describe("draftIncident gives an unnamed commander's words to the one party his sentence names", () => {
  it("reads a masked commander in a group's video as that group", () => {
    const text =
      "A group calling itself the Ambazonia Restoration Forces (ARF) claimed the attack in a video, in which a masked commander said his fighters had killed 11 soldiers.";
    expect(draftSources(text, "killed")).toEqual(["ARF"]);
  });

  it("leaves a commander alone when his sentence names two parties", () => {
    const text = "The army and the Ambazonia Restoration Forces (ARF) clashed overnight, and a commander said 11 soldiers were killed.";
    expect(draftSources(text, "killed")).not.toContain("ARF");
  });
});

describe("draftIncident reads a division's civil administrator as the government", () => {
  it('gives "the senior divisional officer" the kind of a civilian official', () => {
    const draft = draftIncident("Five gendarmes were killed, said Simon Ndive, the senior divisional officer for Momo division.", { lang: "en" });
    expect(draft.sources.filter((s) => s.name.startsWith("Simon Ndive")).map((s) => s.kind)).toEqual(["government"]);
  });
});

describe("draftIncident names a region a country owns by its own name", () => {
  it('reads "northeastern Mali\'s Gao region" as the region of Gao', () => {
    const draft = draftIncident("A drone strike on a market in northeastern Mali's Gao region killed at least 23 people, officials said.", { lang: "en" });
    expect(draft.places.map((p) => `${p.name} (${p.kind})`)).toContain("Gao (region)");
    expect(draft.places.map((p) => p.name)).not.toContain("Mali's Gao");
  });
});
