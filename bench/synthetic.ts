/**
 * Synthetic incidents for the benchmarks: many sources (a third of them
 * parties), 121 places nested region → town → camp, and claims over four
 * facets drawn from a seeded sequence, so every run measures the same data.
 */
const SOURCES = Array.from({ length: 12 }, (_, i) => ({
  id: `s${i}`,
  name: `Source ${i}`,
  kind: i % 3 === 0 ? "party" : "media",
  ...(i % 3 === 0 ? { actor: i % 2 ? "fama" : "jnim" } : {}),
}));
const PLACES = [
  { id: "region", name: "Region" },
  ...Array.from({ length: 40 }, (_, i) => ({ id: `town-${i}`, name: `Town ${i}`, in: "region" })),
  ...Array.from({ length: 80 }, (_, i) => ({ id: `camp-${i}`, name: `Camp ${i}`, in: `town-${i % 40}` })),
];

/** Counts given in words, read by the lexicon when the incident is parsed. */
const PHRASES = ["une cinquantaine", "plusieurs dizaines", "au moins 12", "près de 1 200", "une vingtaine de soldats", "entre 20 et 30"];

/** A deterministic pseudo-random sequence, so every run measures the same incident. */
function random(seed: number) {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Small incidents name a handful of places, as real ones do; the big one names all 121. */
export const FEW_PLACES = PLACES.filter((p) => ["region", "town-0", "town-1", "camp-0", "camp-1", "camp-40"].includes(p.id));

export function syntheticIncident(claims: number, seed: number, placeList = PLACES): object {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const places = placeList.map((p) => p.id);
  return {
    contested: 1,
    id: `synthetic-${seed}`,
    lang: "fr",
    actors: [
      { id: "fama", name: "FAMa" },
      { id: "jnim", name: "JNIM" },
    ],
    places: placeList,
    sources: SOURCES,
    claims: Array.from({ length: claims }, (_, i) => {
      const source = pick(SOURCES).id;
      const said = `2023-11-${String(20 + Math.floor(next() * 8)).padStart(2, "0")}`;
      const base = { id: `c${i}`, source, said, quote: "…" };
      switch (Math.floor(next() * 4)) {
        case 0:
          return {
            ...base,
            about: { facet: "killed", party: pick(["fama", "jnim"]), place: pick(places) },
            value: next() < 0.1 ? "withheld" : next() < 0.2 ? { phrase: pick(PHRASES) } : { approx: Math.floor(next() * 80) },
          };
        case 1:
          return {
            ...base,
            about: { facet: "control", place: pick(places) },
            value: pick(["captured", "held", "repelled", "withdrew"]),
            ...(next() < 0.1 ? { not: true } : {}),
          };
        case 2:
          return { ...base, about: { facet: "means", place: pick(places) }, value: [pick(["vbied", "shelling", "drone", "mortar"])] };
        default:
          return { ...base, about: { facet: "occurred" }, value: said };
      }
    }),
  };
}
