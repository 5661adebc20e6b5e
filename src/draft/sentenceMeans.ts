/** The means one source tells in one sentence: joined into one account, and kept apart from what a fire destroyed. */
/** The parts of a drafted claim that joining means reads. */
export interface MeansClaim {
  readonly source: string;
  readonly via?: readonly string[];
  readonly about: { readonly facet: string };
  readonly value: unknown;
  readonly not?: true;
  readonly hedge?: string;
  readonly quote: string;
  readonly evidence: { readonly start: number; readonly end: number };
}

/**
 * Joins the means one source gives in one sentence into one claim: "shooting
 * at residents and setting homes ablaze" is one account of how the attack
 * was carried out, `["small-arms", "arson"]`, as an analyst codes it, not
 * two answers to the same question that a reader would see side by side as
 * if the source had changed its mind. The joined claim keeps the first one's
 * place and id; its quote runs from the first means' words to the last's,
 * so that its evidence still holds it. Means told with another relay, hedge
 * or `not`, or about another party, stay apart.
 *
 * @param claims - One sentence's drafted claims, in the order they were drafted.
 * @param text - The article the evidence offsets point into.
 * @returns The claims with each source's means joined; the input is not changed.
 *
 * @example
 * const text = "They were shooting at residents and setting homes ablaze, he said.";
 * const claim = (value: string, words: string) => {
 *   const start = text.indexOf(words);
 *   return { source: "he", about: { facet: "means" }, value: [value], quote: words, evidence: { start, end: start + words.length } };
 * };
 * joinMeans([claim("small-arms", "shooting at"), claim("arson", "setting homes ablaze")], text)
 * //=> [{ source: "he", about: { facet: "means" }, value: ["small-arms", "arson"],
 * //      quote: "shooting at residents and setting homes ablaze", evidence: { start: 10, end: 56 } }]
 */
export function joinMeans<C extends MeansClaim>(claims: readonly C[], text: string): C[] {
  const groups = new Map<string, C[]>();
  for (const claim of claims) {
    if (claim.about.facet !== "means" || !Array.isArray(claim.value)) continue;
    const key = JSON.stringify([claim.source, claim.via ?? [], claim.about, claim.not ?? false, claim.hedge ?? ""]);
    const group = groups.get(key);
    if (group) group.push(claim);
    else groups.set(key, [claim]);
  }
  const joined = new Map<C, C | undefined>();
  for (const group of groups.values()) {
    const [first, ...rest] = group;
    if (first === undefined || rest.length === 0) continue;
    const start = Math.min(...group.map((c) => c.evidence.start));
    const end = Math.max(...group.map((c) => c.evidence.end));
    const ordered = [...group].sort((a, b) => a.evidence.start - b.evidence.start);
    const value = [...new Set(ordered.flatMap((c) => c.value as unknown[]))];
    joined.set(first, { ...first, value, quote: text.slice(start, end), evidence: { start, end } });
    for (const claim of rest) joined.set(claim, undefined);
  }
  if (joined.size === 0) return [...claims];
  return claims.flatMap((claim) => {
    if (!joined.has(claim)) return [claim];
    const replacement = joined.get(claim);
    return replacement === undefined ? [] : [replacement];
  });
}

/** The parts of a drafted claim that telling burning from means reads. */
export interface FacetClaim {
  readonly source: string;
  readonly about: { readonly facet: string };
  readonly value: unknown;
}

/**
 * Leaves out arson as the means of an attack when all a source says of the
 * fire, in one sentence, is what it destroyed: « les assaillants ont
 * incendié vingt-six maisons » and "a dozen homes were burned down" tell of
 * destruction (drafted as `destroyed`), not of how the attack was carried
 * out, and analysts code them so. Burning told beside the assault
 * ("shooting at residents and setting homes ablaze", joined first by
 * {@link joinMeans}) and people burned ("burnt inside their houses", which
 * destroys nothing) stay arson.
 *
 * @param claims - One sentence's drafted claims, means already joined.
 * @returns The claims without those means; the input is not changed.
 *
 * @example
 * withoutBurningAsMeans([
 *   { source: "mayor", about: { facet: "destroyed", item: "houses" }, value: 26 },
 *   { source: "mayor", about: { facet: "means" }, value: ["arson"] },
 * ])
 * //=> [{ source: "mayor", about: { facet: "destroyed", item: "houses" }, value: 26 }]
 */
export function withoutBurningAsMeans<C extends FacetClaim>(claims: readonly C[]): C[] {
  const destroying = new Set(claims.filter((c) => c.about.facet === "destroyed").map((c) => c.source));
  if (destroying.size === 0) return [...claims];
  return claims.filter((c) => !(c.about.facet === "means" && destroying.has(c.source) && onlyArson(c.value)));
}

function onlyArson(value: unknown): boolean {
  return Array.isArray(value) && value.length === 1 && value[0] === "arson";
}
