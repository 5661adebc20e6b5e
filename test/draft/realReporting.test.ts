import { describe, expect, it } from "vitest";
import { draftIncident, type IncidentDraft } from "../../src/index.js";

/**
 * Classes of error found by drafting real reporting (wire copy, radio and
 * newspaper articles) and reading the draft as an analyst would. The
 * sentences are written for these tests; none is copied from an article.
 */

/** Each drafted claim as "source (kind): facet = value", the way a reviewer scans a draft. */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft: IncidentDraft = draftIncident(text, { lang });
  const source = (id: string) => draft.sources.find((s) => s.id === id);
  return draft.claims.map((c) => `${source(c.source)?.name} (${source(c.source)?.kind}): ${c.about.facet} = ${c.not ? "not " : ""}${JSON.stringify(c.value)}`);
}

describe("a refusal by a body named anew is that body's", () => {
  it('gives "the defence ministry did not respond" to the ministry, not to the army named before', () => {
    const drafted = lines(
      "Gunmen overran an outpost on Sunday, killing nine soldiers, the army said.\n\nThe defence ministry did not respond to a request for comment on the toll.",
      "en",
    );
    expect(drafted).toContain('Army (party): killed = {"phrase":"nine"}');
    expect(drafted).toContain('Defence ministry (party): killed = "withheld"');
    expect(drafted).not.toContain('Army (party): killed = "withheld"');
  });

  it("gives « le ministère de la Défense n'a pas souhaité donner de bilan » to the ministry, not to the general staff", () => {
    const drafted = lines(
      "L'état-major a indiqué que six militaires avaient été tués.\n\nSollicité, le ministère de la Défense n'a pas souhaité donner de bilan.",
      "fr",
    );
    expect(drafted).toContain('État-major (party): killed = {"phrase":"six"}');
    expect(drafted).toContain('Ministère de la Défense (party): killed = "withheld"');
  });
});

describe("a spokesman of the forces speaks for them", () => {
  it('reads "army spokesman Colonel X told reporters" as the army\'s voice (kind party), even where no country is named', () => {
    const draft = draftIncident("Two soldiers were wounded, army spokesman Colonel Peter Okafor told reporters.", { lang: "en" });
    const speaker = draft.sources.find((s) => s.kind !== "media");
    expect(speaker?.kind).toBe("party");
    expect(speaker?.actor).toBeDefined();
    expect(draft.actors.find((a) => a.id === speaker?.actor)?.name).toBe("army");
  });
});

describe("« fait état de » with a count in words", () => {
  it("reads « fait état de quatre soldats tués »: « quatre » after « de » is a count, not an infinitive of aim", () => {
    expect(lines("Dans un communiqué, l'armée fait état de quatre soldats tués.", "fr")).toContain('Armée (party): killed = {"phrase":"quatre"}');
    expect(lines("L'armée parle de quatre morts.", "fr")).toContain('Armée (party): killed = {"phrase":"quatre"}');
  });

  it("still reads an aim as no outcome (« tenté de reprendre le camp »)", () => {
    expect(lines("Selon l'armée, les assaillants ont tenté de reprendre le camp.", "fr").filter((l) => l.includes("control"))).toEqual([]);
  });
});

describe("« sources concordantes » and « sources locales » are two sources", () => {
  it("keeps the local sources reached by the correspondent apart from the concordant sources of the lead", () => {
    const draft = draftIncident(
      "Un poste militaire a été attaqué, selon plusieurs sources concordantes.\n\nDes sources locales jointes par notre correspondant évoquent au moins quinze morts.",
      { lang: "fr" },
    );
    const toll = draft.claims.find((c) => c.about.facet === "killed");
    expect(draft.sources.find((s) => s.id === toll?.source)?.name).toBe("Sources locales");
    expect(draft.sources.find((s) => s.id === toll?.source)?.kind).toBe("local");
  });
});
