import { describe, expect, it } from "vitest";
import { draftIncident } from "../../src/index.js";

/** The claims of a draft as "source via relays (hedge)". */
function lines(text: string): string[] {
  const draft = draftIncident(text, { lang: "en" });
  const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
  return draft.claims.map((c) => `${name(c.source)} via ${(c.via ?? []).map(name).join(", ")}${c.hedge ? ` (${c.hedge})` : ""}`);
}

describe("draftIncident reads an outlet that reports another's words as their relay", () => {
  it('gives "…, the ISPR said in a statement, Dawn reported" to the ISPR, via Dawn, with no hedge', () => {
    expect(lines("KABUL (AP) — Nine policemen were killed, the ISPR said in a statement, Dawn reported.")).toEqual(["ISPR via Dawn, AP"]);
  });

  it('still gives "…, Reuters reported" alone to Reuters', () => {
    expect(lines("KABUL (AP) — Nine policemen were killed, Reuters reported.")).toEqual(["Reuters via AP (reported)"]);
  });
});

describe("draftIncident reads the outlet told between the verb and its subject", () => {
  const relays = (text: string) => {
    const draft = draftIncident(text, { lang: "fr" });
    return draft.claims.map((c) => (c.via ?? []).map((id) => draft.sources.find((s) => s.id === id)?.name));
  };

  it.each([
    "« Les assaillants ont incendié le camp », a précisé à l'AFP une source sécuritaire.",
    "« Les assaillants ont incendié le camp », a précisé à l’AFP une source sécuritaire.",
    "« Les assaillants ont incendié le camp », a précisé une source sécuritaire à l'AFP.",
  ])("relays « %s » through AFP, whose copy the article may only run", (text) => {
    expect(relays(text)).toEqual([["AFP", "Article"]]);
  });
});
