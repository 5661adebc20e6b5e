import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseIncident } from "../../src/index.js";
import { indexIncident } from "../../src/resolve/incidentIndex.js";

const incident = (places: { id: string; in?: string }[], actors: { id: string; partOf?: string[] }[]) =>
  indexIncident(
    parseIncident({
      contested: 1,
      id: "x",
      places: places.map((p) => ({ ...p, name: p.id })),
      actors: actors.map((a) => ({ ...a, name: a.id })),
      sources: [],
      claims: [],
    }),
  );

describe("how a set of places or actors nest", () => {
  it("gives a place's ancestors among the set, nearest first, skipping those outside it", () => {
    const index = incident([{ id: "a" }, { id: "b", in: "a" }, { id: "c", in: "b" }, { id: "d", in: "c" }, { id: "e", in: "b" }], []);
    const { above } = index.placeNesting(["a", "c", "d", "e"]);
    expect(["a", "c", "d", "e"].map((id) => above(id))).toEqual([[], ["a"], ["c", "a"], ["a"]]);
  });

  it("gives an actor's ancestors among the set through every partOf, each once, nearest first", () => {
    const index = incident(
      [],
      [
        { id: "top" },
        { id: "left", partOf: ["top"] },
        { id: "right", partOf: ["top"] },
        { id: "mid", partOf: ["left", "right"] },
        { id: "unit", partOf: ["mid"] },
      ],
    );
    const { above } = index.actorNesting(["top", "left", "right", "unit"]);
    expect(above("unit")).toEqual(["left", "right", "top"]);
    expect(above("top")).toEqual([]);
  });

  it("leaves out an ancestor the walk may not go on to, and what lies above only through it", () => {
    const index = incident([], [{ id: "top" }, { id: "left", partOf: ["top"] }, { id: "right" }, { id: "unit", partOf: ["left", "right"] }]);
    const { above } = index.actorNesting(["top", "left", "right", "unit"]);
    expect(above("unit", (ancestor) => ancestor !== "left")).toEqual(["right"]);
    expect(above("unit", (ancestor) => ancestor !== "top")).toEqual(["left", "right"]);
  });

  it("agrees with containment on random forests of places and graphs of actors", () => {
    const shape = fc
      .array(fc.nat(), { minLength: 1, maxLength: 12 })
      .chain((parents) => fc.record({ parents: fc.constant(parents), named: fc.subarray(parents.map((_, i) => `n${i}`)) }));
    fc.assert(
      fc.property(shape, ({ parents, named }) => {
        // Node i's parent is an earlier node (or none), so that the links make a forest for places and a graph without cycles for actors.
        const parent = (i: number) => (i === 0 || parents[i]! % (i + 1) === i ? undefined : `n${parents[i]! % i}`);
        const places = parents.map((_, i) => ({ id: `n${i}`, ...(parent(i) ? { in: parent(i)! } : {}) }));
        const actors = parents.map((_, i) => ({
          id: `n${i}`,
          ...(parent(i) ? { partOf: [parent(i)!, ...(i > 1 ? [`n${(parents[i]! + 1) % i}`] : [])] } : {}),
        }));
        const index = incident(places, actors);
        const placesAbove = (id: string) => index.placeNesting(named).above(id);
        const actorsAbove = (id: string) => index.actorNesting(named).above(id);
        for (const id of named) {
          expect([...placesAbove(id)].sort()).toEqual(named.filter((other) => other !== id && index.placeWithin(id, other)).sort());
          expect([...actorsAbove(id)].sort()).toEqual(named.filter((other) => other !== id && index.actorWithin(id, other)).sort());
        }
      }),
      { numRuns: 300 },
    );
  });
});
