import { describe, expect, it } from "vitest";
import { draftIncident, type IncidentDraft } from "../../src/index.js";
import { blankMemberLists } from "../../src/draft/memberLists.js";
import { tokenize } from "../../src/lexicon/tokenize.js";

/** Each drafted claim as "source: facet = value", the way a reviewer scans a draft. */
function lines(text: string, lang: "fr" | "en"): string[] {
  const draft: IncidentDraft = draftIncident(text, { lang });
  const name = (id: string) => draft.sources.find((s) => s.id === id)?.name;
  return draft.claims.map((c) => `${name(c.source)}: ${c.about.facet} = ${JSON.stringify(c.value)}`);
}

const killedOrWounded = (text: string, lang: "fr" | "en") => lines(text, lang).filter((l) => /: (killed|wounded) =/u.test(l));

describe("draftIncident reads a count's list of members as the count told again", () => {
  it('drafts two dead, not one, for "Two civilians, a man and a woman, were killed"', () => {
    expect(killedOrWounded("Two civilians, a man and a woman, were killed in the shelling, police said.", "en")).toEqual(['Police: killed = {"phrase":"Two"}']);
  });

  it("drafts the whole count for a list set off by dashes or brackets", () => {
    expect(killedOrWounded("Three civilians – two children and a woman – were killed in the strike, the governor said.", "en")).toEqual([
      'Governor: killed = {"phrase":"Three"}',
    ]);
    expect(killedOrWounded("Four people (three women and a child) were wounded, residents said.", "en")).toEqual(['Residents: wounded = {"phrase":"Four"}']);
  });

  it("drafts the whole count in French (« Deux civils, un homme et une femme, ont été tués »)", () => {
    expect(killedOrWounded("Deux civils, un homme et une femme, ont été tués, a indiqué la police.", "fr")).toEqual(['Police: killed = {"phrase":"Deux"}']);
    expect(killedOrWounded("Selon l'armée, trois soldats – deux sergents et un lieutenant – ont été tués.", "fr")).toEqual([
      'Armée: killed = {"phrase":"trois"}',
    ]);
  });

  it('keeps a part named apart ("including", « dont ») and counts after a comma that list no members', () => {
    expect(blankMemberLists("40 people, including 20 soldiers, were killed.", tokenize("40 people, including 20 soldiers, were killed.", "en"), "en")).toBe(
      "40 people, including 20 soldiers, were killed.",
    );
    expect(killedOrWounded("Three soldiers and 12 militants were killed, the army said.", "en")).toHaveLength(2);
  });

  it("keeps every offset: the blanked sentence has the same length and words elsewhere", () => {
    const text = "Two civilians, a man and a woman, were killed.";
    const blanked = blankMemberLists(text, tokenize(text, "en"), "en");
    expect(blanked).toBe(`Two civilians${" ".repeat(20)} were killed.`);
    expect(blanked).toHaveLength(text.length);
  });
});
