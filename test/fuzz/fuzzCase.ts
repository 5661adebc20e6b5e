import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { EXOTIC_VALUES, type ExoticValue } from "./exoticValues.js";
import { generatedDocument } from "./generateDocument.js";
import { locations, setOwn, type Json } from "./jsonData.js";
import { mutateDocument, mutation, type Mutation, type MutationSizes } from "./mutateDocument.js";

const seedsDir = join(import.meta.dirname, "../../seeds");

/** The seed incidents, by file name. */
export const SEEDS: Readonly<Record<string, Json>> = Object.fromEntries(
  readdirSync(seedsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f.replace(/\.json$/u, ""), JSON.parse(readFileSync(join(seedsDir, f), "utf8")) as Json]),
);

/** One document for the fuzzer: where it came from, what was done to it, and the document itself. */
export interface FuzzCase {
  /** `seed <name>` or `generated`. */
  readonly origin: string;
  readonly mutations: readonly Mutation[];
  /** A value JSON cannot hold, put at a place in the document after the mutations. */
  readonly exotic?: { readonly what: ExoticValue; readonly at: number };
  /** The document: build it again with {@link buildInput}, since a check may be handed a fresh one. */
  readonly input: unknown;
}

/** Sizes inside `npm test`: nesting past the limit, strings past the suggestion bound, nothing that takes long. */
export const SMALL: MutationSizes = { maxDepth: 2_000, maxLength: 10_000 };
/** Sizes of `npm run fuzz`. */
export const LARGE: MutationSizes = { maxDepth: 20_000, maxLength: 1_000_000 };

/**
 * A fuzz case: a seed with one to four mutations (half the cases), a
 * generated document as it is (a quarter) or mutated (the rest); one case
 * in twenty also holds a value JSON cannot hold, one of `exotics` (default:
 * all of {@link EXOTIC_VALUES}).
 */
export function fuzzCase(sizes: MutationSizes, exotics: readonly ExoticValue[] = Object.keys(EXOTIC_VALUES) as ExoticValue[]): fc.Arbitrary<FuzzCase> {
  const mutations = fc.array(mutation(sizes), { minLength: 1, maxLength: 4 });
  const exotic = fc.oneof(
    { weight: 19, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.record({ what: fc.constantFrom(...exotics), at: fc.nat() }) },
  );
  return fc
    .oneof(
      { weight: 2, arbitrary: fc.record({ seed: fc.constantFrom(...Object.keys(SEEDS)), mutations, exotic }) },
      { weight: 1, arbitrary: fc.record({ generated: generatedDocument, mutations: fc.constant([] as Mutation[]), exotic }) },
      { weight: 1, arbitrary: fc.record({ generated: generatedDocument, mutations, exotic }) },
    )
    .map((draw) => {
      const origin = "seed" in draw ? `seed ${draw.seed}` : "generated";
      const base = ("seed" in draw ? SEEDS[draw.seed]! : draw.generated) as Json;
      const fuzz = { origin, mutations: draw.mutations, ...(draw.exotic ? { exotic: draw.exotic } : {}) };
      return withSummary({ ...fuzz, input: buildInput(base, fuzz) }, base);
    });
}

/** The document of a case, built afresh from its base. */
export function buildInput(base: Json, fuzz: Pick<FuzzCase, "mutations" | "exotic">): unknown {
  const input = mutateDocument(base, fuzz.mutations);
  if (!fuzz.exotic) return input;
  const value = EXOTIC_VALUES[fuzz.exotic.what]();
  const objects = locations(input).filter((l) => typeof l.value === "object" && l.value !== null && !Array.isArray(l.value));
  const where = objects[fuzz.exotic.at % (objects.length + 1)];
  if (!where) return value;
  setOwn(where.value as object, "x-exotic", value);
  return input;
}

/** The case, printed short when fast-check reports it: long strings cut, deep data elided. */
function withSummary(fuzz: FuzzCase, base: Json): FuzzCase {
  return Object.defineProperty(fuzz, fc.toStringMethod, {
    value: () =>
      `${fuzz.origin} ${short(fuzz.mutations)}${fuzz.exotic ? ` + ${fuzz.exotic.what} at ${fuzz.exotic.at}` : ""}${fuzz.origin === "generated" ? `\n  from ${short(base, 6, 4000)}` : ""}`,
    enumerable: false,
  });
}

/** JSON-ish text of a value with strings over 60 characters cut and nesting past `depth` elided. */
export function short(value: unknown, depth = 6, max = 2000): string {
  const seen = new Set<object>();
  const write = (v: unknown, level: number): string => {
    if (typeof v === "string") return v.length > 60 ? `${JSON.stringify(v.slice(0, 40))}…(${v.length} chars)` : JSON.stringify(v);
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
    if (typeof v !== "object" || v === null) return typeof v === "bigint" ? `${v}n` : String(v);
    if (seen.has(v)) return "<cycle>";
    if (level >= depth) return Array.isArray(v) ? "[…]" : "{…}";
    seen.add(v);
    try {
      const text = Array.isArray(v)
        ? `[${v.map((x) => write(x, level + 1)).join(", ")}]`
        : `{ ${Object.keys(v)
            .map((k) => `${JSON.stringify(k)}: ${write(Object.getOwnPropertyDescriptor(v, k)?.value, level + 1)}`)
            .join(", ")} }`;
      seen.delete(v);
      return text;
    } catch {
      return "<unreadable>";
    }
  };
  const text = write(value, 0);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
