import { describe, expectTypeOf, it } from "vitest";
import {
  compareEncodings,
  diffReconciliations,
  draftIncident,
  fromCsv,
  type IncidentError,
  mergeIncidents,
  parseIncident,
  readings,
  reconcile,
  safeParseIncident,
  toCsv,
  type Agreement,
  type AgreementData,
  type ClaimProvenance,
  type EncodingComparison,
  type Findings,
  type Flag,
  type FlagData,
  type FlagKind,
  type Incident,
  type IncidentDraft,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssuePath,
  type MergeResult,
  type ProvenanceData,
  type Question,
  type QuestionStatus,
  type Readings,
  type Reconciliation,
  type ReconciliationDiff,
  type SafeParseResult,
  type Severity,
  type SheetImport,
} from "../src/index.js";

// Calls written as functions that are never run: only their types are tested.
const withWords = () => reconcile({});
const withoutWords = () => reconcile({}, { words: false });
const read = () => readings(reconcile({}));
const drafted = () => draftIncident("", { lang: "fr" });
const parsed = () => parseIncident(draftIncident("", { lang: "fr" }));
const safelyParsed = () => safeParseIncident({});
const merged = () => mergeIncidents({}, {});
const compared = () => compareEncodings({}, {});
const diffWithWords = () => diffReconciliations(reconcile({}), reconcile({}));
const diffWithoutWords = () => diffReconciliations(reconcile({}, { words: false }), reconcile({}, { words: false }));
const csv = () => toCsv({});
const imported = () => fromCsv("");

describe("the public functions' types say what they return", () => {
  it("types reconcile's result with its words, and without them when asked for no words", () => {
    expectTypeOf(withWords).returns.toMatchTypeOf<Reconciliation>();
    expectTypeOf(withoutWords).returns.toEqualTypeOf<Findings>();
    expectTypeOf<Findings["flags"][number]>().toEqualTypeOf<FlagData>();
    expectTypeOf<FlagData>().not.toHaveProperty("note");
  });

  it("lets readings take a reconciliation with or without its words", () => {
    expectTypeOf(readings).parameter(0).toEqualTypeOf<Findings>();
    expectTypeOf(read).returns.toMatchTypeOf<Readings>();
  });

  it("types a draft as a document parseIncident takes and an incident comes out of", () => {
    expectTypeOf(drafted).returns.toEqualTypeOf<IncidentDraft>();
    expectTypeOf(parsed).returns.toEqualTypeOf<Incident>();
    expectTypeOf<IncidentDraft["claims"][number]["evidence"]>().toEqualTypeOf<{ readonly start: number; readonly end: number }>();
  });
});

describe("the public result types say what they hold", () => {
  it("types a reconciliation as the findings with their words: notes on flags and agreements, chains on provenance", () => {
    expectTypeOf<Reconciliation>().toMatchTypeOf<Findings>();
    expectTypeOf<Reconciliation["flags"][number]>().toEqualTypeOf<Flag>();
    expectTypeOf<Flag["note"]>().toEqualTypeOf<string>();
    expectTypeOf<Reconciliation["agreements"][number]>().toEqualTypeOf<Agreement>();
    expectTypeOf<Findings["agreements"][number]>().toEqualTypeOf<AgreementData>();
    expectTypeOf<AgreementData>().not.toHaveProperty("note");
    expectTypeOf<Reconciliation["provenance"][number]>().toEqualTypeOf<ClaimProvenance>();
    expectTypeOf<Findings["provenance"][number]>().toEqualTypeOf<ProvenanceData>();
    expectTypeOf<ProvenanceData>().not.toHaveProperty("chain");
    expectTypeOf<Reconciliation["lang"]>().toEqualTypeOf<string>();
    expectTypeOf<Findings>().not.toHaveProperty("lang");
  });

  it("types a finding's kind, severity and question status as the literals DESIGN names", () => {
    expectTypeOf<FlagData["kind"]>().toEqualTypeOf<FlagKind>();
    expectTypeOf<FlagData["severity"]>().toEqualTypeOf<Severity>();
    expectTypeOf<Severity>().toEqualTypeOf<"contradiction" | "notice">();
    expectTypeOf<"jointly-exclusive">().toMatchTypeOf<FlagKind>();
    expectTypeOf<"winner">().not.toMatchTypeOf<FlagKind>();
    expectTypeOf<Question["status"]>().toEqualTypeOf<QuestionStatus>();
    expectTypeOf<QuestionStatus>().toEqualTypeOf<"agreed" | "compatible" | "contested" | "single-source" | "withheld">();
    expectTypeOf<Findings["questions"][number]>().toEqualTypeOf<Question>();
  });

  it("types an incident as read-only data whose claims carry their own ids", () => {
    expectTypeOf<Incident["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Incident["claims"][number]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Incident["contested"]>().toEqualTypeOf<1>();
  });

  it("types safeParseIncident's result as a union told apart by success", () => {
    expectTypeOf(safelyParsed).returns.toEqualTypeOf<SafeParseResult>();
    expectTypeOf<Extract<SafeParseResult, { success: true }>["data"]>().toEqualTypeOf<Incident>();
    expectTypeOf<Extract<SafeParseResult, { success: false }>["error"]>().toEqualTypeOf<IncidentError>();
    expectTypeOf<Extract<SafeParseResult, { success: true }>>().not.toHaveProperty("error");
    expectTypeOf<IncidentError["issues"]>().toEqualTypeOf<readonly Issue[]>();
  });

  it("types an issue by its code, with that code's params, its path and its words", () => {
    expectTypeOf<Issue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<Issue["path"]>().toEqualTypeOf<IssuePath>();
    expectTypeOf<Issue["message"]>().toEqualTypeOf<string>();
    expectTypeOf<Issue["fix"]>().toEqualTypeOf<string>();
    expectTypeOf<Extract<Issue, { code: "unknown-reference" }>>().toEqualTypeOf<IssueOf<"unknown-reference">>();
    expectTypeOf<IssueOf<"unknown-reference">["params"]>().toHaveProperty("known");
  });

  it("types the results of merging, comparing encodings and diffing reconciliations", () => {
    expectTypeOf(merged).returns.toEqualTypeOf<MergeResult>();
    expectTypeOf<MergeResult["incident"]>().toEqualTypeOf<Incident>();
    expectTypeOf(compared).returns.toEqualTypeOf<EncodingComparison>();
    expectTypeOf(diffWithWords).returns.toEqualTypeOf<ReconciliationDiff<Flag>>();
    expectTypeOf(diffWithoutWords).returns.toEqualTypeOf<ReconciliationDiff<FlagData>>();
    expectTypeOf<ReconciliationDiff<Flag>["appeared"][number]>().toEqualTypeOf<Flag>();
  });

  it("types toCsv as text and fromCsv as an incident with the entries it created and its issues", () => {
    expectTypeOf(csv).returns.toEqualTypeOf<string>();
    expectTypeOf(toCsv).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(fromCsv).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(imported).returns.toEqualTypeOf<SheetImport>();
    expectTypeOf<SheetImport["incident"]>().toEqualTypeOf<Incident>();
  });
});
