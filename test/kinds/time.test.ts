import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { CONTRADICTIONS, findingsOf, flagSides, kindHarness } from "./kindHarness.js";

const occurred = kindHarness("time", "occurred");

describe("time: what its schema takes", () => {
  it("takes ISO 8601 dates and date-times of any precision, with or without an offset, and ranges", () => {
    const values = [
      "2023",
      "2023-11",
      "2023-11-24",
      "2023-11-24T17",
      "2023-11-24T17:00",
      "2023-11-24T17:00:30",
      "2023-11-24T17:00:30.250",
      "2023-11-24T17:00Z",
      "2023-11-24T17:00+01:00",
      "2024-02-29",
      { from: "2023-11-24", to: "2023-11-25" },
      { from: "2023-11-24", to: "2023-11-24" },
    ];
    expect(values.filter((v) => !occurred.accepts(v))).toEqual([]);
  });

  it("refuses days and months that do not exist, other notations, ranges that end before they start, and stray keys", () => {
    const values = [
      "2023-02-29",
      "2023-02-30",
      "2023-13",
      "2023-11-24T24:00",
      "24/11/2023",
      "yesterday",
      "",
      { from: "2023-11-25", to: "2023-11-24" },
      { from: "2023-11-24" },
      { from: "2023-11-24", to: "2023-11-25", at: "noon" },
    ];
    expect(values.filter((v) => occurred.accepts(v))).toEqual([]);
  });
});

describe("time: the span each value covers", () => {
  it("covers its whole precision: a month is every day of it, a minute every second of it", () => {
    expect(occurred.canonical("2023-11").range).toEqual({ low: "2023-11-01T00:00:00.000Z", high: "2023-11-30T23:59:59.999Z" });
    expect(occurred.canonical("2023-11-24T17:00").range).toEqual({ low: "2023-11-24T17:00:00.000Z", high: "2023-11-24T17:00:59.999Z" });
    expect(occurred.canonical("2024-02").range).toEqual({ low: "2024-02-01T00:00:00.000Z", high: "2024-02-29T23:59:59.999Z" });
  });

  it("reads a time without an offset as UTC, and moves one with an offset to UTC", () => {
    expect(occurred.canonical("2023-11-24T17:00").interval).toEqual(occurred.canonical("2023-11-24T17:00Z").interval);
    expect(occurred.canonical("2023-11-25T00:30+01:00").range).toEqual({ low: "2023-11-24T23:30:00.000Z", high: "2023-11-24T23:30:59.999Z" });
  });

  it("covers a range from the start of `from` to the end of `to`, keyed as from/to", () => {
    const range = occurred.canonical({ from: "2023-11-23", to: "2023-11" });
    expect(range.key).toBe("2023-11-23/2023-11");
    expect(range.range).toEqual({ low: "2023-11-23T00:00:00.000Z", high: "2023-11-30T23:59:59.999Z" });
  });

  it("reads the years 0 to 99 as written, not as 1900 to 1999", () => {
    expect(occurred.canonical("0050").range).toEqual({ low: "0050-01-01T00:00:00.000Z", high: "0050-12-31T23:59:59.999Z" });
    expect(occurred.accepts("0004-02-29")).toBe(true);
    expect(occurred.accepts("1900-02-29")).toBe(false);
    expect(occurred.relation("0050", "1950")).toBe("disjoint");
  });

  it("keeps each way of writing a time as its own position, though two may cover the same span", () => {
    expect(occurred.relation("2023-11-24", { from: "2023-11-24", to: "2023-11-24" })).toBe("compatible");
    expect(occurred.relation("2023-11-24T17:00", "2023-11-24T17:00Z")).toBe("compatible");
  });
});

describe("time: how two answers relate", () => {
  it("finds a value and a more precise one inside it compatible", () => {
    expect(occurred.relation("2023-11", "2023-11-24")).toBe("compatible");
    expect(occurred.relation("2023", "2023-11-24T17:00:30.250")).toBe("compatible");
    expect(occurred.relation({ from: "2023-11-23", to: "2023-11-24" }, "2023-11-24T17:00")).toBe("compatible");
  });

  it("finds spans that do not meet disjoint, to the millisecond", () => {
    expect(occurred.relation("2023-11-24", "2023-11-25")).toBe("disjoint");
    expect(occurred.relation("2023-11-24T23:59:59.999", "2023-11-25")).toBe("disjoint");
    expect(occurred.relation({ from: "2023-11-20", to: "2023-11-23" }, "2023-11-24")).toBe("disjoint");
  });

  it("compares times given in other zones on one clock: 00:30 at +01:00 on the 25th is still the 24th in UTC", () => {
    expect(occurred.relation("2023-11-25T00:30+01:00", "2023-11-24")).toBe("compatible");
    expect(occurred.relation("2023-11-25T00:30+01:00", "2023-11-25")).toBe("disjoint");
  });
});

describe("time: how any two answers relate", () => {
  const moment = fc.oneof(
    fc.constantFrom("2023", "2023-11", "2023-11-24", "2023-11-25", "2023-11-24T17", "2023-11-24T17:00", "2023-11-24T23:59:59.999", "2023-11-25T00:30+01:00"),
    fc.constantFrom("2023-11-20", "2023-11-24", "2023-11-24T12:00").chain((from) => fc.constantFrom("2023-11-24", "2023-11-26").map((to) => ({ from, to }))),
  );

  test.prop([moment, moment])("finds two times compatible exactly when their spans overlap, and the same whichever comes first", (a, b) => {
    const [x, y] = [occurred.canonical(a), occurred.canonical(b)];
    if (x.key === y.key) return;
    const overlap = x.interval!.low <= y.interval!.high && y.interval!.low <= x.interval!.high;
    expect(occurred.relation(a, b)).toBe(overlap ? "compatible" : "disjoint");
    expect(occurred.relation(b, a)).toBe(occurred.relation(a, b));
  });
});

describe("time: not", () => {
  it("contradicts a time inside the negated span, and not one that reaches beyond it", () => {
    expect(occurred.contradictsNegation("2023-11-24T17:00", "2023-11-24")).toBe(true);
    expect(occurred.contradictsNegation("2023-11-24", "2023-11")).toBe(true);
    expect(occurred.contradictsNegation("2023-11", "2023-11-24")).toBe(false);
    expect(occurred.contradictsNegation("2023-11-25", "2023-11-24")).toBe(false);
  });

  it("flags a date against the denial of the month it lies in, through reconcile", () => {
    const { flags } = findingsOf([
      { id: "24th", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" },
      { id: "not-november", source: "army", about: { facet: "occurred" }, value: "2023-11", not: true },
    ]);
    expect(flagSides(flags, ...CONTRADICTIONS)).toEqual([["exclusive", [["24th"], ["not-november"]]]]);
  });
});

describe("time: what a value asserts", () => {
  it("asserts itself and always answers", () => {
    expect(occurred.facts("2023-11-24")).toEqual([{ key: "2023-11-24", value: "2023-11-24" }]);
    expect(occurred.answers({ from: "2023-11-23", to: "2023-11-24" })).toBe(true);
  });

  it("finds two ranges that meet on a day and the denial of that day a set that leaves no time", () => {
    const together = occurred.together([
      [{ from: "2023-11-23", to: "2023-11-24" }, false],
      [{ from: "2023-11-24", to: "2023-11-25" }, false],
      ["2023-11-24", true],
    ]);
    expect(together).toEqual([[0, 1, 2]]);
  });

  it("shows each position's span as ISO bounds, through reconcile", () => {
    const { questions } = findingsOf([{ id: "a", source: "locals", about: { facet: "occurred" }, value: "2023-11-24" }]);
    expect(questions[0]!.positions[0]!.range).toEqual({ low: "2023-11-24T00:00:00.000Z", high: "2023-11-24T23:59:59.999Z" });
  });
});

describe("time: in words", () => {
  it("quotes a date as written, and writes a range as from/to", () => {
    expect(occurred.describe("2023-11-24")).toBe('"2023-11-24"');
    expect(occurred.describe({ from: "2023-11-23", to: "2023-11-24" })).toBe("2023-11-23/2023-11-24");
  });
});
