import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  claimsToRows,
  columnOf,
  defineVocabulary,
  formatSheetIssue,
  fromCsv,
  parseIncident,
  readValueCell,
  rowsToIncident,
  SHEET_COLUMNS,
  sheetHeaders,
  toCsv,
  writeValueCell,
} from "../../src/index.js";
import { cellWords, type CellConcern } from "../../src/sheet/sheetWords.js";
import { SHEET_CELL_WORDS_FR, SHEET_HEADERS_FR } from "../../src/sheet/sheetWordsFr.js";
import { normalizeName } from "../../src/model/normalizeName.js";
import { incidentWith } from "../fixtures/build.js";

const seedsDir = join(import.meta.dirname, "..", "..", "seeds");
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".json"))
  .sort();
const seed = (file: string) => JSON.parse(readFileSync(join(seedsDir, file), "utf8")) as object;

/** A sheet as a French analyst types it in a French Excel: French headers, French words, semicolons. */
const analystSheet = [
  "Identifiant;Source;Type de source;Relais;Facette;Partie;Lieu;Valeur;Réserve;Citation",
  "bilan-local;Sources locales;locale;RFI;tués;FAMa;Niafunké;~50;rapporté;une cinquantaine de soldats maliens tués",
  "bilan-em;État-major;Gouvernement;RFI;Tués;FAMa;;non communiqué;;n'a pas souhaité apporter de précisions ni de bilan",
  "prise;Wassim Nasr;expert;;contrôle;;Camp de Niafunké;pris;revendiqué;le camp est tombé",
  'moyens;Wassim Nasr;;;moyens;;Camp de Niafunké;"véhicule piégé; Tirs d\'obus";non confirmé;« un véhicule piégé »',
  "blesses;Témoin;témoin;;blessés;;Niafunké;inconnu;;",
].join("\r\n");

/** The same sheet as the format's own names write it. */
const englishSheet = [
  "id;source;source_kind;via;facet;party;place;value;hedge;quote",
  "bilan-local;Sources locales;local;RFI;killed;FAMa;Niafunké;~50;reported;une cinquantaine de soldats maliens tués",
  "bilan-em;État-major;government;RFI;killed;FAMa;;withheld;;n'a pas souhaité apporter de précisions ni de bilan",
  "prise;Wassim Nasr;expert;;control;;Camp de Niafunké;captured;claimed;le camp est tombé",
  'moyens;Wassim Nasr;;;means;;Camp de Niafunké;"vbied; shelling";unconfirmed;« un véhicule piégé »',
  "blesses;Témoin;witness;;wounded;;Niafunké;unknown;;",
].join("\r\n");

describe("a claims sheet in French", () => {
  it("reads a sheet as a French analyst types it to the incident its English twin gives", () => {
    const sheet = fromCsv(analystSheet, { id: "niafunke", lang: "fr" });
    expect(sheet.issues).toEqual([]);
    expect(sheet.incident.claims.map((c) => [c.id, c.source, c.via, c.about, c.value, c.hedge])).toEqual([
      ["bilan-local", "sources-locales", ["rfi"], { facet: "killed", party: "FAMa", place: "Niafunké" }, { approx: 50 }, "reported"],
      ["bilan-em", "etat-major", ["rfi"], { facet: "killed", party: "FAMa" }, "withheld", undefined],
      ["prise", "wassim-nasr", undefined, { facet: "control", place: "Camp de Niafunké" }, "captured", "claimed"],
      ["moyens", "wassim-nasr", undefined, { facet: "means", place: "Camp de Niafunké" }, ["vbied", "shelling"], "unconfirmed"],
      ["blesses", "temoin", undefined, { facet: "wounded", place: "Niafunké" }, "unknown", undefined],
    ]);
    expect(sheet.incident.sources.map((s) => [s.id, s.kind])).toEqual([
      ["sources-locales", "local"],
      ["rfi", "media"],
      ["etat-major", "government"],
      ["wassim-nasr", "expert"],
      ["temoin", "witness"],
    ]);
    expect(sheet.incident).toEqual(fromCsv(englishSheet, { id: "niafunke", lang: "fr" }).incident);
  });

  it("reads the records of a French sheet's declaration rows, and a source's kind on them", () => {
    const csv = [
      "Type de ligne;Identifiant;Nom;Nature;Parle pour;Dans;Fait partie de;Alias;Source;Facette;Valeur;Négation",
      "source;em;État-major général des Armées;partie;FAMa;;;;;;;",
      "acteur;fama;Forces armées maliennes;armée;;;;FAMa;;;;",
      "lieu;camp;Camp de Niafunké;camp militaire;;Niafunké;;;;;;",
      "affirmation;c1;;;;;;;em;contrôle;pris;oui",
      "incident;niafunke;Attaque de Niafunké;;;;;;;;;",
    ].join("\n");
    const { incident, issues } = fromCsv(csv, { lang: "fr" });
    expect(issues).toEqual([]);
    expect([incident.id, incident.title]).toEqual(["niafunke", "Attaque de Niafunké"]);
    expect(incident.sources[0]).toEqual({ id: "em", name: "État-major général des Armées", kind: "party", actor: "FAMa" });
    // An actor's or a place's kind is the analyst's own text: only a source's kind is one of a few words.
    expect([incident.actors[0]!.kind, incident.places[0]!.kind]).toEqual(["armée", "camp militaire"]);
    expect(incident.claims[0]).toMatchObject({ id: "c1", source: "em", about: { facet: "control" }, value: "captured", not: true });
  });

  it("gives every column a French name that columnOf reads, and reads every French name of the table as its column", () => {
    const french = sheetHeaders("fr");
    expect(french.map(columnOf)).toEqual([...SHEET_COLUMNS]);
    for (const column of SHEET_COLUMNS) for (const name of SHEET_HEADERS_FR[column]) expect([name, columnOf(name)]).toEqual([name, column]);
    expect(sheetHeaders()).toEqual([...SHEET_COLUMNS]);
  });

  it("folds case, accents, spaces, hyphens and apostrophes in a header", () => {
    expect(["TYPE DE SOURCE", "type-de-source", "Type_de_Source", " type  de source "].map(columnOf)).toEqual(Array(4).fill("source_kind"));
    expect(["Reserve", "RÉSERVE", "fonde sur", "Fondé-sur", "Date de la declaration", "porte parole de", "identifiant de l’affirmation"].map(columnOf)).toEqual(
      ["hedge", "hedge", "based_on", "based_on", "said", "speaks_for", "id"],
    );
  });

  it("reads every word of every table as the name it stands for, and no word for two names", () => {
    for (const concern of Object.keys(SHEET_CELL_WORDS_FR) as CellConcern[]) {
      const names = new Map<string, string>();
      for (const [, name, word] of cellWords(concern)) {
        const folded = normalizeName(word);
        expect([concern, word, names.get(folded) ?? name]).toEqual([concern, word, name]);
        names.set(folded, name);
      }
    }
  });

  it("decides the ambiguous headers: « Type » is the record as in English, « Nature » the kind, a bare « Date » a source's date", () => {
    expect([columnOf("Type"), columnOf("Nature"), columnOf("Type de source"), columnOf("Nature de la source")]).toEqual([
      "record",
      "kind",
      "source_kind",
      "source_kind",
    ]);
    expect([columnOf("Date"), columnOf("Date de publication"), columnOf("Quand"), columnOf("Date des faits"), columnOf("Date de la déclaration")]).toEqual([
      "date",
      "date",
      "when",
      "when",
      "said",
    ]);
    expect([columnOf("Partie"), columnOf("Camp"), columnOf("Fait partie de"), columnOf("Parle pour")]).toEqual(["party", "party", "part_of", "speaks_for"]);
    // « D'après » and « selon » say the source as much as what a claim is based on: they name no column.
    expect([columnOf("D'après"), columnOf("Selon")]).toEqual([undefined, undefined]);
  });

  it("decides the ambiguous cells by their column: « lieu », « partie », « soldats », « objet » and « date » each read as their column's name", () => {
    const csv = [
      "Type de ligne;Identifiant;Nom;Source;Type de source;Parle pour;Facette;Groupe;Valeur;Objet",
      "lieu;camp;Camp de Niafunké;;;;;;;",
      "objet;pickups;Pick-up;;;;;;;",
      "affirmation;c1;;Armée;partie;FAMa;lieu;;camp;",
      "affirmation;c2;;Armée;;;statut des tués;soldats;soldats;",
      "affirmation;c3;;Armée;;;date;;2023-11-24;",
      "affirmation;c4;;Armée;;;saisis;;3;pickups",
    ].join("\n");
    const { incident, issues } = fromCsv(csv, { lang: "fr" });
    expect(issues).toEqual([]);
    expect([incident.places.map((p) => p.id), incident.items?.map((i) => i.id)]).toEqual([["camp"], ["pickups"]]);
    expect(incident.sources.map((s) => [s.name, s.kind, s.actor])).toEqual([["Armée", "party", "FAMa"]]);
    expect(incident.claims.map((c) => [c.about, c.value])).toEqual([
      [{ facet: "location" }, "camp"],
      [{ facet: "status", group: "soldiers" }, "soldiers"],
      [{ facet: "occurred" }, "2023-11-24"],
      [{ facet: "seized", item: "pickups" }, 3],
    ]);
  });

  it("writes French headers and French words, each where it reads back as the same name", () => {
    const incident = incidentWith([
      { id: "c1", source: "locals", via: ["rfi"], about: { facet: "killed", party: "fama", group: "soldiers" }, value: "withheld", hedge: "reported" },
      { id: "c2", source: "army", about: { facet: "control", place: "camp" }, value: "captured", not: true, hedge: "claimed" },
      { id: "c3", source: "group", about: { facet: "means" }, value: ["vbied", "mortier"], hedge: "unconfirmed" },
      { id: "c4", source: "rfi", about: { facet: "wounded", group: "soldats" }, value: "unknown" },
    ]);
    const [header] = toCsv(incident, { lang: "fr", bom: false, separator: ";" }).split("\r\n");
    expect(header).toBe(sheetHeaders("fr").join(";"));
    const rows = claimsToRows(incident, { lang: "fr", declarations: false });
    expect(rows.map((row) => [row.record, row.source_kind, row.facet, row.group, row.value, row.not, row.hedge])).toEqual([
      ["affirmation", "locale", "tués", "soldats", "non communiqué", "", "rapporté"],
      ["affirmation", "partie", "contrôle", "", "pris", "oui", "revendiqué"],
      // « mortier » is not the name `mortar` but the source's own word: written as it is, in JSON, so that it does not read as `mortar`.
      ["affirmation", "partie", "moyens", "", '["vbied","mortier"]', "", "non confirmé"],
      // A group of the claim's own that is a French label of another (« soldats ») goes in the row's JSON.
      ["affirmation", "média", "blessés", "", "inconnu", "", ""],
    ]);
    expect(rows[3]!.more).toBe('{"about":{"group":"soldats"}}');
    expect(fromCsv(toCsv(incident, { lang: "fr" })).incident).toEqual(parseIncident(incident));
  });

  it("writes the same cells in English as before, the format's own names", () => {
    const rows = claimsToRows(seed("niafunke-goundam-2023-11-24.json"));
    expect(new Set(rows.map((r) => r.record))).toEqual(new Set(["claim", "incident", "source", "actor", "place"]));
    expect(rows.find((r) => r.id === "local-toll")).toMatchObject({ source_kind: "local", facet: "killed", group: "soldiers", hedge: "reported" });
  });

  it.each(seeds)("takes %s through a French sheet to the incident the English sheet gives", (file) => {
    for (const separator of [",", ";"] as const) {
      const french = fromCsv(toCsv(seed(file), { lang: "fr", separator }));
      expect([french.issues, french.created]).toEqual([[], []]);
      expect(french.incident).toEqual(fromCsv(toCsv(seed(file), { separator })).incident);
      expect(french.incident).toEqual(parseIncident(seed(file)));
    }
  });

  it("reads French rows given as objects by their French headers", () => {
    const rows = claimsToRows(seed("niafunke-goundam-2023-11-24.json"), { lang: "fr" });
    const headers = sheetHeaders("fr");
    const french = rows.map((row) => Object.fromEntries(SHEET_COLUMNS.map((column, i) => [headers[i], row[column]])));
    expect(rowsToIncident(french).incident).toEqual(parseIncident(seed("niafunke-goundam-2023-11-24.json")));
  });

  it("reads a user vocabulary's own labels, in any language it labels", () => {
    const vocabulary = defineVocabulary({
      name: "protest",
      facets: { arrested: { kind: "quantity" }, outcome: { kind: "category", values: ["dispersed", "peaceful"] } },
      labels: {
        fr: { facets: { arrested: "interpellés" }, values: { dispersed: "dispersé" } },
        es: { facets: { arrested: "detenidos" }, values: { peaceful: "pacífica" } },
      },
    });
    const csv = "Source;Facette;Valeur\nRFI;interpellés;12\nRFI;Detenidos;3\nRFI;outcome;Dispersé\nRFI;outcome;pacifica\n";
    const { incident, issues } = fromCsv(csv, { vocabulary });
    expect(issues).toEqual([]);
    expect(incident.claims.map((c) => [c.about.facet, c.value])).toEqual([
      ["arrested", 12],
      ["arrested", 3],
      ["outcome", "dispersed"],
      ["outcome", "peaceful"],
    ]);
    expect(toCsv(incident, { vocabulary, lang: "fr", bom: false, declarations: false }).split("\r\n")[1]).toContain(",interpellés,");
    expect(fromCsv(toCsv(incident, { vocabulary, lang: "fr" }), { vocabulary }).incident).toEqual(incident);
  });

  it("reads and writes one value cell in French", () => {
    expect([
      readValueCell("pris", "control"),
      readValueCell("Non communiqué", "killed"),
      readValueCell("refusé", "killed"),
      readValueCell("inconnu", "killed"),
    ]).toEqual(["captured", "withheld", "withheld", "unknown"]);
    expect([writeValueCell("withheld", "killed", { lang: "fr" }), writeValueCell(["vbied", "shelling", "rafales"], "means", { lang: "fr" })]).toEqual([
      "non communiqué",
      "véhicule piégé; tirs d'obus; rafales",
    ]);
    expect(writeValueCell({ phrase: "inconnu" }, "killed", { lang: "fr" })).toBe('{"phrase":"inconnu"}');
  });

  it("suggests a French name for a misspelt header of a French sheet, an English one in an English sheet", () => {
    const suggestion = (csv: string) =>
      fromCsv(csv)
        .issues.filter((i) => i.code === "unknown-column")
        .map((i) => (i.params as { suggestion?: string }).suggestion);
    expect(suggestion("Source;Facette;Valuer\nRFI;tués;3\n")).toEqual(["Valeur"]);
    expect(suggestion("Source;Facette;Valeur;Réserv\nRFI;tués;3;\n")).toEqual(["Réserve"]);
    expect(suggestion("source,facet,valeu\nRFI,killed,3\n")).toEqual(["value"]);
    expect(suggestion("Source;Citaton\nRFI;x\n")).toEqual(["Citation"]);
    expect(rowsToIncident([{ Source: "RFI", Facette: "tués", Valuer: "3" }]).issues[0]).toMatchObject({
      code: "unknown-column",
      params: { suggestion: "Valeur" },
    });
  });

  it("lists the French headers in the fix of a French sheet's unknown column, in either wording", () => {
    const [issue] = fromCsv("Source;Facette;Valuer\nRFI;tués;3\n").issues;
    expect(issue).toMatchObject({ code: "unknown-column", params: { header: "Valuer", suggestion: "Valeur", lang: "fr" } });
    expect(formatSheetIssue(issue!)).toContain('Fix: Name it as one of "Type de ligne", "Identifiant", "Source", "Type de source",');
    expect(formatSheetIssue(issue!, { lang: "fr" })).toContain(
      "Correction\u00a0: Nommez-la comme l'une de «\u00a0Type de ligne\u00a0», «\u00a0Identifiant\u00a0»,",
    );
    expect(formatSheetIssue(fromCsv("source,facet,valeu\nRFI,killed,3\n").issues[0]!)).toContain('Fix: Name it as one of "record", "id", "source",');
  });

  it("does not mutate the incident it writes nor the rows it reads", () => {
    const incident = seed("niafunke-goundam-2023-11-24.json");
    const before = structuredClone(incident);
    const rows = claimsToRows(incident, { lang: "fr" });
    toCsv(incident, { lang: "fr" });
    expect(incident).toEqual(before);
    const rowsBefore = structuredClone(rows);
    rowsToIncident(rows);
    expect(rows).toEqual(rowsBefore);
  });
});
