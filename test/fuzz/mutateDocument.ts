import fc from "fast-check";
import { edgeNumber, hostileString, POLLUTION_KEYS } from "./hostileValues.js";
import { copyJson, locations, nested, setOwn, type Json, type Location } from "./jsonData.js";

/**
 * One change to a document, as data, so that fast-check can shrink a list
 * of them and print it. `at` picks a place among those the change applies
 * to (modulo their number), so every mutation applies to every document.
 */
export type Mutation =
  | { readonly op: "drop"; readonly at: number }
  | { readonly op: "duplicate"; readonly at: number }
  | { readonly op: "retype"; readonly at: number; readonly to: number }
  | { readonly op: "swap-ids"; readonly at: number; readonly with: number }
  | { readonly op: "retarget"; readonly at: number; readonly to: number }
  | { readonly op: "nest"; readonly at: number; readonly depth: number; readonly shape: "array" | "object" | "mixed" }
  | { readonly op: "huge"; readonly at: number; readonly length: number; readonly nearMiss: boolean }
  | { readonly op: "hostile"; readonly at: number; readonly text: string; readonly inKey: boolean }
  | { readonly op: "number"; readonly at: number; readonly value: number }
  | { readonly op: "pollute"; readonly at: number; readonly key: (typeof POLLUTION_KEYS)[number] };

/** How large the hostile sizes of a run may grow: small inside `npm test`, large in `npm run fuzz`. */
export interface MutationSizes {
  /** The deepest nesting an unknown field gets. */
  readonly maxDepth: number;
  /** The longest huge string. */
  readonly maxLength: number;
}

/** A mutation, with nesting and string sizes within `sizes`. */
export function mutation(sizes: MutationSizes): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  const depths = [1, 2, 10, 99, 100, 101, 150, 1_000, 2_000, 5_000, 20_000].filter((d) => d <= sizes.maxDepth);
  const lengths = [257, 1_000, 10_000, 100_000, 1_000_000].filter((l) => l <= sizes.maxLength);
  return fc.oneof(
    fc.record({ op: fc.constant("drop" as const), at }),
    fc.record({ op: fc.constant("duplicate" as const), at }),
    fc.record({ op: fc.constant("retype" as const), at, to: fc.nat() }),
    fc.record({ op: fc.constant("swap-ids" as const), at, with: fc.nat() }),
    fc.record({ op: fc.constant("retarget" as const), at, to: fc.nat() }),
    fc.record({
      op: fc.constant("nest" as const),
      at,
      depth: fc.constantFrom(...depths),
      shape: fc.constantFrom("array" as const, "object" as const, "mixed" as const),
    }),
    fc.record({ op: fc.constant("huge" as const), at, length: fc.constantFrom(...lengths), nearMiss: fc.boolean() }),
    fc.record({ op: fc.constant("hostile" as const), at, text: hostileString, inKey: fc.boolean() }),
    fc.record({ op: fc.constant("number" as const), at, value: edgeNumber }),
    fc.record({ op: fc.constant("pollute" as const), at, key: fc.constantFrom(...POLLUTION_KEYS) }),
  );
}

/** The document after the mutations, in order; the document itself is not changed. */
export function mutateDocument(document: Json, mutations: readonly Mutation[]): unknown {
  let current: unknown = copyJson(document);
  for (const change of mutations) current = apply(current, change);
  return current;
}

const pick = <T>(list: readonly T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isEntry = (l: Location): l is Location & { parent: object; key: string | number } => l.parent !== undefined && l.key !== undefined;

function replace(root: unknown, where: Location, value: unknown): unknown {
  if (!isEntry(where)) return value;
  setOwn(where.parent, where.key, value);
  return root;
}

function apply(root: unknown, change: Mutation): unknown {
  const all = locations(root);
  switch (change.op) {
    case "drop": {
      const where = pick(all.filter(isEntry), change.at);
      if (!where) return root;
      if (Array.isArray(where.parent)) where.parent.splice(where.key as number, 1);
      else delete (where.parent as Record<string, unknown>)[where.key];
      return root;
    }
    case "duplicate": {
      const where = pick(
        all.filter((l) => isEntry(l) && Array.isArray(l.parent)),
        change.at,
      );
      if (where) (where.parent as unknown[]).splice((where.key as number) + 1, 0, copyJson(where.value));
      return root;
    }
    case "retype": {
      const where = pick(all, change.at);
      if (!where) return root;
      const value = where.value;
      // Text of a value only when it is not a container: a container may be nested far deeper than String() or JSON.stringify() can go.
      const text = typeof value === "object" && value !== null ? [] : [String(value), Number(value), JSON.stringify(value) ?? "undefined"];
      const options: unknown[] = [null, true, false, 0, -1, "", "x", [], {}, [value], { value }, ...text];
      const others = options.filter((o) => kindOf(o) !== kindOf(value));
      return replace(root, where, pick(others, change.to));
    }
    case "swap-ids": {
      const ids = all.filter((l) => l.key === "id" && typeof l.value === "string");
      const a = pick(ids, change.at);
      const b = pick(ids, change.with);
      if (!a || !b || a === b) return root;
      replace(root, a, b.value);
      return replace(root, b, a.value);
    }
    case "retarget": {
      const strings = all.filter((l) => isEntry(l) && typeof l.value === "string");
      const where = pick(strings, change.at);
      const ids = all.filter((l) => l.key === "id" && typeof l.value === "string").map((l) => l.value);
      const target = pick(ids, change.to);
      return where && target !== undefined ? replace(root, where, target) : root;
    }
    case "nest": {
      const where = pick(
        all.filter((l) => isObject(l.value)),
        change.at,
      );
      if (where) setOwn(where.value as object, "x-nested", nested(change.depth, change.shape));
      return root;
    }
    case "huge": {
      const ids = all.filter((l) => (l.key === "id" || !change.nearMiss) && typeof l.value === "string" && isEntry(l));
      const where = pick(ids, change.at);
      if (!where) return root;
      const original = where.value as string;
      const huge = `${original}${"ab".repeat(Math.ceil(change.length / 2))}`.slice(0, Math.max(change.length, original.length + 1));
      replace(root, where, huge);
      if (change.nearMiss) {
        // Every reference to the entry now names it one letter off: "did you mean" meets a huge name.
        const oneOff = `${huge.slice(0, -1)}${huge.endsWith("a") ? "b" : "a"}`;
        for (const ref of all) if (ref !== where && ref.value === original && isEntry(ref)) replace(root, ref, oneOff);
      }
      return root;
    }
    case "hostile": {
      if (change.inKey) {
        const where = pick(
          all.filter((l) => isEntry(l) && isObject(l.parent)),
          change.at,
        );
        if (!where) return root;
        const parent = where.parent as Record<string, unknown>;
        delete parent[where.key as string];
        setOwn(parent, change.text, where.value);
        return root;
      }
      const where =
        pick(
          all.filter((l) => typeof l.value === "string"),
          change.at,
        ) ?? pick(all, change.at);
      return where ? replace(root, where, change.text) : root;
    }
    case "number": {
      const numbers = all.filter((l) => typeof l.value === "number");
      const where = pick(numbers.length > 0 ? numbers : all, change.at);
      return where ? replace(root, where, change.value) : root;
    }
    case "pollute": {
      const where = pick(
        all.filter((l) => isObject(l.value)),
        change.at,
      );
      if (!where) return root;
      const payload = change.key === "constructor" ? { prototype: { polluted: true } } : { polluted: true };
      setOwn(where.value as object, change.key, copyJson(payload));
      return root;
    }
  }
}

function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}
