import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** Each drafted claim as "source (kind): facet", the way a reviewer scans who said what. */
function speakers(text: string, lang: "fr" | "en"): string[] {
  const draft = draftIncident(text, { lang });
  return draft.claims.map((c) => {
    const source = draft.sources.find((s) => s.id === c.source);
    return `${source?.name} (${source?.kind}): ${c.about.facet}`;
  });
}

describe("draftIncident names a person by the abbreviated titles and ranks before the name", () => {
  it('gives the words to the person after "Lt. Col.", not to "Lt"', () => {
    expect(speakers('"We have counted 14 bodies," said Lt. Col. Ahmed Musa.', "en")).toEqual(["Ahmed Musa (party): killed"]);
    expect(speakers("Twelve soldiers were killed, Maj. Gen. Tunde Bello said.", "en")).toEqual(["Tunde Bello (party): killed"]);
  });

  it('reads "Gov." as a governor, a civilian official', () => {
    expect(speakers('"Twelve people were killed," Gov. Babagana Zulum said.', "en")).toEqual(["Babagana Zulum (Gov) (government): killed"]);
  });

  it("keeps the role set off after a name with a hyphenated rank before it (« le lieutenant-colonel X, porte-parole de l'armée »)", () => {
    expect(speakers("« Nous avons compté 14 corps », a indiqué le lieutenant-colonel Ahmed Musa, porte-parole de l'armée.", "fr")).toEqual([
      "Ahmed Musa (porte-parole de l'armée) (party): killed",
    ]);
    expect(speakers("Quatorze civils ont été tués, a indiqué le colonel Ahmed Musa, porte-parole de l'armée.", "fr")).toEqual([
      "Ahmed Musa (porte-parole de l'armée) (party): killed",
      "Ahmed Musa (porte-parole de l'armée) (party): status",
    ]);
  });
});

describe("draftIncident reads an apposed name with abbreviated titles as the subject before it", () => {
  it('gives "the Director of Army Public Relations, Brig. Gen. X, said the insurgents …" to the army\'s press director, not to the insurgents', () => {
    expect(
      speakers(
        "Militants attacked the base on Saturday. In a statement on Sunday, the Director of Army Public Relations, Brig. Gen. Chidi Okoronkwo, said the insurgents were repelled and five soldiers were wounded.",
        "en",
      ).filter((s) => s.includes("wounded")),
    ).toEqual(["Chidi Okoronkwo (Director of Army Public Relations) (party): wounded"]);
  });

  it('reads « M. » and "Dr." in an apposition as titles, not the end of a clause', () => {
    expect(speakers("The hospital director, Dr. Amina Yusuf, said 12 people were killed.", "en")).toEqual(["Amina Yusuf (hospital director) (local): killed"]);
  });
});
