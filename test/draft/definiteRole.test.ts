import { describe, expect, it } from "vitest";
import { draftSources } from "./draftLines.js";

describe("draftIncident reads a role with the definite article as the person already named in it", () => {
  it('reads "the commissioner" as the county commissioner named before', () => {
    const text = 'Uror County Commissioner Gatwech Lul Ruot said 14 women were abducted. "Among the dead are five children," the commissioner said.';
    expect(draftSources(text)).toEqual(["Gatwech Lul Ruot (County Commissioner)"]);
  });

  it('reads "the spokesman" as the army spokesman named before', () => {
    expect(draftSources("Army spokesman Colonel Ahmed Diallo said 12 soldiers were killed. The spokesman added that 30 were wounded.")).toEqual([
      "Ahmed Diallo (Army spokesman)",
    ]);
  });

  it("reads « le gouverneur » as the governor named before", () => {
    expect(
      draftSources("Le gouverneur Ali Souleymane a indiqué que 12 civils ont été tués. Selon le gouverneur, 30 personnes ont été blessées.", undefined, "fr"),
    ).toEqual(["Ali Souleymane (gouverneur)"]);
  });

  it('keeps "a spokesman for the army" apart from a governor named before', () => {
    expect(draftSources("Governor Umar Zulum said 12 people were killed. A spokesman for the army said 14 soldiers died.")).toEqual([
      "Umar Zulum (Governor)",
      "Army",
    ]);
  });
});
