import { describe, expect, it } from "vitest";
import { draftLines } from "./draftLines.js";

describe("draftIncident gives the words after a speaker and its verb to that speaker", () => {
  it('gives "…, eyewitnesses said two of the victims were civilians" to the eyewitnesses, not to the minister before them', () => {
    const drafted = draftLines("The minister said three policemen were killed, but eyewitnesses said two of the victims were civilians.");
    expect(drafted).toContain('Minister: killed = {"phrase":"three"}');
    expect(drafted).toContain('Eyewitnesses: status = "civilians"');
    expect(drafted).not.toContain('Minister: status = "civilians"');
  });

  it('gives each speaker its own figure in "X said A, and Y said B"', () => {
    expect(draftLines("Police said 12 people were killed, and residents said 20 people died.")).toEqual(["Police: killed = 12", "Residents: killed = 20"]);
  });

  it('still gives the figure before an inverted speaker to that speaker ("Twelve were killed, police said, adding …")', () => {
    expect(draftLines("Twelve people were killed, police said, adding that the attackers fled.")).toEqual(['Police: killed = {"phrase":"Twelve"}']);
  });
});
