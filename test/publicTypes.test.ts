import { describe, expectTypeOf, it } from "vitest";
import {
  draftIncident,
  parseIncident,
  readings,
  reconcile,
  type Findings,
  type FlagData,
  type Incident,
  type IncidentDraft,
  type Readings,
  type Reconciliation,
} from "../src/index.js";

// Calls written as functions that are never run: only their types are tested.
const withWords = () => reconcile({});
const withoutWords = () => reconcile({}, { words: false });
const read = () => readings(reconcile({}));
const drafted = () => draftIncident("", { lang: "fr" });
const parsed = () => parseIncident(draftIncident("", { lang: "fr" }));

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
