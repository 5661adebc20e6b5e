/**
 * Values that JSON cannot hold but a JavaScript caller can pass: each is
 * made fresh, since some are objects a parse might freeze or read. The
 * parser must refuse them with an issue (or accept them as the plain data
 * they amount to), never throw.
 */
export const EXOTIC_VALUES = {
  "a getter that throws": () => {
    const value = {};
    Object.defineProperty(value, "id", {
      get: () => {
        throw new Error("hostile getter");
      },
      enumerable: true,
    });
    return value;
  },
  "a proxy whose traps throw": () =>
    new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error("hostile trap");
        },
        getPrototypeOf: () => {
          throw new Error("hostile trap");
        },
        get: () => {
          throw new Error("hostile trap");
        },
      },
    ),
  "a revoked proxy": () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  },
  "a cycle": () => {
    const value: Record<string, unknown> = { id: "loop" };
    value.self = value;
    return value;
  },
  "a bigint": () => 10n,
  "a symbol": () => Symbol("hostile"),
  "a function": () => () => "hostile",
  "a date": () => new Date(0),
  "a map": () => new Map([["id", "x"]]),
  undefined: () => undefined,
  // biome-ignore lint/suspicious/noSparseArray: the hole is the case under test
  "a sparse array": () => [, "x"],
  "a boxed string": () => new String("x"),
  "a class instance": () =>
    new (class Entry {
      id = "x";
    })(),
  "an object without a prototype": () => Object.assign(Object.create(null) as object, { id: "x" }),
  "a symbol key": () => ({ [Symbol("hostile")]: 1, id: "x" }),
  "a frozen object": () => Object.freeze({ id: "x", list: Object.freeze(["a"]) }),
} as const satisfies Record<string, () => unknown>;

/** The name of one of {@link EXOTIC_VALUES}. */
export type ExoticValue = keyof typeof EXOTIC_VALUES;
