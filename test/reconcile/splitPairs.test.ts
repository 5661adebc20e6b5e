import { describe, expect, it } from "vitest";
import { findingsOf } from "../kinds/kindHarness.js";

const contradictions = (claims: Parameters<typeof findingsOf>[0]) =>
  findingsOf(claims)
    .flags.filter((f) => f.severity === "contradiction")
    .map((f) => [f.kind, ...(f.basis ? [f.basis] : []), f.sides]);

describe("splitPairs: who holds each side of a contradiction", () => {
  it("sets different sources' claims against each other under the contradiction's own kind", () => {
    expect(
      contradictions([
        { id: "a", source: "army", about: { facet: "location" }, value: "town" },
        { id: "b", source: "locals", about: { facet: "location" }, value: "other-town" },
      ]),
    ).toEqual([["exclusive", [["b"], ["a"]]]]);
  });

  it("makes a self finding, with the contradiction as its basis, for a source on both sides with no date or the same date", () => {
    expect(
      contradictions([
        { id: "a", source: "army", about: { facet: "control" }, value: "captured" },
        { id: "b", source: "army", said: "2023-11-24", about: { facet: "control" }, value: "repelled" },
      ]),
    ).toEqual([["self", "exclusive", [["a"], ["b"]]]]);
    expect(
      contradictions([
        { id: "a", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
        { id: "b", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 40 },
      ]),
    ).toEqual([["self", "disjoint", [["a"], ["b"]]]]);
  });

  it("makes no contradiction of a source against itself at two dates: that is left to revised", () => {
    expect(
      contradictions([
        { id: "a", source: "army", said: "2023-11-24", about: { facet: "control" }, value: "captured" },
        { id: "b", source: "army", said: "2023-11-25", about: { facet: "control" }, value: "repelled" },
      ]),
    ).toEqual([]);
  });

  it("keeps a source on both sides out of its own way: its claims face only the other sources' claims", () => {
    expect(
      contradictions([
        { id: "a", source: "army", about: { facet: "control" }, value: "captured" },
        { id: "b", source: "army", about: { facet: "control" }, value: "repelled" },
        { id: "c", source: "locals", about: { facet: "control" }, value: "captured" },
        { id: "d", source: "rfi", about: { facet: "control" }, value: "repelled" },
      ]),
    ).toEqual([
      ["exclusive", [["a"], ["d"]]],
      ["exclusive", [["c"], ["b", "d"]]],
      ["self", "exclusive", [["a"], ["b"]]],
    ]);
  });

  it("sets a source's same-day answers apart as self while still facing another source's", () => {
    expect(
      contradictions([
        { id: "a", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 10 },
        { id: "b", source: "army", said: "2023-11-24", about: { facet: "killed" }, value: 40 },
        { id: "c", source: "locals", about: { facet: "killed" }, value: 40 },
      ]),
    ).toEqual([
      ["disjoint", [["a"], ["c"]]],
      ["self", "disjoint", [["a"], ["b"]]],
    ]);
  });

  it("tells sources by who asserts, not who relays: RFI relaying the group stands against RFI's own claim", () => {
    expect(
      contradictions([
        { id: "relayed", source: "group", via: ["rfi"], about: { facet: "control" }, value: "captured" },
        { id: "own", source: "rfi", about: { facet: "control" }, value: "repelled" },
      ]),
    ).toEqual([["exclusive", [["relayed"], ["own"]]]]);
  });

  it("makes one finding of forty claims when no source stands on both sides, not one per pair", () => {
    const many = Array.from({ length: 40 }, (_, i) => ({
      id: `c${String(i).padStart(2, "0")}`,
      source: ["army", "group", "locals", "rfi"][i % 4]!,
      about: { facet: "control" },
      value: i % 2 === 0 ? "captured" : "repelled",
    }));
    // army and locals say captured, group and rfi repelled: no source on both sides.
    expect(contradictions(many)).toHaveLength(1);
  });
});
