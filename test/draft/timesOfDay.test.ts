import { describe, expect, it } from "vitest";
import { atTimeOf } from "../../src/draft/eventDates.js";
import { draftLines } from "./draftLines.js";

const lead = "MAIDUGURI, Nigeria (Reuters) - Three soldiers were killed when fighters attacked a base in Gajiram on Saturday, 7 June 2025, the army said.\n\n";

describe("draftIncident gives each source's time of day as a date of the incident", () => {
  it('gives a witness\'s "at around 9pm" the day of the incident', () => {
    expect(draftLines(`${lead}A resident, Musa Ali, said the fighters stormed the base at around 9pm.`, "en")).toContain(
      'Musa Ali (resident): occurred = "2025-06-07T21:00"',
    );
  });

  it("keeps a source's day and its hour told apart as two dates (the army's Saturday, then « at about 7 a.m. »)", () => {
    const drafted = draftLines(`${lead}The army said the attack began at about 7 a.m. with mortar fire.`, "en");
    expect(drafted).toContain('Army: occurred = "2025-06-07"');
    expect(drafted).toContain('Army: occurred = "2025-06-07T07:00"');
  });

  it("joins a day and its hour in one sentence (« mardi 12 novembre vers 10 heures »)", () => {
    const drafted = draftLines(
      "GAROUA, 14 novembre 2030 (AFP) - Deux kamikazes se sont fait exploser mardi 12 novembre vers 10 heures au marché de Mémé.",
      "fr",
    );
    expect(drafted.filter((l) => l.includes("occurred"))).toEqual(['AFP: occurred = "2030-11-12T10:00"']);
  });

  it("puts an hour of the morning on the second day of a night (« dans la nuit de samedi à dimanche … vers 2 heures du matin »)", () => {
    expect(atTimeOf({ from: "2030-11-09", to: "2030-11-10" }, "02:00")).toBe("2030-11-10T02:00");
    expect(atTimeOf({ from: "2030-11-09", to: "2030-11-10" }, "23:00")).toBe("2030-11-09T23:00");
  });

  it("gives no hour to a month or to a span of days", () => {
    expect(atTimeOf("2030-11", "02:00")).toBeUndefined();
    expect(atTimeOf({ from: "2030-11-09", to: "2030-11-12" }, "02:00")).toBeUndefined();
  });

  it('reads no time of the incident in when the words came ("said in a statement released at 6 p.m.")', () => {
    const drafted = draftLines(`${lead}The army said in a statement at 6 p.m. that the base had been secured.`, "en");
    expect(drafted.some((l) => l.includes("T18:00"))).toBe(false);
  });
});
