import fc from "fast-check";
import { conflict, SourceKindSchema } from "../../src/index.js";
import { edgeNumber, hostileString } from "./hostileValues.js";

/** `arbitrary` one time in `every`, `undefined` the others. */
function rarely<T>(arbitrary: fc.Arbitrary<T>, every: number): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: every - 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });
}

/** A value from `valid`, or one time in `every` from `invalid`: each claim has a small chance of one flaw, so most documents parse. */
function mostly<T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>, every = 40): fc.Arbitrary<T | U> {
  return fc.oneof({ weight: every - 1, arbitrary: valid }, { weight: 1, arbitrary: invalid });
}

/** A plain word, or one time in seven a hostile string. */
function name(): fc.Arbitrary<string> {
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.constantFrom("army", "group", "rfi", "locals", "camp", "town", "Niafunké", "FAMa", "jnim", "a", "b", "c1", "c2", "x y", "« Sources »"),
    },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length > 0) },
  );
}

const quantity = mostly(
  fc.oneof(
    fc.nat(1_000),
    fc.nat(100).map((approx) => ({ approx })),
    fc.tuple(fc.nat(100), fc.nat(100)).map(([min, extra]) => ({ min, max: min + extra })),
    fc.nat(100).map((atLeast) => ({ atLeast })),
    fc.nat(100).map((atMost) => ({ atMost })),
    fc.tuple(fc.nat(100), fc.nat(10)).map(([approx, tolerance]) => ({ approx, tolerance })),
    fc.constantFrom("withheld", "unknown"),
    fc.constantFrom("une trentaine", "about 30", "plusieurs dizaines", "au moins 12", "dozens").map((phrase) => ({ phrase })),
    fc.constantFrom(0, 0.5, 1e-7, 5e-324, 2 ** 53 + 2, 1e21, 1.7976931348623157e308),
  ),
  fc.oneof(
    edgeNumber,
    fc.tuple(fc.nat(100), fc.nat(100)).map(([min, max]) => ({ min, max })),
    fc.tuple(fc.nat(100), fc.nat(10)).map(([exactly, tolerance]) => ({ exactly, tolerance })),
    fc.constantFrom("more than 1e308", "", "1e309").map((phrase) => ({ phrase })),
    fc.record({ approx: edgeNumber, phrase: hostileString, lang: fc.constantFrom("fr", "en", "zz") }),
  ),
);

const time = mostly(
  fc.oneof(
    fc.constantFrom("2023-11-24", "2023-11", "2023", "2023-11-24T14:00", "2023-11-24T14:00:00Z", "2024-02-29", "0001-01-01", "9999-12-31"),
    fc.constantFrom(["2023-11-24", "2023-11-26"], ["2023-11", "2023-11-24T10:00"]).map(([from, to]) => ({ from, to })),
  ),
  fc.oneof(fc.constantFrom("2023-02-30", "24/11/2023", "", "2023-11-24T25:00"), fc.constant({ from: "2023-11-26", to: "2023-11-24" })),
);

function claimDraw() {
  return fc.record({
    id: rarely(name(), 10),
    sourceAt: fc.nat(),
    viaAt: fc.array(fc.nat(), { maxLength: 2 }),
    said: fc.option(mostly(fc.constantFrom("2023-11-24", "2023-11-25"), fc.constant("not a date")), { nil: undefined }),
    facet: mostly(
      fc.constantFrom(...Object.keys(conflict.facets)),
      hostileString.filter((s) => s.length > 0),
    ),
    otherKind: rarely(fc.constantFrom("quantity", "category", "set", "time", "place", "actor", "text"), 40),
    quantity,
    valueAt: fc.nat(),
    set: fc.array(fc.nat(20), { minLength: 1, maxLength: 3 }),
    time,
    text: name(),
    partyAt: fc.option(fc.nat(), { nil: undefined }),
    group: rarely(mostly(fc.constantFrom("soldiers", "civilians", "combatants", "persons"), fc.constant("children"), 5), 4),
    placeAt: fc.option(fc.nat(), { nil: undefined }),
    when: rarely(time, 4),
    target: rarely(name(), 4),
    item: mostly(fc.constantFrom("vehicles", "weapons", "pick-ups", "véhicules", undefined), fc.constant("spaceships")),
    not: fc.option(fc.boolean(), { nil: undefined }),
    quote: fc.option(name(), { nil: undefined }),
    lang: rarely(fc.constantFrom("fr", "en"), 4),
    hedge: fc.option(fc.constantFrom("asserted", "claimed", "reported", "unconfirmed"), { nil: undefined }),
    basedOnAt: fc.array(fc.nat(), { maxLength: 2 }),
    // Links may point anywhere, cycles included, one claim in forty; otherwise only back.
    anywhere: mostly(fc.constant(false), fc.constant(true)),
  });
}

/** The object without its `undefined` fields, as a document written by hand would be. */
function defined<T extends Record<string, unknown>>(object: T): T {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined)) as T;
}

/** The entry `i` picks (modulo the list's length) among the first `before` entries, or anywhere. */
function linked<T>(list: readonly T[], i: number | undefined, before = list.length): T | undefined {
  const within = Math.min(before, list.length);
  return i === undefined || within === 0 ? undefined : list[i % within];
}

/**
 * Whole incident documents drawn from scratch over the `conflict`
 * vocabulary: actors with `partOf`, places with `in`, sources (parties with
 * their actor), and claims on every facet with values of its kind — and,
 * now and then, of another kind — scopes, relays, `basedOn`, hedges, quotes
 * and unknown fields. Names and text are plain words or hostile strings.
 * Entries refer to each other by position (`…At`, taken modulo the list's
 * length), so that no draw depends on another and fast-check shrinks
 * freely. Each part has a small chance of a flaw (an invalid date, a cycle,
 * an unknown facet…), so that about half the documents parse and every
 * export gets to run on them.
 */
export const generatedDocument: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    id: name(),
    title: fc.option(name(), { nil: undefined }),
    lang: fc.option(mostly(fc.constantFrom("en", "fr", "fr-ML"), fc.constantFrom("de", "xx-hostile"), 10), { nil: undefined }),
    actors: fc.array(
      fc.record({
        id: rarely(name(), 10),
        name: name(),
        aliases: rarely(fc.array(name(), { minLength: 1, maxLength: 2 }), 4),
        kind: fc.option(fc.constantFrom("state", "armed-group"), { nil: undefined }),
        partOfAt: fc.array(fc.nat(), { maxLength: 2 }),
        anywhere: mostly(fc.constant(false), fc.constant(true)),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    places: fc.array(
      fc.record({
        id: rarely(name(), 10),
        name: name(),
        aliases: rarely(fc.array(name(), { minLength: 1, maxLength: 2 }), 4),
        inAt: fc.option(fc.nat(), { nil: undefined }),
        anywhere: mostly(fc.constant(false), fc.constant(true)),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    sources: fc.array(
      fc.record({ id: rarely(name(), 10), name: name(), kind: fc.constantFrom(...SourceKindSchema.options), actorAt: fc.option(fc.nat(), { nil: undefined }) }),
      { minLength: 1, maxLength: 5 },
    ),
    claims: fc.array(claimDraw(), { maxLength: 16 }),
    extra: rarely(fc.dictionary(hostileString, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 2 }), 4),
  })
  .map((draw) => {
    // Ids and names are numbered, unless drawn: a drawn one shared by two entries is a finding of its own (duplicate, ambiguous).
    const actorIds = draw.actors.map((a, i) => a.id ?? `actor-${i}`);
    const placeIds = draw.places.map((p, i) => p.id ?? `place-${i}`);
    const sourceIds = draw.sources.map((s, i) => s.id ?? `source-${i}`);
    const claimIds = draw.claims.map((c, i) => c.id ?? `claim-${i}`);
    const numbered = (names: readonly string[] | undefined, tag: string) => names?.map((n, j) => `${n} ${tag}.${j}`);
    return defined({
      contested: 1,
      id: draw.id,
      title: draw.title,
      lang: draw.lang,
      actors: draw.actors.map((a, i) =>
        defined({
          id: actorIds[i],
          name: `${a.name} actor ${i}`,
          aliases: numbered(a.aliases, `actor ${i}`),
          kind: a.kind,
          partOf:
            i > 0 || a.anywhere
              ? a.partOfAt.length > 0
                ? [...new Set(a.partOfAt.map((p) => linked(actorIds, p, a.anywhere ? undefined : i)!))]
                : undefined
              : undefined,
        }),
      ),
      places: draw.places.map((p, i) =>
        defined({
          id: placeIds[i],
          name: `${p.name} place ${i}`,
          aliases: numbered(p.aliases, `place ${i}`),
          in: i > 0 || p.anywhere ? linked(placeIds, p.inAt, p.anywhere ? undefined : i) : undefined,
        }),
      ),
      sources: draw.sources.map((s, i) =>
        defined({
          id: sourceIds[i],
          name: s.name,
          kind: s.kind,
          actor: s.kind === "party" || s.actorAt !== undefined ? linked(actorIds, s.actorAt ?? 0) : undefined,
        }),
      ),
      claims: draw.claims.map((c, i) => {
        const facet = c.facet;
        const definition = Object.hasOwn(conflict.facets, facet) ? conflict.facets[facet] : undefined;
        const kind = c.otherKind ?? definition?.kind ?? "text";
        const known = (definition?.values as readonly string[] | undefined) ?? ["captured", "held"];
        const values: Record<string, unknown> = {
          quantity: c.quantity,
          category: linked(known, c.valueAt),
          set: [...new Set(c.set.map((k) => known[k % known.length]!))],
          time: c.time,
          place: linked(placeIds, c.valueAt),
          actor: linked(actorIds, c.valueAt),
          text: c.text,
        };
        const source = linked(sourceIds, c.sourceAt)!;
        const via = c.viaAt.map((v) => linked(sourceIds, v)!).filter((v) => c.anywhere || v !== source);
        const basedOn = i > 0 || c.anywhere ? c.basedOnAt.map((b) => linked(claimIds, b, c.anywhere ? undefined : i)!) : [];
        return defined({
          id: claimIds[i],
          source,
          via: via.length > 0 ? [...new Set(via)] : undefined,
          said: c.said,
          about: defined({
            facet,
            party: linked(actorIds, c.partyAt),
            group: c.group,
            place: linked(placeIds, c.placeAt),
            when: c.when,
            target: c.target,
            item: ["seized", "destroyed", "looted"].includes(facet) ? c.item : undefined,
          }),
          value: values[kind],
          not: c.not,
          quote: c.quote,
          lang: c.lang,
          hedge: c.hedge,
          basedOn: basedOn.length > 0 ? [...new Set(basedOn)] : undefined,
        });
      }),
      ...draw.extra,
    });
  });
