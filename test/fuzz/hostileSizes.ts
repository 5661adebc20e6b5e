/**
 * Documents whose size is the attack: many claims that all disagree, deep
 * chains of places and actors, huge names one letter off, nesting far past
 * the limit, many keys, many issues. Each builder takes its size, so that
 * tests run them small, and `npm run fuzz` and `npm run bench` large.
 */

const media = (i: number) => ({ id: `s${i}`, name: `Source ${i}`, kind: "media" });

/** `claims` claims on one question, each giving another figure, from as many sources. */
export function allDifferentFigures(claims: number): object {
  return {
    contested: 1,
    id: "all-different",
    sources: Array.from({ length: claims }, (_, i) => media(i)),
    claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}`, source: `s${i}`, about: { facet: "killed" }, value: i })),
  };
}

/** `claims` different figures on one question from only `sources` sources, each standing in many groups. */
export function fewSourcesManyFigures(claims: number, sources: number): object {
  return {
    contested: 1,
    id: "few-sources",
    sources: Array.from({ length: sources }, (_, i) => media(i)),
    claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}`, source: `s${i % sources}`, about: { facet: "killed" }, value: i })),
  };
}

/**
 * How the tolls along a chain are drawn: `varied` (a part often exceeds a
 * whole above it: findings grow with the pairs), or `nested` (each toll no
 * more than those above it: containment is asked at every depth, and
 * nothing is found).
 */
export type ChainFigures = "varied" | "nested";

const toll = (i: number, claims: number, figures: ChainFigures, modulo: number) => (figures === "nested" ? claims - i : i % modulo);

/**
 * Places nested `depth` deep (p0 holds p1 holds p2 …) and `claims` claims
 * spread along the chain: tolls that wholes and parts compare, and where
 * the incident happened, so that containment is asked at every depth.
 */
export function placeChain(depth: number, claims: number, figures: ChainFigures = "varied"): object {
  return {
    contested: 1,
    id: "place-chain",
    places: Array.from({ length: depth }, (_, i) => ({ id: `p${i}`, name: `Place ${i}`, ...(i > 0 ? { in: `p${i - 1}` } : {}) })),
    sources: Array.from({ length: 10 }, (_, i) => media(i)),
    claims: Array.from({ length: claims }, (_, i) => {
      const place = `p${Math.floor((i * depth) / claims)}`;
      return i % 2 === 0
        ? { id: `c${i}`, source: `s${i % 10}`, about: { facet: "killed", place }, value: toll(i, claims, figures, 97) }
        : { id: `c${i}`, source: `s${i % 10}`, about: { facet: "location" }, value: place };
    }),
  };
}

/** Actors nested `depth` deep through `partOf`, and `claims` tolls of their people along the chain. */
export function actorChain(depth: number, claims: number, figures: ChainFigures = "varied"): object {
  return {
    contested: 1,
    id: "actor-chain",
    actors: Array.from({ length: depth }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, ...(i > 0 ? { partOf: [`a${i - 1}`] } : {}) })),
    sources: Array.from({ length: 10 }, (_, i) => media(i)),
    claims: Array.from({ length: claims }, (_, i) => ({
      id: `c${i}`,
      source: `s${i % 10}`,
      about: { facet: "killed", party: `a${Math.floor((i * depth) / claims)}` },
      value: toll(i, claims, figures, 89),
    })),
  };
}

/** A source whose id is `length` characters long, and a claim that names it one letter off. */
export function hugeIdOneLetterOff(length: number): object {
  const id = "s".repeat(length);
  return {
    contested: 1,
    id: "huge-id",
    sources: [{ id, name: "Huge", kind: "media" }],
    claims: [{ id: "c", source: `${id.slice(0, -1)}t`, about: { facet: "killed" }, value: 3 }],
  };
}

/** A valid incident whose every text is `length` characters long: ids, names, the quote and the title. */
export function hugeTexts(length: number): object {
  const text = (c: string) => c.repeat(length);
  return {
    contested: 1,
    id: text("i"),
    title: text("T"),
    sources: [
      { id: text("s"), name: text("N"), kind: "media" },
      { id: "other", name: "Other", kind: "media" },
    ],
    claims: [
      { id: text("c"), source: text("s"), about: { facet: "killed" }, value: 3, quote: text("q") },
      { id: "d", source: "other", about: { facet: "killed" }, value: 40, quote: text("<") },
    ],
  };
}

/** An unknown field nested `depth` deep, as arrays or objects. */
export function deepUnknownField(depth: number, shape: "array" | "object"): object {
  let value: unknown = "leaf";
  for (let i = 0; i < depth; i++) value = shape === "array" ? [value] : { deeper: value };
  return { contested: 1, id: "deep", sources: [], claims: [], tool: value };
}

/** An unknown field with `keys` keys. */
export function manyKeys(keys: number): object {
  return { contested: 1, id: "wide", sources: [], claims: [], tool: Object.fromEntries(Array.from({ length: keys }, (_, i) => [`k${i}`, i])) };
}

/** `claims` claims that each name a source no one declared: as many issues. */
export function manyIssues(claims: number): object {
  return {
    contested: 1,
    id: "many-issues",
    sources: [{ id: "rfi", name: "RFI", kind: "media" }],
    claims: Array.from({ length: claims }, (_, i) => ({ id: `c${i}`, source: `nobody-${i}`, about: { facet: "killed" }, value: i })),
  };
}

/**
 * A seeded incident of `claims` claims with random answers over a few
 * questions per place: many contested questions, figures, refusals,
 * categories and sets, from 30 sources, a third of them parties.
 */
export function randomAnswers(claims: number, seed = 1): object {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const places = Array.from({ length: 50 }, (_, i) => ({ id: `place-${i}`, name: `Place ${i}`, ...(i >= 10 ? { in: `place-${i % 10}` } : {}) }));
  const sources = Array.from({ length: 30 }, (_, i) =>
    i % 3 === 0 ? { id: `s${i}`, name: `Party ${i}`, kind: "party", actor: i % 2 ? "fama" : "jnim" } : media(i),
  );
  return {
    contested: 1,
    id: `random-${claims}`,
    actors: [
      { id: "fama", name: "FAMa" },
      { id: "jnim", name: "JNIM" },
    ],
    places,
    sources,
    claims: Array.from({ length: claims }, (_, i) => {
      const base = { id: `c${i}`, source: pick(sources).id };
      const place = pick(places).id;
      switch (Math.floor(next() * 4)) {
        case 0:
          return { ...base, about: { facet: "killed", place }, value: next() < 0.1 ? "withheld" : Math.floor(next() * 200) };
        case 1:
          return {
            ...base,
            about: { facet: "control", place },
            value: pick(["captured", "held", "repelled", "withdrew"]),
            ...(next() < 0.1 ? { not: true } : {}),
          };
        case 2:
          return { ...base, about: { facet: "means", place }, value: [pick(["vbied", "shelling", "drone", "mortar"])] };
        default:
          return { ...base, about: { facet: "occurred", place }, value: `2023-11-${String(20 + Math.floor(next() * 8)).padStart(2, "0")}` };
      }
    }),
  };
}

/**
 * The hostile sizes `npm run fuzz` runs, by name: those of issue 14, at
 * sizes that end in minutes. Findings no longer grow with pairs of claims:
 * figures that all differ make one `disjoint` finding, and a part's figure
 * one `exceeds-whole` finding against every whole claim it exceeds (since
 * 53321df), so a toll down a chain of places makes a few findings, though
 * its second side still lists every whole claim it exceeds. The chains
 * with varied tolls are run at 200 claims here, as those sides still grow
 * with the claims above a toll (see test/hostileInput.test.ts); `npm run
 * bench` measures them at full size.
 */
export const HOSTILE_SIZES: Readonly<Record<string, () => object>> = {
  "1 000 claims, all different figures": () => allDifferentFigures(1_000),
  "200 different figures from 10 sources": () => fewSourcesManyFigures(200, 10),
  "place chain 10 000 deep, 200 claims": () => placeChain(10_000, 200),
  "place chain 10 000 deep, 2 000 nested tolls": () => placeChain(10_000, 2_000, "nested"),
  "actor chain 10 000 deep, 200 claims": () => actorChain(10_000, 200),
  "actor chain 10 000 deep, 2 000 nested tolls": () => actorChain(10_000, 2_000, "nested"),
  "source id of 1 MB, named one letter off": () => hugeIdOneLetterOff(1_000_000),
  "every text 100 000 characters long": () => hugeTexts(100_000),
  "unknown field of arrays 100 000 deep": () => deepUnknownField(100_000, "array"),
  "unknown field of objects 100 000 deep": () => deepUnknownField(100_000, "object"),
  "unknown field with 100 000 keys": () => manyKeys(100_000),
  "10 000 unknown sources": () => manyIssues(10_000),
  "10 000 claims of random answers": () => randomAnswers(10_000),
};
