import { describe, expect, it } from "vitest";
import { draftIncident, type LexiconLanguage } from "../../src/index.js";

/**
 * Each row is a role the speaker tables mean to read, alone or as one of
 * several phrases: a table entry once written as `mayor|deputy mayor|…` read
 * "mayor mayor" and "deputy councillor", and never "the mayor".
 */
const ROLES: readonly (readonly [LexiconLanguage, string, string, string])[] = [
  ["en", "Twelve people were killed, the mayor said.", "Mayor", "local"],
  ["en", "Twelve people were killed, a local councillor said.", "Councillor", "local"],
  ["en", "Twelve people were killed, the deputy mayor said.", "Deputy mayor", "local"],
  ["en", "Twelve people were killed, the ministry of interior said.", "Ministry of interior", "party"],
  ["en", "Twelve people were killed, the ministry of the interior said.", "Ministry of the interior", "party"],
  ["en", "Twelve people were killed, the ministry of information said.", "Ministry of information", "party"],
  ["en", "Twelve people were killed, the prosecutor said.", "Prosecutor", "government"],
  ["en", "Twelve people were killed, the prosecutor's office said.", "Prosecutor office", "government"],
  ["en", "Twelve people were killed, the peacekeepers said.", "Peacekeepers", "international"],
  ["fr", "Douze personnes ont été tuées, a indiqué le ministère de l'Intérieur.", "Ministère de l'Intérieur", "party"],
  ["fr", "Douze personnes ont été tuées, a indiqué le ministère de la Communication.", "Ministère de la Communication", "party"],
  ["fr", "Douze personnes ont été tuées, a indiqué la mission de l'ONU.", "Mission de l'ONU", "international"],
  ["fr", "Douze personnes ont été tuées, selon les casques bleus.", "Casques bleus", "international"],
  ["fr", "Douze personnes ont été tuées, selon les autorités sanitaires.", "Autorités sanitaires", "government"],
  ["fr", "Douze personnes ont été tuées, selon les médias officiels.", "Médias officiels", "media"],
  ["fr", "Douze personnes ont été tuées, selon la télévision publique.", "Télévision publique", "media"],
];

describe("draftIncident reads each role its speaker tables name", () => {
  it.each(ROLES)("(%s) %s → %s, a %s source", (lang, text, name, kind) => {
    const draft = draftIncident(text, { lang });
    expect(draft.claims.map((c) => draft.sources.find((s) => s.id === c.source)).map((s) => [s?.name, s?.kind])).toEqual([[name, kind]]);
  });
});

describe("draftIncident reads the other-incident phrases of several words", () => {
  it.each([
    "Au moins 40 civils ont été tués dans tout le pays cette semaine, selon l'ONU.",
    "Au moins 40 civils ont été tués à travers le pays cette semaine, selon l'ONU.",
  ])("drafts no claim from « %s », a tally of many incidents", (text) => {
    expect(draftIncident(text, { lang: "fr" }).claims).toEqual([]);
  });
});
