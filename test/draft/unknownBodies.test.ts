import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

const lead =
  "BAMENDA, Cameroon (Reuters) - Three police officers were killed when gunmen attacked a checkpoint in Nkwen on Monday, 16 June 2031, the governor said.\n\n";

describe("draftIncident hears a body no list knows by its own name", () => {
  it('hears "The North West Human Rights Monitors, a Bamenda-based group," as a rights group, whatever region its name holds', () => {
    expect(draftLines(`${lead}The North West Human Rights Monitors, a Bamenda-based group, said at least four civilians had died.`, "en")).toContain(
      'North West Human Rights Monitors: killed = {"phrase":"at least four"}',
    );
  });

  it('hears "The Nkwen Youth Forum, a local group," by the name before the apposition that says what it is', () => {
    expect(draftLines(`${lead}The Nkwen Youth Forum, a local group, said six civilians had died.`, "en").join("\n")).toContain("Nkwen Youth Forum");
  });

  it('hears "The Nkwen Youth Forum said" without taking the sentence\'s "The" into its name', () => {
    expect(draftLines(`${lead}The Nkwen Youth Forum said six civilians had died.`, "en").join("\n")).toMatch(/^Nkwen Youth Forum.*killed/mu);
  });
});
