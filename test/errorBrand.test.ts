import { describe, expect, it } from "vitest";
import { ContestedError, defineVocabulary, IncidentError, safeParseIncident, VocabularyError } from "../src/index.js";

/** A second, separately loaded copy of the errors' module: what a CommonJS build beside an ESM one amounts to. */
const anotherCopy = "../src/errors/contestedError.js?another-copy";
const other = (await import(/* @vite-ignore */ anotherCopy)) as typeof import("../src/errors/contestedError.js");

const incidentError = (() => {
  const result = safeParseIncident({ contested: 1 });
  if (result.success) throw new Error("expected an invalid incident");
  return result.error;
})();
const vocabularyError = (() => {
  try {
    defineVocabulary({});
  } catch (error) {
    return error as VocabularyError;
  }
  throw new Error("expected an invalid vocabulary");
})();

describe("errors carry a brand that survives another copy of the library", () => {
  it("is not instanceof the other copy's classes, which is why the brand exists", () => {
    expect(other.IncidentError).not.toBe(IncidentError);
    expect(incidentError instanceof other.IncidentError).toBe(false);
  });

  it("is recognised by the other copy's is(), class by class", () => {
    expect(other.ContestedError.is(incidentError)).toBe(true);
    expect(other.IncidentError.is(incidentError)).toBe(true);
    expect(other.VocabularyError.is(incidentError)).toBe(false);
    expect(other.ContestedError.is(vocabularyError)).toBe(true);
    expect(other.VocabularyError.is(vocabularyError)).toBe(true);
    expect(other.IncidentError.is(vocabularyError)).toBe(false);
  });

  it("recognises the other copy's errors too", () => {
    const foreign = new other.IncidentError([]);
    expect(IncidentError.is(foreign)).toBe(true);
    expect(ContestedError.is(foreign)).toBe(true);
  });

  it("says no to anything else, without throwing", () => {
    for (const value of [new Error("x"), { name: "IncidentError", issues: [] }, null, undefined, "IncidentError", 42, Object.create(null)]) {
      expect(ContestedError.is(value)).toBe(false);
      expect(IncidentError.is(value)).toBe(false);
    }
  });

  it("adds nothing to what the error shows: the brand is not an own or enumerable property", () => {
    expect(Object.getOwnPropertySymbols(incidentError)).toEqual([]);
    expect(Object.keys(incidentError)).not.toContain(String(Symbol.for("contested.error")));
    expect(JSON.stringify(incidentError)).not.toContain("ContestedError");
  });

  it("holds for subclasses a tool defines", () => {
    class ToolError extends IncidentError {}
    const error = new ToolError([]);
    expect([IncidentError.is(error), other.IncidentError.is(error), VocabularyError.is(error)]).toEqual([true, true, false]);
  });
});
