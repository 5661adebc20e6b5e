import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { claimsToRows, formatSheetIssue, parseIncident, rowsToIncident, SHEET_COLUMNS } from "../../src/index.js";
import { incidentWith } from "../fixtures/build.js";

const seed = (name: string) => JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "seeds", `${name}.json`), "utf8")) as object;
const niafunke = seed("niafunke-goundam-2023-11-24");
const lines = (issues: readonly Parameters<typeof formatSheetIssue>[0][]) => issues.map(formatSheetIssue);

describe("claimsToRows", () => {
  it("writes one row per claim as a person would type it: the source by name, relays by >, short values, a set by ;", () => {
    const rows = claimsToRows(niafunke, { declarations: false });
    expect(rows).toHaveLength(18);
    const row = (id: string) => rows.find((r) => r.id === id)!;
    expect(row("local-toll")).toMatchObject({
      record: "claim",
      source: "Sources locales",
      source_kind: "local",
      via: "RFI",
      facet: "killed",
      party: "fama",
      group: "soldiers",
      place: "niafunke",
      value: "une cinquantaine",
    });
    expect(row("jnim-niafunke-means")).toMatchObject({ value: "vbied; suicide-attack", hedge: "claimed" });
    expect(row("em-occupy-failed-niafunke")).toMatchObject({ value: "captured", not: "true" });
    expect(row("em-no-toll").value).toBe("withheld");
    expect(row("nasr-drone-video")).toMatchObject({
      based_on: "jnim-niafunke-means",
      more: JSON.stringify({ comment: "The footage is the group's own, so it is based on the group's claim, not independent of it." }),
    });
  });

  it("writes the short forms of every quantity, and JSON for what they cannot say", () => {
    const values = [
      12,
      { approx: 50 },
      { approx: 50, tolerance: 7 },
      { min: 45, max: 55 },
      { atLeast: 6 },
      { atMost: 10 },
      "withheld",
      "unknown",
      { phrase: "plusieurs dizaines" },
      { phrase: "une centaine", approx: 120 },
      { exactly: 3 },
    ];
    const incident = incidentWith(
      values.map((value, i) => ({ id: `c${i}`, source: "rfi", about: { facet: "killed" }, value })),
      { lang: "fr" },
    );
    expect(claimsToRows(incident, { declarations: false }).map((r) => r.value)).toEqual([
      "12",
      "~50",
      "~50±7",
      "45-55",
      ">=6",
      "<=10",
      "withheld",
      "unknown",
      "plusieurs dizaines",
      '{"approx":120,"phrase":"une centaine"}',
      '{"exactly":3}',
    ]);
  });

  it("gives every row every column, blank as an empty string", () => {
    for (const row of claimsToRows(niafunke)) expect(Object.keys(row)).toEqual(SHEET_COLUMNS);
  });

  it("follows the claims with a row for the incident and for each source, actor, place and item", () => {
    const records = claimsToRows(niafunke).map((r) => r.record);
    expect(records.filter((r) => r !== "claim")).toEqual(["incident", ...Array(5).fill("source"), ...Array(4).fill("actor"), ...Array(5).fill("place")]);
    expect(claimsToRows(niafunke).find((r) => r.record === "place" && r.id === "niafunke")).toMatchObject({
      name: "Niafunké",
      aliases: "Niafounké",
      kind: "town",
      in: "tombouctou",
    });
  });

  it("writes a source's id where its name would name another", () => {
    const incident = incidentWith([{ id: "c", source: "rfi", about: { facet: "killed" }, value: 1 }], {
      sources: [
        { id: "rfi", name: "army", kind: "media" },
        { id: "army", name: "Army", kind: "party", actor: "fama" },
      ],
    });
    expect(claimsToRows(incident, { declarations: false })[0]!.source).toBe("rfi");
  });

  it("does not mutate the incident", () => {
    const input = structuredClone(niafunke);
    claimsToRows(input);
    expect(input).toEqual(niafunke);
  });
});

describe("rowsToIncident", () => {
  it("gives back the incident every seed's rows came from", () => {
    for (const name of [
      "niafunke-goundam-2023-11-24",
      "bamako-2024-09-17",
      "ber-tombouctou-2024-10-06",
      "goundam-gourma-aqmi-strikes",
      "lere-csp-withdrawal",
    ]) {
      const read = rowsToIncident(claimsToRows(seed(name)));
      expect([read.issues, read.created]).toEqual([[], []]);
      expect(read.incident).toEqual(parseIncident(seed(name)));
    }
  });

  it("creates the sources, actors and places a hand-typed sheet names without declaring them, and lists them", () => {
    const read = rowsToIncident(
      [
        { "Claim ID": "toll", Source: "Sources locales", "Source kind": "local", Via: "RFI", Facet: "killed", Party: "FAMa", Place: "Niafunké", Value: "~50" },
        {
          "Claim ID": "took",
          Source: "Communiqué du JNIM",
          "Source kind": "party",
          "Speaks for": "JNIM",
          Via: "RFI",
          Facet: "control",
          Place: "Niafunké",
          Value: "Captured",
          Hedge: "claimed",
        },
        { "Claim ID": "date", Source: "RFI", Facet: "occurred", Value: "2023-11-24" },
      ],
      { id: "niafunke", lang: "fr" },
    );
    expect(read.issues).toEqual([]);
    expect(read.created.map((c) => [c.what, c.id, c.row, c.column, c.kind])).toEqual([
      ["source", "sources-locales", 2, "source", "local"],
      ["source", "rfi", 2, "via", "media"],
      ["actor", "fama", 2, "party", undefined],
      ["place", "niafunke", 2, "place", undefined],
      ["source", "communique-du-jnim", 3, "source", "party"],
      ["actor", "jnim", 3, "speaks_for", undefined],
    ]);
    expect(read.incident.claims.map((c) => [c.source, c.via, c.value])).toEqual([
      ["sources-locales", ["rfi"], { approx: 50 }],
      ["communique-du-jnim", ["rfi"], "captured"],
      ["rfi", undefined, "2023-11-24"],
    ]);
  });

  it("lists every problem at once with its row, column and fix, and keeps every row that reads", () => {
    const read = rowsToIncident(
      [
        { id: "ok", source: "Sources locales", source_kind: "local", facet: "killed", value: "~50" },
        { id: "typo", source: "Sources locale", facet: "killed", value: "45-55" },
        { id: "figure", source: "Sources locales", facet: "killed", value: "~5O" },
        { id: "facet", source: "Sources locales", facet: "kiled", value: "3" },
        { id: "not", source: "Sources locales", facet: "control", value: "held", not: "maybe" },
        { id: "party", source: "Army", source_kind: "party", facet: "control", value: "held" },
        { id: "also-ok", source: "Sources locales", facet: "occurred", value: "2023-11-24/2023-11-25" },
      ],
      { lang: "fr" },
    );
    expect(lines(read.issues)).toEqual([
      'row 3, source: unknown source "Sources locale" — did you mean "Sources locales"? Fix: Correct the spelling; if it is another source, declare it in a source row.',
      `row 4, value: the phrase "~5O" holds no count the lexicon can read. Fix: Write a figure (12), ~50, ~50±5, 45-55, >=6, <=10, withheld, unknown, or the source's words ("une cinquantaine").`,
      expect.stringMatching(/^row 5, facet: unknown facet "kiled" in vocabulary "conflict" — did you mean "killed"\? Fix: /),
      'row 6, not: "maybe" is not one of "true", "false". Fix: Write one of "true", "false", or leave it blank.',
      expect.stringMatching(/^row 7, speaks_for: missing .*Fix: Write the side this party source speaks for \(an actor's name\) in speaks_for\.$/),
    ]);
    expect(read.incident.claims.map((c) => c.id)).toEqual(["ok", "also-ok"]);
    expect(read.incident.claims[1]!.value).toEqual({ from: "2023-11-24", to: "2023-11-25" });
  });

  it("leaves out a row that names an entry or a claim whose own row could not be read, saying which", () => {
    const read = rowsToIncident([
      { id: "bad", source: "Army", source_kind: "party", facet: "control", value: "held" },
      { id: "same-source", source: "Army", facet: "control", value: "captured" },
      { id: "repeats", source: "RFI", source_kind: "media", facet: "control", value: "held", based_on: "bad" },
      { record: "source", id: "afp", name: "AFP", kind: "newspaper" },
      { id: "via-afp", source: "RFI", via: "AFP", facet: "occurred", value: "2023-11-24" },
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [2, "speaks_for", "missing"],
      [3, "source", "depends-on-row"],
      [4, "based_on", "depends-on-row"],
      [5, "kind", "invalid-option"],
      [6, "via", "depends-on-row"],
    ]);
    expect(read.issues[1]!.message).toBe('source "Army" is on row 2, which could not be read');
    expect(read.incident.claims).toEqual([]);
  });

  it("reads the record a row declares, refusing cells its record leaves blank and a second declaration of an id", () => {
    const read = rowsToIncident([
      { record: "Incident", id: "x", name: "An incident", lang: "fr" },
      { record: "place", id: "camp", name: "Camp", in: "Town" },
      { record: "place", id: "camp", name: "Camp bis" },
      { record: "actor", id: "fama", name: "FAMa", value: "12" },
      { record: "weather", id: "w" },
      { id: "c", source: "RFI", source_kind: "media", facet: "killed", place: "camp", value: "une dizaine" },
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, "id", "duplicate-declaration"],
      [5, "value", "stray-cell"],
      [6, "record", "invalid-cell"],
    ]);
    expect(read.created.map((c) => [c.what, c.name])).toEqual([
      ["place", "Town"],
      ["source", "RFI"],
    ]);
    expect(read.incident).toMatchObject({
      id: "x",
      title: "An incident",
      lang: "fr",
      places: [
        { id: "camp", in: "Town" },
        { id: "town", name: "Town" },
      ],
      claims: [{ value: { phrase: "une dizaine" } }],
    });
  });

  it("names a column it does not know, with a did-you-mean, and reads the rest", () => {
    const read = rowsToIncident([{ id: "c", source: "RFI", source_kind: "media", facet: "killed", valeu: "3", value: "4" }]);
    expect(lines(read.issues)).toEqual([expect.stringMatching(/^row 1, valeu: "valeu" is not a column — did you mean "value"\? Fix: /)]);
    expect(read.incident.claims[0]!.value).toBe(4);
  });

  it("does not take names that differ only in their digits for typos", () => {
    const read = rowsToIncident([
      { id: "a", source: "Témoin 1", source_kind: "witness", facet: "killed", value: "3" },
      { id: "b", source: "Témoin 2", source_kind: "witness", facet: "killed", value: "4" },
    ]);
    expect([read.issues, read.created.map((c) => c.id)]).toEqual([[], ["temoin-1", "temoin-2"]]);
  });

  it("refuses an undeclared item close to a declared one, and declares a new one from its name", () => {
    const read = rowsToIncident([
      { id: "a", source: "RFI", source_kind: "media", facet: "looted", item: "véhicules", value: "5" },
      { id: "b", source: "RFI", facet: "looted", item: "vehicels", value: "5" },
      { id: "c", source: "RFI", facet: "looted", item: "sacks of grain", value: "20" },
    ]);
    expect(read.issues.map((i) => [i.row, i.column, i.message])).toEqual([[3, "item", 'unknown item "vehicels" — did you mean "vehicle"?']]);
    expect(read.incident.items).toEqual([{ id: "sacks-of-grain", name: "sacks of grain" }]);
  });

  it("does not mutate the rows", () => {
    const rows = claimsToRows(niafunke);
    const before = structuredClone(rows);
    rowsToIncident(rows);
    expect(rows).toEqual(before);
  });
});
